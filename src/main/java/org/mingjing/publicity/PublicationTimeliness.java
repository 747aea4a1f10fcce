package org.mingjing.publicity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.time.YearMonth;

import org.mingjing.shared.AgencyMonth;
import org.mingjing.shared.AnalyticQueries;
import org.mingjing.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the decisions of some agencies reached the public in time (事后公开, seed §二(一)4: 7 working days after a
 * 行政处罚 or 行政许可 decision, 20 after others; the deadline {@code due_by} was worked out on the statutory calendar
 * when the publication was made), counted in the database per act type and month of the decision. A publication is
 * on time when it was released on or before its last day (LAW.md §1: "the act is on time if done on or before it"),
 * late when after; one not yet released is overdue once its last day has passed ({@code today} after it) and pending
 * before; one the law or the agency's setting keeps from the public (a minor, LAW.md §4) is not published. A
 * publication withdrawn or expired since counts by its release.
 */
@Component
public class PublicationTimeliness {

    /** What became of a publication against its deadline. */
    public enum Outcome {
        ON_TIME, LATE, OVERDUE, PENDING, NOT_PUBLISHED
    }

    /** The publications of one act type whose decision fell in one month, with one outcome. */
    public record Count(String actType, int year, int month, Outcome outcome, long publications) {
    }

    private final JdbcClient jdbc;
    private final AnalyticQueries queries;

    PublicationTimeliness(JdbcClient jdbc, AnalyticQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * The publications of the agencies whose decision day is in the period (both days included), and, if
     * {@code matterCode} is not null, whose case is of that matter (read from the case's row).
     */
    @Transactional(readOnly = true)
    public List<Count> count(Collection<String> agencyIds, LocalDate from, LocalDate to, String matterCode,
            LocalDate today) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        queries.withoutJit();
        Map<String, Object> p = new HashMap<>();
        String matter = where(p, agencyIds, from, to, matterCode, today);
        return jdbc.sql("SELECT x.act_type, x.y, x.m, x.outcome, COUNT(*) AS n FROM (SELECT p.act_type, "
                + "EXTRACT(YEAR FROM p.decided_on) AS y, EXTRACT(MONTH FROM p.decided_on) AS m, CASE "
                + "WHEN p.published_on IS NOT NULL AND p.published_on <= p.due_by THEN 'ON_TIME' "
                + "WHEN p.published_on IS NOT NULL THEN 'LATE' "
                + "WHEN p.status = 'BLOCKED' THEN 'NOT_PUBLISHED' "
                + "WHEN p.due_by < :today THEN 'OVERDUE' ELSE 'PENDING' END AS outcome "
                + "FROM publication p WHERE" + matter
                + ") x GROUP BY x.act_type, x.y, x.m, x.outcome").params(p)
                .query((rs, n) -> new Count(rs.getString("act_type"), rs.getInt("y"), rs.getInt("m"),
                        Outcome.valueOf(rs.getString("outcome")), rs.getLong("n"))).list();
    }

    /**
     * The earliest last day, not before {@code today}, of a publication of the period that is still pending: from the
     * day after it, {@link #count} counts that publication as overdue instead, so counts kept from today are right
     * until then. Null when no publication of the period is pending.
     */
    @Transactional(readOnly = true)
    public LocalDate pendingUntil(Collection<String> agencyIds, LocalDate from, LocalDate to, String matterCode,
            LocalDate today) {
        if (agencyIds.isEmpty()) {
            return null;
        }
        Map<String, Object> p = new HashMap<>();
        String where = where(p, agencyIds, from, to, matterCode, today);
        return jdbc.sql("SELECT MIN(p.due_by) FROM publication p WHERE" + where
                + " AND p.published_on IS NULL AND p.status <> 'BLOCKED' AND p.due_by >= :today")
                .params(p).query(LocalDate.class).optional().orElse(null);
    }

    /** The months, with their agency, of the decisions of the cases' publications: where {@link #count} counts them. */
    @Transactional(readOnly = true)
    public Set<AgencyMonth> decidedMonths(Collection<String> caseIds) {
        Set<AgencyMonth> months = new HashSet<>();
        Chunks.of(caseIds, ids -> jdbc.sql("SELECT DISTINCT agency_id, decided_on FROM publication"
                + " WHERE case_id IN (:ids)").param("ids", ids).query(rs -> {
                    months.add(new AgencyMonth(rs.getString("agency_id"),
                            YearMonth.from(rs.getDate("decided_on").toLocalDate())));
                }));
        return months;
    }

    /**
     * The condition on the publications of the agencies decided in the period and, if not null, of the matter (read
     * from the case's row), with its parameters put in {@code p}.
     */
    private static String where(Map<String, Object> p, Collection<String> agencyIds, LocalDate from, LocalDate to,
            String matterCode, LocalDate today) {
        p.put("a", agencyIds);
        p.put("from", from);
        p.put("to", to);
        p.put("today", today);
        String where = " p.agency_id IN (:a) AND p.decided_on BETWEEN :from AND :to";
        if (matterCode != null) {
            p.put("m", matterCode);
            where += " AND EXISTS (SELECT 1 FROM case_file c WHERE c.id = p.case_id AND c.matter_code = :m)";
        }
        return where;
    }
}
