package org.mingjing.calendar;

/**
 * One day of a yearly holiday notice as an administrator typed or uploaded it, not yet checked: the date
 * ({@code YYYY-MM-DD}), the kind ({@code OFF} or {@code WORK}) and the holiday's name.
 */
public record NoticeDayDraft(String date, String kind, String name) {
}
