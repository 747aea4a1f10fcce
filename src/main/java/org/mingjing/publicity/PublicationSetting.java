package org.mingjing.publicity;

import java.math.BigDecimal;
import java.util.List;

/**
 * An agency's publication rule for one act type (LAW.md §4): whether its decisions are published, which penalty
 * kinds are not (a decision whose every penalty is excluded stays unpublished), how long a publication stays public
 * — {@code smallRetentionMonths} for a small penalty (only a warning, a 通报批评 or a fine below
 * {@code smallFineLimit}, or no penalty at all), {@code retentionMonths} otherwise (SAMR practice: 3 months and 3
 * years) — and the officers besides the head who may release (designated releasers).
 */
public record PublicationSetting(String agencyId, String actType, boolean published,
        List<String> excludedPenaltyKinds, int retentionMonths, int smallRetentionMonths, BigDecimal smallFineLimit,
        List<String> releaserOfficerIds) {

    /** The rule when the agency set none: everything published, 36 and 3 months, small fines below 10,000 yuan. */
    static PublicationSetting defaults(String agencyId, String actType) {
        return new PublicationSetting(agencyId, actType, true, List.of(), 36, 3, new BigDecimal("10000"), List.of());
    }
}
