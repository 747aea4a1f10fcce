package org.mingjing.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mingjing.calendar.PeriodUnit;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.cases.CaseEnums;
import org.mingjing.cases.CaseFile;
import org.mingjing.cases.Cases;
import org.mingjing.cases.Drafts;
import org.mingjing.ledger.CanonicalJson;
import org.mingjing.ledger.Ledger;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.publicity.Masking;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The inspection tasks a draw gives — one drawn subject with its inspectors — and their results (双随机一公开, LAW.md
 * §6): an inspector of the task (or the agency's head) records the day, the findings and the outcome; the result is
 * published on the portal, with personal data masked (脱敏, LAW.md §4), within {@value #PUBLISH_WORKING_DAYS} working
 * days of recording (LAW.md §6, counted on the {@link StatutoryCalendar}); a problem found can open a penalty case
 * whose source is the inspection, through the cases module's own filing. Every act is an entry of the ledger.
 */
@Service
public class InspectionTasks {

    /** The subject type of task entries in the ledger. */
    public static final String SUBJECT = "INSPECTION_TASK";
    /** LAW.md §6: results are published within 20 working days. */
    public static final int PUBLISH_WORKING_DAYS = 20;
    static final int MAX_FINDINGS = 4000;

    private final JdbcClient jdbc;
    private final Organization organization;
    private final StatutoryCalendar calendar;
    private final Cases cases;
    private final Registers registers;
    private final Ledger ledger;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    InspectionTasks(JdbcClient jdbc, Organization organization, StatutoryCalendar calendar, Cases cases,
            Registers registers, Ledger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.calendar = calendar;
        this.cases = cases;
        this.registers = registers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** One task and, once recorded, its result. */
    public record Task(String id, String planId, String agencyId, int seq, String itemCode, String itemName,
            String subjectName, String creditCode, List<RandomDraw.Inspector> inspectors, TaskStatus status,
            LocalDate inspectedOn, String findings, Outcome outcome, String recordedBy, OffsetDateTime recordedAt,
            LocalDate publishDue, String publishedText, OffsetDateTime publishedAt, String caseId) {
    }

    /** A result as the public reads it: the subject (an organisation: name and code stay public), masked findings. */
    public record PublicResult(String subjectName, String creditCode, String itemName, LocalDate inspectedOn,
            Outcome outcome, String findings, OffsetDateTime publishedAt) {
    }

    /** A past inspection of a subject, for its history. */
    public record History(String taskId, String planId, String itemName, OffsetDateTime drawnAt,
            TaskStatus status, LocalDate inspectedOn, Outcome outcome) {
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Task get(Caller caller, String id) {
        InspectionAccess.requireReader(caller);
        return load(id).filter(t -> organization.visibleAgencyIds(caller).contains(t.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("inspection.problem.task-not-found"));
    }

    @Transactional(readOnly = true)
    public List<Task> ofPlan(String planId) {
        return jdbc.sql(SELECT + " WHERE t.plan_id = :p ORDER BY t.seq").param("p", planId).query(this::map).list();
    }

    /** The tasks of the agencies the caller may see, those still to do first; {@code mine}: only the caller's. */
    @Transactional(readOnly = true)
    public List<Task> list(Caller caller, boolean mine) {
        InspectionAccess.requireReader(caller);
        Set<String> visible = organization.visibleAgencyIds(caller);
        String certificate = caller.officerId().flatMap(organization::officer).map(Officer::certificateNumber)
                .orElse(null);
        return jdbc.sql(SELECT + " WHERE t.agency_id IN (:a) ORDER BY t.status, p.drawn_at DESC, t.seq")
                .param("a", visible).query(this::map).list().stream()
                .filter(t -> !mine || (certificate != null && t.inspectors().stream()
                        .anyMatch(i -> i.certificateNumber().equals(certificate))))
                .toList();
    }

    /** The inspections of one subject of the register, newest first: its history. */
    @Transactional(readOnly = true)
    public List<History> history(String agencyId, String creditCode) {
        return jdbc.sql("""
                SELECT t.id, t.plan_id, p.item_name, p.drawn_at, t.status, t.inspected_on, t.outcome
                FROM inspection_task t JOIN inspection_plan p ON p.id = t.plan_id
                WHERE t.agency_id = :a AND t.credit_code = :c ORDER BY p.drawn_at DESC""").param("a", agencyId)
                .param("c", creditCode)
                .query((rs, n) -> new History(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), TaskStatus.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7) == null ? null : Outcome.valueOf(rs.getString(7))))
                .list();
    }

    /** The published results of a plan, for the portal. */
    @Transactional(readOnly = true)
    public List<PublicResult> publishedResults(String planId) {
        return ofPlan(planId).stream().filter(t -> t.status() == TaskStatus.PUBLISHED)
                .map(t -> new PublicResult(t.subjectName(), t.creditCode(), t.itemName(), t.inspectedOn(),
                        t.outcome(), t.publishedText(), t.publishedAt()))
                .toList();
    }

    /** Recorded results not yet published of the given agencies, with their due day: for the early warnings. */
    @Transactional(readOnly = true)
    public List<Task> awaitingPublication(Set<String> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE t.status = 'RECORDED' AND t.agency_id IN (:a) ORDER BY t.publish_due")
                .param("a", agencyIds).query(this::map).list();
    }

    // ---------------------------------------------------------------- acts

    /**
     * Records the result: the day inspected (not before the draw, not in the future), the findings and the outcome.
     * Only an inspector of the task or the agency's head; once. Sets the publication's due day: 20 working days from
     * the day recorded (LAW.md §6).
     */
    @Transactional
    public Task record(Caller caller, String taskId, LocalDate inspectedOn, String findings, String outcome) {
        Task t = get(caller, taskId);
        requireInspectorOrHead(caller, t);
        if (t.status() != TaskStatus.OPEN) {
            throw ProblemException.conflict("result-recorded", "inspection.problem.result-recorded");
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate drawnOn = drawnOn(t.planId());
        if (inspectedOn == null) {
            problems.add(FieldProblem.of("inspectedOn", "validation.required"));
        } else if (inspectedOn.isAfter(today) || inspectedOn.isBefore(drawnOn)) {
            problems.add(FieldProblem.of("inspectedOn", "inspection.validation.inspected-on", drawnOn.toString(),
                    today.toString()));
        }
        String text = findings == null ? null : findings.strip().replace("\r\n", "\n");
        if (text == null || text.isEmpty()) {
            problems.add(FieldProblem.of("findings", "validation.required"));
        } else if (text.length() > MAX_FINDINGS) {
            problems.add(FieldProblem.of("findings", "inspection.validation.too-long", MAX_FINDINGS));
        }
        Outcome result = null;
        if (outcome == null || outcome.isBlank()) {
            problems.add(FieldProblem.of("outcome", "validation.required"));
        } else {
            try {
                result = Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("outcome", "inspection.validation.outcome", outcome.strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        OffsetDateTime now = now();
        LocalDate due = calendar.deadline(today, PUBLISH_WORKING_DAYS, PeriodUnit.WORKING_DAYS).deadline();
        int updated = jdbc.sql("""
                UPDATE inspection_task SET status = 'RECORDED', inspected_on = :d, findings = :f, outcome = :o,
                  recorded_by = :by, recorded_at = :at, publish_due = :due WHERE id = :id AND status = 'OPEN'""")
                .param("d", inspectedOn).param("f", text).param("o", result.name()).param("by", caller.username())
                .param("at", now).param("due", due).param("id", taskId).update();
        if (updated != 1) {
            throw ProblemException.conflict("result-recorded", "inspection.problem.result-recorded");
        }
        Task recorded = load(taskId).orElseThrow();
        append(recorded, "RESULT_RECORDED", caller.username(), now, null);
        return recorded;
    }

    /**
     * Publishes a recorded result on the portal: the findings with personal data masked (LAW.md §4: ID numbers,
     * phones, addresses, bank accounts of natural persons; the organisation's name and credit code stay public).
     */
    @Transactional
    public Task publish(Caller caller, String taskId) {
        Task t = get(caller, taskId);
        registers.requireWriter(caller, t.agencyId());
        if (t.status() == TaskStatus.OPEN) {
            throw ProblemException.conflict("result-not-recorded", "inspection.problem.result-not-recorded");
        }
        if (t.status() == TaskStatus.PUBLISHED) {
            throw ProblemException.conflict("result-published", "inspection.problem.result-published");
        }
        String masked = Masking.mask(t.findings(), List.of(), List.of()).masked();
        OffsetDateTime now = now();
        jdbc.sql("""
                UPDATE inspection_task SET status = 'PUBLISHED', published_text = :txt, published_by = :by,
                  published_at = :at WHERE id = :id AND status = 'RECORDED'""").param("txt", masked)
                .param("by", caller.username()).param("at", now).param("id", taskId).update();
        Task published = load(taskId).orElseThrow();
        append(published, "RESULT_PUBLISHED", caller.username(), now, null);
        return published;
    }

    /**
     * Opens a penalty case from a problem the inspection found (立案, source 检查发现): filed through
     * {@link Cases#file} with the subject as the party (a legal person with its credit code), the findings as facts,
     * the day inspected as the day of the act, the subject's address as the place and the task's inspectors as the
     * case's officers. Once per task; only for a result that found a problem.
     */
    @Transactional
    public Task openCase(Caller caller, String taskId, String matterCode) {
        Task t = get(caller, taskId);
        registers.requireWriter(caller, t.agencyId());
        if (t.status() == TaskStatus.OPEN || t.outcome() == Outcome.NO_PROBLEM) {
            throw ProblemException.conflict("no-problem-found", "inspection.problem.no-problem-found");
        }
        if (t.caseId() != null) {
            throw ProblemException.conflict("case-opened", "inspection.problem.case-opened");
        }
        String address = registers.subjectsOf(t.agencyId(), null).stream()
                .filter(s -> s.creditCode().equals(t.creditCode())).map(Registers.Subject::address).findFirst()
                .orElse(t.subjectName());
        List<String> officerIds = new ArrayList<>();
        for (RandomDraw.Inspector i : t.inspectors()) {
            organization.officerByCertificate(i.certificateNumber()).map(Officer::id).ifPresent(officerIds::add);
        }
        CaseFile c = cases.file(caller, new Drafts.Filing(matterCode == null ? null : matterCode.strip(),
                CaseEnums.ProcedureKind.GENERAL, CaseEnums.Source.INSPECTION, t.findings(), t.inspectedOn(), null,
                address, null, null,
                List.of(new Drafts.PartyDraft(CaseEnums.PartyRole.PARTY, CaseEnums.PartyType.LEGAL_PERSON,
                        t.subjectName(), null, t.creditCode(), null, null, null, address, null)),
                officerIds, null, null));
        jdbc.sql("UPDATE inspection_task SET case_id = :c WHERE id = :id").param("c", c.id()).param("id", taskId)
                .update();
        Task opened = load(taskId).orElseThrow();
        append(opened, "CASE_OPENED", caller.username(), now(), c.number());
        return opened;
    }

    // ---------------------------------------------------------------- internals

    private void requireInspectorOrHead(Caller caller, Task t) {
        if (!t.agencyId().equals(caller.agencyId())) {
            throw ProblemException.forbidden("inspection.problem.not-inspector");
        }
        if (caller.has(Role.HEAD)) {
            return;
        }
        String certificate = caller.officerId().flatMap(organization::officer).map(Officer::certificateNumber)
                .orElse(null);
        if (certificate == null || t.inspectors().stream().noneMatch(i -> i.certificateNumber().equals(certificate))) {
            throw ProblemException.forbidden("inspection.problem.not-inspector");
        }
    }

    private LocalDate drawnOn(String planId) {
        return jdbc.sql("SELECT drawn_at FROM inspection_plan WHERE id = :p").param("p", planId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single()
                .atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private static final String SELECT = """
            SELECT t.*, p.item_code, p.item_name FROM inspection_task t
            JOIN inspection_plan p ON p.id = t.plan_id""";

    Optional<Task> load(String id) {
        return id == null ? Optional.empty()
                : jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(this::map).optional();
    }

    private Task map(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Task(rs.getString("id"), rs.getString("plan_id"), rs.getString("agency_id"), rs.getInt("seq"),
                rs.getString("item_code"), rs.getString("item_name"), rs.getString("subject_name"),
                rs.getString("credit_code"),
                json.readValue(rs.getString("inspectors"), new TypeReference<List<RandomDraw.Inspector>>() {
                }), TaskStatus.valueOf(rs.getString("status")), rs.getObject("inspected_on", LocalDate.class),
                rs.getString("findings"), outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class),
                rs.getObject("publish_due", LocalDate.class), rs.getString("published_text"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("case_id"));
    }

    private void append(Task t, String action, String actor, OffsetDateTime at, String caseNumber) {
        ObjectNode o = CanonicalJson.mapper().createObjectNode();
        o.put("taskId", t.id()).put("planId", t.planId()).put("creditCode", t.creditCode())
                .put("status", t.status().name());
        if (t.outcome() != null) {
            o.put("inspectedOn", t.inspectedOn().toString()).put("outcome", t.outcome().name())
                    .put("findings", t.findings()).put("publishDue", t.publishDue().toString());
        }
        if (t.publishedText() != null) {
            o.put("publishedText", t.publishedText());
        }
        if (caseNumber != null) {
            o.put("caseId", t.caseId()).put("caseNumber", caseNumber);
        }
        ledger.append(new Ledger.Draft(SUBJECT, t.id(), org.mingjing.shared.Ids.newId(), t.status().name(), action, actor, at,
                CanonicalJson.of(o)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
