package org.mingjing.inspection.web;

import org.mingjing.inspection.InspectionPlans;
import org.mingjing.inspection.InspectionTasks;
import org.mingjing.organization.Organization;
import org.mingjing.shared.ProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public's pages of random inspection (双随机一公开, LAW.md §6), no sign-in: {@code /portal/inspection-draws} the
 * draws of every agency (or one), and {@code /portal/inspection-draws/{id}} one draw's record — the commitment, the
 * frozen registers and recusals, the seed and the result — which the visitor's browser re-runs
 * ({@code static/js/inspection-draw.js}) to say whether it matches, with the published results below.
 */
@Controller
class PortalInspectionPages {

    private final InspectionPlans plans;
    private final InspectionTasks tasks;
    private final Organization organization;

    PortalInspectionPages(InspectionPlans plans, InspectionTasks tasks, Organization organization) {
        this.plans = plans;
        this.tasks = tasks;
        this.organization = organization;
    }

    @GetMapping("/portal/inspection-draws")
    String draws(@RequestParam(required = false) String agencyId, Model model) {
        String agency = agencyId == null || agencyId.isBlank() ? null : agencyId.strip();
        model.addAttribute("draws", plans.publicDraws(agency));
        model.addAttribute("agencyName", agency == null ? null
                : organization.agency(agency).map(org.mingjing.organization.Agency::name).orElse(null));
        return "inspection/portal-draws";
    }

    @GetMapping("/portal/inspection-draws/{id}")
    String draw(@PathVariable String id, Model model) {
        InspectionPlans.Plan plan = plans.publicPlan(id)
                .orElseThrow(() -> ProblemException.notFound("inspection.problem.plan-not-found"));
        model.addAttribute("plan", plan);
        model.addAttribute("record", plans.publicDraw(id).orElseThrow());
        model.addAttribute("results", tasks.publishedResults(id));
        return "inspection/portal-draw";
    }
}
