package org.mingjing.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One day as the statutory calendar sees it.
 *
 * @param date       the day
 * @param workingDay whether it is a working day
 * @param kind       what the holiday notice says about it, or null for an ordinary weekday or weekend day
 * @param name       the holiday the notice ties it to (国庆节…), or null
 * @param loaded     whether the official calendar of the day's year is loaded; if not, only weekends are known
 */
public record CalendarDay(LocalDate date, boolean workingDay, DayKind kind, String name, boolean loaded) {

    /** The holiday's name on a statutory day off, null on any other day. */
    public String holidayName() {
        return kind == DayKind.OFF ? name : null;
    }

    /** True on a weekend day the notice made a working day (调休上班). */
    public boolean adjustedWorkday() {
        return kind == DayKind.WORK;
    }

    /** True on a statutory day off. */
    public boolean holiday() {
        return kind == DayKind.OFF;
    }

    public boolean weekend() {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
