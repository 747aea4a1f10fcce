package org.mingjing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The full-process record end to end: every change of a case has its entry, the entries get their indices within
 * seconds, a case verifies online and as an export offline — and seven kinds of tampering, done directly in the
 * database or on disk as an administrator could, are each found (then undone, so the shared log stays valid).
 */
@IntegrationTest
class LedgerIntegrationTests {

    /** Beyond any real index (and not negative, which would mark an entry as waiting for the sequencer). */
    static final long FAR = 4_000_000_000_000L;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate db;
    @Autowired
    Ledger ledger;
    @Autowired
    LogVerifications verifications;
    @Autowired
    LedgerWarnings warnings;
    @Value("${mingjing.data-dir}")
    String dataDir;
    @TempDir
    Path tmp;

    Api api;
    String caseId;
    String evidenceId;
    byte[] video;

    @BeforeEach
    void fileACaseWithARecordAndEvidence() {
        api = new Api(port);
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准擅自兴建骨灰堂，违法所得八千元。", "occurredOn": "2026-10-01", "filedOn": "2026-10-05",
                 "place": "湖滨区会兴街道", "illegalIncome": 8000, "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "张某", "idNumber": "411202198503150017", "phone": "13903981234"}],
                 "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        caseId = filed.text("id");
        Api.Response rec = api.post("/api/cases/" + caseId + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "2026-10-06", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "content": "问：你是否经批准兴建骨灰堂？答：没有。"}""".formatted(o1, o2));
        assertThat(rec.status()).as(rec.body()).isEqualTo(201);
        video = new byte[200_000];
        for (int i = 0; i < video.length; i++) {
            video[i] = (byte) (i * 17 + caseId.hashCode());
        }
        Api.Response up = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "camera.mp4", video,
                "kind", "AUDIO_VISUAL", "description", "执法记录仪视频", "stage", "INVESTIGATION");
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        evidenceId = up.text("id");
    }

    @Test
    void everyChangeHasItsEntryAndItsIndexFollowsWithinTheMergeDelay() throws Exception {
        JsonNode entries = api.get("/api/cases/" + caseId + "/ledger", "hubin.officer1").json();
        List<String> actions = new ArrayList<>();
        entries.forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("CASE_FILED", "RECORD", "EVIDENCE", "DOCUMENT_ISSUED");
        entries.forEach(e -> assertThat(e.get("hash").asString()).hasSize(64));
        // nothing personal in the log itself: the ID number and the phone are only in the content beside it
        String logRows = db.queryForList("SELECT * FROM ledger_entry WHERE subject_id = ?", caseId).toString();
        assertThat(logRows).doesNotContain("411202198503150017").doesNotContain("13903981234").doesNotContain("张某");

        long deadline = System.currentTimeMillis() + 10_000;
        boolean indexed = false;
        while (!indexed && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            indexed = true;
            for (JsonNode e : api.get("/api/cases/" + caseId + "/ledger", "hubin.officer1").json()) {
                indexed &= !e.get("index").isNull();
            }
        }
        assertThat(indexed).as("every entry has its index within 10 seconds").isTrue();
        assertThat(api.get("/api/cases/" + caseId + "/ledger", "lingbao.officer1").status()).isEqualTo(404);
    }

    @Test
    void aCaseVerifiesOnlineAndItsExportOffline() throws Exception {
        JsonNode v = api.get("/api/cases/" + caseId + "/ledger/verify", "hubin.officer1").json();
        assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
        assertThat(v.get("entries").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(v.get("problems").size()).isZero();

        JsonNode cp = api.get("/api/ledger/checkpoint", "hubin.officer1").json();
        assertThat(cp.get("algorithm").asString()).isEqualTo("SM2");
        Checkpoint c = new Checkpoint(cp.get("size").asLong(), cp.get("rootHash").asString(),
                java.time.OffsetDateTime.parse(cp.get("issuedAt").asString()), "SM2", cp.get("signature").asString(),
                cp.get("publicKey").asString());
        assertThat(Ledger.signatureValid(c)).isTrue();
        assertThat(api.get("/api/public/ledger/checkpoints", null).json().get("total").asLong()).isPositive();
        // anyone holding the checkpoint checks, with the public proofs and SHA-256 alone, that a later log extends it
        long first = c.size();
        Api.Response more = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "photo.jpg",
                new byte[] { 1, 2, 3 }, "kind", "PHYSICAL", "description", "现场照片");
        assertThat(more.status()).as(more.body()).isEqualTo(201);
        JsonNode later = api.get("/api/ledger/checkpoint", "hubin.officer1").json();
        JsonNode proof = api.get("/api/public/ledger/proofs/consistency?first=" + first + "&second="
                + later.get("size").asLong(), null).json();
        List<byte[]> path = new ArrayList<>();
        proof.get("proof").forEach(h -> path.add(MerkleTree.unhex(h.asString())));
        assertThat(MerkleTree.verifyConsistency(first, MerkleTree.unhex(c.rootHash()), later.get("size").asLong(),
                MerkleTree.unhex(later.get("rootHash").asString()), path)).isTrue();
        Api.Response backwards = api.get("/api/public/ledger/proofs/consistency?first=3&second=1", null);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("first");

        Path zip = export("hubin.officer1");
        assertThat(verifyOffline(zip)).isEqualTo(ExportVerifier.VALID);
        // an export is a retrieval: someone not on the case says why, and it is logged
        assertThat(api.download("/api/cases/" + caseId + "/export", "city.supervisor").status()).isEqualTo(400);
        assertThat(api.download("/api/cases/" + caseId + "/export?reason=" + Api.q("行政复议调卷"), "city.supervisor")
                .status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId + "/retrievals", "hubin.head").body()).contains("EXPORT")
                .contains("行政复议调卷");
        assertThat(zipNames(zip)).contains("manifest.json", "ledger/entries.json", "ledger/proofs.json",
                "ledger/checkpoint.json").anyMatch(n -> n.startsWith("evidence/")).anyMatch(n -> n.startsWith("documents/"));
        assertThat(Files.readString(zip.resolveSibling("report.txt"))).contains("[OK]");

        // an evidence file changed inside the export
        Path forged = rewrite(zip, (name, bytes) -> name.startsWith("evidence/") ? flip(bytes) : bytes);
        assertThat(verifyOffline(forged)).isEqualTo(ExportVerifier.INVALID);
        // the file and the manifest changed together: the ledger entry that recorded the upload still knows
        Path forgedWithManifest = rewrite(zip, (name, bytes) -> {
            if (name.startsWith("evidence/")) {
                return flip(bytes);
            }
            if (name.equals("manifest.json")) {
                String m = new String(bytes, StandardCharsets.UTF_8);
                String sha = sha(video);
                return m.replace(sha, sha(flip(video))).getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        });
        assertThat(verifyOffline(forgedWithManifest)).isEqualTo(ExportVerifier.INVALID);
        // what an entry recorded, edited in the export
        Path editedContent = rewrite(zip, (name, bytes) -> name.equals("ledger/entries.json")
                ? new String(bytes, StandardCharsets.UTF_8).replace("没有", "有").getBytes(StandardCharsets.UTF_8)
                : bytes);
        assertThat(verifyOffline(editedContent)).isEqualTo(ExportVerifier.INVALID);
        // a forged signature
        Path badSignature = rewrite(zip, (name, bytes) -> name.equals("ledger/checkpoint.json")
                ? new String(bytes, StandardCharsets.UTF_8).replaceAll("\"signature\"\\s*:\\s*\"[^\"]*\"",
                        "\"signature\" : \"" + Base64.getEncoder().encodeToString(new byte[70]) + "\"")
                        .getBytes(StandardCharsets.UTF_8)
                : bytes);
        assertThat(verifyOffline(badSignature)).isEqualTo(ExportVerifier.INVALID);
        // not an export at all
        Path notZip = tmp.resolve("not.zip");
        Files.writeString(notZip, "hello");
        assertThat(verifyOffline(notZip)).isEqualTo(ExportVerifier.BAD_INPUT);
        assertThat(verifyOffline(tmp.resolve("missing.zip"))).isEqualTo(ExportVerifier.BAD_INPUT);
        Path noManifest = rewrite(zip, (name, bytes) -> name.equals("manifest.json") ? null : bytes);
        assertThat(verifyOffline(noManifest)).isEqualTo(ExportVerifier.BAD_INPUT);
    }

    // ---------------------------------------------------------------- seven kinds of tampering

    @Test
    void anEditedEntryIsFound() {
        Map<String, Object> e = entry("RECORD");
        db.update("UPDATE ledger_entry SET actor = 'mallory' WHERE id = ?", e.get("id"));
        try {
            assertThat(caseProblems()).contains("LEAF_MISMATCH");
            assertThat(wholeLogProblems()).contains("LEAF_MISMATCH", "CHECKPOINT_ROOT");
            // and when the forger also rewrites the stored leaf hash, the proof to the signed root fails
            LedgerEntry forged = ledger.entries("CASE", caseId).stream().filter(x -> x.id().equals(e.get("id")))
                    .findFirst().orElseThrow();
            db.update("UPDATE ledger_entry SET leaf_hash = ? WHERE id = ?", forged.computedLeafHash(), e.get("id"));
            assertThat(caseProblems()).contains("NOT_IN_LOG");
        } finally {
            db.update("UPDATE ledger_entry SET actor = ?, leaf_hash = ? WHERE id = ?", e.get("actor"),
                    e.get("leaf_hash"), e.get("id"));
        }
        assertThat(caseProblems()).isEmpty();
    }

    @Test
    void aDeletedEntryIsFound() {
        Map<String, Object> e = entry("RECORD");
        Map<String, Object> content = db.queryForMap("SELECT * FROM ledger_content WHERE entry_id = ?", e.get("id"));
        db.update("DELETE FROM ledger_content WHERE entry_id = ?", e.get("id"));
        db.update("DELETE FROM ledger_entry WHERE id = ?", e.get("id"));
        try {
            assertThat(caseProblems()).contains("RECORD_WITHOUT_ENTRY");
            assertThat(wholeLogProblems()).contains("GAP");
            // the proof of its neighbour goes through the hole: refused as a broken log, never a server error
            long neighbour = ((Number) e.get("log_index")).longValue() ^ 1;
            long size = ledger.head().size();
            if (neighbour < size) {
                Api.Response proof = api.get("/api/public/ledger/proofs/inclusion?index=" + neighbour + "&size=" + size,
                        null);
                assertThat(proof.status()).as(proof.body()).isEqualTo(409);
            }
        } finally {
            reinsert(e, content);
        }
        assertThat(caseProblems()).isEmpty();
    }

    @Test
    void reorderedEntriesAreFound() {
        Map<String, Object> a = entry("RECORD");
        Map<String, Object> b = entry("EVIDENCE");
        long ia = ((Number) a.get("log_index")).longValue();
        long ib = ((Number) b.get("log_index")).longValue();
        swap(a.get("id"), ia, b.get("id"), ib);
        try {
            assertThat(caseProblems()).contains("NOT_IN_LOG");
            assertThat(wholeLogProblems()).contains("CHECKPOINT_ROOT");
        } finally {
            swap(a.get("id"), ib, b.get("id"), ia);
        }
        assertThat(caseProblems()).isEmpty();
    }

    @Test
    void anInsertedEntryIsFound() {
        ledger.checkpoint();
        Map<String, Object> a = entry("RECORD");
        long at = ((Number) a.get("log_index")).longValue();
        // make room at the index by moving everything after it one place on, then put a forged entry there
        long max = db.queryForObject("SELECT MAX(log_index) FROM ledger_entry", Long.class);
        db.update("UPDATE ledger_entry SET log_index = log_index + ? WHERE log_index >= ?", FAR, at);
        db.update("UPDATE ledger_entry SET log_index = log_index - ? + 1 WHERE log_index >= ?", FAR, FAR);
        LedgerEntry forged = Ledger.entryOf(new Ledger.Draft("CASE", caseId, caseId, "INVESTIGATION", "RECORD",
                "hubin.officer1", java.time.OffsetDateTime.now(), "{\"record\":\"forged\"}"));
        db.update("""
                INSERT INTO ledger_entry (id, log_index, subject_type, subject_id, record_ref, stage, action, actor,
                  recorded_at, content_hash, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", forged.id(), at,
                forged.subjectType(), forged.subjectId(), forged.recordRef(), forged.stage(), forged.action(),
                forged.actor(), forged.recordedAt(), forged.contentHash(), forged.leafHash());
        db.update("INSERT INTO ledger_content (entry_id, content) VALUES (?, ?)", forged.id(), "{\"record\":\"forged\"}");
        try {
            assertThat(caseProblems()).contains("NOT_IN_LOG");
            assertThat(wholeLogProblems()).contains("CHECKPOINT_ROOT");
        } finally {
            db.update("DELETE FROM ledger_content WHERE entry_id = ?", forged.id());
            db.update("DELETE FROM ledger_entry WHERE id = ?", forged.id());
            db.update("UPDATE ledger_entry SET log_index = log_index + ? WHERE log_index > ?", FAR, at);
            db.update("UPDATE ledger_entry SET log_index = log_index - ? - 1 WHERE log_index >= ?", FAR, FAR);
        }
        assertThat(db.queryForObject("SELECT MAX(log_index) FROM ledger_entry", Long.class)).isEqualTo(max);
        assertThat(caseProblems()).isEmpty();
    }

    @Test
    void anEditedEvidenceFileIsFound() throws Exception {
        String key = db.queryForObject("SELECT storage_key FROM evidence WHERE id = ?", String.class, evidenceId);
        Path file = Path.of(dataDir, "evidence").resolve(key);
        byte[] original = Files.readAllBytes(file);
        Files.write(file, flip(original));
        try {
            assertThat(caseProblems()).contains("EVIDENCE_FILE_CHANGED");
            assertThat(verifyOffline(export("hubin.officer1"))).isEqualTo(ExportVerifier.INVALID);
        } finally {
            Files.write(file, original);
        }
        assertThat(caseProblems()).isEmpty();
    }

    @Test
    void aTruncatedLogIsFoundAndNoCheckpointIsSignedOverIt() {
        ledger.checkpoint();
        long size = ledger.head().size();
        List<Map<String, Object>> tail = db.queryForList("SELECT * FROM ledger_entry WHERE log_index >= ? ORDER BY log_index", size - 3);
        List<Map<String, Object>> contents = new ArrayList<>();
        for (Map<String, Object> e : tail) {
            contents.add(db.queryForMap("SELECT * FROM ledger_content WHERE entry_id = ?", e.get("id")));
            db.update("DELETE FROM ledger_content WHERE entry_id = ?", e.get("id"));
            db.update("DELETE FROM ledger_entry WHERE id = ?", e.get("id"));
        }
        try {
            assertThat(wholeLogProblems()).contains("TRUNCATED");
            assertThatThrownBy(() -> ledger.checkpoint()).hasMessageContaining("ledger-inconsistent");
            assertThat(warnings.warningsFor(auditor())).extracting(w -> w.key())
                    .contains("ledger.warning.inconsistent");
        } finally {
            for (int i = 0; i < tail.size(); i++) {
                reinsert(tail.get(i), contents.get(i));
            }
        }
        assertThat(wholeLogProblems()).isEmpty();
        ledger.checkpoint();
        assertThat(warnings.warningsFor(auditor())).extracting(w -> w.key())
                .doesNotContain("ledger.warning.inconsistent");
    }

    private static org.mingjing.shared.Caller auditor() {
        return new org.mingjing.shared.Caller() {
            public String username() {
                return "auditor";
            }

            public String displayName() {
                return "auditor";
            }

            public String agencyId() {
                return "-";
            }

            public java.util.Optional<String> officerId() {
                return java.util.Optional.empty();
            }

            public java.util.Set<org.mingjing.shared.Role> roles() {
                return java.util.Set.of(org.mingjing.shared.Role.AUDITOR);
            }
        };
    }

    @Test
    void theDatabaseRefusesASecondEntryAtAnIndex() {
        Map<String, Object> a = entry("RECORD");
        LedgerEntry fork = Ledger.entryOf(new Ledger.Draft("CASE", caseId, caseId, "INVESTIGATION", "RECORD",
                "hubin.officer1", java.time.OffsetDateTime.now(), "{}"));
        assertThatThrownBy(() -> db.update("""
                INSERT INTO ledger_entry (id, log_index, subject_type, subject_id, record_ref, stage, action, actor,
                  recorded_at, content_hash, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", fork.id(),
                a.get("log_index"), fork.subjectType(), fork.subjectId(), fork.recordRef(), fork.stage(),
                fork.action(), fork.actor(), fork.recordedAt(), fork.contentHash(), fork.leafHash()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> db.update("INSERT INTO ledger_node (node_level, node_index, hash) "
                + "SELECT node_level, node_index, hash FROM ledger_node FETCH FIRST 1 ROWS ONLY"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theWholeLogVerifiesAsAJobWithProgress() throws Exception {
        Api.Response started = api.post("/api/ledger/verifications", "auditor", "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.text("id");
        JsonNode v = null;
        for (int i = 0; i < 100; i++) {
            v = api.get("/api/ledger/verifications/" + id, "auditor").json();
            if (!"RUNNING".equals(v.get("state").asString())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(v.get("state").asString()).isEqualTo("DONE");
        assertThat(v.get("valid").asBoolean()).as(v.toString()).isTrue();
        assertThat(v.get("processed").asLong()).isEqualTo(v.get("total").asLong()).isPositive();
        assertThat(v.get("percent").asInt()).isEqualTo(100);
        assertThat(api.post("/api/ledger/verifications", "hubin.officer1", "{}").status()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- helpers

    /** An entry of the case, once a signed checkpoint covers it (as the periodic checkpoint soon does). */
    private Map<String, Object> entry(String action) {
        ledger.checkpoint();
        return db.queryForMap("SELECT * FROM ledger_entry WHERE subject_id = ? AND action = ?", caseId, action);
    }

    private List<String> caseProblems() {
        List<String> codes = new ArrayList<>();
        api.get("/api/cases/" + caseId + "/ledger/verify", "hubin.head").json().get("problems")
                .forEach(p -> codes.add(p.get("code").asString()));
        return codes;
    }

    private List<String> wholeLogProblems() {
        return verifications.verifyAll(new AtomicLong()).stream().map(Finding::code).toList();
    }

    private void swap(Object idA, long ia, Object idB, long ib) {
        db.update("UPDATE ledger_entry SET log_index = ? WHERE id = ?", FAR + ia, idA);
        db.update("UPDATE ledger_entry SET log_index = ? WHERE id = ?", ia, idB);
        db.update("UPDATE ledger_entry SET log_index = ? WHERE id = ?", ib, idA);
    }

    private void reinsert(Map<String, Object> e, Map<String, Object> content) {
        db.update("""
                INSERT INTO ledger_entry (id, log_index, subject_type, subject_id, record_ref, stage, action, actor,
                  recorded_at, content_hash, leaf_hash, sequenced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.get("id"), e.get("log_index"), e.get("subject_type"), e.get("subject_id"), e.get("record_ref"),
                e.get("stage"), e.get("action"), e.get("actor"), e.get("recorded_at"), e.get("content_hash"),
                e.get("leaf_hash"), e.get("sequenced_at"));
        db.update("INSERT INTO ledger_content (entry_id, content) VALUES (?, ?)", content.get("entry_id"),
                content.get("content"));
    }

    private Path export(String user) throws Exception {
        Api.Download d = api.download("/api/cases/" + caseId + "/export", user);
        assertThat(d.status()).isEqualTo(200);
        Path zip = Files.createTempFile(tmp, "case-", ".zip");
        Files.write(zip, d.body());
        return zip;
    }

    private int verifyOffline(Path zip) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new ExportVerifier(new PrintStream(out, true, StandardCharsets.UTF_8), Locale.SIMPLIFIED_CHINESE)
                .verify(zip);
        Files.writeString(zip.resolveSibling("report.txt"), out.toString(StandardCharsets.UTF_8));
        return code;
    }

    private static List<String> zipNames(Path zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                names.add(e.getName());
            }
        }
        return names;
    }

    interface Rewrite {
        byte[] apply(String name, byte[] bytes);
    }

    private Path rewrite(Path zip, Rewrite rewrite) throws Exception {
        Path out = Files.createTempFile(tmp, "forged-", ".zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                byte[] bytes = rewrite.apply(e.getName(), in.readAllBytes());
                if (bytes != null) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(bytes);
                    z.closeEntry();
                }
            }
        }
        return out;
    }

    private static byte[] flip(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x5a;
        return copy;
    }

    private static String sha(byte[] bytes) {
        return MerkleTree.hex(MerkleTree.sha256(bytes));
    }
}
