package org.mingjing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseStatistics.DecidedCase;
import org.mingjing.cases.Steps.Penalty;
import org.mingjing.catalogue.PenaltyKind;

/** The penalty table's counting rules (LAW.md §5), against figures worked out by hand. */
class PenaltyCountingTests {

    static Penalty p(PenaltyKind kind) {
        return new Penalty(kind, null);
    }

    static Penalty p(PenaltyKind kind, String amount) {
        return new Penalty(kind, new BigDecimal(amount));
    }

    static DecidedCase decided(DecisionType type, boolean reduced, Penalty... penalties) {
        return new DecidedCase("c", "a", LocalDate.parse("2025-06-01"), type, List.of(penalties), reduced);
    }

    @Test
    void aDecisionCountsUnderItsHeaviestKindInTheStatutesOrder() {
        assertThat(PenaltyCounting.heaviest(List.of(p(PenaltyKind.WARNING), p(PenaltyKind.FINE, "3000"))))
                .contains(PenaltyKind.FINE);
        assertThat(PenaltyCounting.heaviest(List.of(p(PenaltyKind.CONFISCATION, "800"), p(PenaltyKind.FINE, "9000"))))
                .contains(PenaltyKind.CONFISCATION);
        assertThat(PenaltyCounting.heaviest(List.of(p(PenaltyKind.CRITICISM), p(PenaltyKind.WARNING))))
                .contains(PenaltyKind.CRITICISM);
        assertThat(PenaltyCounting.heaviest(List.of(p(PenaltyKind.SUSPENSION), p(PenaltyKind.REVOCATION))))
                .contains(PenaltyKind.REVOCATION);
        assertThat(PenaltyCounting.heaviest(List.of(p(PenaltyKind.REVOCATION), p(PenaltyKind.OTHER))))
                .contains(PenaltyKind.OTHER);
        assertThat(PenaltyCounting.heaviest(List.of())).isEmpty();
    }

    @Test
    void confiscatedAmountIsTheFinesAndConfiscationsTogether() {
        assertThat(PenaltyCounting.confiscated(List.of(p(PenaltyKind.WARNING), p(PenaltyKind.FINE, "3000"),
                p(PenaltyKind.CONFISCATION, "1200.50"), p(PenaltyKind.OTHER, "99")))).isEqualByComparingTo("4200.50");
        assertThat(PenaltyCounting.confiscated(List.of(p(PenaltyKind.WARNING)))).isEqualByComparingTo("0");
    }

    @Test
    void theTableOfAYearCountsEachPenaltyDecisionOnceAndNoPenaltyApart() {
        // By hand: four penalty decisions, under FINE, CONFISCATION, WARNING and REVOCATION; 3000 + (5000 + 1200)
        // yuan; two decisions not to penalise; a transfer counts nowhere; one reduced fine.
        PenaltyCounting.Tally t = PenaltyCounting.tally(List.of(
                decided(DecisionType.PENALTY, false, p(PenaltyKind.WARNING), p(PenaltyKind.FINE, "3000")),
                decided(DecisionType.PENALTY, true, p(PenaltyKind.FINE, "5000"), p(PenaltyKind.CONFISCATION, "1200")),
                decided(DecisionType.PENALTY, false, p(PenaltyKind.WARNING)),
                decided(DecisionType.PENALTY, false, p(PenaltyKind.REVOCATION), p(PenaltyKind.WARNING)),
                decided(DecisionType.NO_PENALTY_MINOR, false),
                decided(DecisionType.NO_PENALTY_UNPROVEN, false),
                decided(DecisionType.TRANSFER, false)));

        assertThat(t.byKind()).containsEntry(PenaltyKind.WARNING, 1L).containsEntry(PenaltyKind.CRITICISM, 0L)
                .containsEntry(PenaltyKind.FINE, 1L).containsEntry(PenaltyKind.CONFISCATION, 1L)
                .containsEntry(PenaltyKind.SUSPENSION, 0L).containsEntry(PenaltyKind.REVOCATION, 1L)
                .containsEntry(PenaltyKind.OTHER, 0L).hasSize(PenaltyKind.values().length);
        assertThat(t.total()).isEqualTo(4);
        assertThat(t.confiscatedAmount()).isEqualByComparingTo("9200");
        assertThat(t.noPenalty()).isEqualTo(2);
        assertThat(t.reduced()).isEqualTo(1);
    }

    @Test
    void theCertifiedRatioIsRoundedToFourPlacesAndZeroWithoutOfficers() {
        assertThat(AnnualReports.ratio(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(AnnualReports.ratio(0, 0)).isEqualByComparingTo("0");
        assertThat(AnnualReports.ratio(5, 5)).isEqualByComparingTo("1");
    }
}
