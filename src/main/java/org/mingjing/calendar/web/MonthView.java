package org.mingjing.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.calendar.CalendarDay;
import org.mingjing.calendar.LoadedYear;
import org.mingjing.calendar.StatutoryCalendar;

/**
 * One month of the calendar laid out in weeks from Monday to Sunday, as the month page shows it.
 *
 * @param month    the month shown
 * @param weeks    the weeks, each of seven cells, including the days of the neighbouring months that fill them
 * @param loaded   whether the month's year has its notice loaded
 * @param notice   the loaded notice of the month's year, or null
 */
record MonthView(YearMonth month, List<List<Cell>> weeks, boolean loaded, LoadedYear notice) {

    /**
     * One day of the grid.
     *
     * @param day     the day
     * @param inMonth whether it belongs to the month shown
     */
    record Cell(CalendarDay day, boolean inMonth) {

        /** The style of the cell: day off, adjusted working day, weekend, or an ordinary working day. */
        public String css() {
            String kind = day.holiday() ? "off" : day.adjustedWorkday() ? "work" : day.weekend() ? "weekend" : "";
            return inMonth ? kind : (kind + " outside").strip();
        }
    }

    static MonthView of(YearMonth month, StatutoryCalendar calendar) {
        LocalDate first = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate last = month.atEndOfMonth().with(DayOfWeek.SUNDAY);
        List<CalendarDay> days = calendar.days(first, last);
        List<List<Cell>> weeks = new ArrayList<>();
        for (int i = 0; i < days.size(); i += 7) {
            weeks.add(days.subList(i, i + 7).stream()
                    .map(day -> new Cell(day, YearMonth.from(day.date()).equals(month))).toList());
        }
        return new MonthView(month, weeks, calendar.isLoaded(month.getYear()),
                calendar.loadedYear(month.getYear()).orElse(null));
    }

    /** The year as text, so that message formatting does not group its digits. */
    public String yearText() {
        return String.valueOf(month.getYear());
    }

    public String monthText() {
        return String.valueOf(month.getMonthValue());
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
