package org.mingjing.inspection;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.InspectionItem;
import org.mingjing.ledger.CanonicalJson;
import org.mingjing.ledger.Ledger;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Officer;
import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.Ids;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inspection plans and their verifiable draw (双随机, LAW.md §6; docs/adr/0009-random-inspection.md).
 *
 * <ol>
 * <li>An officer or the head of the agency plans an inspection of an item of its random-inspection list: the ratio of
 * subjects (0 &lt; ratio ≤ 1; below the typical 5 % is allowed with a warning), the frequency, and how many inspectors
 * go to each subject (at least two, LAW.md §6 and 行政处罚法第四十二条). Recusals are declared while it is planned.</li>
 * <li>Committing draws a secret seed (32 bytes from {@link SecureRandom}) and publishes only its SHA-256, with the
 * register, the inspectors eligible that day and the recusals frozen in the plan: nothing the draw depends on can
 * change afterwards, and the seed never leaves the server before the draw.</li>
 * <li>Drawing runs {@link RandomDraw} with the seed, publishes the seed and the result, and opens a task per drawn
 * subject. Each plan is committed once and drawn once.</li>
 * </ol>
 *
 * Every act is an entry of the tamper-evident {@link Ledger} in the same transaction (全过程记录). A supervisor above
 * the agency reads its plans; another agency's plan is not found.
 */
@Service
public class InspectionPlans {

    /** The subject type of plan entries in the ledger. */
    public static final String SUBJECT = "INSPECTION_PLAN";
    /** LAW.md §6: the typical ratio is at least 5 %; less is allowed and warned about. */
    static final BigDecimal TYPICAL_RATIO = new BigDecimal("0.05");
    /** LAW.md §6: at least two inspectors per subject. */
    static final int MIN_INSPECTORS = 2;
    static final int MAX_INSPECTORS = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Organization organization;
    private final Catalogue catalogue;
    private final Registers registers;
    private final Ledger ledger;
    private final MessageSource messages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    InspectionPlans(JdbcClient jdbc, Organization organization, Catalogue catalogue, Registers registers,
            Ledger ledger, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.catalogue = catalogue;
        this.registers = registers;
        this.ledger = ledger;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a plan asks for, as sent. */
    public record PlanDraft(String agencyId, String itemCode, BigDecimal ratio, Integer inspectorsPerSubject,
            String frequency, String subjectType) {
    }

    /** The registers as frozen at commitment. */
    public record Frozen(List<RandomDraw.Candidate> register, List<RandomDraw.Inspector> inspectors,
            List<RandomDraw.Recusal> recusals) {
    }

    /** A plan as its agency and supervisors see it; {@code seed} is null until the draw. */
    public record Plan(String id, String agencyId, String agencyName, String itemCode, String itemName,
            SubjectType subjectType, BigDecimal ratio, Frequency frequency, int inspectorsPerSubject,
            PlanStatus status, String createdBy, OffsetDateTime createdAt, String commitment,
            OffsetDateTime committedAt, String seed, OffsetDateTime drawnAt, Frozen frozen,
            List<RandomDraw.Assignment> subjects, List<String> warnings) {
    }

    /** The published record of a draw (API.md, Random inspection): everything needed to re-run it. */
    public record PublicDraw(String planId, String agencyName, String itemCode, BigDecimal ratio,
            int inspectorsPerSubject, String commitment, OffsetDateTime committedAt, String seed,
            OffsetDateTime drawnAt, List<RandomDraw.Candidate> register, List<RandomDraw.Inspector> inspectors,
            List<RandomDraw.Recusal> recusals, List<RandomDraw.Assignment> subjects) {
    }

    /** A line of the portal's list of draws. */
    public record DrawSummary(String planId, String agencyId, String agencyName, String itemCode, String itemName,
            OffsetDateTime committedAt, OffsetDateTime drawnAt, int registerSize, int drawn) {
    }

    // ---------------------------------------------------------------- planning

    /**
     * Plans an inspection. 400 for an item not on the agency's list, a ratio outside (0, 1] or with more than six
     * decimals, fewer than {@value #MIN_INSPECTORS} (or more than {@value #MAX_INSPECTORS}) inspectors per subject, an
     * unknown frequency or type; a ratio below 5 % is planned with a warning (LAW.md §6 "typical").
     */
    @Transactional
    public Plan create(Caller caller, PlanDraft d, Locale locale) {
        PlanDraft draft = d == null ? new PlanDraft(null, null, null, null, null, null) : d;
        Agency agency = registers.requireWriter(caller, blank(draft.agencyId()) ? null : draft.agencyId().strip());
        List<FieldProblem> problems = new ArrayList<>();
        InspectionItem item = null;
        if (blank(draft.itemCode())) {
            problems.add(FieldProblem.of("itemCode", "validation.required"));
        } else {
            item = catalogue.inspectionItems(agency.id()).stream()
                    .filter(i -> i.code().equals(draft.itemCode().strip())).findFirst().orElse(null);
            if (item == null) {
                problems.add(FieldProblem.of("itemCode", "inspection.validation.item", draft.itemCode().strip()));
            }
        }
        BigDecimal ratio = draft.ratio();
        if (ratio == null) {
            problems.add(FieldProblem.of("ratio", "validation.required"));
        } else if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            problems.add(FieldProblem.of("ratio", "inspection.validation.ratio"));
        } else if (ratio.stripTrailingZeros().scale() > 6) {
            problems.add(FieldProblem.of("ratio", "inspection.validation.ratio-precision"));
        }
        Integer per = draft.inspectorsPerSubject();
        if (per == null) {
            problems.add(FieldProblem.of("inspectorsPerSubject", "validation.required"));
        } else if (per < MIN_INSPECTORS || per > MAX_INSPECTORS) {
            problems.add(FieldProblem.of("inspectorsPerSubject", "inspection.validation.inspectors", MIN_INSPECTORS,
                    MAX_INSPECTORS));
        }
        Frequency frequency = Frequency.YEARLY;
        if (!blank(draft.frequency())) {
            try {
                frequency = Frequency.valueOf(draft.frequency().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("frequency", "inspection.validation.frequency", draft.frequency()));
            }
        }
        SubjectType type = null;
        if (!blank(draft.subjectType())) {
            try {
                type = SubjectType.valueOf(draft.subjectType().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("subjectType", "inspection.validation.type", draft.subjectType()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        String id = Ids.newId();
        OffsetDateTime now = now();
        jdbc.sql("""
                INSERT INTO inspection_plan (id, agency_id, item_code, item_name, subject_type, ratio, frequency,
                  inspectors_per_subject, status, created_by, created_at)
                VALUES (:id, :a, :code, :name, :type, :ratio, :f, :per, 'PLANNED', :by, :at)""").param("id", id)
                .param("a", agency.id()).param("code", item.code()).param("name", item.name())
                .param("type", type == null ? null : type.name()).param("ratio", ratio.stripTrailingZeros())
                .param("f", frequency.name()).param("per", per).param("by", caller.username()).param("at", now)
                .update();
        Plan plan = load(id).orElseThrow();
        ObjectNode content = content(plan);
        append(plan, "CREATED", caller.username(), now, content);
        return withWarnings(plan, locale);
    }

    /**
     * Declares that an inspector does not inspect a subject in this plan (回避, LAW.md §6), while it is planned; the
     * subject must be in the register and the inspector an officer of the agency.
     */
    @Transactional
    public Plan recuse(Caller caller, String planId, String creditCode, String certificateNumber, String reason) {
        Plan plan = requireWritable(caller, planId);
        if (plan.status() != PlanStatus.PLANNED) {
            throw ProblemException.conflict("plan-frozen", "inspection.problem.plan-frozen");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String code = blank(creditCode) ? null : creditCode.strip().toUpperCase(Locale.ROOT);
        String number = blank(certificateNumber) ? null : certificateNumber.strip();
        if (code == null) {
            problems.add(FieldProblem.of("creditCode", "validation.required"));
        } else if (registers.subjectsOf(plan.agencyId(), null).stream().noneMatch(s -> s.creditCode().equals(code))) {
            problems.add(FieldProblem.of("creditCode", "inspection.validation.not-in-register", code));
        }
        if (number == null) {
            problems.add(FieldProblem.of("certificateNumber", "validation.required"));
        } else if (organization.officersOf(plan.agencyId()).stream()
                .noneMatch(o -> o.certificateNumber().equals(number))) {
            problems.add(FieldProblem.of("certificateNumber", "inspection.validation.not-our-officer", number));
        }
        if (reason != null && reason.length() > 300) {
            problems.add(FieldProblem.of("reason", "inspection.validation.too-long", 300));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        jdbc.sql("DELETE FROM inspection_recusal WHERE plan_id = :p AND credit_code = :c AND certificate_number = :n")
                .param("p", plan.id()).param("c", code).param("n", number).update();
        jdbc.sql("""
                INSERT INTO inspection_recusal (plan_id, credit_code, certificate_number, reason)
                VALUES (:p, :c, :n, :r)""").param("p", plan.id()).param("c", code).param("n", number)
                .param("r", blank(reason) ? null : reason.strip()).update();
        ObjectNode content = content(plan);
        content.put("creditCode", code).put("certificateNumber", number);
        append(plan, "RECUSAL_DECLARED", caller.username(), now(), content);
        return plan;
    }

    // ---------------------------------------------------------------- commitment and draw

    /**
     * Commits the plan to a secret seed: generates it, keeps it, and publishes {@code sha256(seed)} with the register,
     * the inspectors whose certificates are valid today and the recusals frozen in the plan. 409 when committed
     * already, when the register is empty or when the pool has fewer eligible inspectors than a subject needs.
     */
    @Transactional
    public Plan commit(Caller caller, String planId) {
        Plan plan = requireWritable(caller, planId);
        lock(planId);
        plan = load(planId).orElseThrow();
        if (plan.status() != PlanStatus.PLANNED) {
            throw ProblemException.conflict("already-committed", "inspection.problem.already-committed");
        }
        LocalDate today = LocalDate.now(clock);
        List<RandomDraw.Candidate> register = registers.subjectsOf(plan.agencyId(), plan.subjectType()).stream()
                .map(s -> new RandomDraw.Candidate(s.name(), s.creditCode())).toList();
        if (register.isEmpty()) {
            throw ProblemException.conflict("register-empty", "inspection.problem.register-empty");
        }
        List<RandomDraw.Inspector> inspectors = registers.eligibleInspectors(plan.agencyId(), today);
        if (inspectors.size() < plan.inspectorsPerSubject()) {
            throw ProblemException.conflict("pool-too-small", "inspection.problem.pool-too-small", inspectors.size(),
                    plan.inspectorsPerSubject());
        }
        List<RandomDraw.Recusal> recusals = jdbc.sql("""
                SELECT credit_code, certificate_number FROM inspection_recusal WHERE plan_id = :p
                ORDER BY credit_code, certificate_number""").param("p", planId)
                .query((rs, n) -> new RandomDraw.Recusal(rs.getString(1), rs.getString(2))).list();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String seed = HexFormat.of().formatHex(bytes);
        String commitment = RandomDraw.sha256(seed);
        OffsetDateTime now = now();
        jdbc.sql("""
                UPDATE inspection_plan SET status = 'COMMITTED', secret_seed = :s, commitment = :c, committed_by = :by,
                  committed_at = :at, frozen = :f WHERE id = :id AND status = 'PLANNED'""").param("s", seed)
                .param("c", commitment).param("by", caller.username()).param("at", now)
                .param("f", json.writeValueAsString(new Frozen(register, inspectors, recusals))).param("id", planId)
                .update();
        Plan committed = load(planId).orElseThrow();
        append(committed, "COMMITTED", caller.username(), now, content(committed));
        return committed;
    }

    /**
     * Draws: runs {@link RandomDraw} over the frozen registers with the seed, publishes both, and opens a task for each
     * drawn subject with its inspectors. 409 before the commitment, after a draw, when an inspector frozen in the plan
     * may no longer act (certificate lapsed or suspended since; the plan must be planned again), or when a drawn
     * subject has too few inspectors left after recusals (named in the refusal).
     */
    @Transactional
    public Plan draw(Caller caller, String planId) {
        requireWritable(caller, planId);
        lock(planId);
        Plan plan = load(planId).orElseThrow();
        if (plan.status() == PlanStatus.PLANNED) {
            throw ProblemException.conflict("commitment-required", "inspection.problem.commitment-required");
        }
        if (plan.status() == PlanStatus.DRAWN) {
            throw ProblemException.conflict("already-drawn", "inspection.problem.already-drawn");
        }
        LocalDate today = LocalDate.now(clock);
        for (RandomDraw.Inspector i : plan.frozen().inspectors()) {
            Optional<Officer> o = organization.officerByCertificate(i.certificateNumber());
            if (o.isEmpty() || !o.get().mayActOn(today)) {
                throw ProblemException.conflict("inspector-not-eligible", "inspection.problem.inspector-not-eligible",
                        i.name(), i.certificateNumber());
            }
        }
        String seed = secretSeed(planId);
        List<RandomDraw.Assignment> result;
        try {
            result = RandomDraw.draw(seed, plan.frozen().register(), plan.frozen().inspectors(),
                    plan.frozen().recusals(), plan.ratio(), plan.inspectorsPerSubject());
        } catch (RandomDraw.NotEnoughInspectors e) {
            throw ProblemException.conflict("not-enough-inspectors", "inspection.problem.not-enough-inspectors",
                    e.subject().name(), e.subject().creditCode(), e.available(), plan.inspectorsPerSubject());
        }
        OffsetDateTime now = now();
        int updated = jdbc.sql("""
                UPDATE inspection_plan SET status = 'DRAWN', drawn_by = :by, drawn_at = :at, result = :r
                WHERE id = :id AND status = 'COMMITTED'""").param("by", caller.username()).param("at", now)
                .param("r", json.writeValueAsString(result)).param("id", planId).update();
        if (updated != 1) {
            throw ProblemException.conflict("already-drawn", "inspection.problem.already-drawn");
        }
        int seq = 0;
        for (RandomDraw.Assignment a : result) {
            jdbc.sql("""
                    INSERT INTO inspection_task (id, plan_id, agency_id, seq, subject_name, credit_code, inspectors, status)
                    VALUES (:id, :p, :a, :seq, :n, :c, :i, 'OPEN')""").param("id", Ids.newId()).param("p", planId)
                    .param("a", plan.agencyId()).param("seq", ++seq).param("n", a.name()).param("c", a.creditCode())
                    .param("i", json.writeValueAsString(a.inspectors())).update();
        }
        Plan drawn = load(planId).orElseThrow();
        append(drawn, "DRAWN", caller.username(), now, content(drawn));
        return drawn;
    }

    // ---------------------------------------------------------------- reading

    /** The plan, if the caller may see its agency; otherwise not found. The seed only once drawn. */
    @Transactional(readOnly = true)
    public Plan get(Caller caller, String id, Locale locale) {
        InspectionAccess.requireReader(caller);
        Plan plan = load(id).filter(p -> organization.visibleAgencyIds(caller).contains(p.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("inspection.problem.plan-not-found"));
        return withWarnings(plan, locale);
    }

    /** The plans of the agencies the caller may see (one of them if given), newest first. */
    @Transactional(readOnly = true)
    public List<Plan> list(Caller caller, String agencyId) {
        InspectionAccess.requireReader(caller);
        Set<String> visible = agencyId == null ? organization.visibleAgencyIds(caller)
                : Set.of(organization.requireVisibleAgency(caller, agencyId).id());
        return jdbc.sql("SELECT id, agency_id FROM inspection_plan ORDER BY created_at DESC")
                .query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list().stream()
                .filter(r -> visible.contains(r[1])).map(r -> load(r[0]).orElseThrow()).toList();
    }

    /** The public record of a committed plan; a plan not committed, or unknown, is empty. */
    @Transactional(readOnly = true)
    public Optional<PublicDraw> publicDraw(String id) {
        return load(id).filter(p -> p.status() != PlanStatus.PLANNED)
                .map(p -> new PublicDraw(p.id(), p.agencyName(), p.itemCode(), p.ratio(), p.inspectorsPerSubject(),
                        p.commitment(), p.committedAt(), p.seed(), p.drawnAt(), p.frozen().register(),
                        p.frozen().inspectors(), p.frozen().recusals(), p.subjects()));
    }

    /** The plan behind a public record (its item's name for the portal), committed ones only. */
    @Transactional(readOnly = true)
    public Optional<Plan> publicPlan(String id) {
        return load(id).filter(p -> p.status() != PlanStatus.PLANNED);
    }

    /** The committed and drawn plans, of one agency if given, newest first: the portal's list. */
    @Transactional(readOnly = true)
    public List<DrawSummary> publicDraws(String agencyId) {
        return jdbc.sql("SELECT id FROM inspection_plan WHERE status <> 'PLANNED'"
                + (agencyId == null ? "" : " AND agency_id = :a") + " ORDER BY committed_at DESC")
                .params(agencyId == null ? java.util.Map.of() : java.util.Map.of("a", agencyId))
                .query(String.class).list().stream().map(id -> load(id).orElseThrow())
                .map(p -> new DrawSummary(p.id(), p.agencyId(), p.agencyName(), p.itemCode(), p.itemName(),
                        p.committedAt(), p.drawnAt(), p.frozen().register().size(),
                        p.subjects() == null ? 0 : p.subjects().size()))
                .toList();
    }

    // ---------------------------------------------------------------- internals

    private Plan requireWritable(Caller caller, String planId) {
        Plan plan = load(planId).filter(p -> organization.visibleAgencyIds(caller).contains(p.agencyId()))
                .orElseThrow(() -> ProblemException.notFound("inspection.problem.plan-not-found"));
        registers.requireWriter(caller, plan.agencyId());
        return plan;
    }

    private void lock(String planId) {
        jdbc.sql("SELECT id FROM inspection_plan WHERE id = :id FOR UPDATE").param("id", planId).query(String.class)
                .single();
    }

    private String secretSeed(String planId) {
        return jdbc.sql("SELECT secret_seed FROM inspection_plan WHERE id = :id").param("id", planId)
                .query(String.class).single();
    }

    Optional<Plan> load(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM inspection_plan WHERE id = :id").param("id", id).query(this::map).optional();
    }

    private Plan map(ResultSet rs, int n) throws SQLException {
        String agencyId = rs.getString("agency_id");
        String type = rs.getString("subject_type");
        PlanStatus status = PlanStatus.valueOf(rs.getString("status"));
        String frozen = rs.getString("frozen");
        String result = rs.getString("result");
        return new Plan(rs.getString("id"), agencyId,
                organization.agency(agencyId).map(Agency::name).orElse(agencyId), rs.getString("item_code"),
                rs.getString("item_name"), type == null ? null : SubjectType.valueOf(type),
                rs.getBigDecimal("ratio").stripTrailingZeros(), Frequency.valueOf(rs.getString("frequency")),
                rs.getInt("inspectors_per_subject"), status, rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("commitment"),
                rs.getObject("committed_at", OffsetDateTime.class),
                status == PlanStatus.DRAWN ? rs.getString("secret_seed") : null,
                rs.getObject("drawn_at", OffsetDateTime.class),
                frozen == null ? null : json.readValue(frozen, Frozen.class),
                result == null ? null : json.readValue(result, new TypeReference<List<RandomDraw.Assignment>>() {
                }), List.of());
    }

    private Plan withWarnings(Plan p, Locale locale) {
        List<String> warnings = new ArrayList<>();
        if (p.ratio().compareTo(TYPICAL_RATIO) < 0) {
            warnings.add(messages.getMessage("inspection.warning.ratio-low", null, locale));
        }
        return new Plan(p.id(), p.agencyId(), p.agencyName(), p.itemCode(), p.itemName(), p.subjectType(), p.ratio(),
                p.frequency(), p.inspectorsPerSubject(), p.status(), p.createdBy(), p.createdAt(), p.commitment(),
                p.committedAt(), p.seed(), p.drawnAt(), p.frozen(), p.subjects(), warnings);
    }

    /** The ledger's content of a plan: what it is and, once committed, what was frozen; the seed only once drawn. */
    private ObjectNode content(Plan p) {
        ObjectNode o = CanonicalJson.mapper().createObjectNode();
        o.put("planId", p.id()).put("agencyId", p.agencyId()).put("itemCode", p.itemCode())
                .put("ratio", p.ratio().toPlainString()).put("inspectorsPerSubject", p.inspectorsPerSubject())
                .put("frequency", p.frequency().name()).put("status", p.status().name());
        if (p.commitment() != null) {
            o.put("commitment", p.commitment());
            o.set("frozen", CanonicalJson.tree(p.frozen()));
        }
        if (p.seed() != null) {
            o.put("seed", p.seed());
            o.set("subjects", CanonicalJson.tree(p.subjects()));
        }
        return o;
    }

    private void append(Plan p, String action, String actor, OffsetDateTime at, ObjectNode content) {
        ledger.append(new Ledger.Draft(SUBJECT, p.id(), Ids.newId(), p.status().name(), action, actor, at,
                CanonicalJson.of(content)));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
