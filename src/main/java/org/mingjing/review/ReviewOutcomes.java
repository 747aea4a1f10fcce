package org.mingjing.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mingjing.shared.AgencyMonth;
import org.mingjing.shared.AnalyticQueries;
import org.mingjing.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * How the legal reviews of major decisions (法制审核, seed §二(三), 行政处罚法第五十八条) of some agencies went, for the
 * analysis dashboard: each review by where it stands now and by the month it was first submitted (China Standard
 * Time), counted in the database; how many calendar days a passed review took from its first submission to the pass;
 * and the written opinions (书面审核意见, one per round) by verdict and the problems they found per area of review
 * content (seed §二(三)3).
 */
@Component
public class ReviewOutcomes {

    /** Where a review stands: passed in its first round, passed after being sent back, or still open. */
    public enum Outcome {
        APPROVED_FIRST_ROUND, APPROVED_AFTER_RETURN, RETURNED, PENDING, COORDINATING
    }

    /** The reviews first submitted in one month that stand at one outcome. */
    public record Count(int year, int month, Outcome outcome, long reviews) {
    }

    /**
     * The reviews of the period, the days from first submission to a pass ({@code days} → reviews), the opinions
     * per verdict and the areas found wanting (an opinion that finds problems in two areas counts in both). The
     * opinions counted are those of the cases whose first review was submitted in the period, so that each case's
     * opinions count in one month only, however many reviews it had.
     */
    public record Outcomes(List<Count> counts, Map<Integer, Long> daysToApproval, Map<Verdict, Long> opinions,
            Map<ReviewArea, Long> problemsByArea) {

        /** Every verdict, with no opinion yet. */
        public static Map<Verdict, Long> noOpinions() {
            Map<Verdict, Long> opinions = new EnumMap<>(Verdict.class);
            for (Verdict v : Verdict.values()) {
                opinions.put(v, 0L);
            }
            return opinions;
        }

        /** Every area of review, with no problem found yet. */
        public static Map<ReviewArea, Long> noProblems() {
            Map<ReviewArea, Long> areas = new EnumMap<>(ReviewArea.class);
            for (ReviewArea a : ReviewArea.values()) {
                areas.put(a, 0L);
            }
            return areas;
        }
    }

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** What the text of an opinion with the verdict holds ({@code LIKE} pattern). */
    static String verdictPattern(Verdict v) {
        return "%\"verdict\":\"" + v.name() + "\"%";
    }

    /** What the text of an opinion finding a problem in the area holds ({@code LIKE} pattern). */
    static String problemPattern(ReviewArea a) {
        return "%{\"area\":\"" + a.name() + "\",\"ok\":false%";
    }

    private final JdbcClient jdbc;
    private final AnalyticQueries queries;

    ReviewOutcomes(JdbcClient jdbc, AnalyticQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /**
     * The reviews of the agencies first submitted in the period (both days included, China Standard Time), and, if
     * {@code matterCode} is not null, of cases of that matter (read from the case's row).
     */
    @Transactional(readOnly = true)
    public Outcomes count(Collection<String> agencyIds, LocalDate from, LocalDate to, String matterCode) {
        Map<Integer, Long> days = new TreeMap<>();
        Map<Verdict, Long> opinions = Outcomes.noOpinions();
        Map<ReviewArea, Long> areas = Outcomes.noProblems();
        if (agencyIds.isEmpty()) {
            return new Outcomes(List.of(), days, opinions, areas);
        }
        queries.withoutJit();
        Map<String, Object> p = new HashMap<>();
        p.put("a", agencyIds);
        p.put("from", from.atStartOfDay(CHINA).toOffsetDateTime());
        p.put("until", to.plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
        String where = " r.agency_id IN (:a) AND r.submitted_at >= :from AND r.submitted_at < :until";
        if (matterCode != null) {
            p.put("m", matterCode);
            where += " AND EXISTS (SELECT 1 FROM case_file c WHERE c.id = r.case_id AND c.matter_code = :m)";
        }
        List<Count> counts = jdbc.sql("SELECT x.y, x.m, x.outcome, COUNT(*) AS n FROM (SELECT "
                + "EXTRACT(YEAR FROM r.submitted_at AT TIME ZONE 'Asia/Shanghai') AS y, "
                + "EXTRACT(MONTH FROM r.submitted_at AT TIME ZONE 'Asia/Shanghai') AS m, CASE "
                + "WHEN r.status = 'APPROVED' AND r.round = 1 THEN 'APPROVED_FIRST_ROUND' "
                + "WHEN r.status = 'APPROVED' THEN 'APPROVED_AFTER_RETURN' ELSE r.status END AS outcome "
                + "FROM legal_review r WHERE" + where + ") x GROUP BY x.y, x.m, x.outcome").params(p)
                .query((rs, n) -> new Count(rs.getInt("y"), rs.getInt("m"), Outcome.valueOf(rs.getString("outcome")),
                        rs.getLong("n"))).list();
        jdbc.sql("SELECT x.d, COUNT(*) AS n FROM (SELECT CAST(r.approved_on - CAST(r.submitted_at AT TIME ZONE "
                + "'Asia/Shanghai' AS DATE) AS INT) AS d FROM legal_review r WHERE" + where
                + " AND r.approved_on IS NOT NULL) x GROUP BY x.d").params(p)
                .query(rs -> {
                    days.merge(rs.getInt("d"), rs.getLong("n"), Long::sum);
                });
        // The opinions are steps of the case (ReviewSteps.OPINION) whose verdict and checks are in its JSON, which
        // this module writes compactly, a record's components in order ({"verdict":"APPROVED",...,"checks":[{"area":
        // "FACTS_EVIDENCE","ok":false,...}]}): they are counted by what their text holds, in the query, rather than
        // read and parsed (28,848 opinions, 14 MB over the generated city). ReviewOutcomesTests keeps the layout.
        StringBuilder sql = new StringBuilder("SELECT");
        for (Verdict v : Verdict.values()) {
            sql.append(" SUM(CASE WHEN s.data LIKE '").append(verdictPattern(v)).append("' THEN 1 ELSE 0 END) AS v_")
                    .append(v.name()).append(',');
        }
        for (ReviewArea a : ReviewArea.values()) {
            sql.append(" SUM(CASE WHEN s.data LIKE '").append(problemPattern(a)).append("' THEN 1 ELSE 0 END) AS a_")
                    .append(a.name()).append(',');
        }
        sql.setLength(sql.length() - 1);
        // From the period's reviews to their cases' opinions (not every opinion tested against the reviews), each
        // case once: through its first review, none of the case's submitted before it.
        sql.append(" FROM legal_review r JOIN case_step s ON s.case_id = r.case_id AND s.kind = '")
                .append(ReviewSteps.OPINION).append("' WHERE").append(where)
                .append(" AND NOT EXISTS (SELECT 1 FROM legal_review e WHERE e.case_id = r.case_id")
                .append(" AND e.submitted_at < r.submitted_at)");
        jdbc.sql(sql.toString()).params(p).query(rs -> {
            for (Verdict v : Verdict.values()) {
                opinions.put(v, rs.getLong("v_" + v.name()));
            }
            for (ReviewArea a : ReviewArea.values()) {
                areas.put(a, rs.getLong("a_" + a.name()));
            }
        });
        return new Outcomes(counts, days, opinions, areas);
    }

    /**
     * The months (China Standard Time), with their agency, in which the cases' reviews were submitted: where
     * {@link #count} counts them and their opinions.
     */
    @Transactional(readOnly = true)
    public Set<AgencyMonth> submittedMonths(Collection<String> caseIds) {
        Set<AgencyMonth> months = new HashSet<>();
        Chunks.of(caseIds, ids -> jdbc.sql("SELECT agency_id, submitted_at FROM legal_review WHERE case_id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    OffsetDateTime at = rs.getObject("submitted_at", OffsetDateTime.class);
                    if (at != null) {
                        months.add(new AgencyMonth(rs.getString("agency_id"),
                                YearMonth.from(at.atZoneSameInstant(CHINA))));
                    }
                }));
        return months;
    }
}
