package org.mingjing.organization;

import java.time.LocalDate;
import java.util.Collection;

/**
 * How many legal reviewers an agency needs.
 *
 * <p>Seed §二(三)1 (三民〔2019〕73号): "原则上法制审核人员不少于本单位执法人员总数的5%，且不少于1人". The
 * percentage is taken of the enforcement officers and rounded up, so 21 officers need 2 reviewers.
 *
 * <p>行政处罚法第五十八条第二款: officers reviewing for the first time after the Act's 2021 revision took
 * force (2021-07-15) must hold the national legal-profession qualification.
 */
final class ReviewStaffingPolicy {

    static final LocalDate QUALIFICATION_REQUIRED_FROM = LocalDate.of(2021, 7, 15);

    private ReviewStaffingPolicy() {
    }

    /** At least 5 % of the officers, rounded up, and never fewer than one. */
    static int requiredReviewers(int enforcementOfficers) {
        return Math.max(1, (enforcementOfficers * 5 + 99) / 100);
    }

    static ReviewStaffing assess(String agencyId, Collection<Officer> staff) {
        int officers = 0;
        int reviewers = 0;
        int unqualified = 0;
        for (Officer officer : staff) {
            if (officer.status() != OfficerStatus.ACTIVE) {
                continue;
            }
            if (officer.legalReviewer()) {
                reviewers++;
                if (needsQualification(officer) && isBlank(officer.legalQualificationNumber())) {
                    unqualified++;
                }
            } else {
                officers++;
            }
        }
        int required = requiredReviewers(officers);
        return new ReviewStaffing(agencyId, officers, reviewers, required, reviewers >= required,
                unqualified);
    }

    static boolean needsQualification(Officer reviewer) {
        return reviewer.reviewStartedOn() == null || !reviewer.reviewStartedOn().isBefore(QUALIFICATION_REQUIRED_FROM);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
