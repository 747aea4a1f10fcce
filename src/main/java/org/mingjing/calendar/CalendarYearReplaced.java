package org.mingjing.calendar;

import org.mingjing.shared.Auditable;

/**
 * A system administrator replaced a year's holiday notice; deadlines reaching that year may have moved, and a
 * year not loaded before is no longer provisional.
 *
 * @param actor    username of the administrator
 * @param year     the notice's year
 * @param days     how many days the new notice names
 * @param agencyId the administrator's agency
 */
public record CalendarYearReplaced(String actor, int year, int days, String agencyId) implements Auditable {

    @Override
    public String action() {
        return "CALENDAR_YEAR_REPLACED";
    }

    @Override
    public String subject() {
        return String.valueOf(year);
    }
}
