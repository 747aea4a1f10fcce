package org.mingjing.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.Source;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.CaseStage;
import org.mingjing.cases.Cases;
import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff pages of the cases: the list of the cases the caller may see, with search as you type, stage filters and
 * "my cases"; and the filing form (立案), offered to officers and heads, against a penalty matter of the agency's
 * own power list with at least two officers holding valid certificates (行政处罚法 Art. 42).
 */
@Controller
class CaseListPages {

    static final int PAGE_SIZE = 20;

    private final Cases cases;
    private final Catalogue catalogue;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    CaseListPages(Cases cases, Catalogue catalogue, Organization organization, MessageSource messages, Clock clock) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the list. */
    record CaseRow(String id, String number, String matterName, String partyName, CaseStage stage,
            ProcedureKind procedure, LocalDate filedOn) {

        static CaseRow of(CaseFile c) {
            return new CaseRow(c.id(), c.number(), c.matterName(), c.party().map(p -> p.name()).orElse(""), c.stage(),
                    c.procedure(), c.filedOn());
        }
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String stage, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
            Model model) {
        search(stage, q, mine, page, model);
        Caller caller = Caller.require();
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("mayFile", mayFile(caller));
        model.addAttribute("hasOfficerId", caller.officerId().isPresent());
        return "cases/list";
    }

    @GetMapping("/cases/fragments/results")
    String results(@RequestParam(required = false) String stage, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
            Model model) {
        search(stage, q, mine, page, model);
        return "cases/fragments/results :: results";
    }

    private void search(String stage, String q, boolean mine, int page, Model model) {
        CaseStage s = null;
        if (stage != null && !stage.isBlank()) {
            try {
                s = CaseStage.valueOf(stage.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("stage", "cases.validation.stage", stage);
            }
        }
        int shown = Math.max(0, page);
        Paged<CaseFile> result = cases.search(Caller.require(), s, q == null ? null : q.strip(), mine, shown,
                PAGE_SIZE);
        model.addAttribute("result", result.map(CaseRow::of));
        model.addAttribute("stage", s);
        model.addAttribute("q", q);
        model.addAttribute("mine", mine);
        model.addAttribute("page", shown);
        model.addAttribute("pageSize", PAGE_SIZE);
    }

    // ---------------------------------------------------------------- filing

    @GetMapping("/cases/new")
    String newCase(Model model) {
        Caller caller = requireFiler();
        return filingForm(FilingForm.empty(LocalDate.now(clock), caller.officerId().orElse(null)), Map.of(), model);
    }

    @PostMapping("/cases/new")
    String file(@ModelAttribute("form") FilingForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Caller caller = requireFiler();
        List<FieldProblem> typing = new ArrayList<>();
        var draft = form.draft(typing);
        try {
            if (!typing.isEmpty()) {
                throw ProblemException.invalid(typing);
            }
            CaseFile filed = cases.file(caller, draft);
            redirect.addFlashAttribute("notice", text("cases.done.FILING", filed.number()));
            return "redirect:/cases/" + filed.id();
        } catch (ProblemException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            CasePages.formErrors(e, messages).forEach((field, message) -> errors.merge(FilingForm.formField(field),
                    message, (a, b) -> a + "\uff1b" + b));
            response.setStatus(e.status().value());
            return filingForm(form, errors, model);
        }
    }

    /** An officer choice of the form: the officer and whether the certificate lets them act today (Art. 42). */
    record OfficerChoice(String id, String name, String post, String certificateNumber, LocalDate validUntil,
            boolean mayAct) {
    }

    private String filingForm(FilingForm form, Map<String, String> errors, Model model) {
        Caller caller = Caller.require();
        Agency agency = organization.agency(caller.agencyId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        List<Matter> matters = catalogue.mattersOf(agency.id()).stream()
                .filter(m -> m.category() == MatterCategory.ADMINISTRATIVE_PENALTY).toList();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("agency", agency);
        model.addAttribute("matters", matters);
        model.addAttribute("procedures", ProcedureKind.values());
        model.addAttribute("sources", Source.values());
        model.addAttribute("partyTypes", PartyType.values());
        model.addAttribute("officers", organization.officersOf(agency.id()).stream()
                .map(o -> new OfficerChoice(o.id(), o.name(), o.post(), o.certificateNumber(),
                        o.certificateValidUntil(), o.mayActOn(today)))
                .toList());
        return "cases/new";
    }

    private Caller requireFiler() {
        Caller caller = Caller.require();
        if (!mayFile(caller)) {
            throw ProblemException.forbidden("cases.problem.officers-only");
        }
        return caller;
    }

    static boolean mayFile(Caller caller) {
        return caller.has(Role.OFFICER) || caller.has(Role.HEAD);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
