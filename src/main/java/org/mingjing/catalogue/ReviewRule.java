package org.mingjing.catalogue;

import java.math.BigDecimal;

/**
 * One line of the legal-review catalogue (重大执法决定法制审核目录清单, seed §二(三)2): a decision of the act type
 * that matches every filter given (field, penalty kind, an amount of at least {@code minAmount}, taken after a
 * hearing) is a major decision and needs legal review before it is made. Null filters match anything.
 */
public record ReviewRule(String id, String agencyId, MatterCategory actType, String field, PenaltyKind penaltyKind,
        BigDecimal minAmount, Boolean hearingHeld, String description, int version) {
}
