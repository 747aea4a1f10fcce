package org.mingjing.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All agencies, stored in table {@code agency}. */
@Repository
class Agencies {

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Agency> all() {
        return jdbc.sql("SELECT * FROM agency ORDER BY region_code, name").query(Agencies::map).list();
    }

    Optional<Agency> byId(String id) {
        return jdbc.sql("SELECT * FROM agency WHERE id = ?").param(id).query(Agencies::map).optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM agency").query(Long.class).single();
    }

    void insert(Agency a, String actor) {
        jdbc.sql("""
                INSERT INTO agency (id, name, short_name, parent_id, level, credit_code, region_code,
                  qualification_basis, address, phone, reconsideration_body, court, updated_at, updated_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(a.id(), a.name(), a.shortName(), a.parentId(), a.level().name(), a.creditCode(),
                        a.regionCode(), a.qualificationBasis(), a.address(), a.phone(), a.reconsiderationBody(),
                        a.court(), OffsetDateTime.now(), actor)
                .update();
    }

    /** Updates the descriptive fields, refusing a stale version (optimistic locking). */
    boolean update(Agency a, String actor) {
        return jdbc.sql("""
                UPDATE agency SET name = ?, short_name = ?, credit_code = ?, qualification_basis = ?, address = ?,
                  phone = ?, reconsideration_body = ?, court = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(a.name(), a.shortName(), a.creditCode(), a.qualificationBasis(), a.address(), a.phone(),
                        a.reconsiderationBody(), a.court(), OffsetDateTime.now(), actor, a.id(), a.version())
                .update() == 1;
    }

    private static Agency map(ResultSet rs, int row) throws SQLException {
        return new Agency(rs.getString("id"), rs.getString("name"), rs.getString("short_name"),
                rs.getString("parent_id"), AgencyLevel.valueOf(rs.getString("level")), rs.getString("credit_code"),
                rs.getString("region_code"), rs.getString("qualification_basis"), rs.getString("address"),
                rs.getString("phone"), rs.getString("reconsideration_body"), rs.getString("court"),
                rs.getInt("version"));
    }
}
