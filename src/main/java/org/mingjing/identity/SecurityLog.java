package org.mingjing.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.mingjing.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security audit log: sign-ins, failures, lockouts, denials and administrators' changes. It only grows;
 * the database refuses updates and deletes (see the vendor migrations), and records are kept at least six
 * months (网络安全法第二十一条) — the product never deletes them.
 */
@Repository
public class SecurityLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    SecurityLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Writes a record in its own transaction, so a refused request still leaves its trace. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String agencyId, String type, String subject, String detail,
            String remoteAddress) {
        jdbc.sql("""
                INSERT INTO security_event (occurred_at, username, agency_id, event_type, subject, detail, remote_address)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC), cut(username, 64), agencyId,
                        type, cut(subject, 200), cut(detail, 1000), cut(remoteAddress, 64))
                .update();
    }

    public Paged<SecurityEvent> page(Collection<String> agencyIds, String type, String username, int page, int size) {
        Paged.checkBounds(page, size);
        String where = " WHERE (agency_id IN (:agencies) OR agency_id IS NULL)"
                + (type == null || type.isBlank() ? "" : " AND event_type = :type")
                + (username == null || username.isBlank() ? "" : " AND username = :username");
        var params = new java.util.HashMap<String, Object>();
        params.put("agencies", agencyIds.isEmpty() ? List.of("-") : agencyIds);
        if (type != null && !type.isBlank()) {
            params.put("type", type);
        }
        if (username != null && !username.isBlank()) {
            params.put("username", username);
        }
        List<SecurityEvent> items = jdbc.sql("SELECT * FROM security_event" + where
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset").params(withPage(params, page, size))
                .query((rs, row) -> new SecurityEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("username"),
                        rs.getString("agency_id"), rs.getString("event_type"), rs.getString("subject"),
                        rs.getString("detail"), rs.getString("remote_address")))
                .list();
        long total = jdbc.sql("SELECT COUNT(*) FROM security_event" + where).params(params).query(Long.class)
                .single();
        return new Paged<>(items, total);
    }

    private static java.util.Map<String, Object> withPage(java.util.Map<String, Object> params, int page, int size) {
        var copy = new java.util.HashMap<>(params);
        copy.put("limit", size);
        copy.put("offset", (long) page * size);
        return copy;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
