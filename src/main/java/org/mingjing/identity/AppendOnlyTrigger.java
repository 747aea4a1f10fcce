package org.mingjing.identity;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Makes a table of the embedded database append-only, as the PostgreSQL migration does with a trigger
 * function: audit records "cannot be altered or deleted" (网络安全法第二十一条; 等保 2.0 安全审计).
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only");
    }
}
