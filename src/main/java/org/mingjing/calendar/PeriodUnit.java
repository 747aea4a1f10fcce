package org.mingjing.calendar;

/**
 * What a period is counted in.
 */
public enum PeriodUnit {

    /**
     * Working days: Monday to Friday, minus the statutory holidays of the State Council's yearly notice, plus the
     * weekend days that notice makes working days (调休). 行政处罚法第八十五条, 行政许可法第八十二条 and 行政强制法第六十九条
     * say which of their periods are counted so.
     */
    WORKING_DAYS,

    /** Calendar days; the start day is not counted (民法典第二百零一条). */
    CALENDAR_DAYS,

    /** Months: the corresponding day of the month the period ends in, or its last day (民法典第二百零二条). */
    MONTHS,

    /** Years, counted like months (民法典第二百零二条). */
    YEARS,

    /** A fixed day of the year after the start, such as 31 January for the annual statistics report. */
    FIXED_DATE;

    /** Units a client may name when it counts a period of its own rather than a named rule. */
    public boolean countable() {
        return this == WORKING_DAYS || this == CALENDAR_DAYS;
    }
}
