package org.mingjing.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.mingjing.cases.AvChecklist;
import org.mingjing.cases.CaseDocument;
import org.mingjing.cases.CaseEnums.EvidenceKind;
import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.RecordKind;
import org.mingjing.cases.CaseEnums.ServiceMethod;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseProgress;
import org.mingjing.cases.CaseProgress.Action;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Drafts;
import org.mingjing.cases.Evidence;
import org.mingjing.cases.EvidenceService;
import org.mingjing.cases.EvidenceUploads;
import org.mingjing.cases.Party;
import org.mingjing.cases.Retrievals;
import org.mingjing.cases.Steps;
import org.mingjing.cases.web.StepForms.DecisionForm;
import org.mingjing.cases.web.StepForms.DeliberationForm;
import org.mingjing.cases.web.StepForms.HearingForm;
import org.mingjing.cases.web.StepForms.NoticeForm;
import org.mingjing.cases.web.StepForms.PaymentForm;
import org.mingjing.cases.web.StepForms.Penalties;
import org.mingjing.cases.web.StepForms.RecordForm;
import org.mingjing.cases.web.StepForms.ServiceForm;
import org.mingjing.cases.web.StepForms.StatementForm;
import org.mingjing.catalogue.AvStage;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.CatalogueText;
import org.mingjing.catalogue.FineBasis;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.Matter;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.mingjing.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The case page: where the case stands on the statutory path (立案→调查取证→审核→决定→送达→执行→结案→归档), its
 * deadlines, and the forms of the acts that make sense now ({@link CaseProgress}), each posting to its own
 * address. A refused act comes back on the page with its fields marked (400) or with the gate's explanation
 * (409, the law's article named), and what was typed kept.
 *
 * <p>Who: everyone of the agency's reach reads the page; only the officers of the case and the agency's head see
 * and may post the forms (others get 403), and the head's own acts (deliberation, closing, archiving: 行政处罚法
 * Art. 57, the head approving the file) are offered to the head only.
 */
@Controller
class CasePages {

    private final Cases cases;
    private final CaseProgress progress;
    private final Catalogue catalogue;
    private final CatalogueText catalogueText;
    private final Organization organization;
    private final CaseTimeline timeline;
    private final MessageSource messages;
    private final EvidenceService evidence;
    private final AvChecklist avChecklist;
    private final Clock clock;
    private final Retrievals retrievals;

    private final org.mingjing.cases.CaseRecord caseRecord;

    CasePages(Cases cases, CaseProgress progress, Catalogue catalogue, CatalogueText catalogueText,
            Organization organization, CaseTimeline timeline, MessageSource messages, EvidenceService evidence,
            AvChecklist avChecklist, Clock clock, Retrievals retrievals, org.mingjing.cases.CaseRecord caseRecord) {
        this.cases = cases;
        this.retrievals = retrievals;
        this.caseRecord = caseRecord;
        this.progress = progress;
        this.catalogue = catalogue;
        this.catalogueText = catalogueText;
        this.organization = organization;
        this.timeline = timeline;
        this.messages = messages;
        this.evidence = evidence;
        this.avChecklist = avChecklist;
        this.clock = clock;
    }

    /**
     * The case page, logged as a retrieval (seed §二(二)5). Whoever is not on the case may give a reason for opening
     * it ({@code ?reason=}, from the small form the page offers them); it is kept with the opening and carried to
     * the document links, which need one from them.
     */
    @GetMapping("/cases/{id}")
    String page(@PathVariable String id, @RequestParam(required = false) String reason, Model model) {
        Caller caller = Caller.require();
        CaseFile c = cases.requireVisible(caller, id);
        retrievals.record(caller, c, Retrievals.SubjectKind.CASE, c.id(), reason, null);
        model.addAttribute("openReason", reason == null || reason.isBlank() ? null : reason.strip());
        return casePage(c, null, Map.of(), model);
    }

    // ---------------------------------------------------------------- the acts

    @PostMapping("/cases/{id}/records")
    String record(@PathVariable String id, @ModelAttribute RecordForm recordForm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.RECORD, RecordForm::formField, model, redirect, response, (caller, typing) -> {
            cases.addRecord(caller, id, FormErrors.unlessUnreadable(recordForm.draft(typing), typing));
            return text("cases.done.RECORD");
        });
    }

    @PostMapping("/cases/{id}/notice")
    String notice(@PathVariable String id, @ModelAttribute NoticeForm noticeForm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.NOTICE, noticeForm.penaltyInputs()::formField, model, redirect, response,
                (caller, typing) -> {
                    cases.notice(caller, id, FormErrors.unlessUnreadable(noticeForm.draft(typing), typing));
                    return text("cases.done.NOTICE");
                });
    }

    @PostMapping("/cases/{id}/statements")
    String statement(@PathVariable String id, @ModelAttribute StatementForm statementForm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.STATEMENT, UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            cases.statement(caller, id, FormErrors.unlessUnreadable(statementForm.draft(typing), typing));
            return text("cases.done.STATEMENT");
        });
    }

    @PostMapping("/cases/{id}/hearings")
    String hearing(@PathVariable String id, @ModelAttribute HearingForm hearingForm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.HEARING, UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            cases.hearing(caller, id, FormErrors.unlessUnreadable(hearingForm.draft(typing), typing));
            return text("cases.done.HEARING");
        });
    }

    @PostMapping("/cases/{id}/deliberations")
    String deliberation(@PathVariable String id, @ModelAttribute DeliberationForm deliberationForm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.DELIBERATION, UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            cases.deliberation(caller, id, FormErrors.unlessUnreadable(deliberationForm.draft(typing), typing));
            return text("cases.done.DELIBERATION");
        });
    }

    @PostMapping("/cases/{id}/decision")
    String decide(@PathVariable String id, @ModelAttribute DecisionForm decisionForm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.DECISION, decisionForm.penaltyInputs()::formField, model, redirect,
                response, (caller, typing) -> {
                    CaseDocument decision = cases.decide(caller, id, FormErrors.unlessUnreadable(decisionForm.draft(typing), typing));
                    return text("cases.done.DECISION", decision.number());
                });
    }

    @PostMapping("/cases/{id}/service")
    String serve(@PathVariable String id, @ModelAttribute ServiceForm serviceForm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.SERVICE, UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            cases.serve(caller, id, FormErrors.unlessUnreadable(serviceForm.draft(typing), typing));
            return text("cases.done.SERVICE");
        });
    }

    @PostMapping("/cases/{id}/payments")
    String pay(@PathVariable String id, @ModelAttribute PaymentForm paymentForm, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.PAYMENT, UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            cases.pay(caller, id, FormErrors.unlessUnreadable(paymentForm.draft(typing), typing));
            return text("cases.done.PAYMENT");
        });
    }

    @PostMapping("/cases/{id}/close")
    String close(@PathVariable String id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, Action.CLOSE, UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            cases.close(caller, id);
            return text("cases.done.CLOSE");
        });
    }

    @PostMapping("/cases/{id}/archive")
    String archive(@PathVariable String id, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, Action.ARCHIVE, UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            CaseFile archived = cases.archive(caller, id);
            return text("cases.done.ARCHIVE", archived.evaluationScore());
        });
    }

    /**
     * The reason why an act the audio-video checklist lists has no recording (音像记录清单, seed §二(二)3(2)); a
     * refusal comes back as a message above the checklist.
     */
    @PostMapping("/cases/{id}/av-absences")
    String avAbsence(@PathVariable String id, @RequestParam(required = false) String stepId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        CaseFile c = cases.requireVisible(caller, id);
        if (!cases.mayAct(caller, c)) {
            throw ProblemException.forbidden("cases.problem.not-on-case");
        }
        try {
            cases.recordAvAbsence(caller, id, new Drafts.AvAbsenceDraft(stepId, reason));
            redirect.addFlashAttribute("notice", text("cases.done.AV_ABSENCE"));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("avError", String.join("\uff1b", formErrors(e, messages).values()));
            redirect.addFlashAttribute("avErrorStep", stepId);
        }
        return "redirect:/cases/" + id + "#avChecklist";
    }

    /** One act of a form: calls the facade and answers the flash message; problems of typing come first. */
    @FunctionalInterface
    interface Step {
        String run(Caller caller, List<FieldProblem> typing);
    }

    private String act(String id, Action action, UnaryOperator<String> formField, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Step step) {
        Caller caller = Caller.require();
        CaseFile c = cases.requireVisible(caller, id);
        if (!cases.mayAct(caller, c)) {
            throw ProblemException.forbidden("cases.problem.not-on-case");
        }
        try {
            redirect.addFlashAttribute("notice", step.run(caller, new ArrayList<>()));
            return "redirect:/cases/" + id;
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            formErrors(e, messages).forEach((field, message) -> errors.merge(formField.apply(field), message,
                    (a, b) -> a + "\uff1b" + b));
            response.setStatus(e.status().value());
            return casePage(cases.requireVisible(caller, id), action, errors, model);
        }
    }


    static boolean isHead(Caller caller, CaseFile c) {
        return caller.has(Role.HEAD) && caller.agencyId().equals(c.agencyId());
    }

    /** A refusal the form shows beside its fields (400) or as the gate's explanation (409); others go on. */
    static Map<String, String> formErrors(ProblemException e, MessageSource messages) {
        if (e.status() != HttpStatus.BAD_REQUEST && e.status() != HttpStatus.CONFLICT) {
            throw e;
        }
        return FormErrors.byField(e, messages);
    }

    // ---------------------------------------------------------------- the page

    /** A deadline as the page shows it: {@code state} is done, lapsed, soon (within three days) or open. */
    record DeadlineRow(String name, LocalDate due, LocalDate satisfiedOn, String state) {
    }

    /** An officer of the case with the certificate the acts rely on (Art. 42, Art. 55). */
    record OfficerRow(String id, String name, String post, String certificateNumber, LocalDate validUntil,
            boolean mayAct) {
    }

    /** An evidence item as the page lists it, with where to play or show it. */
    record EvidenceRow(String id, String kind, String description, String filename, String contentType,
            String size, String uploadedBy, java.time.OffsetDateTime uploadedAt, String avStage, String device,
            java.time.OffsetDateTime recordedAt, String recordedPlace, String sha256, String url, String player) {
    }

    /** An act the checklist lists that still awaits its recording or a reason. */
    record AvRow(String stepId, String label, LocalDate occurredOn, String avStage) {
    }

    /** A step the upload form offers to tag a recording with. */
    record StepOption(String id, String label) {
    }

    private String casePage(CaseFile c, Action failed, Map<String, String> errors, Model model) {
        Caller caller = Caller.require();
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        CaseProgress.Progress p = progress.of(c);
        model.addAttribute("ledger", caseRecord.entries(c));
        Optional<Matter> matter = catalogue.matterOfAgency(c.agencyId(), c.matterCode());
        boolean mayAct = cases.mayAct(caller, c);
        boolean head = isHead(caller, c);
        Set<Action> forms = EnumSet.noneOf(Action.class);
        if (mayAct) {
            p.offered().stream().filter(a -> head || !a.byHead()).forEach(forms::add);
        }
        if (failed != null && mayAct && (head || !failed.byHead())) {
            forms.add(failed);
        }

        model.addAttribute("c", c);
        model.addAttribute("onCase", Retrievals.onCase(caller, c));
        if (!model.containsAttribute("openReason")) {
            model.addAttribute("openReason", null);
        }
        model.addAttribute("agencyName", organization.agency(c.agencyId()).map(Agency::name).orElse(""));
        model.addAttribute("party", c.party().orElse(null));
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("progress", p);
        model.addAttribute("next", p.next().orElse(null));
        model.addAttribute("forms", forms);
        model.addAttribute("mayAct", mayAct);
        model.addAttribute("isHead", head);
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("account", p.account());
        model.addAttribute("deadlines", p.deadlines().stream().map(d -> new DeadlineRow(
                messages.getMessage("calendar.rule." + d.code() + ".name", null, d.code(), locale), d.due(),
                d.satisfiedOn(), !d.open() ? "done" : d.due().isBefore(today) ? "lapsed"
                        : !d.due().isAfter(today.plusDays(3)) ? "soon" : "open"))
                .toList());
        model.addAttribute("timeline", timeline.rows(p.steps(), locale));
        model.addAttribute("documents", cases.documents(c));
        model.addAttribute("parties", c.parties());
        List<Officer> agencyOfficers = organization.officersOf(c.agencyId());
        model.addAttribute("officers", c.officerIds().stream().map(organization::officer).flatMap(Optional::stream)
                .map(o -> new OfficerRow(o.id(), o.name(), o.post(), o.certificateNumber(), o.certificateValidUntil(),
                        o.mayActOn(today)))
                .toList());
        model.addAttribute("presidingOfficers", agencyOfficers.stream()
                .filter(o -> !c.officerIds().contains(o.id()) && o.mayActOn(today)).toList());
        model.addAttribute("penaltyKinds",
                matter.map(m -> m.penaltyKinds().stream().sorted().toList()).orElse(List.of()));
        model.addAttribute("fineHint", matter.map(m -> fineHint(m, c, locale)).orElse(""));
        model.addAttribute("recordKinds", RecordKind.values());
        model.addAttribute("decisionTypes", DecisionType.values());
        model.addAttribute("serviceMethods", ServiceMethod.values());
        Optional<Steps.Notice> notice = cases.lastOf(p.steps(), Steps.NOTICE, Steps.Notice.class);
        model.addAttribute("hearingRight", notice.map(Steps.Notice::hearingRight).orElse(false));

        String basis = matter.map(m -> catalogueText.basis(m.basis()).replace("\n", "\u3001")).orElse("");
        boolean onCase = caller.officerId().map(c.officerIds()::contains).orElse(false) || head;
        model.addAttribute("onCase", onCase);
        model.addAttribute("mayUpload", mayAct && !c.stage().atOrAfter(CaseStage.CLOSED));
        model.addAttribute("evidence", evidence.ofCase(c).stream().map(e -> evidenceRow(e, locale)).toList());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("avStages", AvStage.values());
        model.addAttribute("caseStages", List.of(CaseStage.FILING, CaseStage.INVESTIGATION, CaseStage.REVIEW,
                CaseStage.DECISION, CaseStage.SERVICE, CaseStage.EXECUTION));
        model.addAttribute("minChunk", EvidenceUploads.MIN_CHUNK);
        model.addAttribute("stepOptions", p.steps().stream()
                .filter(s -> !s.kind().equals(Steps.EVIDENCE) && !s.kind().equals(Steps.AV_ABSENCE))
                .map(s -> new StepOption(s.id(), messages.getMessage("cases.step." + s.kind(), null, s.kind(), locale)
                        + " " + s.occurredOn()))
                .toList());
        // Once closed, the checklist held (closing refuses otherwise); cases closed before it existed show nothing.
        model.addAttribute("awaitingAv", (c.stage().atOrAfter(CaseStage.CLOSED) ? List.<AvChecklist.AvItem>of()
                : avChecklist.awaiting(c, p.steps())).stream()
                .map(i -> new AvRow(i.stepId(), messages.getMessage("cases.step." + i.stepKind(), null, i.stepKind(),
                        locale), i.occurredOn(), messages.getMessage(i.avStage().messageKey(), null, locale)))
                .toList());
        FormErrors.startingWith(model, "recordForm", RecordForm.empty(today, c.officerIds()));
        FormErrors.startingWith(model, "noticeForm", NoticeForm.empty(today, basis));
        FormErrors.startingWith(model, "statementForm", StatementForm.empty(today));
        FormErrors.startingWith(model, "hearingForm", HearingForm.empty());
        FormErrors.startingWith(model, "deliberationForm", DeliberationForm.empty(today));
        FormErrors.startingWith(model, "decisionForm", DecisionForm.empty(today,
                notice.map(n -> Penalties.of(n.penalties())).orElse(new Penalties(List.of(), "", "")),
                notice.map(Steps.Notice::basis).orElse(basis)));
        FormErrors.startingWith(model, "serviceForm", ServiceForm.empty(today, c.party().map(CasePages::recipient).orElse("")));
        FormErrors.startingWith(model, "paymentForm", PaymentForm.empty(today,
                p.account() == null ? null : p.account().outstanding()));
        return "cases/case";
    }

    private EvidenceRow evidenceRow(Evidence e, Locale locale) {
        String player = e.contentType().startsWith("video/") ? "video"
                : e.contentType().startsWith("audio/") ? "audio" : e.image() ? "image" : "link";
        return new EvidenceRow(e.id(), messages.getMessage(e.kind().messageKey(), null, locale), e.description(),
                e.filename(), e.contentType(), size(e.size()), e.uploadedBy(), e.uploadedAt(),
                e.avStage() == null ? null : messages.getMessage(e.avStage().messageKey(), null, locale), e.device(),
                e.recordedAt(), e.recordedPlace(), e.sha256(), "/api/evidence/" + e.id() + "/content", player);
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = { "KB", "MB", "GB", "TB" };
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }


    /** Whom the decision is handed to: an organisation's legal representative, or the person. */
    private static String recipient(Party party) {
        return party.type() != PartyType.NATURAL_PERSON && party.legalRepresentative() != null
                ? party.legalRepresentative() : party.name();
    }

    /** The statute's fine range, and in yuan where it is a multiple of the income or turnover the case records. */
    private String fineHint(Matter m, CaseFile c, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (FineBound b : m.fineBounds()) {
            String range = catalogueText.range(b, locale);
            var base = b.basis() == FineBasis.ILLEGAL_INCOME ? c.illegalIncome()
                    : b.basis() == FineBasis.ILLEGAL_TURNOVER ? c.illegalTurnover() : null;
            parts.add(base == null ? range : text("cases.fine-hint.yuan", range,
                    catalogueText.range(b.inYuan(base), locale)));
        }
        return parts.isEmpty() ? "" : text("cases.fine-hint", String.join("\uff1b", parts));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
