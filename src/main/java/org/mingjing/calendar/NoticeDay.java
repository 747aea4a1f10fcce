package org.mingjing.calendar;

import java.time.LocalDate;

/**
 * One day of a yearly holiday notice: the date, whether it is a day off or an adjusted working day, and the
 * holiday it belongs to (春节, 国庆节…).
 */
public record NoticeDay(LocalDate date, DayKind kind, String name) {
}
