package org.mingjing.generator;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes batches straight into the case tables with JDBC batch inserts of {@value #CHUNK} rows, one transaction
 * per batch, and moves the agencies' document counters in the same transaction — so a run stopped half-way leaves
 * whole cases and counters that agree with them. On PostgreSQL the driver's {@code reWriteBatchedInserts} turns
 * each chunk into multi-row inserts ({@link BatchedInsertsOnPostgres}).
 */
final class CaseTables {

    static final int CHUNK = 1000;
    static final int H2_CACHE_KB = 256 * 1024;

    private final JdbcTemplate jdbc;
    private final org.mingjing.ledger.Ledger ledger;
    private final TransactionTemplate transactions;
    private final Set<DocumentNumbers.Key> savedSequences = java.util.concurrent.ConcurrentHashMap.newKeySet();

    CaseTables(JdbcTemplate jdbc, TransactionTemplate transactions, org.mingjing.ledger.Ledger ledger) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Runs the work with the embedded database's page cache raised to {@value #H2_CACHE_KB} KB (H2's default is
     * 16 MB, too small for the indexes of 100,000 cases, so most inserts would wait for page reads), and puts the
     * cache size back afterwards; and with the store's retention time at 0 meanwhile, so that the space of pages
     * rewritten during the run is reused at once rather than kept for 45 seconds (it halves the file of a run with
     * the ledger's entries). Other databases are left as they are.
     */
    <T> T withLargeCache(java.util.function.Supplier<T> work) {
        Integer before = h2CacheKb();
        if (before != null && before < H2_CACHE_KB) {
            jdbc.execute("SET CACHE_SIZE " + H2_CACHE_KB);
        }
        if (before != null) {
            jdbc.execute("SET RETENTION_TIME 0");
        }
        try {
            return work.get();
        } finally {
            if (before != null && before < H2_CACHE_KB) {
                jdbc.execute("SET CACHE_SIZE " + before);
            }
            if (before != null) {
                jdbc.execute("SET RETENTION_TIME 45000");
            }
        }
    }

    /**
     * How many batches to write side by side. On PostgreSQL two: each connection's server process takes a core, and
     * 100,000 cases go in twice as fast as with one. On the embedded database one: its writers would work in the same
     * JVM on the same index pages (ids ascend), and measured slower together (72 s against 51 s for 40,000 cases).
     */
    int writers() {
        return embedded() ? 1 : 2;
    }

    private boolean embedded() {
        return "H2".equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()));
    }

    private Integer h2CacheKb() {
        if (!embedded()) {
            return null;
        }
        return jdbc.queryForList("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'", String.class).stream().findFirst()
                .map(mb -> Integer.parseInt(mb.strip()) * 1024).orElse(null);
    }

    /** The document counters as they stand, which a run continues. */
    Map<DocumentNumbers.Key, Integer> sequences() {
        Map<DocumentNumbers.Key, Integer> all = new HashMap<>();
        jdbc.query("SELECT agency_id, kind, doc_year, last_number FROM document_sequence", rs -> {
            all.put(new DocumentNumbers.Key(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getInt(4));
        });
        savedSequences.addAll(all.keySet());
        return all;
    }

    /**
     * Writes the batch, the {@code index}-th of the run, in one transaction. Its rows go in alongside other
     * batches'; its document counters are moved only once the batch before it has committed, so the counters only
     * ever move forward and always cover every committed number.
     */
    void write(Batch batch, int index, CommitOrder order) {
        try {
            transactions.executeWithoutResult(status -> {
                for (Batch.Table table : Batch.TABLES) {
                    insert(table.insert(), table.types(), batch.rowsOf(table));
                }
                // the full-process record of the generated cases, in the same transaction as their rows
                ledger.appendAll(LedgerRows.of(batch));
                order.awaitTurn(index);
                moveCounters(batch);
            });
            savedSequences.addAll(batch.sequences.keySet());
            order.committed(index);
        } catch (RuntimeException e) {
            order.failed();
            throw e;
        }
    }

    private void moveCounters(Batch batch) {
        for (Map.Entry<DocumentNumbers.Key, Integer> e : batch.sequences.entrySet()) {
            DocumentNumbers.Key k = e.getKey();
            if (savedSequences.contains(k)) {
                jdbc.update("UPDATE document_sequence SET last_number = ? WHERE agency_id = ? AND kind = ?"
                        + " AND doc_year = ? AND last_number < ?", e.getValue(), k.agencyId(), k.kind(), k.year(),
                        e.getValue());
            } else {
                jdbc.update("INSERT INTO document_sequence (agency_id, kind, doc_year, last_number)"
                        + " VALUES (?, ?, ?, ?)", k.agencyId(), k.kind(), k.year(), e.getValue());
            }
        }
    }

    /** The order in which batches commit their document counters: the order they were told in. */
    static final class CommitOrder {

        private int committed = -1;
        private boolean failed;

        synchronized void awaitTurn(int index) {
            try {
                while (committed != index - 1 && !failed) {
                    wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for batch " + (index - 1), e);
            }
            if (failed) {
                throw new IllegalStateException("an earlier batch failed; batch " + index + " is rolled back");
            }
        }

        synchronized void committed(int index) {
            committed = index;
            notifyAll();
        }

        synchronized void failed() {
            failed = true;
            notifyAll();
        }
    }

    private void insert(String sql, int[] types, java.util.List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows, CHUNK, (ps, row) -> bind(ps, row, types));
        }
    }

    /** Binds each value with the setter of its column's type; nulls with their type, so no driver has to guess. */
    static void bind(PreparedStatement ps, Object[] row, int[] types) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            int index = i + 1;
            if (v == null) {
                ps.setNull(index, types[i]);
                continue;
            }
            switch (types[i]) {
                case Types.VARCHAR -> ps.setString(index, (String) v);
                case Types.INTEGER -> ps.setInt(index, (Integer) v);
                case Types.BOOLEAN -> ps.setBoolean(index, (Boolean) v);
                case Types.DATE -> ps.setDate(index, (Date) v);
                case Types.DECIMAL -> ps.setBigDecimal(index, (BigDecimal) v);
                default -> ps.setObject(index, v);
            }
        }
    }
}
