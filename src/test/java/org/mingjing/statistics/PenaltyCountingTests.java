package org.mingjing.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.RemedyOutcome;
import org.mingjing.cases.CaseStatistics;
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
    void theCorrectionRateIsTheCorrectedShareOfTheRemediesEnded() {
        // By hand: 2 reconsiderations and 1 suit brought; 2 reconsiderations ended (revoked, upheld) and 3 suits
        // (found unlawful, rejected, withdrawn): 2 corrected of 5 ended, 0.4.
        List<CaseStatistics.RemedySought> brought = List.of(sought("RECONSIDERATION"), sought("RECONSIDERATION"),
                sought("LITIGATION"));
        List<CaseStatistics.RemedyConcluded> ended = List.of(ended("RECONSIDERATION", RemedyOutcome.REVOKED),
                ended("RECONSIDERATION", RemedyOutcome.UPHELD), ended("LITIGATION", RemedyOutcome.CONFIRMED_ILLEGAL),
                ended("LITIGATION", RemedyOutcome.REJECTED), ended("LITIGATION", RemedyOutcome.WITHDRAWN));

        AnnualFigures.Remedies r = AnnualReports.remedies(brought, ended);
        assertThat(r.reconsideration()).isEqualTo(new AnnualFigures.Remedy(2, 2, 1));
        assertThat(r.litigation()).isEqualTo(new AnnualFigures.Remedy(1, 3, 1));
        assertThat(r.correctionRate()).isEqualByComparingTo("0.4");
        assertThat(AnnualReports.remedies(brought, List.of()).correctionRate()).isEqualByComparingTo("0");
    }

    @Test
    void onlyAChangeRevocationFindingOfUnlawfulnessOrVoidnessOrAnOrderToActCorrectsADecision() {
        assertThat(java.util.Arrays.stream(RemedyOutcome.values()).filter(RemedyOutcome::corrects))
                .containsExactlyInAnyOrder(RemedyOutcome.CHANGED, RemedyOutcome.REVOKED,
                        RemedyOutcome.CONFIRMED_ILLEGAL, RemedyOutcome.CONFIRMED_VOID, RemedyOutcome.ORDERED_TO_ACT);
    }

    static CaseStatistics.RemedySought sought(String kind) {
        return new CaseStatistics.RemedySought("c", "a", kind, LocalDate.parse("2025-03-01"));
    }

    static CaseStatistics.RemedyConcluded ended(String kind, RemedyOutcome outcome) {
        return new CaseStatistics.RemedyConcluded("c", "a", kind, outcome, LocalDate.parse("2025-06-01"));
    }

    static AnnualFigures agency(String name, boolean licensing, long fines, String amount, long reconsidered,
            long corrected, long officers, long certified) {
        java.util.Map<PenaltyKind, Long> byKind = new java.util.EnumMap<>(PenaltyKind.class);
        for (PenaltyKind k : PenaltyKind.values()) {
            byKind.put(k, k == PenaltyKind.FINE ? fines : 0L);
        }
        return new AnnualFigures(2025, name, name, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
                new AnnualFigures.Licensing(licensing, licensing ? 0L : null, licensing ? 0L : null,
                        licensing ? 0L : null, licensing ? 0L : null, licensing ? 0L : null),
                new AnnualFigures.Penalties(true, byKind, fines, new BigDecimal(amount)),
                new AnnualFigures.Coercion(false, null, null), new AnnualFigures.Inspections(false, null, null), 10,
                8, 1, 0, new AnnualFigures.Remedies(new AnnualFigures.Remedy(reconsidered, reconsidered, corrected),
                        new AnnualFigures.Remedy(0, 0, 0), AnnualReports.ratio(corrected, reconsidered)),
                new AnnualFigures.Officers(officers, certified, AnnualReports.ratio(certified, officers)));
    }

    @Test
    void aTotalAddsTheCountsAndWorksTheSharesOutAgainRatherThanAveragingThem() {
        // By hand: 1 of 1 corrected and 0 of 3: the total's rate is 1/4 = 0.25, not the mean of 1 and 0. Officers
        // 4 of 4 and 1 of 6 certified: 5/10 = 0.5. Licensing held by one: counted, 0.
        AnnualFigures total = AnnualTotals.sum(2025, "合计", List.of(
                agency("甲", true, 3, "9000", 1, 1, 4, 4), agency("乙", false, 2, "1500.50", 3, 0, 6, 1)));
        assertThat(total.penalties().total()).isEqualTo(5);
        assertThat(total.penalties().byKind()).containsEntry(PenaltyKind.FINE, 5L);
        assertThat(total.penalties().confiscatedAmount()).isEqualByComparingTo("10500.50");
        assertThat(total.casesFiled()).isEqualTo(20);
        assertThat(total.remedies().correctionRate()).isEqualByComparingTo("0.25");
        assertThat(total.officers()).isEqualTo(new AnnualFigures.Officers(10, 5, new BigDecimal("0.5000")));
        assertThat(total.licensing().powerHeld()).isTrue();
        assertThat(total.licensing().granted()).isZero();
        assertThat(total.coercion().powerHeld()).isFalse();
        assertThat(total.coercion().measures()).isNull();
        assertThat(total.agencyName()).isEqualTo("合计");
    }

    @Test
    void theCertifiedRatioIsRoundedToFourPlacesAndZeroWithoutOfficers() {
        assertThat(AnnualReports.ratio(2, 3)).isEqualByComparingTo("0.6667");
        assertThat(AnnualReports.ratio(0, 0)).isEqualByComparingTo("0");
        assertThat(AnnualReports.ratio(5, 5)).isEqualByComparingTo("1");
    }
}
