package org.mingjing.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.PeriodUnit;

/**
 * One enforcement matter (执法事项) of one agency's power-and-responsibility list (权责清单), with what its service
 * guide shows (bodies, conditions, materials, the ordered steps of its flow chart), and for penalty matters
 * the kinds of penalty and the statute's fine bounds. {@code avStages} is its line of the audio-video
 * recording checklist. {@code updateDue} is set while a change of law or function obliges the agency to
 * update the matter (seed §二(一)5(1)).
 */
public record Matter(String id, String agencyId, String code, MatterCategory category, String name,
        List<LegalBasis> basis, String responsibility, Integer timeLimitDays, PeriodUnit timeLimitUnit,
        PeriodRule timeLimitRule, String fees, String acceptingBody, String approvingBody, String conditions,
        String materials, List<String> steps, List<PenaltyKind> penaltyKinds, List<FineBound> fineBounds,
        Set<AvStage> avStages, LocalDate updateDue, String updateCause, int version) {

    public boolean isPenalty() {
        return category == MatterCategory.ADMINISTRATIVE_PENALTY;
    }

    public Optional<FineBound> fineBound(FineBasis basis) {
        return fineBounds.stream().filter(b -> b.basis() == basis).findFirst();
    }

    /** Whether the checklist requires audio-video recording of the stage for this matter. */
    public boolean requiresAv(AvStage stage) {
        return avStages.contains(stage);
    }
}
