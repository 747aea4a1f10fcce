package org.mingjing.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * The review outcomes count opinions by what their stored text holds: the text an opinion is stored as (the case
 * step's JSON) must match the patterns of its verdict and of each area found wanting, and no other.
 */
class ReviewOutcomesTests {

    static boolean like(String text, String pattern) {
        String regex = java.util.regex.Pattern.quote(pattern).replace("%", "\\E.*\\Q");
        return text.matches("(?s)" + regex);
    }

    @Test
    void anOpinionsTextMatchesItsVerdictAndTheAreasFoundWanting() {
        ReviewSteps.Opinion o = new ReviewSteps.Opinion("r1", 2, "o1", "韩超", Verdict.PROBLEMS_FOUND,
                List.of(new ReviewSteps.Check(ReviewArea.QUALIFICATION, true, "无异议"),
                        new ReviewSteps.Check(ReviewArea.FACTS_EVIDENCE, false, "证据不足"),
                        new ReviewSteps.Check(ReviewArea.PROCEDURE, false, "\"ok\":false")),
                List.of("证据不足"), "存在问题");
        String text = JsonMapper.builder().build().writeValueAsString(o);
        assertThat(like(text, ReviewOutcomes.verdictPattern(Verdict.PROBLEMS_FOUND))).isTrue();
        assertThat(like(text, ReviewOutcomes.verdictPattern(Verdict.APPROVED))).isFalse();
        assertThat(like(text, ReviewOutcomes.problemPattern(ReviewArea.FACTS_EVIDENCE))).isTrue();
        assertThat(like(text, ReviewOutcomes.problemPattern(ReviewArea.PROCEDURE))).isTrue();
        assertThat(like(text, ReviewOutcomes.problemPattern(ReviewArea.QUALIFICATION))).isFalse();
        assertThat(like(text, ReviewOutcomes.problemPattern(ReviewArea.LEGAL_BASIS_DISCRETION))).isFalse();
    }
}
