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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;

import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.EarlyWarnings;
import org.mingjing.shared.EarlyWarnings.EarlyWarning;
import org.springframework.context.MessageSource;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
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

    EarlyWarningList(List<EarlyWarnings> providers, Organization organization, MessageSource messages, Clock clock,
            AnnualReportWorkflow workflow) {
        this.workflow = workflow;
        this.providers = providers;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The providers are asked side by side, each on its own connection: the list then takes about as long as its
     * slowest provider rather than their sum (docs/performance.md, "Early warnings"). The signed-in caller goes with
     * each question, for a provider that shows some warnings to some roles only.
     */
    private final ExecutorService workers = new DelegatingSecurityContextExecutorService(
            Executors.newFixedThreadPool(WORKERS, runnable -> {
                Thread t = new Thread(runnable, "early-warnings");
                t.setDaemon(true);
                return t;
            }));

    /** Providers asked at once, across all requests. */
    static final int WORKERS = 4;

    private static List<EarlyWarning> answered(Future<List<EarlyWarning>> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while gathering early warnings", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stopWorkers() {
        workers.shutdownNow();
    }

    public List<EarlyWarning> forAgency(Caller caller, String agencyId, Locale locale) {
        Agency agency = organization.requireVisibleAgency(caller, agencyId == null ? caller.agencyId() : agencyId);
        Set<String> scope = new LinkedHashSet<>(organization.subtree(agency.id()));
        scope.retainAll(organization.visibleAgencyIds(caller));
        LocalDate today = LocalDate.now(clock);
        List<EarlyWarning> all = new ArrayList<>();
        Set<String> agencies = Set.copyOf(scope);
        List<Future<List<EarlyWarning>>> asked = new ArrayList<>();
        for (EarlyWarnings provider : providers) {
            asked.add(workers.submit(() -> provider.earlyWarnings(agencies, today, locale)));
        }
        for (Future<List<EarlyWarning>> answer : asked) {
            all.addAll(answered(answer));
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
