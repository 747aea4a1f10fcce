package org.mingjing.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.EarlyWarnings;
import org.mingjing.shared.EarlyWarnings.EarlyWarning;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * One list of what needs attention (预警, seed §二(四)2; issue 8) for an agency and everything under it that the
 * caller may see: the warnings of every module, most severe first, then the soonest due. This module adds the annual
 * report's own: from {@value #REMINDER_DAYS} days before 31 January, each agency's report of the year before is due
 * then (seed §二(一)6).
 */
@Service
public class EarlyWarningList {

    static final int REMINDER_DAYS = 45;

    private final List<EarlyWarnings> providers;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    EarlyWarningList(List<EarlyWarnings> providers, Organization organization, MessageSource messages, Clock clock) {
        this.providers = providers;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    public List<EarlyWarning> forAgency(Caller caller, String agencyId, Locale locale) {
        Agency agency = organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
        Set<String> scope = new LinkedHashSet<>(organization.subtree(agency.id()));
        scope.retainAll(organization.visibleAgencyIds(caller));
        LocalDate today = LocalDate.now(clock);
        List<EarlyWarning> all = new ArrayList<>();
        for (EarlyWarnings provider : providers) {
            all.addAll(provider.earlyWarnings(Set.copyOf(scope), today, locale));
        }
        all.addAll(reportReminders(scope, today, locale));
        all.sort(Comparator.comparing(EarlyWarning::severity).thenComparing(EarlyWarning::due,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EarlyWarning::code)
                .thenComparing(EarlyWarning::subject));
        return all;
    }

    /**
     * The annual report due on 31 January (PeriodRule.ANNUAL_STATISTICS_REPORT) for the year before, from
     * {@value #REMINDER_DAYS} days ahead: MEDIUM in its last ten days, LOW before.
     */
    List<EarlyWarning> reportReminders(Set<String> scope, LocalDate today, Locale locale) {
        LocalDate due = MonthDay.of(1, 31).atYear(today.getYear());
        if (today.isAfter(due)) {
            due = due.plusYears(1);
        }
        if (today.isBefore(due.minusDays(REMINDER_DAYS))) {
            return List.of();
        }
        EarlyWarnings.Severity severity = today.isBefore(due.minusDays(10)) ? EarlyWarnings.Severity.LOW
                : EarlyWarnings.Severity.MEDIUM;
        List<EarlyWarning> reminders = new ArrayList<>();
        for (Agency a : organization.agencies()) {
            if (scope.contains(a.id())) {
                reminders.add(new EarlyWarning("ANNUAL_REPORT_DUE", severity, a.name(),
                        messages.getMessage("statistics.early-warning.report", new Object[] {
                                String.valueOf(due.getYear() - 1), due.toString() }, locale),
                        due, a.id(), "/statistics?agencyId=" + a.id() + "&year=" + (due.getYear() - 1)));
            }
        }
        return reminders;
    }
}
