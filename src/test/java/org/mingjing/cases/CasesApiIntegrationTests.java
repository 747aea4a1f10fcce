package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The Cases section of the API contract: a penalty case walked from filing to archive by the officers of
 * 湖滨区民政局, and every gate of LAW.md §2 tried and refused with its code.
 */
@IntegrationTest
class CasesApiIntegrationTests {

    @LocalServerPort
    int port;
    Api api;
    String officer1;
    String officer2;
    String officer3;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
        officer3 = api.get("/api/me", "hubin.officer3").text("officerId");
    }

    String file(String matterCode, String procedure, String occurredOn, String filedOn, String income,
            String partyType, List<String> officers) {
        String party = partyType.equals("LEGAL_PERSON")
                ? """
                  {"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区晨光文化交流协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "赵立新", "address": "湖滨区黄河路18号",
                   "phone": "13903981234"}"""
                : """
                  {"role": "PARTY", "type": "NATURAL_PERSON", "name": "李某某", "idNumber": "411202198503150017",
                   "address": "湖滨区崤山路6号", "phone": "13803980000"}""";
        String body = """
                {"matterCode": "%s", "procedure": "%s", "source": "COMPLAINT",
                 "facts": "该协会超出章程规定的宗旨和业务范围，以举办培训为名收取费用，违法所得经核实为人民币壹万元。",
                 "occurredOn": "%s", "filedOn": "%s", "place": "湖滨区黄河路18号", "illegalIncome": %s,
                 "parties": [%s, {"role": "WITNESS", "type": "NATURAL_PERSON", "name": "王某"}],
                 "officerIds": %s}""".formatted(matterCode, procedure, occurredOn, filedOn, income, party,
                Api.json(officers));
        Api.Response r = api.post("/api/cases", "hubin.officer1", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String shtt30(String occurredOn, String filedOn) {
        return file("MZ-CF-SHTT-30", "GENERAL", occurredOn, filedOn, "10000", "LEGAL_PERSON",
                List.of(officer1, officer2));
    }

    Api.Response post(String caseId, String step, String body) {
        return api.post("/api/cases/" + caseId + "/" + step, "hubin.officer1", body);
    }

    void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }

    void refused(Api.Response r, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.text("type")).endsWith("/" + code);
        assertThat(r.text("detail")).isNotBlank();
    }

    void record(String caseId, String on) {
        ok(post(caseId, "records", """
                {"kind": "INQUIRY", "occurredOn": "%s", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "person": "赵立新", "content": "问：你协会是否举办过收费培训？\\n答：举办过三期。"}"""
                .formatted(on, officer1, officer2)));
    }

    /** Gives the reason why each act the audio-video checklist lists has no recording, so the case may close. */
    void explainMissingRecordings(String caseId) {
        for (JsonNode item : api.get("/api/cases/" + caseId + "/av-checklist", "hubin.officer1").json()) {
            if (item.get("awaiting").asBoolean()) {
                ok(post(caseId, "av-absences", Api.json(java.util.Map.of("stepId", item.get("stepId").asString(),
                        "reason", "现场未配备执法记录仪，已在笔录中注明。"))));
            }
        }
    }

    void notice(String caseId, String on, String penalties) {
        ok(post(caseId, "notice", """
                {"servedOn": "%s", "proposedDecision": {"penalties": %s,
                 "basis": "《社会团体登记管理条例》第三十条第一款第（二）项"}}""".formatted(on, penalties)));
    }

    static final String WARNING_AND_FINE = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 30000}]";

    String decide(String caseId, String on, String penalties) {
        Api.Response r = post(caseId, "decision", """
                {"decidedOn": "%s", "type": "PENALTY", "penalties": %s,
                 "basis": "《社会团体登记管理条例》第三十条第一款第（二）项", "circumstances": ["C2"]}"""
                .formatted(on, penalties));
        ok(r);
        return r.text("number");
    }

    @Test
    void aPenaltyCaseIsWalkedFromFilingToArchive() {
        Api.Response filed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "INSPECTION",
                 "facts": "该协会超出章程规定的宗旨和业务范围开展收费培训活动，违法所得人民币壹万元。",
                 "occurredOn": "2026-09-10", "filedOn": "2026-09-15", "place": "湖滨区黄河路18号",
                 "illegalIncome": 10000,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区晨光文化交流协会",
                   "creditCode": "51411202MJ1234567M"}],
                 "officerIds": ["%s", "%s"]}""".formatted(officer1, officer2));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = filed.text("id");
        assertThat(filed.text("number")).matches("湖民立〔2026〕\\d+号");
        assertThat(filed.text("stage")).isEqualTo("FILING");
        JsonNode deadline = filed.json().get("deadlines").get(0);
        assertThat(deadline.get("code").asString()).isEqualTo("PENALTY_DECISION");
        assertThat(deadline.get("due").asString()).as("90 days after 2026-09-15").isEqualTo("2026-12-14");

        record(id, "2026-09-16");
        notice(id, "2026-09-18", WARNING_AND_FINE);
        JsonNode afterNotice = api.get("/api/cases/" + id, "hubin.officer2").json();
        assertThat(afterNotice.get("stage").asString()).isEqualTo("REVIEW");
        // Five working days after Friday 2026-09-18: Sunday 09-20 is a make-up working day before National Day
        // and 09-25 is the Mid-Autumn holiday, so the fifth is Thursday 09-24.
        assertThat(afterNotice.toString()).contains("\"code\":\"HEARING_REQUEST\"", "\"due\":\"2026-09-24\"");

        ok(post(id, "statements", "{\"receivedOn\": \"2026-09-21\", \"content\": \"协会已停止培训并退还部分费用，请求从轻处罚。\"}"));
        String number = decide(id, "2026-09-28", WARNING_AND_FINE);
        assertThat(number).matches("湖民罚〔2026〕\\d+号");

        ok(post(id, "service", "{\"method\": \"DIRECT\", \"servedOn\": \"2026-09-29\", \"recipient\": \"赵立新\"}"));
        JsonNode served = api.get("/api/cases/" + id, "hubin.officer1").json();
        assertThat(served.get("stage").asString()).isEqualTo("EXECUTION");
        assertThat(served.get("account").get("due").asString()).as("15 days after service").isEqualTo("2026-10-14");

        assertThat(post(id, "close", "{}").status()).as("the head closes").isEqualTo(403);
        refused(api.post("/api/cases/" + id + "/close", "hubin.head", "{}"), "not-executed");
        Api.Response paid = post(id, "payments", "{\"amount\": 30000, \"paidOn\": \"2026-10-12\"}");
        ok(paid);
        assertThat(paid.json().get("account").get("outstanding").decimalValue()).isZero();
        refused(api.post("/api/cases/" + id + "/archive", "hubin.head", "{}"), "stage");
        refused(api.post("/api/cases/" + id + "/close", "hubin.head", "{}"), "av-record-required");
        explainMissingRecordings(id);
        ok(api.post("/api/cases/" + id + "/close", "hubin.head", "{}"));
        Api.Response archived = api.post("/api/cases/" + id + "/archive", "hubin.head", "{}");
        ok(archived);
        assertThat(archived.text("stage")).isEqualTo("ARCHIVED");
        assertThat(archived.json().get("evaluationScore").asInt()).isBetween(60, 100);
        refused(post(id, "records", "{}"), "stage");

        JsonNode documents = api.get("/api/cases/" + id + "/documents", "hubin.officer2").json();
        List<String> kinds = new java.util.ArrayList<>();
        documents.forEach(d -> kinds.add(d.get("kind").asString()));
        assertThat(kinds).contains("FILING_APPROVAL", "INQUIRY_RECORD", "PRIOR_NOTICE", "PENALTY_DECISION",
                "SERVICE_RECEIPT", "CLOSING_REPORT", "FILE_COVER", "FILE_INDEX");
        for (JsonNode d : documents) {
            Api.Download file = api.download("/api/documents/" + d.get("id").asString() + "/pdf", "hubin.officer2");
            assertThat(file.status()).as(d.get("kind").asString()).isEqualTo(200);
            String text = pdfText(file.body());
            assertThat(text).as(d.get("kind").asString()).contains(
                    d.get("kind").asString().equals("FILE_COVER") ? "行政处罚案卷" : d.get("title").asString());
            if (d.get("kind").asString().equals("FILE_INDEX")) {
                // Numbered in the order of the file, with the pages each document takes.
                assertThat(text.replaceAll("\\s", "")).containsSubsequence("立案审批表", "询问笔录", "行政处罚事先告知书",
                        "行政处罚决定书", "送达回证", "结案报告");
                assertThat(text).containsPattern("\\d+[–-]\\d+");
            }
            if (d.get("kind").asString().equals("PENALTY_DECISION")) {
                assertThat(d.get("number").asString()).isEqualTo(number);
                assertThat(d.get("title").asString()).isEqualTo("行政处罚决定书");
                // The elements of Art. 59: party, facts, basis, penalty, payment, remedies with their windows.
                assertThat(text.replaceAll("\\s", "")).contains(number, "三门峡市湖滨区晨光文化交流协会",
                        "51411202MJ1234567M", "违法所得人民币壹万元", "《社会团体登记管理条例》第三十条第一款第（二）项",
                        "警告", "罚款人民币30000.00元", "15日内", "百分之三", "60日内", "三门峡市湖滨区人民政府",
                        "6个月内", "三门峡市湖滨区人民法院");
                Api.Download ofd = api.download("/api/documents/" + d.get("id").asString() + "/ofd", "hubin.officer2");
                assertThat(ofd.status()).isEqualTo(200);
                assertThat(new String(ofd.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PK");
            }
        }
        assertThat(api.download("/api/documents/" + documents.get(0).get("id").asString() + "/pdf",
                "lingbao.officer1").status()).isEqualTo(404);
    }

    @Test
    void noDecisionWithoutNoticeOrBeforeThePartyWasHeard() {
        String id = shtt30("2026-10-01", "2026-10-08");
        refused(post(id, "decision", """
                {"decidedOn": "2026-10-09", "type": "PENALTY", "penalties": [{"kind": "WARNING"}], "basis": "x"}"""),
                "notice-required");
        refused(post(id, "notice", "{\"servedOn\": \"2026-10-09\", \"proposedDecision\": {\"penalties\": "
                + "[{\"kind\": \"WARNING\"}], \"basis\": \"x\"}}"), "investigation-required");
        record(id, "2026-10-09");
        notice(id, "2026-10-12", WARNING_AND_FINE);
        // Five working days after Monday 2026-10-12 end on 2026-10-19; nothing received, so no decision until then.
        refused(post(id, "decision", """
                {"decidedOn": "2026-10-19", "type": "PENALTY", "penalties": %s, "basis": "x"}"""
                .formatted(WARNING_AND_FINE)), "statement-pending");
        refused(post(id, "decision", """
                {"decidedOn": "2026-10-20", "type": "PENALTY", "penalties": [{"kind": "WARNING"},
                 {"kind": "FINE", "amount": 40000}], "basis": "x"}"""), "penalty-raised");
        refused(post(id, "decision", """
                {"decidedOn": "2026-10-20", "type": "PENALTY", "penalties": [{"kind": "REVOCATION"}],
                 "basis": "x"}"""), "penalty-raised");
        decide(id, "2026-10-20", "[{\"kind\": \"FINE\", \"amount\": 30000}]");
        refused(post(id, "decision", """
                {"decidedOn": "2026-10-21", "type": "PENALTY", "penalties": [{"kind": "WARNING"}], "basis": "x"}"""),
                "already-decided");
    }

    @Test
    void aFineStaysInsideTheStatuteComputedFromTheIllegalIncome() {
        String id = shtt30("2026-10-01", "2026-10-08");
        record(id, "2026-10-09");
        // 违法所得 10,000 yuan: 3–5 times is 30,000–50,000 (社会团体登记管理条例 Art. 30).
        refused(post(id, "notice", """
                {"servedOn": "2026-10-12", "proposedDecision": {"penalties": [{"kind": "FINE", "amount": 60000}],
                 "basis": "x"}}"""), "fine-outside-statute");
        Api.Response below = post(id, "notice", """
                {"servedOn": "2026-10-12", "proposedDecision": {"penalties": [{"kind": "FINE", "amount": 20000}],
                 "basis": "x"}}""");
        assertThat(below.status()).as("a notice may propose a reduced penalty").isEqualTo(201);
        refused(post(id, "decision", """
                {"decidedOn": "2026-10-20", "type": "PENALTY", "penalties": [{"kind": "FINE", "amount": 20000}],
                 "basis": "x"}"""), "fine-outside-statute");
        // Reduced below the statute with its reason, the fine also departs from the discretion standard's general
        // level (no circumstance recorded; 行政处罚法第三十四条): it is made only as a passed legal review proposed it.
        String proposal = """
                {"type": "PENALTY", "penalties": [{"kind": "FINE", "amount": 20000}],
                 "basis": "x", "discretionNote": "当事人主动消除违法行为危害后果（行政处罚法第三十二条第一项）"}""";
        String decision = proposal.replace("{\"type\"", "{\"decidedOn\": \"2026-10-20\", \"type\"");
        refused(post(id, "decision", decision), "review-required");
        Api.Response review = post(id, "reviews", "{\"explanation\": \"当事人主动消除危害后果，拟减轻处罚。\", "
                + "\"proposedDecision\": " + proposal + "}");
        ok(review);
        ok(api.post("/api/reviews/" + review.text("id") + "/opinions", "hubin.reviewer", """
                {"verdict": "APPROVED", "checks": [{"area": "QUALIFICATION", "ok": true},
                 {"area": "FACTS_EVIDENCE", "ok": true}, {"area": "LEGAL_BASIS_DISCRETION", "ok": true},
                 {"area": "PROCEDURE", "ok": true}, {"area": "OTHER", "ok": true}], "problems": []}"""));
        Api.Response reduced = post(id, "decision", decision);
        ok(reduced);
        String number = reduced.text("number");
        assertThat(number).isNotBlank();
    }

    @Test
    void aHearingAskedForMustBeHeldBySomeoneWhoDidNotInvestigate() {
        String id = shtt30("2026-09-01", "2026-09-07");
        record(id, "2026-09-08");
        notice(id, "2026-09-09", "[{\"kind\": \"SUSPENSION\"}]");
        ok(post(id, "statements", """
                {"receivedOn": "2026-09-11", "content": "要求听证。", "hearingRequested": true}"""));
        refused(post(id, "decision", """
                {"decidedOn": "2026-09-21", "type": "PENALTY", "penalties": [{"kind": "SUSPENSION"}], "basis": "x"}"""),
                "hearing-pending");
        String late = """
                {"noticeServedOn": "2026-09-15", "heldOn": "2026-09-22", "place": "本局会议室",
                 "presidingOfficerId": "%s", "record": "听证笔录……"}""";
        refused(post(id, "hearings", late.formatted(officer3)), "hearing-notice-late");
        refused(post(id, "hearings", late.replace("2026-09-15", "2026-09-10").formatted(officer1)),
                "presiding-officer-conflict");
        ok(post(id, "hearings", late.replace("2026-09-15", "2026-09-10").formatted(officer3)));
        // Decided after a hearing: a major decision, made only after a passed legal review (Art. 58(1)(iii)).
        String suspension = "{\"type\": \"PENALTY\", \"penalties\": [{\"kind\": \"SUSPENSION\"}],"
                + " \"basis\": \"《社会团体登记管理条例》第三十条第一款第（二）项\", \"circumstances\": [\"C4\"]}";
        refused(post(id, "decision", suspension.replace("{\"type\"", "{\"decidedOn\": \"2026-09-25\", \"type\"")),
                "review-required");
        Api.Response review = post(id, "reviews", "{\"explanation\": \"经听证，拟责令限期停止活动。\", \"proposedDecision\": "
                + suspension + "}");
        ok(review);
        ok(api.post("/api/reviews/" + review.text("id") + "/opinions", "hubin.reviewer", """
                {"verdict": "APPROVED", "checks": [{"area": "QUALIFICATION", "ok": true},
                 {"area": "FACTS_EVIDENCE", "ok": true}, {"area": "LEGAL_BASIS_DISCRETION", "ok": true},
                 {"area": "PROCEDURE", "ok": true}, {"area": "OTHER", "ok": true}], "problems": []}"""));
        // 责令限期停止活动 is a penalty of the standard's 较重 level (C4), not of the 一般 one (C2) decide() records.
        ok(post(id, "decision", suspension.replace("{\"type\"", "{\"decidedOn\": \"2026-09-25\", \"type\"")));
    }

    @Test
    void aLateHearingRequestAndAHearingWithoutTheRightAreRefused() {
        String id = shtt30("2026-09-01", "2026-09-07");
        record(id, "2026-09-08");
        notice(id, "2026-09-09", "[{\"kind\": \"WARNING\"}]");
        refused(post(id, "statements", "{\"receivedOn\": \"2026-09-10\", \"content\": \"要求听证\","
                + " \"hearingRequested\": true}"), "hearing-not-available");
        String other = shtt30("2026-09-01", "2026-09-07");
        record(other, "2026-09-08");
        notice(other, "2026-09-09", "[{\"kind\": \"REVOCATION\"}]");
        refused(post(other, "statements", "{\"receivedOn\": \"2026-09-17\", \"content\": \"要求听证\","
                + " \"hearingRequested\": true}"), "hearing-request-late");
    }

    @Test
    void theSummaryProcedureOnlyWithinArticle51() {
        String id = file("MZ-CF-SHTT-30", "SUMMARY", "2026-11-02", "2026-11-02", "10000", "LEGAL_PERSON",
                List.of(officer1, officer2));
        refused(post(id, "decision", """
                {"decidedOn": "2026-11-02", "type": "PENALTY", "penalties": [{"kind": "FINE", "amount": 30000}],
                 "basis": "x"}"""), "summary-not-allowed");
        Api.Response warning = post(id, "decision", """
                {"decidedOn": "2026-11-02", "type": "PENALTY", "penalties": [{"kind": "WARNING"}], "basis": "x"}""");
        ok(warning);
    }

    @Test
    void twoCertifiedOfficersAndTheirCertificatesShown() {
        Api.Response one = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT", "facts": "违法事实的简要描述内容",
                 "occurredOn": "2026-10-01", "place": "湖滨区", "parties": [{"role": "PARTY", "type": "NATURAL_PERSON",
                 "name": "李某"}], "officerIds": ["%s"]}""".formatted(officer1));
        refused(one, "officers-required");
        String id = shtt30("2026-10-01", "2026-10-08");
        refused(post(id, "records", """
                {"kind": "ON_SITE_INSPECTION", "occurredOn": "2026-10-09", "officerIds": ["%s", "%s"],
                 "certificateShown": false, "content": "现场检查"}""".formatted(officer1, officer2)),
                "certificate-not-shown");
        refused(post(id, "records", """
                {"kind": "INQUIRY", "occurredOn": "2026-10-09", "officerIds": ["%s"], "certificateShown": true,
                 "content": "问答"}""".formatted(officer1)), "officers-required");
    }

    @Test
    void theLimitationPeriodIsChecked() {
        Api.Response old = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT", "facts": "违法事实的简要描述内容",
                 "occurredOn": "2024-09-30", "filedOn": "2026-10-08", "place": "湖滨区", "parties": [{"role": "PARTY",
                 "type": "NATURAL_PERSON", "name": "李某"}], "officerIds": ["%s", "%s"]}""".formatted(officer1, officer2));
        refused(old, "limitation-expired");
        assertThat(old.text("detail")).contains("第三十六条");
        Api.Response harmed = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-CF-SHTT-30", "procedure": "GENERAL", "source": "COMPLAINT", "facts": "违法事实的简要描述内容",
                 "occurredOn": "2024-09-30", "filedOn": "2026-10-08", "seriousHarm": true, "place": "湖滨区",
                 "parties": [{"role": "PARTY", "type": "NATURAL_PERSON", "name": "李某"}],
                 "officerIds": ["%s", "%s"]}""".formatted(officer1, officer2));
        assertThat(harmed.status()).as("five years where financial safety was harmed").isEqualTo(201);
    }

    @Test
    void theLateFeeIsThreePercentADayCappedAndPausedDuringReconsideration() {
        String id = shtt30("2026-08-01", "2026-08-03");
        record(id, "2026-08-04");
        notice(id, "2026-08-05", WARNING_AND_FINE);
        ok(post(id, "statements", "{\"receivedOn\": \"2026-08-06\", \"waived\": true}"));
        decide(id, "2026-08-10", WARNING_AND_FINE);
        refused(post(id, "service", "{\"method\": \"ELECTRONIC\", \"servedOn\": \"2026-08-11\", \"recipient\": \"赵立新\"}"),
                "electronic-consent-required");
        ok(post(id, "service", "{\"method\": \"ELECTRONIC\", \"servedOn\": \"2026-08-11\", \"recipient\": \"赵立新\","
                + " \"consentRecorded\": true}"));
        // Due 2026-08-26 (15 days). Paid on 2026-08-31: five days late, 3 % a day = 15 % of 30,000 = 4,500.
        Api.Response part = post(id, "payments", "{\"amount\": 30000, \"paidOn\": \"2026-08-31\"}");
        ok(part);
        assertThat(part.json().get("account").get("lateFee").decimalValue()).isEqualByComparingTo("4500");
        assertThat(part.json().get("account").get("outstanding").decimalValue()).isEqualByComparingTo("4500");
        Api.Response over = post(id, "payments", "{\"amount\": 5000, \"paidOn\": \"2026-09-01\"}");
        assertThat(over.status()).isEqualTo(400);
        ok(post(id, "payments", "{\"amount\": 4500, \"paidOn\": \"2026-09-01\"}"));
        explainMissingRecordings(id);
        ok(api.post("/api/cases/" + id + "/close", "hubin.head", "{}"));

        String paused = shtt30("2026-08-01", "2026-08-03");
        record(paused, "2026-08-04");
        notice(paused, "2026-08-05", WARNING_AND_FINE);
        ok(post(paused, "statements", "{\"receivedOn\": \"2026-08-06\", \"waived\": true}"));
        decide(paused, "2026-08-10", WARNING_AND_FINE);
        ok(post(paused, "service", "{\"method\": \"DIRECT\", \"servedOn\": \"2026-08-11\", \"recipient\": \"赵立新\"}"));
        ok(post(paused, "remedies", "{\"kind\": \"RECONSIDERATION\", \"from\": \"2026-08-20\", \"until\": \"2026-10-20\"}"));
        // Late from 08-27 to 10-25 but 08-27..10-20 paused: 10-21..10-25 are five days.
        Api.Response p = post(paused, "payments", "{\"amount\": 1, \"paidOn\": \"2026-10-25\"}");
        ok(p);
        assertThat(p.json().get("account").get("lateFee").decimalValue()).isEqualByComparingTo("4500");
        // Capped at the fine itself after 34 days.
        Api.Response capped = post(paused, "payments", "{\"amount\": 1, \"paidOn\": \"2026-11-27\"}");
        assertThat(capped.json().get("account").get("lateFee").decimalValue()).isEqualByComparingTo("30000");
    }

    @Test
    void aRecusedOfficerNoLongerActsAndTheReplacementDoes() {
        String id = shtt30("2026-10-01", "2026-10-08");
        assertThat(api.post("/api/cases/" + id + "/recusals", "hubin.officer1", """
                {"officerId": "%s", "decidedOn": "2026-10-09", "reason": "与当事人负责人系近亲属"}"""
                .formatted(officer2)).status()).as("the head decides a recusal").isEqualTo(403);
        ok(api.post("/api/cases/" + id + "/recusals", "hubin.head", """
                {"officerId": "%s", "decidedOn": "2026-10-09", "reason": "与当事人负责人系近亲属",
                 "replacementOfficerId": "%s"}""".formatted(officer2, officer3)));
        assertThat(api.post("/api/cases/" + id + "/records", "hubin.officer2", "{}").status()).isEqualTo(403);
        Api.Response withRecused = post(id, "records", """
                {"kind": "INQUIRY", "occurredOn": "2026-10-10", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "content": "问答"}""".formatted(officer1, officer2));
        assertThat(withRecused.status()).isEqualTo(400);
        assertThat(withRecused.text("detail")).contains("不是本案的承办人员");
        ok(api.post("/api/cases/" + id + "/records", "hubin.officer3", """
                {"kind": "INQUIRY", "occurredOn": "2026-10-10", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "content": "问：是否举办收费培训？答：是。"}""".formatted(officer1, officer3)));
    }

    @Test
    void preservedEvidenceIsDisposedOfWithinSevenWorkingDays() {
        String id = shtt30("2026-10-01", "2026-10-08");
        refused(post(id, "preservations/disposal", "{\"disposedOn\": \"2026-10-09\", \"outcome\": \"x\"}"),
                "preservation-required");
        ok(post(id, "preservations", "{\"decidedOn\": \"2026-10-09\", \"items\": \"收费收据三本、培训名册一册\"}"));
        JsonNode deadlines = api.get("/api/cases/" + id, "hubin.officer1").json().get("deadlines");
        // Seven working days after Friday 2026-10-09 (10-10 is a make-up working day after National Day).
        assertThat(deadlines.toString()).contains("PRESERVATION_DISPOSAL", "2026-10-19");
        ok(post(id, "preservations/disposal", "{\"disposedOn\": \"2026-10-15\", \"outcome\": \"解除登记保存，退还当事人\"}"));
        assertThat(api.get("/api/cases/" + id, "hubin.officer1").json().get("deadlines").toString())
                .contains("\"satisfiedOn\":\"2026-10-15\"");
    }

    @Test
    void aDeferralMovesTheDueDateSoNoLateFeeRunsUntilThen() {
        String id = shtt30("2026-08-01", "2026-08-03");
        record(id, "2026-08-04");
        notice(id, "2026-08-05", WARNING_AND_FINE);
        ok(post(id, "statements", "{\"receivedOn\": \"2026-08-06\", \"waived\": true}"));
        decide(id, "2026-08-10", WARNING_AND_FINE);
        ok(post(id, "service", "{\"method\": \"DIRECT\", \"servedOn\": \"2026-08-11\", \"recipient\": \"赵立新\"}"));
        assertThat(api.post("/api/cases/" + id + "/payment-arrangements", "hubin.head", """
                {"kind": "DEFERRAL", "approvedOn": "2026-08-20", "until": "2026-08-20"}""").status()).isEqualTo(400);
        ok(api.post("/api/cases/" + id + "/payment-arrangements", "hubin.head", """
                {"kind": "DEFERRAL", "approvedOn": "2026-08-20", "until": "2026-09-30"}"""));
        Api.Response paid = post(id, "payments", "{\"amount\": 30000, \"paidOn\": \"2026-09-30\"}");
        ok(paid);
        assertThat(paid.json().get("account").get("lateFee").decimalValue()).isZero();
        assertThat(paid.json().get("account").get("outstanding").decimalValue()).isZero();
    }

    @Test
    void nobodyOutsideTheCaseActsAndOtherAgenciesSeeNothing() {
        String id = shtt30("2026-10-01", "2026-10-08");
        assertThat(api.get("/api/cases/" + id, "lingbao.officer1").status()).isEqualTo(404);
        assertThat(api.post("/api/cases/" + id + "/records", "lingbao.officer1", "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/cases/" + id + "/documents", "lingbao.officer1").status()).isEqualTo(404);
        api.get("/api/cases?size=200", "lingbao.officer1").json().get("items")
                .forEach(c -> assertThat(c.get("number").asString()).doesNotStartWith("湖民"));
        assertThat(api.post("/api/cases/" + id + "/records", "hubin.officer3", """
                {"kind": "INQUIRY", "occurredOn": "2026-10-09", "officerIds": [], "certificateShown": true,
                 "content": "x"}""").status()).isEqualTo(403);
        assertThat(api.get("/api/cases/" + id, "hubin.officer3").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + id, "city.supervisor").status()).isEqualTo(200);
        assertThat(api.post("/api/cases", "sysadmin", "{}").status()).isEqualTo(403);
        assertThat(api.get("/api/cases/" + id, "sysadmin").status()).as("三员分立").isEqualTo(403);
        assertThat(api.get("/api/cases", "secadmin").status()).isEqualTo(403);
    }

    @Test
    void badFilingsAreNamedFieldByField() {
        Api.Response r = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "MZ-NOPE", "procedure": "GENERAL", "source": "COMPLAINT", "facts": "",
                 "occurredOn": "2027-01-01", "place": "x", "parties": [{"role": "PARTY", "type": "NATURAL_PERSON",
                 "name": "李某", "idNumber": "411202198503150016"}], "officerIds": ["nope"]}""");
        assertThat(r.status()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        r.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("matterCode", "facts", "occurredOn", "parties[0].idNumber", "officerIds[0]");
        assertThat(api.post("/api/cases", "hubin.officer1", "{\"procedure\": \"FAST\"}").status()).isEqualTo(400);
        assertThat(api.post("/api/cases", "hubin.officer1", "{\"parties\": [null], \"officerIds\": [null]}").status())
                .isEqualTo(400);
        assertThat(api.get("/api/cases?stage=SOMEWHERE", "hubin.officer1").status()).isEqualTo(400);
    }
}
