package org.mingjing.publicity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mingjing.shared.EarlyWarnings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The publicity deadlines that have lapsed (HIGH) or fall due within {@value #SOON_DAYS} days (MEDIUM): releasing a
 * decision within 7 or 20 working days (seed §二(一)4; 行政处罚法第四十八条), and withdrawing or correcting it within
 * 3 or 20 working days of a reported change (LAW.md §4). Codes: {@code PUBLICATION_DEADLINE},
 * {@code WITHDRAWAL_DEADLINE}, {@code CORRECTION_DEADLINE}.
 */
@Component
class PublicationEarlyWarnings implements EarlyWarnings {

    static final int SOON_DAYS = 3;
    static final int LIMIT = 1000;

    private final PublicationRepository repository;
    private final MessageSource messages;

    PublicationEarlyWarnings(PublicationRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale) {
        List<EarlyWarning> warnings = new ArrayList<>();
        if (agencyIds.isEmpty()) {
            return warnings;
        }
        LocalDate soon = today.plusDays(SOON_DAYS);
        // Two narrow queries, one per kind of deadline, each reading an index range and none of the texts: on H2 one
        // query for either kind read every publication of the agencies (docs/performance.md, "Early warnings").
        for (PublicationRepository.Due p : repository.releasesDueBy(agencyIds, soon, LIMIT)) {
            boolean lapsed = p.due().isBefore(today);
            warnings.add(new EarlyWarning("PUBLICATION_DEADLINE", lapsed ? Severity.HIGH : Severity.MEDIUM,
                    p.number() + " " + p.partyName(), messages.getMessage(lapsed
                            ? "publicity.early-warning.release-lapsed" : "publicity.early-warning.release-due",
                            new Object[] { p.due().toString() }, locale), p.due(), p.agencyId(),
                    "/publications/" + p.id()));
        }
        for (PublicationRepository.Due p : repository.changesDueBy(agencyIds, soon, LIMIT)) {
            boolean lapsed = p.due().isBefore(today);
            String kind = p.changeKind() == Publication.ChangeKind.WITHDRAW ? "WITHDRAWAL" : "CORRECTION";
            warnings.add(new EarlyWarning(kind + "_DEADLINE", lapsed ? Severity.HIGH : Severity.MEDIUM,
                    p.number() + " " + p.partyName(), messages.getMessage("publicity.early-warning." + kind
                            + (lapsed ? ".lapsed" : ".due"), new Object[] { p.due().toString() }, locale), p.due(),
                    p.agencyId(), "/publications/" + p.id()));
        }
        return warnings;
    }
}
