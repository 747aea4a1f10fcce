package org.mingjing.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The end of a period: the last day on which the act is on time.
 *
 * @param from        the day the period starts from (not counted)
 * @param length      how many units were counted
 * @param unit        what was counted
 * @param deadline    the last day of the period
 * @param provisional true when the period reaches a year whose official calendar is not loaded, so the
 *                    deadline was computed with plain Monday-to-Friday weeks there and may still move
 * @param rule        the named rule applied, or null when the caller counted its own period
 */
public record Deadline(LocalDate from, int length, PeriodUnit unit, LocalDate deadline, boolean provisional,
        PeriodRule rule) {

    /** The named rule applied, if any. */
    public Optional<PeriodRule> appliedRule() {
        return Optional.ofNullable(rule);
    }

    /** The first and last day the period covers, whichever way it was counted. */
    public LocalDate firstDay() {
        if (rule != null && rule.direction() == PeriodDirection.BEFORE) {
            return deadline;
        }
        return deadline.isAfter(from) ? from.plusDays(1) : deadline;
    }

    /** The last day the period covers: the deadline, or the day before the start for a period counted back. */
    public LocalDate lastDay() {
        if (rule != null && rule.direction() == PeriodDirection.BEFORE) {
            return deadline.isBefore(from) ? from.minusDays(1) : deadline;
        }
        return deadline;
    }
}
