package org.mingjing.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicReference;

import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The statutory working calendar (法定工作日历) and the deadlines of LAW.md §1, for every module that needs to know
 * whether a day is a working day or when a period ends.
 *
 * <p>Reads go to an immutable {@link CalendarSnapshot} held in memory: no database access, no lock, constant time.
 * When a system administrator replaces a year's notice, the change is stored and, once committed, a new snapshot is
 * built and swapped in atomically; readers see either the old calendar or the new one, never a mix.
 */
@Service
public class StatutoryCalendar {

    /** Longest reference to the published notice (its address or document number). */
    static final int NOTICE_LENGTH = 500;

    private final CalendarNotices notices;
    private final ApplicationEventPublisher events;
    private final AtomicReference<CalendarSnapshot> current = new AtomicReference<>();

    StatutoryCalendar(CalendarNotices notices, ApplicationEventPublisher events) {
        this.notices = notices;
        this.events = events;
    }

    // ------------------------------------------------------------------ reading the calendar

    /** Whether the day is a working day: Monday to Friday minus statutory days off, plus adjusted working days. */
    public boolean isWorkingDay(LocalDate date) {
        return snapshot().isWorkingDay(date);
    }

    /** The day as the calendar sees it: working or not, the holiday it belongs to, whether its year is loaded. */
    public CalendarDay day(LocalDate date) {
        return snapshot().day(date);
    }

    /** Every day from {@code first} to {@code last}, both included, e.g. for a month view. */
    public List<CalendarDay> days(LocalDate first, LocalDate last) {
        return snapshot().days(first, last);
    }

    /**
     * The last day of the named rule's period, counted from {@code from} (the day of the decision, of service, of
     * filing…, which is not counted).
     */
    public Deadline deadline(LocalDate from, PeriodRule rule) {
        return snapshot().deadline(from, rule);
    }

    /**
     * The last day of a period of {@code days} units after {@code from}. A calendar-day period whose last day is not
     * a working day ends on the next working day.
     *
     * @throws IllegalArgumentException for a negative number of days or a unit that is not counted in days
     */
    public Deadline deadline(LocalDate from, int days, PeriodUnit unit) {
        return snapshot().deadline(from, days, unit);
    }

    /** The statutory days off the period covers, in order: the days its end was pushed back by. */
    public List<CalendarDay> holidaysWithin(Deadline deadline) {
        if (deadline.lastDay().isBefore(deadline.firstDay())) {
            return List.of();
        }
        return snapshot().days(deadline.firstDay(), deadline.lastDay()).stream().filter(CalendarDay::holiday)
                .toList();
    }

    /** Whether the official notice of the year is loaded; deadlines reaching other years are provisional. */
    public boolean isLoaded(int year) {
        return snapshot().isLoaded(year);
    }

    /** The years whose notice is loaded, in order. */
    public SortedSet<Integer> loadedYearNumbers() {
        return snapshot().loadedYears();
    }

    /** The loaded years with who loaded them and when. */
    public List<LoadedYear> loadedYears() {
        return notices.years();
    }

    /** The loaded year, if it is. */
    public Optional<LoadedYear> loadedYear(int year) {
        return notices.year(year);
    }

    /** The days the year's notice names, in date order; empty for a year not loaded. */
    public List<NoticeDay> notice(int year) {
        return notices.daysOf(year);
    }

    // ------------------------------------------------------------------ changing it

    /**
     * Replaces the year's notice with the given days and marks the year loaded. Only a system administrator may do
     * so. The days are checked by {@link YearNoticePolicy}; a date another year's notice already names is refused
     * too. Any fault refuses the whole notice, naming each faulty row, and nothing changes.
     *
     * @param year   the notice's year, 2000 to 2100
     * @param notice where the notice was published, optional
     * @param days   the days the notice names
     * @return the year as now loaded
     */
    @Transactional
    public LoadedYear replaceYear(int year, String notice, List<NoticeDayDraft> days) {
        Caller caller = Caller.current().filter(c -> c.has(Role.SYSADMIN))
                .orElseThrow(() -> ProblemException.forbidden("problem.forbidden"));
        String source = notice == null || notice.isBlank() ? null : notice.strip();
        if (source != null && source.length() > NOTICE_LENGTH) {
            throw ProblemException.invalid("notice", "validation.too-long", String.valueOf(NOTICE_LENGTH));
        }
        YearNoticePolicy.Outcome outcome = checked(year, days);
        if (!outcome.accepted()) {
            throw ProblemException.invalid(outcome.problems());
        }
        notices.replace(year, source, outcome.days(), caller.username());
        events.publishEvent(new CalendarYearReplaced(caller.username(), year, outcome.days().size(),
                caller.agencyId()));
        reloadAfterCommit();
        return notices.year(year).orElseThrow();
    }

    /**
     * The faults {@link #replaceYear} would refuse the notice for, without changing anything: for checking an upload
     * before saving it.
     */
    public List<FieldProblem> problemsIn(int year, List<NoticeDayDraft> days) {
        return checked(year, days).problems();
    }

    private YearNoticePolicy.Outcome checked(int year, List<NoticeDayDraft> days) {
        if (!YearNoticePolicy.yearInRange(year)) {
            throw ProblemException.invalid("year", "calendar.validation.year-range",
                    String.valueOf(YearNoticePolicy.FIRST_YEAR), String.valueOf(YearNoticePolicy.LAST_YEAR));
        }
        YearNoticePolicy.Outcome outcome = YearNoticePolicy.check(year, days);
        List<FieldProblem> problems = new ArrayList<>(outcome.problems());
        notices.claimedByOtherYears(year, outcome.rows().keySet()).forEach((date, otherYear) -> problems.add(
                FieldProblem.of("[" + outcome.rows().get(date) + "].date", "calendar.validation.date-claimed",
                        String.valueOf(otherYear))));
        return new YearNoticePolicy.Outcome(outcome.days(), outcome.rows(), List.copyOf(problems));
    }

    // ------------------------------------------------------------------ the snapshot

    /** The calendar in force now; built from the database on first use. */
    CalendarSnapshot snapshot() {
        CalendarSnapshot snapshot = current.get();
        return snapshot != null ? snapshot : reload();
    }

    /** Builds a snapshot of what the database holds now and makes it the calendar in force. */
    synchronized CalendarSnapshot reload() {
        CalendarSnapshot snapshot = CalendarSnapshot.of(notices.years().stream().map(LoadedYear::year).toList(),
                notices.allDays());
        current.set(snapshot);
        return snapshot;
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }
}
