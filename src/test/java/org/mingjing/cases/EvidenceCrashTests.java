package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingjing.cases.EvidenceFixtures.MIB;
import static org.mingjing.cases.EvidenceFixtures.bytes;
import static org.mingjing.cases.EvidenceFixtures.range;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.ChildApplication;

import tools.jackson.databind.JsonNode;

/**
 * The application killed (kill -9) in the middle of a chunk and started again on the same data directory: every
 * upload and every offset it acknowledged is there with the right fixity, no evidence row lacks its object, no
 * object is without an evidence row or an open upload, and the interrupted upload resumes to completion.
 */
class EvidenceCrashTests {

    @TempDir
    Path work;

    @Test
    void acknowledgedUploadsSurviveAKillMidChunkAndTheInterruptedUploadResumes() throws Exception {
        Path data = Files.createDirectories(work.resolve("data"));
        Path log = work.resolve("app.log");
        Map<String, byte[]> acknowledged = new LinkedHashMap<>();
        String caseId;
        String interrupted;
        byte[] big = bytes(15 * MIB + 4321, 3);
        ChildApplication app = ChildApplication.start(data, log);
        try {
            Api api = new Api(app.port());
            caseId = EvidenceFixtures.fileCase(api);

            byte[] photo = bytes(300_000, 1);
            Api.Response a = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "photo.jpg", photo,
                    "kind", "PHYSICAL", "description", "现场照片");
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            acknowledged.put(a.text("id"), photo);

            byte[] video = bytes(11 * MIB + 99, 2);
            String b = begin(api, caseId, video.length);
            for (int[] chunk : new int[][] { { 0, 5 * MIB }, { 5 * MIB, 10 * MIB }, { 10 * MIB, video.length } }) {
                Api.Response r = put(api, b, video, chunk[0], chunk[1]);
                assertThat(r.status()).as(r.body()).isIn(200, 201);
                if (r.status() == 201) {
                    acknowledged.put(r.text("id"), video);
                }
            }

            interrupted = begin(api, caseId, big.length);
            Api.Response first = put(api, interrupted, big, 0, 5 * MIB);
            assertThat(first.status()).as(first.body()).isEqualTo(200);
            // The second chunk starts at once, and the process dies two MiB into it.
            try (Socket socket = new Socket("127.0.0.1", app.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(("PUT /api/evidence/uploads/" + interrupted + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Basic " + Base64.getEncoder().encodeToString(
                                ("hubin.officer1:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))
                        + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + 5 * MIB
                        + "\r\nContent-Range: " + range(5L * MIB, 10L * MIB - 1, big.length) + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(big, 5 * MIB, 2 * MIB);
                out.flush();
                Thread.sleep(100);
                app.kill();
            }
        } finally {
            app.kill();
        }

        Store afterCrash = Store.read(data);
        afterCrash.assertConsistent();
        assertThat(afterCrash.evidence.keySet()).containsAll(acknowledged.keySet());
        assertThat(afterCrash.uploads.get(interrupted).received).as("the acknowledged offset").isEqualTo(5L * MIB);
        assertThat(afterCrash.uploads.get(interrupted).state).isEqualTo("OPEN");

        ChildApplication again = ChildApplication.start(data, log);
        try {
            Api api = new Api(again.port());
            for (Map.Entry<String, byte[]> e : acknowledged.entrySet()) {
                Api.Download content = api.download("/api/evidence/" + e.getKey() + "/content", "hubin.officer1");
                assertThat(content.status()).isEqualTo(200);
                assertThat(content.body()).isEqualTo(e.getValue());
            }
            JsonNode listed = api.get("/api/cases/" + caseId + "/evidence", "hubin.officer1").json();
            for (JsonNode item : listed) {
                byte[] expected = acknowledged.get(item.get("id").asString());
                assertThat(item.get("sha256").asString()).isEqualTo(EvidenceFixtures.sha256(expected));
                assertThat(item.get("sm3").asString()).isEqualTo(EvidenceFixtures.sm3(expected));
            }
            JsonNode status = api.get("/api/evidence/uploads/" + interrupted, "hubin.officer1").json();
            assertThat(status.get("offset").asLong()).isEqualTo(5L * MIB);
            long offset = status.get("offset").asLong();
            assertThat(put(api, interrupted, big, (int) offset, 10 * MIB).status()).isEqualTo(200);
            Api.Response last = put(api, interrupted, big, 10 * MIB, big.length);
            assertThat(last.status()).as(last.body()).isEqualTo(201);
            assertThat(last.text("sha256")).isEqualTo(EvidenceFixtures.sha256(big));
            assertThat(last.text("sm3")).isEqualTo(EvidenceFixtures.sm3(big));
            acknowledged.put(last.text("id"), big);
        } finally {
            again.stop();
        }
        Store atEnd = Store.read(data);
        atEnd.assertConsistent();
        assertThat(atEnd.evidence.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
        assertThat(atEnd.stagingFiles).isEmpty();
    }

    private static String begin(Api api, String caseId, long size) {
        Api.Response r = api.post("/api/cases/" + caseId + "/evidence/uploads", "hubin.officer1", Api.json(Map.of(
                "filename", "dsj.mp4", "contentType", "video/mp4", "size", size, "kind", "AUDIO_VISUAL",
                "description", "执法记录仪视频", "avStage", "INVESTIGATION")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("uploadId");
    }

    private static Api.Response put(Api api, String uploadId, byte[] file, int first, int end) {
        return api.send("PUT", "/api/evidence/uploads/" + uploadId, "hubin.officer1",
                Arrays.copyOfRange(file, first, end), "Content-Range", range(first, end - 1, file.length));
    }

    record EvidenceRow(String key, long size, String sha256) {
    }

    record UploadRow(String state, String key, String stagingId, long received) {
    }

    /** The database and the evidence directory as they lie on disk, read while no application runs. */
    record Store(Path root, Map<String, EvidenceRow> evidence, Map<String, UploadRow> uploads, List<String> objects,
            List<String> stagingFiles) {

        static Store read(Path data) throws SQLException, IOException {
            Map<String, EvidenceRow> evidence = new HashMap<>();
            Map<String, UploadRow> uploads = new HashMap<>();
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("mingjing")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "sa", "")) {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT id, storage_key, size_bytes, sha256 FROM evidence")) {
                    while (rs.next()) {
                        evidence.put(rs.getString(1), new EvidenceRow(rs.getString(2), rs.getLong(3), rs.getString(4)));
                    }
                }
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT id, state, storage_key, staging_id, received_bytes FROM evidence_upload")) {
                    while (rs.next()) {
                        uploads.put(rs.getString(1), new UploadRow(rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5)));
                    }
                }
            }
            Path root = data.resolve("evidence");
            List<String> objects = new ArrayList<>();
            List<String> staging = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    String key = root.relativize(p).toString().replace('\\', '/');
                    (key.startsWith(".staging/") ? staging : objects).add(key);
                }
            }
            return new Store(root, evidence, uploads, objects, staging);
        }

        void assertConsistent() throws IOException {
            for (Map.Entry<String, EvidenceRow> e : evidence.entrySet()) {
                Path object = root.resolve(e.getValue().key());
                assertThat(object).as("the object of evidence %s", e.getKey()).isRegularFile();
                assertThat(Files.size(object)).isEqualTo(e.getValue().size());
                assertThat(sha256(object)).as("fixity of evidence %s", e.getKey()).isEqualTo(e.getValue().sha256());
            }
            Set<String> owned = new HashSet<>();
            evidence.values().forEach(e -> owned.add(e.key()));
            uploads.values().stream().filter(u -> u.state().equals("OPEN") || u.state().equals("COMPLETING"))
                    .forEach(u -> owned.add(u.key()));
            assertThat(objects).as("every object belongs to an evidence row or an open upload").allMatch(owned::contains);
            Set<String> openStagings = new HashSet<>();
            uploads.values().stream().filter(u -> u.state().equals("OPEN") && u.stagingId() != null)
                    .forEach(u -> openStagings.add(".staging/" + u.stagingId() + ".part"));
            assertThat(stagingFiles).as("every staged file belongs to an open upload").allMatch(openStagings::contains);
        }

        private static String sha256(Path file) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    d.update(buffer, 0, n);
                }
                return HexFormat.of().formatHex(d.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
