package org.mingjing.calendar;

/**
 * Whether a period runs after the day it starts from (a party has 5 working days after the notice) or ends
 * before it (the hearing notice goes out 7 working days before the hearing).
 */
public enum PeriodDirection {
    AFTER,
    BEFORE
}
