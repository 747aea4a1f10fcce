package org.mingjing.inspection;

/** Where a plan stands: planned, committed to a secret seed (its registers frozen), drawn. */
public enum PlanStatus {
    PLANNED, COMMITTED, DRAWN;

    public String messageKey() {
        return "inspection.plan-status." + name();
    }
}
