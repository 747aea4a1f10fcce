package org.mingjing.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.catalogue.ReviewRule;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every line of the demo review catalogue (重大执法决定法制审核目录清单, seed §二(三)2) against a decision it covers and
 * one just outside it: the act type, the field, the penalty kind, the amount from its threshold, the hearing.
 */
class ReviewRuleMatchTests {

    static final String SOCIAL = ReviewRequirements.fieldText(matter("对社会团体违反登记管理规定行为的行政处罚",
            "社会团体登记管理条例"));
    static final String FUNERAL = ReviewRequirements.fieldText(matter("对未经批准擅自兴建殡葬设施的行政处罚", "殡葬管理条例"));

    static List<ReviewRule> demoLines() {
        try (InputStream in = ReviewRuleMatchTests.class.getResourceAsStream("/demo/catalogue.json")) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<ReviewRule> rules = new ArrayList<>();
            for (JsonNode r : root.get("reviewRules")) {
                rules.add(new ReviewRule("r" + rules.size(), "a", MatterCategory.valueOf(r.get("actType").asString()),
                        r.get("field").isNull() ? null : r.get("field").asString(),
                        r.get("penaltyKind").isNull() ? null : PenaltyKind.valueOf(r.get("penaltyKind").asString()),
                        r.get("minAmount").isNull() ? null : r.get("minAmount").decimalValue(),
                        r.get("hearingHeld").isNull() ? null : r.get("hearingHeld").asBoolean(),
                        r.get("description").asString(), 1));
            }
            return rules;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReviewRule line(String description) {
        return demoLines().stream().filter(r -> r.description().equals(description)).findFirst().orElseThrow();
    }

    static boolean covers(ReviewRule r, MatterCategory act, String field, Map<PenaltyKind, BigDecimal> penalties,
            boolean hearing) {
        Set<PenaltyKind> kinds = penalties.isEmpty() ? EnumSet.noneOf(PenaltyKind.class)
                : EnumSet.copyOf(penalties.keySet());
        Map<PenaltyKind, BigDecimal> amounts = new java.util.EnumMap<>(PenaltyKind.class);
        penalties.forEach((k, v) -> {
            if (v.signum() > 0) {
                amounts.put(k, v);
            }
        });
        return ReviewRequirements.matches(r, act, field, kinds, amounts, hearing);
    }

    static final MatterCategory PENALTY = MatterCategory.ADMINISTRATIVE_PENALTY;
    static final BigDecimal NONE = BigDecimal.ZERO;

    @Test
    void theDemoCatalogueHoldsTheLinesTheContractNames() {
        assertThat(demoLines()).hasSize(9);
    }

    @Test
    void revocation() {
        ReviewRule r = line("拟作出撤销登记、吊销登记证书或者吊销公开募捐资格证书决定的");
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.REVOCATION, NONE), false)).isTrue();
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.SUSPENSION, NONE), false)).isFalse();
    }

    @Test
    void aFineOfFiftyThousandOrMore() {
        ReviewRule r = line("拟作出5万元以上罚款决定的");
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.FINE, new BigDecimal("50000")), false)).isTrue();
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.FINE, new BigDecimal("49999.99")), false)).isFalse();
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.CONFISCATION, new BigDecimal("80000")), false))
                .as("the amount of another kind does not count").isFalse();
    }

    @Test
    void aConfiscationOfFiftyThousandOrMore() {
        ReviewRule r = line("拟没收违法所得、非法财物或者非法财产价值5万元以上的");
        assertThat(covers(r, PENALTY, FUNERAL, Map.of(PenaltyKind.CONFISCATION, new BigDecimal("50000")), false))
                .isTrue();
        assertThat(covers(r, PENALTY, FUNERAL, Map.of(PenaltyKind.CONFISCATION, new BigDecimal("49999")), false))
                .isFalse();
        assertThat(covers(r, PENALTY, FUNERAL, Map.of(PenaltyKind.FINE, new BigDecimal("90000")), false)).isFalse();
    }

    @Test
    void aSuspension() {
        ReviewRule r = line("拟责令限期停止活动、责令停止活动或者责令停业整顿的");
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.SUSPENSION, NONE), false)).isTrue();
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.WARNING, NONE), false)).isFalse();
    }

    @Test
    void aPenaltyAfterAHearing() {
        ReviewRule r = line("经过听证程序作出行政处罚决定的");
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.WARNING, NONE), true)).isTrue();
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(), true)).as("whatever the decision").isTrue();
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.WARNING, NONE), false)).isFalse();
        assertThat(covers(r, MatterCategory.ADMINISTRATIVE_LICENSING, SOCIAL, Map.of(), true)).isFalse();
    }

    @Test
    void aLicenceAfterAHearing() {
        ReviewRule r = line("经过听证程序作出行政许可决定的");
        assertThat(covers(r, MatterCategory.ADMINISTRATIVE_LICENSING, FUNERAL, Map.of(), true)).isTrue();
        assertThat(covers(r, MatterCategory.ADMINISTRATIVE_LICENSING, FUNERAL, Map.of(), false)).isFalse();
        assertThat(covers(r, PENALTY, FUNERAL, Map.of(), true)).isFalse();
    }

    @Test
    void banningOrReplacingTheHeadOfASocialOrganisationButNotOfAFuneralFacility() {
        ReviewRule r = line("拟对非法社会组织予以取缔，或者责令撤换社会组织直接负责的主管人员的");
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.OTHER, NONE), false)).isTrue();
        assertThat(covers(r, PENALTY, FUNERAL, Map.of(PenaltyKind.OTHER, NONE), false))
                .as("取缔 of an unapproved funeral facility is not in the 社会组织 field").isFalse();
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.WARNING, NONE), false)).isFalse();
    }

    @Test
    void coercionOfASocialOrganisation() {
        ReviewRule r = line("拟封存、收缴登记证书、印章和财务凭证等实施行政强制措施的");
        assertThat(covers(r, MatterCategory.ADMINISTRATIVE_COERCION, SOCIAL, Map.of(), false)).isTrue();
        assertThat(covers(r, PENALTY, SOCIAL, Map.of(PenaltyKind.WARNING, NONE), false)).isFalse();
    }

    @Test
    void approvalOfFuneralFacilities() {
        ReviewRule r = line("公墓、殡仪馆、火葬场、骨灰堂和农村公益性墓地等殡葬设施建设的审批、审核决定");
        assertThat(covers(r, MatterCategory.ADMINISTRATIVE_LICENSING, FUNERAL, Map.of(), false)).isTrue();
        assertThat(covers(r, MatterCategory.ADMINISTRATIVE_LICENSING, SOCIAL, Map.of(), false)).isFalse();
    }

    @Test
    void theFieldsOfAMatterComeFromItsNameAndStatutes() {
        assertThat(SOCIAL).contains("社会组织");
        assertThat(FUNERAL).contains("殡葬").doesNotContain("社会组织");
        assertThat(ReviewRequirements.fieldText(matter("对基金会违反规定行为的行政处罚", "基金会管理条例")))
                .contains("社会组织");
    }

    static org.mingjing.catalogue.Matter matter(String name, String law) {
        return new org.mingjing.catalogue.Matter("m", "a", "X", PENALTY, name,
                List.of(new org.mingjing.catalogue.LegalBasis(law, 1, null, null)), null, null, null, null, null, null,
                null, null, null, List.of(), List.of(), List.of(), Set.of(), null, null, 1);
    }
}
