package org.mingjing.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.mingjing.testsupport.Api;

import tools.jackson.databind.JsonNode;

/**
 * Cases of 湖滨区民政局 brought to the point of review, through the API as the handling officers would; public for the
 * browser tests, which set up their cases the same way.
 */
public final class ReviewCases {

    public static final String BASIS = "《社会团体登记管理条例》第三十条第一款第（二）项";
    static final String CHECKS_OK = """
            [{"area": "QUALIFICATION", "ok": true}, {"area": "FACTS_EVIDENCE", "ok": true},
             {"area": "LEGAL_BASIS_DISCRETION", "ok": true}, {"area": "PROCEDURE", "ok": true},
             {"area": "OTHER", "ok": true}]""";

    final Api api;
    final String officer1;
    final String officer2;
    final String officer3;

    public ReviewCases(Api api) {
        this.api = api;
        officer1 = api.get("/api/me", "hubin.officer1").text("officerId");
        officer2 = api.get("/api/me", "hubin.officer2").text("officerId");
        officer3 = api.get("/api/me", "hubin.officer3").text("officerId");
    }

    /** A 社会团体 case with 10,000 yuan illegal income (so a fine of 30,000–50,000 is inside the statute). */
    String file(String matterCode, String income, List<String> officers) {
        Api.Response r = api.post("/api/cases", "hubin.officer1", """
                {"matterCode": "%s", "procedure": "GENERAL", "source": "COMPLAINT",
                 "facts": "该协会超出章程规定的宗旨和业务范围，以举办培训为名收取费用，违法所得经核实为人民币壹万元。",
                 "occurredOn": "2026-09-01", "filedOn": "2026-09-07", "place": "湖滨区黄河路18号",
                 "illegalIncome": %s,
                 "parties": [{"role": "PARTY", "type": "LEGAL_PERSON", "name": "三门峡市湖滨区晨光文化交流协会",
                   "creditCode": "51411202MJ1234567M", "legalRepresentative": "赵立新"}],
                 "officerIds": %s}""".formatted(matterCode, income, Api.json(officers)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("id");
    }

    String shtt30() {
        return file("MZ-CF-SHTT-30", "10000", List.of(officer1, officer2));
    }

    Api.Response post(String caseId, String step, String body) {
        return api.post("/api/cases/" + caseId + "/" + step, "hubin.officer1", body);
    }

    static void ok(Api.Response r) {
        assertThat(r.status()).as(r.body()).isIn(200, 201);
    }

    static void refused(Api.Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        if (code != null) {
            assertThat(r.text("type")).endsWith("/" + code);
        }
        assertThat(r.text("detail")).isNotBlank();
    }

    void record(String caseId) {
        ok(post(caseId, "records", """
                {"kind": "INQUIRY", "occurredOn": "2026-09-08", "officerIds": ["%s", "%s"], "certificateShown": true,
                 "person": "赵立新", "content": "问：你协会是否举办过收费培训？\\n答：举办过三期。"}"""
                .formatted(officer1, officer2)));
    }

    void notice(String caseId, String penalties) {
        ok(post(caseId, "notice", """
                {"servedOn": "2026-09-09", "proposedDecision": {"penalties": %s, "basis": "%s"}}"""
                .formatted(penalties, BASIS)));
    }

    void waive(String caseId) {
        ok(post(caseId, "statements", "{\"waived\": true, \"receivedOn\": \"2026-09-10\"}"));
    }

    /** Filed, investigated, notified of {@code penalties} and the statement waived: ready to submit. */
    public String readyForReview(String penalties) {
        String id = shtt30();
        record(id);
        notice(id, penalties);
        waive(id);
        return id;
    }

    /** The heads' collective deliberation (Art. 57), which fines of 50,000 yuan and more need after the review. */
    public void deliberate(String caseId) {
        ok(api.post("/api/cases/" + caseId + "/deliberations", "hubin.head", """
                {"heldOn": "2026-09-24", "participants": "局长、副局长、政策法规科科长",
                 "conclusion": "同意承办机构意见。"}"""));
    }

    JsonNode requirement(String caseId) {
        Api.Response r = api.get("/api/cases/" + caseId + "/review-requirement", "hubin.officer1");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /**
     * The officer's reason for the amount, given with every proposal and decision here: the fines these tests propose
     * (a warning with 50,000 yuan fits no single level of the discretion standard, and no circumstance is recorded,
     * which is its general level) depart from the standard, and a departure states why (行政处罚法第三十四条; LAW.md
     * §7). The reason does not spare the review: a departure is reviewed all the same.
     */
    public static final String DISCRETION_NOTE = "当事人拒不改正且收费数额较大，按较重幅度处罚。";

    /** In the prior notice's shape, {penalties, basis}, with the reason for the amount: the type follows. */
    static String proposal(String penalties, String basis) {
        return """
                {"penalties": %s, "basis": "%s", "discretionNote": %s}""".formatted(penalties, basis,
                Api.json(DISCRETION_NOTE));
    }

    public Api.Response submit(String caseId, String penalties, String basis) {
        return post(caseId, "reviews", """
                {"explanation": "当事人超出章程规定的宗旨和业务范围开展收费培训，拟予警告并处罚款，属于目录清单所列事项，特送法制审核。",
                 "proposedDecision": %s}""".formatted(proposal(penalties, basis)));
    }

    public Api.Response opinion(String reviewId, String user, String verdict, String checks, List<String> problems) {
        return api.post("/api/reviews/" + reviewId + "/opinions", user, """
                {"verdict": "%s", "checks": %s, "problems": %s}""".formatted(verdict, checks, Api.json(problems)));
    }

    Api.Response approve(String reviewId) {
        return opinion(reviewId, "hubin.reviewer", "APPROVED", CHECKS_OK, List.of());
    }

    public static String checksWithProblem(String area, String note) {
        StringBuilder b = new StringBuilder("[");
        for (String a : List.of("QUALIFICATION", "FACTS_EVIDENCE", "LEGAL_BASIS_DISCRETION", "PROCEDURE", "OTHER")) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(a.equals(area) ? Api.json(Map.of("area", a, "ok", false, "note", note))
                    : Api.json(Map.of("area", a, "ok", true)));
        }
        return b.append(']').toString();
    }

    /** The decision, with the reason for the amount ({@link #DISCRETION_NOTE}) and no circumstance recorded. */
    public Api.Response decide(String caseId, String penalties, String basis) {
        return post(caseId, "decision", """
                {"decidedOn": "2026-09-25", "type": "PENALTY", "penalties": %s, "basis": "%s", "discretionNote": %s}"""
                .formatted(penalties, basis, Api.json(DISCRETION_NOTE)));
    }

    /** The decision with the circumstances (a JSON array of the standard's codes) an officer records, no note. */
    public Api.Response decide(String caseId, String penalties, String basis, String circumstances) {
        return post(caseId, "decision", """
                {"decidedOn": "2026-09-25", "type": "PENALTY", "penalties": %s, "basis": "%s", "circumstances": %s}"""
                .formatted(penalties, basis, circumstances));
    }

    static List<String> codes(JsonNode requirement) {
        return requirement.get("reasons").valueStream().map(r -> r.get("code").asString()).toList();
    }

    static List<String> descriptions(JsonNode requirement) {
        return requirement.get("reasons").valueStream().map(r -> r.path("description").asString("")).toList();
    }
}
