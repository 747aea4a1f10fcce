package org.mingjing.catalogue;

import java.util.List;

/**
 * A matter as staff, the API or an import row submit it, before validation. Enumerations arrive as text so
 * that a wrong value is reported against its field rather than failing the whole request.
 *
 * @param reason why the change is made; required when an existing matter is changed
 * @param version the version the editor saw, for optimistic locking (null: the current one)
 */
public record MatterDraft(String code, String category, String name, List<String> basis, String responsibility,
        Integer timeLimitDays, String timeLimitUnit, String timeLimitRule, String fees, String acceptingBody,
        String approvingBody, String conditions, String materials, List<String> steps, List<String> penaltyKinds,
        List<FineBoundDraft> fineBounds, List<String> avStages, String reason, Integer version) {

    public record FineBoundDraft(String basis, java.math.BigDecimal min, java.math.BigDecimal max) {
    }

    public MatterDraft {
        basis = basis == null ? List.of() : basis;
        steps = steps == null ? List.of() : steps;
        penaltyKinds = penaltyKinds == null ? List.of() : penaltyKinds;
        fineBounds = fineBounds == null ? List.of() : fineBounds;
        avStages = avStages == null ? List.of() : avStages;
    }
}
