package org.mingjing.catalogue.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.InspectionItem;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.catalogue.PenaltyKind;
import org.mingjing.catalogue.RemedyChannel;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.web.FormErrors;
import org.mingjing.shared.web.FormFields;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the agency's other published lists: the random-inspection list (随机抽查事项清单), the
 * legal-review catalogue of major decisions (重大执法决定法制审核目录清单, seed §二(三)2), and the remedy and
 * supervision channels with the service windows' posts (seed §二(一)3(2)). Same rule as the power list: read by
 * anyone who sees the agency, changed only by its own head or legal reviewers.
 */
@Controller
class CatalogueListPages {

    private final Catalogue catalogue;
    private final Organization organization;
    private final MessageSource messages;

    CatalogueListPages(Catalogue catalogue, Organization organization, MessageSource messages) {
        this.catalogue = catalogue;
        this.organization = organization;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- random-inspection list

    @GetMapping("/catalogue/inspection-items")
    String inspectionItems(@RequestParam(required = false) String agencyId, Model model) {
        Caller caller = Caller.require();
        Agency agency = visibleAgency(caller, agencyId);
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", organization.visibleAgencies(caller));
        model.addAttribute("items", catalogue.inspectionItems(agency.id()));
        model.addAttribute("maintains", catalogue.maintains(caller, agency.id()));
        return "catalogue/inspection-items";
    }

    @GetMapping("/catalogue/inspection-items/new")
    String newInspectionItem(@RequestParam(required = false) String agencyId, Model model) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller, visibleAgency(caller, agencyId).id());
        return itemForm(InspectionItemForm.empty(agency.id()), null, agency, Map.of(), model);
    }

    @PostMapping("/catalogue/inspection-items/new")
    String createInspectionItem(@ModelAttribute("form") InspectionItemForm form, Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller, form.agencyId());
        return saveItem(caller, agency, null, form, model, redirect);
    }

    @GetMapping("/catalogue/inspection-items/{id}/edit")
    String editInspectionItem(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        InspectionItem item = requireVisibleItem(caller, id);
        Agency agency = requireMaintainer(caller, item.agencyId());
        return itemForm(InspectionItemForm.of(item), item, agency, Map.of(), model);
    }

    @PostMapping("/catalogue/inspection-items/{id}/edit")
    String updateInspectionItem(@PathVariable String id, @ModelAttribute("form") InspectionItemForm form,
            Model model, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        InspectionItem item = requireVisibleItem(caller, id);
        Agency agency = requireMaintainer(caller, item.agencyId());
        return saveItem(caller, agency, item, form, model, redirect);
    }

    private String saveItem(Caller caller, Agency agency, InspectionItem item, InspectionItemForm form, Model model,
            RedirectAttributes redirect) {
        List<FieldProblem> typing = new ArrayList<>();
        Catalogue.InspectionItemDraft draft = form.draft(typing);
        try {
            if (!typing.isEmpty()) {
                throw ProblemException.invalid(typing);
            }
            catalogue.saveInspectionItem(caller, agency.id(), item == null ? null : item.id(), draft);
            redirect.addFlashAttribute("notice", text("catalogue.saved"));
            return "redirect:/catalogue/inspection-items?agencyId=" + agency.id();
        } catch (ProblemException e) {
            Map<String, String> errors = formErrors(e);
            boolean ratioOutOfRange = e.fieldProblems().stream()
                    .anyMatch(p -> "catalogue.validation.ratio".equals(p.messageKey()));
            if (ratioOutOfRange) {
                errors.put("ratio", text("catalogue.form.ratio"));
            }
            return itemForm(form, item, agency, errors, model);
        }
    }

    private String itemForm(InspectionItemForm form, InspectionItem item, Agency agency, Map<String, String> errors,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("item", item);
        model.addAttribute("agency", agency);
        model.addAttribute("errors", errors);
        return "catalogue/inspection-item-form";
    }

    /** The item, if it belongs to an agency the caller sees; otherwise not found. */
    private InspectionItem requireVisibleItem(Caller caller, String id) {
        return organization.visibleAgencyIds(caller).stream()
                .flatMap(agencyId -> catalogue.inspectionItems(agencyId).stream())
                .filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("catalogue.problem.item-not-found"));
    }

    // ---------------------------------------------------------------- legal-review catalogue

    @GetMapping("/catalogue/review-rules")
    String reviewRules(@RequestParam(required = false) String agencyId, Model model) {
        Caller caller = Caller.require();
        return reviewRulesPage(visibleAgency(caller, agencyId), ReviewRuleForm.empty(), Map.of(), model);
    }

    @PostMapping("/catalogue/review-rules")
    String addReviewRule(@RequestParam String agencyId, @ModelAttribute("rule") ReviewRuleForm form, Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller, agencyId);
        List<FieldProblem> typing = new ArrayList<>();
        BigDecimal amount = FormFields.decimal("minAmount", form.minAmount(), typing);
        try {
            if (!typing.isEmpty()) {
                throw ProblemException.invalid(typing);
            }
            catalogue.saveReviewRule(caller, agency.id(), null, new Catalogue.ReviewRuleDraft(form.actType(),
                    FormFields.orNull(form.field()), FormFields.orNull(form.penaltyKind()), amount,
                    form.hearing(), form.description(), FormFields.orNull(form.reason()), null));
            redirect.addFlashAttribute("notice", text("catalogue.saved"));
            return "redirect:/catalogue/review-rules?agencyId=" + agency.id();
        } catch (ProblemException e) {
            return reviewRulesPage(agency, form, formErrors(e), model);
        }
    }

    @PostMapping("/catalogue/review-rules/{id}/delete")
    String deleteReviewRule(@PathVariable String id, @RequestParam String agencyId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            catalogue.deleteReviewRule(Caller.require(), id, reason);
            redirect.addFlashAttribute("notice", text("catalogue.deleted"));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", String.join("\uff1b", formErrors(e).values()));
        }
        return "redirect:/catalogue/review-rules?agencyId=" + organization.requireVisibleAgency(Caller.require(),
                agencyId).id();
    }

    /** A line of the review catalogue as typed; {@code hearingHeld} is blank (either), true or false. */
    record ReviewRuleForm(String actType, String field, String penaltyKind, String minAmount, String hearingHeld,
            String description, String reason) {

        static ReviewRuleForm empty() {
            return new ReviewRuleForm(MatterCategory.ADMINISTRATIVE_PENALTY.name(), "", "", "", "", "", "");
        }

        Boolean hearing() {
            return FormFields.blank(hearingHeld) ? null : Boolean.valueOf(hearingHeld.strip());
        }
    }

    private String reviewRulesPage(Agency agency, ReviewRuleForm form, Map<String, String> errors, Model model) {
        Caller caller = Caller.require();
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", organization.visibleAgencies(caller));
        model.addAttribute("rules", catalogue.reviewRules(agency.id()));
        model.addAttribute("maintains", catalogue.maintains(caller, agency.id()));
        model.addAttribute("rule", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("penaltyKinds", PenaltyKind.values());
        return "catalogue/review-rules";
    }

    // ---------------------------------------------------------------- remedies and windows

    /**
     * Where a party may turn: the reconsideration body and the court come from the agency's record, because a
     * decision must name them (行政处罚法第五十九条); the other channels and the windows are kept here.
     */
    @GetMapping("/catalogue/remedies")
    String remedies(@RequestParam(required = false) String agencyId, Model model) {
        Caller caller = Caller.require();
        return remediesPage(visibleAgency(caller, agencyId), ChannelForm.empty(), Map.of(), WindowForm.empty(),
                Map.of(), model);
    }

    @PostMapping("/catalogue/remedies/channels")
    String addChannel(@RequestParam String agencyId, @ModelAttribute("channel") ChannelForm form, Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller, agencyId);
        try {
            catalogue.addChannel(caller, agency.id(), form.channelKind(), form.name(), form.address(), form.phone(),
                    form.hours(), form.note());
            redirect.addFlashAttribute("notice", text("catalogue.saved"));
            return "redirect:/catalogue/remedies?agencyId=" + agency.id();
        } catch (ProblemException e) {
            return remediesPage(agency, form, formErrors(e), WindowForm.empty(), Map.of(), model);
        }
    }

    @PostMapping("/catalogue/remedies/channels/{id}/remove")
    String removeChannel(@PathVariable String id, @RequestParam String agencyId, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        catalogue.removeChannel(caller, id);
        redirect.addFlashAttribute("notice", text("catalogue.deleted"));
        return "redirect:/catalogue/remedies?agencyId=" + organization.requireVisibleAgency(caller, agencyId).id();
    }

    @PostMapping("/catalogue/remedies/windows")
    String addWindow(@RequestParam String agencyId, @ModelAttribute("window") WindowForm form, Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        Agency agency = requireMaintainer(caller, agencyId);
        try {
            catalogue.addWindow(caller, agency.id(), form.name(), form.post(), form.duties(), form.hours(),
                    form.location());
            redirect.addFlashAttribute("notice", text("catalogue.saved"));
            return "redirect:/catalogue/remedies?agencyId=" + agency.id();
        } catch (ProblemException e) {
            return remediesPage(agency, ChannelForm.empty(), Map.of(), form, formErrors(e), model);
        }
    }

    @PostMapping("/catalogue/remedies/windows/{id}/remove")
    String removeWindow(@PathVariable String id, @RequestParam String agencyId, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        catalogue.removeWindow(caller, id);
        redirect.addFlashAttribute("notice", text("catalogue.deleted"));
        return "redirect:/catalogue/remedies?agencyId=" + organization.requireVisibleAgency(caller, agencyId).id();
    }

    record ChannelForm(String kind, String name, String address, String phone, String hours, String note) {

        static ChannelForm empty() {
            return new ChannelForm("", "", "", "", "", "");
        }

        RemedyChannel.ChannelKind channelKind() {
            return Arrays.stream(RemedyChannel.ChannelKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                    .orElse(null);
        }
    }

    record WindowForm(String name, String post, String duties, String hours, String location) {

        static WindowForm empty() {
            return new WindowForm("", "", "", "", "");
        }
    }

    private String remediesPage(Agency agency, ChannelForm channel, Map<String, String> channelErrors,
            WindowForm window, Map<String, String> windowErrors, Model model) {
        Caller caller = Caller.require();
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", organization.visibleAgencies(caller));
        model.addAttribute("channels", catalogue.channels(agency.id()));
        model.addAttribute("windows", catalogue.windows(agency.id()));
        model.addAttribute("maintains", catalogue.maintains(caller, agency.id()));
        model.addAttribute("kinds", RemedyChannel.ChannelKind.values());
        model.addAttribute("channel", channel);
        model.addAttribute("channelErrors", channelErrors);
        model.addAttribute("window", window);
        model.addAttribute("windowErrors", windowErrors);
        return "catalogue/remedies";
    }

    // ---------------------------------------------------------------- helpers

    private Agency visibleAgency(Caller caller, String agencyId) {
        return organization.requireVisibleAgency(caller,
                agencyId == null || agencyId.isBlank() ? caller.agencyId() : agencyId);
    }

    private Agency requireMaintainer(Caller caller, String agencyId) {
        Agency agency = organization.requireVisibleAgency(caller, agencyId);
        if (!catalogue.maintains(caller, agency.id())) {
            throw ProblemException.forbidden("catalogue.problem.not-maintainer");
        }
        return agency;
    }

    private Map<String, String> formErrors(ProblemException e) {
        if (!CataloguePages.isFormProblem(e)) {
            throw e;
        }
        return FormErrors.byField(e, messages);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
