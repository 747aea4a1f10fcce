package org.mingjing.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.mingjing.catalogue.PenaltyKind;

/**
 * One agency's figures of one year, the tables of the annual report (统计年报, LAW.md §5). A table of a power the
 * agency does not hold (no matter of that category in its catalogue) has {@code powerHeld} false and no counts; a
 * power it holds and did not use counts 0.
 */
public record AnnualFigures(int year, String agencyId, String agencyName, LocalDate from, LocalDate to,
        Licensing licensing, Penalties penalties, Coercion coercion, Inspections inspections, long casesFiled,
        long casesClosed, long noPenalty, long reducedPenalty, Remedies remedies, Officers officers) {

    /** 行政许可: applications, accepted, granted, refused, revoked. */
    public record Licensing(boolean powerHeld, Long applications, Long accepted, Long granted, Long refused,
            Long revoked) {
    }

    /** 行政处罚: decisions per heaviest kind, their total, and 罚没金额 (fines and confiscations, yuan). */
    public record Penalties(boolean powerHeld, Map<PenaltyKind, Long> byKind, long total,
            BigDecimal confiscatedAmount) {
    }

    /** 行政强制: measures (措施) and enforcements (执行). */
    public record Coercion(boolean powerHeld, Long measures, Long enforcements) {
    }

    /** 行政检查: inspections made and how many found a problem. */
    public record Inspections(boolean powerHeld, Long inspections, Long problemsFound) {
    }

    /**
     * 行政复议 and 行政诉讼 against the agency's decisions: brought in the year, ended in the year, and of those ended
     * how many corrected the decision (被纠错); the correction rate (被纠错率) is the corrected share of those ended
     * (0–1, 4 places; 0 when none ended).
     */
    public record Remedies(Remedy reconsideration, Remedy litigation, BigDecimal correctionRate) {
    }

    /** One kind of remedy's counts. */
    public record Remedy(long brought, long concluded, long corrected) {
    }

    /**
     * 持证率: the agency's officers not revoked, those whose certificate is valid and who may act on the last day
     * of the year (or today, for the current year), and the share of the second in the first (0–1, 4 places).
     */
    public record Officers(long total, long certified, BigDecimal ratio) {
    }
}
