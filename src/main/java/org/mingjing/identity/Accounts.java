package org.mingjing.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mingjing.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All accounts with their roles, in tables {@code account} and {@code account_role}. */
@Repository
class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> byUsername(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = ?").param(username).query(this::map).optional();
    }

    Optional<Account> byId(String id) {
        return jdbc.sql("SELECT * FROM account WHERE id = ?").param(id).query(this::map).optional();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
    }

    List<Account> ofAgencies(Collection<String> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM account WHERE agency_id IN (:ids) ORDER BY username").param("ids", agencyIds)
                .query(this::map).list();
    }

    Map<String, String> usernamesByOfficer(Collection<String> officerIds) {
        Map<String, String> result = new HashMap<>();
        if (officerIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT officer_id, username FROM account WHERE officer_id IN (:ids)").param("ids", officerIds)
                .query((rs, row) -> result.put(rs.getString(1), rs.getString(2))).list();
        return result;
    }

    Map<String, String> displayNamesByUsername(Collection<String> usernames) {
        Map<String, String> result = new HashMap<>();
        if (usernames.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT username, display_name FROM account WHERE username IN (:names)").param("names", usernames)
                .query((rs, row) -> result.put(rs.getString(1), rs.getString(2))).list();
        return result;
    }

    void insert(Account a, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO account (id, username, display_name, agency_id, officer_id, password_hash,
                  must_change_password, password_changed_at, failed_attempts, locked_until, enabled, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, ?)""")
                .params(a.id(), a.username(), a.displayName(), a.agencyId(), a.officerId(), a.passwordHash(),
                        a.mustChangePassword(), at(a.passwordChangedAt()), a.enabled(), at(now), actor)
                .update();
        for (Role role : a.roles()) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, ?)").params(a.id(), role.name()).update();
        }
    }

    /** Counts one failed sign-in atomically and returns the new count. */
    int recordFailure(String username) {
        jdbc.sql("UPDATE account SET failed_attempts = failed_attempts + 1 WHERE username = ?").param(username).update();
        return jdbc.sql("SELECT failed_attempts FROM account WHERE username = ?").param(username).query(Integer.class)
                .optional().orElse(0);
    }

    void lock(String username, Instant until) {
        jdbc.sql("UPDATE account SET locked_until = ?, failed_attempts = 0 WHERE username = ?")
                .params(at(until), username).update();
    }

    void clearFailures(String username) {
        jdbc.sql("UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND "
                + "(failed_attempts <> 0 OR locked_until IS NOT NULL)").param(username).update();
    }

    void setPassword(String id, String hash, boolean mustChange, Instant now) {
        jdbc.sql("UPDATE account SET password_hash = ?, must_change_password = ?, password_changed_at = ? WHERE id = ?")
                .params(hash, mustChange, at(now), id).update();
    }

    void setEnabled(String id, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = ? WHERE id = ?").params(enabled, id).update();
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("SELECT role FROM account_role WHERE account_id = ?").param(id).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return new Account(id, rs.getString("username"), rs.getString("display_name"), rs.getString("agency_id"),
                rs.getString("officer_id"), roles, rs.getString("password_hash"),
                rs.getBoolean("must_change_password"), instant(rs, "password_changed_at"),
                rs.getInt("failed_attempts"), instant(rs, "locked_until"), rs.getBoolean("enabled"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
