package org.mingjing.organization;

import org.mingjing.shared.Auditable;

/** An administrator registered a new officer. */
public record OfficerRegistered(String actor, String officerId, String agencyId) implements Auditable {

    @Override
    public String action() {
        return "OFFICER_REGISTERED";
    }

    @Override
    public String subject() {
        return officerId;
    }
}
