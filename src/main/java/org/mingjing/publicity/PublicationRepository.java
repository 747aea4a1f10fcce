package org.mingjing.publicity;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.mingjing.publicity.Publication.ChangeKind;
import org.mingjing.cases.CaseAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Publications, their revisions, the agencies' settings and the re-scan's alerts: tables {@code publication*}. */
@Repository
class PublicationRepository {

    private static final String COLUMNS = "id, case_id, document_id, agency_id, agency_name, act_type, decision_type,"
            + " penalty_kinds, status, reason, reason_code, decided_on, due_by, title, party_name, number,"
            + " original_text, masked_text, findings, manual_marks, revision, entered_by, reviewed_by, released_by,"
            + " published_on, published_at, expires_on, change_kind, change_cause, change_reported_on, change_due_by,"
            + " withdrawn_on, created_at, version";

    private final JdbcClient jdbc;
    /** Notes the case of each change for the analysis dashboard's stored months, in the same transaction. */
    private final CaseAnalysis analysis;
    private final JsonMapper json = JsonMapper.builder().build();

    PublicationRepository(JdbcClient jdbc, CaseAnalysis analysis) {
        this.jdbc = jdbc;
        this.analysis = analysis;
    }

    void insert(Publication p) {
        jdbc.sql("INSERT INTO publication (" + COLUMNS + ", public_changed_at, updated_at) VALUES (:id, :case,"
                + " :document, :agency, :agencyName, :actType, :decisionType, :kinds, :status, :reason, :reasonCode,"
                + " :decidedOn, :dueBy, :title, :party, :number, :original, :masked, :findings, :marks, :revision,"
                + " :enteredBy, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, :now, 0, NULL, :now)")
                .param("id", p.id()).param("case", p.caseId()).param("document", p.documentId())
                .param("agency", p.agencyId()).param("agencyName", p.agencyName()).param("actType", p.actType())
                .param("decisionType", p.decisionType()).param("kinds", p.penaltyKinds())
                .param("status", p.status().name()).param("reason", p.reason()).param("reasonCode", p.reasonCode())
                .param("decidedOn", Date.valueOf(p.decidedOn())).param("dueBy", Date.valueOf(p.dueBy()))
                .param("title", p.title()).param("party", p.partyName()).param("number", p.number())
                .param("original", p.originalText()).param("masked", p.maskedText()).param("findings", p.findings())
                .param("marks", json.writeValueAsString(p.manualMarks())).param("revision", p.revision())
                .param("enteredBy", p.enteredBy()).param("now", p.createdAt()).update();
        analysis.changed(p.caseId());
    }

    /**
     * Writes the publication's state, guarded by its version (a concurrent act on it is refused, not lost);
     * {@code publicChange} also moves {@code public_changed_at}, from which search indexes catch up.
     */
    boolean update(Publication p, OffsetDateTime now, boolean publicChange) {
        boolean updated = jdbc.sql("""
                UPDATE publication SET status = :status, reason = :reason, reason_code = :reasonCode, title = :title,
                       party_name = :party, original_text = :original, masked_text = :masked, findings = :findings,
                       manual_marks = :marks, revision = :revision, reviewed_by = :reviewedBy,
                       released_by = :releasedBy, published_on = :publishedOn, published_at = :publishedAt,
                       expires_on = :expiresOn, change_kind = :changeKind, change_cause = :changeCause,
                       change_reported_on = :changeReportedOn, change_due_by = :changeDueBy,
                       withdrawn_on = :withdrawnOn, updated_at = :now, version = version + 1,
                       public_changed_at = CASE WHEN :publicChange THEN :now ELSE public_changed_at END
                WHERE id = :id AND version = :version""").param("id", p.id()).param("version", p.version())
                .param("status", p.status().name()).param("reason", p.reason()).param("reasonCode", p.reasonCode())
                .param("title", p.title()).param("party", p.partyName()).param("original", p.originalText())
                .param("masked", p.maskedText()).param("findings", p.findings())
                .param("marks", json.writeValueAsString(p.manualMarks())).param("revision", p.revision())
                .param("reviewedBy", p.reviewedBy()).param("releasedBy", p.releasedBy())
                .param("publishedOn", date(p.publishedOn())).param("publishedAt", p.publishedAt())
                .param("expiresOn", date(p.expiresOn()))
                .param("changeKind", p.changeKind() == null ? null : p.changeKind().name())
                .param("changeCause", p.changeCause()).param("changeReportedOn", date(p.changeReportedOn()))
                .param("changeDueBy", date(p.changeDueBy())).param("withdrawnOn", date(p.withdrawnOn()))
                .param("now", now).param("publicChange", publicChange).update() == 1;
        if (updated) {
            analysis.changed(p.caseId());
        }
        return updated;
    }

    Optional<Publication> byId(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE id = :id").param("id", id).query(this::map)
                .optional();
    }

    Optional<Publication> byDocument(String documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE document_id = :id").param("id", documentId)
                .query(this::map).optional();
    }

    List<Publication> ofCase(String caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE case_id = :id ORDER BY created_at, id")
                .param("id", caseId).query(this::map).list();
    }

    /** The publications of the agencies in a status (all statuses when null), soonest due first. */
    List<Publication> search(Collection<String> agencyIds, PublicationStatus status, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE agency_id IN (:agencies)"
                + " AND (CAST(:status AS VARCHAR(12)) IS NULL OR status = :status)"
                + " ORDER BY due_by, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("agencies", agencyIds).param("status", status == null ? null : status.name())
                .param("offset", (long) page * size).param("size", size).query(this::map).list();
    }

    long count(Collection<String> agencyIds, PublicationStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM publication WHERE agency_id IN (:agencies)"
                + " AND (CAST(:status AS VARCHAR(12)) IS NULL OR status = :status)").param("agencies", agencyIds)
                .param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    /** Published publications whose retention ended before the day. */
    List<String> expiring(LocalDate today, int limit) {
        return jdbc.sql("SELECT id FROM publication WHERE status = 'PUBLISHED' AND expires_on < :today"
                + " ORDER BY expires_on, id FETCH FIRST :limit ROWS ONLY").param("today", Date.valueOf(today))
                .param("limit", limit).query(String.class).list();
    }

    /** Ids of published publications after an id, in id order: the re-scan pages through them. */
    List<String> publishedAfter(String afterId, int limit) {
        return jdbc.sql("SELECT id FROM publication WHERE status = 'PUBLISHED' AND id > :after ORDER BY id"
                + " FETCH FIRST :limit ROWS ONLY").param("after", afterId).param("limit", limit).query(String.class)
                .list();
    }

    /** Publications of the agencies needing an act: pending ones and reported changes, soonest due first. */
    List<Publication> needingAct(Collection<String> agencyIds, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM publication WHERE agency_id IN (:agencies)"
                + " AND (status = 'PENDING' OR change_kind IS NOT NULL) ORDER BY due_by, id"
                + " FETCH FIRST :limit ROWS ONLY").param("agencies", agencyIds).param("limit", limit)
                .query(this::map).list();
    }

    /** What a warning needs of a publication whose release or change is due: never its texts. */
    record Due(String id, String agencyId, String number, String partyName, LocalDate due, ChangeKind changeKind) {
    }

    /**
     * The pending publications of the agencies due by {@code by}, earliest first, at most {@code limit}: a range of
     * the (agency, status, due day) index per agency (H2 reads a list of agencies as every row of each).
     */
    List<Due> releasesDueBy(Collection<String> agencyIds, LocalDate by, int limit) {
        List<Due> all = new ArrayList<>();
        for (String agencyId : agencyIds) {
            all.addAll(jdbc.sql("SELECT id, agency_id, number, party_name, due_by AS due, NULL AS change_kind"
                    + " FROM publication WHERE agency_id = :agency AND status = 'PENDING' AND due_by <= :by"
                    + " ORDER BY due_by, id FETCH FIRST :limit ROWS ONLY").param("agency", agencyId)
                    .param("by", Date.valueOf(by)).param("limit", limit).query(this::due).list());
        }
        return earliest(all, limit);
    }

    /** The reported changes of the agencies' publications to be followed by {@code by}, earliest first. */
    List<Due> changesDueBy(Collection<String> agencyIds, LocalDate by, int limit) {
        return earliest(jdbc.sql("SELECT id, agency_id, number, party_name, change_due_by AS due, change_kind"
                + " FROM publication WHERE change_due_by <= :by AND change_kind IS NOT NULL"
                + " AND agency_id IN (:agencies) ORDER BY change_due_by, id FETCH FIRST :limit ROWS ONLY")
                .param("agencies", agencyIds).param("by", Date.valueOf(by)).param("limit", limit).query(this::due)
                .list(), limit);
    }

    private static List<Due> earliest(List<Due> all, int limit) {
        return all.stream().sorted(java.util.Comparator.comparing(Due::due).thenComparing(Due::id)).limit(limit)
                .toList();
    }

    private Due due(ResultSet rs, int n) throws SQLException {
        String change = rs.getString("change_kind");
        return new Due(rs.getString("id"), rs.getString("agency_id"), rs.getString("number"),
                rs.getString("party_name"), rs.getDate("due").toLocalDate(),
                change == null ? null : ChangeKind.valueOf(change));
    }

    // ---------------------------------------------------------------- revisions

    void insertRevision(String publicationId, int revision, String masked, String original, String note,
            String by, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO publication_revision (publication_id, revision, masked_text, original_text, note,
                       recorded_by, recorded_at)
                VALUES (:id, :revision, :masked, :original, :note, :by, :at)""").param("id", publicationId)
                .param("revision", revision).param("masked", masked).param("original", original).param("note", note)
                .param("by", by).param("at", at).update();
    }

    List<PublicationRevision> revisions(String publicationId) {
        return jdbc.sql("SELECT revision, masked_text, original_text, note, recorded_by, recorded_at"
                + " FROM publication_revision WHERE publication_id = :id ORDER BY revision").param("id", publicationId)
                .query((rs, n) -> new PublicationRevision(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    // ---------------------------------------------------------------- settings

    Optional<PublicationSetting> setting(String agencyId, String actType) {
        return jdbc.sql("SELECT agency_id, act_type, published, excluded_penalty_kinds, retention_months,"
                + " small_retention_months, small_fine_limit, releaser_officer_ids FROM publication_setting"
                + " WHERE agency_id = :agency AND act_type = :type").param("agency", agencyId).param("type", actType)
                .query((rs, n) -> new PublicationSetting(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        split(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getBigDecimal(7),
                        split(rs.getString(8))))
                .optional();
    }

    void saveSetting(PublicationSetting s, String by, OffsetDateTime now) {
        int updated = jdbc.sql("""
                UPDATE publication_setting SET published = :published, excluded_penalty_kinds = :excluded,
                       retention_months = :retention, small_retention_months = :small, small_fine_limit = :limit,
                       releaser_officer_ids = :releasers, updated_by = :by, updated_at = :now
                WHERE agency_id = :agency AND act_type = :type""").param("agency", s.agencyId())
                .param("type", s.actType()).param("published", s.published())
                .param("excluded", String.join(",", s.excludedPenaltyKinds()))
                .param("retention", s.retentionMonths()).param("small", s.smallRetentionMonths())
                .param("limit", s.smallFineLimit()).param("releasers", String.join(",", s.releaserOfficerIds()))
                .param("by", by).param("now", now).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO publication_setting (agency_id, act_type, published, excluded_penalty_kinds,
                           retention_months, small_retention_months, small_fine_limit, releaser_officer_ids,
                           updated_by, updated_at)
                    VALUES (:agency, :type, :published, :excluded, :retention, :small, :limit, :releasers, :by,
                           :now)""").param("agency", s.agencyId()).param("type", s.actType())
                    .param("published", s.published()).param("excluded", String.join(",", s.excludedPenaltyKinds()))
                    .param("retention", s.retentionMonths()).param("small", s.smallRetentionMonths())
                    .param("limit", s.smallFineLimit()).param("releasers", String.join(",", s.releaserOfficerIds()))
                    .param("by", by).param("now", now).update();
        }
    }

    // ---------------------------------------------------------------- alerts

    void insertAlert(String id, Publication p, String findings, OffsetDateTime at) {
        jdbc.sql("INSERT INTO publication_alert (id, publication_id, agency_id, found_at, findings)"
                + " VALUES (:id, :publication, :agency, :at, :findings)").param("id", id).param("publication", p.id())
                .param("agency", p.agencyId()).param("at", at).param("findings", findings).update();
    }

    /** The open alert of a publication, if any: its findings as text. */
    Optional<String> openAlert(String publicationId) {
        return jdbc.sql("SELECT findings FROM publication_alert WHERE publication_id = :id AND resolved_at IS NULL")
                .param("id", publicationId).query(String.class).optional();
    }

    void resolveAlerts(String publicationId, String by, OffsetDateTime at) {
        jdbc.sql("UPDATE publication_alert SET resolved_at = :at, resolved_by = :by WHERE publication_id = :id"
                + " AND resolved_at IS NULL").param("id", publicationId).param("by", by).param("at", at).update();
    }

    long openAlerts(Collection<String> agencyIds) {
        return jdbc.sql("SELECT COUNT(*) FROM publication_alert WHERE agency_id IN (:agencies)"
                + " AND resolved_at IS NULL").param("agencies", agencyIds).query(Long.class).single();
    }

    // ---------------------------------------------------------------- mapping

    private Publication map(ResultSet rs, int n) throws SQLException {
        String change = rs.getString("change_kind");
        return new Publication(rs.getString("id"), rs.getString("case_id"), rs.getString("document_id"),
                rs.getString("agency_id"), rs.getString("agency_name"), rs.getString("act_type"),
                rs.getString("decision_type"), rs.getString("penalty_kinds"),
                PublicationStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getString("reason_code"), local(rs, "decided_on"), local(rs, "due_by"), rs.getString("title"),
                rs.getString("party_name"), rs.getString("number"), rs.getString("original_text"),
                rs.getString("masked_text"), rs.getString("findings"),
                json.readValue(rs.getString("manual_marks"), new TypeReference<List<String>>() {
                }), rs.getInt("revision"), rs.getString("entered_by"), rs.getString("reviewed_by"),
                rs.getString("released_by"), local(rs, "published_on"),
                rs.getObject("published_at", OffsetDateTime.class), local(rs, "expires_on"),
                change == null ? null : ChangeKind.valueOf(change), rs.getString("change_cause"),
                local(rs, "change_reported_on"), local(rs, "change_due_by"), local(rs, "withdrawn_on"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getInt("version"));
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::strip).toList();
    }

    static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
