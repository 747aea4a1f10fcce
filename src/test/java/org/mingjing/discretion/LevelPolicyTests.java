package org.mingjing.discretion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mingjing.catalogue.CircumstanceLevel;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.FineBasis;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.PenaltyKind;

/**
 * The level rule of {@link LevelPolicy} (行政处罚法第三十四条 裁量基准; 第五条 过罚相当; 第三十二条 从轻; 第三十三条 不予处罚;
 * LAW.md §7) and the fine range of {@link FineRange}, on the 社会团体 standard of the demo catalogue (MZ-CF-SHTT-30:
 * statute 3–5× the illegal income; MINOR C1, GENERAL C2 C3 at 3–3.5×, SERIOUS C4 C5 at 3.5–4.5×, SEVERE C6 C7 C8 at
 * 4.5–5×), every expectation worked out by hand.
 */
class LevelPolicyTests {

    static final List<DiscretionLevel> SHTT = List.of(
            level(CircumstanceLevel.SEVERE, "\u4e25\u91cd", List.of("C6", "C7", "C8"),
                    List.of(PenaltyKind.REVOCATION, PenaltyKind.CONFISCATION, PenaltyKind.FINE), "4.5", "5"),
            level(CircumstanceLevel.MINOR, "\u8f7b\u5fae", List.of("C1"), List.of(), null, null),
            level(CircumstanceLevel.GENERAL, "\u4e00\u822c", List.of("C2", "C3"),
                    List.of(PenaltyKind.WARNING, PenaltyKind.CONFISCATION, PenaltyKind.FINE), "3", "3.5"),
            level(CircumstanceLevel.SERIOUS, "\u8f83\u91cd", List.of("C4", "C5"),
                    List.of(PenaltyKind.WARNING, PenaltyKind.SUSPENSION, PenaltyKind.FINE), "3.5", "4.5"));

    static final FineBound STATUTE = new FineBound(FineBasis.ILLEGAL_INCOME, new BigDecimal("3"), new BigDecimal("5"));

    static DiscretionLevel level(CircumstanceLevel l, String label, List<String> codes, List<PenaltyKind> kinds,
            String min, String max) {
        return new DiscretionLevel(l, label,
                codes.stream().map(c -> new DiscretionLevel.Circumstance(c, "circumstance " + c)).toList(), kinds,
                min == null ? null : new FineBound(FineBasis.ILLEGAL_INCOME, new BigDecimal(min), new BigDecimal(max)),
                "");
    }

    static LevelPolicy.Outcome choose(String... codes) {
        return LevelPolicy.choose(SHTT, List.of(codes)).orElseThrow();
    }

    static List<String> codes(List<DiscretionLevel.Circumstance> cs) {
        return cs.stream().map(DiscretionLevel.Circumstance::code).toList();
    }

    @Test
    void withoutCircumstancesTheGeneralLevelApplies() {
        LevelPolicy.Outcome o = choose();
        assertThat(o.level().level()).isEqualTo(CircumstanceLevel.GENERAL);
        assertThat(o.defaulted()).isTrue();
    }

    @Test
    void circumstancesOfOneLevelLeadToThatLevel() {
        assertThat(choose("C4").level().level()).isEqualTo(CircumstanceLevel.SERIOUS);
        assertThat(choose("C2", "C3").level().level()).isEqualTo(CircumstanceLevel.GENERAL);
        assertThat(codes(choose("C2", "C3").decisive())).containsExactly("C2", "C3");
    }

    @Test
    @DisplayName("an aggravating circumstance is not cancelled by a mitigating one: the heaviest level, the lighter weighed in it")
    void aggravatingAndMitigatingTogetherTakeTheHeaviestLevel() {
        LevelPolicy.Outcome o = choose("C2", "C7", "C4");
        assertThat(o.level().level()).isEqualTo(CircumstanceLevel.SEVERE);
        assertThat(codes(o.decisive())).containsExactly("C7");
        assertThat(codes(o.lighter())).containsExactly("C2", "C4");
    }

    @Test
    void theMinorLevelAppliesOnlyWhenEveryCircumstanceIsMinor() {
        assertThat(choose("C1").level().level()).isEqualTo(CircumstanceLevel.MINOR);
        LevelPolicy.Outcome o = choose("C1", "C5");
        assertThat(o.level().level()).isEqualTo(CircumstanceLevel.SERIOUS);
        assertThat(codes(o.lighter())).containsExactly("C1");
    }

    @Test
    void codesCompareWithoutCaseAndBlanksAndUnknownOnesAreNamed() {
        LevelPolicy.Outcome o = choose(" c5 ", "C99", "X");
        assertThat(o.level().level()).isEqualTo(CircumstanceLevel.SERIOUS);
        assertThat(o.unknown()).containsExactly("C99", "X");
    }

    @Test
    void aStandardWithoutLevelsRecommendsNothing() {
        assertThat(LevelPolicy.choose(List.of(), List.of("C1"))).isEmpty();
    }

    @Test
    void theRangeMultipliesTheIllegalIncome() {
        // GENERAL 3–3.5 × 10,000 = 30,000–35,000; SERIOUS 3.5–4.5 × 12,345.67 = 43,209.845–55,555.515 → whole fen inward
        FineRange.Computed general = FineRange.of(SHTT.get(2).fine(), Optional.of(STATUTE), new BigDecimal("10000"),
                null).orElseThrow();
        assertThat(general.range()).isEqualTo(new FineRange(new BigDecimal("30000"), new BigDecimal("35000")));
        assertThat(general.clamped()).isFalse();
        FineRange serious = FineRange.of(SHTT.get(3).fine(), Optional.of(STATUTE), new BigDecimal("12345.67"), null)
                .orElseThrow().range();
        assertThat(serious.min()).isEqualByComparingTo("43209.85");
        assertThat(serious.max()).isEqualByComparingTo("55555.51");
    }

    @Test
    void theRangeStaysInsideTheStatute() {
        // a level written wider than the statute (2–6×) is cut to the statute's 3–5×: 6,000–10,000 for 2,000
        FineBound wide = new FineBound(FineBasis.ILLEGAL_INCOME, new BigDecimal("2"), new BigDecimal("6"));
        FineRange.Computed c = FineRange.of(wide, Optional.of(STATUTE), new BigDecimal("2000"), null).orElseThrow();
        assertThat(c.range().min()).isEqualByComparingTo("6000");
        assertThat(c.range().max()).isEqualByComparingTo("10000");
        assertThat(c.clamped()).isTrue();
    }

    @Test
    void withoutTheFigureItMultipliesThereIsNoRangeInYuan() {
        assertThat(FineRange.of(SHTT.get(2).fine(), Optional.of(STATUTE), null, null)).isEmpty();
        assertThat(FineRange.of(SHTT.get(2).fine(), Optional.of(STATUTE), BigDecimal.ZERO, null)).isEmpty();
        FineBound fixed = new FineBound(FineBasis.FIXED, new BigDecimal("1000"), new BigDecimal("5000"));
        assertThat(FineRange.of(fixed, Optional.empty(), null, null).orElseThrow().range())
                .isEqualTo(new FineRange(new BigDecimal("1000"), new BigDecimal("5000")));
    }

    @Test
    void similarityIsHalfCircumstancesHalfFacts() {
        // codes {C2, C3} vs {C2}: Jaccard 1/2; words {a,b,c,d} vs {a,b,e,f}: Dice 2·2/8 = 1/2 → 0.5
        Similarity.Score s = Similarity.of(java.util.Set.of("C2", "C3"), java.util.Set.of("C2"),
                java.util.Set.of("a", "b", "c", "d"), java.util.Set.of("a", "b", "e", "f"));
        assertThat(s.circumstances()).isEqualTo(0.5);
        assertThat(s.facts()).isEqualTo(0.5);
        assertThat(s.value()).isEqualTo(0.5);
        assertThat(Similarity.of(java.util.Set.of(), java.util.Set.of("C2"), java.util.Set.of("a"),
                java.util.Set.of("a")).value()).isEqualTo(1.0);
    }
}
