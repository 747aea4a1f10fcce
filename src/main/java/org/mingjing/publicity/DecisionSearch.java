package org.mingjing.publicity;

import java.time.LocalDate;

/**
 * What the public looks for among the published decisions: words (each matched as a run of characters anywhere in
 * the title, party, agency, number or masked text), an agency, an act type, and a range of decision dates (both ends
 * included). A null or blank criterion does not narrow.
 */
public record DecisionSearch(String q, String agencyId, String actType, LocalDate from, LocalDate to) {

    public DecisionSearch {
        q = blankToNull(q);
        agencyId = blankToNull(agencyId);
        actType = blankToNull(actType);
    }

    public static DecisionSearch everything() {
        return new DecisionSearch(null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
