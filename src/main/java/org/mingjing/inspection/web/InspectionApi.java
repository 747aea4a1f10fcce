package org.mingjing.inspection.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.mingjing.inspection.InspectionPlans;
import org.mingjing.inspection.InspectionTasks;
import org.mingjing.inspection.RandomDraw;
import org.mingjing.inspection.Registers;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Random inspection over HTTP (API.md, "Random inspection"): the registers, plans with their commitment and draw,
 * tasks and results for the agency's staff; and under {@code /api/public} the record of each draw, enough to re-run
 * it, and the published results, for anyone. Another agency's object the caller may not see is 404; a write the
 * caller's role or agency does not allow is 403; an act out of turn is 409 with a stable code.
 */
@RestController
class InspectionApi {

    static final long MAX_SHEET_BYTES = 20_000_000;

    private final Registers registers;
    private final InspectionPlans plans;
    private final InspectionTasks tasks;

    InspectionApi(Registers registers, InspectionPlans plans, InspectionTasks tasks) {
        this.registers = registers;
        this.plans = plans;
        this.tasks = tasks;
    }

    record PlanRequest(String agencyId, String itemCode, java.math.BigDecimal ratio, Integer inspectorsPerSubject,
            String frequency, String subjectType) {
    }

    record RecusalRequest(String creditCode, String certificateNumber, String reason) {
    }

    record CommitmentResponse(String id, String commitment, OffsetDateTime committedAt) {
    }

    record DrawResponse(String id, String seed, List<RandomDraw.Assignment> subjects) {
    }

    record PoolRequest(Boolean inPool) {
    }

    record ResultRequest(String inspectedOn, String findings, String outcome) {
    }

    record CaseRequest(String matterCode) {
    }

    record SubjectDetail(Registers.Subject subject, List<InspectionTasks.History> history) {
    }

    record Imported(int imported) {
    }

    // ---------------------------------------------------------------- registers

    @GetMapping("/api/inspection-subjects")
    List<Registers.Subject> subjects(@RequestParam(required = false) String agencyId) {
        return registers.subjects(Caller.require(), blank(agencyId) ? null : agencyId.strip());
    }

    @PostMapping("/api/inspection-subjects")
    @ResponseStatus(HttpStatus.CREATED)
    Registers.Subject addSubject(@RequestParam(required = false) String agencyId,
            @RequestBody(required = false) Registers.SubjectDraft draft) {
        return registers.addSubject(Caller.require(), blank(agencyId) ? null : agencyId.strip(), draft);
    }

    @GetMapping("/api/inspection-subjects/{id}")
    SubjectDetail subject(@PathVariable String id) {
        Registers.Subject s = registers.subject(Caller.require(), id);
        return new SubjectDetail(s, tasks.history(s.agencyId(), s.creditCode()));
    }

    /** {@code multipart file (xlsx|csv), agencyId?}: all rows or none; 400 with errors[{row, field, message}]. */
    @PostMapping(value = "/api/inspection-subjects/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Imported importSubjects(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        Caller caller = Caller.require();
        try (InputStream in = sheet(file)) {
            return new Imported(registers.importSubjects(caller, blank(agencyId) ? null : agencyId.strip(),
                    file.getOriginalFilename(), in, LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/api/inspectors")
    List<Registers.PoolMember> inspectors(@RequestParam(required = false) String agencyId) {
        return registers.pool(Caller.require(), blank(agencyId) ? null : agencyId.strip());
    }

    /** {@code PUT /api/inspectors/{officerId} {inPool}}: puts the officer in the pool of inspectors or out of it. */
    @PutMapping("/api/inspectors/{officerId}")
    Registers.PoolMember pool(@PathVariable String officerId, @RequestBody(required = false) PoolRequest request) {
        if (request == null || request.inPool() == null) {
            throw ProblemException.invalid("inPool", "validation.required");
        }
        return registers.setInPool(Caller.require(), officerId, request.inPool());
    }

    /** The pool as a sheet of certificate numbers, replacing the pool; all rows or none. */
    @PostMapping(value = "/api/inspectors/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Imported importPool(@RequestParam(required = false) String agencyId,
            @RequestParam(required = false) MultipartFile file) throws IOException {
        Caller caller = Caller.require();
        try (InputStream in = sheet(file)) {
            return new Imported(registers.importPool(caller, blank(agencyId) ? null : agencyId.strip(),
                    file.getOriginalFilename(), in, LocaleContextHolder.getLocale()));
        }
    }

    // ---------------------------------------------------------------- plans

    @GetMapping("/api/inspection-plans")
    List<InspectionPlans.Plan> plans(@RequestParam(required = false) String agencyId) {
        return plans.list(Caller.require(), blank(agencyId) ? null : agencyId.strip());
    }

    /** {@code POST /api/inspection-plans {agencyId, itemCode, ratio, inspectorsPerSubject, frequency?, subjectType?}}. */
    @PostMapping("/api/inspection-plans")
    @ResponseStatus(HttpStatus.CREATED)
    InspectionPlans.Plan create(@RequestBody(required = false) PlanRequest r) {
        InspectionPlans.PlanDraft d = r == null ? null
                : new InspectionPlans.PlanDraft(r.agencyId(), r.itemCode(), r.ratio(), r.inspectorsPerSubject(),
                        r.frequency(), r.subjectType());
        return plans.create(Caller.require(), d, LocaleContextHolder.getLocale());
    }

    @GetMapping("/api/inspection-plans/{id}")
    InspectionPlans.Plan plan(@PathVariable String id) {
        return plans.get(Caller.require(), id, LocaleContextHolder.getLocale());
    }

    @PostMapping("/api/inspection-plans/{id}/recusals")
    @ResponseStatus(HttpStatus.CREATED)
    InspectionPlans.Plan recuse(@PathVariable String id, @RequestBody(required = false) RecusalRequest r) {
        RecusalRequest req = r == null ? new RecusalRequest(null, null, null) : r;
        plans.recuse(Caller.require(), id, req.creditCode(), req.certificateNumber(), req.reason());
        return plans.get(Caller.require(), id, LocaleContextHolder.getLocale());
    }

    /** {@code POST …/commitment} → {@code {commitment}}: the SHA-256 of the secret seed; the registers frozen. */
    @PostMapping("/api/inspection-plans/{id}/commitment")
    CommitmentResponse commit(@PathVariable String id) {
        InspectionPlans.Plan p = plans.commit(Caller.require(), id);
        return new CommitmentResponse(p.id(), p.commitment(), p.committedAt());
    }

    /** {@code POST …/draw} → {@code {id, seed, subjects: [{name, creditCode, inspectors: [{name, certificateNumber}]}]}}. */
    @PostMapping("/api/inspection-plans/{id}/draw")
    DrawResponse draw(@PathVariable String id) {
        InspectionPlans.Plan p = plans.draw(Caller.require(), id);
        return new DrawResponse(p.id(), p.seed(), p.subjects());
    }

    // ---------------------------------------------------------------- tasks

    @GetMapping("/api/inspection-tasks")
    List<InspectionTasks.Task> tasks(@RequestParam(required = false) String planId,
            @RequestParam(defaultValue = "false") boolean mine) {
        Caller caller = Caller.require();
        if (!blank(planId)) {
            plans.get(caller, planId.strip(), LocaleContextHolder.getLocale());
            return tasks.ofPlan(planId.strip());
        }
        return tasks.list(caller, mine);
    }

    @GetMapping("/api/inspection-tasks/{id}")
    InspectionTasks.Task task(@PathVariable String id) {
        return tasks.get(Caller.require(), id);
    }

    /** {@code POST …/result {inspectedOn: yyyy-MM-dd, findings, outcome: NO_PROBLEM|PROBLEM_CORRECTED|PROBLEM_FOUND}}. */
    @PostMapping("/api/inspection-tasks/{id}/result")
    InspectionTasks.Task result(@PathVariable String id, @RequestBody(required = false) ResultRequest r) {
        ResultRequest req = r == null ? new ResultRequest(null, null, null) : r;
        return tasks.record(Caller.require(), id, date(req.inspectedOn()), req.findings(), req.outcome());
    }

    @PostMapping("/api/inspection-tasks/{id}/publication")
    InspectionTasks.Task publish(@PathVariable String id) {
        return tasks.publish(Caller.require(), id);
    }

    /** {@code POST …/case {matterCode}}: files a penalty case from the finding; the task then names the case. */
    @PostMapping("/api/inspection-tasks/{id}/case")
    @ResponseStatus(HttpStatus.CREATED)
    InspectionTasks.Task openCase(@PathVariable String id, @RequestBody(required = false) CaseRequest r) {
        return tasks.openCase(Caller.require(), id, r == null ? null : r.matterCode());
    }

    // ---------------------------------------------------------------- public

    @GetMapping("/api/public/inspection-draws")
    List<InspectionPlans.DrawSummary> publicDraws(@RequestParam(required = false) String agencyId) {
        return plans.publicDraws(blank(agencyId) ? null : agencyId.strip());
    }

    /** The record of a committed plan, before its draw (seed null) and after; a plan not committed is 404. */
    @GetMapping("/api/public/inspection-draws/{id}")
    InspectionPlans.PublicDraw publicDraw(@PathVariable String id) {
        return plans.publicDraw(id).orElseThrow(() -> ProblemException.notFound("inspection.problem.plan-not-found"));
    }

    @GetMapping("/api/public/inspection-draws/{id}/results")
    List<InspectionTasks.PublicResult> publicResults(@PathVariable String id) {
        plans.publicDraw(id).orElseThrow(() -> ProblemException.notFound("inspection.problem.plan-not-found"));
        return tasks.publishedResults(id);
    }

    // ---------------------------------------------------------------- helpers

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("inspectedOn", "inspection.validation.date", text.strip());
        }
    }

    private static InputStream sheet(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ProblemException.invalid("file", "catalogue.import.file-required");
        }
        if (file.getSize() > MAX_SHEET_BYTES) {
            throw ProblemException.invalid("file", "catalogue.import.file-too-large", MAX_SHEET_BYTES / 1_000_000);
        }
        return file.getInputStream();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
