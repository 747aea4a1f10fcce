package org.mingjing.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashSet;

import org.mingjing.shared.AgencyMonth;
import org.mingjing.shared.AnalyticQueries;
import org.mingjing.shared.Chunks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the analysis dashboard (统计分析, seed §二(一)6: "按类别、频次、地点、时段分析"; issue 8) reads of the cases of
 * some agencies: counts grouped in the database, one query per figure, never the cases themselves, each in its own
 * read-only transaction without PostgreSQL's JIT ({@link AnalyticQueries}), so that a caller may run them side by
 * side. The caller decides which agencies may be read (the scope); this only counts.
 *
 * <p>A case belongs to the period by the day it was filed (立案, {@code case_file.filed_on}): every case has one, it is
 * the day the agency took the violation up, and it does not move afterwards — the day of the violation
 * ({@code occurred_on}) may lie years back (a continuing act) and the day of decision is missing for open cases. So
 * each figure counts the same cases: those filed in the period, with whatever has happened to them since.
 */
@Component
public class CaseAnalysis {

    /** The agencies, the period (both days included) and, if not null, the one matter counted. */
    public record Filter(Collection<String> agencyIds, LocalDate from, LocalDate to, String matterCode) {
    }

    /**
     * The cases of one matter of one agency: filed, decided (any decision), decided with a penalty, closed (结案 or
     * archived), and the fines decided (元). The matter's name is the catalogue's (the query reads the index only).
     */
    public record MatterCount(String agencyId, String matterCode, long filed, long decided,
            long penalised, long closed, BigDecimal fines) {
    }

    /** The cases filed in one month: all of them, and those decided so far with a penalty and without one. */
    public record MonthCount(int year, int month, long filed, long penalised, long notPenalised) {
    }

    /** The cases of one place as written on the case ({@code case_file.place}). */
    public record PlaceCount(String place, long cases) {
    }

    /** The cases of one officer: not yet decided, decided but not closed, closed. */
    public record OfficerLoad(String officerId, long open, long decided, long closed) {
    }

    /**
     * How long one stage took: from one act to the next, in calendar days, over the cases that reached both
     * ({@code days} → number of cases); mean and median come from it.
     */
    public record StageDurations(Stage stage, Map<Integer, Long> days) {

        public long cases() {
            return days.values().stream().mapToLong(Long::longValue).sum();
        }

        public double mean() {
            long n = cases();
            if (n == 0) {
                return 0;
            }
            double sum = 0;
            for (Map.Entry<Integer, Long> e : days.entrySet()) {
                sum += (double) e.getKey() * e.getValue();
            }
            return sum / n;
        }

        /** The middle value; for an even count, the mean of the two middle values. */
        public double median() {
            long n = cases();
            if (n == 0) {
                return 0;
            }
            return (nth(Math.floorDiv(n - 1, 2)) + nth(n / 2)) / 2.0;
        }

        private int nth(long index) {
            long seen = 0;
            for (Map.Entry<Integer, Long> e : new TreeMap<>(days).entrySet()) {
                seen += e.getValue();
                if (index < seen) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException();
        }
    }

    /** The stages measured, each between two acts the case records (行政处罚法 Art. 47: 立案、决定、送达、执行、结案). */
    public enum Stage {
        /** 立案 → 决定: the decision day minus the filing day (Art. 60 allows 90 days). */
        FILING_TO_DECISION,
        /** 决定 → 送达: the first service step minus the decision day (Art. 61). */
        DECISION_TO_SERVICE,
        /** 送达 → 履行: the last payment step minus the first service (Art. 67: 15 days to pay a fine). */
        SERVICE_TO_PAYMENT,
        /** 决定 → 结案: the closing day minus the decision day. */
        DECISION_TO_CLOSE,
        /** 立案 → 结案: the whole case. */
        FILING_TO_CLOSE
    }

    /**
     * Filings by ISO weekday (1 Monday … 7 Sunday) and hour (0–23): {@code cells[weekday - 1][hour]}. It counts the
     * moment the filing was recorded ({@code case_file.created_at}) in China Standard Time: the only moment of a case
     * that carries an hour of the day (the violation's day has none), so it shows when the agencies take up cases.
     */
    public record WeekdayHours(long[][] cells) {
    }

    /** China Standard Time, UTC+8 all year: the hour of a moment is read in the agencies' (三门峡). */
    static final int CHINA_OFFSET_SECONDS = 8 * 3600;

    /** Every figure of a filter, read in one transaction. */
    public record Figures(List<MatterCount> matters, List<MonthCount> months, List<PlaceCount> places,
            WeekdayHours weekdayHours, List<OfficerLoad> officers, List<StageDurations> stages) {
    }

    private final JdbcClient jdbc;
    private final AnalyticQueries queries;
    private final Clock clock;

    CaseAnalysis(JdbcClient jdbc, AnalyticQueries queries, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the marks of changed cases

    /**
     * Notes that the case changed (its row, its officers or its steps; the review and publicity modules note the
     * changes of its reviews and publications), in the caller's transaction: the dashboard's stored months that count
     * the case are dropped before the next dashboard is read ({@code analysis_mark}, V18). A mark is a new row every
     * time, never an update, so that dealing with the marks seen can never swallow one written meanwhile.
     */
    public void changed(String caseId) {
        jdbc.sql("INSERT INTO analysis_mark (case_id, marked_at) VALUES (:c, :now)").param("c", caseId)
                .param("now", OffsetDateTime.now(clock)).update();
    }

    /** Marks of changed cases not yet dealt with: their ids and the cases they name, oldest first. */
    public record Marks(List<Long> ids, Set<String> caseIds) {

        public boolean isEmpty() {
            return ids.isEmpty();
        }
    }

    /** Up to {@code limit} of the marks not yet dealt with. */
    public Marks marks(int limit) {
        List<Long> ids = new ArrayList<>();
        Set<String> cases = new HashSet<>();
        jdbc.sql("SELECT id, case_id FROM analysis_mark ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")
                .query(rs -> {
                    ids.add(rs.getLong("id"));
                    cases.add(rs.getString("case_id"));
                });
        return new Marks(ids, cases);
    }

    /** The day of the first filing of any case, if there is a case. */
    public Optional<LocalDate> firstFiledOn() {
        return jdbc.sql("SELECT MIN(filed_on) FROM case_file").query(LocalDate.class).optional();
    }

    /** Whether any case has changed since its marks were last dealt with. */
    public boolean anyMarks() {
        return !jdbc.sql("SELECT id FROM analysis_mark FETCH FIRST 1 ROWS ONLY").query(Long.class).list().isEmpty();
    }

    /** Removes the marks dealt with, by id (not by case: a mark written meanwhile stays). */
    public void clear(Collection<Long> markIds) {
        Chunks.of(markIds, ids -> jdbc.sql("DELETE FROM analysis_mark WHERE id IN (:ids)").param("ids", ids).update());
    }

    /** The month of filing of each of the cases, with its agency: where the case's own figures are counted. */
    public Set<AgencyMonth> filedMonths(Collection<String> caseIds) {
        Set<AgencyMonth> months = new HashSet<>();
        Chunks.of(caseIds, ids -> jdbc.sql("SELECT DISTINCT agency_id, filed_on FROM case_file WHERE id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    months.add(new AgencyMonth(rs.getString("agency_id"),
                            YearMonth.from(rs.getDate("filed_on").toLocalDate())));
                }));
        return months;
    }

    /** Every figure of the filter, one after the other in one read-only transaction. */
    @Transactional(readOnly = true)
    public Figures all(Filter f) {
        return new Figures(byMatter(f), byMonth(f), byPlace(f), byWeekdayHour(f), byOfficer(f), durations(f));
    }

    private static String where(Filter f, Map<String, Object> params) {
        params.put("a", f.agencyIds());
        params.put("from", f.from());
        params.put("to", f.to());
        String sql = " c.agency_id IN (:a) AND c.filed_on BETWEEN :from AND :to";
        if (f.matterCode() != null) {
            params.put("m", f.matterCode());
            sql += " AND c.matter_code = :m";
        }
        return sql;
    }

    /** The cases per agency and matter, with what became of them. */
    @Transactional(readOnly = true)
    public List<MatterCount> byMatter(Filter f) {
        if (f.agencyIds().isEmpty()) {
            return List.of();
        }
        queries.withoutJit();
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("SELECT c.agency_id, c.matter_code, COUNT(*) AS filed, "
                + "COUNT(c.decided_on) AS decided, "
                + "SUM(CASE WHEN c.decision_type = 'PENALTY' THEN 1 ELSE 0 END) AS penalised, "
                + "COUNT(c.closed_on) AS closed, SUM(c.fine_amount) AS fines "
                + "FROM case_file c WHERE" + where(f, p) + " GROUP BY c.agency_id, c.matter_code").params(p)
                .query((rs, n) -> new MatterCount(rs.getString("agency_id"), rs.getString("matter_code"),
                        rs.getLong("filed"), rs.getLong("decided"),
                        rs.getLong("penalised"), rs.getLong("closed"),
                        rs.getBigDecimal("fines") == null ? BigDecimal.ZERO : rs.getBigDecimal("fines")))
                .list();
    }

    /** The cases filed per month of the period (months without cases are absent). */
    @Transactional(readOnly = true)
    public List<MonthCount> byMonth(Filter f) {
        if (f.agencyIds().isEmpty()) {
            return List.of();
        }
        queries.withoutJit();
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("SELECT x.y, x.m, COUNT(*) AS filed, SUM(CASE WHEN x.t = 'PENALTY' THEN 1 ELSE 0 END) AS pen, "
                + "SUM(CASE WHEN x.t IS NOT NULL AND x.t <> 'PENALTY' THEN 1 ELSE 0 END) AS nopen FROM ("
                + "SELECT EXTRACT(YEAR FROM c.filed_on) AS y, EXTRACT(MONTH FROM c.filed_on) AS m, "
                + "c.decision_type AS t FROM case_file c WHERE" + where(f, p) + ") x GROUP BY x.y, x.m "
                + "ORDER BY x.y, x.m").params(p)
                .query((rs, n) -> new MonthCount(rs.getInt("y"), rs.getInt("m"), rs.getLong("filed"),
                        rs.getLong("pen"), rs.getLong("nopen"))).list();
    }

    /** The cases per place as written; {@link Places} reads the county and township of each. */
    @Transactional(readOnly = true)
    public List<PlaceCount> byPlace(Filter f) {
        if (f.agencyIds().isEmpty()) {
            return List.of();
        }
        queries.withoutJit();
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("SELECT c.place, COUNT(*) AS n FROM case_file c WHERE" + where(f, p) + " GROUP BY c.place")
                .params(p).query((rs, n) -> new PlaceCount(rs.getString("place"), rs.getLong("n"))).list();
    }

    /**
     * The filings by weekday and hour of the moment they were recorded (see {@link WeekdayHours}). The hour of the
     * week is worked out from the moment's epoch seconds plus eight hours (China Standard Time has had no daylight
     * saving since 1991): a sum and a remainder per row, which both databases do several times faster than
     * converting every moment to a zone and extracting its weekday and hour.
     */
    @Transactional(readOnly = true)
    public WeekdayHours byWeekdayHour(Filter f) {
        long[][] cells = new long[7][24];
        if (f.agencyIds().isEmpty()) {
            return new WeekdayHours(cells);
        }
        queries.withoutJit();
        Map<String, Object> p = new HashMap<>();
        jdbc.sql("SELECT x.w, COUNT(*) AS n FROM (SELECT MOD(CAST(FLOOR((EXTRACT(EPOCH FROM c.created_at) + "
                + CHINA_OFFSET_SECONDS + ") / 3600) AS BIGINT), 168) AS w FROM case_file c WHERE" + where(f, p)
                + ") x GROUP BY x.w").params(p).query(rs -> {
                    int hourOfWeek = rs.getInt("w");
                    // Hour 0 of the epoch's week in China was Thursday 1970-01-01 00:00, ISO weekday 4.
                    int weekday = (hourOfWeek / 24 + 3) % 7;
                    cells[weekday][hourOfWeek % 24] += rs.getLong("n");
                });
        return new WeekdayHours(cells);
    }

    /** The cases of each officer who acts on one (case_officer), by where the case stands. */
    @Transactional(readOnly = true)
    public List<OfficerLoad> byOfficer(Filter f) {
        if (f.agencyIds().isEmpty()) {
            return List.of();
        }
        queries.withoutJit();
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("SELECT o.officer_id, "
                + "SUM(CASE WHEN c.decided_on IS NULL THEN 1 ELSE 0 END) AS open_cases, "
                + "SUM(CASE WHEN c.decided_on IS NOT NULL AND c.closed_on IS NULL THEN 1 ELSE 0 END) AS decided, "
                + "COUNT(c.closed_on) AS closed FROM case_officer o JOIN case_file c ON c.id = o.case_id WHERE"
                + where(f, p) + " GROUP BY o.officer_id").params(p)
                .query((rs, n) -> new OfficerLoad(rs.getString("officer_id"), rs.getLong("open_cases"),
                        rs.getLong("decided"), rs.getLong("closed"))).list();
    }

    /**
     * The days each stage took, over the cases of the filter that reached its end: two grouped queries, one on the
     * case's own days (filing, decision, closing) and one on the first service and the last payment steps.
     */
    @Transactional(readOnly = true)
    public List<StageDurations> durations(Filter f) {
        Map<Stage, Map<Integer, Long>> days = new java.util.EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            days.put(s, new TreeMap<>());
        }
        if (!f.agencyIds().isEmpty()) {
            queries.withoutJit();
            Map<String, Object> p = new HashMap<>();
            jdbc.sql("SELECT x.fd, x.dc, COUNT(*) AS n FROM (SELECT CAST(c.decided_on - c.filed_on AS INT) AS fd, "
                    + "CAST(c.closed_on - c.decided_on AS INT) AS dc FROM case_file c WHERE" + where(f, p)
                    + " AND c.decided_on IS NOT NULL) x GROUP BY x.fd, x.dc").params(p).query(rs -> {
                        int fd = rs.getInt("fd");
                        long n = rs.getLong("n");
                        days.get(Stage.FILING_TO_DECISION).merge(fd, n, Long::sum);
                        int dc = rs.getInt("dc");
                        if (!rs.wasNull()) {
                            days.get(Stage.DECISION_TO_CLOSE).merge(dc, n, Long::sum);
                            days.get(Stage.FILING_TO_CLOSE).merge(fd + dc, n, Long::sum);
                        }
                    });
            Map<String, Object> q = new HashMap<>();
            // Each kind of step joined on its own (kind = ..., not kind IN (...)): H2 looks the equality up in the
            // (kind, case_id) index, while an IN list made it scan every service and payment step per case.
            jdbc.sql("SELECT x.ds, x.sp, COUNT(*) AS n FROM (SELECT CAST(y.served - y.decided AS INT) AS ds, "
                    + "CAST(y.paid - y.served AS INT) AS sp FROM (SELECT c.decided_on AS decided, "
                    + "MIN(sv.occurred_on) AS served, MAX(py.occurred_on) AS paid FROM case_file c "
                    + "JOIN case_step sv ON sv.case_id = c.id AND sv.kind = 'SERVICE' "
                    + "LEFT JOIN case_step py ON py.case_id = c.id AND py.kind = 'PAYMENT' "
                    + "WHERE" + where(f, q) + " AND c.decided_on IS NOT NULL GROUP BY c.id, c.decided_on) y) x "
                    + "GROUP BY x.ds, x.sp").params(q).query(rs -> {
                        long n = rs.getLong("n");
                        days.get(Stage.DECISION_TO_SERVICE).merge(rs.getInt("ds"), n, Long::sum);
                        int sp = rs.getInt("sp");
                        if (!rs.wasNull()) {
                            days.get(Stage.SERVICE_TO_PAYMENT).merge(sp, n, Long::sum);
                        }
                    });
        }
        List<StageDurations> all = new ArrayList<>();
        for (Stage s : Stage.values()) {
            all.add(new StageDurations(s, days.get(s)));
        }
        return all;
    }
}
