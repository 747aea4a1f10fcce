package org.mingjing.review;

import java.util.List;

import org.mingjing.cases.Steps;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.ReviewRule;

/**
 * Whether a penalty decision is major by the facts alone (行政处罚法第五十八条第一款第（三）项: after a hearing) or by a
 * line of the agency's review catalogue, for callers that write cases without the workflow (the synthetic-data
 * generator), with the same matching the decision gate uses.
 */
public final class MajorDecisions {

    private MajorDecisions() {
    }

    public static boolean major(List<ReviewRule> catalogue, Matter matter, List<Steps.Penalty> penalties,
            boolean hearingHeld) {
        if (hearingHeld) {
            return true;
        }
        return !ReviewRequirements.matching(catalogue, MatterCategory.ADMINISTRATIVE_PENALTY,
                ReviewRequirements.fieldText(matter), penalties, false).isEmpty();
    }
}
