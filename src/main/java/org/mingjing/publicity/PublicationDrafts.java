package org.mingjing.publicity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Steps;
import org.mingjing.organization.Agency;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A decision's publication as {@link Publications} would make it, for the synthetic-data generator, which writes
 * rows in batches rather than through the service: the same text, the same masking, the same deadline and the same
 * retention under the default settings. One source for both, so generated publications are what real ones are.
 */
@Component
public class PublicationDrafts {

    private final PublicationText texts;
    private final StatutoryCalendar calendar;
    private final MessageSource messages;

    PublicationDrafts(PublicationText texts, StatutoryCalendar calendar, MessageSource messages) {
        this.texts = texts;
        this.calendar = calendar;
        this.messages = messages;
    }

    /**
     * The publication of a decision: title, public party name, original and masked text with the findings (as the
     * {@code publication.findings} column holds them), the release deadline, the penalty kinds, and, for a decision
     * about a minor, the code and reason that block it.
     */
    public record Draft(String title, String partyName, String original, String masked, String findings,
            LocalDate dueBy, String penaltyKinds, String blockedCode, String blockedReason, int retentionMonths) {
    }

    public Draft draft(CaseFile c, Agency agency, Steps.Decision d, String number, String documentTitle) {
        String original = texts.original(c, agency, d, number);
        Masking.Result masked = Masking.mask(original, PublicationText.known(c), List.of());
        boolean minor = PublicationText.aboutMinor(c, d.decidedOn());
        String kinds = d.penalties().stream().map(x -> x.kind().name()).distinct().collect(Collectors.joining(","));
        PublicationSetting defaults = PublicationSetting.defaults(c.agencyId(), c.actType().name());
        Publication shape = new Publication(null, c.id(), null, c.agencyId(), agency.name(), c.actType().name(),
                d.type().name(), kinds, PublicationStatus.PENDING, null, null, d.decidedOn(), null, null, null, number,
                original, masked.masked(), null, List.of(), 0, null, null, null, null, null, null, null, null, null,
                null, null, null, 0);
        return new Draft(texts.title(c, documentTitle), PublicationText.partyName(c), original, masked.masked(),
                Publications.findingsJson(masked),
                calendar.deadline(d.decidedOn(), Publications.releaseRule(c.actType())).deadline(), kinds,
                minor ? "MINOR" : null,
                minor ? messages.getMessage("publicity.blocked.MINOR", null, java.util.Locale.SIMPLIFIED_CHINESE)
                        : null,
                Publications.small(shape, c, defaults) ? defaults.smallRetentionMonths() : defaults.retentionMonths());
    }

    /** The public reason of an expiry on the day after {@code expiresOn}, as {@link Publications#expire} writes it. */
    public String expiryReason(LocalDate expiresOn) {
        return messages.getMessage("publicity.expired.reason", new Object[] { expiresOn.toString() },
                java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
