package org.mingjing.organization;

import org.mingjing.shared.Auditable;

/** An administrator changed an officer's data or status ({@code change} names which). */
public record OfficerChanged(String actor, String officerId, String agencyId, String change) implements Auditable {

    @Override
    public String action() {
        return "OFFICER_" + change;
    }

    @Override
    public String subject() {
        return officerId;
    }
}
