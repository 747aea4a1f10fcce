package org.mingjing.review;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Cases;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchTasks;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.stereotype.Component;

/**
 * What the legal review puts on the workbench. Tasks: a reviewer's pending reviews it may give (due on the round's
 * day), the handling officers' returned reviews to answer, the head's coordinations. Warnings: reviews past the
 * agency's time limit, for reviewers, heads and supervisors (seed §二(三)4: 时限).
 */
@Component
class ReviewWorkbench implements WorkbenchTasks, WorkbenchWarnings {

    private static final int LIMIT = 200;

    private final ReviewRepository repository;
    private final Reviews reviews;
    private final Cases cases;
    private final Organization organization;
    private final Clock clock;

    ReviewWorkbench(ReviewRepository repository, Reviews reviews, Cases cases, Organization organization,
            Clock clock) {
        this.repository = repository;
        this.reviews = reviews;
        this.cases = cases;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public List<Task> tasksFor(Caller caller) {
        List<Task> tasks = new ArrayList<>();
        Set<String> own = Set.of(caller.agencyId());
        if (caller.has(Role.REVIEWER)) {
            for (Review r : repository.inStatus(own, ReviewStatus.PENDING, LIMIT)) {
                if (reviews.whyNotReviewer(caller, r).isEmpty()) {
                    tasks.add(new Task("review.task.opinion", new Object[] { number(r), r.round() },
                            "/reviews/" + r.id(), r.dueOn()));
                }
            }
        }
        if (caller.has(Role.OFFICER) && caller.officerId().isPresent()) {
            for (Review r : repository.inStatus(own, ReviewStatus.RETURNED, LIMIT)) {
                CaseFile c = cases.byIdOfChecked(r.caseId());
                if (c.officerIds().contains(caller.officerId().get()) && c.decidedOn() == null) {
                    tasks.add(new Task("review.task.answer", new Object[] { c.number(), r.round() },
                            "/reviews/" + r.id(), null));
                }
            }
        }
        if (caller.has(Role.HEAD)) {
            for (Review r : repository.inStatus(own, ReviewStatus.COORDINATING, LIMIT)) {
                tasks.add(new Task("review.task.coordinate", new Object[] { number(r) }, "/reviews/" + r.id(), null));
            }
        }
        return tasks;
    }

    @Override
    public List<Warning> warningsFor(Caller caller) {
        if (!caller.has(Role.REVIEWER) && !caller.has(Role.HEAD) && !caller.has(Role.SUPERVISOR)) {
            return List.of();
        }
        Set<String> scope = caller.has(Role.SUPERVISOR) ? organization.visibleAgencyIds(caller)
                : Set.of(caller.agencyId());
        LocalDate today = LocalDate.now(clock);
        long overdue = repository.inStatus(scope, ReviewStatus.PENDING, LIMIT).stream().filter(r -> r.overdue(today))
                .count();
        if (overdue == 0) {
            return List.of();
        }
        return List.of(new Warning("danger", "review.warning.overdue", new Object[] { overdue },
                "/reviews?status=PENDING"));
    }

    private String number(Review r) {
        return cases.byIdOfChecked(r.caseId()).number();
    }
}
