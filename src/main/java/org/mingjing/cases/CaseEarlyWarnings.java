package org.mingjing.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.shared.EarlyWarnings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statutory deadlines of cases that have lapsed (HIGH) or fall due within {@value #SOON_DAYS} days (MEDIUM),
 * LAW.md §1: deciding within 90 days (行政处罚法第六十条), serving an absent party within 7 working days (Art. 61),
 * paying within 15 days (Art. 67) and the rest the case tracks. The code is {@code DEADLINE_} and the rule's code. The
 * party's own five days to ask for a hearing (Art. 64) are not the agency's to meet and are left out.
 */
@Component
class CaseEarlyWarnings implements EarlyWarnings {

    static final int SOON_DAYS = 3;

    private final CaseRepository repository;
    private final MessageSource messages;

    CaseEarlyWarnings(CaseRepository repository, MessageSource messages) {
        this.repository = repository;
        this.messages = messages;
    }

    @Override
    public List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale) {
        List<EarlyWarning> warnings = new ArrayList<>();
        if (agencyIds.isEmpty()) {
            return warnings;
        }
        for (Map<String, Object> row : repository.openDeadlines(agencyIds, null, today.plusDays(SOON_DAYS))) {
            CaseTasks.OpenDeadline d = CaseTasks.OpenDeadline.of(List.of(row)).get(0);
            if (d.code().equals(PeriodRule.HEARING_REQUEST.code())) {
                continue;
            }
            boolean lapsed = d.due().isBefore(today);
            String rule = messages.getMessage("calendar.rule." + d.code() + ".name", null, d.code(), locale);
            warnings.add(new EarlyWarning("DEADLINE_" + d.code(), lapsed ? Severity.HIGH : Severity.MEDIUM,
                    d.number() + " " + d.matterName(),
                    messages.getMessage(lapsed ? "cases.early-warning.lapsed" : "cases.early-warning.due",
                            new Object[] { rule, d.due().toString() }, locale),
                    d.due(), String.valueOf(row.get("agency_id")), "/cases/" + d.caseId()));
        }
        return warnings;
    }
}
