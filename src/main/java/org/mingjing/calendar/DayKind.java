package org.mingjing.calendar;

/** What the State Council's yearly notice says about a day. */
public enum DayKind {

    /** A statutory holiday or a rest day of the holiday arrangement (放假): not a working day. */
    OFF,

    /** A weekend day made a working day to make up for the holiday (调休上班). */
    WORK
}
