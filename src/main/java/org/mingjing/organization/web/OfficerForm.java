package org.mingjing.organization.web;

import java.time.LocalDate;

import org.mingjing.organization.Officer;
import org.mingjing.organization.OfficerDraft;

/** The officer form of the staff pages, bound from the request and shown back with errors. */
record OfficerForm(String agencyId, String name, String post, String certificateNumber, String certificateIssuer,
        LocalDate certificateValidFrom, LocalDate certificateValidUntil, String area, String fields, String idNumber,
        String phone, Boolean legalReviewer, String legalQualificationNumber, LocalDate reviewStartedOn,
        Integer version) {

    static OfficerForm empty(String agencyId) {
        return new OfficerForm(agencyId, "", "", "", "", null, null, "", "", "", "", false, "", null, null);
    }

    static OfficerForm of(Officer o) {
        return new OfficerForm(o.agencyId(), o.name(), o.post(), o.certificateNumber(), o.certificateIssuer(),
                o.certificateValidFrom(), o.certificateValidUntil(), o.area(), o.fields(), o.idNumber(), o.phone(),
                o.legalReviewer(), o.legalQualificationNumber(), o.reviewStartedOn(), o.version());
    }

    OfficerDraft draft() {
        return new OfficerDraft(agencyId, name, post, certificateNumber, certificateIssuer, certificateValidFrom,
                certificateValidUntil, area, fields, idNumber, phone, legalReviewer, legalQualificationNumber,
                reviewStartedOn);
    }
}
