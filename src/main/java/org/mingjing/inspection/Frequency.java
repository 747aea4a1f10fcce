package org.mingjing.inspection;

/** How often a plan's item is inspected (抽查频次; LAW.md §6: typically at least once a year). */
public enum Frequency {
    YEARLY, HALF_YEARLY, QUARTERLY;

    public String messageKey() {
        return "inspection.frequency." + name();
    }
}
