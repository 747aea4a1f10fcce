package org.mingjing.calendar.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.mingjing.calendar.CalendarDay;
import org.mingjing.calendar.Deadline;
import org.mingjing.calendar.LoadedYear;
import org.mingjing.calendar.NoticeDayDraft;
import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.PeriodUnit;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The calendar's JSON API (API.md, "Calendar (期限)"): days and deadlines for anyone, the yearly notice for the
 * system administrator.
 */
@RestController
class CalendarApi {

    private final StatutoryCalendar calendar;
    private final MessageSource messages;

    CalendarApi(StatutoryCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** One day: whether it is a working day, the holiday's name on a day off, whether it is an adjusted workday. */
    record DayView(LocalDate date, boolean workingDay, String holidayName, boolean adjustedWorkday) {

        static DayView of(CalendarDay day) {
            return new DayView(day.date(), day.workingDay(), day.holidayName(), day.adjustedWorkday());
        }
    }

    /** A deadline; {@code rule} and {@code citation} only when a named rule was applied. */
    record DeadlineView(LocalDate from, Integer days, PeriodUnit unit, LocalDate deadline, boolean provisional,
            @JsonInclude(JsonInclude.Include.NON_NULL) String rule,
            @JsonInclude(JsonInclude.Include.NON_NULL) String citation) {
    }

    /** A period rule; {@code days} is null for a fixed date (the annual report's 31 January). */
    record RuleView(String code, String name, Integer days, PeriodUnit unit, String citation) {
    }

    /** The outcome of replacing a year's notice. */
    record YearView(int year, int days, boolean loaded) {
    }

    @GetMapping("/api/public/calendar/days/{date}")
    DayView day(@PathVariable String date) {
        return DayView.of(calendar.day(DeadlineRequest.date("date", date)));
    }

    @GetMapping("/api/public/calendar/deadline")
    DeadlineView deadline(@RequestParam(required = false) String from, @RequestParam(required = false) String days,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String rule) {
        Deadline deadline = new DeadlineRequest(from, days, unit, rule).computeWith(calendar);
        return deadline.appliedRule()
                .map(applied -> new DeadlineView(deadline.from(), daysOf(applied), deadline.unit(),
                        deadline.deadline(), deadline.provisional(), applied.code(), message(applied.citationKey())))
                .orElseGet(() -> new DeadlineView(deadline.from(), deadline.length(), deadline.unit(),
                        deadline.deadline(), deadline.provisional(), null, null));
    }

    @GetMapping("/api/public/calendar/rules")
    List<RuleView> rules() {
        return Arrays.stream(PeriodRule.values()).map(rule -> new RuleView(rule.code(), message(rule.nameKey()),
                daysOf(rule), rule.unit(), message(rule.citationKey()))).toList();
    }

    /**
     * Replaces the year's holiday notice (system administrator only). The optional {@code notice} parameter records
     * where the notice was published.
     */
    @PutMapping("/api/calendar/years/{year}")
    @PreAuthorize("hasRole('SYSADMIN')")
    YearView replaceYear(@PathVariable String year, @RequestParam(required = false) String notice,
            @RequestBody List<NoticeDayDraft> days) {
        LoadedYear loaded = calendar.replaceYear(year(year), notice, days);
        return new YearView(loaded.year(), loaded.days(), true);
    }

    static int year(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("year", "calendar.validation.year-format", text);
        }
    }

    private static Integer daysOf(PeriodRule rule) {
        return rule.unit() == PeriodUnit.FIXED_DATE ? null : rule.length();
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
