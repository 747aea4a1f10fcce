package org.mingjing.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.mingjing.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verification of the whole log as a job with progress, for administrators and auditors: every entry in index
 * order, read as a stream in constant memory — indices without gaps from 0, each entry's fields giving its leaf
 * hash, each kept content giving its content hash, the Merkle root at the size of every signed checkpoint equal to
 * that checkpoint's root (whose signature must verify), and the end matching the sequencer's head. An edited,
 * deleted, inserted or reordered entry and a truncated log each break one of these.
 */
@Service
public class LogVerifications {

    private static final Logger log = LoggerFactory.getLogger(LogVerifications.class);
    private static final int MAX_FINDINGS = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate readOnly;
    private final Ledger ledger;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ledger-verification");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, AtomicLong> progress = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().build();

    LogVerifications(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager tm, Ledger ledger,
            Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.readOnly = new TransactionTemplate(tm);
        this.readOnly.setReadOnly(true);
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A verification as its requester sees it. */
    public record Verification(String id, String state, long processed, long total, Boolean valid,
            List<Finding> findings, OffsetDateTime startedAt, OffsetDateTime finishedAt, String requestedBy) {

        public int percent() {
            return total == 0 ? (state.equals("RUNNING") ? 0 : 100) : (int) Math.min(100, processed * 100 / total);
        }
    }

    /** Starts a verification of the whole log in the background. */
    public Verification start(String requestedBy) {
        try {
            ledger.sequence();
        } catch (RuntimeException e) {
            // a log that cannot be extended is exactly what the verification is to find
            log.warn("ledger: sequencing before the verification failed: {}", e.toString());
        }
        String id = Ids.newId();
        long total = jdbc.sql("SELECT COUNT(*) FROM ledger_entry").query(Long.class).single();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO ledger_verification (id, requested_by, started_at, state, processed, total)
                VALUES (:id, :by, :at, 'RUNNING', 0, :total)""").param("id", id).param("by", requestedBy)
                .param("at", now).param("total", total).update();
        progress.put(id, new AtomicLong());
        executor.submit(() -> run(id));
        return find(id).orElseThrow();
    }

    public Optional<Verification> find(String id) {
        return jdbc.sql("SELECT * FROM ledger_verification WHERE id = :id").param("id", id).query((rs, n) -> {
            String findings = rs.getString("problems");
            boolean valid = rs.getBoolean("valid");
            Boolean v = rs.wasNull() ? null : valid;
            AtomicLong live = progress.get(id);
            long processed = live != null && "RUNNING".equals(rs.getString("state")) ? live.get()
                    : rs.getLong("processed");
            return new Verification(rs.getString("id"), rs.getString("state"), processed, rs.getLong("total"), v,
                    findings == null ? List.of() : Arrays.asList(json.readValue(findings, Finding[].class)),
                    rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                    rs.getString("requested_by"));
        }).optional();
    }

    public List<Verification> recent(int limit) {
        return jdbc.sql("SELECT id FROM ledger_verification ORDER BY started_at DESC FETCH FIRST :n ROWS ONLY")
                .param("n", limit).query(String.class).list().stream().map(this::find).flatMap(Optional::stream)
                .toList();
    }

    private void run(String id) {
        AtomicLong counter = progress.get(id);
        List<Finding> findings = new ArrayList<>();
        String state = "DONE";
        try {
            findings.addAll(verifyAll(counter));
        } catch (RuntimeException e) {
            log.error("ledger verification {} failed", id, e);
            state = "FAILED";
        }
        List<Finding> kept = findings.size() > MAX_FINDINGS ? findings.subList(0, MAX_FINDINGS) : findings;
        jdbc.sql("""
                UPDATE ledger_verification SET state = :state, processed = :p, valid = :v, problems = :f,
                  finished_at = :at WHERE id = :id""").param("state", state).param("p", counter.get())
                .param("v", "DONE".equals(state) ? findings.isEmpty() : null)
                .param("f", json.writeValueAsString(kept)).param("at", OffsetDateTime.now(clock)).param("id", id)
                .update();
        progress.remove(id);
    }

    /** The whole check, synchronously; {@code counter} counts entries as they pass. */
    public List<Finding> verifyAll(AtomicLong counter) {
        List<Finding> findings = new ArrayList<>();
        return readOnly.execute(status -> {
            // the head and the checkpoints from the same snapshot as the entries: entries sequenced meanwhile are
            // neither counted nor missed
            List<Checkpoint> checkpoints = ledger.allCheckpoints();
            Ledger.Head head = ledger.head();
            MerkleTree.Frontier frontier = new MerkleTree.Frontier();
            int[] next = { 0 };
            // checkpoints of the empty log (signed before the first entry) are checked against the empty root
            while (next[0] < checkpoints.size() && checkpoints.get(next[0]).size() == 0) {
                checkCheckpoint(checkpoints.get(next[0]++), frontier, findings);
            }
            long[] expected = { 0 };
            MessageDigest sha = MerkleTree.digest();
            RowCallbackHandler row = rs -> {
                long index = rs.getLong("log_index");
                LedgerEntry e = Ledger.map(rs, 0);
                String content = rs.getString("content");
                if (index != expected[0]) {
                    add(findings, index > expected[0] ? Finding.of("GAP", e, expected[0], index - 1)
                            : Finding.of("DUPLICATE_INDEX", e, index));
                    expected[0] = index;
                }
                byte[] leaf = MerkleTree.leafHash(e.leafData());
                if (!MerkleTree.hex(leaf).equals(e.leafHash())) {
                    add(findings, Finding.of("LEAF_MISMATCH", e, index));
                }
                if (content == null) {
                    add(findings, Finding.of("CONTENT_MISSING", e, index));
                } else if (!MerkleTree.hex(sha.digest(content.getBytes(StandardCharsets.UTF_8)))
                        .equals(e.contentHash())) {
                    add(findings, Finding.of("CONTENT_MISMATCH", e, index));
                }
                frontier.add(leaf);
                expected[0]++;
                while (next[0] < checkpoints.size() && checkpoints.get(next[0]).size() == frontier.size()) {
                    checkCheckpoint(checkpoints.get(next[0]++), frontier, findings);
                }
                counter.incrementAndGet();
            };
            template.query(con -> {
                var ps = con.prepareStatement("""
                        SELECT e.*, c.content FROM ledger_entry e LEFT JOIN ledger_content c ON c.entry_id = e.id
                        WHERE e.log_index >= 0 ORDER BY e.log_index""");
                ps.setFetchSize(2000);
                return ps;
            }, row);
            for (int i = next[0]; i < checkpoints.size(); i++) {
                add(findings, Finding.of("TRUNCATED", checkpoints.get(i).size(), frontier.size()));
            }
            if (head.size() != frontier.size()) {
                add(findings, Finding.of("HEAD_SIZE", head.size(), frontier.size()));
            } else if (!head.rootHash().equals(MerkleTree.hex(frontier.root()))) {
                add(findings, Finding.of("HEAD_ROOT", head.size()));
            }
            return findings;
        });
    }

    private static void checkCheckpoint(Checkpoint c, MerkleTree.Frontier frontier, List<Finding> findings) {
        if (!Ledger.signatureValid(c)) {
            add(findings, Finding.of("CHECKPOINT_SIGNATURE", c.size()));
        }
        if (!MerkleTree.hex(frontier.root()).equals(c.rootHash())) {
            add(findings, Finding.of("CHECKPOINT_ROOT", c.size()));
        }
    }

    private static void add(List<Finding> findings, Finding f) {
        if (findings.size() < MAX_FINDINGS * 10) {
            findings.add(f);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
