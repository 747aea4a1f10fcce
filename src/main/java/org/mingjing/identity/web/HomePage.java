package org.mingjing.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.mingjing.organization.ReviewStaffing;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchTasks;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench: the user's to-do list and the warnings of their reach. */
@Controller
class HomePage {

    /** Tasks shown at most; the rest are counted. */
    static final int MAX_TASKS = 50;
    /** A task due within this many days is marked as close. */
    static final int SOON_DAYS = 3;

    private final Organization organization;
    private final List<WorkbenchWarnings> providers;
    private final List<WorkbenchTasks> taskProviders;
    private final Clock clock;

    HomePage(Organization organization, List<WorkbenchWarnings> providers, List<WorkbenchTasks> taskProviders,
            Clock clock) {
        this.organization = organization;
        this.providers = providers;
        this.taskProviders = taskProviders;
        this.clock = clock;
    }

    /** One warning line: a message key, its arguments and a severity (Bootstrap colour). */
    record Warning(String severity, String key, Object[] args, String link) {
    }

    /**
     * One to-do line: a message key, its arguments, the page where it is done, its due day and how urgent it is
     * (Bootstrap colour: danger once lapsed, warning within {@value #SOON_DAYS} days, secondary otherwise).
     */
    record Task(String key, Object[] args, String link, LocalDate due, String severity) {
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
        LocalDate today = LocalDate.now(clock);
        List<Task> tasks = taskProviders.stream().flatMap(p -> p.tasksFor(caller).stream())
                .sorted(Comparator.comparing(WorkbenchTasks.Task::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(t -> new Task(t.key(), t.args(), t.link(), t.due(), t.due() == null ? "secondary"
                        : t.due().isBefore(today) ? "danger"
                        : !t.due().isAfter(today.plusDays(SOON_DAYS)) ? "warning" : "secondary"))
                .toList();
        model.addAttribute("tasks", tasks.subList(0, Math.min(tasks.size(), MAX_TASKS)));
        model.addAttribute("moreTasks", Math.max(0, tasks.size() - MAX_TASKS));
        model.addAttribute("warnings", warnings);
        model.addAttribute("agencyName", organization.agency(caller.agencyId()).map(Agency::name).orElse(""));
        return "identity/home";
    }
}
