package org.mingjing.organization;

import java.time.LocalDate;

import org.mingjing.shared.ProblemException;

/**
 * An enforcement officer (执法人员) with the enforcement certificate (执法证) that lets them act. Legal
 * reviewers (法制审核人员) are officers flagged as such, with their legal-profession qualification.
 */
public record Officer(String id, String agencyId, String name, String post, String idNumber, String phone,
        String certificateNumber, String certificateIssuer, LocalDate certificateValidFrom,
        LocalDate certificateValidUntil, String area, String fields, OfficerStatus status, boolean legalReviewer,
        String legalQualificationNumber, LocalDate reviewStartedOn, int version) {

    /**
     * Whether the certificate is current on the given day and the officer is active: the test the public
     * certificate check applies, and the one every act of enforcement must pass (行政处罚法第四十二条).
     */
    public boolean mayActOn(LocalDate day) {
        return status == OfficerStatus.ACTIVE && !day.isBefore(certificateValidFrom)
                && !day.isAfter(certificateValidUntil);
    }

    /**
     * Whether this officer may give a legal-review opinion: an active legal reviewer who, having begun reviewing
     * after the 2021 revision took force, holds the national legal-profession qualification (行政处罚法第五十八条第二款).
     */
    public boolean qualifiedToReview() {
        return status == OfficerStatus.ACTIVE && legalReviewer && (!ReviewStaffingPolicy.needsQualification(this)
                || (legalQualificationNumber != null && !legalQualificationNumber.isBlank()));
    }

    /** Suspends an active officer; a revoked one stays revoked. */
    public Officer suspend() {
        if (status != OfficerStatus.ACTIVE) {
            throw ProblemException.conflict("officer-not-active", "officer.problem.not-active");
        }
        return withStatus(OfficerStatus.SUSPENDED);
    }

    /** Lets a suspended officer act again. */
    public Officer reinstate() {
        if (status != OfficerStatus.SUSPENDED) {
            throw ProblemException.conflict("officer-not-suspended", "officer.problem.not-suspended");
        }
        return withStatus(OfficerStatus.ACTIVE);
    }

    /** Revokes the qualification for good. */
    public Officer revoke() {
        if (status == OfficerStatus.REVOKED) {
            throw ProblemException.conflict("officer-revoked", "officer.problem.revoked");
        }
        return withStatus(OfficerStatus.REVOKED);
    }

    /** The intent that leads to the target status: suspend, reinstate or revoke, each with its guard. */
    public Officer moveTo(OfficerStatus target) {
        return switch (target) {
            case SUSPENDED -> suspend();
            case ACTIVE -> reinstate();
            case REVOKED -> revoke();
        };
    }

    private Officer withStatus(OfficerStatus next) {
        return new Officer(id, agencyId, name, post, idNumber, phone, certificateNumber, certificateIssuer,
                certificateValidFrom, certificateValidUntil, area, fields, next, legalReviewer,
                legalQualificationNumber, reviewStartedOn, version);
    }
}
