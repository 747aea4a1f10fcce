package org.mingjing.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mingjing.calendar.PeriodUnit;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.cases.CaseDocument;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Drafts;
import org.mingjing.cases.Steps;
import org.mingjing.calendar.PeriodRule;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.review.ReviewSteps.Check;
import org.mingjing.review.ReviewSteps.CoordinationMethod;
import org.mingjing.review.ReviewSteps.CoordinationOutcome;
import org.mingjing.review.ReviewSteps.PacketItem;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal review of major decisions (重大执法决定法制审核, seed §二(三); 行政处罚法第五十八条; LAW.md §3).
 *
 * <p>The handling unit (the case's officers or the agency's head) submits its explanation and the proposed
 * decision; the packet is checked for completeness first and the unit's responsibility for the materials recorded
 * (seed §二(三)4). A legal reviewer of the agency who did not handle the case and has not stood aside gives the
 * written opinion over the five areas (seed §二(三)3): 同意, or 存在问题 with the problems, which go back to the unit;
 * the unit answers each, amends and resubmits, and every round stays on record. Where the two sides still disagree
 * the agency's head, alone or in collective deliberation, decides (seed §二(三)4). Each round falls due after the
 * agency's time limit in working days of the statutory calendar.
 *
 * <p>Concurrency: every act locks the case row first, so acts on one case's reviews apply one after the other.
 */
@Service
public class Reviews {

    static final int MAX_PROBLEMS = 50;

    private final ReviewRepository repository;
    private final ReviewRequirements requirements;
    private final Cases cases;
    private final Organization organization;
    private final StatutoryCalendar calendar;
    private final MessageSource messages;
    private final Clock clock;
    private final int defaultTimeLimit;
    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    Reviews(ReviewRepository repository, ReviewRequirements requirements, Cases cases, Organization organization,
            StatutoryCalendar calendar, MessageSource messages, Clock clock,
            @Value("${mingjing.review.time-limit-days:5}") int defaultTimeLimit) {
        this.repository = repository;
        this.requirements = requirements;
        this.cases = cases;
        this.organization = organization;
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
        this.defaultTimeLimit = defaultTimeLimit;
    }

    public record SubmissionDraft(String explanation, Drafts.DecisionDraft proposedDecision) {
    }

    /**
     * The opinion as a reviewer writes it. Each problem is text, or an object whose {@code description} (or
     * {@code text}, {@code problem}, {@code content}) is the text.
     */
    public record OpinionDraft(Verdict verdict, List<CheckDraft> checks, List<Object> problems) {
    }

    public record CheckDraft(ReviewArea area, Boolean ok, String note) {
    }

    public record ResubmissionDraft(String response, List<String> answers, Drafts.DecisionDraft proposedDecision) {
    }

    public record EscalationDraft(String reason) {
    }

    public record CoordinationDraft(CoordinationMethod method, CoordinationOutcome outcome, LocalDate heldOn,
            String participants, String conclusion) {
    }

    public record FlagDraft(MajorTrigger trigger, String reason) {
    }

    /** The result of an act: the review as it now stands, the step recorded, and the document issued if any. */
    public record Outcome(Review review, CaseStep step, CaseDocument document) {
    }

    // ---------------------------------------------------------------- reading

    /** Whether a decision of the case needs review, and why, for the decision the case is heading for. */
    public ReviewRequirement requirement(Caller caller, String caseId) {
        CaseFile c = cases.requireVisible(caller, caseId);
        List<CaseStep> steps = cases.steps(c);
        Steps.Decision proposal = repository.ofCase(c.id()).stream().findFirst().map(Review::proposal)
                .orElseGet(() -> requirements.expected(steps));
        return requirements.of(c, steps, proposal);
    }

    public Review requireVisible(Caller caller, String reviewId) {
        Review r = (reviewId == null ? Optional.<Review>empty() : repository.byId(reviewId))
                .orElseThrow(() -> ProblemException.notFound("review.problem.not-found"));
        try {
            cases.requireVisible(caller, r.caseId());
        } catch (ProblemException e) {
            if (e.status() == org.springframework.http.HttpStatus.NOT_FOUND) {
                throw ProblemException.notFound("review.problem.not-found");
            }
            throw e;
        }
        return r;
    }

    public List<Review> ofCase(Caller caller, String caseId) {
        CaseFile c = cases.requireVisible(caller, caseId);
        return repository.ofCase(c.id());
    }

    /**
     * The reviews within the caller's reach, open ones first and earliest due first: a reviewer's queue, the head's
     * view of every review of the agency, a supervisor's of the agencies below.
     */
    public Paged<Review> search(Caller caller, ReviewStatus status, int page, int size) {
        requireReader(caller);
        Paged.checkBounds(page, size);
        Set<String> scope = organization.visibleAgencyIds(caller);
        return new Paged<>(repository.search(scope, status, page, size), repository.count(scope, status));
    }

    public Map<ReviewStatus, Long> counts(Caller caller) {
        requireReader(caller);
        Set<String> scope = organization.visibleAgencyIds(caller);
        Map<ReviewStatus, Long> counts = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus s : ReviewStatus.values()) {
            counts.put(s, repository.count(scope, s));
        }
        return counts;
    }

    /** The steps of one review, in order: submissions, opinions, answers, escalations, coordinations, recusals. */
    public List<CaseStep> rounds(Review r) {
        CaseFile c = cases.byIdOfChecked(r.caseId());
        return cases.steps(c).stream().filter(s -> ReviewSteps.KINDS.contains(s.kind())
                && r.id().equals(json.readTree(s.data()).path("reviewId").asString(null))).toList();
    }

    /**
     * Whether the caller may give this review's opinion now, and if not why (a message key): a legal reviewer of
     * the agency, qualified under Art. 58, who did not handle the case and did not stand aside from the review.
     */
    public Optional<String> whyNotReviewer(Caller caller, Review r) {
        if (!caller.has(Role.REVIEWER) || !caller.agencyId().equals(r.agencyId())) {
            return Optional.of("review.problem.not-reviewer");
        }
        Optional<Officer> officer = caller.officerId().flatMap(organization::officer);
        if (officer.isEmpty() || !officer.get().legalReviewer()
                || officer.get().status() != org.mingjing.organization.OfficerStatus.ACTIVE) {
            return Optional.of("review.problem.not-reviewer");
        }
        CaseFile c = cases.byIdOfChecked(r.caseId());
        if (cases.handlingOfficerIds(c, cases.steps(c)).contains(officer.get().id())) {
            return Optional.of("review.problem.not-independent");
        }
        if (repository.recusedOfficers(r.id()).contains(officer.get().id())) {
            return Optional.of("review.problem.recused");
        }
        if (!officer.get().qualifiedToReview()) {
            return Optional.of("review.gate.reviewer-unqualified");
        }
        return Optional.empty();
    }

    public int timeLimitDays(String agencyId) {
        return repository.timeLimitDays(agencyId).orElse(defaultTimeLimit);
    }

    // ---------------------------------------------------------------- the handling unit

    /**
     * Flags the case as major for one of the statutory triggers an officer judges (Art. 58 (1)(2)(4)), with the
     * reason: the case's officers or the head.
     */
    @Transactional
    public CaseStep flag(Caller caller, String caseId, FlagDraft d) {
        CaseFile c = lockHandling(caller, caseId);
        requireUndecided(c);
        List<FieldProblem> problems = new ArrayList<>();
        if (d.trigger() == null) {
            problems.add(FieldProblem.of("trigger", "validation.required"));
        } else if (!d.trigger().flaggable()) {
            problems.add(FieldProblem.of("trigger", "review.validation.trigger-from-case"));
        }
        text(problems, "reason", d.reason(), 1000, true);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return cases.recordStep(caller, c, ReviewSteps.MAJOR_FLAG, CaseStage.REVIEW, today(),
                new ReviewSteps.MajorFlag(d.trigger(), d.reason().strip()));
    }

    /**
     * Withdraws an officer's flag, with the reason: the agency's head only. Reasons read from the case or the
     * catalogue have no flag and cannot be withdrawn by anyone.
     */
    @Transactional
    public CaseStep withdrawFlag(Caller caller, String caseId, String flagStepId, String reason) {
        CaseFile c = cases.lockForOtherAct(caller, caseId);
        if (!isHead(caller, c)) {
            throw ProblemException.forbidden("review.problem.head-only");
        }
        requireUndecided(c);
        List<CaseStep> steps = cases.steps(c);
        boolean standing = requirements.flags(steps).stream().anyMatch(f -> f.stepId().equals(flagStepId));
        if (!standing) {
            throw ProblemException.notFound("review.problem.flag-not-found");
        }
        if (blank(reason)) {
            throw ProblemException.invalid("reason", "validation.required");
        }
        if (reason.strip().length() > 1000) {
            throw ProblemException.invalid("reason", "validation.too-long", 1000);
        }
        return cases.recordStep(caller, c, ReviewSteps.MAJOR_FLAG_WITHDRAWN, CaseStage.REVIEW, today(),
                new ReviewSteps.FlagWithdrawal(flagStepId, reason.strip()));
    }

    /**
     * Submits the proposed decision for review (送审): the handling unit, before the decision, with no other review of
     * the case still open, and with the packet complete (seed §二(三)4).
     */
    @Transactional
    public Outcome submit(Caller caller, String caseId, SubmissionDraft d) {
        CaseFile c = lockHandling(caller, caseId);
        requireUndecided(c);
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "explanation", d.explanation(), 4000, true);
        if (d.proposedDecision() == null) {
            problems.add(FieldProblem.of("proposedDecision", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Steps.Decision proposal = cases.proposal(c, "proposedDecision", d.proposedDecision());
        if (repository.ofCase(c.id()).stream().anyMatch(r -> r.status().open())) {
            throw ProblemException.conflict("review-open", "review.gate.review-open");
        }
        List<CaseStep> steps = cases.steps(c);
        List<PacketItem> packet = packet(c, steps, proposal);
        requireComplete(packet);
        LocalDate today = today();
        LocalDate due = due(c.agencyId(), today);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Review review = new Review(Ids.newId(), c.id(), c.agencyId(), ReviewStatus.PENDING, 1, d.explanation().strip(),
                proposal, caller.username(), now, today, due, null, null, null);
        repository.insert(review, now);
        CaseStep step = cases.recordStep(caller, c, ReviewSteps.SUBMISSION, CaseStage.REVIEW, today,
                new ReviewSteps.Submission(review.id(), 1, review.explanation(), proposal, packet,
                        messages.getMessage("review.responsibility", new Object[] { caller.displayName() },
                                java.util.Locale.SIMPLIFIED_CHINESE),
                        due));
        return new Outcome(review, step, null);
    }

    /**
     * Answers the problems of a returned review and resubmits (再次报送, seed §二(三)3): the handling unit answers,
     * amends the proposal if it will, and the review is pending again in a new round with a new due day.
     */
    @Transactional
    public Outcome resubmit(Caller caller, String reviewId, ResubmissionDraft d) {
        Locked locked = lock(caller, reviewId);
        Review r = locked.review();
        CaseFile c = locked.caseFile();
        if (!handles(caller, c)) {
            throw ProblemException.forbidden("review.problem.not-handling");
        }
        requireUndecided(c);
        if (r.status() != ReviewStatus.RETURNED) {
            throw ProblemException.conflict("review-not-returned", "review.gate.not-returned");
        }
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "response", d.response(), 4000, true);
        List<String> problemsFound = lastOpinion(r).map(ReviewSteps.Opinion::problems).orElse(List.of());
        List<String> answers = d.answers() == null ? List.of() : d.answers();
        if (!answers.isEmpty() && answers.size() != problemsFound.size()) {
            problems.add(FieldProblem.of("answers", "review.validation.answers-count", problemsFound.size()));
        }
        for (int i = 0; i < answers.size(); i++) {
            text(problems, "answers[" + i + "]", answers.get(i), 2000, true);
        }
        if (d.proposedDecision() == null) {
            problems.add(FieldProblem.of("proposedDecision", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Steps.Decision proposal = cases.proposal(c, "proposedDecision", d.proposedDecision());
        List<CaseStep> steps = cases.steps(c);
        List<PacketItem> packet = packet(c, steps, proposal);
        requireComplete(packet);
        LocalDate today = today();
        LocalDate due = due(c.agencyId(), today);
        Review next = new Review(r.id(), r.caseId(), r.agencyId(), ReviewStatus.PENDING, r.round() + 1,
                r.explanation(), proposal, r.submittedBy(), r.submittedAt(), today, due, r.reviewerOfficerId(), null,
                null);
        repository.update(next, OffsetDateTime.now(clock));
        CaseStep step = cases.recordStep(caller, c, ReviewSteps.RESUBMISSION, CaseStage.REVIEW, today,
                new ReviewSteps.Resubmission(r.id(), next.round(), d.response().strip(),
                        answers.stream().map(String::strip).toList(), proposal, packet, due));
        return new Outcome(next, step, null);
    }

    /**
     * Takes a returned review to the agency's coordination (协调机制, seed §二(三)4) when the handling unit does not
     * accept the problems: the handling unit, or the reviewer who found them.
     */
    @Transactional
    public Outcome escalate(Caller caller, String reviewId, EscalationDraft d) {
        Locked locked = lock(caller, reviewId);
        Review r = locked.review();
        CaseFile c = locked.caseFile();
        String reviewerId = r.reviewerOfficerId();
        boolean reviewer = caller.has(Role.REVIEWER) && caller.officerId().map(id -> id.equals(reviewerId))
                .orElse(false);
        if (!handles(caller, c) && !reviewer) {
            throw ProblemException.forbidden("review.problem.not-handling");
        }
        requireUndecided(c);
        if (r.status() != ReviewStatus.RETURNED) {
            throw ProblemException.conflict("review-not-returned", "review.gate.not-returned");
        }
        if (blank(d.reason())) {
            throw ProblemException.invalid("reason", "validation.required");
        }
        if (d.reason().strip().length() > 2000) {
            throw ProblemException.invalid("reason", "validation.too-long", 2000);
        }
        Review next = withStatus(r, ReviewStatus.COORDINATING, null, null);
        repository.update(next, OffsetDateTime.now(clock));
        CaseStep step = cases.recordStep(caller, c, ReviewSteps.ESCALATION, CaseStage.REVIEW, today(),
                new ReviewSteps.Escalation(r.id(), r.round(), d.reason().strip()));
        return new Outcome(next, step, null);
    }

    /**
     * Records the coordination's outcome: the agency's head, alone or after collective deliberation of the heads.
     * When the proposal stands the review is passed by coordination; when the opinion stands the problems go back
     * to the handling unit.
     */
    @Transactional
    public Outcome coordinate(Caller caller, String reviewId, CoordinationDraft d) {
        Locked locked = lock(caller, reviewId);
        Review r = locked.review();
        CaseFile c = locked.caseFile();
        if (!isHead(caller, c)) {
            throw ProblemException.forbidden("review.problem.head-only");
        }
        requireUndecided(c);
        if (r.status() != ReviewStatus.COORDINATING) {
            throw ProblemException.conflict("review-not-coordinating", "review.gate.not-coordinating");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (d.method() == null) {
            problems.add(FieldProblem.of("method", "validation.required"));
        }
        if (d.outcome() == null) {
            problems.add(FieldProblem.of("outcome", "validation.required"));
        }
        LocalDate heldOn = d.heldOn() == null ? today() : d.heldOn();
        if (heldOn.isAfter(today())) {
            problems.add(FieldProblem.of("heldOn", "cases.validation.future"));
        } else if (heldOn.isBefore(r.roundSubmittedOn())) {
            problems.add(FieldProblem.of("heldOn", "cases.validation.not-before", r.roundSubmittedOn().toString()));
        }
        text(problems, "participants", d.participants(), 500, d.method() == CoordinationMethod.COLLECTIVE_DELIBERATION);
        text(problems, "conclusion", d.conclusion(), 4000, true);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        boolean stands = d.outcome() == CoordinationOutcome.PROPOSAL_STANDS;
        Review next = stands ? withStatus(r, ReviewStatus.APPROVED, "COORDINATION", heldOn)
                : withStatus(r, ReviewStatus.RETURNED, null, null);
        repository.update(next, OffsetDateTime.now(clock));
        CaseStep step = cases.recordStep(caller, c, ReviewSteps.COORDINATION, CaseStage.REVIEW, heldOn,
                new ReviewSteps.Coordination(r.id(), r.round(), d.method(), d.outcome(), heldOn,
                        strip(d.participants()), d.conclusion().strip()));
        return new Outcome(next, step, null);
    }

    // ---------------------------------------------------------------- the reviewer

    /**
     * Gives the written opinion of the round (seed §二(三)3): a legal reviewer of the agency who did not handle the
     * case and has not stood aside (403 otherwise), qualified under Art. 58 (409 {@code reviewer-unqualified}),
     * on a pending review; one finding for each of the five areas, a note where an area fails; 同意 only when every
     * area passes and no problem is listed, 存在问题 with at least one problem. Issues the 法制审核意见书.
     */
    @Transactional
    public Outcome opine(Caller caller, String reviewId, OpinionDraft d) {
        Locked locked = lock(caller, reviewId);
        Review r = locked.review();
        CaseFile c = locked.caseFile();
        Optional<String> why = whyNotReviewer(caller, r);
        if (why.isPresent()) {
            if (why.get().equals("review.gate.reviewer-unqualified")) {
                throw ProblemException.conflict("reviewer-unqualified", why.get());
            }
            throw ProblemException.forbidden(why.get());
        }
        if (r.status() != ReviewStatus.PENDING) {
            throw ProblemException.conflict("review-not-pending", "review.gate.not-pending");
        }
        requireUndecided(c);
        List<FieldProblem> problems = new ArrayList<>();
        if (d.verdict() == null) {
            problems.add(FieldProblem.of("verdict", "validation.required"));
        }
        List<String> found = new ArrayList<>();
        List<Object> listed = d.problems() == null ? List.of() : d.problems();
        if (listed.size() > MAX_PROBLEMS) {
            problems.add(FieldProblem.of("problems", "review.validation.too-many-problems", MAX_PROBLEMS));
        }
        for (int i = 0; i < listed.size() && i < MAX_PROBLEMS; i++) {
            String p = problemText(listed.get(i));
            if (blank(p)) {
                problems.add(FieldProblem.of("problems[" + i + "]", "validation.required"));
            } else if (p.strip().length() > 2000) {
                problems.add(FieldProblem.of("problems[" + i + "]", "validation.too-long", 2000));
            } else {
                found.add(p.strip());
            }
        }
        List<Check> checks = checks(problems, d.checks(), !found.isEmpty());
        if (d.verdict() == Verdict.APPROVED) {
            if (!found.isEmpty()) {
                problems.add(FieldProblem.of("problems", "review.validation.approved-with-problems"));
            }
            for (int i = 0; i < checks.size(); i++) {
                if (!checks.get(i).ok()) {
                    problems.add(FieldProblem.of("checks", "review.validation.approved-with-failed-check",
                            label(checks.get(i).area().messageKey())));
                    break;
                }
            }
        }
        if (d.verdict() == Verdict.PROBLEMS_FOUND && found.isEmpty() && listed.isEmpty()) {
            problems.add(FieldProblem.of("problems", "review.validation.problems-required"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Officer reviewer = caller.officerId().flatMap(organization::officer).orElseThrow();
        LocalDate today = today();
        String summary = messages.getMessage(d.verdict() == Verdict.APPROVED ? "review.opinion.approved-text"
                : "review.opinion.problems-text", new Object[] { found.size() }, java.util.Locale.SIMPLIFIED_CHINESE);
        CaseStep step = cases.recordStep(caller, c, ReviewSteps.OPINION, CaseStage.REVIEW, today,
                new ReviewSteps.Opinion(r.id(), r.round(), reviewer.id(), reviewer.name(), d.verdict(), checks, found,
                        summary));
        CaseDocument document = cases.issueDocument(c, ReviewDocuments.KIND, "LEGAL_REVIEW", step.id(), today);
        Review next = d.verdict() == Verdict.APPROVED
                ? withStatus(r, ReviewStatus.APPROVED, reviewer.id(), "OPINION", today)
                : withStatus(r, ReviewStatus.RETURNED, reviewer.id(), null, null);
        repository.update(next, OffsetDateTime.now(clock));
        return new Outcome(next, step, document);
    }

    /** A reviewer stands aside from a pending review (回避), with the reason; another reviewer of the agency gives it. */
    @Transactional
    public Outcome recuse(Caller caller, String reviewId, String reason) {
        Locked locked = lock(caller, reviewId);
        Review r = locked.review();
        CaseFile c = locked.caseFile();
        if (!caller.has(Role.REVIEWER) || !caller.agencyId().equals(r.agencyId()) || caller.officerId().isEmpty()) {
            throw ProblemException.forbidden("review.problem.not-reviewer");
        }
        if (r.status() != ReviewStatus.PENDING) {
            throw ProblemException.conflict("review-not-pending", "review.gate.not-pending");
        }
        String officerId = caller.officerId().get();
        if (repository.recusedOfficers(r.id()).contains(officerId)) {
            throw ProblemException.conflict("already-recused", "review.gate.already-recused");
        }
        if (blank(reason)) {
            throw ProblemException.invalid("reason", "validation.required");
        }
        if (reason.strip().length() > 300) {
            throw ProblemException.invalid("reason", "validation.too-long", 300);
        }
        repository.insertRecusal(r.id(), officerId, reason.strip());
        CaseStep step = cases.recordStep(caller, c, ReviewSteps.RECUSAL, CaseStage.REVIEW, today(),
                new ReviewSteps.Recusal(r.id(), officerId, reason.strip()));
        return new Outcome(r, step, null);
    }

    // ---------------------------------------------------------------- settings

    /** Sets the agency's time limit for a review round, 1 to 60 working days: its head. */
    @Transactional
    public int setTimeLimit(Caller caller, String agencyId, Integer days) {
        organization.requireVisibleAgency(caller, agencyId);
        if (!caller.has(Role.HEAD) || !caller.agencyId().equals(agencyId)) {
            throw ProblemException.forbidden("review.problem.head-only");
        }
        if (days == null) {
            throw ProblemException.invalid("timeLimitDays", "validation.required");
        }
        if (days < 1 || days > 60) {
            throw ProblemException.invalid("timeLimitDays", "review.validation.time-limit", 1, 60);
        }
        repository.saveTimeLimit(agencyId, days, caller.username(), OffsetDateTime.now(clock));
        return days;
    }

    // ---------------------------------------------------------------- the gate

    /**
     * The decision gate (seed §二(三)1: 未经法制审核或者审核未通过的，不得作出决定): a decision that needs review, or of
     * a case already sent to review, is refused unless the latest review of the case passed exactly this decision
     * ({@link Proposals#same}: type, penalties and amounts, basis). A changed decision needs a new review.
     */
    Optional<ProblemException> refusal(CaseFile c, Steps.Decision decision, List<CaseStep> steps) {
        ReviewRequirement requirement = requirements.of(c, steps, decision);
        Optional<Review> latest = repository.ofCase(c.id()).stream().findFirst();
        if (!requirement.required() && latest.isEmpty()) {
            return Optional.empty();
        }
        // Once the case went to review, its decision is the reviewed one, even a lighter one no rule calls major.
        String reasons = requirement.required() ? describe(requirement) : label("review.gate.reason-submitted");
        if (latest.isEmpty() || latest.get().status() != ReviewStatus.APPROVED) {
            return Optional.of(ProblemException.conflict("review-required", latest.isEmpty()
                    ? "review.gate.review-required" : "review.gate.review-not-passed", reasons,
                    latest.map(x -> label(x.status().messageKey())).orElse("")));
        }
        if (!Proposals.same(latest.get().proposal(), decision)) {
            return Optional.of(ProblemException.conflict("review-required", "review.gate.review-of-other-decision",
                    reasons));
        }
        return Optional.empty();
    }

    String describe(ReviewRequirement requirement) {
        List<String> parts = new ArrayList<>();
        for (ReviewRequirement.Reason reason : requirement.reasons()) {
            parts.add(reason.source().equals("CATALOGUE") ? reason.description()
                    : label("review.trigger." + reason.code()));
        }
        return String.join("\uff1b", parts);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The packet sent for review (送审材料, seed §二(三)4) and whether the case holds each part: the evidence (records
     * or evidence files); for a penalty in the general procedure, the prior notice and the party's statement and
     * defence or waiver, or the statement period run out (Art. 44, 62); the hearing record where a hearing was asked
     * for (Art. 64); the collective-deliberation minutes where held (Art. 57).
     */
    List<PacketItem> packet(CaseFile c, List<CaseStep> steps, Steps.Decision proposal) {
        List<PacketItem> packet = new ArrayList<>();
        long records = steps.stream().filter(s -> s.kind().equals(Steps.RECORD) || s.kind().equals(Steps.EVIDENCE))
                .count();
        packet.add(new PacketItem("EVIDENCE", true, records > 0, String.valueOf(records)));
        boolean penalty = proposal.type() == DecisionType.PENALTY && c.procedure() == ProcedureKind.GENERAL;
        Optional<Steps.Notice> notice = cases.lastOf(steps, Steps.NOTICE, Steps.Notice.class);
        packet.add(new PacketItem("NOTICE", penalty, notice.isPresent(),
                notice.map(n -> n.servedOn().toString()).orElse(null)));
        List<Steps.Statement> statements = cases.stepsOf(steps, Steps.STATEMENT, Steps.Statement.class);
        boolean periodOver = notice.map(n -> today().isAfter(calendar.deadline(n.servedOn(),
                PeriodRule.HEARING_REQUEST).deadline())).orElse(false);
        packet.add(new PacketItem("STATEMENT", penalty, !statements.isEmpty() || periodOver,
                statements.isEmpty() ? (periodOver ? "PERIOD_OVER" : null)
                        : statements.get(statements.size() - 1).waived() ? "WAIVED" : "STATED"));
        boolean hearingAsked = statements.stream().anyMatch(Steps.Statement::hearingRequested);
        List<Steps.Hearing> hearings = cases.stepsOf(steps, Steps.HEARING, Steps.Hearing.class);
        packet.add(new PacketItem("HEARING_RECORD", hearingAsked, !hearings.isEmpty(),
                hearings.isEmpty() ? null : hearings.get(hearings.size() - 1).heldOn().toString()));
        List<Steps.Deliberation> deliberations = cases.stepsOf(steps, Steps.DELIBERATION, Steps.Deliberation.class);
        packet.add(new PacketItem("DELIBERATION_MINUTES", false, !deliberations.isEmpty(),
                deliberations.isEmpty() ? null : deliberations.get(deliberations.size() - 1).heldOn().toString()));
        return packet;
    }

    private void requireComplete(List<PacketItem> packet) {
        List<String> missing = packet.stream().filter(p -> p.required() && !p.present())
                .map(p -> label("review.packet." + p.item())).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("review-packet-incomplete", "review.gate.packet-incomplete",
                    String.join("\u3001", missing));
        }
    }

    /** A problem as text: a string, or the text field of an object. */
    static String problemText(Object problem) {
        if (problem instanceof Map<?, ?> map) {
            for (String key : List.of("description", "text", "problem", "content", "note")) {
                if (map.get(key) instanceof String text && !text.isBlank()) {
                    return text;
                }
            }
            return null;
        }
        return problem == null ? null : String.valueOf(problem);
    }

    /**
     * One finding for each of the five areas; an area found wanting says what is wrong, in its note or in the
     * problems listed.
     */
    private List<Check> checks(List<FieldProblem> problems, List<CheckDraft> drafts, boolean problemsListed) {
        Map<ReviewArea, Check> byArea = new EnumMap<>(ReviewArea.class);
        List<CheckDraft> list = drafts == null ? List.of() : drafts;
        for (int i = 0; i < list.size(); i++) {
            CheckDraft c = list.get(i);
            String f = "checks[" + i + "]";
            if (c == null || c.area() == null) {
                problems.add(FieldProblem.of(f + ".area", "validation.required"));
                continue;
            }
            if (byArea.containsKey(c.area())) {
                problems.add(FieldProblem.of(f + ".area", "review.validation.area-twice", label(c.area().messageKey())));
                continue;
            }
            if (c.ok() == null) {
                problems.add(FieldProblem.of(f + ".ok", "validation.required"));
                continue;
            }
            if (!c.ok() && blank(c.note()) && !problemsListed) {
                problems.add(FieldProblem.of(f + ".note", "review.validation.note-required"));
                continue;
            }
            if (c.note() != null && c.note().strip().length() > 2000) {
                problems.add(FieldProblem.of(f + ".note", "validation.too-long", 2000));
                continue;
            }
            byArea.put(c.area(), new Check(c.area(), c.ok(), strip(c.note())));
        }
        for (ReviewArea area : ReviewArea.values()) {
            if (!byArea.containsKey(area) && problems.stream().noneMatch(p -> p.field().startsWith("checks"))) {
                problems.add(FieldProblem.of("checks", "review.validation.area-missing", label(area.messageKey())));
            }
        }
        return byArea.values().stream().sorted(Comparator.comparing(Check::area)).toList();
    }

    Optional<ReviewSteps.Opinion> lastOpinion(Review r) {
        List<CaseStep> opinions = rounds(r).stream().filter(s -> s.kind().equals(ReviewSteps.OPINION)).toList();
        if (opinions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cases.stepsOf(List.of(opinions.get(opinions.size() - 1)), ReviewSteps.OPINION,
                ReviewSteps.Opinion.class).get(0));
    }

    private CaseFile lockHandling(Caller caller, String caseId) {
        CaseFile c = cases.lockForOtherAct(caller, caseId);
        if (!handles(caller, c)) {
            throw ProblemException.forbidden("review.problem.not-handling");
        }
        return c;
    }

    /** The handling unit (承办机构): the case's officers and the agency's head. */
    boolean handles(Caller caller, CaseFile c) {
        return cases.onCase(caller, c) || isHead(caller, c);
    }

    private static boolean isHead(Caller caller, CaseFile c) {
        return caller.has(Role.HEAD) && caller.agencyId().equals(c.agencyId());
    }

    private static void requireUndecided(CaseFile c) {
        if (c.decidedOn() != null) {
            throw ProblemException.conflict("already-decided", "cases.gate.already-decided");
        }
    }

    private static void requireReader(Caller caller) {
        if (!caller.has(Role.OFFICER) && !caller.has(Role.REVIEWER) && !caller.has(Role.HEAD)
                && !caller.has(Role.SUPERVISOR) && !caller.has(Role.AUDITOR)) {
            throw ProblemException.forbidden("cases.problem.administrators");
        }
    }

    private LocalDate due(String agencyId, LocalDate from) {
        return calendar.deadline(from, timeLimitDays(agencyId), PeriodUnit.WORKING_DAYS).deadline();
    }

    private static Review withStatus(Review r, ReviewStatus status, String via, LocalDate approvedOn) {
        return withStatus(r, status, r.reviewerOfficerId(), via, approvedOn);
    }

    private static Review withStatus(Review r, ReviewStatus status, String reviewerOfficerId, String via,
            LocalDate approvedOn) {
        return new Review(r.id(), r.caseId(), r.agencyId(), status, r.round(), r.explanation(), r.proposal(),
                r.submittedBy(), r.submittedAt(), r.roundSubmittedOn(), r.dueOn(), reviewerOfficerId, via,
                approvedOn);
    }

    private record Locked(Review review, CaseFile caseFile) {
    }

    /**
     * The review, visible to the caller, with its case row locked and the review read again under the lock: acts on
     * one case's reviews apply one after the other.
     */
    private Locked lock(Caller caller, String reviewId) {
        Review visible = requireVisible(caller, reviewId);
        CaseFile c = cases.lockForOtherAct(caller, visible.caseId());
        return new Locked(repository.byId(visible.id()).orElseThrow(), c);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (blank(value)) {
            if (required) {
                problems.add(FieldProblem.of(field, "validation.required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "validation.too-long", max));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
