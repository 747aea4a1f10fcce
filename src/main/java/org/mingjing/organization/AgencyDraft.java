package org.mingjing.organization;

/** The editable description of an agency. */
public record AgencyDraft(String name, String shortName, String creditCode, String qualificationBasis,
        String address, String phone, String reconsiderationBody, String court, Integer version) {
}
