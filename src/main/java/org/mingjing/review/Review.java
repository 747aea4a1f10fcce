package org.mingjing.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.mingjing.cases.Steps;

/**
 * One legal review of a case as it stands: its status and round, the proposal now before the reviewer (or approved),
 * who submitted it and when the round falls due.
 */
public record Review(String id, String caseId, String agencyId, ReviewStatus status, int round, String explanation,
        Steps.Decision proposal, String submittedBy, OffsetDateTime submittedAt, LocalDate roundSubmittedOn,
        LocalDate dueOn, String reviewerOfficerId, String approvedVia, LocalDate approvedOn) {

    public boolean overdue(LocalDate today) {
        return status == ReviewStatus.PENDING && today.isAfter(dueOn);
    }
}
