package org.mingjing.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The staff side of the Publicity section of the API contract (seed §二(一)4, 5; 行政处罚法第四十八条; LAW.md §1, §4):
 * a decision makes a publication due in 7 working days of the statutory calendar, masked with what the case knows
 * and the patterns; a second person releases it; withdrawal and correction with their deadlines; a minor's decision
 * never goes out; every act is in the case's full-process record and in the outbox to the province's platform.
 */
@IntegrationTest
class PublicationApiIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Publications publications;
    Api api;
    PublicityCases cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new PublicityCases(api);
    }

    @Test
    void aDecisionMakesAPublicationDueSevenWorkingDaysLaterWhichTheEventCreatesWithoutAnyRead() throws Exception {
        PublicityCases.Planted planted = PublicityCases.planted();
        String caseId = cases.decidedAgainstPerson(planted, "王建国", null, "hubin.officer1");
        // The listener makes it after the decision's commit; nobody has read the list yet.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (jdbc.sql("SELECT COUNT(*) FROM publication WHERE case_id = :id").param("id", caseId)
                .query(Integer.class).single() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        JsonNode p = cases.publicationOf(caseId);
        assertThat(p.get("status").asString()).isEqualTo("PENDING");
        // 2026-09-24 + 7 working days: 25–27 rest (中秋 and the weekend), 10-01…07 国庆, 10-10 a working Saturday.
        assertThat(p.get("dueBy").asString()).isEqualTo("2026-10-12");
        assertThat(p.get("enteredBy").asString()).isEqualTo("hubin.officer1");
        assertThat(p.get("title").asString()).contains("王建国").contains("行政处罚决定书");
        // Reading it again never makes a second one.
        cases.publicationOf(caseId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication WHERE case_id = :id").param("id", caseId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void thePreviewMasksEverythingTheCaseKnowsAndThePatternsFindAndKeepsThePenalisedPartysName() {
        PublicityCases.Planted planted = PublicityCases.planted();
        String caseId = cases.decidedAgainstPerson(planted, "王建国", null, "hubin.officer1");
        String id = cases.publicationOf(caseId).get("id").asString();
        Api.Response preview = api.get("/api/publications/" + id + "/preview", "hubin.officer1");
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        String original = preview.text("original");
        String masked = preview.text("masked");
        assertThat(original).contains(planted.partyPhone(), planted.witnessName(), planted.card());
        for (String value : planted.all()) {
            assertThat(masked).as("masked text holds %s", value).doesNotContain(value);
        }
        assertThat(masked).contains("王建国").contains("决定书文号").contains("警告");
        List<String> types = preview.json().get("findings").valueStream().map(f -> f.get("type").asString())
                .distinct().toList();
        assertThat(types).contains("ID_NUMBER", "PHONE", "BANK_ACCOUNT", "EMAIL", "ADDRESS", "PERSON_NAME", "PLATE",
                "PROPERTY_CERTIFICATE");
        preview.json().get("findings").forEach(f -> assertThat(f.get("text").asString()).isNotBlank());
        // Staff only: the public, another county, and the administrators do not get it.
        assertThat(api.get("/api/publications/" + id + "/preview", "lingbao.officer1").status()).isEqualTo(404);
        assertThat(api.get("/api/publications/" + id + "/preview", "sysadmin").status()).isEqualTo(403);
        assertThat(api.get("/api/publications/" + id, "city.supervisor").status()).isEqualTo(200);
        assertThat(api.get("/api/publications?caseId=" + caseId, "lingbao.officer1").status()).isEqualTo(404);
    }

    @Test
    void handMarksAreMaskedAndAMarkNotInTheTextIsRefused() {
        String caseId = cases.decidedAgainstPerson(PublicityCases.planted(), "王建国", null, "hubin.officer1");
        String id = cases.publicationOf(caseId).get("id").asString();
        Api.Response bad = api.put("/api/publications/" + id + "/marks", "hubin.officer1",
                "{\"marks\": [\"原文中没有的内容\"]}");
        refused(bad, 400, null);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("marks[0]");
        Api.Response ok = api.put("/api/publications/" + id + "/marks", "hubin.officer1",
                "{\"marks\": [\"收取会费\"]}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        Api.Response preview = api.get("/api/publications/" + id + "/preview", "hubin.head");
        assertThat(preview.text("masked")).doesNotContain("收取会费");
        assertThat(preview.json().get("findings").valueStream().map(f -> f.get("type").asString()))
                .contains("MANUAL");
    }

    @Test
    void whoEnteredTheDecisionCannotReleaseItAndASecondPersonDoes() {
        String caseId = cases.decidedAgainstPerson(PublicityCases.planted(), "王建国", null, "hubin.head");
        String id = cases.publicationOf(caseId).get("id").asString();
        // An officer who is not a releaser: 403; the head who entered the decision: 409 (谁录入谁负责).
        refused(api.post("/api/publications/" + id + "/publish", "hubin.officer2", "{}"), 403, null);
        refused(api.post("/api/publications/" + id + "/publish", "hubin.head", "{}"), 409,
                "separate-releaser-required");
        assertThat(cases.publicationOf(caseId).get("status").asString()).isEqualTo("PENDING");
        // The head designates officer3 as releaser; officer3 releases.
        String officer3 = api.get("/api/me", "hubin.officer3").text("officerId");
        Api.Response setting = api.put("/api/agencies/" + agencyOf(id) + "/publication-settings/ADMINISTRATIVE_PENALTY",
                "hubin.head", "{\"releaserOfficerIds\": [\"" + officer3 + "\"]}");
        assertThat(setting.status()).as(setting.body()).isEqualTo(200);
        try {
            Api.Response released = api.post("/api/publications/" + id + "/publish", "hubin.officer3", "{}");
            assertThat(released.status()).as(released.body()).isEqualTo(200);
            assertThat(released.text("status")).isEqualTo("PUBLISHED");
            assertThat(released.text("releasedBy")).isEqualTo("hubin.officer3");
            assertThat(released.text("enteredBy")).isEqualTo("hubin.head");
            // By name, as the publication carries them (谁录入谁负责).
            assertThat(released.json().get("names").get("releasedBy").asString())
                    .isEqualTo(api.get("/api/me", "hubin.officer3").text("name"));
            assertThat(released.json().get("names").get("enteredBy").asString())
                    .isEqualTo(api.get("/api/me", "hubin.head").text("name"));
            // Today in China, the product's day, whatever the test machine's zone.
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            assertThat(released.text("publishedOn")).isEqualTo(today.toString());
            // A warning alone is a small penalty: 3 months of publicity.
            assertThat(released.text("expiresOn")).isEqualTo(today.plusMonths(3).toString());
            refused(api.post("/api/publications/" + id + "/publish", "hubin.officer3", "{}"), 409,
                    "publication-not-pending");
        } finally {
            api.put("/api/agencies/" + agencyOf(id) + "/publication-settings/ADMINISTRATIVE_PENALTY", "hubin.head",
                    "{\"releaserOfficerIds\": []}");
        }
        assertThat(jdbc.sql("SELECT event FROM publication_outbox WHERE publication_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("PUBLISHED");
    }

    @Test
    void aDecisionAboutAMinorIsBlockedAndNobodyCanReleaseIt() {
        String caseId = cases.decidedAgainstPerson(PublicityCases.planted(), "张小明", "2010-03-15",
                "hubin.officer1");
        JsonNode p = cases.publicationOf(caseId);
        assertThat(p.get("status").asString()).isEqualTo("BLOCKED");
        assertThat(p.get("reasonCode").asString()).isEqualTo("MINOR");
        String id = p.get("id").asString();
        Api.Response refused = api.post("/api/publications/" + id + "/publish", "hubin.head", "{}");
        refused(refused, 409, "publication-blocked");
        assertThat(refused.text("detail")).contains("未成年人");
        refused(api.put("/api/publications/" + id + "/marks", "hubin.head", "{\"marks\": []}"), 409, null);
        assertThat(cases.publicationOf(caseId).get("status").asString()).isEqualTo("BLOCKED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication_outbox WHERE publication_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aReportedChangeStartsThreeWorkingDaysToWithdrawWhichNeedsAReasonThePublicReads() {
        String id = cases.published(PublicityCases.planted(), "王建国");
        // 2026-09-30 + 3 working days: 10-01…07 国庆, 08, 09 and the working Saturday 10-10.
        Api.Response change = api.post("/api/publications/" + id + "/changes", "hubin.officer1",
                "{\"kind\": \"WITHDRAW\", \"on\": \"2026-09-30\", \"cause\": \"行政复议机关撤销原处罚决定\"}");
        assertThat(change.status()).as(change.body()).isEqualTo(200);
        assertThat(change.json().get("change").get("dueBy").asString()).isEqualTo("2026-10-10");
        refused(api.post("/api/publications/" + id + "/changes", "hubin.officer1",
                "{\"kind\": \"WITHDRAW\", \"on\": \"2020-01-01\", \"cause\": \"x\"}"), 400, null);

        Api.Response noReason = api.post("/api/publications/" + id + "/withdraw", "hubin.officer1", "{}");
        refused(noReason, 400, null);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(api.get("/api/publications/" + id, "hubin.officer1").text("status")).isEqualTo("PUBLISHED");
        refused(api.post("/api/publications/" + id + "/withdraw", "lingbao.officer1", "{\"reason\": \"x\"}"), 404,
                null);

        // The public reads the reason, so it is masked as the text is: the witness's name does not go out in it.
        Api.Response withdrawn = api.post("/api/publications/" + id + "/withdraw", "hubin.officer1",
                "{\"reason\": \"该处罚决定已被行政复议机关撤销（证人李秀英撤回证言）\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.text("reason")).isEqualTo("该处罚决定已被行政复议机关撤销（证人李某撤回证言）");
        assertThat(withdrawn.json().get("change").isNull()).isTrue();
        refused(api.post("/api/publications/" + id + "/withdraw", "hubin.officer1", "{\"reason\": \"再次\"}"), 409,
                "publication-not-public");
        assertThat(jdbc.sql("SELECT event FROM publication_outbox WHERE publication_id = :id ORDER BY created_at")
                .param("id", id).query(String.class).list()).containsExactly("PUBLISHED", "WITHDRAWN");
    }

    @Test
    void aCorrectionIsMaskedAgainKeepsThePreviousTextAndNeedsAReleaser() {
        PublicityCases.Planted planted = PublicityCases.planted();
        String id = cases.published(planted, "王建国");
        String before = api.get("/api/publications/" + id, "hubin.officer1").text("maskedText");
        String text = before.replace("警告", "警告（更正：决定日期笔误）") + "\n联系人电话" + planted.witnessPhone();
        refused(api.post("/api/publications/" + id + "/corrections", "hubin.officer1",
                "{\"reason\": \"更正笔误\", \"text\": " + Api.json(text) + "}"), 403, null);
        refused(api.post("/api/publications/" + id + "/corrections", "hubin.head", "{\"reason\": \"更正笔误\"}"), 400,
                null);
        Api.Response corrected = api.post("/api/publications/" + id + "/corrections", "hubin.head",
                "{\"reason\": \"更正笔误\", \"text\": " + Api.json(text) + "}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(corrected.json().get("revision").asInt()).isEqualTo(1);
        assertThat(corrected.text("maskedText")).contains("更正：决定日期笔误").doesNotContain(planted.witnessPhone());
        Api.Response revisions = api.get("/api/publications/" + id + "/revisions", "hubin.officer1");
        assertThat(revisions.json().size()).isEqualTo(2);
        assertThat(revisions.json().get(0).get("maskedText").asString()).isEqualTo(before);
        assertThat(revisions.json().get(1).get("note").asString()).isEqualTo("更正笔误");
    }

    @Test
    void everyActIsAStepOfTheCaseAndTheRecordStaysValid() {
        String id = cases.published(PublicityCases.planted(), "王建国");
        String caseId = api.get("/api/publications/" + id, "hubin.officer1").text("caseId");
        api.post("/api/publications/" + id + "/withdraw", "hubin.head", "{\"reason\": \"决定已变更\"}");
        Api.Response ledger = api.get("/api/cases/" + caseId + "/ledger", "hubin.officer1");
        List<String> actions = ledger.json().valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).contains("PUBLICATION_CREATED", "PUBLICATION_RELEASED", "PUBLICATION_WITHDRAWN");
        Api.Response verify = api.get("/api/cases/" + caseId + "/ledger/verify", "hubin.officer1");
        assertThat(verify.json().get("valid").asBoolean()).as(verify.body()).isTrue();
    }

    @Test
    void afterItsRetentionThePublicationExpiresAndTheReScanAlertsOnPrivateDataThatGotIn() {
        String id = cases.published(PublicityCases.planted(), "王建国");
        // What masking put there (asterisks after 住址, 李某 after 证人) is no hit: a clean text raises no alert.
        assertThat(publications.rescan(id)).isEmpty();
        // Yesterday's rules let a phone through (simulated): tonight's re-scan finds it.
        jdbc.sql("UPDATE publication SET masked_text = masked_text || :extra WHERE id = :id")
                .param("extra", "\n补充：联系人手机13598761234").param("id", id).update();
        assertThat(publications.rescan(id)).extracting(f -> f.type().name()).contains("PHONE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication_alert WHERE publication_id = :id AND resolved_at IS NULL")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
        publications.rescan(id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM publication_alert WHERE publication_id = :id").param("id", id)
                .query(Integer.class).single()).as("the same hit is one alert").isEqualTo(1);
        assertThat(api.get("/api/publications/" + id, "hubin.head").text("alert")).isEqualTo("PHONE");

        LocalDate expiresOn = LocalDate.parse(api.get("/api/publications/" + id, "hubin.officer1").text("expiresOn"));
        assertThat(publications.expire(id, expiresOn)).as("not before its last day has passed").isFalse();
        assertThat(publications.expire(id, expiresOn.plusDays(1))).isTrue();
        Api.Response expired = api.get("/api/publications/" + id, "hubin.officer1");
        assertThat(expired.text("status")).isEqualTo("EXPIRED");
        assertThat(expired.text("reason")).contains(expiresOn.toString());
        assertThat(jdbc.sql("SELECT event FROM publication_outbox WHERE publication_id = :id ORDER BY created_at")
                .param("id", id).query(String.class).list()).containsExactly("PUBLISHED", "EXPIRED");
    }

    @Test
    void settingsAreTheHeadsAndBadValuesChangeNothing() {
        String agency = api.get("/api/me", "hubin.head").text("agencyId");
        String path = "/api/agencies/" + agency + "/publication-settings/ADMINISTRATIVE_PENALTY";
        Api.Response now = api.get(path, "hubin.officer1");
        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(now.json().get("retentionMonths").asInt()).isEqualTo(36);
        refused(api.put(path, "hubin.officer1", "{\"retentionMonths\": 12}"), 403, null);
        refused(api.put(path, "hubin.head", "{\"retentionMonths\": 0}"), 400, null);
        refused(api.put(path, "hubin.head", "{\"excludedPenaltyKinds\": [\"NOPE\"]}"), 400, null);
        refused(api.get("/api/agencies/" + agency + "/publication-settings/NOPE", "hubin.head"), 400, null);
        assertThat(api.get(path, "hubin.officer1").json().get("retentionMonths").asInt()).isEqualTo(36);
        refused(api.get("/api/publications?status=NOPE", "hubin.officer1"), 400, null);
    }

    private String agencyOf(String publicationId) {
        return api.get("/api/publications/" + publicationId, "hubin.officer1").text("agencyId");
    }

    static void refused(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(r.text("type")).endsWith("/" + code);
        }
        assertThat(r.text("detail")).isNotBlank();
    }
}
