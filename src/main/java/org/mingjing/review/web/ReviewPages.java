package org.mingjing.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.mingjing.cases.CaseDocument;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStep;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Evidence;
import org.mingjing.cases.EvidenceService;
import org.mingjing.cases.Retrievals;
import org.mingjing.cases.Steps;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.CatalogueText;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.review.MajorTrigger;
import org.mingjing.review.Review;
import org.mingjing.review.ReviewArea;
import org.mingjing.review.ReviewStatus;
import org.mingjing.review.ReviewSteps;
import org.mingjing.review.ReviewSteps.CoordinationMethod;
import org.mingjing.review.ReviewSteps.CoordinationOutcome;
import org.mingjing.review.Reviews;
import org.mingjing.review.Verdict;
import org.mingjing.review.web.ReviewForms.AnswerForm;
import org.mingjing.review.web.ReviewForms.CoordinationForm;
import org.mingjing.review.web.ReviewForms.FlagForm;
import org.mingjing.review.web.ReviewForms.OpinionForm;
import org.mingjing.review.web.ReviewForms.ProposalForm;
import org.mingjing.review.web.ReviewForms.SubmissionForm;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.mingjing.shared.web.FormErrors;
import org.mingjing.shared.web.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages of the legal review (重大执法决定法制审核, seed §二(三); 行政处罚法第五十八条).
 *
 * <ul>
 * <li>{@code /reviews}: the queue within the caller's reach by status, with counts, the due day (red when the
 * round is past the agency's time limit, seed §二(三)4) and, for a reviewer, which ones they may take; for the head
 * the agency's time limit and its reviewer staffing (seed §二(三)1: at least 5 % of the enforcement officers).
 * <li>{@code /reviews/{id}}: the proposed decision, the evidence and the matter's discretion standard (行政处罚法第三十四条)
 * side by side, every round below, and the form of the act that falls to the caller now: the reviewer's opinion
 * over the five areas (seed §二(三)3) or recusal, the handling unit's answer and resubmission or escalation, the
 * head's coordination (seed §二(三)4).
 * <li>{@code /cases/{id}/review-card}: the case page's card, loaded by htmx because the cases module does not know
 * the review: whether a review is required and why (Art. 58 (1)–(4), the agency's list), the officers' flags, the
 * head's withdrawal of one, the submission (送审) with the proposed decision, and the case's reviews.
 * </ul>
 *
 * <p>The service decides who may do what; the pages only offer each form to whom it applies. A refusal (400 with
 * fields, 409 with the rule and its article) comes back on the form with what was typed; a 403 or 404 shows the
 * error page.
 */
@Controller
class ReviewPages {

    static final int PAGE_SIZE = 20;
    private static final int EXCERPT = 240;

    private final Reviews reviews;
    private final ReviewViews views;
    private final Cases cases;
    private final EvidenceService evidence;
    private final Catalogue catalogue;
    private final CatalogueText catalogueText;
    private final Organization organization;
    private final Retrievals retrievals;
    private final MessageSource messages;
    private final Clock clock;

    ReviewPages(Reviews reviews, ReviewViews views, Cases cases, EvidenceService evidence, Catalogue catalogue,
            CatalogueText catalogueText, Organization organization, Retrievals retrievals, MessageSource messages,
            Clock clock) {
        this.reviews = reviews;
        this.views = views;
        this.cases = cases;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.catalogueText = catalogueText;
        this.organization = organization;
        this.retrievals = retrievals;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the queue

    /** One row of the queue: the review and, for a reviewer, whether they may take it or why not. */
    record QueueRow(ReviewViews.ReviewSummary review, boolean mayTake, String whyNot) {
    }

    /** One tab of the queue: its status (null for all), its label and count. */
    record Tab(String status, String label, long count) {
    }

    @GetMapping("/reviews")
    String queue(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Caller caller = Caller.require();
        Locale locale = LocaleContextHolder.getLocale();
        ReviewStatus filter = ReviewViews.status(status);
        int shown = Math.max(0, page);
        Paged<Review> found = reviews.search(caller, filter, shown, PAGE_SIZE);
        boolean reviewer = caller.has(Role.REVIEWER);
        model.addAttribute("rows", found.items().stream().map(r -> {
            Optional<String> why = reviewer && r.status() == ReviewStatus.PENDING ? reviews.whyNotReviewer(caller, r)
                    : Optional.empty();
            return new QueueRow(views.summary(r, locale), reviewer && r.status() == ReviewStatus.PENDING
                    && why.isEmpty(), why.map(k -> views.text(k, locale)).orElse(null));
        }).toList());
        Map<ReviewStatus, Long> counts = reviews.counts(caller);
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Tab> tabs = new ArrayList<>();
        for (ReviewStatus s : List.of(ReviewStatus.PENDING, ReviewStatus.RETURNED, ReviewStatus.COORDINATING,
                ReviewStatus.APPROVED)) {
            tabs.add(new Tab(s.name(), views.text(s.messageKey(), locale), counts.getOrDefault(s, 0L)));
        }
        model.addAttribute("tabs", tabs);
        model.addAttribute("all", all);
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("total", found.total());
        model.addAttribute("page", shown);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("reviewer", reviewer);
        boolean head = caller.has(Role.HEAD);
        model.addAttribute("head", head);
        if (head) {
            model.addAttribute("timeLimitDays", reviews.timeLimitDays(caller.agencyId()));
            model.addAttribute("staffing", organization.reviewStaffing(caller, caller.agencyId()));
        }
        return "review/list";
    }

    /** The head sets the agency's time limit of a review round in working days (seed §二(三)4). */
    @PostMapping("/reviews/settings")
    String settings(@RequestParam(required = false) String timeLimitDays, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        List<FieldProblem> typing = new ArrayList<>();
        try {
            Integer days = FormFields.integer("timeLimitDays", timeLimitDays, typing);
            FormErrors.refuseUnreadable(typing);
            int saved = reviews.setTimeLimit(caller, caller.agencyId(), days);
            redirect.addFlashAttribute("notice", text("review.page.done.settings", saved));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("settingsError", String.join("\uff1b", FormErrors.ofRefusal(e, messages).values()));
            redirect.addFlashAttribute("typedDays", timeLimitDays);
        }
        return "redirect:/reviews#settings";
    }

    // ---------------------------------------------------------------- one review

    @GetMapping("/reviews/{id}")
    String review(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        Review r = reviews.requireVisible(caller, id);
        CaseFile c = cases.byIdOfChecked(r.caseId());
        retrievals.record(caller, c, Retrievals.SubjectKind.CASE, c.id(), retrievalReason(caller, c), null);
        return reviewPage(caller, r, null, Map.of(), model);
    }

    @PostMapping("/reviews/{id}/opinion")
    String opinion(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OpinionForm form = OpinionForm.read(params);
        model.addAttribute("opinionForm", form);
        return act(id, "opinion", OpinionForm::formField, model, redirect, response, (caller, typing) -> {
            Reviews.Outcome o = reviews.opine(caller, id, FormErrors.unlessUnreadable(form.draft(typing), typing));
            return text(o.review().status() == ReviewStatus.APPROVED ? "review.page.done.approved"
                    : "review.page.done.returned", o.document() == null ? "" : o.document().number());
        });
    }

    @PostMapping("/reviews/{id}/recusal")
    String recusal(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("recusalReason", reason);
        return act(id, "recusal", UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            reviews.recuse(caller, id, reason);
            return text("review.page.done.recused");
        });
    }

    @PostMapping("/reviews/{id}/answer")
    String answer(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AnswerForm form = AnswerForm.read(params);
        model.addAttribute("answerForm", form);
        return act(id, "answer", form.proposal()::formField, model, redirect, response, (caller, typing) -> {
            Reviews.Outcome o = reviews.resubmit(caller, id, FormErrors.unlessUnreadable(form.draft(typing), typing));
            return text("review.page.done.resubmitted", o.review().round(), o.review().dueOn());
        });
    }

    @PostMapping("/reviews/{id}/escalation")
    String escalation(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("escalationReason", reason);
        return act(id, "escalation", UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            reviews.escalate(caller, id, new Reviews.EscalationDraft(reason));
            return text("review.page.done.escalated");
        });
    }

    @PostMapping("/reviews/{id}/coordination")
    String coordination(@PathVariable String id, @RequestParam(required = false) String method,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String heldOn,
            @RequestParam(required = false) String participants, @RequestParam(required = false) String conclusion,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CoordinationForm form = new CoordinationForm(method, outcome, heldOn, participants, conclusion);
        model.addAttribute("coordinationForm", form);
        return act(id, "coordination", UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            Reviews.Outcome o = reviews.coordinate(caller, id, FormErrors.unlessUnreadable(form.draft(typing), typing));
            return text(o.review().status() == ReviewStatus.APPROVED ? "review.page.done.coordinated-approved"
                    : "review.page.done.coordinated-returned");
        });
    }

    /** One act of a review form: the service's answer as the flash message, or the page with the form's errors. */
    @FunctionalInterface
    interface Act {
        String run(Caller caller, List<FieldProblem> typing);
    }

    private String act(String id, String form, UnaryOperator<String> formField, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Act act) {
        Caller caller = Caller.require();
        Review r = reviews.requireVisible(caller, id);
        try {
            redirect.addFlashAttribute("notice", act.run(caller, new ArrayList<>()));
            return "redirect:/reviews/" + r.id();
        } catch (ProblemException e) {
            Map<String, String> errors = FormErrors.ofRefusal(e, messages, formField);
            response.setStatus(e.status().value());
            return reviewPage(caller, reviews.requireVisible(caller, id), form, errors, model);
        }
    }

    /** A line of the case's records (笔录) the reviewer reads beside the proposal. */
    record RecordRow(String kindName, LocalDate occurredOn, String person, String place, String excerpt,
            boolean cut) {
    }

    /** An evidence file of the case, opened with the review as the reason. */
    record EvidenceRow(String id, String kindName, String description, String filename, String url) {
    }

    /** One item of the packet (送审材料) of the round now before the reviewer. */
    record PacketRow(String label, boolean required, boolean present, String detail) {
    }

    /** A problem of an opinion and the handling unit's answer to it. */
    record Answered(String problem, String answer) {
    }

    /**
     * One round of the review as the page shows it: the step and, by its kind, what it recorded. The opinion
     * carries its 法制审核意见书; the answer pairs each problem of the opinion before it with its answer.
     */
    record RoundRow(CaseStep step, String label, ReviewSteps.Submission submission, ReviewSteps.Opinion opinion,
            CaseDocument opinionDocument, ReviewSteps.Resubmission resubmission, List<Answered> answers,
            ReviewSteps.Escalation escalation, ReviewSteps.Coordination coordination, ReviewSteps.Recusal recusal,
            String recusedName, ReviewViews.ProposalView proposal, List<PacketRow> packet) {
    }

    private String reviewPage(Caller caller, Review r, String failed, Map<String, String> errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        CaseFile c = cases.byIdOfChecked(r.caseId());
        List<CaseStep> steps = cases.steps(c);
        ReviewViews.ReviewDetail d = views.detail(caller, r, locale);
        Optional<Matter> matter = catalogue.matterOfAgency(c.agencyId(), c.matterCode());
        String reason = retrievalReason(caller, c);

        model.addAttribute("d", d);
        model.addAttribute("c", c);
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("retrievalReason", reason);

        // (b) the evidence: the records with an excerpt, the evidence files, the packet of the latest round
        List<RecordRow> records = new ArrayList<>();
        for (CaseStep s : steps) {
            if (s.kind().equals(Steps.RECORD)) {
                Steps.Record rec = one(s, Steps.RECORD, Steps.Record.class);
                String content = rec.content() == null ? "" : rec.content();
                records.add(new RecordRow(views.text(rec.kind().messageKey(), locale), s.occurredOn(), rec.person(),
                        rec.place(), content.length() > EXCERPT ? content.substring(0, EXCERPT) : content,
                        content.length() > EXCERPT));
            }
        }
        model.addAttribute("records", records);
        model.addAttribute("evidence", evidence.ofCase(c).stream().map(e -> evidenceRow(e, reason, locale)).toList());

        // (c) the discretion standard of the case's matter
        model.addAttribute("matter", matter.orElse(null));
        model.addAttribute("levels", matter.filter(Matter::isPenalty).map(catalogue::discretionOf)
                .orElse(List.<DiscretionLevel>of()));
        model.addAttribute("ct", catalogueText);

        // the rounds, in order
        List<CaseDocument> documents = cases.documents(c);
        List<RoundRow> rounds = new ArrayList<>();
        List<String> lastProblems = List.of();
        List<PacketRow> packet = List.of();
        for (CaseStep s : reviews.rounds(r)) {
            String label = views.text("cases.step." + s.kind(), locale);
            RoundRow row = switch (s.kind()) {
                case ReviewSteps.SUBMISSION -> {
                    ReviewSteps.Submission x = one(s, s.kind(), ReviewSteps.Submission.class);
                    packet = packet(x.packet(), locale);
                    yield new RoundRow(s, label, x, null, null, null, null, null, null, null, null,
                            views.proposal(x.proposal(), locale), packet);
                }
                case ReviewSteps.OPINION -> {
                    ReviewSteps.Opinion x = one(s, s.kind(), ReviewSteps.Opinion.class);
                    lastProblems = x.problems() == null ? List.of() : x.problems();
                    CaseDocument doc = documents.stream().filter(doc1 -> s.id().equals(doc1.stepId())).findFirst()
                            .orElse(null);
                    yield new RoundRow(s, label, null, x, doc, null, null, null, null, null, null, null, null);
                }
                case ReviewSteps.RESUBMISSION -> {
                    ReviewSteps.Resubmission x = one(s, s.kind(), ReviewSteps.Resubmission.class);
                    List<Answered> answered = new ArrayList<>();
                    List<String> answers = x.answers() == null ? List.of() : x.answers();
                    for (int i = 0; i < Math.max(lastProblems.size(), answers.size()); i++) {
                        answered.add(new Answered(i < lastProblems.size() ? lastProblems.get(i) : null,
                                i < answers.size() ? answers.get(i) : null));
                    }
                    packet = packet(x.packet(), locale);
                    yield new RoundRow(s, label, null, null, null, x, answered, null, null, null, null,
                            views.proposal(x.proposal(), locale), packet);
                }
                case ReviewSteps.ESCALATION -> new RoundRow(s, label, null, null, null, null, null,
                        one(s, s.kind(), ReviewSteps.Escalation.class), null, null, null, null, null);
                case ReviewSteps.COORDINATION -> new RoundRow(s, label, null, null, null, null, null, null,
                        one(s, s.kind(), ReviewSteps.Coordination.class), null, null, null, null);
                case ReviewSteps.RECUSAL -> {
                    ReviewSteps.Recusal x = one(s, s.kind(), ReviewSteps.Recusal.class);
                    yield new RoundRow(s, label, null, null, null, null, null, null, null, x,
                            organization.officer(x.officerId()).map(Officer::name).orElse(""), null, null);
                }
                default -> new RoundRow(s, label, null, null, null, null, null, null, null, null, null, null, null);
            };
            rounds.add(row);
        }
        model.addAttribute("rounds", rounds);
        model.addAttribute("packet", packet);
        model.addAttribute("lastProblems", lastProblems);

        // who may do what now
        boolean undecided = c.decidedOn() == null;
        boolean handling = cases.mayAct(caller, c);
        boolean head = caller.has(Role.HEAD) && caller.agencyId().equals(c.agencyId());
        boolean reviewerOfRound = caller.has(Role.REVIEWER) && r.reviewerOfficerId() != null
                && caller.officerId().map(r.reviewerOfficerId()::equals).orElse(false);
        ReviewStatus status = r.status();
        model.addAttribute("showOpinion", undecided && d.mayGiveOpinion());
        model.addAttribute("showWhyNot", status == ReviewStatus.PENDING && caller.has(Role.REVIEWER)
                && d.whyNot() != null);
        model.addAttribute("showAnswer", undecided && handling && status == ReviewStatus.RETURNED);
        model.addAttribute("showEscalation", undecided && (handling || reviewerOfRound)
                && status == ReviewStatus.RETURNED);
        model.addAttribute("showCoordination", undecided && head && status == ReviewStatus.COORDINATING);
        model.addAttribute("decided", !undecided);

        model.addAttribute("areas", ReviewArea.values());
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("methods", CoordinationMethod.values());
        model.addAttribute("outcomes", CoordinationOutcome.values());
        model.addAttribute("decisionTypes", DecisionType.values());
        model.addAttribute("penaltyKinds", penaltyKinds(matter, r.proposal()));
        FormErrors.startingWith(model, "opinionForm", OpinionForm.empty());
        FormErrors.startingWith(model, "answerForm", new AnswerForm("", List.of(), ProposalForm.of(r.proposal())));
        FormErrors.startingWith(model, "coordinationForm", CoordinationForm.empty(today));
        FormErrors.startingWith(model, "recusalReason", "");
        FormErrors.startingWith(model, "escalationReason", "");
        return "review/review";
    }

    private List<PacketRow> packet(List<ReviewSteps.PacketItem> items, Locale locale) {
        return (items == null ? List.<ReviewSteps.PacketItem>of() : items).stream()
                .map(p -> new PacketRow(views.text("review.packet." + p.item(), locale), p.required(), p.present(),
                        p.detail() == null ? null
                                : p.item().equals("EVIDENCE") ? views.text("review.page.packet-records", locale,
                                        p.detail())
                                : messages.getMessage("review.page.packet-detail." + p.detail(), null, p.detail(),
                                        locale)))
                .toList();
    }

    private EvidenceRow evidenceRow(Evidence e, String reason, Locale locale) {
        String url = "/api/evidence/" + e.id() + "/content"
                + (reason == null ? "" : "?reason=" + java.net.URLEncoder.encode(reason,
                        java.nio.charset.StandardCharsets.UTF_8));
        return new EvidenceRow(e.id(), views.text(e.kind().messageKey(), locale), e.description(), e.filename(), url);
    }

    /** Whoever is not on the case opens its records for the review: the reason logged with the opening (调阅). */
    private String retrievalReason(Caller caller, CaseFile c) {
        return Retrievals.onCase(caller, c) ? null : text("review.page.retrieval-reason");
    }

    // ---------------------------------------------------------------- the case page's card

    /** One review of the case as the card lists it. */
    record CaseReviewRow(String id, String statusName, String status, int round, LocalDate dueOn, boolean overdue) {
    }

    @GetMapping("/cases/{id}/review-card")
    String card(@PathVariable String id, Model model) {
        return cardPage(Caller.require(), id, null, Map.of(), model);
    }

    /** An officer of the case (or the head) flags it as major under Art. 58 (1), (2) or (4), with the reason. */
    @PostMapping("/cases/{id}/review-card/flags")
    String flag(@PathVariable String id, @RequestParam(required = false) String trigger,
            @RequestParam(required = false) String reason, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        FlagForm form = new FlagForm(trigger, reason);
        model.addAttribute("flagForm", form);
        return cardAct(id, "flag", UnaryOperator.identity(), model, request, response, (caller, typing) -> {
            reviews.flag(caller, id, FormErrors.unlessUnreadable(form.draft(typing), typing));
            return text("review.page.done.flagged");
        });
    }

    /** The head withdraws an officer's flag, with the reason. */
    @PostMapping("/cases/{id}/review-card/flags/{flagId}/withdrawal")
    String withdraw(@PathVariable String id, @PathVariable String flagId,
            @RequestParam(required = false) String reason, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("withdrawFlagId", flagId);
        model.addAttribute("withdrawReason", reason);
        return cardAct(id, "withdraw", UnaryOperator.identity(), model, request, response, (caller, typing) -> {
            reviews.withdrawFlag(caller, id, flagId, reason);
            return text("review.page.done.withdrawn");
        });
    }

    /** The handling unit submits the proposed decision for review (送审), with its explanation. */
    @PostMapping("/cases/{id}/review-card/submission")
    String submit(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        SubmissionForm form = SubmissionForm.read(params);
        model.addAttribute("submissionForm", form);
        return cardAct(id, "submission", form.proposal()::formField, model, request, response, (caller, typing) -> {
            Reviews.Outcome o = reviews.submit(caller, id, FormErrors.unlessUnreadable(form.draft(typing), typing));
            return text("review.page.done.submitted", o.review().dueOn());
        });
    }

    /**
     * One act of the card: on success the case page is loaded again (htmx follows {@code HX-Redirect}) with the
     * flash message, so its timeline shows the new step; on a refusal the card comes back in place with the errors
     * and what was typed (status 200 for htmx, which swaps only successful answers; the refusal's own status
     * otherwise).
     */
    private String cardAct(String id, String form, UnaryOperator<String> formField, Model model,
            HttpServletRequest request, HttpServletResponse response, Act act) {
        Caller caller = Caller.require();
        CaseFile c = cases.requireVisible(caller, id);
        try {
            String notice = act.run(caller, new ArrayList<>());
            String target = "/cases/" + c.id();
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("notice", notice);
            RequestContextUtils.saveOutputFlashMap(target, request, response);
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", target);
                return "review/fragments/card :: moved";
            }
            return "redirect:" + target;
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            FormErrors.ofRefusal(e, messages).forEach((field, message) -> errors.merge(formField.apply(field), message,
                    (a, b) -> a + "\uff1b" + b));
            if (request.getHeader("HX-Request") == null) {
                response.setStatus(e.status().value());
            }
            return cardPage(caller, id, form, errors, model);
        }
    }

    private String cardPage(Caller caller, String id, String failed, Map<String, String> errors, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        CaseFile c = cases.requireVisible(caller, id);
        List<CaseStep> steps = cases.steps(c);
        Optional<Matter> matter = catalogue.matterOfAgency(c.agencyId(), c.matterCode());
        List<Review> ofCase = reviews.ofCase(caller, id);
        LocalDate today = LocalDate.now(clock);
        boolean undecided = c.decidedOn() == null;
        boolean handling = cases.mayAct(caller, c);
        boolean head = caller.has(Role.HEAD) && caller.agencyId().equals(c.agencyId());
        boolean open = ofCase.stream().anyMatch(r -> r.status() != ReviewStatus.APPROVED);
        model.addAttribute("c", c);
        model.addAttribute("requirement", views.requirement(reviews.requirement(caller, id), locale));
        model.addAttribute("caseReviews", ofCase.stream().map(r -> new CaseReviewRow(r.id(),
                views.text(r.status().messageKey(), locale), r.status().name(), r.round(), r.dueOn(),
                r.overdue(today))).toList());
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("showFlag", handling && undecided);
        model.addAttribute("mayWithdraw", head && undecided);
        model.addAttribute("showSubmission", handling && undecided && !open);
        model.addAttribute("approvedBefore", ofCase.stream().anyMatch(r -> r.status() == ReviewStatus.APPROVED));
        model.addAttribute("triggers", java.util.Arrays.stream(MajorTrigger.values()).filter(MajorTrigger::flaggable)
                .toList());
        model.addAttribute("decisionTypes", DecisionType.values());
        Steps.Decision latest = ofCase.isEmpty() ? null : ofCase.get(0).proposal();
        model.addAttribute("penaltyKinds", penaltyKinds(matter, latest));
        FormErrors.startingWith(model, "flagForm", new FlagForm("", ""));
        FormErrors.startingWith(model, "withdrawFlagId", "");
        FormErrors.startingWith(model, "withdrawReason", "");
        FormErrors.startingWith(model, "submissionForm", new SubmissionForm("", latest != null ? ProposalForm.of(latest)
                : ProposalForm.ofNotice(cases.lastOf(steps, Steps.NOTICE, Steps.Notice.class), "")));
        return "review/fragments/card :: card";
    }

    // ---------------------------------------------------------------- helpers

    /** The penalty kinds the form offers: the matter's statute's, and any the proposal already holds. */
    private static List<PenaltyKind> penaltyKinds(Optional<Matter> matter, Steps.Decision proposal) {
        List<PenaltyKind> kinds = new ArrayList<>(matter.map(Matter::penaltyKinds).orElse(List.of()));
        if (proposal != null && proposal.penalties() != null) {
            proposal.penalties().stream().map(Steps.Penalty::kind).filter(k -> !kinds.contains(k)).forEach(kinds::add);
        }
        return kinds.stream().sorted().toList();
    }

    private <T> T one(CaseStep s, String kind, Class<T> type) {
        return cases.stepsOf(List.of(s), kind, type).get(0);
    }





    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
