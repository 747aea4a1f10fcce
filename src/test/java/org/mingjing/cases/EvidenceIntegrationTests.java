package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.bouncycastle.jcajce.provider.digest.SM3;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Evidence: fixity on the way in, duplicates found, Range for playback, every opening logged with its reason. */
@IntegrationTest
class EvidenceIntegrationTests {

    @LocalServerPort
    int port;
    Api api;
    String caseId;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        String o1 = api.get("/api/me", "hubin.officer1").text("officerId");
        String o2 = api.get("/api/me", "hubin.officer2").text("officerId");
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-BZ-18", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准在集体土地上擅自兴建骨灰堂，违法所得八千元。", "occurredOn": "2026-10-01", "filedOn": "2026-10-05",
                 "place": "湖滨区会兴街道", "illegalIncome": 8000, "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "张某", "idNumber": "411202198503150017"}],
                 "officerIds": ["%s", "%s"]}""".formatted(o1, o2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        caseId = filed.text("id");
    }

    @Test
    void anUploadKeepsItsFixityAndPlaysBackByRange() throws Exception {
        byte[] video = new byte[300_000];
        for (int i = 0; i < video.length; i++) {
            video[i] = (byte) (i * 31 + 7);
        }
        Api.Response up = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "camera-01.mp4", video,
                "kind", "AUDIO_VISUAL", "description", "执法记录仪现场视频", "stage", "INVESTIGATION");
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        assertThat(up.json().get("size").asLong()).isEqualTo(video.length);
        assertThat(up.text("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(video)));
        assertThat(up.text("sm3")).isEqualTo(HexFormat.of().formatHex(new SM3.Digest().digest(video)));
        String id = up.text("id");

        Api.Download range = api.download("/api/evidence/" + id + "/content", "hubin.officer1", "Range",
                "bytes=1000-1999");
        assertThat(range.status()).isEqualTo(206);
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(video, 1000, 2000));
        Api.Download whole = api.download("/api/evidence/" + id + "/content", "hubin.officer2");
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(video);

        Api.Response again = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer2", "copy.mp4", video,
                "kind", "AUDIO_VISUAL", "description", "同一视频的副本");
        assertThat(again.text("duplicateOf")).isEqualTo(id);
    }

    @Test
    void someoneNotOnTheCaseGivesAReasonAndEveryOpeningIsLogged() {
        byte[] scan = "营业执照扫描件".getBytes(StandardCharsets.UTF_8);
        String id = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "licence.pdf", scan, "kind",
                "DOCUMENTARY", "description", "营业执照复印件").text("id");
        assertThat(api.download("/api/evidence/" + id + "/content", "hubin.officer3").status()).isEqualTo(400);
        assertThat(api.download("/api/evidence/" + id + "/content?reason=" + Api.q("案卷评查抽查"), "hubin.officer3")
                .status()).isEqualTo(200);
        assertThat(api.download("/api/evidence/" + id + "/content?reason=x", "lingbao.officer1").status())
                .isEqualTo(404);
        assertThat(api.download("/api/evidence/" + id + "/content", "hubin.officer1").status()).isEqualTo(200);
        JsonNode log = api.get("/api/cases/" + caseId + "/retrievals", "hubin.head").json().get("items");
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.get(0).get("subjectKind").asString()).isEqualTo("EVIDENCE");
        assertThat(log.get(0).get("subjectId").asString()).isEqualTo(id);
        assertThat(log.get(0).get("username").asString()).isEqualTo("hubin.officer3");
        assertThat(log.get(0).get("onCase").asBoolean()).isFalse();
        assertThat(log.get(0).get("reason").asString()).isEqualTo("案卷评查抽查");
        assertThat(log.get(1).get("onCase").asBoolean()).isTrue();
        assertThat(api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer3", "x.pdf", scan, "kind",
                "DOCUMENTARY", "description", "x").status()).isEqualTo(403);
        Api.Response bad = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "x.pdf", scan, "kind",
                "RUMOUR", "description", "x");
        assertThat(bad.status()).isEqualTo(400);
        Api.Response empty = api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "x.pdf", new byte[0],
                "kind", "DOCUMENTARY", "description", "x");
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void evidenceAloneCountsAsInvestigationForTheNotice() {
        api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer1", "photo.jpg", new byte[] { 1, 2, 3 },
                "kind", "PHYSICAL", "description", "现场照片");
        Api.Response notice = api.post("/api/cases/" + caseId + "/notice", "hubin.officer1", """
                {"servedOn": "2026-10-10", "proposedDecision": {"penalties": [{"kind": "OTHER"},
                 {"kind": "FINE", "amount": 16000}], "basis": "《殡葬管理条例》第十八条"}}""");
        assertThat(notice.status()).as(notice.body()).isEqualTo(201);
    }
}
