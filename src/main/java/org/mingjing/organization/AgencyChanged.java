package org.mingjing.organization;

import org.mingjing.shared.Auditable;

/** An administrator changed an agency's description. */
public record AgencyChanged(String actor, String agencyId) implements Auditable {

    @Override
    public String action() {
        return "AGENCY_UPDATED";
    }

    @Override
    public String subject() {
        return agencyId;
    }
}
