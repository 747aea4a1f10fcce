package org.mingjing.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
 * report's own: from {@value #REMINDER_DAYS} days before 31 January each agency's unpublished report of the year
 * before is due then, and after it lapsed (seed §二(一)6).
 */
@Service
public class EarlyWarningList {

    static final int REMINDER_DAYS = 45;

    private final List<EarlyWarnings> providers;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final AnnualReportWorkflow workflow;
    private final StatisticsWorkers workers;

    EarlyWarningList(List<EarlyWarnings> providers, Organization organization, MessageSource messages, Clock clock,
            AnnualReportWorkflow workflow, StatisticsWorkers workers) {
        this.workflow = workflow;
        this.workers = workers;
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
        Set<String> agencies = Set.copyOf(scope);
        // Side by side: the list takes about as long as its slowest provider (docs/performance.md, "Early warnings").
        List<CompletableFuture<List<EarlyWarning>>> asked = new ArrayList<>();
        for (EarlyWarnings provider : providers) {
            asked.add(workers.async(() -> provider.earlyWarnings(agencies, today, locale)));
        }
        for (CompletableFuture<List<EarlyWarning>> answer : asked) {
            all.addAll(StatisticsWorkers.join(answer));
        }
        all.addAll(reportReminders(scope, today, locale));
        all.sort(Comparator.comparing(EarlyWarning::severity).thenComparing(EarlyWarning::due,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(EarlyWarning::code)
                .thenComparing(EarlyWarning::subject));
        return all;
    }

    /**
     * The annual report due on 31 January (PeriodRule.ANNUAL_STATISTICS_REPORT, seed §二(一)6) for the year before,
     * for each agency whose report of that year is not published: {@code ANNUAL_REPORT_DUE} from
     * {@value #REMINDER_DAYS} days ahead, MEDIUM in its last ten days and LOW before; {@code ANNUAL_REPORT_LAPSED},
     * HIGH, once the day has passed (checked for the last year's report, the one the seed asks for now).
     */
    List<EarlyWarning> reportReminders(Set<String> scope, LocalDate today, Locale locale) {
        List<EarlyWarning> reminders = new ArrayList<>();
        LocalDate thisYears = MonthDay.of(1, 31).atYear(today.getYear());
        if (today.isAfter(thisYears)) {
            reminders.addAll(reportWarnings(scope, thisYears, "ANNUAL_REPORT_LAPSED", EarlyWarnings.Severity.HIGH,
                    "statistics.early-warning.report-lapsed", locale));
        }
        LocalDate due = today.isAfter(thisYears) ? thisYears.plusYears(1) : thisYears;
        if (!today.isBefore(due.minusDays(REMINDER_DAYS))) {
            EarlyWarnings.Severity severity = today.isBefore(due.minusDays(10)) ? EarlyWarnings.Severity.LOW
                    : EarlyWarnings.Severity.MEDIUM;
            reminders.addAll(reportWarnings(scope, due, "ANNUAL_REPORT_DUE", severity,
                    "statistics.early-warning.report", locale));
        }
        return reminders;
    }

    private List<EarlyWarning> reportWarnings(Set<String> scope, LocalDate due, String code,
            EarlyWarnings.Severity severity, String messageKey, Locale locale) {
        int year = due.getYear() - 1;
        Map<String, ReportStatus> statuses = workflow.statuses(year);
        List<EarlyWarning> out = new ArrayList<>();
        for (Agency a : organization.agencies()) {
            ReportStatus status = statuses.get(a.id());
            if (scope.contains(a.id()) && status != ReportStatus.PUBLISHED) {
                String standing = messages.getMessage("statistics.report.status."
                        + (status == null ? "NONE" : status.name()), null, locale);
                out.add(new EarlyWarning(code, severity, a.name(), messages.getMessage(messageKey,
                        new Object[] { String.valueOf(year), due.toString(), standing }, locale), due, a.id(),
                        "/statistics?agencyId=" + a.id() + "&year=" + year));
            }
        }
        return out;
    }
}
