package org.mingjing.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All officers, stored in table {@code officer}. Every list query is bounded by a set of agency ids. */
@Repository
class Officers {

    private final JdbcClient jdbc;

    Officers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Officer> byId(String id) {
        return jdbc.sql("SELECT * FROM officer WHERE id = ?").param(id).query(Officers::map).optional();
    }

    Optional<Officer> byCertificateNumber(String number) {
        return jdbc.sql("SELECT * FROM officer WHERE certificate_number = ?").param(number).query(Officers::map)
                .optional();
    }

    boolean idNumberTaken(String idNumber, String exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM officer WHERE id_number = ? AND id <> ?").params(idNumber, exceptId)
                .query(Long.class).single() > 0;
    }

    boolean certificateTaken(String number, String exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM officer WHERE certificate_number = ? AND id <> ?")
                .params(number, exceptId).query(Long.class).single() > 0;
    }

    List<Officer> ofAgency(String agencyId) {
        return jdbc.sql("SELECT * FROM officer WHERE agency_id = ? ORDER BY certificate_number").param(agencyId)
                .query(Officers::map).list();
    }

    /** Officers whose certificate expires between the two days, within the given agencies. */
    List<Officer> expiringBetween(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT * FROM officer WHERE agency_id IN (:agencies) AND status = 'ACTIVE'
                  AND certificate_valid_until BETWEEN :from AND :to ORDER BY certificate_valid_until""")
                .param("agencies", agencyIds).param("from", from).param("to", to).query(Officers::map).list();
    }

    /** A page of officers of the given agencies whose name, post or certificate number contains {@code q}. */
    List<Officer> search(Collection<String> agencyIds, String q, OfficerStatus status, int page, int size) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM officer WHERE " + where(q, status)
                + " ORDER BY agency_id, certificate_number LIMIT :limit OFFSET :offset")
                .params(paged(params(agencyIds, q, status), page, size)).query(Officers::map).list();
    }

    long count(Collection<String> agencyIds, String q, OfficerStatus status) {
        if (agencyIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT COUNT(*) FROM officer WHERE " + where(q, status)).params(params(agencyIds, q, status))
                .query(Long.class).single();
    }

    private static String where(String q, OfficerStatus status) {
        List<String> clauses = new ArrayList<>();
        clauses.add("agency_id IN (:agencies)");
        if (q != null && !q.isBlank()) {
            clauses.add("(name LIKE :q OR post LIKE :q OR certificate_number LIKE :q OR area LIKE :q)");
        }
        if (status != null) {
            clauses.add("status = :status");
        }
        return String.join(" AND ", clauses);
    }

    private static java.util.Map<String, Object> params(Collection<String> agencyIds, String q, OfficerStatus status) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("agencies", agencyIds);
        if (q != null && !q.isBlank()) {
            params.put("q", "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (status != null) {
            params.put("status", status.name());
        }
        return params;
    }

    private static java.util.Map<String, Object> paged(java.util.Map<String, Object> params, int page, int size) {
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return params;
    }

    void insert(Officer o, String actor) {
        jdbc.sql("""
                INSERT INTO officer (id, agency_id, name, post, id_number, phone, certificate_number,
                  certificate_issuer, certificate_valid_from, certificate_valid_until, area, fields, status,
                  legal_reviewer, legal_qualification_number, review_started_on, updated_at, updated_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(o.id(), o.agencyId(), o.name(), o.post(), o.idNumber(), o.phone(), o.certificateNumber(),
                        o.certificateIssuer(), o.certificateValidFrom(), o.certificateValidUntil(), o.area(),
                        o.fields(), o.status().name(), o.legalReviewer(), o.legalQualificationNumber(),
                        o.reviewStartedOn(), OffsetDateTime.now(), actor)
                .update();
    }

    /** Saves every field but the agency, refusing a stale version (optimistic locking). */
    boolean update(Officer o, String actor) {
        return jdbc.sql("""
                UPDATE officer SET name = ?, post = ?, id_number = ?, phone = ?, certificate_number = ?,
                  certificate_issuer = ?, certificate_valid_from = ?, certificate_valid_until = ?, area = ?, fields = ?,
                  status = ?, legal_reviewer = ?, legal_qualification_number = ?, review_started_on = ?,
                  updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(o.name(), o.post(), o.idNumber(), o.phone(), o.certificateNumber(), o.certificateIssuer(),
                        o.certificateValidFrom(), o.certificateValidUntil(), o.area(), o.fields(), o.status().name(),
                        o.legalReviewer(), o.legalQualificationNumber(), o.reviewStartedOn(), OffsetDateTime.now(),
                        actor, o.id(), o.version())
                .update() == 1;
    }

    private static Officer map(ResultSet rs, int row) throws SQLException {
        return new Officer(rs.getString("id"), rs.getString("agency_id"), rs.getString("name"), rs.getString("post"),
                rs.getString("id_number"), rs.getString("phone"), rs.getString("certificate_number"),
                rs.getString("certificate_issuer"), rs.getObject("certificate_valid_from", LocalDate.class),
                rs.getObject("certificate_valid_until", LocalDate.class), rs.getString("area"), rs.getString("fields"),
                OfficerStatus.valueOf(rs.getString("status")), rs.getBoolean("legal_reviewer"),
                rs.getString("legal_qualification_number"), rs.getObject("review_started_on", LocalDate.class),
                rs.getInt("version"));
    }
}
