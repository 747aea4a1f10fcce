package org.mingjing.inspection;

/** Where an inspection task stands: drawn and open, its result recorded, its result published. */
public enum TaskStatus {
    OPEN, RECORDED, PUBLISHED;

    public String messageKey() {
        return "inspection.task-status." + name();
    }
}
