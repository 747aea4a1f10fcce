package org.mingjing.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The obvious way to count working days: walk day by day, asking two hash sets. The reference the precomputed
 * snapshot is checked against, and the floor the benchmark compares it with.
 */
final class NaiveCalendar {

    private final Set<LocalDate> off = new HashSet<>();
    private final Set<LocalDate> work = new HashSet<>();

    NaiveCalendar(Collection<NoticeDay> days) {
        for (NoticeDay day : days) {
            (day.kind() == DayKind.OFF ? off : work).add(day.date());
        }
    }

    boolean isWorkingDay(LocalDate date) {
        if (work.contains(date)) {
            return true;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !off.contains(date);
    }

    LocalDate workingDaysAfter(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n;) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    LocalDate workingDaysBefore(LocalDate from, int n) {
        LocalDate day = from;
        for (int counted = 0; counted < n;) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    LocalDate calendarDaysAfter(LocalDate from, int n) {
        LocalDate day = from.plusDays(n);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
