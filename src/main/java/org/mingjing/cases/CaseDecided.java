package org.mingjing.cases;

import org.mingjing.shared.Auditable;

/** A case was decided; publicity (issue 7) publishes the decision from this event. */
public record CaseDecided(String actor, String agencyId, String caseId, String documentId, String decisionType)
        implements Auditable {

    @Override
    public String action() {
        return "CASE_DECIDED";
    }

    @Override
    public String subject() {
        return caseId;
    }
}
