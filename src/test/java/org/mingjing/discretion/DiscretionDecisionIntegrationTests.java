package org.mingjing.discretion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A decision against the discretion standard (行政处罚法第三十四条; LAW.md §7): outside the statute it is refused
 * naming the bound (LAW.md §2); outside the recommended range it needs a written reason (400 on
 * {@code discretionNote}) and then a passed legal review (409 {@code review-required}, 行政处罚法第五十八条) before it
 * is made; inside it, neither.
 */
@IntegrationTest
class DiscretionDecisionIntegrationTests {

    static final String CHECKS_OK = """
            [{"area": "QUALIFICATION", "ok": true}, {"area": "FACTS_EVIDENCE", "ok": true},
             {"area": "LEGAL_BASIS_DISCRETION", "ok": true}, {"area": "PROCEDURE", "ok": true},
             {"area": "OTHER", "ok": true}]""";
    static final String FACTS = "该协会超出章程规定的宗旨和业务范围，以举办培训为名收取费用，违法所得经核实为人民币壹万元。";

    @LocalServerPort
    int port;
    Api api;
    DiscretionCases cases;
    List<String> officers;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new DiscretionCases(api);
        officers = cases.officers("hubin.officer1", "hubin.officer2");
    }

    @Test
    void aFineAboveTheStatuteIsRefusedNamingTheBound() {
        // statute: 3–5 × the illegal income of 10,000 = 30,000–50,000
        String id = cases.file("hubin.officer1", officers, FACTS, "10000");
        Api.Response r = api.post("/api/cases/" + id + "/records", "hubin.officer1", """
                {"kind": "INQUIRY", "occurredOn": "2026-09-08", "officerIds": %s, "certificateShown": true,
                 "person": "赵立新", "content": "问：是否收费？答：是。"}""".formatted(Api.json(officers)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        Api.Response notice = api.post("/api/cases/" + id + "/notice", "hubin.officer1", """
                {"servedOn": "2026-09-09", "proposedDecision": {"penalties": [{"kind": "FINE", "amount": 50001}],
                 "basis": "%s"}}""".formatted(DiscretionCases.SHTT_BASIS));
        assertThat(notice.status()).as(notice.body()).isEqualTo(409);
        assertThat(notice.text("type")).endsWith("/fine-outside-statute");
        assertThat(notice.text("detail")).contains("50000");
    }

    @Test
    void aDecisionOutsideTheRecommendedRangeNeedsAReasonAndAPassedReview() {
        // C2 is the GENERAL level: 3–3.5 × 10,000 = 30,000–35,000; 45,000 is lawful (≤ 50,000) but outside it.
        String fine = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 45000}]";
        String id = cases.file("hubin.officer1", officers, FACTS, "10000");
        cases.readyToDecide("hubin.officer1", officers, id, fine);

        Api.Response noReason = cases.decide("hubin.officer1", id, fine, "[\"C2\"]", null);
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(DiscretionApiIntegrationTests.fields(noReason)).containsExactly("discretionNote");
        assertThat(noReason.body()).contains("45000").contains("30000").contains("35000");

        String note = "当事人在责令改正后仍继续收费，虽属初次违法，但持续时间较长，按较重幅度处罚。";
        Api.Response unreviewed = cases.decide("hubin.officer1", id, fine, "[\"C2\"]", note);
        assertThat(unreviewed.status()).as(unreviewed.body()).isEqualTo(409);
        assertThat(unreviewed.text("type")).endsWith("/review-required");
        assertThat(unreviewed.text("detail")).contains("超出裁量基准的推荐幅度");

        // The submission's proposal is checked the same way: the departure needs its reason there too.
        Api.Response bare = api.post("/api/cases/" + id + "/reviews", "hubin.officer1", """
                {"explanation": "拟按较重幅度处罚，特送法制审核。", "proposedDecision": {"penalties": %s, "basis": "%s",
                 "circumstances": ["C2"]}}""".formatted(fine, DiscretionCases.SHTT_BASIS));
        assertThat(bare.status()).as(bare.body()).isEqualTo(400);
        assertThat(DiscretionApiIntegrationTests.fields(bare)).containsExactly("proposedDecision.discretionNote");
        Api.Response submitted = api.post("/api/cases/" + id + "/reviews", "hubin.officer1", """
                {"explanation": "拟按较重幅度处罚，特送法制审核。", "proposedDecision": {"penalties": %s, "basis": "%s",
                 "circumstances": ["C2"], "discretionNote": %s}}""".formatted(fine, DiscretionCases.SHTT_BASIS,
                Api.json(note)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

        Api.Response approved = api.post("/api/reviews/" + submitted.text("id") + "/opinions", "hubin.reviewer", """
                {"verdict": "APPROVED", "checks": %s, "problems": []}""".formatted(CHECKS_OK));
        assertThat(approved.status()).as(approved.body()).isIn(200, 201);
        Api.Response decided = cases.decide("hubin.officer1", id, fine, "[\"C2\"]", note);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }

    @Test
    void aDecisionInsideTheRecommendedRangeNeedsNeitherReasonNorReview() {
        String fine = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 35000}]";
        String id = cases.file("hubin.officer1", officers, FACTS, "10000");
        cases.readyToDecide("hubin.officer1", officers, id, fine);
        Api.Response decided = cases.decide("hubin.officer1", id, fine, "[\"C2\"]", null);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }

    @Test
    void aDecisionRecordingNoCircumstancesIsHeldToTheGeneralLevel() {
        // No circumstance recorded is the GENERAL level, as the recommendation shows it: 30,000–35,000 here. Recording
        // none must not take 45,000 past the reason and the review (行政处罚法第三十四条; LAW.md §7).
        String fine = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 45000}]";
        String id = cases.file("hubin.officer1", officers, FACTS, "10000");
        cases.readyToDecide("hubin.officer1", officers, id, fine);

        Api.Response noReason = cases.decide("hubin.officer1", id, fine, "[]", null);
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(DiscretionApiIntegrationTests.fields(noReason)).containsExactly("discretionNote");
        assertThat(noReason.body()).contains("45000").contains("30000").contains("35000");

        String note = "当事人多次收费且拒不改正，虽未记录从重情节，仍按较重幅度处罚。";
        Api.Response unreviewed = cases.decide("hubin.officer1", id, fine, "[]", note);
        assertThat(unreviewed.status()).as(unreviewed.body()).isEqualTo(409);
        assertThat(unreviewed.text("type")).endsWith("/review-required");
        assertThat(unreviewed.text("detail")).contains("超出裁量基准的推荐幅度");

        // The review's proposal without circumstances is held to the same level.
        Api.Response bare = api.post("/api/cases/" + id + "/reviews", "hubin.officer1", """
                {"explanation": "拟按较重幅度处罚，特送法制审核。", "proposedDecision": {"penalties": %s, "basis": "%s",
                 "circumstances": []}}""".formatted(fine, DiscretionCases.SHTT_BASIS));
        assertThat(bare.status()).as(bare.body()).isEqualTo(400);
        assertThat(DiscretionApiIntegrationTests.fields(bare)).containsExactly("proposedDecision.discretionNote");

        // Inside the general range: neither reason nor review, circumstances empty or left out.
        String inside = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 32000}]";
        String other = cases.file("hubin.officer1", officers, FACTS, "10000");
        cases.readyToDecide("hubin.officer1", officers, other, inside);
        Api.Response decided = cases.decide("hubin.officer1", other, inside, "[]", null);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
    }

    @Test
    void aPenaltyKindTheLevelDoesNotListIsADepartureAndAnUnknownCircumstanceIsRefused() {
        // SUSPENSION (限期停止活动) belongs to the SERIOUS level, not to the GENERAL one C2 leads to.
        String penalties = "[{\"kind\": \"SUSPENSION\"}, {\"kind\": \"FINE\", \"amount\": 30000}]";
        String id = cases.file("hubin.officer1", officers, FACTS, "10000");
        cases.readyToDecide("hubin.officer1", officers, id, penalties);
        Api.Response r = cases.decide("hubin.officer1", id, penalties, "[\"C2\"]", null);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(DiscretionApiIntegrationTests.fields(r)).containsExactly("discretionNote");
        Api.Response unknown = cases.decide("hubin.officer1", id, penalties, "[\"C2\", \"C42\"]", "理由");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(DiscretionApiIntegrationTests.fields(unknown)).containsExactly("circumstances");
        assertThat(unknown.body()).contains("C42");
    }
}
