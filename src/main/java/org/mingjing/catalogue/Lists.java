package org.mingjing.catalogue;

import java.sql.Date;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The smaller lists of an agency (inspection items, review rules, remedy channels, service windows), the change
 * history of every list and the recorded changes of law or function.
 */
@Repository
class Lists {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    Lists(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // ---------------------------------------------------------------- inspection items

    List<InspectionItem> inspectionItems(String agencyId) {
        return jdbc.sql("SELECT * FROM inspection_item WHERE agency_id = :a ORDER BY code")
                .params(Map.of("a", agencyId)).query(Lists::inspectionItem).list();
    }

    Optional<InspectionItem> inspectionItem(String id) {
        return jdbc.sql("SELECT * FROM inspection_item WHERE id = :id").params(Map.of("id", id))
                .query(Lists::inspectionItem).optional();
    }

    Optional<InspectionItem> inspectionItemByCode(String agencyId, String code) {
        return jdbc.sql("SELECT * FROM inspection_item WHERE agency_id = :a AND code = :c")
                .params(Map.of("a", agencyId, "c", code)).query(Lists::inspectionItem).optional();
    }

    void insert(InspectionItem i, String actor, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO inspection_item (id, agency_id, code, name, basis, inspecting_body, objects, ratio,
                  frequency, method, content, updated_at, updated_by, version)
                VALUES (:id, :agency, :code, :name, :basis, :body, :objects, :ratio, :frequency, :method, :content,
                  :now, :actor, 0)""").params(itemColumns(i, actor, now)).update();
    }

    boolean update(InspectionItem i, String actor, OffsetDateTime now) {
        Map<String, Object> p = itemColumns(i, actor, now);
        p.put("version", i.version());
        return jdbc.sql("""
                UPDATE inspection_item SET code = :code, name = :name, basis = :basis, inspecting_body = :body,
                  objects = :objects, ratio = :ratio, frequency = :frequency, method = :method, content = :content,
                  updated_at = :now, updated_by = :actor, version = version + 1
                WHERE id = :id AND version = :version""").params(p).update() == 1;
    }

    private static Map<String, Object> itemColumns(InspectionItem i, String actor, OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", i.id());
        p.put("agency", i.agencyId());
        p.put("code", i.code());
        p.put("name", i.name());
        p.put("basis", i.basis());
        p.put("body", i.inspectingBody());
        p.put("objects", i.objects());
        p.put("ratio", i.ratio());
        p.put("frequency", i.frequency());
        p.put("method", i.method());
        p.put("content", i.content());
        p.put("now", now);
        p.put("actor", actor);
        return p;
    }

    private static InspectionItem inspectionItem(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new InspectionItem(rs.getString("id"), rs.getString("agency_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("basis"), rs.getString("inspecting_body"), rs.getString("objects"),
                FineBound.plain(rs.getBigDecimal("ratio")), rs.getString("frequency"), rs.getString("method"),
                rs.getString("content"), rs.getInt("version"));
    }

    // ---------------------------------------------------------------- review rules

    List<ReviewRule> reviewRules(String agencyId) {
        return jdbc.sql("SELECT * FROM review_rule WHERE agency_id = :a ORDER BY act_type, description")
                .params(Map.of("a", agencyId)).query(Lists::reviewRule).list();
    }

    Optional<ReviewRule> reviewRule(String id) {
        return jdbc.sql("SELECT * FROM review_rule WHERE id = :id").params(Map.of("id", id))
                .query(Lists::reviewRule).optional();
    }

    void insert(ReviewRule r, String actor, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO review_rule (id, agency_id, act_type, field, penalty_kind, min_amount, hearing_held,
                  description, updated_at, updated_by, version)
                VALUES (:id, :agency, :act, :field, :kind, :amount, :hearing, :description, :now, :actor, 0)""")
                .params(ruleColumns(r, actor, now)).update();
    }

    boolean update(ReviewRule r, String actor, OffsetDateTime now) {
        Map<String, Object> p = ruleColumns(r, actor, now);
        p.put("version", r.version());
        return jdbc.sql("""
                UPDATE review_rule SET act_type = :act, field = :field, penalty_kind = :kind, min_amount = :amount,
                  hearing_held = :hearing, description = :description, updated_at = :now, updated_by = :actor,
                  version = version + 1
                WHERE id = :id AND version = :version""").params(p).update() == 1;
    }

    void deleteReviewRule(String id) {
        jdbc.sql("DELETE FROM review_rule WHERE id = :id").params(Map.of("id", id)).update();
    }

    private static Map<String, Object> ruleColumns(ReviewRule r, String actor, OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("agency", r.agencyId());
        p.put("act", r.actType().name());
        p.put("field", r.field());
        p.put("kind", r.penaltyKind() == null ? null : r.penaltyKind().name());
        p.put("amount", r.minAmount());
        p.put("hearing", r.hearingHeld());
        p.put("description", r.description());
        p.put("now", now);
        p.put("actor", actor);
        return p;
    }

    private static ReviewRule reviewRule(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String kind = rs.getString("penalty_kind");
        java.math.BigDecimal amount = rs.getBigDecimal("min_amount");
        return new ReviewRule(rs.getString("id"), rs.getString("agency_id"),
                MatterCategory.valueOf(rs.getString("act_type")), rs.getString("field"),
                kind == null ? null : PenaltyKind.valueOf(kind), amount == null ? null : FineBound.plain(amount),
                rs.getObject("hearing_held", Boolean.class), rs.getString("description"), rs.getInt("version"));
    }

    // ---------------------------------------------------------------- channels and windows

    List<RemedyChannel> channels(String agencyId) {
        return jdbc.sql("SELECT * FROM remedy_channel WHERE agency_id = :a ORDER BY kind, name")
                .params(Map.of("a", agencyId)).query((rs, n) -> new RemedyChannel(rs.getString("id"),
                        rs.getString("agency_id"), RemedyChannel.ChannelKind.valueOf(rs.getString("kind")),
                        rs.getString("name"), rs.getString("address"), rs.getString("phone"), rs.getString("hours"),
                        rs.getString("note"), rs.getInt("version")))
                .list();
    }

    void insert(RemedyChannel c, String actor, OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("agency", c.agencyId());
        p.put("kind", c.kind().name());
        p.put("name", c.name());
        p.put("address", c.address());
        p.put("phone", c.phone());
        p.put("hours", c.hours());
        p.put("note", c.note());
        p.put("now", now);
        p.put("actor", actor);
        jdbc.sql("""
                INSERT INTO remedy_channel (id, agency_id, kind, name, address, phone, hours, note, updated_at,
                  updated_by, version) VALUES (:id, :agency, :kind, :name, :address, :phone, :hours, :note, :now,
                  :actor, 0)""").params(p).update();
    }

    void deleteChannel(String id) {
        jdbc.sql("DELETE FROM remedy_channel WHERE id = :id").params(Map.of("id", id)).update();
    }

    Optional<RemedyChannel> channel(String id) {
        return jdbc.sql("SELECT agency_id FROM remedy_channel WHERE id = :id").params(Map.of("id", id))
                .query(String.class).optional()
                .flatMap(agency -> channels(agency).stream().filter(c -> c.id().equals(id)).findFirst());
    }

    List<ServiceWindow> windows(String agencyId) {
        return jdbc.sql("SELECT * FROM service_window WHERE agency_id = :a ORDER BY name")
                .params(Map.of("a", agencyId)).query((rs, n) -> new ServiceWindow(rs.getString("id"),
                        rs.getString("agency_id"), rs.getString("name"), rs.getString("post"),
                        rs.getString("duties"), rs.getString("hours"), rs.getString("location"),
                        rs.getInt("version")))
                .list();
    }

    void insert(ServiceWindow w, String actor, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO service_window (id, agency_id, name, post, duties, hours, location, updated_at,
                  updated_by, version) VALUES (:id, :agency, :name, :post, :duties, :hours, :location, :now, :actor, 0)
                """).params(Map.of("id", w.id(), "agency", w.agencyId(), "name", w.name(), "post", w.post(),
                "duties", w.duties(), "hours", w.hours(), "location", w.location(), "now", now, "actor", actor))
                .update();
    }

    void deleteWindow(String id) {
        jdbc.sql("DELETE FROM service_window WHERE id = :id").params(Map.of("id", id)).update();
    }

    Optional<ServiceWindow> window(String id) {
        return jdbc.sql("SELECT agency_id FROM service_window WHERE id = :id").params(Map.of("id", id))
                .query(String.class).optional()
                .flatMap(agency -> windows(agency).stream().filter(w -> w.id().equals(id)).findFirst());
    }

    // ---------------------------------------------------------------- history and triggers

    void record(CatalogueChange c) {
        recordAll(List.of(c));
    }

    @SuppressWarnings("unchecked")
    void recordAll(List<CatalogueChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        batch.batchUpdate("""
                INSERT INTO catalogue_change (id, agency_id, subject_type, subject_id, subject_code, action, version,
                  reason, actor, changed_at, snapshot)
                VALUES (:id, :agency, :type, :subject, :code, :action, :version, :reason, :actor, :at, :snapshot)""",
                changes.stream().map(Lists::changeColumns).toArray(Map[]::new));
    }

    private static Map<String, Object> changeColumns(CatalogueChange c) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("agency", c.agencyId());
        p.put("type", c.subjectType());
        p.put("subject", c.subjectId());
        p.put("code", c.subjectCode());
        p.put("action", c.action());
        p.put("version", c.version());
        p.put("reason", c.reason());
        p.put("actor", c.actor());
        p.put("at", c.changedAt());
        p.put("snapshot", c.snapshot());
        return p;
    }

    List<CatalogueChange> history(String subjectId) {
        return jdbc.sql("SELECT * FROM catalogue_change WHERE subject_id = :s ORDER BY changed_at DESC, version DESC")
                .params(Map.of("s", subjectId)).query(Lists::change).list();
    }

    List<CatalogueChange> recentChanges(String agencyId, int limit) {
        return jdbc.sql("SELECT * FROM catalogue_change WHERE agency_id = :a ORDER BY changed_at DESC LIMIT :n")
                .params(Map.of("a", agencyId, "n", limit)).query(Lists::change).list();
    }

    private static CatalogueChange change(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CatalogueChange(rs.getString("id"), rs.getString("agency_id"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("subject_code"), rs.getString("action"),
                rs.getInt("version"), rs.getString("reason"), rs.getString("actor"),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getString("snapshot"));
    }

    void insert(CatalogueTrigger t, OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", t.id());
        p.put("agency", t.agencyId());
        p.put("kind", t.kind());
        p.put("law", t.law());
        p.put("effective", Date.valueOf(t.effectiveOn()));
        p.put("due", Date.valueOf(t.due()));
        p.put("description", t.description());
        p.put("affected", t.affected());
        p.put("now", now);
        p.put("actor", t.recordedBy());
        jdbc.sql("""
                INSERT INTO catalogue_trigger (id, agency_id, kind, law, effective_on, due, description, affected,
                  recorded_at, recorded_by)
                VALUES (:id, :agency, :kind, :law, :effective, :due, :description, :affected, :now, :actor)""")
                .params(p).update();
    }

    List<CatalogueTrigger> triggers(String agencyId) {
        return jdbc.sql("SELECT * FROM catalogue_trigger WHERE agency_id = :a ORDER BY recorded_at DESC")
                .params(Map.of("a", agencyId))
                .query((rs, n) -> new CatalogueTrigger(rs.getString("id"), rs.getString("agency_id"),
                        rs.getString("kind"), rs.getString("law"), rs.getDate("effective_on").toLocalDate(),
                        rs.getDate("due").toLocalDate(), rs.getString("description"), rs.getInt("affected"),
                        rs.getString("recorded_by")))
                .list();
    }
}
