package org.mingjing.review;

import java.util.List;

/**
 * Whether a decision must pass legal review first, and every reason it must (seed §二(三)2, 行政处罚法第五十八条).
 */
public record ReviewRequirement(boolean required, List<Reason> reasons) {

    /**
     * One reason: its code (a {@link MajorTrigger} or {@code CATALOGUE}); where it comes from ({@code STATUTE} read
     * from the case, {@code OFFICER} flagged, {@code CATALOGUE} the agency's list); the flag's reason or the
     * catalogue line's text; the catalogue line or the flag step; who flagged it.
     */
    public record Reason(String code, String source, String description, String ruleId, String flagId,
            String flaggedBy) {
    }
}
