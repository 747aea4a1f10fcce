package org.mingjing.cases;

/**
 * The stages every penalty case records (行政处罚法 Art. 47, seed §二(二)1; LAW.md §2): filing, investigation,
 * review, decision, service, execution, then closing and archiving. Other procedures name their own stages with
 * the codes they share where the meaning is the same.
 */
public enum CaseStage {
    FILING, INVESTIGATION, REVIEW, DECISION, SERVICE, EXECUTION, CLOSED, ARCHIVED;

    public String messageKey() {
        return "cases.stage." + name();
    }

    public boolean atOrAfter(CaseStage other) {
        return compareTo(other) >= 0;
    }
}
