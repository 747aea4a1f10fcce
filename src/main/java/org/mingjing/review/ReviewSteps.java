package org.mingjing.review;

import java.time.LocalDate;
import java.util.List;

import org.mingjing.cases.Steps;

/**
 * What the legal review records on a case, as steps of its review stage (审核), so that every flag, submission,
 * opinion, answer and coordination is in the case's timeline and its full-process record (seed §二(二)1, §二(三)4).
 */
public final class ReviewSteps {

    /** The handling officer's judgement that the case is major under Art. 58 (the statutory triggers). */
    public static final String MAJOR_FLAG = "MAJOR_FLAG";
    public static final String MAJOR_FLAG_WITHDRAWN = "MAJOR_FLAG_WITHDRAWN";
    public static final String SUBMISSION = "REVIEW_SUBMISSION";
    public static final String OPINION = "REVIEW_OPINION";
    public static final String RESUBMISSION = "REVIEW_RESUBMISSION";
    public static final String ESCALATION = "REVIEW_ESCALATION";
    public static final String COORDINATION = "REVIEW_COORDINATION";
    public static final String RECUSAL = "REVIEW_RECUSAL";

    static final List<String> KINDS = List.of(MAJOR_FLAG, MAJOR_FLAG_WITHDRAWN, SUBMISSION, OPINION, RESUBMISSION,
            ESCALATION, COORDINATION, RECUSAL);

    private ReviewSteps() {
    }

    public record MajorFlag(MajorTrigger trigger, String reason) {
    }

    public record FlagWithdrawal(String flagStepId, String reason) {
    }

    /**
     * One item of the packet sent for review (送审材料): what it is, whether this case needs it, and what the case
     * holds of it (a count of records, or the day of the act).
     */
    public record PacketItem(String item, boolean required, boolean present, String detail) {
    }

    /**
     * The handling unit's submission: its explanation, the proposed decision, the packet, and its statement that it
     * answers for the truth, accuracy and completeness of the materials (seed §二(三)4), with the day the round
     * falls due.
     */
    public record Submission(String reviewId, int round, String explanation, Steps.Decision proposal,
            List<PacketItem> packet, String responsibility, LocalDate dueOn) {
    }

    public record Check(ReviewArea area, boolean ok, String note) {
    }

    /** The written opinion (书面审核意见) of one round, and the 法制审核意见书 issued for it. */
    public record Opinion(String reviewId, int round, String reviewerOfficerId, String reviewerName, Verdict verdict,
            List<Check> checks, List<String> problems, String summary) {
    }

    /** The handling unit's answer to each problem, and the proposal as amended. */
    public record Resubmission(String reviewId, int round, String response, List<String> answers,
            Steps.Decision proposal, List<PacketItem> packet, LocalDate dueOn) {
    }

    /** The handling unit (or the reviewer) takes a disagreement to the agency's coordination (seed §二(三)4). */
    public record Escalation(String reviewId, int round, String reason) {
    }

    public enum CoordinationMethod {
        HEAD, COLLECTIVE_DELIBERATION
    }

    /** Whether the proposal as submitted stands, or the reviewer's problems stand and go back to the unit. */
    public enum CoordinationOutcome {
        PROPOSAL_STANDS, OPINION_STANDS
    }

    public record Coordination(String reviewId, int round, CoordinationMethod method, CoordinationOutcome outcome,
            LocalDate heldOn, String participants, String conclusion) {
    }

    /** A reviewer stands aside from one review (回避). */
    public record Recusal(String reviewId, String officerId, String reason) {
    }
}
