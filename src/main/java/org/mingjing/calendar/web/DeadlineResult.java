package org.mingjing.calendar.web;

import java.util.List;

import org.mingjing.calendar.CalendarDay;
import org.mingjing.calendar.Deadline;

/**
 * What the deadline calculator shows: the deadline, its weekday, how the period was counted, the rule and its basis
 * when one was applied, and the statutory holidays the period covers.
 *
 * @param deadline   the computed deadline
 * @param weekdayKey message key of the deadline's weekday
 * @param lengthText the period as words, e.g. "7个工作日"
 * @param ruleName   the applied rule's name, or null
 * @param citation   the applied rule's basis, or null
 * @param holidays   the statutory days off within the period
 */
record DeadlineResult(Deadline deadline, String weekdayKey, String lengthText, String ruleName, String citation,
        List<CalendarDay> holidays) {
}
