package org.mingjing.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.mingjing.organization.Agency;
import org.mingjing.organization.AgencyDraft;
import org.mingjing.organization.Officer;
import org.mingjing.organization.OfficerStatus;
import org.mingjing.organization.Organization;
import org.mingjing.organization.ReviewStaffing;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.mingjing.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for agencies and officers: search, detail, and editing for system administrators. */
@Controller
class OrganizationPages {

    private static final int PAGE_SIZE = 20;

    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    OrganizationPages(Organization organization, MessageSource messages, Clock clock) {
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/agencies")
    String agencies(Model model) {
        Caller caller = Caller.require();
        Set<String> visible = organization.visibleAgencyIds(caller);
        Map<String, ReviewStaffing> staffing = new LinkedHashMap<>();
        visible.forEach(id -> staffing.put(id, organization.reviewStaffing(id)));
        model.addAttribute("agencies", organization.agencies());
        model.addAttribute("staffing", staffing);
        return "organization/agencies";
    }

    @GetMapping("/agencies/{id}")
    String agency(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        Agency agency = organization.agency(id).orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
        boolean visible = organization.visibleAgencyIds(caller).contains(id);
        model.addAttribute("agency", agency);
        model.addAttribute("parent", organization.agency(agency.parentId()).orElse(null));
        model.addAttribute("visible", visible);
        model.addAttribute("staffing", visible ? organization.reviewStaffing(id) : null);
        model.addAttribute("canEdit", visible && caller.has(Role.SYSADMIN));
        return "organization/agency";
    }

    @GetMapping("/agencies/{id}/edit")
    @PreAuthorize("hasRole('SYSADMIN')")
    String editAgency(@PathVariable String id, Model model) {
        Agency agency = organization.requireVisibleAgency(Caller.require(), id);
        model.addAttribute("agency", agency);
        model.addAttribute("form", new AgencyDraft(agency.name(), agency.shortName(), agency.creditCode(),
                agency.qualificationBasis(), agency.address(), agency.phone(), agency.reconsiderationBody(),
                agency.court(), agency.version()));
        model.addAttribute("errors", Map.of());
        return "organization/agency-form";
    }

    @PostMapping("/agencies/{id}/edit")
    @PreAuthorize("hasRole('SYSADMIN')")
    String saveAgency(@PathVariable String id, @ModelAttribute("form") AgencyDraft form, Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        try {
            organization.updateAgency(caller, id, form);
        } catch (ProblemException e) {
            model.addAttribute("agency", organization.requireVisibleAgency(caller, id));
            model.addAttribute("errors", errors(e));
            return "organization/agency-form";
        }
        redirect.addFlashAttribute("notice", text("organization.saved"));
        return "redirect:/agencies/" + id;
    }

    @GetMapping("/officers")
    String officers(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String q,
            @RequestParam(required = false) OfficerStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        search(agencyId, q, status, page, model);
        Caller caller = Caller.require();
        model.addAttribute("agencies", organization.visibleAgencies(caller));
        model.addAttribute("statuses", OfficerStatus.values());
        model.addAttribute("canEdit", caller.has(Role.SYSADMIN));
        return "organization/officers";
    }

    @GetMapping("/officers/fragments/results")
    String officerResults(@RequestParam(required = false) String agencyId, @RequestParam(required = false) String q,
            @RequestParam(required = false) OfficerStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        search(agencyId, q, status, page, model);
        return "organization/fragments/officer-results :: results";
    }

    private void search(String agencyId, String q, OfficerStatus status, int page, Model model) {
        Caller caller = Caller.require();
        String scope = agencyId == null || agencyId.isBlank() ? null : agencyId;
        Paged<Officer> result = organization.searchOfficers(caller, scope, q, status, Math.max(0, page), PAGE_SIZE);
        Map<String, String> names = new HashMap<>();
        organization.agencies().forEach(a -> names.put(a.id(), a.name()));
        model.addAttribute("result", result);
        model.addAttribute("agencyNames", names);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("agencyId", scope);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("today", LocalDate.now(clock));
    }

    @GetMapping("/officers/{id}")
    String officer(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        Officer officer = organization.requireVisibleOfficer(caller, id);
        model.addAttribute("officer", officer);
        model.addAttribute("agency", organization.agency(officer.agencyId()).orElseThrow());
        model.addAttribute("canEdit", caller.has(Role.SYSADMIN));
        model.addAttribute("today", LocalDate.now(clock));
        return "organization/officer";
    }

    @GetMapping("/officers/new")
    @PreAuthorize("hasRole('SYSADMIN')")
    String newOfficer(@RequestParam(required = false) String agencyId, Model model) {
        return officerForm(OfficerForm.empty(agencyId), null, Map.of(), model);
    }

    @PostMapping("/officers/new")
    @PreAuthorize("hasRole('SYSADMIN')")
    String register(@ModelAttribute("form") OfficerForm form, Model model, RedirectAttributes redirect) {
        try {
            Officer officer = organization.registerOfficer(Caller.require(), form.draft());
            redirect.addFlashAttribute("notice", text("organization.saved"));
            return "redirect:/officers/" + officer.id();
        } catch (ProblemException e) {
            return officerForm(form, null, errors(e), model);
        }
    }

    @GetMapping("/officers/{id}/edit")
    @PreAuthorize("hasRole('SYSADMIN')")
    String editOfficer(@PathVariable String id, Model model) {
        Officer officer = organization.requireVisibleOfficer(Caller.require(), id);
        return officerForm(OfficerForm.of(officer), officer, Map.of(), model);
    }

    @PostMapping("/officers/{id}/edit")
    @PreAuthorize("hasRole('SYSADMIN')")
    String saveOfficer(@PathVariable String id, @ModelAttribute("form") OfficerForm form, Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        try {
            organization.updateOfficer(caller, id, form.draft(), form.version());
            redirect.addFlashAttribute("notice", text("organization.saved"));
            return "redirect:/officers/" + id;
        } catch (ProblemException e) {
            return officerForm(form, organization.requireVisibleOfficer(caller, id), errors(e), model);
        }
    }

    @PostMapping("/officers/{id}/status")
    @PreAuthorize("hasRole('SYSADMIN')")
    String changeStatus(@PathVariable String id, @RequestParam OfficerStatus target, RedirectAttributes redirect) {
        try {
            organization.changeStatus(Caller.require(), id, target);
            redirect.addFlashAttribute("notice", text("organization.saved"));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", text(e.messageKey()));
        }
        return "redirect:/officers/" + id;
    }

    private String officerForm(OfficerForm form, Officer officer, Map<String, String> errors, Model model) {
        Caller caller = Caller.require();
        model.addAttribute("form", form);
        model.addAttribute("officer", officer);
        model.addAttribute("errors", errors);
        model.addAttribute("agencies", organization.visibleAgencies(caller));
        return "organization/officer-form";
    }

    private Map<String, String> errors(ProblemException e) {
        return FormErrors.byField(e, messages);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
