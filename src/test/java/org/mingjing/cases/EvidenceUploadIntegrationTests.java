package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingjing.cases.EvidenceFixtures.MIB;
import static org.mingjing.cases.EvidenceFixtures.bytes;
import static org.mingjing.cases.EvidenceFixtures.range;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.storage.ObjectStorage;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Resumable uploads: a chunk cut off midway does not count, the client resumes from the offset the server
 * reports and gets the fixity of the whole file; wrong offsets, small chunks and excess bytes are refused; only
 * the officers of the case and the agency's head upload, and nobody outside the agency's reach sees the upload.
 */
@IntegrationTest
class EvidenceUploadIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectStorage storage;
    Api api;
    String caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        caseId = EvidenceFixtures.fileCase(api);
    }

    private String begin(String user, long size, String filename) {
        Api.Response r = api.post("/api/cases/" + caseId + "/evidence/uploads", user, Api.json(Map.of("filename",
                filename, "contentType", "video/mp4", "size", size, "kind", "AUDIO_VISUAL", "description",
                "执法记录仪拍摄的询问过程", "stage", "INVESTIGATION", "avStage", "INVESTIGATION", "device", "DSJ-V9 0042",
                "recordedAt", "2026-10-06T09:30:00+08:00", "recordedPlace", "湖滨区会兴街道")));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("offset").asLong()).isZero();
        assertThat(r.json().get("size").asLong()).isEqualTo(size);
        assertThat(r.json().get("minChunk").asLong()).isEqualTo(5L * MIB);
        return r.text("uploadId");
    }

    private Api.Response put(String uploadId, byte[] file, int first, int end) {
        return api.send("PUT", "/api/evidence/uploads/" + uploadId, "hubin.officer1",
                Arrays.copyOfRange(file, first, end), "Content-Range", range(first, end - 1, file.length));
    }

    @Test
    void aChunkCutOffMidwayIsNotCountedAndTheUploadResumesFromTheReportedOffset() throws Exception {
        byte[] video = bytes(12 * MIB + 12_345, 5);
        String id = begin("hubin.officer1", video.length, "camera-0042.mp4");
        String path = "/api/evidence/uploads/" + id;

        Api.Response first = put(id, video, 0, 5 * MIB);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("offset").asLong()).isEqualTo(5L * MIB);

        EvidenceFixtures.dropped(port, path, "hubin.officer1", 5L * MIB, 5L * MIB, video.length,
                Arrays.copyOfRange(bytes(5 * MIB, 77), 0, 2 * MIB));
        JsonNode status = api.get(path, "hubin.officer1").json();
        assertThat(status.get("offset").asLong()).as("the broken chunk does not count").isEqualTo(5L * MIB);
        assertThat(status.get("state").asString()).isEqualTo("OPEN");

        Api.Response shortBody = api.send("PUT", path, "hubin.officer1", Arrays.copyOfRange(video, 5 * MIB, 6 * MIB),
                "Content-Range", range(5L * MIB, 10L * MIB - 1, video.length));
        assertThat(shortBody.status()).as(shortBody.body()).isEqualTo(400);

        Api.Response wrongOffset = put(id, video, 0, 5 * MIB);
        assertThat(wrongOffset.status()).isEqualTo(409);
        assertThat(wrongOffset.text("type")).endsWith("upload-offset");
        assertThat(wrongOffset.json().get("offset").asLong()).isEqualTo(5L * MIB);

        Api.Response tooSmall = put(id, video, 5 * MIB, 6 * MIB);
        assertThat(tooSmall.status()).as(tooSmall.body()).isEqualTo(400);
        Api.Response beyond = api.send("PUT", path, "hubin.officer1", new byte[10 * MIB],
                "Content-Range", range(5L * MIB, 15L * MIB - 1, video.length));
        assertThat(beyond.status()).as("more bytes than declared").isEqualTo(400);

        long resumeAt = api.get(path, "hubin.officer1").json().get("offset").asLong();
        Api.Response second = put(id, video, (int) resumeAt, 10 * MIB);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        Api.Response last = api.send("PUT", path, "hubin.officer2", Arrays.copyOfRange(video, 10 * MIB, video.length),
                "Content-Range", range(10L * MIB, video.length - 1, video.length));
        assertThat(last.status()).as(last.body()).isEqualTo(201);
        assertThat(last.json().get("size").asLong()).isEqualTo(video.length);
        assertThat(last.text("sha256")).isEqualTo(EvidenceFixtures.sha256(video));
        assertThat(last.text("sm3")).isEqualTo(EvidenceFixtures.sm3(video));
        assertThat(last.text("duplicateOf")).isNull();
        String evidenceId = last.text("id");

        JsonNode done = api.get(path, "hubin.officer1").json();
        assertThat(done.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(done.get("offset").asLong()).isEqualTo(video.length);
        assertThat(put(id, video, 10 * MIB, video.length).status()).isEqualTo(409);

        Api.Download part = api.download("/api/evidence/" + evidenceId + "/content", "hubin.officer1", "Range",
                "bytes=" + (5 * MIB - 100) + "-" + (5 * MIB + 99));
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.contentType()).startsWith("video/mp4");
        assertThat(part.disposition()).isEqualTo("bytes " + (5 * MIB - 100) + "-" + (5 * MIB + 99) + "/" + video.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(video, 5 * MIB - 100, 5 * MIB + 100));
        Api.Download tail = api.download("/api/evidence/" + evidenceId + "/content", "hubin.officer1", "Range",
                "bytes=-10");
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(video, video.length - 10, video.length));
        Api.Download outside = api.download("/api/evidence/" + evidenceId + "/content", "hubin.officer1", "Range",
                "bytes=" + video.length + "-");
        assertThat(outside.status()).isEqualTo(416);
        assertThat(outside.disposition()).isEqualTo("bytes */" + video.length);

        JsonNode listed = api.get("/api/cases/" + caseId + "/evidence", "hubin.head").json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("avStage").asString()).isEqualTo("INVESTIGATION");
        assertThat(listed.get(0).get("device").asString()).isEqualTo("DSJ-V9 0042");
        assertThat(listed.get(0).get("recordedPlace").asString()).isEqualTo("湖滨区会兴街道");
        assertThat(listed.get(0).get("recordedAt").asString()).startsWith("2026-10-0");
        JsonNode steps = api.get("/api/cases/" + caseId, "hubin.officer1").json().get("steps");
        assertThat(steps.get(steps.size() - 1).get("kind").asString()).isEqualTo("EVIDENCE");
        assertThat(steps.get(steps.size() - 1).get("data").get("avStage").asString()).isEqualTo("INVESTIGATION");
    }

    @Test
    void onlyTheOfficersOfTheCaseUploadAndNobodyOutsideTheAgencySeesTheUpload() {
        String id = begin("hubin.head", 6L * MIB, "x.mp4");
        String path = "/api/evidence/uploads/" + id;
        byte[] chunk = bytes(5 * MIB, 1);
        assertThat(api.send("PUT", path, "lingbao.officer1", chunk, "Content-Range", range(0, 5L * MIB - 1, 6L * MIB))
                .status()).isEqualTo(404);
        assertThat(api.get(path, "lingbao.officer1").status()).isEqualTo(404);
        assertThat(api.delete(path, "lingbao.officer1").status()).isEqualTo(404);
        assertThat(api.send("PUT", path, "hubin.officer3", chunk, "Content-Range", range(0, 5L * MIB - 1, 6L * MIB))
                .status()).isEqualTo(403);
        assertThat(api.get(path, "hubin.officer3").status()).isEqualTo(403);
        String body = "{\"filename\": \"a.mp4\", \"size\": 10, \"kind\": \"AUDIO_VISUAL\", \"description\": \"视频\"}";
        assertThat(api.post("/api/cases/" + caseId + "/evidence/uploads", "hubin.officer3", body).status())
                .isEqualTo(403);
        assertThat(api.post("/api/cases/" + caseId + "/evidence/uploads", "lingbao.officer1", body).status())
                .isEqualTo(404);
        assertThat(api.get("/api/evidence/uploads/no-such-upload", "hubin.officer1").status()).isEqualTo(404);
    }

    @Test
    void theMetadataIsCheckedLikeAWholeUpload() {
        Api.Response bad = api.post("/api/cases/" + caseId + "/evidence/uploads", "hubin.officer1",
                "{\"filename\": \"a.mp4\", \"kind\": \"RUMOUR\", \"avStage\": \"NOWHERE\", \"recordedAt\": \"yesterday\"}");
        assertThat(bad.status()).isEqualTo(400);
        JsonNode errors = bad.json().get("errors");
        assertThat(errors.findValuesAsString("field")).contains("kind", "description", "size", "avStage",
                "recordedAt");
        assertThat(bad.text("detail")).contains("不能为空");
        Api.Response notAv = api.post("/api/cases/" + caseId + "/evidence/uploads", "hubin.officer1",
                "{\"filename\": \"a.pdf\", \"size\": 3, \"kind\": \"DOCUMENTARY\", \"description\": \"书证\", \"avStage\": \"HEARING\", \"stepId\": \"nope\"}");
        assertThat(notAv.status()).isEqualTo(400);
        assertThat(notAv.json().get("errors").findValuesAsString("field")).contains("avStage", "stepId");
    }

    @Test
    void anAbandonedUploadIsAbortedAndItsStagedDataDeleted() {
        String id = begin("hubin.officer1", 6L * MIB, "x.mp4");
        byte[] file = bytes(6 * MIB, 3);
        assertThat(put(id, file, 0, 5 * MIB).status()).isEqualTo(200);
        String staging = jdbc.sql("SELECT staging_id FROM evidence_upload WHERE id = :id").param("id", id)
                .query(String.class).single();
        assertThat(storage.stagingAreas()).anyMatch(a -> a.staging().id().equals(staging));
        assertThat(api.delete("/api/evidence/uploads/" + id, "hubin.officer1").status()).isEqualTo(204);
        assertThat(storage.stagingAreas()).noneMatch(a -> a.staging().id().equals(staging));
        assertThat(api.get("/api/evidence/uploads/" + id, "hubin.officer1").json().get("state").asString())
                .isEqualTo("ABORTED");
        Api.Response late = put(id, file, 5 * MIB, 6 * MIB);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("type")).endsWith("upload-closed");
    }

    @Test
    void theFormUploadTakesTheSamePathAndKeepsTheRecordingsMetadata() {
        byte[] audio = bytes(70_000, 9);
        Api.Response up = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer2", "hearing.m4a", audio,
                "kind", "AUDIO_VISUAL", "description", "听证录音", "avStage", "HEARING", "device", "录音笔 R-7");
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        assertThat(up.text("sha256")).isEqualTo(EvidenceFixtures.sha256(audio));
        String upload = jdbc.sql("SELECT upload_id FROM evidence WHERE id = :id").param("id", up.text("id"))
                .query(String.class).single();
        assertThat(jdbc.sql("SELECT state FROM evidence_upload WHERE id = :id").param("id", upload)
                .query(String.class).single()).isEqualTo("COMPLETED");
        JsonNode listed = api.get("/api/cases/" + caseId + "/evidence", "hubin.officer1").json();
        assertThat(listed.get(0).get("avStage").asString()).isEqualTo("HEARING");
        assertThat(listed.get(0).get("device").asString()).isEqualTo("录音笔 R-7");
    }
}
