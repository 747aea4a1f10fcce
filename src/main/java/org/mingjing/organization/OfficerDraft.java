package org.mingjing.organization;

import java.time.LocalDate;

/**
 * What a system administrator enters to register or edit an officer. Every field is checked by
 * {@link Organization} before anything is stored.
 */
public record OfficerDraft(String agencyId, String name, String post, String certificateNumber,
        String certificateIssuer, LocalDate certificateValidFrom, LocalDate certificateValidUntil, String area,
        String fields, String idNumber, String phone, Boolean legalReviewer, String legalQualificationNumber,
        LocalDate reviewStartedOn) {
}
