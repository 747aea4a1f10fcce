package org.mingjing.portal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.CatalogueText;
import org.mingjing.catalogue.FlowChart;
import org.mingjing.catalogue.Matter;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The publicity pages of one agency, open to everyone (事前公开, seed §二(一)2): its power list with a service
 * guide and flow chart for every matter, the random-inspection list, the discretion standards it applies
 * (行政处罚法第三十四条: standards are published), and where a party may seek remedy. Built for a phone first and
 * printable as they are.
 */
@Controller
@RequestMapping("/portal/agencies/{agencyId}")
class PortalCataloguePages {

    private static final int PAGE_SIZE = 20;

    private final Organization organization;
    private final Catalogue catalogue;
    private final CatalogueText text;
    private final MessageSource messages;

    PortalCataloguePages(Organization organization, Catalogue catalogue, CatalogueText text,
            MessageSource messages) {
        this.organization = organization;
        this.catalogue = catalogue;
        this.text = text;
        this.messages = messages;
    }

    @ModelAttribute("ct")
    CatalogueText catalogueText() {
        return text;
    }

    /** Every page names its agency; an unknown one is a 404 before anything else is read. */
    @ModelAttribute("agency")
    Agency agency(@PathVariable String agencyId) {
        return organization.agency(agencyId).orElseThrow(() -> ProblemException.notFound("agency.problem.not-found"));
    }

    @GetMapping
    String home(@ModelAttribute("agency") Agency agency, Model model) {
        model.addAttribute("matterCount", catalogue.publicMatters(agency.id(), null, null, 0, 1).total());
        model.addAttribute("itemCount", catalogue.inspectionItems(agency.id()).size());
        model.addAttribute("section", "home");
        return "portal/agency";
    }

    @GetMapping("/matters")
    String matters(@ModelAttribute("agency") Agency agency, @RequestParam(required = false) String category,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        search(agency, category, q, page, model);
        model.addAttribute("categories", MatterCategory.values());
        model.addAttribute("section", "matters");
        return "portal/matters";
    }

    @GetMapping("/fragments/matters")
    String matterResults(@ModelAttribute("agency") Agency agency, @RequestParam(required = false) String category,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        search(agency, category, q, page, model);
        return "portal/fragments/matter-results :: results";
    }

    private void search(Agency agency, String category, String q, int page, Model model) {
        MatterCategory cat = MatterCategory.parse(category).orElse(null);
        int shown = Math.max(0, page);
        Paged<Matter> result = catalogue.publicMatters(agency.id(), cat, q, shown, PAGE_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("category", cat);
        model.addAttribute("q", q);
        model.addAttribute("page", shown);
        model.addAttribute("pageSize", PAGE_SIZE);
    }

    /** A matter's service guide: what it rests on, who decides, how long, what it costs, and its flow chart. */
    @GetMapping("/matters/{code}")
    String matter(@ModelAttribute("agency") Agency agency, @PathVariable String code, Model model) {
        Matter matter = catalogue.publicMatter(agency.id(), code)
                .orElseThrow(() -> ProblemException.notFound("catalogue.problem.matter-not-found"));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("matter", matter);
        model.addAttribute("flowChart", FlowChart.svg(matter.steps(),
                messages.getMessage("catalogue.flow.title", new Object[] { matter.name() }, locale)));
        model.addAttribute("levels", matter.isPenalty() ? catalogue.discretionOf(matter) : List.of());
        model.addAttribute("section", "matters");
        return "portal/matter";
    }

    /** The service guides (办事指南), grouped by the kind of power. */
    @GetMapping("/guides")
    String guides(@ModelAttribute("agency") Agency agency, Model model) {
        Map<MatterCategory, List<Matter>> byCategory = new LinkedHashMap<>();
        catalogue.mattersOf(agency.id()).stream().filter(m -> !m.steps().isEmpty())
                .sorted(Comparator.comparing(Matter::category).thenComparing(Matter::code))
                .forEach(m -> byCategory.computeIfAbsent(m.category(), c -> new java.util.ArrayList<>()).add(m));
        model.addAttribute("guides", byCategory);
        model.addAttribute("section", "guides");
        return "portal/guides";
    }

    @GetMapping("/inspection-items")
    String inspectionItems(@ModelAttribute("agency") Agency agency, Model model) {
        model.addAttribute("items", catalogue.inspectionItems(agency.id()));
        model.addAttribute("section", "inspection");
        return "portal/inspection-items";
    }

    /** Every penalty matter's discretion standard, narrowed by a text in its code or name. */
    @GetMapping("/discretion")
    String discretion(@ModelAttribute("agency") Agency agency, @RequestParam(required = false) String q,
            Model model) {
        String needle = q == null ? "" : q.strip();
        List<Matter> penalties = catalogue.mattersOf(agency.id()).stream().filter(Matter::isPenalty)
                .filter(m -> needle.isEmpty() || m.name().contains(needle) || m.code().contains(needle)).toList();
        model.addAttribute("matters", penalties);
        model.addAttribute("standards", catalogue.discretionOf(penalties));
        model.addAttribute("q", q);
        model.addAttribute("section", "discretion");
        return "portal/discretion";
    }

    /** Reconsideration and litigation as the agency's decisions name them, and the other channels and windows. */
    @GetMapping("/remedies")
    String remedies(@ModelAttribute("agency") Agency agency, Model model) {
        model.addAttribute("channels", catalogue.channels(agency.id()));
        model.addAttribute("windows", catalogue.windows(agency.id()));
        model.addAttribute("section", "remedies");
        return "portal/remedies";
    }
}
