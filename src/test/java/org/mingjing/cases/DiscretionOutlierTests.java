package org.mingjing.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mingjing.catalogue.CircumstanceLevel;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.FineBasis;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.shared.EarlyWarnings.Severity;
import org.springframework.context.support.StaticMessageSource;

/**
 * The three checks of a fine (行政处罚法第五条 过罚相当, 第三十四条 裁量基准), worked by hand on 殡葬 matter MZ-CF-DM-38 (statute
 * 1,000–5,000 yuan; standard: 轻微 C1 no fine, 一般 C2 1,000–2,000, 较重 C3/C4 2,000–3,500, 严重 C5 3,500–5,000) and
 * on an income-based matter (1–3 times the illegal income).
 */
class DiscretionOutlierTests {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    final DiscretionOutliers outliers = new DiscretionOutliers(null, null, messages());

    static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.setUseCodeAsDefaultMessage(true);
        return m;
    }

    static Matter matter(FineBound statute) {
        return new Matter("m", "a", "MZ-CF-DM-38", MatterCategory.ADMINISTRATIVE_PENALTY, "name", List.of(), null,
                null, null, null, null, null, null, null, null, List.of(), List.of(PenaltyKind.WARNING,
                        PenaltyKind.FINE), List.of(statute), Set.of(), null, null, 1);
    }

    static final Matter FIXED = matter(new FineBound(FineBasis.FIXED, bd(1000), bd(5000)));
    static final Matter INCOME = matter(new FineBound(FineBasis.ILLEGAL_INCOME, bd(1), bd(3)));

    static final List<DiscretionLevel> LEVELS = List.of(
            level(CircumstanceLevel.MINOR, List.of("C1"), null),
            level(CircumstanceLevel.GENERAL, List.of("C2"), new FineBound(FineBasis.FIXED, bd(1000), bd(2000))),
            level(CircumstanceLevel.SERIOUS, List.of("C3", "C4"), new FineBound(FineBasis.FIXED, bd(2000), bd(3500))),
            level(CircumstanceLevel.SEVERE, List.of("C5"), new FineBound(FineBasis.FIXED, bd(3500), bd(5000))));

    static DiscretionLevel level(CircumstanceLevel l, List<String> codes, FineBound fine) {
        return new DiscretionLevel(l, l.name(), codes.stream().map(c -> new DiscretionLevel.Circumstance(c, c))
                .toList(), fine == null ? List.of(PenaltyKind.WARNING) : List.of(PenaltyKind.FINE), fine, "");
    }

    static BigDecimal bd(long v) {
        return BigDecimal.valueOf(v);
    }

    static DiscretionOutliers.Decided decided(String id, String agency, long fine, Long income) {
        return new DiscretionOutliers.Decided(id, agency, "N" + id, "MZ-CF-DM-38", "name", LocalDate.of(2026, 11, 1),
                bd(fine), income == null ? null : bd(income), null);
    }

    @Test
    void aboveTheStatutesMaximumIsHighAndBelowItsMinimumIsNot() {
        assertThat(outliers.statute(FIXED, decided("x", "a", 5001, null), ZH)).hasValueSatisfying(f -> {
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.detail()).isEqualTo("cases.early-warning.discretion.statute");
        });
        assertThat(outliers.statute(FIXED, decided("x", "a", 5000, null), ZH)).isEmpty();
        // below the minimum is 减轻处罚 (Art. 32), lawful with its circumstances stated
        assertThat(outliers.statute(FIXED, decided("x", "a", 500, null), ZH)).isEmpty();
        // 1–3 times an income of 1,000: 3,001 is above
        assertThat(outliers.statute(INCOME, decided("x", "a", 3001, 1000L), ZH)).isPresent();
    }

    @Test
    void theFineMustLieInTheRangeOfALevelTheRecordedCircumstancesName() {
        assertThat(outliers.standard(LEVELS, List.of("C2"), decided("x", "a", 2000, null), ZH)).isEmpty();
        assertThat(outliers.standard(LEVELS, List.of("C2"), decided("x", "a", 2001, null), ZH))
                .hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.MEDIUM));
        assertThat(outliers.standard(LEVELS, List.of("C2"), decided("x", "a", 999, null), ZH)).isPresent();
        // circumstances of two levels: either range will do
        assertThat(outliers.standard(LEVELS, List.of("C2", "C4"), decided("x", "a", 3000, null), ZH)).isEmpty();
        // a level without a fine allows none
        assertThat(outliers.standard(LEVELS, List.of("C1"), decided("x", "a", 500, null), ZH)).isPresent();
        // nothing recorded, or codes the standard does not have: not checked
        assertThat(outliers.standard(LEVELS, List.of(), decided("x", "a", 4900, null), ZH)).isEmpty();
        assertThat(outliers.standard(LEVELS, List.of("C9"), decided("x", "a", 4900, null), ZH)).isEmpty();
        // a multiple of the income without the income: not checked
        List<DiscretionLevel> multiple = List.of(level(CircumstanceLevel.GENERAL, List.of("C1"),
                new FineBound(FineBasis.ILLEGAL_INCOME, bd(1), bd(2))));
        assertThat(outliers.standard(multiple, List.of("C1"), decided("x", "a", 9000, null), ZH)).isEmpty();
        assertThat(outliers.standard(multiple, List.of("C1"), decided("x", "a", 2000, 1000L), ZH)).isEmpty();
        assertThat(outliers.standard(multiple, List.of("C1"), decided("x", "a", 2001, 1000L), ZH)).isPresent();
    }

    @Test
    void farFromSimilarCasesIsBelowAThirdOrAboveThreeTimesTheirMedian() {
        // the agency's five others: 1,000 1,500 2,000 2,500 3,000 — median 2,000; far is below 666.67 or above 6,000
        List<DiscretionOutliers.Decided> same = new ArrayList<>();
        long[] fines = { 1000, 1500, 2000, 2500, 3000 };
        for (int i = 0; i < fines.length; i++) {
            same.add(decided("p" + i, "a", fines[i], null));
        }
        assertThat(check(same, 6000)).isEmpty();
        assertThat(check(same, 6001)).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
        assertThat(check(same, 667)).isEmpty();
        assertThat(check(same, 666)).isPresent();
        // four of the agency's own are too few: the province's nine (median of 1,000…4,000 and 100, 200: 1,500) decide
        List<DiscretionOutliers.Decided> fewer = new ArrayList<>(same.subList(0, 4));
        fewer.add(decided("q1", "b", 100, null));
        fewer.add(decided("q2", "b", 200, null));
        fewer.add(decided("q3", "b", 4000, null));
        fewer.add(decided("q4", "b", 3500, null));
        fewer.add(decided("q5", "b", 1200, null));
        // sorted: 100 200 1000 1200 1500 2000 2500 3500 4000 — median 1,500: 4,500 is not far, 4,501 is
        assertThat(check(fewer, 4500)).isEmpty();
        assertThat(check(fewer, 4501)).hasValueSatisfying(f -> assertThat(f.detail())
                .isEqualTo("cases.early-warning.discretion.peers"));
        // four in all: not checked
        assertThat(check(same.subList(0, 4), 100_000)).isEmpty();
        // the case itself is not its own similar case
        List<DiscretionOutliers.Decided> withItself = new ArrayList<>(same.subList(0, 4));
        withItself.add(decided("x", "a", 100_000, null));
        assertThat(check(withItself, 100_000)).isEmpty();
    }

    @Test
    void incomeBasedFinesAreComparedAsMultiplesOfTheIncome() {
        // five others at 1, 1.5, 2, 2, 3 times their income — median 2; 7,000 on 1,000 is 7 times: far
        List<DiscretionOutliers.Decided> same = List.of(decided("p1", "a", 1000, 1000L),
                decided("p2", "a", 3000, 2000L), decided("p3", "a", 8000, 4000L), decided("p4", "a", 20000, 10000L),
                decided("p5", "a", 1500, 500L), decided("p6", "a", 9999, null));
        assertThat(outliers.peers(INCOME, decided("x", "a", 6000, 1000L), same, ZH)).isEmpty();
        assertThat(outliers.peers(INCOME, decided("x", "a", 7000, 1000L), same, ZH)).hasValueSatisfying(
                f -> assertThat(f.detail()).isEqualTo("cases.early-warning.discretion.peers-multiple"));
        assertThat(outliers.peers(INCOME, decided("x", "a", 7000, null), same, ZH)).isEmpty();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(DiscretionOutliers.medianWithout(new BigDecimal[] { bd(1), bd(3), bd(4) }, null))
                .isEqualByComparingTo("3");
        assertThat(DiscretionOutliers.medianWithout(new BigDecimal[] { bd(1), bd(2), bd(3), bd(4) }, null))
                .isEqualByComparingTo("2.5");
    }

    @Test
    void theMedianWithoutTheCaseItselfLeavesOneOccurrenceOut() {
        BigDecimal[] sorted = { bd(1), bd(2), bd(2), bd(5), bd(9) };
        assertThat(DiscretionOutliers.medianWithout(sorted, null)).isEqualByComparingTo("2");
        // without a 2: 1 2 5 9, median 3.5; without the 9: 1 2 2 5, median 2; without the 1: 2 2 5 9, median 3.5
        assertThat(DiscretionOutliers.medianWithout(sorted, bd(2))).isEqualByComparingTo("3.5");
        assertThat(DiscretionOutliers.medianWithout(sorted, bd(9))).isEqualByComparingTo("2");
        assertThat(DiscretionOutliers.medianWithout(sorted, bd(1))).isEqualByComparingTo("3.5");
    }

    @Test
    void retrievalWarningsGrowGraverWithTheirNumber() {
        assertThat(RetrievalEarlyWarnings.severity(1)).isEqualTo(Severity.LOW);
        assertThat(RetrievalEarlyWarnings.severity(2)).isEqualTo(Severity.LOW);
        assertThat(RetrievalEarlyWarnings.severity(3)).isEqualTo(Severity.MEDIUM);
        assertThat(RetrievalEarlyWarnings.severity(9)).isEqualTo(Severity.MEDIUM);
        assertThat(RetrievalEarlyWarnings.severity(10)).isEqualTo(Severity.HIGH);
    }

    private java.util.Optional<DiscretionOutliers.Finding> check(List<DiscretionOutliers.Decided> same, long fine) {
        return outliers.peers(FIXED, decided("x", "a", fine, null), same, ZH);
    }
}
