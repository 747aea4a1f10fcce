package org.mingjing.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingjing.review.ReviewCases.ok;
import static org.mingjing.review.ReviewCases.refused;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingjing.testsupport.Api;
import org.mingjing.testsupport.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/cases/{id}/review-requirement} for every trigger: each line of 湖滨区民政局's review catalogue that a
 * penalty case can meet, on the decision the prior notice proposes; a hearing held (Art. 58(1)(iii)); the officers'
 * flags for the other statutory triggers, which only the head withdraws; and nothing for a decision none of them
 * covers.
 */
@IntegrationTest
class ReviewTriggersIntegrationTests {

    @LocalServerPort
    int port;
    Api api;
    ReviewCases cases;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        cases = new ReviewCases(api);
    }

    JsonNode noticed(String matterCode, String income, String penalties) {
        String id = cases.file(matterCode, income, List.of(cases.officer1, cases.officer2));
        cases.record(id);
        cases.notice(id, penalties);
        return cases.requirement(id);
    }

    static void majorBy(JsonNode requirement, String description) {
        assertThat(requirement.get("required").asBoolean()).as(requirement.toString()).isTrue();
        assertThat(ReviewCases.descriptions(requirement)).contains(description);
    }

    static void notMajor(JsonNode requirement) {
        assertThat(requirement.get("required").asBoolean()).as(requirement.toString()).isFalse();
        assertThat(requirement.get("reasons").size()).isZero();
    }

    @Test
    void eachLineOfTheCatalogueAPenaltyCanMeet() {
        majorBy(noticed("MZ-CF-SHTT-30", "10000", "[{\"kind\": \"REVOCATION\"}]"),
                "拟作出撤销登记、吊销登记证书或者吊销公开募捐资格证书决定的");
        // 违法所得 15,000: the standard's general level (the notice records no circumstance) recommends 45,000–52,500,
        // so on either side of the catalogue's 50,000 only the catalogue line decides.
        majorBy(noticed("MZ-CF-SHTT-30", "15000", "[{\"kind\": \"FINE\", \"amount\": 50000}]"), "拟作出5万元以上罚款决定的");
        notMajor(noticed("MZ-CF-SHTT-30", "15000", "[{\"kind\": \"FINE\", \"amount\": 49999.99}]"));
        majorBy(noticed("MZ-CF-SHTT-30", "60000", "[{\"kind\": \"CONFISCATION\", \"amount\": 60000}]"),
                "拟没收违法所得、非法财物或者非法财产价值5万元以上的");
        notMajor(noticed("MZ-CF-SHTT-30", "40000", "[{\"kind\": \"CONFISCATION\", \"amount\": 40000}]"));
        majorBy(noticed("MZ-CF-SHTT-30", "10000", "[{\"kind\": \"SUSPENSION\"}]"),
                "拟责令限期停止活动、责令停止活动或者责令停业整顿的");
        majorBy(noticed("MZ-CF-SHTT-30", "10000", "[{\"kind\": \"OTHER\"}]"),
                "拟对非法社会组织予以取缔，或者责令撤换社会组织直接负责的主管人员的");
        notMajor(noticed("MZ-CF-BZ-18", "10000", "[{\"kind\": \"OTHER\"}]"));
        notMajor(noticed("MZ-CF-SHTT-30", "10000", "[{\"kind\": \"WARNING\"}]"));
    }

    @Test
    void aHearingHeldMakesTheDecisionMajorByStatuteAndByCatalogue() {
        String id = cases.shtt30();
        cases.record(id);
        cases.notice(id, "[{\"kind\": \"SUSPENSION\"}]");
        ok(cases.post(id, "statements", """
                {"receivedOn": "2026-09-11", "content": "要求听证。", "hearingRequested": true}"""));
        JsonNode before = cases.requirement(id);
        assertThat(ReviewCases.codes(before)).doesNotContain("AFTER_HEARING");
        assertThat(ReviewCases.descriptions(before)).doesNotContain("经过听证程序作出行政处罚决定的");
        ok(cases.post(id, "hearings", """
                {"noticeServedOn": "2026-09-11", "heldOn": "2026-09-22", "place": "本局会议室",
                 "presidingOfficerId": "%s", "record": "听证笔录：当事人对事实无异议，请求从轻。"}""".formatted(cases.officer3)));
        JsonNode requirement = cases.requirement(id);
        assertThat(ReviewCases.codes(requirement)).contains("AFTER_HEARING", "CATALOGUE");
        assertThat(requirement.get("reasons").get(0).get("article").asString()).contains("第五十八条");
        majorBy(requirement, "经过听证程序作出行政处罚决定的");
        // C4 (serious level) is the circumstance a suspension is recommended for: the hearing alone asks the review.
        refused(cases.decide(id, "[{\"kind\": \"SUSPENSION\"}]", ReviewCases.BASIS, "[\"C4\"]"), 409,
                "review-required");
    }

    @Test
    void theOfficersFlagTheTriggersOnlyTheyCanJudgeAndOnlyTheHeadWithdrawsAFlag() {
        String id = cases.readyForReview("[{\"kind\": \"WARNING\"}]");
        notMajor(cases.requirement(id));
        for (String trigger : List.of("PUBLIC_INTEREST", "SOCIAL_IMPACT", "MAJOR_RIGHTS", "COMPLEX_FACTS")) {
            ok(cases.post(id, "major-flags", """
                    {"trigger": "%s", "reason": "承办人员认定：%s"}""".formatted(trigger, trigger)));
        }
        refused(cases.post(id, "major-flags", "{\"trigger\": \"AFTER_HEARING\", \"reason\": \"x\"}"), 400, null);
        refused(cases.post(id, "major-flags", "{\"trigger\": \"SOCIAL_IMPACT\", \"reason\": \" \"}"), 400, null);
        refused(cases.post(id, "major-flags", "{\"trigger\": \"NOTHING\", \"reason\": \"x\"}"), 400, null);
        refused(api.post("/api/cases/" + id + "/major-flags", "hubin.reviewer",
                "{\"trigger\": \"SOCIAL_IMPACT\", \"reason\": \"x\"}"), 403, null);
        refused(api.post("/api/cases/" + id + "/major-flags", "lingbao.officer1",
                "{\"trigger\": \"SOCIAL_IMPACT\", \"reason\": \"x\"}"), 404, null);
        JsonNode requirement = cases.requirement(id);
        assertThat(ReviewCases.codes(requirement)).containsExactlyInAnyOrder("PUBLIC_INTEREST", "SOCIAL_IMPACT",
                "MAJOR_RIGHTS", "COMPLEX_FACTS");
        refused(cases.decide(id, "[{\"kind\": \"WARNING\"}]", ReviewCases.BASIS), 409, "review-required");

        for (JsonNode reason : requirement.get("reasons")) {
            String flag = reason.get("flagId").asString();
            refused(api.delete("/api/cases/" + id + "/major-flags/" + flag + "?reason=x", "hubin.officer1"), 403,
                    null);
            refused(api.delete("/api/cases/" + id + "/major-flags/" + flag, "hubin.head"), 400, null);
            ok(api.delete("/api/cases/" + id + "/major-flags/" + flag + "?reason="
                    + Api.q("经局务会研究，本案不属于重大执法决定。"), "hubin.head"));
        }
        notMajor(cases.requirement(id));
        JsonNode ledger = api.get("/api/cases/" + id + "/ledger", "hubin.officer1").json();
        assertThat(ledger.valueStream().filter(e -> e.get("action").asString().startsWith("MAJOR_FLAG"))).hasSize(8);
        ok(cases.decide(id, "[{\"kind\": \"WARNING\"}]", ReviewCases.BASIS));
    }
}
