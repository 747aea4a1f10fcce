package org.mingjing.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingjing.review.ReviewCases.BASIS;
import static org.mingjing.review.ReviewCases.CHECKS_OK;
import static org.mingjing.review.ReviewCases.ok;
import static org.mingjing.review.ReviewCases.refused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.calendar.PeriodUnit;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The Legal review section of the API contract (seed §二(三), 行政处罚法第五十八条; LAW.md §3): a review round with
 * problems, the answer and resubmission, the approval, and the decision gate that holds until the latest review
 * passed exactly the decision made; who may review; what the packet must hold; coordination of a disagreement.
 */
@IntegrationTest
class ReviewApiIntegrationTests {

    static final String MAJOR_FINE = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 50000}]";
    static final String MINOR_FINE = "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 30000}]";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatutoryCalendar calendar;
    Api api;
    ReviewCases cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new ReviewCases(api);
    }

    @Test
    void aRoundWithProblemsIsAnsweredResubmittedAndApprovedAndOnlyThenTheDecisionPasses() {
        String id = cases.readyForReview(MAJOR_FINE);
        JsonNode requirement = cases.requirement(id);
        assertThat(requirement.get("required").asBoolean()).isTrue();
        assertThat(ReviewCases.descriptions(requirement)).contains("拟作出5万元以上罚款决定的");

        refused(cases.decide(id, MAJOR_FINE, BASIS), 409, "review-required");

        Api.Response submitted = cases.submit(id, MAJOR_FINE, BASIS);
        ok(submitted);
        String review = submitted.text("id");
        assertThat(submitted.text("status")).isEqualTo("PENDING");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.parse(submitted.text("dueOn")))
                .as("five working days of the statutory calendar, never plain weekdays")
                .isEqualTo(calendar.deadline(today, 5, PeriodUnit.WORKING_DAYS).deadline())
                .isEqualTo(workingDaysAfter(today, 5));

        assertThat(queue("hubin.reviewer", "PENDING")).contains(review);
        refused(cases.decide(id, MAJOR_FINE, BASIS), 409, "review-required");

        // The handling officer, the head and an officer not on the case are not reviewers.
        refused(cases.opinion(review, "hubin.officer1", "APPROVED", CHECKS_OK, List.of()), 403, null);
        refused(cases.opinion(review, "hubin.head", "APPROVED", CHECKS_OK, List.of()), 403, null);
        refused(cases.opinion(review, "hubin.officer3", "APPROVED", CHECKS_OK, List.of()), 403, null);

        Api.Response returned = cases.opinion(review, "hubin.reviewer", "PROBLEMS_FOUND",
                ReviewCases.checksWithProblem("FACTS_EVIDENCE", "违法所得的认定仅有当事人陈述，缺少财务凭证。"),
                List.of("违法所得数额缺少财务凭证佐证。", "拟处罚款的裁量理由未写明。"));
        ok(returned);
        assertThat(returned.text("status")).isEqualTo("RETURNED");
        assertThat(returned.text("number")).matches(".+法审〔\\d{4}〕\\d+号");
        String firstOpinion = returned.text("documentId");
        String pdf = pdfText(api.download("/api/documents/" + firstOpinion + "/pdf", "hubin.officer1").body());
        assertThat(pdf).contains("重大执法决定法制审核意见书").contains("存在问题").contains("缺少财务凭证佐证");
        assertThat(queue("hubin.officer1", "RETURNED")).contains(review);
        refused(cases.decide(id, MAJOR_FINE, BASIS), 409, "review-required");

        // Only a returned review is answered; the answers match the problems one for one.
        refused(api.post("/api/reviews/" + review + "/resubmissions", "hubin.officer1", """
                {"response": "已补充。", "answers": ["已补充。"], "proposedDecision": %s}"""
                .formatted(ReviewCases.proposal(MAJOR_FINE, BASIS))), 400, null);
        String amendedBasis = BASIS + "；《河南省民政行政处罚裁量基准》社会团体类第3项";
        Api.Response resubmitted = api.post("/api/reviews/" + review + "/resubmissions", "hubin.officer1", """
                {"response": "已按审核意见补正。", "answers": ["已调取培训收费收据三张，附卷。", "已在决定中写明裁量理由。"],
                 "proposedDecision": %s}""".formatted(ReviewCases.proposal(MAJOR_FINE, amendedBasis)));
        ok(resubmitted);
        assertThat(resubmitted.text("status")).isEqualTo("PENDING");
        assertThat(resubmitted.json().get("round").asInt()).isEqualTo(2);
        refused(api.post("/api/reviews/" + review + "/resubmissions", "hubin.officer1", """
                {"response": "再次报送。", "proposedDecision": %s}""".formatted(ReviewCases.proposal(MAJOR_FINE,
                amendedBasis))), 409, "review-not-returned");

        ok(cases.approve(review));
        assertThat(queue("hubin.head", "APPROVED")).contains(review);

        // The approval covers exactly the decision reviewed: the first round's basis is not it, nor the fine alone.
        refused(cases.decide(id, MAJOR_FINE, BASIS), 409, "review-required");
        refused(cases.decide(id, "[{\"kind\": \"FINE\", \"amount\": 50000}]", amendedBasis), 409,
                "review-required");
        refused(cases.decide(id, "[{\"kind\": \"WARNING\"}, {\"kind\": \"FINE\", \"amount\": 40000}]",
                amendedBasis), 409, "review-required");
        refused(cases.decide(id, MAJOR_FINE, amendedBasis), 409, "deliberation-required");
        cases.deliberate(id);
        Api.Response decided = cases.post(id, "decision", """
                {"decidedOn": "2026-09-25", "type": "PENALTY", "penalties": [{"kind": "FINE", "amount": 50000.00},
                 {"kind": "WARNING"}], "basis": "%s", "circumstances": ["C2"],
                 "discretionNote": "当事人违法所得较高，按裁量基准从重。"}""".formatted(amendedBasis));
        ok(decided);

        // Every round is kept, in the review and in the case's full-process record.
        JsonNode detail = api.get("/api/reviews/" + review, "hubin.head").json();
        assertThat(detail.get("rounds").valueStream().map(r -> r.get("kind").asString()).toList()).containsExactly(
                "REVIEW_SUBMISSION", "REVIEW_OPINION", "REVIEW_RESUBMISSION", "REVIEW_OPINION");
        assertThat(detail.get("documents").size()).isEqualTo(2);
        JsonNode ledger = api.get("/api/cases/" + id + "/ledger", "hubin.officer1").json();
        List<String> actions = ledger.valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).contains("REVIEW_SUBMISSION", "REVIEW_OPINION", "REVIEW_RESUBMISSION");
        JsonNode verified = api.get("/api/cases/" + id + "/ledger/verify", "hubin.officer1").json();
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
        JsonNode documents = api.get("/api/cases/" + id + "/documents", "hubin.officer1").json();
        assertThat(documents.valueStream().filter(d -> d.get("kind").asString().equals("LEGAL_REVIEW_OPINION")))
                .hasSize(2);
    }

    @Test
    void aDecisionThatIsNotMajorNeedsNoReviewAndAChangedOneNeedsANewReview() {
        String minor = cases.readyForReview(MINOR_FINE);
        assertThat(cases.requirement(minor).get("required").asBoolean()).isFalse();
        ok(cases.decide(minor, MINOR_FINE, BASIS));

        // Approved for a warning alone (flagged as major by the officer), then decided with a fine as well.
        String id = cases.readyForReview(MINOR_FINE);
        ok(cases.post(id, "major-flags", """
                {"trigger": "SOCIAL_IMPACT", "reason": "该协会会员逾千人，处罚可能引发群体性上访。"}"""));
        String warning = "[{\"kind\": \"WARNING\"}]";
        Api.Response submitted = cases.submit(id, warning, BASIS);
        ok(submitted);
        refused(cases.submit(id, warning, BASIS), 409, "review-open");
        ok(cases.approve(submitted.text("id")));
        refused(cases.decide(id, MINOR_FINE, BASIS), 409, "review-required");
        Api.Response second = cases.submit(id, MINOR_FINE, BASIS);
        ok(second);
        refused(cases.decide(id, warning, BASIS), 409, "review-required");
        ok(cases.approve(second.text("id")));
        ok(cases.decide(id, MINOR_FINE, BASIS));
        refused(cases.submit(id, MINOR_FINE, BASIS), 409, "already-decided");
    }

    @Test
    void theReviewerMustBeIndependentOfTheCaseQualifiedAndOfTheAgency() {
        String reviewerOfficer = api.get("/api/me", "hubin.reviewer").text("officerId");
        String id = cases.readyForReview(MAJOR_FINE);
        String review = cases.submit(id, MAJOR_FINE, BASIS).text("id");

        // Another agency does not see the review at all.
        assertThat(api.get("/api/reviews/" + review, "lingbao.officer1").status()).isEqualTo(404);
        refused(cases.opinion(review, "lingbao.officer1", "APPROVED", CHECKS_OK, List.of()), 404, null);
        assertThat(queue("lingbao.officer1", null)).doesNotContain(review);
        assertThat(api.get("/api/reviews", "sysadmin").status()).isEqualTo(403);
        assertThat(queue("city.supervisor", "PENDING")).contains(review);

        // A reviewer named in the case's records took part in handling it.
        String onCase = cases.readyForReview(MAJOR_FINE);
        jdbc.sql("UPDATE case_step SET data = REPLACE(data, :officer, :reviewer) WHERE case_id = :case AND kind = 'RECORD'")
                .param("officer", cases.officer2).param("reviewer", reviewerOfficer).param("case", onCase).update();
        String dependent = cases.submit(onCase, MAJOR_FINE, BASIS).text("id");
        Api.Response refusal = cases.opinion(dependent, "hubin.reviewer", "APPROVED", CHECKS_OK, List.of());
        refused(refusal, 403, null);
        assertThat(refusal.text("detail")).contains("参与了本案的办理");

        // A first-time reviewer since 2021-07-15 without the legal-profession qualification (Art. 58(2)).
        java.util.Map<String, Object> original = jdbc.sql("SELECT legal_qualification_number AS q,"
                + " review_started_on AS s FROM officer WHERE id = :id").param("id", reviewerOfficer).query()
                .singleRow();
        jdbc.sql("UPDATE officer SET legal_qualification_number = NULL, review_started_on = DATE '2023-03-01'"
                + " WHERE id = :id").param("id", reviewerOfficer).update();
        try {
            refused(cases.opinion(review, "hubin.reviewer", "APPROVED", CHECKS_OK, List.of()), 409,
                    "reviewer-unqualified");
        } finally {
            jdbc.sql("UPDATE officer SET legal_qualification_number = :q, review_started_on = :s WHERE id = :id")
                    .param("q", original.get("q")).param("s", original.get("s")).param("id", reviewerOfficer)
                    .update();
        }

        // A suspended reviewer is no reviewer.
        jdbc.sql("UPDATE officer SET status = 'SUSPENDED' WHERE id = :id").param("id", reviewerOfficer).update();
        try {
            Api.Response suspended = cases.opinion(review, "hubin.reviewer", "APPROVED", CHECKS_OK, List.of());
            refused(suspended, 403, null);
            assertThat(suspended.text("detail")).contains("在岗的法制审核人员");
        } finally {
            jdbc.sql("UPDATE officer SET status = 'ACTIVE' WHERE id = :id").param("id", reviewerOfficer).update();
        }

        // A reviewer who stands aside may not give the opinion.
        ok(api.post("/api/reviews/" + review + "/recusals", "hubin.reviewer",
                "{\"reason\": \"本人与当事人法定代表人系近亲属。\"}"));
        refused(api.post("/api/reviews/" + review + "/recusals", "hubin.reviewer", "{\"reason\": \"再次\"}"), 409,
                "already-recused");
        Api.Response recused = cases.opinion(review, "hubin.reviewer", "APPROVED", CHECKS_OK, List.of());
        refused(recused, 403, null);
        assertThat(recused.text("detail")).contains("回避");
        JsonNode detail = api.get("/api/reviews/" + review, "hubin.reviewer").json();
        assertThat(detail.get("mayGiveOpinion").asBoolean()).isFalse();
    }

    @Test
    void theOpinionCoversTheFiveAreasAndSaysWhatIsWrong() {
        String id = cases.readyForReview(MAJOR_FINE);
        String review = cases.submit(id, MAJOR_FINE, BASIS).text("id");
        String four = """
                [{"area": "QUALIFICATION", "ok": true}, {"area": "FACTS_EVIDENCE", "ok": true},
                 {"area": "LEGAL_BASIS_DISCRETION", "ok": true}, {"area": "PROCEDURE", "ok": true}]""";
        Api.Response missing = cases.opinion(review, "hubin.reviewer", "APPROVED", four, List.of());
        refused(missing, 400, null);
        assertThat(missing.body()).contains("法律、法规、规章规定的其他内容");
        refused(cases.opinion(review, "hubin.reviewer", "APPROVED",
                ReviewCases.checksWithProblem("PROCEDURE", "未告知听证权利。"), List.of()), 400, null);
        refused(cases.opinion(review, "hubin.reviewer", "APPROVED", CHECKS_OK, List.of("一个问题")), 400, null);
        refused(cases.opinion(review, "hubin.reviewer", "PROBLEMS_FOUND", CHECKS_OK, List.of()), 400, null);
        refused(cases.opinion(review, "hubin.reviewer", "PROBLEMS_FOUND",
                ReviewCases.checksWithProblem("PROCEDURE", ""), List.of()), 400, null);
        refused(api.post("/api/reviews/" + review + "/opinions", "hubin.reviewer", "{\"verdict\": \"MAYBE\"}"), 400,
                null);
        refused(api.post("/api/reviews/" + review + "/opinions", "hubin.reviewer", "not json"), 400, null);
        refused(api.get("/api/reviews?status=DONE", "hubin.reviewer"), 400, null);
        assertThat(api.get("/api/reviews/" + review, "hubin.reviewer").text("status"))
                .as("nothing changed by the refused opinions").isEqualTo("PENDING");
        assertThat(api.get("/api/reviews/" + review, "hubin.reviewer").json().get("rounds").size()).isEqualTo(1);
        refused(api.get("/api/reviews/nope", "hubin.reviewer"), 404, null);
    }

    @Test
    void thePacketIsCompleteBeforeItReachesAReviewer() {
        String id = cases.shtt30();
        refused(cases.submit(id, MAJOR_FINE, BASIS), 409, "review-packet-incomplete");
        cases.record(id);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ok(cases.post(id, "notice", """
                {"servedOn": "%s", "proposedDecision": {"penalties": %s, "basis": "%s"}}"""
                .formatted(today, MAJOR_FINE, BASIS)));
        Api.Response early = cases.submit(id, MAJOR_FINE, BASIS);
        refused(early, 409, "review-packet-incomplete");
        assertThat(early.text("detail")).contains("陈述申辩");
        ok(cases.post(id, "statements", "{\"waived\": true, \"receivedOn\": \"" + today + "\"}"));
        refused(cases.submit(id, "[{\"kind\": \"FINE\", \"amount\": 900000}]", BASIS), 409, "fine-outside-statute");
        refused(api.post("/api/cases/" + id + "/reviews", "hubin.officer1", "{\"explanation\": \"\"}"), 400, null);
        refused(api.post("/api/cases/" + id + "/reviews", "hubin.officer3", """
                {"explanation": "送审", "proposedDecision": %s}""".formatted(ReviewCases.proposal(MAJOR_FINE, BASIS))),
                403, null);
        Api.Response submitted = cases.submit(id, MAJOR_FINE, BASIS);
        ok(submitted);
        JsonNode submission = api.get("/api/reviews/" + submitted.text("id"), "hubin.officer1").json().get("rounds")
                .get(0).get("data");
        assertThat(submission.get("responsibility").asString()).contains("真实性、准确性、完整性");
        assertThat(submission.get("packet").valueStream().map(p -> p.get("item").asString()).toList())
                .contains("EVIDENCE", "NOTICE", "STATEMENT", "HEARING_RECORD", "DELIBERATION_MINUTES");
    }

    @Test
    void aDisagreementGoesToCoordinationAndItsOutcomeIsRecorded() {
        String id = cases.readyForReview(MAJOR_FINE);
        String review = cases.submit(id, MAJOR_FINE, BASIS).text("id");
        ok(api.post("/api/reviews/" + review + "/opinions", "hubin.reviewer", """
                {"verdict": "PROBLEMS_FOUND", "checks": [{"area": "QUALIFICATION", "ok": true},
                 {"area": "FACTS_EVIDENCE", "ok": true}, {"area": "LEGAL_BASIS_DISCRETION", "ok": false},
                 {"area": "PROCEDURE", "ok": true}, {"area": "OTHER", "ok": true}],
                 "problems": [{"area": "LEGAL_BASIS_DISCRETION", "description": "罚款顶格，按裁量基准应处3万元至4万元罚款。"}]}"""));
        assertThat(api.get("/api/reviews/" + review, "hubin.officer1").json().get("rounds").get(1).get("data")
                .get("problems").get(0).asString()).isEqualTo("罚款顶格，按裁量基准应处3万元至4万元罚款。");
        refused(api.post("/api/reviews/" + review + "/coordinations", "hubin.head", """
                {"method": "HEAD", "outcome": "PROPOSAL_STANDS", "conclusion": "x"}"""), 409, "review-not-coordinating");
        ok(api.post("/api/reviews/" + review + "/escalations", "hubin.officer1",
                "{\"reason\": \"当事人拒不改正且已第二次违法，顶格处罚有裁量基准C4项依据。\"}"));
        assertThat(queue("hubin.head", "COORDINATING")).contains(review);
        refused(api.post("/api/reviews/" + review + "/coordinations", "hubin.officer1", """
                {"method": "HEAD", "outcome": "PROPOSAL_STANDS", "conclusion": "x"}"""), 403, null);
        refused(api.post("/api/reviews/" + review + "/coordinations", "hubin.head", """
                {"method": "COLLECTIVE_DELIBERATION", "outcome": "PROPOSAL_STANDS", "conclusion": "维持"}"""), 400,
                null);
        Api.Response coordinated = api.post("/api/reviews/" + review + "/coordinations", "hubin.head", """
                {"method": "COLLECTIVE_DELIBERATION", "outcome": "PROPOSAL_STANDS",
                 "participants": "局长、分管副局长、政策法规科科长",
                 "conclusion": "经集体讨论，当事人系再次违法，维持承办机构拟处罚款5万元的意见。"}""");
        ok(coordinated);
        assertThat(coordinated.text("status")).isEqualTo("APPROVED");
        assertThat(api.get("/api/reviews/" + review, "hubin.head").text("approvedVia")).isEqualTo("COORDINATION");
        cases.deliberate(id);
        ok(cases.decide(id, MAJOR_FINE, BASIS));
        JsonNode ledger = api.get("/api/cases/" + id + "/ledger", "hubin.officer1").json();
        assertThat(ledger.valueStream().map(e -> e.get("action").asString()).toList())
                .contains("REVIEW_ESCALATION", "REVIEW_COORDINATION");
    }

    @Test
    void theTimeLimitIsTheAgencysSettingInWorkingDays() {
        String hubin = api.get("/api/me", "hubin.head").text("agencyId");
        assertThat(api.get("/api/agencies/" + hubin + "/review-settings", "hubin.reviewer").json()
                .get("timeLimitDays").asInt()).isEqualTo(5);
        refused(api.put("/api/agencies/" + hubin + "/review-settings", "hubin.officer1", "{\"timeLimitDays\": 3}"),
                403, null);
        refused(api.put("/api/agencies/" + hubin + "/review-settings", "hubin.head", "{\"timeLimitDays\": 0}"), 400,
                null);
        ok(api.put("/api/agencies/" + hubin + "/review-settings", "hubin.head", "{\"timeLimitDays\": 10}"));
        try {
            String id = cases.readyForReview(MAJOR_FINE);
            Api.Response submitted = cases.submit(id, MAJOR_FINE, BASIS);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertThat(LocalDate.parse(submitted.text("dueOn"))).isEqualTo(workingDaysAfter(today, 10));
            jdbc.sql("UPDATE legal_review SET due_on = DATE '2026-01-05' WHERE id = :id")
                    .param("id", submitted.text("id")).update();
            JsonNode item = api.get("/api/reviews?status=PENDING&size=100", "hubin.head").json().get("items")
                    .valueStream().filter(r -> r.get("id").asString().equals(submitted.text("id"))).findFirst()
                    .orElseThrow();
            assertThat(item.get("overdue").asBoolean()).isTrue();
        } finally {
            ok(api.put("/api/agencies/" + hubin + "/review-settings", "hubin.head", "{\"timeLimitDays\": 5}"));
        }
    }

    List<String> queue(String user, String status) {
        Api.Response r = api.get("/api/reviews?size=200" + (status == null ? "" : "&status=" + status), user);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items").valueStream().map(x -> x.get("id").asString()).toList();
    }

    /** Counted independently of the product: the working days of the official calendar data, one by one. */
    LocalDate workingDaysAfter(LocalDate from, int n) {
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            String kind = jdbc.sql("SELECT kind FROM calendar_day WHERE calendar_date = :d").param("d", d)
                    .query(String.class).optional().orElse(null);
            boolean isWorking = kind != null ? kind.equals("WORK") : d.getDayOfWeek().getValue() < 6;
            if (isWorking) {
                counted++;
            }
        }
        return d;
    }

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
