package org.mingjing.publicity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A decision's publication as stored: what the public sees of it ({@code maskedText}) and what that was made from
 * ({@code originalText}, staff only), where it stands, its deadlines, and who entered, reviewed and released it
 * (谁执法谁公示, 谁录入谁负责, seed §二(一)1).
 */
public record Publication(String id, String caseId, String documentId, String agencyId, String agencyName,
        String actType, String decisionType, String penaltyKinds, PublicationStatus status, String reason,
        String reasonCode, LocalDate decidedOn, LocalDate dueBy, String title, String partyName, String number,
        String originalText, String maskedText, String findings, List<String> manualMarks, int revision,
        String enteredBy, String reviewedBy, String releasedBy, LocalDate publishedOn, OffsetDateTime publishedAt,
        LocalDate expiresOn, ChangeKind changeKind, String changeCause, LocalDate changeReportedOn,
        LocalDate changeDueBy, LocalDate withdrawnOn, OffsetDateTime createdAt, int version) {

    /** A change of the decision that the publication must follow, and so the act that satisfies it. */
    public enum ChangeKind {
        WITHDRAW, CORRECT
    }

    /** Past its release deadline and not yet public. */
    public boolean overdue(LocalDate today) {
        return status == PublicationStatus.PENDING && dueBy.isBefore(today);
    }

    /** A reported change of the decision not yet followed and past its deadline. */
    public boolean changeOverdue(LocalDate today) {
        return changeKind != null && changeDueBy != null && changeDueBy.isBefore(today);
    }
}
