package org.mingjing.catalogue.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.PeriodUnit;
import org.mingjing.catalogue.AvStage;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.CatalogueText;
import org.mingjing.catalogue.CatalogueTrigger;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.FlowChart;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.MatterSheets;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.web.FormErrors;
import org.mingjing.shared.web.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the power list (权责清单, seed §二(一)2): the list of one agency with search as you type, a
 * matter's detail with its flow chart, discretion standard and history, the matter and discretion-standard forms,
 * the spreadsheet import, and the record of a change of law or function that obliges the agency to update its
 * list within 20 working days (seed §二(一)5(1)).
 *
 * <p>Everyone signed in reads the lists of the agencies they may see; the forms are offered to, and accepted
 * from, only the agency's own head or legal reviewers ({@link Catalogue#maintains}). The catalogue refuses
 * anyone else in any case; the pages check first so that a refused user sees 403, not a form.
 */
@Controller
class CataloguePages {

    static final int PAGE_SIZE = 20;
    /** The statutory periods a matter's time limit may name: the calendar computes deadlines from them. */
    static final List<PeriodRule> TIME_LIMIT_RULES = List.of(PeriodRule.PENALTY_DECISION,
            PeriodRule.LICENSING_DECISION, PeriodRule.SEIZURE);
    static final List<PeriodUnit> TIME_LIMIT_UNITS = List.of(PeriodUnit.WORKING_DAYS, PeriodUnit.CALENDAR_DAYS);

    private final Catalogue catalogue;
    private final Organization organization;
    private final MatterSheets sheets;
    private final CatalogueText text;
    private final MessageSource messages;

    CataloguePages(Catalogue catalogue, Organization organization, MatterSheets sheets, CatalogueText text,
            MessageSource messages) {
        this.catalogue = catalogue;
        this.organization = organization;
        this.sheets = sheets;
        this.text = text;
        this.messages = messages;
    }

    @ModelAttribute("ct")
    CatalogueText catalogueText() {
        return text;
    }

    // ---------------------------------------------------------------- the power list

    @GetMapping("/catalogue")
    String powerList(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String category, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Agency agency = search(agencyId, category, q, page, model);
        return powerListPage(agency, ChangeForm.empty(), Map.of(), model);
    }

    @GetMapping("/catalogue/fragments/matters")
    String matterResults(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) String category, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        search(agencyId, category, q, page, model);
        return "catalogue/fragments/matter-results :: results";
    }

    /** A change of law or of the agency's functions: the matters it affects must be updated on the list. */
    @PostMapping("/catalogue/changes")
    String recordChange(@ModelAttribute("change") ChangeForm form, Model model, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller, form.agencyId());
        try {
            List<FieldProblem> typing = new ArrayList<>();
            LocalDate effectiveOn = FormFields.date("effectiveOn", form.effectiveOn(), typing);
            if (!typing.isEmpty()) {
                throw ProblemException.invalid(typing);
            }
            CatalogueTrigger trigger = catalogue.recordChange(caller, agency.id(), form.kind(), form.law(),
                    effectiveOn, form.description());
            redirect.addFlashAttribute("notice",
                    text("catalogue.change.recorded", trigger.affected(), trigger.due().toString()));
            return "redirect:/catalogue?agencyId=" + agency.id();
        } catch (ProblemException e) {
            Map<String, String> errors = formErrors(e);
            search(agency.id(), null, null, 0, model);
            return powerListPage(agency, form, errors, model);
        }
    }

    private Agency search(String agencyId, String category, String q, int page, Model model) {
        Caller caller = Caller.require();
        Agency agency = organization.requireVisibleAgency(caller,
                agencyId == null || agencyId.isBlank() ? caller.agencyId() : agencyId);
        MatterCategory cat = MatterCategory.parse(category).orElse(null);
        int shown = Math.max(0, page);
        Paged<Matter> result = catalogue.searchMatters(caller, agency.id(), cat, q, shown, PAGE_SIZE);
        model.addAttribute("agency", agency);
        model.addAttribute("result", result);
        model.addAttribute("category", cat);
        model.addAttribute("q", q);
        model.addAttribute("page", shown);
        model.addAttribute("pageSize", PAGE_SIZE);
        return agency;
    }

    private String powerListPage(Agency agency, ChangeForm change, Map<String, String> changeErrors, Model model) {
        Caller caller = Caller.require();
        model.addAttribute("agencies", organization.visibleAgencies(caller));
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("maintains", catalogue.maintains(caller, agency.id()));
        model.addAttribute("triggers", catalogue.triggers(caller, agency.id()));
        model.addAttribute("due", catalogue.dueForUpdate(caller).stream()
                .filter(m -> m.agencyId().equals(agency.id())).toList());
        model.addAttribute("change", change.agencyId() == null ? change.forAgency(agency.id()) : change);
        model.addAttribute("changeErrors", changeErrors);
        return "catalogue/matters";
    }

    /** The change-of-law form: LAW names the law whose citing matters are affected; FUNCTION affects all. */
    record ChangeForm(String agencyId, String kind, String law, String effectiveOn, String description) {

        static ChangeForm empty() {
            return new ChangeForm(null, "LAW", "", "", "");
        }

        ChangeForm forAgency(String id) {
            return new ChangeForm(id, kind, law, effectiveOn, description);
        }
    }

    // ---------------------------------------------------------------- one matter

    @GetMapping("/catalogue/matters/{id}")
    String matter(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        Matter matter = catalogue.requireVisibleMatter(caller, id);
        model.addAttribute("matter", matter);
        model.addAttribute("agency", organization.agency(matter.agencyId()).orElseThrow());
        model.addAttribute("maintains", catalogue.maintains(caller, matter.agencyId()));
        model.addAttribute("flowChart", flowChart(matter));
        model.addAttribute("levels", matter.isPenalty() ? catalogue.discretionOf(matter) : List.of());
        model.addAttribute("history", catalogue.history(caller, matter.id()));
        model.addAttribute("stages", AvStage.values());
        return "catalogue/matter";
    }

    @GetMapping("/catalogue/matters/new")
    String newMatter(@RequestParam(required = false) String agencyId, Model model) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller,
                agencyId == null || agencyId.isBlank() ? caller.agencyId() : agencyId);
        return matterForm(MatterForm.empty(agency.id()), null, agency, Map.of(), model);
    }

    @PostMapping("/catalogue/matters/new")
    String createMatter(@ModelAttribute("form") MatterForm form, Model model, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller, form.agencyId());
        List<FieldProblem> typing = new ArrayList<>();
        var draft = form.draft(typing);
        try {
            if (!typing.isEmpty()) {
                throw ProblemException.invalid(typing);
            }
            Matter created = catalogue.createMatter(caller, agency.id(), draft);
            redirect.addFlashAttribute("notice", text("catalogue.saved"));
            return "redirect:/catalogue/matters/" + created.id();
        } catch (ProblemException e) {
            return matterForm(form, null, agency, formErrors(e), model);
        }
    }

    @GetMapping("/catalogue/matters/{id}/edit")
    String editMatter(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        Matter matter = catalogue.requireVisibleMatter(caller, id);
        Agency agency = requireMaintainer(caller, matter.agencyId());
        return matterForm(MatterForm.of(matter), matter, agency, Map.of(), model);
    }

    @PostMapping("/catalogue/matters/{id}/edit")
    String updateMatter(@PathVariable String id, @ModelAttribute("form") MatterForm form, Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Matter matter = catalogue.requireVisibleMatter(caller, id);
        Agency agency = requireMaintainer(caller, matter.agencyId());
        List<FieldProblem> typing = new ArrayList<>();
        var draft = form.draft(typing);
        try {
            if (!typing.isEmpty()) {
                throw ProblemException.invalid(typing);
            }
            catalogue.updateMatter(caller, id, draft);
            redirect.addFlashAttribute("notice", text("catalogue.saved"));
            return "redirect:/catalogue/matters/" + id;
        } catch (ProblemException e) {
            return matterForm(form, matter, agency, formErrors(e), model);
        }
    }

    private String matterForm(MatterForm form, Matter matter, Agency agency, Map<String, String> errors,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("matter", matter);
        model.addAttribute("agency", agency);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        model.addAttribute("stages", AvStage.values());
        model.addAttribute("units", TIME_LIMIT_UNITS);
        model.addAttribute("rules", TIME_LIMIT_RULES);
        return "catalogue/matter-form";
    }

    // ---------------------------------------------------------------- discretion standard

    /** The discretion standard of a penalty matter (行政处罚法第三十四条): its levels within the statute's bounds. */
    @GetMapping("/catalogue/matters/{id}/discretion")
    String editDiscretion(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        Matter matter = requirePenaltyMatter(caller, id);
        return discretionForm(DiscretionForm.of(catalogue.discretionOf(matter), defaultBasis(matter)), matter,
                Map.of(), model);
    }

    @PostMapping("/catalogue/matters/{id}/discretion")
    String saveDiscretion(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Matter matter = requirePenaltyMatter(caller, id);
        DiscretionForm form = DiscretionForm.from(params);
        List<FieldProblem> typing = new ArrayList<>();
        var drafts = form.drafts(typing);
        try {
            if (!typing.isEmpty()) {
                throw ProblemException.invalid(typing);
            }
            catalogue.saveDiscretion(caller, matter.id(), drafts, form.reason());
            redirect.addFlashAttribute("notice", text("catalogue.saved"));
            return "redirect:/catalogue/matters/" + matter.id();
        } catch (ProblemException e) {
            return discretionForm(form, matter, form.byRow(formErrors(e)), model);
        }
    }

    private Matter requirePenaltyMatter(Caller caller, String id) {
        Matter matter = catalogue.requireVisibleMatter(caller, id);
        requireMaintainer(caller, matter.agencyId());
        if (!matter.isPenalty()) {
            throw ProblemException.badRequest("catalogue.validation.discretion-not-penalty");
        }
        return matter;
    }

    /** With one statutory bound, a level's fine can only be measured in its unit: the form offers it first. */
    private static String defaultBasis(Matter matter) {
        return matter.fineBounds().size() == 1 ? matter.fineBounds().get(0).basis().name() : "";
    }

    private String discretionForm(DiscretionForm form, Matter matter, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("matter", matter);
        model.addAttribute("agency", organization.agency(matter.agencyId()).orElseThrow());
        model.addAttribute("errors", errors);
        model.addAttribute("bases", matter.fineBounds().stream().map(FineBound::basis).toList());
        return "catalogue/discretion-form";
    }

    // ---------------------------------------------------------------- import and export

    @GetMapping("/catalogue/import")
    String importPage(@RequestParam(required = false) String agencyId, Model model) {
        Caller caller = Caller.require();
        Agency agency = organization.requireVisibleAgency(caller,
                agencyId == null || agencyId.isBlank() ? caller.agencyId() : agencyId);
        return importPage(agency, model);
    }

    /**
     * Imports a spreadsheet into the agency's list: all rows or none, as {@link Catalogue#importMatters} decides;
     * a refused file shows every row at fault so the clerk fixes them in one pass.
     */
    @PostMapping("/catalogue/import")
    String importMatters(@RequestParam String agencyId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller, agencyId);
        try {
            if (file == null || file.isEmpty()) {
                throw ProblemException.badRequest("catalogue.import.file-required");
            }
            if (file.getSize() > CatalogueApi.MAX_SHEET_BYTES) {
                throw ProblemException.badRequest("catalogue.import.file-too-large", CatalogueApi.MAX_SHEET_BYTES / 1_000_000);
            }
            Catalogue.ImportResult result;
            try (InputStream in = file.getInputStream()) {
                result = sheets.importInto(caller, agency.id(), file.getOriginalFilename(), in,
                        FormFields.orNull(reason));
            }
            redirect.addFlashAttribute("imported", result);
            return "redirect:/catalogue/import?agencyId=" + agency.id();
        } catch (IOException e) {
            model.addAttribute("importError", text("catalogue.import.unreadable"));
        } catch (ProblemException e) {
            if (!isFormProblem(e)) {
                throw e;
            }
            Locale locale = LocaleContextHolder.getLocale();
            List<String> general = e.fieldProblems().stream().filter(p -> p.row() == null)
                    .map(p -> messages.getMessage(p.messageKey(), p.args(), locale)).toList();
            model.addAttribute("importError", general.isEmpty()
                    ? messages.getMessage(e.messageKey(), e.args(), locale) : String.join("\uff1b", general));
            model.addAttribute("importProblems", e.fieldProblems().stream().filter(p -> p.row() != null)
                    .map(p -> new ImportProblem(p.row(), p.field(), messages.getMessage(p.messageKey(), p.args(),
                            locale)))
                    .toList());
        }
        model.addAttribute("reason", reason);
        return importPage(agency, model);
    }

    /** One refused cell of an import: the sheet's row (heading = row 1), its column and what is wrong. */
    record ImportProblem(Integer row, String field, String message) {
    }

    private String importPage(Agency agency, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("maintains", catalogue.maintains(Caller.require(), agency.id()));
        return "catalogue/import";
    }

    // ---------------------------------------------------------------- helpers

    private Agency requireMaintainer(Caller caller, String agencyId) {
        Agency agency = organization.requireVisibleAgency(caller, agencyId);
        if (!catalogue.maintains(caller, agency.id())) {
            throw ProblemException.forbidden("catalogue.problem.not-maintainer");
        }
        return agency;
    }

    private String flowChart(Matter matter) {
        return FlowChart.svg(matter.steps(), text("catalogue.flow.title", matter.name()));
    }

    /** A refusal the form can show next to its fields; anything else (403, 404) goes to the error page. */
    static boolean isFormProblem(ProblemException e) {
        return e.status() == HttpStatus.BAD_REQUEST || e.status() == HttpStatus.CONFLICT;
    }

    private Map<String, String> formErrors(ProblemException e) {
        if (!isFormProblem(e)) {
            throw e;
        }
        return FormErrors.byField(e, messages);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
