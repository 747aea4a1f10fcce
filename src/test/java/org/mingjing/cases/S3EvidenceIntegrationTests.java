package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingjing.cases.EvidenceFixtures.MIB;
import static org.mingjing.cases.EvidenceFixtures.bytes;
import static org.mingjing.cases.EvidenceFixtures.range;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mingjing.storage.ObjectStorage;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.S3Proxy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with {@code mingjing.storage.type=s3} against a real S3 server (s3proxy): a resumable
 * upload with a chunk cut off midway, a form upload, and playback by Range, all through the S3 API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class S3EvidenceIntegrationTests {

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        S3Proxy proxy = S3Proxy.shared();
        registry.add("mingjing.storage.type", () -> "s3");
        registry.add("mingjing.storage.s3.endpoint", proxy::endpoint);
        registry.add("mingjing.storage.s3.region", () -> "us-east-1");
        registry.add("mingjing.storage.s3.bucket", () -> "mingjing-evidence-" + System.nanoTime());
        registry.add("mingjing.storage.s3.access-key", () -> S3Proxy.IDENTITY);
        registry.add("mingjing.storage.s3.secret-key", () -> S3Proxy.CREDENTIAL);
    }

    @LocalServerPort
    int port;
    @Autowired
    ObjectStorage storage;

    @Test
    void evidenceGoesToS3InPartsAndPlaysBackByRange() throws Exception {
        assertThat(storage.type()).isEqualTo("s3");
        Api api = new Api(port);
        String caseId = EvidenceFixtures.fileCase(api);
        byte[] video = bytes(11 * MIB + 777, 3);
        Api.Response begun = api.post("/api/cases/" + caseId + "/evidence/uploads", "hubin.officer1", Api.json(Map.of(
                "filename", "dsj.mp4", "contentType", "video/mp4", "size", video.length, "kind", "AUDIO_VISUAL",
                "description", "现场执法视频", "avStage", "ON_SITE_ENFORCEMENT")));
        assertThat(begun.status()).as(begun.body()).isEqualTo(201);
        String path = "/api/evidence/uploads/" + begun.text("uploadId");

        assertThat(api.send("PUT", path, "hubin.officer1", Arrays.copyOfRange(video, 0, 5 * MIB), "Content-Range",
                range(0, 5L * MIB - 1, video.length)).status()).isEqualTo(200);
        EvidenceFixtures.dropped(port, path, "hubin.officer1", 5L * MIB, 5L * MIB, video.length,
                Arrays.copyOfRange(bytes(3 * MIB, 99), 0, 3 * MIB));
        long offset = api.get(path, "hubin.officer1").json().get("offset").asLong();
        assertThat(offset).isEqualTo(5L * MIB);
        assertThat(api.send("PUT", path, "hubin.officer1", Arrays.copyOfRange(video, 5 * MIB, 10 * MIB),
                "Content-Range", range(5L * MIB, 10L * MIB - 1, video.length)).status()).isEqualTo(200);
        Api.Response last = api.send("PUT", path, "hubin.officer1", Arrays.copyOfRange(video, 10 * MIB, video.length),
                "Content-Range", range(10L * MIB, video.length - 1, video.length));
        assertThat(last.status()).as(last.body()).isEqualTo(201);
        assertThat(last.text("sha256")).isEqualTo(EvidenceFixtures.sha256(video));
        assertThat(last.text("sm3")).isEqualTo(EvidenceFixtures.sm3(video));
        String id = last.text("id");
        assertThat(storage.list("evidence/")).anyMatch(k -> k.endsWith(begun.text("uploadId")));

        Api.Download part = api.download("/api/evidence/" + id + "/content", "hubin.officer2", "Range",
                "bytes=" + (10 * MIB - 5) + "-" + (10 * MIB + 4));
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.disposition()).isEqualTo("bytes " + (10 * MIB - 5) + "-" + (10 * MIB + 4) + "/" + video.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(video, 10 * MIB - 5, 10 * MIB + 5));
        Api.Download whole = api.download("/api/evidence/" + id + "/content", "hubin.officer2");
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.contentType()).startsWith("video/mp4");
        assertThat(EvidenceFixtures.sha256(whole.body())).isEqualTo(EvidenceFixtures.sha256(video));
        assertThat(api.download("/api/evidence/" + id + "/content", "hubin.officer2", "Range",
                "bytes=" + video.length + "-").status()).isEqualTo(416);

        byte[] photo = bytes(200_000, 8);
        Api.Response form = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "scene.jpg", photo,
                "kind", "PHYSICAL", "description", "现场照片");
        assertThat(form.status()).as(form.body()).isEqualTo(201);
        assertThat(api.download("/api/evidence/" + form.text("id") + "/content", "hubin.officer1").body())
                .isEqualTo(photo);
        assertThat(storage.stagingAreas()).as("no multipart upload is left behind").isEmpty();
    }
}
