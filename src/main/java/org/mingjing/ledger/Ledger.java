package org.mingjing.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.shared.Ids;
import org.mingjing.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tamper-evident log of the whole product (防篡改账本; seed §二(二)1, 5: 全过程留痕、可追溯). Every module that
 * changes the state of a case (or of a publication or a review) appends an entry in the same transaction as the
 * change, so there is no change without its entry. Appending takes no shared lock — writers never wait for each
 * other; a single sequencer gives the entries their indices shortly after (at most a few seconds), under a lock
 * on the one head row, while the database refuses a second entry at an index. The entries form the Merkle tree of
 * RFC 6962; signed {@link Checkpoint}s of it are published, and inclusion and consistency proofs let anyone who
 * kept one check that nothing was changed, removed, inserted or reordered since.
 */
@Service
public class Ledger {

    private static final Logger log = LoggerFactory.getLogger(Ledger.class);
    private static final int BATCH = 5000;
    private static final int[] TYPES = { java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
            java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
            java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final CheckpointSigner signer;
    private final Clock clock;
    /** When this node last refused to sign because the stored log was not consistent; null when it never did. */
    private volatile OffsetDateTime refusedAt;

    Ledger(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactionManager,
            CheckpointSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = new TransactionTemplate(transactionManager);
        this.signer = signer;
        this.clock = clock;
    }

    /**
     * What a change appends: the subject it belongs to (e.g. {@code CASE} and the case's id), the record within it
     * that the content describes, the stage and action, who acted and when, and the content as canonical JSON
     * ({@link CanonicalJson}). The content is kept beside the log, not in it: the entry holds its SHA-256.
     */
    public record Draft(String subjectType, String subjectId, String recordRef, String stage, String action,
            String actor, OffsetDateTime recordedAt, String content) {
    }

    /** The sequencer's position: how many entries have their index, and the Merkle root over them. */
    public record Head(long size, String rootHash) {
    }

    // ---------------------------------------------------------------- appending

    /** Appends an entry in the caller's transaction (or its own, when there is none). */
    @Transactional
    public LedgerEntry append(Draft d) {
        LedgerEntry e = entryOf(d);
        template.update("""
                INSERT INTO ledger_entry (id, subject_type, subject_id, record_ref, stage, action, actor, recorded_at,
                  content_hash, leaf_hash, log_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, -nextval('ledger_pending'))""",
                e.id(), e.subjectType(),
                e.subjectId(), e.recordRef(), e.stage(), e.action(), e.actor(), e.recordedAt(), e.contentHash(),
                e.leafHash());
        template.update("INSERT INTO ledger_content (entry_id, content) VALUES (?, ?)", e.id(), d.content());
        return e;
    }

    /** Appends many entries in one batch, for bulk loads such as the synthetic-case generator. */
    @Transactional
    public List<LedgerEntry> appendAll(List<Draft> drafts) {
        List<LedgerEntry> entries = drafts.stream().map(Ledger::entryOf).toList();
        List<Object[]> rows = new ArrayList<>(entries.size());
        List<Object[]> contents = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            rows.add(new Object[] { e.id(), e.subjectType(), e.subjectId(), e.recordRef(), e.stage(), e.action(),
                    e.actor(), e.recordedAt(), e.contentHash(), e.leafHash() });
            contents.add(new Object[] { e.id(), drafts.get(i).content() });
        }
        template.batchUpdate("""
                INSERT INTO ledger_entry (id, subject_type, subject_id, record_ref, stage, action, actor, recorded_at,
                  content_hash, leaf_hash, log_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, -nextval('ledger_pending'))""",
                rows, TYPES);
        template.batchUpdate("INSERT INTO ledger_content (entry_id, content) VALUES (?, ?)", contents);
        return entries;
    }

    static LedgerEntry entryOf(Draft d) {
        for (String field : new String[] { d.subjectType(), d.subjectId(), d.recordRef(), d.stage(), d.action(),
                d.actor() }) {
            if (field == null || field.isEmpty() || field.indexOf('\n') >= 0 || field.length() > 64) {
                throw new IllegalArgumentException("a ledger field is empty, too long or spans lines: " + field);
            }
        }
        if (d.content() == null || d.recordedAt() == null) {
            throw new IllegalArgumentException("a ledger entry needs its content and time");
        }
        OffsetDateTime at = d.recordedAt().toInstant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        String contentHash = CanonicalJson.hash(d.content());
        String id = timeOrderedId();
        String leaf = MerkleTree.hex(MerkleTree.leafHash(LedgerEntry.leafData(id, d.subjectType(), d.subjectId(),
                d.recordRef(), d.stage(), d.action(), d.actor(), at.toInstant(), contentHash)));
        return new LedgerEntry(id, null, d.subjectType(), d.subjectId(), d.recordRef(), d.stage(), d.action(),
                d.actor(), at, contentHash, leaf);
    }

    /**
     * An entry's id in the layout of a version-7 UUID (RFC 9562): the milliseconds of now first, then random bits —
     * so new entries and their contents go to the right-hand edge of the id indexes instead of to random pages (on
     * the embedded database, random ids made bulk appends several times slower and the file many times larger).
     */
    static String timeOrderedId() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        long msb = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(msb, lsb).toString();
    }

    // ---------------------------------------------------------------- reading

    /** The entries of a subject in the order of the log (entries still awaiting their index last). */
    public List<LedgerEntry> entries(String subjectType, String subjectId) {
        return jdbc.sql("""
                SELECT * FROM ledger_entry WHERE subject_type = :t AND subject_id = :s
                ORDER BY CASE WHEN log_index < 0 THEN 1 ELSE 0 END, log_index, recorded_at, id""")
                .params(Map.of("t", subjectType, "s", subjectId)).query(Ledger::map).list();
    }

    /** The contents kept beside the given entries, by entry id (an erased content is absent). */
    public Map<String, String> contents(Collection<String> entryIds) {
        Map<String, String> out = new HashMap<>();
        if (entryIds.isEmpty()) {
            return out;
        }
        List<String> ids = new ArrayList<>(entryIds);
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("SELECT entry_id, content FROM ledger_content WHERE entry_id IN (:ids)")
                    .param("ids", chunk).query(rs -> {
                        out.put(rs.getString(1), rs.getString(2));
                    });
        }
        return out;
    }

    public Head head() {
        return jdbc.sql("SELECT tree_size, root_hash FROM ledger_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    public long pending() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE log_index < 0").query(Long.class).single();
    }

    static LedgerEntry map(ResultSet rs, int n) throws SQLException {
        long index = rs.getLong("log_index");
        return new LedgerEntry(rs.getString("id"), index < 0 ? null : index, rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("record_ref"), rs.getString("stage"), rs.getString("action"),
                rs.getString("actor"), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getString("content_hash"), rs.getString("leaf_hash"));
    }

    // ---------------------------------------------------------------- sequencing

    /**
     * Gives every waiting entry its index, in batches, each batch in its own transaction under the lock of the head
     * row: two sequencers (two nodes, or the job and a caller that needs the indices now) take turns and never
     * fork the log. Returns how many entries were sequenced.
     */
    public long sequence() {
        long total = 0;
        while (true) {
            Integer n = transactions.execute(status -> sequenceBatch());
            if (n == null || n == 0) {
                return total;
            }
            total += n;
        }
    }

    private int sequenceBatch() {
        Head head = jdbc.sql("SELECT tree_size, root_hash FROM ledger_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        List<String[]> waiting = jdbc.sql("""
                SELECT id, leaf_hash FROM ledger_entry WHERE log_index < 0 ORDER BY log_index DESC
                FETCH FIRST %d ROWS ONLY""".formatted(BATCH))
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list();
        if (waiting.isEmpty()) {
            return 0;
        }
        Tree tree = new Tree(head.size(), frontier(head.size()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> indices = new ArrayList<>(waiting.size());
        for (String[] w : waiting) {
            indices.add(new Object[] { tree.size, now, w[0] });
            tree.add(MerkleTree.unhex(w[1]));
        }
        int[] updated = template.batchUpdate(
                "UPDATE ledger_entry SET log_index = ?, sequenced_at = ? WHERE id = ? AND log_index < 0", indices);
        for (int u : updated) {
            if (u == 0) {
                throw new IllegalStateException("an entry was sequenced twice; the batch is rolled back");
            }
        }
        template.batchUpdate("INSERT INTO ledger_node (node_level, node_index, hash) VALUES (?, ?, ?)",
                tree.created);
        template.update("UPDATE ledger_head SET tree_size = ?, root_hash = ?, updated_at = ? WHERE id = 1", tree.size,
                MerkleTree.hex(tree.root()), now);
        return waiting.size();
    }

    /** The roots of the complete subtrees that make up the tree of {@code size} leaves, left to right. */
    private List<Node> frontier(long size) {
        List<Node> nodes = new ArrayList<>();
        DbHashes hashes = new DbHashes();
        for (int level = 62; level >= 0; level--) {
            if ((size & (1L << level)) != 0) {
                long index = (size >> level) - 1;
                byte[] h = level == 0 ? hashes.leaf(index) : hashes.stored(level, index);
                nodes.add(new Node(level, index, h));
            }
        }
        return nodes;
    }

    private record Node(int level, long index, byte[] hash) {
    }

    /** The right edge of the tree while leaves are added, collecting the complete subtrees they close. */
    private static final class Tree {
        private final List<Node> stack;
        private final List<Object[]> created = new ArrayList<>();
        private long size;

        Tree(long size, List<Node> frontier) {
            this.size = size;
            this.stack = new ArrayList<>(frontier);
        }

        void add(byte[] leaf) {
            Node cur = new Node(0, size, leaf);
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level() == cur.level()) {
                Node left = stack.remove(stack.size() - 1);
                cur = new Node(cur.level() + 1, cur.index() >> 1, MerkleTree.nodeHash(left.hash(), cur.hash()));
                created.add(new Object[] { cur.level(), cur.index(), MerkleTree.hex(cur.hash()) });
            }
            stack.add(cur);
            size++;
        }

        byte[] root() {
            if (stack.isEmpty()) {
                return MerkleTree.EMPTY_ROOT.clone();
            }
            byte[] r = stack.get(stack.size() - 1).hash();
            for (int i = stack.size() - 2; i >= 0; i--) {
                r = MerkleTree.nodeHash(stack.get(i).hash(), r);
            }
            return r;
        }
    }

    /** The tree as the database holds it: leaf hashes on the entries, complete subtrees in ledger_node. */
    final class DbHashes implements MerkleTree.Hashes {

        @Override
        public byte[] leaf(long index) {
            return MerkleTree.unhex(jdbc.sql("SELECT leaf_hash FROM ledger_entry WHERE log_index = :i")
                    .param("i", index).query(String.class).optional()
                    .orElseThrow(() -> new BrokenLog("entry " + index + " is missing")));
        }

        @Override
        public byte[] node(int level, long index) {
            return stored(level, index);
        }

        byte[] stored(int level, long index) {
            return MerkleTree.unhex(jdbc.sql(
                    "SELECT hash FROM ledger_node WHERE node_level = :l AND node_index = :i")
                    .params(Map.of("l", level, "i", index)).query(String.class).optional()
                    .orElseThrow(() -> new BrokenLog("node " + level + "/" + index + " is missing")));
        }
    }

    /** The stored tree lacks an entry or a node it should have: someone removed it. */
    public static final class BrokenLog extends RuntimeException {
        BrokenLog(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------- proofs

    /** The audit path of the entry at {@code index} in the tree of the first {@code size} entries. */
    public List<String> inclusionProof(long index, long size) {
        requireWithinHead(size);
        if (index < 0 || index >= size) {
            throw ProblemException.invalid("index", "ledger.validation.index", size);
        }
        return fromStoredTree(() -> MerkleTree.inclusionProof(new DbHashes(), index, size).stream()
                .map(MerkleTree::hex).toList());
    }

    /** The proof that the tree of the first {@code first} entries is a prefix of the tree of {@code second}. */
    public List<String> consistencyProof(long first, long second) {
        if (first < 0 || first > second) {
            throw ProblemException.invalid("first", "ledger.validation.first", second);
        }
        requireWithinHead(second);
        return fromStoredTree(() -> MerkleTree.consistencyProof(new DbHashes(), first, second).stream()
                .map(MerkleTree::hex).toList());
    }

    /** The root of the tree of the first {@code size} entries, from the stored tree. */
    public String rootAt(long size) {
        requireWithinHead(size);
        return fromStoredTree(() -> MerkleTree.hex(MerkleTree.hash(new DbHashes(), 0, size)));
    }

    /** A proof from the stored tree; an entry or node missing from it is a broken log (409), not a failure (500). */
    private static <T> T fromStoredTree(java.util.function.Supplier<T> proof) {
        try {
            return proof.get();
        } catch (BrokenLog e) {
            log.error("ledger: {}", e.getMessage());
            throw ProblemException.conflict("ledger-inconsistent", "ledger.problem.inconsistent");
        }
    }

    private void requireWithinHead(long size) {
        if (size < 0 || size > head().size()) {
            throw ProblemException.invalid("size", "ledger.validation.size", head().size());
        }
    }

    // ---------------------------------------------------------------- checkpoints

    public Optional<Checkpoint> latestCheckpoint() {
        return jdbc.sql("SELECT * FROM ledger_checkpoint ORDER BY tree_size DESC, issued_at DESC FETCH FIRST 1 ROWS ONLY")
                .query(Ledger::mapCheckpoint).optional();
    }

    public List<Checkpoint> checkpoints(int page, int size) {
        return jdbc.sql("SELECT * FROM ledger_checkpoint ORDER BY tree_size DESC, issued_at DESC OFFSET :o ROWS "
                + "FETCH FIRST :n ROWS ONLY").params(Map.of("o", (long) page * size, "n", size))
                .query(Ledger::mapCheckpoint).list();
    }

    public long checkpointCount() {
        return jdbc.sql("SELECT COUNT(*) FROM ledger_checkpoint").query(Long.class).single();
    }

    /** Every checkpoint, smallest first (the whole-log verification compares the log with each). */
    List<Checkpoint> allCheckpoints() {
        return jdbc.sql("SELECT * FROM ledger_checkpoint ORDER BY tree_size, issued_at").query(Ledger::mapCheckpoint)
                .list();
    }

    /**
     * A checkpoint of the log as it is now: waiting entries are sequenced first; when the log has grown since the
     * latest checkpoint, a new one is signed — but only after the stored tree is proved consistent with the latest
     * one, so that a log rewritten underneath is never signed (409 {@code ledger-inconsistent} instead).
     */
    public Checkpoint checkpoint() {
        try {
            sequence();
        } catch (BrokenLog e) {
            log.error("ledger: {}; cannot sequence", e.getMessage());
            throw ProblemException.conflict("ledger-inconsistent", "ledger.problem.inconsistent");
        }
        return transactions.execute(status -> {
            Head head = jdbc.sql("SELECT tree_size, root_hash FROM ledger_head WHERE id = 1 FOR UPDATE")
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
            Optional<Checkpoint> latest = latestCheckpoint();
            requireConsistent(head, latest);
            refusedAt = null;
            if (latest.isPresent() && latest.get().size() == head.size()) {
                return latest.get();
            }
            OffsetDateTime now = OffsetDateTime.now(clock).toInstant().truncatedTo(ChronoUnit.MICROS)
                    .atOffset(ZoneOffset.UTC);
            String signature = signer.sign(Checkpoint.signedText(head.size(), head.rootHash(), now.toInstant()));
            Checkpoint c = new Checkpoint(head.size(), head.rootHash(), now, signer.algorithm().name(), signature,
                    signer.publicKey());
            jdbc.sql("""
                    INSERT INTO ledger_checkpoint (id, tree_size, root_hash, issued_at, algorithm, signature, public_key)
                    VALUES (:id, :s, :r, :at, :alg, :sig, :key)""").param("id", Ids.newId()).param("s", c.size())
                    .param("r", c.rootHash()).param("at", c.issuedAt()).param("alg", c.algorithm())
                    .param("sig", c.signature()).param("key", c.publicKey()).update();
            return c;
        });
    }

    /**
     * Before anything is signed: the sequenced entries are exactly {@code head.size} (none removed or added
     * underneath), the stored tree gives the head's root, and the latest checkpoint's tree is a prefix of it.
     */
    private void requireConsistent(Head head, Optional<Checkpoint> latest) {
        boolean consistent;
        try {
            Map<String, Object> counts = jdbc.sql(
                    "SELECT COUNT(*) AS n, MAX(log_index) AS m FROM ledger_entry WHERE log_index >= 0")
                    .query().singleRow();
            long n = ((Number) counts.get("n")).longValue();
            Number max = (Number) counts.get("m");
            consistent = n == head.size() && (max == null ? -1 : max.longValue()) == head.size() - 1;
            if (consistent) {
                String root = MerkleTree.hex(MerkleTree.hash(new DbHashes(), 0, head.size()));
                consistent = root.equals(head.rootHash());
                if (consistent && latest.isPresent()) {
                    Checkpoint l = latest.get();
                    consistent = l.size() <= head.size() && MerkleTree.verifyConsistency(l.size(),
                            MerkleTree.unhex(l.rootHash()), head.size(), MerkleTree.unhex(root),
                            MerkleTree.consistencyProof(new DbHashes(), l.size(), head.size()));
                }
            }
        } catch (BrokenLog | IllegalArgumentException e) {
            consistent = false;
        }
        if (!consistent) {
            refusedAt = OffsetDateTime.now(clock);
            log.error("ledger: the stored log is not consistent with its head and checkpoint {}; refusing to sign",
                    latest.map(Checkpoint::size).orElse(0L));
            throw ProblemException.conflict("ledger-inconsistent", "ledger.problem.inconsistent");
        }
    }

    /** When this node last found the stored log inconsistent and refused to sign, if it has since not signed. */
    public Optional<OffsetDateTime> refusedAt() {
        return Optional.ofNullable(refusedAt);
    }

    /** Whether a checkpoint's signature verifies with the key it names. */
    public static boolean signatureValid(Checkpoint c) {
        try {
            return Signatures.parse(c.algorithm()).verify(c.publicKey(), c.signedText(), c.signature());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key this installation signs with, and its algorithm, to publish. */
    public String publicKey() {
        return signer.publicKey();
    }

    public String algorithm() {
        return signer.algorithm().name();
    }

    // ---------------------------------------------------------------- verifying a subject

    /** What verifying a subject's entries found, against which checkpoint. */
    public record SubjectCheck(Checkpoint checkpoint, List<LedgerEntry> entries, Map<String, String> contents,
            List<Finding> findings) {
    }

    /**
     * Verifies every entry of a subject: its fields give its stored leaf hash, the content kept beside it gives its
     * content hash, and its inclusion proof leads to the root of a freshly signed checkpoint (which is only signed
     * when the stored log is consistent with the previous one). The caller adds what only it knows — whether its
     * own records still match the contents.
     */
    public SubjectCheck verify(String subjectType, String subjectId) {
        List<Finding> findings = new ArrayList<>();
        Checkpoint cp;
        try {
            cp = checkpoint();
        } catch (ProblemException e) {
            findings.add(Finding.of("LOG_INCONSISTENT"));
            cp = latestCheckpoint().orElse(null);
        }
        if (cp != null && !signatureValid(cp)) {
            findings.add(Finding.of("CHECKPOINT_SIGNATURE", cp.size()));
        }
        List<LedgerEntry> entries = entries(subjectType, subjectId);
        Map<String, String> contents = contents(entries.stream().map(LedgerEntry::id).toList());
        DbHashes hashes = new DbHashes();
        for (LedgerEntry e : entries) {
            String leaf = e.computedLeafHash();
            if (!leaf.equals(e.leafHash())) {
                findings.add(Finding.of("LEAF_MISMATCH", e, e.index()));
            }
            String content = contents.get(e.id());
            if (content == null) {
                findings.add(Finding.of("CONTENT_MISSING", e, e.index()));
            } else if (!CanonicalJson.hash(content).equals(e.contentHash())) {
                findings.add(Finding.of("CONTENT_MISMATCH", e, e.index()));
            }
            if (e.index() == null) {
                findings.add(Finding.of("NOT_SEQUENCED", e));
            } else if (cp == null || e.index() >= cp.size()) {
                findings.add(Finding.of("NOT_IN_CHECKPOINT", e, e.index()));
            } else {
                try {
                    List<byte[]> path = MerkleTree.inclusionProof(hashes, e.index(), cp.size());
                    if (!MerkleTree.verifyInclusion(MerkleTree.unhex(leaf), e.index(), cp.size(), path,
                            MerkleTree.unhex(cp.rootHash()))) {
                        findings.add(Finding.of("NOT_IN_LOG", e, e.index(), cp.size()));
                    }
                } catch (BrokenLog b) {
                    findings.add(Finding.of("NOT_IN_LOG", e, e.index(), cp.size()));
                }
            }
        }
        return new SubjectCheck(cp, entries, contents, findings);
    }

    private static Checkpoint mapCheckpoint(ResultSet rs, int n) throws SQLException {
        return new Checkpoint(rs.getLong("tree_size"), rs.getString("root_hash"),
                rs.getObject("issued_at", OffsetDateTime.class), rs.getString("algorithm"), rs.getString("signature"),
                rs.getString("public_key"));
    }
}
