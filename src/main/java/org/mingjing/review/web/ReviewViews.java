package org.mingjing.review.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Steps;
import org.mingjing.organization.Organization;
import org.mingjing.review.Review;
import org.mingjing.review.ReviewStatus;
import org.mingjing.review.Reviews;
import org.mingjing.review.ReviewRequirement;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reviews as the API and the pages show them, with their labels in the caller's language. */
@Component
class ReviewViews {

    private final Reviews reviews;
    private final Cases cases;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewViews(Reviews reviews, Cases cases, Organization organization, MessageSource messages, Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    static ReviewStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ReviewStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "review.validation.status", status);
        }
    }

    void requireAgency(Caller caller, String agencyId) {
        organization.requireVisibleAgency(caller, agencyId);
    }

    record ReasonView(String code, String source, String label, String article, String description, String ruleId,
            String flagId, String flaggedBy) {
    }

    record RequirementView(boolean required, List<ReasonView> reasons) {
    }

    RequirementView requirement(ReviewRequirement requirement, Locale locale) {
        return new RequirementView(requirement.required(), requirement.reasons().stream()
                .map(r -> new ReasonView(r.code(), r.source(), text("review.trigger." + r.code(), locale),
                        text("review.article." + r.code(), locale), r.description(), r.ruleId(), r.flagId(),
                        r.flaggedBy()))
                .toList());
    }

    record PenaltyView(String kind, String kindName, BigDecimal amount) {
    }

    record ProposalView(String type, String typeName, List<PenaltyView> penalties, String basis,
            List<String> circumstances, String discretionNote) {
    }

    ProposalView proposal(Steps.Decision d, Locale locale) {
        if (d == null) {
            return null;
        }
        return new ProposalView(d.type().name(), text(d.type().messageKey(), locale),
                (d.penalties() == null ? List.<Steps.Penalty>of() : d.penalties()).stream()
                        .map(p -> new PenaltyView(p.kind().name(), text(p.kind().messageKey(), locale), p.amount()))
                        .toList(),
                d.basis(), d.circumstances() == null ? List.of() : d.circumstances(), d.discretionNote());
    }

    record ReviewSummary(String id, String caseId, String caseNumber, String matterName, String partyName,
            String status, String statusName, int round, String submittedBy, OffsetDateTime submittedAt,
            LocalDate roundSubmittedOn, LocalDate dueOn, boolean overdue, ProposalView proposedDecision) {
    }

    ReviewSummary summary(Review r, Locale locale) {
        CaseFile c = cases.byIdOfChecked(r.caseId());
        return new ReviewSummary(r.id(), c.id(), c.number(), c.matterName(), c.party().map(p -> p.name()).orElse(null),
                r.status().name(), text(r.status().messageKey(), locale), r.round(), r.submittedBy(),
                r.submittedAt(), r.roundSubmittedOn(), r.dueOn(), r.overdue(LocalDate.now(clock)),
                proposal(r.proposal(), locale));
    }

    record RoundView(String stepId, String kind, String kindName, LocalDate occurredOn, String recordedBy,
            OffsetDateTime recordedAt, JsonNode data) {
    }

    record DocumentView(String id, String kind, String number, String title) {
    }

    record ReviewDetail(String id, String caseId, String caseNumber, String matterCode, String matterName,
            String partyName, String status, String statusName, int round, String explanation,
            ProposalView proposedDecision, String submittedBy, OffsetDateTime submittedAt, LocalDate roundSubmittedOn,
            LocalDate dueOn, boolean overdue, String reviewerOfficerId, String approvedVia, LocalDate approvedOn,
            boolean mayGiveOpinion, String whyNot, int timeLimitDays, List<RoundView> rounds,
            List<DocumentView> documents) {
    }

    ReviewDetail detail(Caller caller, Review r, Locale locale) {
        CaseFile c = cases.byIdOfChecked(r.caseId());
        List<CaseStep> rounds = reviews.rounds(r);
        List<String> stepIds = rounds.stream().map(CaseStep::id).toList();
        List<DocumentView> documents = cases.documents(c).stream().filter(d -> stepIds.contains(d.stepId()))
                .map(d -> new DocumentView(d.id(), d.kind(), d.number(), d.title())).toList();
        String whyNot = reviews.whyNotReviewer(caller, r).map(k -> text(k, locale)).orElse(null);
        return new ReviewDetail(r.id(), c.id(), c.number(), c.matterCode(), c.matterName(),
                c.party().map(p -> p.name()).orElse(null), r.status().name(), text(r.status().messageKey(), locale),
                r.round(), r.explanation(), proposal(r.proposal(), locale), r.submittedBy(), r.submittedAt(),
                r.roundSubmittedOn(), r.dueOn(), r.overdue(LocalDate.now(clock)), r.reviewerOfficerId(),
                r.approvedVia(), r.approvedOn(), whyNot == null && r.status() == ReviewStatus.PENDING, whyNot,
                reviews.timeLimitDays(r.agencyId()),
                rounds.stream().map(s -> new RoundView(s.id(), s.kind(), text("cases.step." + s.kind(), locale),
                        s.occurredOn(), s.recordedBy(), s.recordedAt(), json.readTree(s.data()))).toList(),
                documents);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
