package org.mingjing.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Retrievals;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.organization.OfficerStatus;
import org.mingjing.organization.Organization;
import org.mingjing.publicity.Publication;
import org.mingjing.publicity.Publication.ChangeKind;
import org.mingjing.publicity.PublicationRevision;
import org.mingjing.publicity.PublicationSetting;
import org.mingjing.publicity.PublicationStatus;
import org.mingjing.publicity.Publications;
import org.mingjing.publicity.web.PublicationForms.ChangeForm;
import org.mingjing.publicity.web.PublicationForms.CorrectionForm;
import org.mingjing.publicity.web.PublicationForms.SettingForm;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.mingjing.shared.web.FormErrors;
import org.mingjing.shared.web.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff pages of after-the-act publicity (事后公开, seed §二(一)1, 4, 5; 行政处罚法第四十八条; LAW.md §4).
 *
 * <ul>
 * <li>{@code /publications}: the publications within the caller's reach by status, with counts, the release due
 * day (red when past it, seed §二(一)4), act type, party, number and who released it; for the head the agency's
 * rule per act type (which are published, which penalties are not, retention, the designated releasers).
 * <li>{@code /publications/{id}}: the release page. The original and the masked text side by side with every
 * finding marked in both and a legend of their kinds, the hand marks (typed, or taken from a selection of the
 * original), who entered, reviewed and released it, its due day, status and reason; and the acts that fall to the
 * caller: release by a second person (谁录入谁负责), withdrawal with a public reason, correction with a note and the
 * whole new text, a reported change of the decision (3 working days to withdraw a penalty decision, Art. 48), and
 * the texts the public saw before.
 * <li>{@code /cases/{id}/publication-card}: the case page's card, loaded by htmx because the cases module does not
 * know publicity: the case's publications with their status and due day.
 * </ul>
 *
 * <p>The service decides who may do what; the pages only offer each form to whom it applies. A refusal (400 with
 * fields, 409 with the rule) comes back on its form with what was typed and nothing changed; a 403 or 404 shows the
 * error page.
 */
@Controller
class PublicationPages {

    static final int PAGE_SIZE = 20;

    private final Publications publications;
    private final PublicationViews views;
    private final Cases cases;
    private final Retrievals retrievals;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    PublicationPages(Publications publications, PublicationViews views, Cases cases, Retrievals retrievals,
            Organization organization, MessageSource messages, Clock clock) {
        this.publications = publications;
        this.views = views;
        this.cases = cases;
        this.retrievals = retrievals;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the list and the settings

    /** One tab of the list: its status (empty for all), its label and count. */
    record Tab(String status, String label, long count) {
    }

    /**
     * The list, of one status and page; for the head also the setting of one act type. A filter that cannot be read
     * (an unknown status, a page that is no number or below 0) shows the first page of all with the fault (400).
     */
    @GetMapping("/publications")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String page,
            @RequestParam(required = false) String actType, Model model, HttpServletResponse response) {
        Caller caller = Caller.require();
        List<FieldProblem> typing = new ArrayList<>();
        PublicationStatus filter = FormFields.choice("status", status, PublicationStatus.class, typing);
        Integer typedPage = FormFields.integer("page", page, typing);
        if (typedPage != null && typedPage < 0) {
            typing.add(FieldProblem.of("page", "validation.page"));
        }
        MatterCategory category = FormFields.choice("actType", actType, MatterCategory.class, typing);
        if (!typing.isEmpty()) {
            model.addAttribute("filterError", String.join("\uff1b",
                    FormErrors.byField(ProblemException.invalid(typing), messages).values()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            filter = null;
            typedPage = 0;
        }
        if (caller.has(Role.HEAD) && !model.containsAttribute("settingForm")) {
            MatterCategory shown = category == null ? MatterCategory.ADMINISTRATIVE_PENALTY : category;
            model.addAttribute("settingForm", SettingForm.of(publications.visibleSetting(caller, caller.agencyId(),
                    shown.name())));
        }
        return listPage(caller, filter, typedPage == null ? 0 : typedPage, model);
    }

    /** The head sets the agency's rule for an act type (LAW.md §4): refused values come back on the form. */
    @PostMapping("/publications/settings")
    String settings(@RequestParam(required = false) String actType, @RequestParam(required = false) String published,
            @RequestParam(required = false) List<String> excludedPenaltyKinds,
            @RequestParam(required = false) String retentionMonths,
            @RequestParam(required = false) String smallRetentionMonths,
            @RequestParam(required = false) String smallFineLimit,
            @RequestParam(required = false) List<String> releaserOfficerIds, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Caller caller = Caller.require();
        SettingForm form = SettingForm.read(actType, published, excludedPenaltyKinds, retentionMonths,
                smallRetentionMonths, smallFineLimit, releaserOfficerIds);
        try {
            List<FieldProblem> typing = new ArrayList<>();
            PublicationSetting setting = form.setting(caller.agencyId(), typing);
            FormErrors.refuseUnreadable(typing);
            PublicationSetting saved = publications.saveSetting(caller, setting);
            redirect.addFlashAttribute("notice", text("publicity.page.done.settings",
                    views.actTypeName(saved.actType(), LocaleContextHolder.getLocale())));
            return "redirect:/publications?actType=" + saved.actType() + "#settings";
        } catch (ProblemException e) {
            model.addAttribute("settingForm", form);
            model.addAttribute("failed", "settings");
            model.addAttribute("errors", FormErrors.ofRefusal(e, messages));
            response.setStatus(e.status().value());
            return listPage(caller, null, 0, model);
        }
    }

    private String listPage(Caller caller, PublicationStatus filter, int page, Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        Paged<Publication> found = publications.search(caller, filter, page, PAGE_SIZE);
        model.addAttribute("rows", views.rows(found.items(), locale));
        List<Tab> tabs = new ArrayList<>();
        for (PublicationStatus s : PublicationStatus.values()) {
            tabs.add(new Tab(s.name(), views.text(s.messageKey(), locale),
                    s == filter ? found.total() : publications.search(caller, s, 0, 1).total()));
        }
        model.addAttribute("tabs", tabs);
        model.addAttribute("all", filter == null ? found.total() : publications.search(caller, null, 0, 1).total());
        model.addAttribute("status", filter == null ? "" : filter.name());
        model.addAttribute("total", found.total());
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        boolean head = caller.has(Role.HEAD);
        model.addAttribute("head", head);
        if (head) {
            model.addAttribute("actTypes", MatterCategory.values());
            model.addAttribute("penaltyKinds", PenaltyKind.values());
            model.addAttribute("officers", organization.officersOf(caller.agencyId()).stream()
                    .filter(o -> o.status() == OfficerStatus.ACTIVE).toList());
        }
        FormErrors.startingWith(model, "failed", null);
        FormErrors.startingWith(model, "errors", Map.of());
        model.addAttribute("noErrors", Map.of());
        return "publicity/list";
    }

    // ---------------------------------------------------------------- the release page

    @GetMapping("/publications/{id}")
    String publication(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        Publication p = publications.requireVisible(caller, id);
        CaseFile c = cases.byIdOfChecked(p.caseId());
        // The original holds the case's private data: whoever is not on the case opens it with a reason (调阅).
        retrievals.record(caller, c, Retrievals.SubjectKind.CASE, c.id(),
                Retrievals.onCase(caller, c) ? null : text("publicity.page.retrieval-reason"), null);
        return publicationPage(caller, p, null, Map.of(), model);
    }

    /** Sets the hand marks, one a line; the page then shows them marked in both texts before anyone releases. */
    @PostMapping("/publications/{id}/marks")
    String marks(@PathVariable String id, @RequestParam(required = false) String marks, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("marksText", FormFields.orEmpty(marks));
        return act(id, "marks", field -> field.startsWith("marks") ? "marks" : field, model, redirect, response,
                (caller, typing) -> {
                    Publication p = publications.mark(caller, id, FormFields.lines(marks));
                    return text("publicity.page.done.marks", p.manualMarks().size());
                });
    }

    /** Releases with the marks saved: what the page showed is what the public gets. */
    @PostMapping("/publications/{id}/publish")
    String publish(@PathVariable String id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "publish", UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            Publication p = publications.publish(caller, id, null);
            return text("publicity.page.done.published", p.publishedOn(), p.expiresOn());
        });
    }

    @PostMapping("/publications/{id}/withdrawal")
    String withdraw(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        model.addAttribute("withdrawReason", FormFields.orEmpty(reason));
        return act(id, "withdraw", UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            publications.withdraw(caller, id, reason);
            return text("publicity.page.done.withdrawn");
        });
    }

    @PostMapping("/publications/{id}/correction")
    String correct(@PathVariable String id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        model.addAttribute("correctionForm", new CorrectionForm(FormFields.orEmpty(reason), FormFields.orEmpty(text)));
        return act(id, "correct", UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            Publication p = publications.correct(caller, id, reason, text);
            return text("publicity.page.done.corrected", p.revision());
        });
    }

    @PostMapping("/publications/{id}/change")
    String change(@PathVariable String id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String on, @RequestParam(required = false) String cause, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ChangeForm form = new ChangeForm(FormFields.orEmpty(kind), FormFields.orEmpty(on), FormFields.orEmpty(cause));
        model.addAttribute("changeForm", form);
        return act(id, "change", UnaryOperator.identity(), model, redirect, response, (caller, typing) -> {
            Publications.ChangeDraft draft = form.draft(typing);
            FormErrors.refuseUnreadable(typing);
            Publication p = publications.reportChange(caller, id, draft);
            return text("publicity.page.done.change." + p.changeKind().name(), p.changeDueBy());
        });
    }

    /** One act of the release page: the service's answer as the flash message, or the page with the form's errors. */
    @FunctionalInterface
    interface Act {
        String run(Caller caller, List<FieldProblem> typing);
    }

    private String act(String id, String form, UnaryOperator<String> formField, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Act act) {
        Caller caller = Caller.require();
        Publication p = publications.requireVisible(caller, id);
        try {
            redirect.addFlashAttribute("notice", act.run(caller, new ArrayList<>()));
            return "redirect:/publications/" + p.id();
        } catch (ProblemException e) {
            Map<String, String> errors = FormErrors.ofRefusal(e, messages, formField);
            response.setStatus(e.status().value());
            return publicationPage(caller, publications.requireVisible(caller, id), form, errors, model);
        }
    }

    /** A text the public saw, with the note of its correction and who recorded it. */
    record RevisionRow(int revision, String maskedText, String note, String recordedBy, OffsetDateTime recordedAt) {
    }

    private String publicationPage(Caller caller, Publication p, String failed, Map<String, String> errors,
            Model model) {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        CaseFile c = cases.byIdOfChecked(p.caseId());
        List<PublicationRevision> revisions = publications.revisions(caller, p.id());
        List<String> usernames = new ArrayList<>();
        usernames.add(p.enteredBy());
        usernames.add(p.reviewedBy());
        usernames.add(p.releasedBy());
        revisions.forEach(r -> usernames.add(r.recordedBy()));
        Map<String, String> names = views.names(usernames);
        model.addAttribute("p", p);
        model.addAttribute("caseNumber", c.number());
        model.addAttribute("statusName", views.text(p.status().messageKey(), locale));
        model.addAttribute("actTypeName", views.actTypeName(p.actType(), locale));
        model.addAttribute("decisionTypeName", views.decisionTypeName(p.decisionType(), locale));
        model.addAttribute("overdue", p.overdue(today));
        model.addAttribute("late", p.publishedOn() != null && p.publishedOn().isAfter(p.dueBy()));
        model.addAttribute("changeOverdue", p.changeOverdue(today));
        model.addAttribute("enteredBy", views.person(p.enteredBy(), names, locale));
        model.addAttribute("reviewedBy", views.person(p.reviewedBy(), names, locale));
        model.addAttribute("releasedBy", views.person(p.releasedBy(), names, locale));
        model.addAttribute("texts", views.texts(caller, p, locale));
        model.addAttribute("alert", publications.openAlert(p).map(a -> views.alert(a, locale)).orElse(null));
        model.addAttribute("revisions", revisions.stream()
                .map(r -> new RevisionRow(r.revision(), r.maskedText(), r.note(),
                        views.person(r.recordedBy(), names, locale), r.recordedAt()))
                .toList());

        // who may do what now (the service checks again)
        PublicationStatus status = p.status();
        Optional<String> whyNot = publications.whyNotRelease(caller, p);
        boolean releaser = publications.mayRelease(caller, p);
        boolean actor = cases.onCase(caller, c) || releaser;
        boolean pending = status == PublicationStatus.PENDING;
        boolean published = status == PublicationStatus.PUBLISHED;
        Map<String, Boolean> offered = Map.of("marks", pending && actor, "publish", whyNot.isEmpty(), "withdraw",
                (pending || published) && actor, "change", (pending || published) && actor, "correct",
                published && releaser && !caller.username().equals(p.enteredBy()));
        model.addAttribute("showRelease", offered.get("publish"));
        model.addAttribute("whyNot", pending && whyNot.isPresent() ? views.text(whyNot.get(), locale) : null);
        model.addAttribute("showMarks", offered.get("marks"));
        model.addAttribute("showWithdraw", offered.get("withdraw"));
        model.addAttribute("showChange", offered.get("change"));
        model.addAttribute("showCorrect", offered.get("correct"));
        model.addAttribute("changeKinds", pending ? List.of(ChangeKind.WITHDRAW) : List.of(ChangeKind.values()));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("today", today);
        // The refusal of a form the page no longer offers (the publication moved on meanwhile) shows at the top.
        model.addAttribute("refusal", failed == null || offered.getOrDefault(failed, false) ? null
                : String.join("\uff1b", errors.values()));
        FormErrors.startingWith(model, "marksText", String.join("\n", p.manualMarks()));
        FormErrors.startingWith(model, "withdrawReason", "");
        FormErrors.startingWith(model, "correctionForm", new CorrectionForm("", p.originalText()));
        FormErrors.startingWith(model, "changeForm", ChangeForm.empty());
        return "publicity/publication";
    }

    // ---------------------------------------------------------------- the case page's card

    @GetMapping("/cases/{id}/publication-card")
    String card(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        CaseFile c = cases.requireVisible(caller, id);
        model.addAttribute("c", c);
        model.addAttribute("rows", views.rows(publications.forCase(caller, c.id()), LocaleContextHolder.getLocale()));
        return "publicity/fragments/card :: card";
    }

    // ---------------------------------------------------------------- helpers




    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
