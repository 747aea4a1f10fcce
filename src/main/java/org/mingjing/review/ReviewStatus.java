package org.mingjing.review;

/**
 * Where a review stands: waiting for a reviewer's opinion ({@code PENDING}, after a submission or a resubmission),
 * sent back with problems ({@code RETURNED}), passed ({@code APPROVED}), or before the agency's coordination because
 * the handling unit and the reviewer disagree ({@code COORDINATING}, seed §二(三)4).
 */
public enum ReviewStatus {
    PENDING, RETURNED, APPROVED, COORDINATING;

    public String messageKey() {
        return "review.status." + name();
    }

    boolean open() {
        return this != APPROVED;
    }
}
