package org.mingjing.catalogue;

import java.util.List;

/**
 * One circumstance level of a penalty matter's discretion standard (裁量基准, 行政处罚法 Art. 34): the
 * circumstances that lead to it, the penalties it allows, and its fine range, which lies inside the statute's
 * bound of the same unit.
 */
public record DiscretionLevel(CircumstanceLevel level, String label, List<Circumstance> circumstances,
        List<PenaltyKind> penalties, FineBound fine, String description) {

    /** A circumstance of the standard, by the code officers select when deciding. */
    public record Circumstance(String code, String description) {
    }
}
