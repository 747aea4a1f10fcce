package org.mingjing.cases;

import org.mingjing.shared.Auditable;

/** A case was filed or changed in a way the audit log keeps. */
public record CaseChanged(String actor, String agencyId, String caseId, String change) implements Auditable {

    @Override
    public String action() {
        return "CASE_" + change;
    }

    @Override
    public String subject() {
        return caseId;
    }
}
