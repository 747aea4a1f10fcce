package org.mingjing.publicity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public finds at a decision's address: the decision as published, or the notice that it is no longer
 * published and why (行政处罚法第四十八条: a decision revoked, changed or found wrong is withdrawn within three working
 * days; publicity ends after the retention period, LAW.md §4). A decision not yet released, or blocked, is not
 * found at all.
 */
public sealed interface DecisionDetail {

    String id();

    /** A decision in publicity: its masked text (the only text the public ever sees) and its corrections' notes. */
    record Published(String id, String title, String agencyId, String agencyName, String partyName, String number,
            String actType, String decisionType, LocalDate decidedOn, LocalDate publishedOn, int revision,
            String text, Instant changedAt, List<Correction> corrections) implements DecisionDetail {

        public PublicDecision item() {
            return new PublicDecision(id, title, agencyName, partyName, number, decidedOn, publishedOn);
        }

        public boolean corrected() {
            return revision > 0;
        }
    }

    /**
     * A decision no longer in publicity: withdrawn (with the public reason) or expired. Only the agency, the number
     * and the reason are told, not the party or the text that are no longer public.
     */
    record Removed(String id, Status status, String agencyName, String number, String reason, LocalDate removedOn)
            implements DecisionDetail {
    }

    enum Status {
        WITHDRAWN, EXPIRED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A correction as the public reads it: which revision of the text, the public note, and the day. */
    record Correction(int revision, String note, LocalDate correctedOn) {
    }
}
