package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The audio-video recording checklist (音像记录清单, seed §二(二)3(2)) holds the closing of a case up while an act
 * it lists has neither a recording tagged with its stage nor a written reason; the acts themselves go on, and a
 * matter whose checklist lacks the stage is not held up.
 */
@IntegrationTest
class AvChecklistIntegrationTests {

    @LocalServerPort
    int port;
    Api api;
    String officer1;
    String officer2;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
    }

    private String file(String matterCode) {
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "%s", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "当事人未经批准擅自设立并经营公墓，涉嫌构成犯罪。", "occurredOn": "2026-08-20", "filedOn": "2026-09-01",
                 "place": "湖滨区会兴街道", "parties": [{"role": "PARTY", "type": "NATURAL_PERSON", "name": "张某"}],
                 "officerIds": ["%s", "%s"]}""".formatted(matterCode, officer1, officer2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.text("id");
    }

    private String inquiry(String caseId, String on) {
        Api.Response r = api.post("/api/cases/" + caseId + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "%s", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "person": "张某", "content": "问：骨灰堂何时建成？\\n答：去年。"}""".formatted(on, officer1, officer2));
        assertThat(r.status()).as("the act itself is not refused: " + r.body()).isEqualTo(201);
        return r.text("id");
    }

    /** A transfer to the judicial organs: decided without notice, and closed once decided. */
    private void transfer(String caseId) {
        Api.Response r = api.post("/api/cases/" + caseId + "/decision", "hubin.officer1", """
                {"decidedOn": "2026-10-08", "type": "TRANSFER", "basis": "《中华人民共和国行政处罚法》第二十七条"}""");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private Api.Response close(String caseId) {
        return api.post("/api/cases/" + caseId + "/close", "hubin.head", "{}");
    }

    private Api.Response video(String caseId, String avStage, String stepId) {
        List<String> fields = new ArrayList<>(List.of("kind", "AUDIO_VISUAL", "description", "执法记录仪视频", "avStage",
                avStage));
        if (stepId != null) {
            fields.addAll(List.of("stepId", stepId));
        }
        return api.upload("/api/cases/" + caseId + "/evidence", "hubin.officer2", "dsj.mp4",
                EvidenceFixtures.bytes(4096, avStage.length()), fields.toArray(String[]::new));
    }

    @Test
    void aCaseIsNotClosedWhileAnInquiryLacksItsRecordingAndIsOnceTheVideoIsIn() {
        String id = file("MZ-CF-BZ-18");
        String step = inquiry(id, "2026-10-06");
        transfer(id);
        JsonNode checklist = api.get("/api/cases/" + id + "/av-checklist", "hubin.officer1").json();
        assertThat(checklist.findValuesAsString("stepId")).containsExactly(step);
        assertThat(checklist.get(0).get("avStage").asString()).isEqualTo("INVESTIGATION");
        assertThat(checklist.get(0).get("awaiting").asBoolean()).isTrue();

        Api.Response refused = close(id);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("type")).endsWith("av-record-required");
        assertThat(refused.text("detail")).contains("调查取证", "2026-10-06", "音像记录");

        Api.Response documentary = api.upload("/api/cases/" + id + "/evidence", "hubin.officer1", "photo.jpg",
                new byte[] { 1, 2, 3 }, "kind", "PHYSICAL", "description", "现场照片");
        assertThat(documentary.status()).isEqualTo(201);
        assertThat(close(id).status()).as("only audio-visual evidence counts").isEqualTo(409);

        Api.Response up = video(id, "INVESTIGATION", null);
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        Api.Response closed = close(id);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.text("stage")).isEqualTo("CLOSED");
    }

    @Test
    void aRecordingNamingOneStepDoesNotCoverAnotherAndAWrittenReasonDoes() {
        String id = file("MZ-CF-BZ-18");
        String first = inquiry(id, "2026-10-06");
        String second = inquiry(id, "2026-10-07");
        transfer(id);
        assertThat(video(id, "INVESTIGATION", first).status()).isEqualTo(201);
        Api.Response refused = close(id);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).contains("2026-10-07").doesNotContain("2026-10-06");

        Api.Response noReason = api.post("/api/cases/" + id + "/av-absences", "hubin.officer1",
                "{\"stepId\": \"" + second + "\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").findValuesAsString("field")).contains("reason");
        Api.Response notAnAct = api.post("/api/cases/" + id + "/av-absences", "hubin.officer1",
                "{\"stepId\": \"" + id + "-x\", \"reason\": \"设备故障\"}");
        assertThat(notAnAct.status()).isEqualTo(400);
        assertThat(api.post("/api/cases/" + id + "/av-absences", "hubin.officer3",
                "{\"stepId\": \"" + second + "\", \"reason\": \"设备故障\"}").status()).isEqualTo(403);
        Api.Response reason = api.post("/api/cases/" + id + "/av-absences", "hubin.officer1",
                "{\"stepId\": \"" + second + "\", \"reason\": \"询问时执法记录仪电量耗尽，已在笔录中注明并由当事人签字确认。\"}");
        assertThat(reason.status()).as(reason.body()).isEqualTo(201);
        JsonNode steps = api.get("/api/cases/" + id, "hubin.head").json().get("steps");
        JsonNode absence = steps.get(steps.size() - 1);
        assertThat(absence.get("kind").asString()).isEqualTo("AV_ABSENCE");
        assertThat(absence.get("data").get("stepId").asString()).isEqualTo(second);
        assertThat(absence.get("data").get("avStage").asString()).isEqualTo("INVESTIGATION");
        assertThat(close(id).status()).isEqualTo(200);
    }

    @Test
    void anAudioVisualItemUploadedWithTheContractsStageOnlyCoversThatCaseStage() {
        String id = file("MZ-CF-BZ-18");
        inquiry(id, "2026-10-06");
        transfer(id);
        Api.Response service = api.upload("/api/cases/" + id + "/evidence", "hubin.officer2", "dsj-service.mp4",
                EvidenceFixtures.bytes(2048, 7), "kind", "AUDIO_VISUAL", "description", "送达过程录像", "stage", "SERVICE");
        assertThat(service.status()).as(service.body()).isEqualTo(201);
        assertThat(close(id).status()).as("a recording filed under service does not cover the inquiry").isEqualTo(409);
        Api.Response investigation = api.upload("/api/cases/" + id + "/evidence", "hubin.officer2", "dsj.mp4",
                EvidenceFixtures.bytes(2048, 9), "kind", "AUDIO_VISUAL", "description", "询问过程录像", "stage",
                "INVESTIGATION");
        assertThat(investigation.status()).as(investigation.body()).isEqualTo(201);
        Api.Response closed = close(id);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }

    @Test
    void aMatterWhoseChecklistLacksTheStageIsNotHeldUp() {
        String hubin = api.agencyId("湖滨区民政局");
        // Not "MZ-…": the catalogue tests expect a discretion standard for every demo penalty matter.
        String code = "AVTEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("code", code);
        draft.put("category", "ADMINISTRATIVE_PENALTY");
        draft.put("name", "对擅自兴建殡葬设施的处罚（仅听证须音像记录）");
        draft.put("basis", List.of("《殡葬管理条例》第十八条"));
        draft.put("responsibility", "立案、调查、决定、执行");
        draft.put("acceptingBody", "湖滨区民政局");
        draft.put("approvingBody", "湖滨区民政局");
        draft.put("steps", List.of("立案", "调查", "决定"));
        draft.put("fees", "不收费");
        draft.put("conditions", "未经批准兴建殡葬设施");
        draft.put("penaltyKinds", List.of("OTHER"));
        draft.put("avStages", List.of("HEARING"));
        Api.Response created = api.post("/api/matters?agencyId=" + hubin, "hubin.head", Api.json(draft));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        String id = file(code);
        inquiry(id, "2026-10-06");
        transfer(id);
        assertThat(api.get("/api/cases/" + id + "/av-checklist", "hubin.officer1").json().size()).isZero();
        Api.Response closed = close(id);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    }
}
