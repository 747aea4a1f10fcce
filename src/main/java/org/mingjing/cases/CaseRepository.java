package org.mingjing.cases;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mingjing.cases.CaseEnums.DecisionType;
import org.mingjing.cases.CaseEnums.PartyRole;
import org.mingjing.cases.CaseEnums.PartyType;
import org.mingjing.cases.CaseEnums.ProcedureKind;
import org.mingjing.cases.CaseEnums.Source;
import org.mingjing.catalogue.MatterCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and everything recorded on them, in tables {@code case_*}, {@code document_sequence}. */
@Repository
class CaseRepository {

    private final JdbcClient jdbc;
    /** Every insert below appends its ledger entry in the same transaction (seed §二(二)1: 全过程留痕). */
    private final CaseRecord record;
    /** Notes each changed case for the dashboard's stored months, in the same transaction as the change. */
    private final CaseAnalysis analysis;

    CaseRepository(JdbcClient jdbc, CaseRecord record, CaseAnalysis analysis) {
        this.analysis = analysis;
        this.jdbc = jdbc;
        this.record = record;
    }

    void insert(CaseFile c, String actor, OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", c.id());
        p.put("agency", c.agencyId());
        p.put("number", c.number());
        p.put("act", c.actType().name());
        p.put("procedure", c.procedure().name());
        p.put("matter", c.matterId());
        p.put("code", c.matterCode());
        p.put("mname", c.matterName());
        p.put("source", c.source().name());
        p.put("facts", c.facts());
        p.put("occurred", Date.valueOf(c.occurredOn()));
        p.put("until", c.continuingUntil() == null ? null : Date.valueOf(c.continuingUntil()));
        p.put("harm", c.seriousHarm());
        p.put("filed", Date.valueOf(c.filedOn()));
        p.put("place", c.place());
        p.put("income", c.illegalIncome());
        p.put("turnover", c.illegalTurnover());
        p.put("stage", c.stage().name());
        p.put("now", now);
        p.put("actor", actor);
        jdbc.sql("""
                INSERT INTO case_file (id, agency_id, number, act_type, procedure_kind, matter_id, matter_code,
                  matter_name, source, facts, occurred_on, continuing_until, serious_harm, filed_on, place,
                  illegal_income, illegal_turnover, stage, created_at, created_by, updated_at, version)
                VALUES (:id, :agency, :number, :act, :procedure, :matter, :code, :mname, :source, :facts, :occurred,
                  :until, :harm, :filed, :place, :income, :turnover, :stage, :now, :actor, :now, 0)""").params(p)
                .update();
        int position = 0;
        for (Party party : c.parties()) {
            Map<String, Object> q = new HashMap<>();
            q.put("c", c.id());
            q.put("pos", position++);
            q.put("role", party.role().name());
            q.put("type", party.type().name());
            q.put("name", party.name());
            q.put("id", party.idNumber());
            q.put("credit", party.creditCode());
            q.put("rep", party.legalRepresentative());
            q.put("birth", party.birthDate() == null ? null : Date.valueOf(party.birthDate()));
            q.put("phone", party.phone());
            q.put("address", party.address());
            q.put("bank", party.bankAccount());
            jdbc.sql("""
                    INSERT INTO case_party (case_id, position, role, party_type, name, id_number, credit_code,
                      legal_representative, birth_date, phone, address, bank_account)
                    VALUES (:c, :pos, :role, :type, :name, :id, :credit, :rep, :birth, :phone, :address, :bank)""")
                    .params(q).update();
        }
        position = 0;
        for (String officerId : c.officerIds()) {
            jdbc.sql("INSERT INTO case_officer (case_id, officer_id, position) VALUES (:c, :o, :p)")
                    .params(Map.of("c", c.id(), "o", officerId, "p", position++)).update();
        }
        record.filed(c, actor, now);
        analysis.changed(c.id());
    }

    Optional<CaseFile> byId(String id) {
        return jdbc.sql("SELECT * FROM case_file WHERE id = :id").params(Map.of("id", id)).query(this::map)
                .optional();
    }

    /**
     * Locks the case row for the rest of the transaction, so that two steps on one case are applied one after
     * the other (the second sees the first), and returns the case as it then is.
     */
    Optional<CaseFile> lock(String id) {
        return jdbc.sql("SELECT * FROM case_file WHERE id = :id FOR UPDATE").params(Map.of("id", id))
                .query(this::map).optional();
    }

    List<CaseFile> search(Collection<String> agencyIds, CaseStage stage, String q, String officerId, int page,
            int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(agencyIds, stage, q, officerId, params);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return jdbc.sql("SELECT * FROM case_file c" + where + " ORDER BY c.filed_on DESC, c.number DESC"
                + " LIMIT :limit OFFSET :offset").params(params).query(this::map).list();
    }

    long count(Collection<String> agencyIds, CaseStage stage, String q, String officerId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(agencyIds, stage, q, officerId, params);
        return jdbc.sql("SELECT COUNT(*) FROM case_file c" + where).params(params).query(Long.class).single();
    }

    private static String where(Collection<String> agencyIds, CaseStage stage, String q, String officerId,
            Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("c.agency_id IN (:agencies)");
        params.put("agencies", agencyIds.isEmpty() ? List.of("") : agencyIds);
        if (stage != null) {
            clauses.add("c.stage = :stage");
            params.put("stage", stage.name());
        }
        if (q != null && !q.isBlank()) {
            clauses.add("(LOWER(c.number) LIKE :q OR LOWER(c.matter_name) LIKE :q OR LOWER(c.matter_code) LIKE :q"
                    + " OR EXISTS (SELECT 1 FROM case_party p WHERE p.case_id = c.id AND LOWER(p.name) LIKE :q))");
            params.put("q", "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (officerId != null) {
            clauses.add("EXISTS (SELECT 1 FROM case_officer o WHERE o.case_id = c.id AND o.officer_id = :officer)");
            params.put("officer", officerId);
        }
        return " WHERE " + String.join(" AND ", clauses);
    }

    void updateStage(String caseId, CaseStage stage, OffsetDateTime now) {
        jdbc.sql("UPDATE case_file SET stage = :s, updated_at = :now, version = version + 1 WHERE id = :id")
                .params(Map.of("s", stage.name(), "now", now, "id", caseId)).update();
        analysis.changed(caseId);
    }

    void recordDecision(String caseId, LocalDate decidedOn, DecisionType type, BigDecimal fine, CaseStage stage,
            OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("d", Date.valueOf(decidedOn));
        p.put("t", type.name());
        p.put("f", fine);
        p.put("s", stage.name());
        p.put("now", now);
        p.put("id", caseId);
        jdbc.sql("""
                UPDATE case_file SET decided_on = :d, decision_type = :t, fine_amount = :f, stage = :s,
                  updated_at = :now, version = version + 1 WHERE id = :id""").params(p).update();
        analysis.changed(caseId);
    }

    void close(String caseId, LocalDate closedOn, OffsetDateTime now) {
        jdbc.sql("UPDATE case_file SET closed_on = :d, stage = 'CLOSED', updated_at = :now, version = version + 1"
                + " WHERE id = :id").params(Map.of("d", Date.valueOf(closedOn), "now", now, "id", caseId)).update();
        analysis.changed(caseId);
    }

    void archive(String caseId, LocalDate archivedOn, int score, OffsetDateTime now) {
        jdbc.sql("UPDATE case_file SET archived_on = :d, evaluation_score = :s, stage = 'ARCHIVED', updated_at = :now,"
                + " version = version + 1 WHERE id = :id")
                .params(Map.of("d", Date.valueOf(archivedOn), "s", score, "now", now, "id", caseId)).update();
        analysis.changed(caseId);
    }

    /** Officers who withdrew from the case (回避), with the day. */
    Map<String, LocalDate> recused(String caseId) {
        Map<String, LocalDate> result = new HashMap<>();
        jdbc.sql("SELECT officer_id, recused_on FROM case_officer WHERE case_id = :c AND recused_on IS NOT NULL")
                .params(Map.of("c", caseId))
                .query(rs -> {
                    result.put(rs.getString("officer_id"), rs.getDate("recused_on").toLocalDate());
                });
        return result;
    }

    void recuse(String caseId, String officerId, LocalDate on, String reason) {
        jdbc.sql("UPDATE case_officer SET recused_on = :on, recusal_reason = :r WHERE case_id = :c AND officer_id = :o")
                .params(Map.of("on", Date.valueOf(on), "r", reason, "c", caseId, "o", officerId)).update();
        analysis.changed(caseId);
    }

    void addOfficer(String caseId, String officerId) {
        int position = jdbc.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM case_officer WHERE case_id = :c")
                .params(Map.of("c", caseId)).query(Integer.class).single();
        jdbc.sql("INSERT INTO case_officer (case_id, officer_id, position) VALUES (:c, :o, :p)")
                .params(Map.of("c", caseId, "o", officerId, "p", position)).update();
        analysis.changed(caseId);
    }

    /** The numbers of the cases, by id, looked up {@value #CHUNK} at a time. */
    Map<String, String> numbers(Collection<String> caseIds) {
        Map<String, String> numbers = new HashMap<>();
        List<String> ids = List.copyOf(caseIds);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            jdbc.sql("SELECT id, number FROM case_file WHERE id IN (:ids)")
                    .param("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .query(rs -> {
                        numbers.put(rs.getString("id"), rs.getString("number"));
                    });
        }
        return numbers;
    }

    static final int CHUNK = 500;

    // ---------------------------------------------------------------- steps

    int nextSeq(String caseId) {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM case_step WHERE case_id = :c")
                .params(Map.of("c", caseId)).query(Integer.class).single();
    }

    void insertStep(CaseStep s) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", s.id());
        p.put("c", s.caseId());
        p.put("seq", s.seq());
        p.put("kind", s.kind());
        p.put("stage", s.stage().name());
        p.put("on", Date.valueOf(s.occurredOn()));
        p.put("data", s.data());
        // to the microsecond both databases keep, so the step reads back exactly as its ledger entry recorded it
        p.put("at", s.recordedAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        p.put("by", s.recordedBy());
        jdbc.sql("""
                INSERT INTO case_step (id, case_id, seq, kind, stage, occurred_on, data, recorded_at, recorded_by)
                VALUES (:id, :c, :seq, :kind, :stage, :on, :data, :at, :by)""").params(p).update();
        record.stepRecorded(s);
        analysis.changed(s.caseId());
    }

    List<CaseStep> steps(String caseId) {
        return jdbc.sql("SELECT * FROM case_step WHERE case_id = :c ORDER BY seq").params(Map.of("c", caseId))
                .query((rs, n) -> new CaseStep(rs.getString("id"), rs.getString("case_id"), rs.getInt("seq"),
                        rs.getString("kind"), CaseStage.valueOf(rs.getString("stage")),
                        rs.getDate("occurred_on").toLocalDate(), rs.getString("data"),
                        rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by")))
                .list();
    }

    // ---------------------------------------------------------------- deadlines

    void setDeadline(String caseId, String code, LocalDate due) {
        int updated = jdbc.sql("UPDATE case_deadline SET due = :due, satisfied_on = NULL WHERE case_id = :c AND code = :code")
                .params(Map.of("due", Date.valueOf(due), "c", caseId, "code", code)).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO case_deadline (case_id, code, due) VALUES (:c, :code, :due)")
                    .params(Map.of("due", Date.valueOf(due), "c", caseId, "code", code)).update();
        }
    }

    void satisfy(String caseId, String code, LocalDate on) {
        jdbc.sql("UPDATE case_deadline SET satisfied_on = :on WHERE case_id = :c AND code = :code AND satisfied_on IS NULL")
                .params(Map.of("on", Date.valueOf(on), "c", caseId, "code", code)).update();
    }

    List<CaseDeadline> deadlines(String caseId) {
        return jdbc.sql("SELECT * FROM case_deadline WHERE case_id = :c ORDER BY due, code")
                .params(Map.of("c", caseId)).query((rs, n) -> {
                    Date satisfied = rs.getDate("satisfied_on");
                    return new CaseDeadline(rs.getString("code"), rs.getDate("due").toLocalDate(),
                            satisfied == null ? null : satisfied.toLocalDate());
                }).list();
    }

    /** Open deadlines of cases of the agencies (or of one officer's cases) due on or before the day. */
    List<Map<String, Object>> openDeadlines(Collection<String> agencyIds, String officerId, LocalDate until) {
        Map<String, Object> p = new HashMap<>();
        p.put("a", agencyIds.isEmpty() ? List.of("") : agencyIds);
        p.put("until", Date.valueOf(until));
        String officer = "";
        if (officerId != null) {
            officer = " AND EXISTS (SELECT 1 FROM case_officer o WHERE o.case_id = c.id AND o.officer_id = :o)";
            p.put("o", officerId);
        }
        return jdbc.sql("""
                SELECT c.id, c.number, c.matter_name, c.agency_id, d.code, d.due FROM case_deadline d
                JOIN case_file c ON c.id = d.case_id
                WHERE c.agency_id IN (:a) AND d.satisfied_on IS NULL AND d.due <= :until""" + officer
                + " ORDER BY d.due, c.number").params(p).query().listOfRows();
    }

    // ---------------------------------------------------------------- documents

    void insertDocument(CaseDocument d, CaseStage stage, OffsetDateTime now) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", d.id());
        p.put("c", d.caseId());
        p.put("kind", d.kind());
        p.put("number", d.number());
        p.put("title", d.title());
        p.put("step", d.stepId());
        p.put("on", Date.valueOf(d.issuedOn()));
        p.put("now", now);
        jdbc.sql("""
                INSERT INTO case_document (id, case_id, kind, number, title, step_id, issued_on, created_at)
                VALUES (:id, :c, :kind, :number, :title, :step, :on, :now)""").params(p).update();
        record.documentIssued(d, stage, now);
    }

    List<CaseDocument> documents(String caseId) {
        return jdbc.sql("SELECT * FROM case_document WHERE case_id = :c ORDER BY issued_on, created_at")
                .params(Map.of("c", caseId)).query(CaseRepository::document).list();
    }

    Optional<CaseDocument> document(String id) {
        return jdbc.sql("SELECT * FROM case_document WHERE id = :id").params(Map.of("id", id))
                .query(CaseRepository::document).optional();
    }

    private static CaseDocument document(ResultSet rs, int n) throws SQLException {
        return new CaseDocument(rs.getString("id"), rs.getString("case_id"), rs.getString("kind"),
                rs.getString("number"), rs.getString("title"), rs.getString("step_id"),
                rs.getDate("issued_on").toLocalDate());
    }

    /**
     * The next running number of the agency's documents of a kind in a year. The agency's row is locked first,
     * so numbering of one agency is serial across application nodes and no two documents share a number; the
     * number is part of the caller's transaction and is not used up if that rolls back.
     */
    int nextNumber(String agencyId, String kind, int year) {
        Map<String, Object> p = Map.of("a", agencyId, "k", kind, "y", year);
        jdbc.sql("SELECT id FROM agency WHERE id = :a FOR UPDATE").params(p).query(String.class).single();
        int updated = jdbc.sql("UPDATE document_sequence SET last_number = last_number + 1 WHERE agency_id = :a AND kind = :k AND doc_year = :y")
                .params(p).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO document_sequence (agency_id, kind, doc_year, last_number) VALUES (:a, :k, :y, 1)").params(p)
                    .update();
        }
        return jdbc.sql("SELECT last_number FROM document_sequence WHERE agency_id = :a AND kind = :k AND doc_year = :y")
                .params(p).query(Integer.class).single();
    }

    // ---------------------------------------------------------------- mapping

    private CaseFile map(ResultSet rs, int n) throws SQLException {
        String id = rs.getString("id");
        List<Party> parties = jdbc.sql("SELECT * FROM case_party WHERE case_id = :c ORDER BY position")
                .params(Map.of("c", id)).query((r, i) -> {
                    Date birth = r.getDate("birth_date");
                    return new Party(PartyRole.valueOf(r.getString("role")),
                            PartyType.valueOf(r.getString("party_type")), r.getString("name"),
                            r.getString("id_number"), r.getString("credit_code"), r.getString("legal_representative"),
                            birth == null ? null : birth.toLocalDate(), r.getString("phone"), r.getString("address"),
                            r.getString("bank_account"));
                }).list();
        List<String> officers = jdbc.sql(
                "SELECT officer_id FROM case_officer WHERE case_id = :c AND recused_on IS NULL ORDER BY position")
                .params(Map.of("c", id)).query(String.class).list();
        Date until = rs.getDate("continuing_until");
        Date decided = rs.getDate("decided_on");
        Date closed = rs.getDate("closed_on");
        Date archived = rs.getDate("archived_on");
        String type = rs.getString("decision_type");
        return new CaseFile(id, rs.getString("agency_id"), rs.getString("number"),
                MatterCategory.valueOf(rs.getString("act_type")), ProcedureKind.valueOf(rs.getString("procedure_kind")),
                rs.getString("matter_id"), rs.getString("matter_code"), rs.getString("matter_name"),
                Source.valueOf(rs.getString("source")), rs.getString("facts"), rs.getDate("occurred_on").toLocalDate(),
                until == null ? null : until.toLocalDate(), rs.getBoolean("serious_harm"),
                rs.getDate("filed_on").toLocalDate(), rs.getString("place"), plain(rs.getBigDecimal("illegal_income")),
                plain(rs.getBigDecimal("illegal_turnover")), CaseStage.valueOf(rs.getString("stage")),
                decided == null ? null : decided.toLocalDate(), type == null ? null : DecisionType.valueOf(type),
                plain(rs.getBigDecimal("fine_amount")), closed == null ? null : closed.toLocalDate(),
                archived == null ? null : archived.toLocalDate(), rs.getObject("evaluation_score", Integer.class),
                parties, officers, rs.getInt("version"));
    }

    private static BigDecimal plain(BigDecimal v) {
        return v == null ? null : v.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
