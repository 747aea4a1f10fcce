package org.mingjing.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mingjing.shared.Ids;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The ledger's benchmark (docs/performance.md), each figure beside its floor measured in the same run: appends per
 * second with 16 writers, each append its own transaction, against 16 writers doing the same two raw SQL inserts;
 * and the verification of the whole log against reading the same rows and SHA-256 over the same bytes. Not part of
 * the normal build:
 * {@code ./mvnw test -Dtest=LedgerBenchmarkIntegrationTests -Dmingjing.benchmark=ledger [-Dmingjing.benchmark.entries=1000000]}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "mingjing.benchmark", matches = "ledger")
class LedgerBenchmarkIntegrationTests {

    static final int WRITERS = 16;

    @Autowired
    Ledger ledger;
    @Autowired
    LogVerifications verifications;
    @Autowired
    JdbcTemplate db;
    @Autowired
    DataSource dataSource;
    @Value("${spring.datasource.url}")
    String url;

    /** Content of the size a case step records (about 400 bytes of JSON with Chinese text). */
    static String content(int writer, long i) {
        return CanonicalJson.of("{\"record\":\"CASE_STEP\",\"caseId\":\"" + Ids.newId() + "\",\"seq\":" + i
                + ",\"kind\":\"RECORD\",\"stage\":\"INVESTIGATION\",\"occurredOn\":\"2026-10-06\",\"data\":{\"kind\":"
                + "\"INQUIRY\",\"content\":\"问：你是否经批准兴建骨灰堂？答：没有，是村里同意后建的。\",\"certificateShown\":true,"
                + "\"officerIds\":[\"" + Ids.newId() + "\",\"" + Ids.newId() + "\"]},\"recordedBy\":\"writer" + writer + "\"}");
    }

    @Test
    void appendsWithSixteenWritersAgainstRawInserts() throws Exception {
        int perWriter = Integer.getInteger("mingjing.benchmark.appends", 1000);
        db.execute("DROP TABLE IF EXISTS bench_content");
        db.execute("DROP TABLE IF EXISTS bench_entry");
        db.execute("DROP SEQUENCE IF EXISTS bench_pending");
        db.execute("CREATE SEQUENCE bench_pending START WITH 1");
        db.execute("""
                CREATE TABLE bench_entry (id VARCHAR(36) NOT NULL PRIMARY KEY, log_index BIGINT NOT NULL UNIQUE,
                  subject_type VARCHAR(20) NOT NULL, subject_id VARCHAR(36) NOT NULL, record_ref VARCHAR(36) NOT NULL,
                  stage VARCHAR(30) NOT NULL, action VARCHAR(40) NOT NULL, actor VARCHAR(64) NOT NULL,
                  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, content_hash VARCHAR(64) NOT NULL,
                  leaf_hash VARCHAR(64) NOT NULL, sequenced_at TIMESTAMP WITH TIME ZONE)""");
        db.execute("CREATE INDEX bench_entry_subject_idx ON bench_entry (subject_type, subject_id)");
        db.execute("CREATE TABLE bench_content (entry_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES bench_entry (id), "
                + "content TEXT NOT NULL)");
        // warm up both paths
        run(2, 200, this::append);
        run(2, 200, this::rawInsert);
        double floor = run(WRITERS, perWriter, this::rawInsert);
        double product = run(WRITERS, perWriter, this::append);
        db.execute("DROP TABLE bench_content");
        db.execute("DROP TABLE bench_entry");
        db.execute("DROP SEQUENCE bench_pending");
        System.out.printf("BENCH ledger appends (%s): %d writers x %d: product %.0f/s, raw SQL floor %.0f/s, ratio %.2f%n",
                database(), WRITERS, perWriter, product, floor, floor / product);
        assertThat(product).isPositive();
    }

    @Test
    void wholeLogVerificationAgainstReadingAndHashingTheSameBytes() {
        long wanted = Long.getLong("mingjing.benchmark.entries", 200_000L);
        if (database().equals("H2")) {
            wanted = Math.min(wanted, 200_000L); // the in-memory test database lives in the 1 GB test heap
        }
        ledger.sequence();
        long have = ledger.head().size();
        long t0 = System.nanoTime();
        for (long made = have; made < wanted;) {
            int n = (int) Math.min(10_000, wanted - made);
            List<Ledger.Draft> drafts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                drafts.add(new Ledger.Draft("BENCH", "bench", Ids.newId(), "INVESTIGATION", "RECORD", "bench",
                        OffsetDateTime.now(), content(0, made + i)));
            }
            ledger.appendAll(drafts);
            made += n;
        }
        double appendSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        ledger.sequence();
        double sequenceSeconds = (System.nanoTime() - t1) / 1e9;
        ledger.checkpoint();
        long size = ledger.head().size();

        // each measured twice, alternating, the better of two kept: the first pass also warms the caches
        double floorSeconds = Double.MAX_VALUE;
        double hashOnlySeconds = Double.MAX_VALUE;
        double verifySeconds = Double.MAX_VALUE;
        long[] bytes = new long[1];
        List<Finding> findings = List.of();
        for (int round = 0; round < 2; round++) {
            long t4 = System.nanoTime();
            findings = verifications.verifyAll(new AtomicLong());
            verifySeconds = Math.min(verifySeconds, (System.nanoTime() - t4) / 1e9);
            double[] floor = floor(bytes);
            floorSeconds = Math.min(floorSeconds, floor[0]);
            hashOnlySeconds = Math.min(hashOnlySeconds, floor[1]);
        }
        System.out.printf("BENCH ledger whole-log (%s): %d entries, %.1f MB hashed; append %.1f s, sequence %.1f s (%.0f/s); "
                + "verify %.2f s; floor raw SQL read+SHA-256 %.2f s (ratio %.2f); SHA-256 alone %.2f s (ratio %.2f)%n",
                database(), size, bytes[0] / 1e6, appendSeconds, sequenceSeconds,
                (size - have) / Math.max(sequenceSeconds, 1e-9), verifySeconds, floorSeconds,
                verifySeconds / floorSeconds, hashOnlySeconds, verifySeconds / hashOnlySeconds);
        assertThat(findings).isEmpty();
    }

    /**
     * The floor: the same rows read the same way with SHA-256 over the bytes the verification hashes (each entry's
     * leaf data and content), and SHA-256 alone over those bytes from memory, scaled to the whole log.
     */
    private double[] floor(long[] bytes) {
        long t2 = System.nanoTime();
        MessageDigest sha = MerkleTree.digest();
        AtomicLong total = new AtomicLong();
        db.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    SELECT e.id, e.subject_type, e.subject_id, e.record_ref, e.stage, e.action, e.actor, e.recorded_at,
                      e.content_hash, e.leaf_hash, c.content
                    FROM ledger_entry e LEFT JOIN ledger_content c ON c.entry_id = e.id
                    WHERE e.log_index >= 0 ORDER BY e.log_index""");
            ps.setFetchSize(2000);
            return ps;
        }, (RowCallbackHandler) rs -> {
            long n = 0;
            for (int i = 1; i <= 10; i++) {
                byte[] b = rs.getString(i).getBytes(StandardCharsets.UTF_8);
                sha.update(b);
                n += b.length;
            }
            sha.digest();
            byte[] content = rs.getString(11).getBytes(StandardCharsets.UTF_8);
            sha.update(content);
            sha.digest();
            total.addAndGet(n + content.length);
        });
        double readAndHash = (System.nanoTime() - t2) / 1e9;
        // SHA-256 alone over entries of the same shape, from memory, scaled to the bytes of the whole log
        List<byte[]> sample = new ArrayList<>();
        long sampled = 0;
        for (int i = 0; i < 50_000; i++) {
            byte[] leaf = LedgerEntry.leafData(Ids.newId(), "CASE", Ids.newId(), Ids.newId(), "INVESTIGATION",
                    "RECORD", "hubin.officer1", java.time.Instant.now(), "0".repeat(64));
            byte[] content = content(0, i).getBytes(StandardCharsets.UTF_8);
            sample.add(leaf);
            sample.add(content);
            sampled += leaf.length + content.length;
        }
        long t3 = System.nanoTime();
        for (byte[] b : sample) {
            sha.update(b);
            sha.digest();
        }
        double hashOnly = (System.nanoTime() - t3) / 1e9 * total.get() / sampled;
        bytes[0] = total.get();
        return new double[] { readAndHash, hashOnly };
    }

    interface Writer {
        void write(int writer, int i) throws Exception;
    }

    private double run(int writers, int perWriter, Writer w) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 0; k < writers; k++) {
            int writer = k;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < perWriter; i++) {
                    w.write(writer, i);
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        return (double) writers * perWriter / ((System.nanoTime() - t0) / 1e9);
    }

    private void append(int writer, int i) {
        ledger.append(new Ledger.Draft("BENCH", "writer-" + writer, Ids.newId(), "INVESTIGATION", "RECORD",
                "writer" + writer, OffsetDateTime.now(), content(writer, i)));
    }

    /**
     * The floor: the same two rows, same sizes, same indexes, inserted in one transaction with raw SQL into
     * scratch tables shaped like the ledger's (so they never become entries of the product's log).
     */
    private void rawInsert(int writer, int i) throws Exception {
        String id = Ids.newId();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement e = c.prepareStatement("""
                    INSERT INTO bench_entry (id, subject_type, subject_id, record_ref, stage, action, actor, recorded_at,
                      content_hash, leaf_hash, log_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, -nextval('bench_pending'))""");
                    PreparedStatement k = c.prepareStatement("INSERT INTO bench_content (entry_id, content) VALUES (?, ?)")) {
                e.setString(1, id);
                e.setString(2, "RAW");
                e.setString(3, "raw-" + writer);
                e.setString(4, id);
                e.setString(5, "INVESTIGATION");
                e.setString(6, "RECORD");
                e.setString(7, "writer");
                e.setObject(8, OffsetDateTime.now());
                e.setString(9, "0".repeat(64));
                e.setString(10, "0".repeat(64));
                e.executeUpdate();
                k.setString(1, id);
                k.setString(2, content(writer, i));
                k.executeUpdate();
            }
            c.commit();
        }
    }

    private String database() {
        return url.startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";
    }
}
