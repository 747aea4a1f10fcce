package org.mingjing.catalogue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.PeriodUnit;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Matters with their legal basis, fine bounds and discretion standards, in tables {@code matter*}. */
@Repository
class Matters {

    private static final String STEP_SEPARATOR = "\n";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Matters(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One row of the matter table before its children are attached. */
    private record Row(String id, String agencyId, String code, MatterCategory category, String name,
            String responsibility, Integer timeLimitDays, PeriodUnit timeLimitUnit, PeriodRule timeLimitRule,
            String fees, String acceptingBody, String approvingBody, String conditions, String materials,
            List<String> steps, List<PenaltyKind> penaltyKinds, Set<AvStage> avStages, LocalDate updateDue,
            String updateCause, int version) {

        Matter with(List<LegalBasis> basis, List<FineBound> bounds) {
            return new Matter(id, agencyId, code, category, name, basis, responsibility, timeLimitDays,
                    timeLimitUnit, timeLimitRule, fees, acceptingBody, approvingBody, conditions, materials, steps,
                    penaltyKinds, bounds, avStages, updateDue, updateCause, version);
        }
    }

    Optional<Matter> byId(String id) {
        return jdbc.sql("SELECT * FROM matter WHERE id = :id").params(Map.of("id", id)).query(Matters::map)
                .optional().map(r -> attach(List.of(r)).get(0));
    }

    Optional<Matter> byCode(String agencyId, String code) {
        return jdbc.sql("SELECT * FROM matter WHERE agency_id = :a AND code = :c")
                .params(Map.of("a", agencyId, "c", code)).query(Matters::map).optional()
                .map(r -> attach(List.of(r)).get(0));
    }

    /** Matters with this code in any agency (the code is shared where agencies hold the same power). */
    List<Matter> byCodeEverywhere(String code) {
        return attach(jdbc.sql("SELECT * FROM matter WHERE code = :c ORDER BY agency_id")
                .params(Map.of("c", code)).query(Matters::map).list());
    }

    List<Matter> ofAgency(String agencyId) {
        return attach(jdbc.sql("SELECT * FROM matter WHERE agency_id = :a ORDER BY category, code")
                .params(Map.of("a", agencyId)).query(Matters::map).list());
    }

    /**
     * One page of matters of the given agencies (null: all), narrowed by category and by a text that the code,
     * name or a law of the basis contains.
     */
    List<Matter> search(Collection<String> agencyIds, MatterCategory category, String q, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(agencyIds, category, q, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return attach(jdbc.sql("SELECT * FROM matter m" + where
                + " ORDER BY m.agency_id, m.category, m.code LIMIT :limit OFFSET :offset").params(params)
                .query(Matters::map).list());
    }

    long count(Collection<String> agencyIds, MatterCategory category, String q) {
        Map<String, Object> params = new HashMap<>();
        String where = where(agencyIds, category, q, params);
        return jdbc.sql("SELECT COUNT(*) FROM matter m" + where).params(params).query(Long.class).single();
    }

    private static String where(Collection<String> agencyIds, MatterCategory category, String q,
            Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (agencyIds != null) {
            clauses.add("m.agency_id IN (:agencies)");
            params.put("agencies", agencyIds.isEmpty() ? List.of("") : agencyIds);
        }
        if (category != null) {
            clauses.add("m.category = :category");
            params.put("category", category.name());
        }
        if (q != null && !q.isBlank()) {
            clauses.add("(LOWER(m.code) LIKE :q OR LOWER(m.name) LIKE :q OR EXISTS (SELECT 1 FROM matter_basis b"
                    + " WHERE b.matter_id = m.id AND LOWER(b.law) LIKE :q))");
            params.put("q", "%" + escapeLike(q.strip().toLowerCase()) + "%");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Matters of the agency whose basis cites the law (the name as written in the basis). */
    List<String> idsCitingLaw(String agencyId, String law) {
        return jdbc.sql("""
                SELECT DISTINCT m.id FROM matter m JOIN matter_basis b ON b.matter_id = m.id
                WHERE m.agency_id = :a AND b.law = :law""").params(Map.of("a", agencyId, "law", law))
                .query(String.class).list();
    }

    List<String> idsOf(String agencyId) {
        return jdbc.sql("SELECT id FROM matter WHERE agency_id = :a").params(Map.of("a", agencyId))
                .query(String.class).list();
    }

    /** Marks the matters as due for update; an earlier due date already set stays. */
    void markUpdateDue(Collection<String> ids, LocalDate due, String cause) {
        for (String id : ids) {
            jdbc.sql("""
                    UPDATE matter SET update_due = :due, update_cause = :cause
                    WHERE id = :id AND (update_due IS NULL OR update_due > :due)""")
                    .params(Map.of("due", Date.valueOf(due), "cause", cause, "id", id)).update();
        }
    }

    /** Per agency, how many of its penalty matters have no discretion standard yet. */
    Map<String, Long> penaltyMattersWithoutStandard(Collection<String> agencyIds) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.agency_id, COUNT(*) AS n FROM matter m
                WHERE m.agency_id IN (:a) AND m.category = 'ADMINISTRATIVE_PENALTY'
                  AND NOT EXISTS (SELECT 1 FROM discretion_level l WHERE l.matter_id = m.id)
                GROUP BY m.agency_id ORDER BY m.agency_id""").params(Map.of("a", agencyIds))
                .query(rs -> {
                    result.put(rs.getString("agency_id"), rs.getLong("n"));
                });
        return result;
    }

    List<Matter> dueForUpdate(Collection<String> agencyIds) {
        return attach(jdbc.sql("SELECT * FROM matter m WHERE m.agency_id IN (:a) AND m.update_due IS NOT NULL"
                + " ORDER BY m.update_due, m.code").params(Map.of("a", agencyIds)).query(Matters::map).list());
    }

    private static final String INSERT_MATTER = """
            INSERT INTO matter (id, agency_id, code, category, name, responsibility, time_limit_days,
              time_limit_unit, time_limit_rule, fees, accepting_body, approving_body, conditions, materials,
              steps, penalty_kinds, av_stages, update_due, update_cause, updated_at, updated_by, version)
            VALUES (:id, :agency, :code, :category, :name, :responsibility, :days, :unit, :rule, :fees,
              :accepting, :approving, :conditions, :materials, :steps, :kinds, :av, NULL, NULL, :now, :actor, 0)
            """;
    private static final String INSERT_BASIS = "INSERT INTO matter_basis (matter_id, position, law, article,"
            + " paragraph, item) VALUES (:m, :pos, :law, :article, :paragraph, :item)";
    private static final String INSERT_BOUND = "INSERT INTO matter_fine_bound (matter_id, basis, min_value,"
            + " max_value) VALUES (:m, :basis, :min, :max)";
    private static final String INSERT_LEVEL = """
            INSERT INTO discretion_level (matter_id, position, level, label, penalties, fine_basis, fine_min,
              fine_max, description) VALUES (:m, :pos, :level, :label, :penalties, :basis, :min, :max, :description)""";
    private static final String INSERT_CIRCUMSTANCE = "INSERT INTO discretion_circumstance (matter_id, code, level,"
            + " position, description) VALUES (:m, :code, :level, :pos, :d)";

    void insert(Matter m, String actor, OffsetDateTime now) {
        insertAll(List.of(m), Map.of(), actor, now);
    }

    /** Inserts many matters with their children and standards in a few batched statements (a whole catalogue). */
    void insertAll(List<Matter> list, Map<String, List<DiscretionLevel>> standards, String actor,
            OffsetDateTime now) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> basisRows = new ArrayList<>();
        List<Map<String, Object>> boundRows = new ArrayList<>();
        for (Matter m : list) {
            rows.add(columns(m, actor, now));
            basisRows.addAll(basisRows(m));
            boundRows.addAll(boundRows(m));
        }
        run(INSERT_MATTER, rows);
        run(INSERT_BASIS, basisRows);
        run(INSERT_BOUND, boundRows);
        List<Map<String, Object>> levelRows = new ArrayList<>();
        List<Map<String, Object>> circumstanceRows = new ArrayList<>();
        standards.forEach((matterId, levels) -> {
            levelRows.addAll(levelRows(matterId, levels));
            circumstanceRows.addAll(circumstanceRows(matterId, levels));
        });
        run(INSERT_LEVEL, levelRows);
        run(INSERT_CIRCUMSTANCE, circumstanceRows);
    }

    @SuppressWarnings("unchecked")
    private void run(String sql, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(sql, rows.toArray(new Map[0]));
        }
    }

    /** Replaces the matter's content, refusing a stale version; an update clears a pending update duty. */
    boolean update(Matter m, String actor, OffsetDateTime now) {
        Map<String, Object> params = columns(m, actor, now);
        params.put("version", m.version());
        int updated = jdbc.sql("""
                UPDATE matter SET code = :code, category = :category, name = :name, responsibility = :responsibility,
                  time_limit_days = :days, time_limit_unit = :unit, time_limit_rule = :rule, fees = :fees,
                  accepting_body = :accepting, approving_body = :approving, conditions = :conditions,
                  materials = :materials, steps = :steps, penalty_kinds = :kinds, av_stages = :av,
                  update_due = NULL, update_cause = NULL, updated_at = :now, updated_by = :actor,
                  version = version + 1
                WHERE id = :id AND version = :version""").params(params).update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM matter_basis WHERE matter_id = :id").params(Map.of("id", m.id())).update();
        jdbc.sql("DELETE FROM matter_fine_bound WHERE matter_id = :id").params(Map.of("id", m.id())).update();
        writeChildren(m);
        return true;
    }

    private void writeChildren(Matter m) {
        run(INSERT_BASIS, basisRows(m));
        run(INSERT_BOUND, boundRows(m));
    }

    private static List<Map<String, Object>> basisRows(Matter m) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int position = 0;
        for (LegalBasis b : m.basis()) {
            Map<String, Object> p = new HashMap<>();
            p.put("m", m.id());
            p.put("pos", position++);
            p.put("law", b.law());
            p.put("article", b.article());
            p.put("paragraph", b.paragraph());
            p.put("item", b.item());
            rows.add(p);
        }
        return rows;
    }

    private static List<Map<String, Object>> boundRows(Matter m) {
        return m.fineBounds().stream().<Map<String, Object>>map(f -> Map.of("m", m.id(), "basis", f.basis().name(),
                "min", f.min(), "max", f.max())).toList();
    }

    private static List<Map<String, Object>> levelRows(String matterId, List<DiscretionLevel> levels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int position = 0;
        for (DiscretionLevel l : levels) {
            Map<String, Object> p = new HashMap<>();
            p.put("m", matterId);
            p.put("pos", position++);
            p.put("level", l.level().name());
            p.put("label", l.label());
            p.put("penalties", l.penalties().stream().map(Enum::name).collect(Collectors.joining(",")));
            p.put("basis", l.fine() == null ? null : l.fine().basis().name());
            p.put("min", l.fine() == null ? null : l.fine().min());
            p.put("max", l.fine() == null ? null : l.fine().max());
            p.put("description", l.description());
            rows.add(p);
        }
        return rows;
    }

    private static List<Map<String, Object>> circumstanceRows(String matterId, List<DiscretionLevel> levels) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int position = 0;
        for (DiscretionLevel l : levels) {
            for (DiscretionLevel.Circumstance c : l.circumstances()) {
                rows.add(Map.of("m", matterId, "code", c.code(), "level", l.level().name(), "pos", position++, "d",
                        c.description()));
            }
        }
        return rows;
    }

    private static Map<String, Object> columns(Matter m, String actor, OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", m.id());
        p.put("agency", m.agencyId());
        p.put("code", m.code());
        p.put("category", m.category().name());
        p.put("name", m.name());
        p.put("responsibility", m.responsibility());
        p.put("days", m.timeLimitDays());
        p.put("unit", m.timeLimitUnit() == null ? null : m.timeLimitUnit().name());
        p.put("rule", m.timeLimitRule() == null ? null : m.timeLimitRule().name());
        p.put("fees", m.fees());
        p.put("accepting", m.acceptingBody());
        p.put("approving", m.approvingBody());
        p.put("conditions", m.conditions());
        p.put("materials", m.materials());
        p.put("steps", String.join(STEP_SEPARATOR, m.steps()));
        p.put("kinds", m.penaltyKinds().stream().map(Enum::name).collect(Collectors.joining(",")));
        p.put("av", m.avStages().stream().map(Enum::name).collect(Collectors.joining(",")));
        p.put("now", now);
        p.put("actor", actor);
        return p;
    }

    // ---------------------------------------------------------------- discretion standards

    List<DiscretionLevel> discretion(String matterId) {
        return discretion(List.of(matterId)).getOrDefault(matterId, List.of());
    }

    Map<String, List<DiscretionLevel>> discretion(Collection<String> matterIds) {
        if (matterIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<CircumstanceLevel, List<DiscretionLevel.Circumstance>>> circumstances = new HashMap<>();
        jdbc.sql("SELECT * FROM discretion_circumstance WHERE matter_id IN (:ids) ORDER BY matter_id, position")
                .params(Map.of("ids", matterIds)).query(rs -> {
                    circumstances.computeIfAbsent(rs.getString("matter_id"), k -> new HashMap<>())
                            .computeIfAbsent(CircumstanceLevel.valueOf(rs.getString("level")),
                                    k -> new ArrayList<>())
                            .add(new DiscretionLevel.Circumstance(rs.getString("code"),
                                    rs.getString("description")));
                });
        Map<String, List<DiscretionLevel>> result = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM discretion_level WHERE matter_id IN (:ids) ORDER BY matter_id, position")
                .params(Map.of("ids", matterIds)).query(rs -> {
                    String matterId = rs.getString("matter_id");
                    CircumstanceLevel level = CircumstanceLevel.valueOf(rs.getString("level"));
                    String basis = rs.getString("fine_basis");
                    FineBound fine = basis == null ? null
                            : new FineBound(FineBasis.valueOf(basis), rs.getBigDecimal("fine_min"),
                                    rs.getBigDecimal("fine_max"));
                    List<DiscretionLevel.Circumstance> cs = circumstances
                            .getOrDefault(matterId, Map.of()).getOrDefault(level, List.of());
                    result.computeIfAbsent(matterId, k -> new ArrayList<>())
                            .add(new DiscretionLevel(level, rs.getString("label"), cs,
                                    kinds(rs.getString("penalties")), fine, rs.getString("description")));
                });
        return result;
    }

    void replaceDiscretion(String matterId, List<DiscretionLevel> levels) {
        jdbc.sql("DELETE FROM discretion_circumstance WHERE matter_id = :m").params(Map.of("m", matterId)).update();
        jdbc.sql("DELETE FROM discretion_level WHERE matter_id = :m").params(Map.of("m", matterId)).update();
        run(INSERT_LEVEL, levelRows(matterId, levels));
        run(INSERT_CIRCUMSTANCE, circumstanceRows(matterId, levels));
    }

    // ---------------------------------------------------------------- mapping

    private List<Matter> attach(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(Row::id).toList();
        Map<String, List<LegalBasis>> basis = new HashMap<>();
        jdbc.sql("SELECT * FROM matter_basis WHERE matter_id IN (:ids) ORDER BY matter_id, position")
                .params(Map.of("ids", ids)).query(rs -> {
                    basis.computeIfAbsent(rs.getString("matter_id"), k -> new ArrayList<>())
                            .add(new LegalBasis(rs.getString("law"), rs.getInt("article"),
                                    (Integer) rs.getObject("paragraph", Integer.class),
                                    (Integer) rs.getObject("item", Integer.class)));
                });
        Map<String, List<FineBound>> bounds = new HashMap<>();
        jdbc.sql("SELECT * FROM matter_fine_bound WHERE matter_id IN (:ids) ORDER BY matter_id, basis")
                .params(Map.of("ids", ids)).query(rs -> {
                    bounds.computeIfAbsent(rs.getString("matter_id"), k -> new ArrayList<>())
                            .add(new FineBound(FineBasis.valueOf(rs.getString("basis")),
                                    rs.getBigDecimal("min_value").stripTrailingZeros(),
                                    rs.getBigDecimal("max_value").stripTrailingZeros()));
                });
        return rows.stream().map(r -> r.with(basis.getOrDefault(r.id(), List.of()),
                bounds.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Row map(ResultSet rs, int rowNum) throws SQLException {
        String unit = rs.getString("time_limit_unit");
        String rule = rs.getString("time_limit_rule");
        Date due = rs.getDate("update_due");
        String steps = rs.getString("steps");
        String av = rs.getString("av_stages");
        Set<AvStage> stages = EnumSet.noneOf(AvStage.class);
        if (!av.isEmpty()) {
            Arrays.stream(av.split(",")).map(AvStage::valueOf).forEach(stages::add);
        }
        return new Row(rs.getString("id"), rs.getString("agency_id"), rs.getString("code"),
                MatterCategory.valueOf(rs.getString("category")), rs.getString("name"),
                rs.getString("responsibility"), rs.getObject("time_limit_days", Integer.class),
                unit == null ? null : PeriodUnit.valueOf(unit), rule == null ? null : PeriodRule.valueOf(rule),
                rs.getString("fees"), rs.getString("accepting_body"), rs.getString("approving_body"),
                rs.getString("conditions"), rs.getString("materials"),
                steps.isEmpty() ? List.of() : List.of(steps.split(STEP_SEPARATOR)), kinds(rs.getString("penalty_kinds")),
                stages, due == null ? null : due.toLocalDate(), rs.getString("update_cause"), rs.getInt("version"));
    }

    private static List<PenaltyKind> kinds(String text) {
        return text == null || text.isEmpty() ? List.of()
                : Arrays.stream(text.split(",")).map(PenaltyKind::valueOf).toList();
    }
}
