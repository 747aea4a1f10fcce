package org.mingjing.statistics;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mingjing.catalogue.PenaltyKind;

/**
 * The sum of several agencies' figures of one year, for a supervisor's comparison (统计年报, LAW.md §5): counts and
 * amounts add up; a table counts where any agency holds the power; the correction rate and the certified share are
 * worked out again from the sums, never averaged.
 */
final class AnnualTotals {

    private AnnualTotals() {
    }

    static AnnualFigures sum(int year, String name, List<AnnualFigures> all) {
        AnnualFigures first = all.isEmpty() ? null : all.get(0);
        Map<PenaltyKind, Long> byKind = new EnumMap<>(PenaltyKind.class);
        for (PenaltyKind k : PenaltyKind.values()) {
            byKind.put(k, all.stream().mapToLong(f -> f.penalties().byKind().getOrDefault(k, 0L)).sum());
        }
        boolean licensing = all.stream().anyMatch(f -> f.licensing().powerHeld());
        boolean coercion = all.stream().anyMatch(f -> f.coercion().powerHeld());
        boolean inspection = all.stream().anyMatch(f -> f.inspections().powerHeld());
        AnnualFigures.Remedy reconsideration = remedy(all, f -> f.remedies().reconsideration());
        AnnualFigures.Remedy litigation = remedy(all, f -> f.remedies().litigation());
        long officers = all.stream().mapToLong(f -> f.officers().total()).sum();
        long certified = all.stream().mapToLong(f -> f.officers().certified()).sum();
        return new AnnualFigures(year, null, name, first == null ? null : first.from(),
                first == null ? null : first.to(),
                new AnnualFigures.Licensing(licensing, count(all, licensing, f -> f.licensing().applications()),
                        count(all, licensing, f -> f.licensing().accepted()),
                        count(all, licensing, f -> f.licensing().granted()),
                        count(all, licensing, f -> f.licensing().refused()),
                        count(all, licensing, f -> f.licensing().revoked())),
                new AnnualFigures.Penalties(all.stream().anyMatch(f -> f.penalties().powerHeld()), byKind,
                        all.stream().mapToLong(f -> f.penalties().total()).sum(),
                        all.stream().map(f -> f.penalties().confiscatedAmount()).reduce(BigDecimal.ZERO,
                                BigDecimal::add)),
                new AnnualFigures.Coercion(coercion, count(all, coercion, f -> f.coercion().measures()),
                        count(all, coercion, f -> f.coercion().enforcements())),
                new AnnualFigures.Inspections(inspection, count(all, inspection, f -> f.inspections().inspections()),
                        count(all, inspection, f -> f.inspections().problemsFound())),
                all.stream().mapToLong(AnnualFigures::casesFiled).sum(),
                all.stream().mapToLong(AnnualFigures::casesClosed).sum(),
                all.stream().mapToLong(AnnualFigures::noPenalty).sum(),
                all.stream().mapToLong(AnnualFigures::reducedPenalty).sum(),
                new AnnualFigures.Remedies(reconsideration, litigation,
                        AnnualReports.ratio(reconsideration.corrected() + litigation.corrected(),
                                reconsideration.concluded() + litigation.concluded())),
                new AnnualFigures.Officers(officers, certified, AnnualReports.ratio(certified, officers)));
    }

    /** The sum of a count over the agencies that hold the power; none if none holds it. */
    private static Long count(List<AnnualFigures> all, boolean held, Function<AnnualFigures, Long> value) {
        return held ? all.stream().map(value).filter(v -> v != null).mapToLong(Long::longValue).sum() : null;
    }

    private static AnnualFigures.Remedy remedy(List<AnnualFigures> all,
            Function<AnnualFigures, AnnualFigures.Remedy> of) {
        return new AnnualFigures.Remedy(all.stream().mapToLong(f -> of.apply(f).brought()).sum(),
                all.stream().mapToLong(f -> of.apply(f).concluded()).sum(),
                all.stream().mapToLong(f -> of.apply(f).corrected()).sum());
    }
}
