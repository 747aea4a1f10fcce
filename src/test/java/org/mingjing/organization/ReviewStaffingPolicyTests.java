package org.mingjing.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Seed §二(三)1: reviewers at least 5 % of the enforcement officers and at least one; 行政处罚法第五十八条. */
class ReviewStaffingPolicyTests {

    @Test
    void anAgencyWithFewOfficersStillNeedsOneReviewer() {
        assertThat(ReviewStaffingPolicy.requiredReviewers(0)).isEqualTo(1);
        assertThat(ReviewStaffingPolicy.requiredReviewers(1)).isEqualTo(1);
        assertThat(ReviewStaffingPolicy.requiredReviewers(20)).isEqualTo(1);
    }

    @Test
    void fivePercentIsRoundedUpSoTwentyOneOfficersNeedTwoReviewers() {
        assertThat(ReviewStaffingPolicy.requiredReviewers(21)).isEqualTo(2);
        assertThat(ReviewStaffingPolicy.requiredReviewers(40)).isEqualTo(2);
        assertThat(ReviewStaffingPolicy.requiredReviewers(41)).isEqualTo(3);
    }

    @Test
    void countsOnlyActiveStaffAndKeepsReviewersOutOfTheOfficerCount() {
        List<Officer> staff = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            staff.add(officer("o" + i, false, OfficerStatus.ACTIVE, null, null));
        }
        staff.add(officer("suspended", false, OfficerStatus.SUSPENDED, null, null));
        staff.add(officer("r1", true, OfficerStatus.ACTIVE, "A2019001", LocalDate.of(2022, 1, 1)));
        ReviewStaffing staffing = ReviewStaffingPolicy.assess("a", staff);
        assertThat(staffing.officers()).isEqualTo(21);
        assertThat(staffing.reviewers()).isEqualTo(1);
        assertThat(staffing.required()).isEqualTo(2);
        assertThat(staffing.compliant()).isFalse();
    }

    @Test
    void aRevokedReviewerDoesNotCount() {
        ReviewStaffing staffing = ReviewStaffingPolicy.assess("a", List.of(officer("o", false, OfficerStatus.ACTIVE,
                null, null), officer("r", true, OfficerStatus.REVOKED, "A1", LocalDate.of(2022, 1, 1))));
        assertThat(staffing.reviewers()).isZero();
        assertThat(staffing.compliant()).isFalse();
    }

    @Test
    void aFirstTimeReviewerSince2021WithoutLegalQualificationIsReported() {
        ReviewStaffing staffing = ReviewStaffingPolicy.assess("a", List.of(
                officer("r-new", true, OfficerStatus.ACTIVE, null, LocalDate.of(2021, 7, 15)),
                officer("r-old", true, OfficerStatus.ACTIVE, null, LocalDate.of(2021, 7, 14))));
        assertThat(staffing.unqualifiedReviewers()).isEqualTo(1);
        assertThat(staffing.compliant()).isTrue();
    }

    static Officer officer(String id, boolean reviewer, OfficerStatus status, String qualification,
            LocalDate reviewingSince) {
        return new Officer(id, "a", "name", "post", "11010519491231002X", "13912345678", "C" + id, "issuer",
                LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31), "area", "fields", status, reviewer,
                qualification, reviewingSince, 0);
    }
}
