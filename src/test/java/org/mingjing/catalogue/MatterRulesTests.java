package org.mingjing.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.calendar.PeriodRule;
import org.mingjing.shared.FieldProblem;

/** The checks of {@link MatterRules}: what a matter and its discretion standard must satisfy. */
class MatterRulesTests {

    static MatterDraft penalty(List<String> kinds, List<MatterDraft.FineBoundDraft> bounds) {
        return new MatterDraft("MZ-CF-BZ-18", "ADMINISTRATIVE_PENALTY", "对未经批准擅自兴建殡葬设施的行政处罚",
                List.of("《殡葬管理条例》第十八条"), "立案、调查、决定", null, null, "PENALTY_DECISION", "不收费", "民政局",
                "民政局", "未经批准擅自兴建殡葬设施", "", List.of("立案", "调查取证", "决定"), kinds, bounds,
                List.of("INVESTIGATION", "HEARING"), null, null);
    }

    static Matter bz18() {
        MatterRules.Checked<Matter> c = MatterRules.matter(penalty(List.of("OTHER", "CONFISCATION", "FINE"),
                List.of(new MatterDraft.FineBoundDraft("ILLEGAL_INCOME", BigDecimal.ONE, new BigDecimal("3")))),
                "m1", "a1", 0, null);
        assertThat(c.problems()).isEmpty();
        return c.value();
    }

    @Test
    void aPeriodRuleFillsTheStatutoryTimeLimit() {
        Matter m = bz18();
        assertThat(m.timeLimitRule()).isEqualTo(PeriodRule.PENALTY_DECISION);
        assertThat(m.timeLimitDays()).isEqualTo(90);
        assertThat(m.avStages()).containsExactlyInAnyOrder(AvStage.INVESTIGATION, AvStage.HEARING);
    }

    @Test
    void aFineNeedsItsStatutoryRangeAndOnlyPenaltiesHaveKinds() {
        List<FieldProblem> problems = MatterRules.matter(penalty(List.of("FINE"), List.of()), "m", "a", 0, 7)
                .problems();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("fineBounds");
        assertThat(problems.get(0).row()).isEqualTo(7);

        MatterDraft licensing = new MatterDraft("MZ-XK-1", "ADMINISTRATIVE_LICENSING", "公墓审批", List.of("《殡葬管理条例》第八条"), "审查",
                20, "WORKING_DAYS", null, "不收费", "局", "局", "条件", "", List.of("申请", "决定"), List.of("WARNING"),
                List.of(), List.of(), null, null);
        assertThat(MatterRules.matter(licensing, "m", "a", 0, null).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("catalogue.validation.penalty-kinds-not-penalty");
    }

    @Test
    void aTimeLimitThatContradictsItsRuleIsRefused() {
        MatterDraft d = new MatterDraft("MZ-XK-1", "ADMINISTRATIVE_LICENSING", "公墓审批", List.of("《殡葬管理条例》第八条"),
                "审查", 30, "WORKING_DAYS", "LICENSING_DECISION", "不收费", "局", "局", "条件", "", List.of("申请"),
                List.of(), List.of(), List.of("SOMEWHERE"), null, null);
        assertThat(MatterRules.matter(d, "m", "a", 0, null).problems()).extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder("catalogue.validation.time-limit-mismatch",
                        "catalogue.validation.av-stage");
    }

    /** 行政处罚法 Art. 34: a discretion standard stays within the statute's kinds and ranges. */
    @Test
    void aStandardStaysWithinTheStatutesKindsAndRange() {
        Matter m = bz18();
        DiscretionDraft inside = new DiscretionDraft("GENERAL", "一般",
                List.of(new DiscretionDraft.CircumstanceDraft("C1", "初次违法")), List.of("FINE", "CONFISCATION"),
                "ILLEGAL_INCOME", BigDecimal.ONE, new BigDecimal("1.5"), "没收违法所得并处罚款");
        assertThat(MatterRules.discretion(m, List.of(inside)).problems()).isEmpty();

        DiscretionDraft above = new DiscretionDraft("SERIOUS", "较重",
                List.of(new DiscretionDraft.CircumstanceDraft("C2", "拒不改正")), List.of("FINE"), "ILLEGAL_INCOME",
                new BigDecimal("2.5"), new BigDecimal("3.01"), "罚款");
        assertThat(MatterRules.discretion(m, List.of(inside, above)).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("catalogue.validation.fine-outside-statute");

        DiscretionDraft fixed = new DiscretionDraft("SERIOUS", "较重",
                List.of(new DiscretionDraft.CircumstanceDraft("C2", "拒不改正")), List.of("FINE"), "FIXED",
                new BigDecimal("1000"), new BigDecimal("2000"), "罚款");
        assertThat(MatterRules.discretion(m, List.of(fixed)).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("catalogue.validation.fine-basis-not-in-statute");

        DiscretionDraft revoke = new DiscretionDraft("SEVERE", "严重",
                List.of(new DiscretionDraft.CircumstanceDraft("C1", "重复代码")), List.of("REVOCATION"), null, null,
                null, "撤销");
        assertThat(MatterRules.discretion(m, List.of(inside, revoke)).problems()).extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder("catalogue.validation.circumstance-twice",
                        "catalogue.validation.penalty-not-allowed");

        DiscretionDraft fineWithoutRange = new DiscretionDraft("MINOR", "轻微",
                List.of(new DiscretionDraft.CircumstanceDraft("C9", "轻微")), List.of("FINE"), null, null, null, "罚款");
        assertThat(MatterRules.discretion(m, List.of(fineWithoutRange)).problems())
                .extracting(FieldProblem::messageKey).containsExactly("catalogue.validation.fine-range-required");
    }

    @Test
    void levelsAreKeptLightestFirst() {
        Matter m = bz18();
        DiscretionDraft severe = new DiscretionDraft("SEVERE", "严重",
                List.of(new DiscretionDraft.CircumstanceDraft("C2", "造成恶劣影响")), List.of("OTHER", "FINE"),
                "ILLEGAL_INCOME", new BigDecimal("2"), new BigDecimal("3"), "取缔并处罚款");
        DiscretionDraft minor = new DiscretionDraft("MINOR", "轻微",
                List.of(new DiscretionDraft.CircumstanceDraft("C1", "及时改正")), List.of(), null, null, null,
                "不予处罚");
        assertThat(MatterRules.discretion(m, List.of(severe, minor)).value()).extracting(DiscretionLevel::level)
                .containsExactly(CircumstanceLevel.MINOR, CircumstanceLevel.SEVERE);
    }

    @Test
    void aFlowChartHasABoxPerStepAndEscapesItsText() {
        String svg = FlowChart.svg(List.of("受理", "审查", "<决定>"), "公墓 & 审批");
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<rect", -1)).hasSize(4);
        assertThat(svg.split("<line", -1)).hasSize(3);
        assertThat(svg).contains("3. &lt;决定&gt;", "公墓 &amp; 审批").doesNotContain("<决定>");
    }
}
