package org.mingjing.publicity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchTasks;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.stereotype.Component;

/**
 * What publicity puts on the workbench. Tasks: publications the caller may release, due on their day (seed §二(一)4),
 * and reported changes to follow (行政处罚法第四十八条: 3 working days). Warnings: releases and changes past their
 * deadline or due within two days, and the re-scan's open alerts, for the agency's staff and supervisors.
 */
@Component
class PublicationWorkbench implements WorkbenchTasks, WorkbenchWarnings {

    private static final int LIMIT = 200;

    private final PublicationRepository repository;
    private final Publications publications;
    private final Organization organization;
    private final Clock clock;

    PublicationWorkbench(PublicationRepository repository, Publications publications, Organization organization,
            Clock clock) {
        this.repository = repository;
        this.publications = publications;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * One task for the publications the caller may release (a head may have dozens, which would push everything
     * else off the to-do list), due on the earliest day; one per reported change, which are few and urgent.
     */
    @Override
    public List<Task> tasksFor(Caller caller) {
        List<Task> tasks = new ArrayList<>();
        int releasable = 0;
        LocalDate earliest = null;
        for (Publication p : repository.needingAct(Set.of(caller.agencyId()), LIMIT)) {
            if (p.status() == PublicationStatus.PENDING && publications.whyNotRelease(caller, p).isEmpty()) {
                releasable++;
                earliest = earliest == null || p.dueBy().isBefore(earliest) ? p.dueBy() : earliest;
            } else if (p.changeKind() != null && publications.mayRelease(caller, p)) {
                tasks.add(new Task("publicity.task.change." + p.changeKind().name(), new Object[] { p.number() },
                        "/publications/" + p.id(), p.changeDueBy()));
            }
        }
        if (releasable > 0) {
            tasks.add(new Task("publicity.task.release", new Object[] { releasable }, "/publications?status=PENDING",
                    earliest));
        }
        return tasks;
    }

    @Override
    public List<Warning> warningsFor(Caller caller) {
        if (!caller.has(Role.HEAD) && !caller.has(Role.OFFICER) && !caller.has(Role.SUPERVISOR)) {
            return List.of();
        }
        Set<String> scope = caller.has(Role.SUPERVISOR) ? organization.visibleAgencyIds(caller)
                : Set.of(caller.agencyId());
        LocalDate today = LocalDate.now(clock);
        LocalDate soon = today.plusDays(2);
        long overdue = 0;
        long dueSoon = 0;
        long changeOverdue = 0;
        for (Publication p : repository.needingAct(scope, LIMIT)) {
            if (p.overdue(today)) {
                overdue++;
            } else if (p.status() == PublicationStatus.PENDING && !p.dueBy().isAfter(soon)) {
                dueSoon++;
            }
            if (p.changeOverdue(today) || p.changeKind() != null && !p.changeDueBy().isAfter(soon)) {
                changeOverdue++;
            }
        }
        List<Warning> warnings = new ArrayList<>();
        if (overdue > 0) {
            warnings.add(new Warning("danger", "publicity.warning.overdue", new Object[] { overdue },
                    "/publications?status=PENDING"));
        }
        if (dueSoon > 0) {
            warnings.add(new Warning("warning", "publicity.warning.due-soon", new Object[] { dueSoon },
                    "/publications?status=PENDING"));
        }
        if (changeOverdue > 0) {
            warnings.add(new Warning("danger", "publicity.warning.change", new Object[] { changeOverdue },
                    "/publications"));
        }
        long alerts = repository.openAlerts(scope);
        if (alerts > 0) {
            warnings.add(new Warning("danger", "publicity.warning.alerts", new Object[] { alerts },
                    "/publications?status=PUBLISHED"));
        }
        return warnings;
    }
}
