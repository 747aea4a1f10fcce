package org.mingjing.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.RecordKind;
import org.mingjing.cases.CaseEnums.ServiceMethod;
import org.mingjing.catalogue.PenaltyKind;

/** The content of each kind of step, as stored in {@code case_step.data}. */
public final class Steps {

    public static final String RECORD = "RECORD";
    public static final String EVIDENCE = "EVIDENCE";
    public static final String NOTICE = "NOTICE";
    public static final String STATEMENT = "STATEMENT";
    public static final String HEARING = "HEARING";
    public static final String DELIBERATION = "DELIBERATION";
    public static final String DECISION = "DECISION";
    public static final String SERVICE = "SERVICE";
    public static final String PAYMENT = "PAYMENT";
    public static final String REMEDY = "REMEDY";
    public static final String RECUSAL = "RECUSAL";
    public static final String PRESERVATION = "PRESERVATION";
    public static final String DISPOSAL = "DISPOSAL";
    public static final String ARRANGEMENT = "ARRANGEMENT";
    public static final String CLOSE = "CLOSE";
    public static final String ARCHIVE = "ARCHIVE";
    /** How a remedy (the step {@code remedyStepId}) ended, recorded when the agency learns of it. */
    public static final String REMEDY_OUTCOME = "REMEDY_OUTCOME";
    /** The written reason why an act the audio-video checklist lists has no recording (seed §二(二)3(2)). */
    public static final String AV_ABSENCE = "AV_ABSENCE";

    private Steps() {
    }

    /** One penalty: its kind and, for fines and confiscations, the amount in yuan. */
    public record Penalty(PenaltyKind kind, BigDecimal amount) {
    }

    /** 笔录: inquiry, on-site inspection, sampling. */
    public record Record(RecordKind kind, List<String> officerIds, boolean certificateShown, String person,
            String place, String content) {
    }

    /** 事先告知 (Art. 44): the proposed decision and whether the party may ask for a hearing (Art. 63). */
    public record Notice(LocalDate servedOn, List<Penalty> penalties, String basis, boolean hearingRight) {
    }

    /** 陈述申辩 and a hearing request, or the party's written waiver of both. */
    public record Statement(LocalDate receivedOn, String content, boolean waived, boolean hearingRequested) {
    }

    /** 听证 (Art. 64): notice served, held, presided over by an officer who did not investigate. */
    public record Hearing(LocalDate noticeServedOn, LocalDate heldOn, String place, String presidingOfficerId,
            String record) {
    }

    /** 集体讨论 by the agency's heads (Art. 57). */
    public record Deliberation(LocalDate heldOn, String participants, String conclusion) {
    }

    public record Decision(LocalDate decidedOn, DecisionType type, List<Penalty> penalties, String basis,
            List<String> circumstances, String discretionNote) {
    }

    public record Service(ServiceMethod method, LocalDate servedOn, String recipient, boolean consentRecorded,
            String witnesses) {
    }

    public record Payment(BigDecimal amount, LocalDate paidOn) {
    }

    /** 行政复议 or 行政诉讼 against the decision: the late fee is not counted while it runs (Art. 73). */
    public record Remedy(String kind, LocalDate from, LocalDate until) {
    }

    /** How the remedy {@code remedyStepId} ({@code kind}: RECONSIDERATION or LITIGATION) ended, and when. */
    public record RemedyOutcome(String remedyStepId, String kind, CaseEnums.RemedyOutcome outcome,
            LocalDate concludedOn) {
    }

    /** 回避 (Art. 43): the officer withdraws, decided by the head; another officer may take the place. */
    public record Recusal(String officerId, LocalDate decidedOn, String reason, String replacementOfficerId) {
    }

    /** 先行登记保存 (Art. 56): evidence secured with the head's approval, to be disposed of within 7 working days. */
    public record Preservation(LocalDate decidedOn, String items) {
    }

    public record Disposal(LocalDate disposedOn, String outcome) {
    }

    /** 延期或者分期缴纳罚款 (Art. 66), approved by the agency: the payment falls due on the new day. */
    public record Arrangement(String kind, LocalDate approvedOn, LocalDate until) {
    }

    public record Close(LocalDate closedOn, String note) {
    }

    /** Why the act {@code stepId} (the case's id for the filing) of checklist stage {@code avStage} was not recorded. */
    public record AvAbsence(String stepId, org.mingjing.catalogue.AvStage avStage, String reason) {
    }

    public record Archive(LocalDate archivedOn, int score, List<String> deductions) {
    }
}
