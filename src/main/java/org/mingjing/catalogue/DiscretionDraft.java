package org.mingjing.catalogue;

import java.math.BigDecimal;
import java.util.List;

/** One circumstance level of a discretion standard as submitted, before validation. */
public record DiscretionDraft(String level, String label, List<CircumstanceDraft> circumstances,
        List<String> penalties, String fineBasis, BigDecimal fineMin, BigDecimal fineMax, String description) {

    public record CircumstanceDraft(String code, String description) {
    }

    public DiscretionDraft {
        circumstances = circumstances == null ? List.of() : circumstances;
        penalties = penalties == null ? List.of() : penalties;
    }
}
