package org.mingjing.inspection.web;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.MatterCategory;
import org.mingjing.inspection.Frequency;
import org.mingjing.inspection.InspectionPlans;
import org.mingjing.inspection.InspectionTasks;
import org.mingjing.inspection.Outcome;
import org.mingjing.inspection.PlanStatus;
import org.mingjing.inspection.Registers;
import org.mingjing.inspection.SubjectType;
import org.mingjing.inspection.TaskStatus;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Problems;
import org.mingjing.shared.Role;
import org.mingjing.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's pages of random inspection (双随机一公开, LAW.md §6): {@code /inspection} the plans with a form for a new
 * one; {@code /inspection/subjects} and {@code /inspection/inspectors} the two registers with their imports; a plan's
 * page to declare recusals, publish the commitment and draw; {@code /inspection/tasks} the tasks, each with its result
 * to record and publish and a case to open from a finding. Each act comes back to its page with what was done, or with
 * the refusal in the caller's language.
 */
@Controller
class InspectionPages {

    private final Registers registers;
    private final InspectionPlans plans;
    private final InspectionTasks tasks;
    private final Catalogue catalogue;
    private final Organization organization;
    private final MessageSource messages;
    private final java.time.Clock clock;

    InspectionPages(Registers registers, InspectionPlans plans, InspectionTasks tasks, Catalogue catalogue,
            Organization organization, MessageSource messages, java.time.Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.plans = plans;
        this.tasks = tasks;
        this.catalogue = catalogue;
        this.organization = organization;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- plans

    @GetMapping("/inspection")
    String plans(Model model) {
        Caller caller = Caller.require();
        model.addAttribute("plans", plans.list(caller, null));
        model.addAttribute("items", catalogue.inspectionItems(caller.agencyId()));
        model.addAttribute("types", SubjectType.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("mayWrite", writer(caller));
        return "inspection/plans";
    }

    @PostMapping("/inspection/plans")
    String create(@RequestParam(required = false) String itemCode, @RequestParam(required = false) String ratioPercent,
            @RequestParam(required = false) Integer inspectorsPerSubject,
            @RequestParam(required = false) String frequency, @RequestParam(required = false) String subjectType,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        BigDecimal ratio;
        try {
            ratio = ratioPercent == null || ratioPercent.isBlank() ? null
                    : new BigDecimal(ratioPercent.strip()).movePointLeft(2);
        } catch (NumberFormatException e) {
            ratio = BigDecimal.valueOf(-1);
        }
        BigDecimal r = ratio;
        return act(redirect, "/inspection", () -> {
            InspectionPlans.Plan p = plans.create(caller, new InspectionPlans.PlanDraft(null, itemCode, r,
                    inspectorsPerSubject, frequency, subjectType), LocaleContextHolder.getLocale());
            redirect.addFlashAttribute("warnings", p.warnings());
            return "/inspection/plans/" + p.id();
        }, "inspection.page.done.created");
    }

    @GetMapping("/inspection/plans/{id}")
    String plan(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        InspectionPlans.Plan p = plans.get(caller, id, LocaleContextHolder.getLocale());
        boolean own = p.agencyId().equals(caller.agencyId()) && writer(caller);
        model.addAttribute("plan", p);
        model.addAttribute("mayWrite", own);
        model.addAttribute("planned", p.status() == PlanStatus.PLANNED);
        model.addAttribute("drawn", p.status() == PlanStatus.DRAWN);
        model.addAttribute("tasks", p.status() == PlanStatus.DRAWN ? tasks.ofPlan(id) : List.of());
        model.addAttribute("subjects", registers.subjectsOf(p.agencyId(), p.subjectType()));
        model.addAttribute("pool", registers.poolOf(p.agencyId(), java.time.LocalDate.now(clock)).stream()
                .filter(Registers.PoolMember::inPool).toList());
        return "inspection/plan";
    }

    @PostMapping("/inspection/plans/{id}/recusals")
    String recuse(@PathVariable String id, @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String certificateNumber, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/plans/" + id, () -> {
            plans.recuse(caller, id, creditCode, certificateNumber, reason);
            return "/inspection/plans/" + id;
        }, "inspection.page.done.recused");
    }

    @PostMapping("/inspection/plans/{id}/commitment")
    String commit(@PathVariable String id, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/plans/" + id, () -> {
            plans.commit(caller, id);
            return "/inspection/plans/" + id;
        }, "inspection.page.done.committed");
    }

    @PostMapping("/inspection/plans/{id}/draw")
    String draw(@PathVariable String id, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/plans/" + id, () -> {
            plans.draw(caller, id);
            return "/inspection/plans/" + id;
        }, "inspection.page.done.drawn");
    }

    // ---------------------------------------------------------------- registers

    @GetMapping("/inspection/subjects")
    String subjects(Model model) {
        Caller caller = Caller.require();
        model.addAttribute("subjects", registers.subjects(caller, null));
        model.addAttribute("types", SubjectType.values());
        model.addAttribute("mayWrite", writer(caller));
        return "inspection/subjects";
    }

    @PostMapping("/inspection/subjects")
    String addSubject(@RequestParam(required = false) String name, @RequestParam(required = false) String creditCode,
            @RequestParam(required = false) String address, @RequestParam(required = false) String type,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/subjects", () -> {
            registers.addSubject(caller, null, new Registers.SubjectDraft(name, creditCode, address, type));
            return "/inspection/subjects";
        }, "inspection.page.done.subject-added");
    }

    @PostMapping("/inspection/subjects/import")
    String importSubjects(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/subjects", () -> {
            int n = withFile(file, in -> registers.importSubjects(caller, null, file.getOriginalFilename(), in,
                    LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("imported", n);
            return "/inspection/subjects";
        }, "inspection.page.done.imported");
    }

    @GetMapping("/inspection/subjects/{id}")
    String subject(@PathVariable String id, Model model) {
        Registers.Subject s = registers.subject(Caller.require(), id);
        model.addAttribute("subject", s);
        model.addAttribute("history", tasks.history(s.agencyId(), s.creditCode()));
        return "inspection/subject";
    }

    @GetMapping("/inspection/inspectors")
    String inspectors(Model model) {
        Caller caller = Caller.require();
        model.addAttribute("members", registers.pool(caller, null));
        model.addAttribute("mayWrite", writer(caller));
        return "inspection/inspectors";
    }

    @PostMapping("/inspection/inspectors/{officerId}")
    String pool(@PathVariable String officerId, @RequestParam(defaultValue = "false") boolean inPool,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/inspectors", () -> {
            registers.setInPool(caller, officerId, inPool);
            return "/inspection/inspectors";
        }, "inspection.page.done.pool");
    }

    @PostMapping("/inspection/inspectors/import")
    String importPool(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/inspectors", () -> {
            int n = withFile(file, in -> registers.importPool(caller, null, file.getOriginalFilename(), in,
                    LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("imported", n);
            return "/inspection/inspectors";
        }, "inspection.page.done.imported");
    }

    // ---------------------------------------------------------------- tasks

    @GetMapping("/inspection/tasks")
    String tasks(@RequestParam(defaultValue = "false") boolean mine, Model model) {
        model.addAttribute("tasks", tasks.list(Caller.require(), mine));
        model.addAttribute("mine", mine);
        return "inspection/tasks";
    }

    @GetMapping("/inspection/tasks/{id}")
    String task(@PathVariable String id, Model model) {
        Caller caller = Caller.require();
        InspectionTasks.Task t = tasks.get(caller, id);
        boolean own = t.agencyId().equals(caller.agencyId());
        String certificate = caller.officerId().flatMap(organization::officer).map(Officer::certificateNumber)
                .orElse("");
        boolean inspector = t.inspectors().stream().anyMatch(i -> i.certificateNumber().equals(certificate));
        model.addAttribute("task", t);
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("mayRecord", own && t.status() == TaskStatus.OPEN && (inspector || caller.has(Role.HEAD)));
        model.addAttribute("mayPublish", own && writer(caller) && t.status() == TaskStatus.RECORDED);
        model.addAttribute("mayOpenCase", own && writer(caller) && t.status() != TaskStatus.OPEN
                && t.outcome() != Outcome.NO_PROBLEM && t.caseId() == null);
        model.addAttribute("matters", catalogue.mattersOf(t.agencyId()).stream()
                .filter(m -> m.category() == MatterCategory.ADMINISTRATIVE_PENALTY).toList());
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "inspection/task";
    }

    @PostMapping("/inspection/tasks/{id}/result")
    String record(@PathVariable String id, @RequestParam(required = false) String inspectedOn,
            @RequestParam(required = false) String findings, @RequestParam(required = false) String outcome,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/tasks/" + id, () -> {
            tasks.record(caller, id, InspectionApi.date(inspectedOn), findings, outcome);
            return "/inspection/tasks/" + id;
        }, "inspection.page.done.recorded");
    }

    @PostMapping("/inspection/tasks/{id}/publication")
    String publish(@PathVariable String id, RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/tasks/" + id, () -> {
            tasks.publish(caller, id);
            return "/inspection/tasks/" + id;
        }, "inspection.page.done.published");
    }

    @PostMapping("/inspection/tasks/{id}/case")
    String openCase(@PathVariable String id, @RequestParam(required = false) String matterCode,
            RedirectAttributes redirect) {
        Caller caller = Caller.require();
        return act(redirect, "/inspection/tasks/" + id, () -> {
            InspectionTasks.Task t = tasks.openCase(caller, id, matterCode);
            return "/cases/" + t.caseId();
        }, "inspection.page.done.case");
    }

    // ---------------------------------------------------------------- helpers

    @FunctionalInterface
    interface SheetRead {
        int read(InputStream in);
    }

    private static int withFile(MultipartFile file, SheetRead read) {
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "catalogue.import.file-required");
        }
        if (file.getSize() > InspectionApi.MAX_SHEET_BYTES) {
            throw ProblemException.invalid("file", "catalogue.import.file-too-large",
                    InspectionApi.MAX_SHEET_BYTES / 1_000_000);
        }
        try (InputStream in = file.getInputStream()) {
            return read.read(in);
        } catch (IOException e) {
            throw ProblemException.badRequest("catalogue.import.unreadable");
        }
    }

    /** Runs an act: on success to where it leads with its notice, on refusal back to the page with the reasons. */
    private String act(RedirectAttributes redirect, String back, Supplier<String> act, String doneKey) {
        try {
            String next = act.get();
            redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, LocaleContextHolder.getLocale()));
            return "redirect:" + next;
        } catch (ProblemException e) {
            FormErrors.ofRefusal(e, messages);
            redirect.addFlashAttribute("refusal", Problems.of(messages, e).getDetail());
            return "redirect:" + back;
        }
    }

    private static boolean writer(Caller caller) {
        return caller.has(Role.OFFICER) || caller.has(Role.HEAD);
    }
}
