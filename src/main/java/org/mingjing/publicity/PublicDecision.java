package org.mingjing.publicity;

import java.time.LocalDate;

/** One published decision in a list, as the public sees it (API.md, Publicity): read from the search index alone. */
public record PublicDecision(String id, String title, String agencyName, String partyName, String number,
        LocalDate decidedOn, LocalDate publishedOn) {
}
