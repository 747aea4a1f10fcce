package org.mingjing.publicity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mingjing.organization.Organization;
import org.mingjing.shared.Caller;
import org.mingjing.shared.ProblemException;
import org.mingjing.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the push to the province's platform (seed §二(一)7) stands, for those who answer for it: agency heads (their
 * agency), supervisors (their agency and those below it) and the system administrator (every message, those of
 * publications since removed too). A message belongs to the agency of its publication.
 */
@Component
public class PushHealth {

    private final JdbcClient jdbc;
    private final PushSettings settings;
    private final Organization organization;
    private final Clock clock;

    PushHealth(JdbcClient jdbc, PushSettings settings, Organization organization, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * The outbox within a caller's reach.
     *
     * @param enabled whether an endpoint is configured (without one, messages wait and none is stuck)
     * @param pending messages not yet delivered
     * @param delivered messages the platform acknowledged
     * @param failing undelivered messages tried at least once without success
     * @param stuck undelivered messages older than {@code stuck-after} (only while the push is on)
     * @param oldestPendingAt when the oldest undelivered message was queued, or null
     * @param lastError the error of the oldest undelivered message that has one: the one that has waited longest
     */
    public record Status(boolean enabled, long pending, long delivered, long failing, long stuck,
            OffsetDateTime oldestPendingAt, String lastError) {
    }

    /** The status within the caller's reach; 403 for anyone but heads, supervisors and the system administrator. */
    public Status statusFor(Caller caller) {
        if (!mayWatch(caller)) {
            throw ProblemException.forbidden("publicity.push.problem.forbidden");
        }
        Scope scope = scopeOf(caller);
        Map<String, Object> p = new HashMap<>(scope.params());
        p.put("before", stuckBefore());
        Map<String, Object> row = jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN o.delivered_at IS NULL THEN 1 ELSE 0 END), 0) AS pending,
                       COALESCE(SUM(CASE WHEN o.delivered_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS delivered,
                       COALESCE(SUM(CASE WHEN o.delivered_at IS NULL AND o.attempts > 0 THEN 1 ELSE 0 END), 0) AS failing,
                       COALESCE(SUM(CASE WHEN o.delivered_at IS NULL AND o.created_at < :before THEN 1 ELSE 0 END), 0)
                           AS stuck
                FROM publication_outbox o""" + scope.join()).params(p).query().singleRow();
        List<OffsetDateTime> oldest = jdbc.sql("SELECT MIN(o.created_at) FROM publication_outbox o" + scope.join()
                + " WHERE o.delivered_at IS NULL").params(scope.params()).query(OffsetDateTime.class).list();
        List<String> error = jdbc.sql("SELECT o.last_error FROM publication_outbox o" + scope.join()
                + " WHERE o.delivered_at IS NULL AND o.last_error IS NOT NULL ORDER BY o.created_at, o.id LIMIT 1")
                .params(scope.params()).query(String.class).list();
        return new Status(settings.enabled(), number(row.get("pending")), number(row.get("delivered")),
                number(row.get("failing")), settings.enabled() ? number(row.get("stuck")) : 0,
                oldest.isEmpty() ? null : oldest.get(0), error.isEmpty() ? null : error.get(0));
    }

    /** How many messages within the caller's reach are stuck (0 while the push is off, or for other roles). */
    long stuckFor(Caller caller) {
        if (!settings.enabled() || !mayWatch(caller)) {
            return 0;
        }
        Scope scope = scopeOf(caller);
        Map<String, Object> p = new HashMap<>(scope.params());
        p.put("before", stuckBefore());
        return jdbc.sql("SELECT COUNT(*) FROM publication_outbox o" + scope.join()
                + " WHERE o.delivered_at IS NULL AND o.created_at < :before").params(p).query(Long.class).single();
    }

    static boolean mayWatch(Caller caller) {
        return caller.has(Role.HEAD) || caller.has(Role.SUPERVISOR) || caller.has(Role.SYSADMIN);
    }

    private OffsetDateTime stuckBefore() {
        return OffsetDateTime.now(clock).minus(settings.stuckAfter());
    }

    /** The caller's reach as a join on the publication's agency, or nothing for the system administrator. */
    private Scope scopeOf(Caller caller) {
        if (caller.has(Role.SYSADMIN)) {
            return new Scope("", Map.of());
        }
        Set<String> agencies = organization.visibleAgencyIds(caller);
        return new Scope(" JOIN publication p ON p.id = o.publication_id AND p.agency_id IN (:agencies)",
                Map.of("agencies", agencies));
    }

    private record Scope(String join, Map<String, Object> params) {
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
