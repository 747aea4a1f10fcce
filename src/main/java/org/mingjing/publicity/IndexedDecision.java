package org.mingjing.publicity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published decision as the search index holds it: the public columns of its row only, never the original text,
 * the findings or who entered it (LAW.md §4).
 */
record IndexedDecision(String id, String agencyId, String agencyName, String actType, LocalDate decidedOn,
        String title, String partyName, String number, String maskedText, LocalDate publishedOn, Instant changedAt) {

    PublicDecision item() {
        return new PublicDecision(id, title, agencyName, partyName, number, decidedOn, publishedOn);
    }
}
