package org.mingjing.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the read models of the dashboards (统计分析) share about the database they count in. On PostgreSQL a query
 * that groups a whole city's cases costs more than {@code jit_above_cost}, and compiling it took longer (0.3–1 s) than
 * running it (docs/performance.md, "Analysis dashboard"): such a read model turns JIT off for its transaction.
 */
@Component
public class AnalyticQueries {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Boolean postgres;

    AnalyticQueries(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Within a transaction: its queries are not JIT-compiled (PostgreSQL; nothing on the embedded database). */
    public void withoutJit() {
        if (postgres()) {
            jdbc.sql("SET LOCAL jit = off").update();
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            try (Connection c = dataSource.getConnection()) {
                postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres;
    }
}
