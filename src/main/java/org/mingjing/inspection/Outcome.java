package org.mingjing.inspection;

/** What an inspection found (检查结果). */
public enum Outcome {
    /** 未发现问题. */
    NO_PROBLEM,
    /** 发现问题已责令整改. */
    PROBLEM_CORRECTED,
    /** 发现问题，需依法处理. */
    PROBLEM_FOUND;

    public String messageKey() {
        return "inspection.outcome." + name();
    }
}
