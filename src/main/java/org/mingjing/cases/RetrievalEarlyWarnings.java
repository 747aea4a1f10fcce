package org.mingjing.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mingjing.shared.Caller;
import org.mingjing.shared.EarlyWarnings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Unusual retrievals (异常调阅, seed §二(二)6: the retrieval of case records is supervised and unusual access flagged):
 * the openings of the agencies' case records in the last {@value #DAYS} days (today included, Asia/Shanghai) that the
 * retrieval log flags ({@link Retrievals.Flag}: outside working hours or on a day off, too many cases not on within 24
 * hours, no reason given), one warning per user and agency. Code {@code RETRIEVAL_UNUSUAL}; severity by the number of
 * flagged openings: at least {@value #HIGH_FROM} HIGH, at least {@value #MEDIUM_FROM} MEDIUM, otherwise LOW; due the
 * day of the last of them. The log is read by heads, supervisors and the auditor only ({@link Retrievals#maySupervise}):
 * when the list is asked for by someone else, it has none of these.
 */
@Component
class RetrievalEarlyWarnings implements EarlyWarnings {

    static final int DAYS = RetrievalWarnings.DAYS;
    static final int HIGH_FROM = 10;
    static final int MEDIUM_FROM = 3;

    private final Retrievals retrievals;
    private final MessageSource messages;

    RetrievalEarlyWarnings(Retrievals retrievals, MessageSource messages) {
        this.retrievals = retrievals;
        this.messages = messages;
    }

    static Severity severity(long openings) {
        return openings >= HIGH_FROM ? Severity.HIGH : openings >= MEDIUM_FROM ? Severity.MEDIUM : Severity.LOW;
    }

    @Override
    public List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale) {
        if (agencyIds.isEmpty() || Caller.current().map(c -> !Retrievals.maySupervise(c)).orElse(false)) {
            return List.of();
        }
        LocalDate from = today.minusDays(DAYS - 1);
        List<EarlyWarning> warnings = new ArrayList<>();
        for (Retrievals.FlaggedUser u : retrievals.flaggedByUser(agencyIds, from, today)) {
            String who = u.displayName() == null ? u.username() : u.displayName() + " (" + u.username() + ")";
            warnings.add(new EarlyWarning("RETRIEVAL_UNUSUAL", severity(u.openings()), who,
                    messages.getMessage("retrievals.early-warning.unusual", new Object[] { String.valueOf(DAYS),
                            String.valueOf(u.openings()), String.valueOf(u.cases()), String.valueOf(u.outsideHours()),
                            String.valueOf(u.manyCases()), String.valueOf(u.noReason()) }, locale),
                    u.last().toLocalDate(), u.agencyId(), "/supervision/retrievals?flagged=true&from=" + from
                            + "&username=" + java.net.URLEncoder.encode(u.username(),
                                    java.nio.charset.StandardCharsets.UTF_8)));
        }
        return warnings;
    }
}
