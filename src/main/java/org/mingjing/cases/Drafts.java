package org.mingjing.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.RecordKind;
import org.mingjing.cases.CaseEnums.ServiceMethod;
import org.mingjing.cases.CaseEnums.Source;
import org.mingjing.catalogue.PenaltyKind;

/** What a client submits for each act of a case, before the checks; field names are the API contract's. */
public final class Drafts {

    private Drafts() {
    }

    public record PartyDraft(PartyRole role, PartyType type, String name, String idNumber, String creditCode,
            String legalRepresentative, LocalDate birthDate, String phone, String address, String bankAccount) {
    }

    public record Filing(String matterCode, ProcedureKind procedure, Source source, String facts,
            LocalDate occurredOn, LocalDate filedOn, String place, BigDecimal illegalIncome,
            BigDecimal illegalTurnover, List<PartyDraft> parties, List<String> officerIds, LocalDate continuingUntil,
            Boolean seriousHarm) {
    }

    public record RecordDraft(RecordKind kind, LocalDate occurredOn, List<String> officerIds, Boolean certificateShown,
            String person, String place, String content) {
    }

    public record PenaltyDraft(PenaltyKind kind, BigDecimal amount) {
    }

    public record ProposedDecision(List<PenaltyDraft> penalties, String basis) {
    }

    public record NoticeDraft(LocalDate servedOn, ProposedDecision proposedDecision) {
    }

    public record StatementDraft(LocalDate receivedOn, String content, Boolean waived, Boolean hearingRequested) {
    }

    public record HearingDraft(LocalDate noticeServedOn, LocalDate heldOn, String place, String presidingOfficerId,
            String record) {
    }

    public record DeliberationDraft(LocalDate heldOn, String participants, String conclusion) {
    }

    public record DecisionDraft(LocalDate decidedOn, DecisionType type, List<PenaltyDraft> penalties, String basis,
            List<String> circumstances, String discretionNote) {
    }

    public record ServiceDraft(ServiceMethod method, LocalDate servedOn, String recipient, Boolean consentRecorded,
            String witnesses) {
    }

    public record PaymentDraft(BigDecimal amount, LocalDate paidOn) {
    }

    public record RecusalDraft(String officerId, LocalDate decidedOn, String reason, String replacementOfficerId) {
    }

    public record PreservationDraft(LocalDate decidedOn, String items) {
    }

    public record DisposalDraft(LocalDate disposedOn, String outcome) {
    }

    public record ArrangementDraft(String kind, LocalDate approvedOn, LocalDate until) {
    }

    public record RemedyDraft(String kind, LocalDate from, LocalDate until) {
    }

    /** How a remedy ended: an outcome code of {@link CaseEnums.RemedyOutcome} and the day of the ruling. */
    public record RemedyOutcomeDraft(String outcome, LocalDate concludedOn) {
    }

    /** The reason why an act the audio-video checklist lists has no recording. */
    public record AvAbsenceDraft(String stepId, String reason) {
    }
}
