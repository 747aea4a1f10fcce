package org.mingjing.organization;

/**
 * An agency's legal-review staffing against the rule of seed §二(三)1: reviewers at least 5 % of the
 * agency's enforcement officers, and at least one.
 *
 * @param officers active enforcement officers of the agency (reviewers not counted)
 * @param reviewers active legal reviewers of the agency
 * @param required reviewers the rule asks for
 * @param compliant whether the count meets the rule (qualification gaps are reported apart)
 * @param unqualifiedReviewers reviewers who began reviewing after 行政处罚法 (2021) took force without a
 *        legal-profession qualification (行政处罚法第五十八条第二款)
 */
public record ReviewStaffing(String agencyId, int officers, int reviewers, int required, boolean compliant,
        int unqualifiedReviewers) {
}
