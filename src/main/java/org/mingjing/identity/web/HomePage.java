package org.mingjing.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.organization.ReviewStaffing;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench: the user's to-do list and the warnings of their reach. */
@Controller
class HomePage {

    private final Organization organization;
    private final List<WorkbenchWarnings> providers;

    HomePage(Organization organization, List<WorkbenchWarnings> providers) {
        this.organization = organization;
        this.providers = providers;
    }

    /** One warning line: a message key, its arguments and a severity (Bootstrap colour). */
    record Warning(String severity, String key, Object[] args, String link) {
    }

    @GetMapping("/home")
    String home(Model model) {
        Caller caller = Caller.require();
        List<Warning> warnings = new ArrayList<>();
        if (caller.has(Role.HEAD) || caller.has(Role.SUPERVISOR) || caller.has(Role.SYSADMIN)) {
            for (String agencyId : organization.visibleAgencyIds(caller)) {
                ReviewStaffing staffing = organization.reviewStaffing(agencyId);
                String name = organization.agency(agencyId).map(Agency::name).orElse(agencyId);
                if (!staffing.compliant()) {
                    warnings.add(new Warning("danger", "home.warning.staffing",
                            new Object[] { name, staffing.reviewers(), staffing.required(), staffing.officers() },
                            "/agencies/" + agencyId));
                }
                if (staffing.unqualifiedReviewers() > 0) {
                    warnings.add(new Warning("warning", "home.warning.qualification",
                            new Object[] { name, staffing.unqualifiedReviewers() }, "/agencies/" + agencyId));
                }
            }
            organization.certificatesExpiring(caller, 30).forEach(o -> warnings.add(new Warning("warning",
                    "home.warning.certificate", new Object[] { o.name(), o.certificateNumber(),
                            o.certificateValidUntil().toString() }, "/officers/" + o.id())));
        }
        for (WorkbenchWarnings provider : providers) {
            provider.warningsFor(caller).forEach(w -> warnings.add(new Warning(w.severity(), w.key(), w.args(),
                    w.link())));
        }
        model.addAttribute("warnings", warnings);
        model.addAttribute("agencyName", organization.agency(caller.agencyId()).map(Agency::name).orElse(""));
        return "identity/home";
    }
}
