package org.mingjing.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.mingjing.cases.CaseAnalysis;
import org.mingjing.cases.Places;
import org.mingjing.publicity.PublicationTimeliness;
import org.mingjing.review.ReviewArea;
import org.mingjing.review.ReviewOutcomes;
import org.mingjing.review.Verdict;
import org.mingjing.shared.AgencyMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The analysis dashboard's counts (issue 8), kept per agency and whole calendar month ({@code analysis_cell},
 * V18__analysis_cells.sql) so that a city's dashboard over years adds up a few hundred stored months instead of
 * counting a hundred thousand cases, their steps, reviews and publications again at every request.
 *
 * <p>Every count the dashboard shows adds up over agencies and months: each case is counted in the month it was
 * filed, each publication in the month of its decision, each review in the month it was first submitted, and the
 * opinions of a case in the month of its first review. So the counts of a period are the sum of its whole months'
 * stored counts and, for the days at its ends that do not fill a month, counts made for those days alone.
 *
 * <p>Stored counts are never stale when read. Every write of a case, its steps, reviews and publications marks the
 * case in the same transaction ({@link CaseAnalysis#changed}); before months are read, the marks are dealt with: the
 * months that count the marked cases (their filing, their publications' decisions, their reviews' submissions) are
 * dropped, and so are months counted on an earlier day that counted a publication as pending whose last day has
 * since passed. Whoever drops or stores months holds the one row of {@code analysis_lock}, so that a month counted
 * before a change (and without it) can never be stored after that change's mark was dealt with. A month a change
 * moves a case out of (a decision day corrected into another month) is not known from the mark; no write of the
 * product moves those days.
 */
@Component
class AnalysisCells {

    private static final Logger log = LoggerFactory.getLogger(AnalysisCells.class);

    /** Marks dealt with per round: the months of this many cases are looked up at a time. */
    static final int MARKS_PER_ROUND = 5_000;

    /** The counts of some agencies and days: what one stored month holds, and what the dashboard adds up. */
    record Counts(List<CaseAnalysis.MatterCount> matters, List<CaseAnalysis.MonthCount> months,
            List<TownshipCount> townships, long[][] weekdayHours, List<CaseAnalysis.OfficerLoad> officers,
            List<CaseAnalysis.StageDurations> stages, List<PublicationTimeliness.Count> publications,
            ReviewOutcomes.Outcomes reviews) {

        /**
         * The cases per county and township read from their places ({@link Places}): kept so, rather than per place
         * as written (a place is nearly one per case, and a city's stored months would hold them all).
         */
        static List<TownshipCount> townships(List<CaseAnalysis.PlaceCount> places) {
            Map<List<String>, Long> counted = new LinkedHashMap<>();
            for (CaseAnalysis.PlaceCount p : places) {
                counted.merge(java.util.Arrays.asList(Places.county(p.place()).orElse(null),
                        Places.township(p.place()).orElse(null)), p.cases(), Long::sum);
            }
            List<TownshipCount> all = new ArrayList<>();
            counted.forEach((k, n) -> all.add(new TownshipCount(k.get(0), k.get(1), n)));
            return all;
        }

        /** The counts of several disjoint parts (agencies, months) as one. */
        static Counts sum(Collection<Counts> parts) {
            Map<List<String>, long[]> matterCounts = new LinkedHashMap<>();
            Map<List<String>, BigDecimal> fines = new HashMap<>();
            Map<YearMonth, long[]> months = new TreeMap<>();
            Map<List<String>, Long> places = new HashMap<>();
            long[][] hours = new long[7][24];
            Map<String, long[]> officers = new LinkedHashMap<>();
            Map<CaseAnalysis.Stage, Map<Integer, Long>> stages = new EnumMap<>(CaseAnalysis.Stage.class);
            for (CaseAnalysis.Stage s : CaseAnalysis.Stage.values()) {
                stages.put(s, new TreeMap<>());
            }
            Map<PublicationTimeliness.Count, Long> publications = new LinkedHashMap<>();
            Map<ReviewOutcomes.Count, Long> reviews = new LinkedHashMap<>();
            Map<Integer, Long> toApproval = new TreeMap<>();
            Map<Verdict, Long> opinions = ReviewOutcomes.Outcomes.noOpinions();
            Map<ReviewArea, Long> areas = ReviewOutcomes.Outcomes.noProblems();
            for (Counts c : parts) {
                for (CaseAnalysis.MatterCount m : c.matters()) {
                    List<String> key = List.of(m.agencyId(), m.matterCode());
                    long[] n = matterCounts.computeIfAbsent(key, k -> new long[4]);
                    n[0] += m.filed();
                    n[1] += m.decided();
                    n[2] += m.penalised();
                    n[3] += m.closed();
                    fines.merge(key, m.fines(), BigDecimal::add);
                }
                for (CaseAnalysis.MonthCount m : c.months()) {
                    long[] n = months.computeIfAbsent(YearMonth.of(m.year(), m.month()), k -> new long[3]);
                    n[0] += m.filed();
                    n[1] += m.penalised();
                    n[2] += m.notPenalised();
                }
                for (TownshipCount t : c.townships()) {
                    places.merge(java.util.Arrays.asList(t.county(), t.township()), t.cases(), Long::sum);
                }
                for (int d = 0; d < 7; d++) {
                    for (int h = 0; h < 24; h++) {
                        hours[d][h] += c.weekdayHours()[d][h];
                    }
                }
                for (CaseAnalysis.OfficerLoad o : c.officers()) {
                    long[] n = officers.computeIfAbsent(o.officerId(), k -> new long[3]);
                    n[0] += o.open();
                    n[1] += o.decided();
                    n[2] += o.closed();
                }
                for (CaseAnalysis.StageDurations s : c.stages()) {
                    s.days().forEach((days, n) -> stages.get(s.stage()).merge(days, n, Long::sum));
                }
                for (PublicationTimeliness.Count p : c.publications()) {
                    publications.merge(new PublicationTimeliness.Count(p.actType(), p.year(), p.month(), p.outcome(),
                            0), p.publications(), Long::sum);
                }
                for (ReviewOutcomes.Count r : c.reviews().counts()) {
                    reviews.merge(new ReviewOutcomes.Count(r.year(), r.month(), r.outcome(), 0), r.reviews(),
                            Long::sum);
                }
                c.reviews().daysToApproval().forEach((days, n) -> toApproval.merge(days, n, Long::sum));
                c.reviews().opinions().forEach((v, n) -> opinions.merge(v, n, Long::sum));
                c.reviews().problemsByArea().forEach((a, n) -> areas.merge(a, n, Long::sum));
            }
            List<CaseAnalysis.MatterCount> matterList = new ArrayList<>();
            matterCounts.forEach((k, n) -> matterList.add(new CaseAnalysis.MatterCount(k.get(0), k.get(1), n[0], n[1],
                    n[2], n[3], fines.get(k))));
            List<CaseAnalysis.MonthCount> monthList = new ArrayList<>();
            months.forEach((m, n) -> monthList.add(new CaseAnalysis.MonthCount(m.getYear(), m.getMonthValue(), n[0],
                    n[1], n[2])));
            List<TownshipCount> placeList = new ArrayList<>();
            places.forEach((k, n) -> placeList.add(new TownshipCount(k.get(0), k.get(1), n)));
            List<CaseAnalysis.OfficerLoad> officerList = new ArrayList<>();
            officers.forEach((o, n) -> officerList.add(new CaseAnalysis.OfficerLoad(o, n[0], n[1], n[2])));
            List<CaseAnalysis.StageDurations> stageList = new ArrayList<>();
            stages.forEach((s, days) -> stageList.add(new CaseAnalysis.StageDurations(s, days)));
            List<PublicationTimeliness.Count> publicationList = new ArrayList<>();
            publications.forEach((k, n) -> publicationList.add(new PublicationTimeliness.Count(k.actType(), k.year(),
                    k.month(), k.outcome(), n)));
            List<ReviewOutcomes.Count> reviewList = new ArrayList<>();
            reviews.forEach((k, n) -> reviewList.add(new ReviewOutcomes.Count(k.year(), k.month(), k.outcome(), n)));
            return new Counts(matterList, monthList, placeList, hours, officerList, stageList, publicationList,
                    new ReviewOutcomes.Outcomes(reviewList, toApproval, opinions, areas));
        }
    }

    /** The cases of one township of one county (either unknown, null, where the place does not say). */
    record TownshipCount(String county, String township, long cases) {
    }

    /**
     * One stored month: its counts as on the day counted, and the last day on which they hold (null: until something
     * changes).
     */
    record Cell(Counts counts, LocalDate countedOn, LocalDate pendingUntil) {

        /** Whether the counts are those of the day: not counted on a later day, nor pending past its last day. */
        static boolean holds(LocalDate countedOn, LocalDate pendingUntil, LocalDate today) {
            return !today.isBefore(countedOn) && (pendingUntil == null || !pendingUntil.isBefore(today));
        }
    }

    private final CaseAnalysis cases;
    private final PublicationTimeliness publications;
    private final ReviewOutcomes reviews;
    private final StatisticsWorkers workers;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    AnalysisCells(CaseAnalysis cases, PublicationTimeliness publications, ReviewOutcomes reviews,
            StatisticsWorkers workers, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.publications = publications;
        this.reviews = reviews;
        this.workers = workers;
        this.jdbc = jdbc;
        // its own transaction, writable, whatever the caller's (a page may read in a read-only one)
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The counts of the agencies over the period (both days included) and, if not null, of one matter, as on
     * {@code today}. With a matter they are counted directly (one matter is a small part of the cases); otherwise the
     * whole months of the period come from the stored months and the days at its ends are counted directly.
     */
    Counts counts(List<String> agencyIds, LocalDate from, LocalDate to, String matterCode, LocalDate today) {
        if (matterCode != null || agencyIds.isEmpty()) {
            return live(agencyIds, from, to, matterCode, today);
        }
        List<YearMonth> whole = new ArrayList<>();
        List<LocalDate[]> ends = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            LocalDate first = from.isAfter(m.atDay(1)) ? from : m.atDay(1);
            LocalDate last = to.isBefore(m.atEndOfMonth()) ? to : m.atEndOfMonth();
            if (first.equals(m.atDay(1)) && last.equals(m.atEndOfMonth())) {
                whole.add(m);
            } else {
                ends.add(new LocalDate[] { first, last });
            }
        }
        // The days at the ends are counted per agency (on H2 a range of days within a list of agencies reads every
        // day of those agencies), each agency's queries one after the other, the agencies side by side.
        List<CompletableFuture<Counts>> parts = new ArrayList<>();
        for (LocalDate[] e : ends) {
            for (String agencyId : agencyIds) {
                parts.add(workers.async(() -> count(agencyId, e[0], e[1], today).counts()));
            }
        }
        List<Counts> all = new ArrayList<>();
        if (!whole.isEmpty()) {
            try {
                all.addAll(stored(agencyIds, whole, today).values());
            } catch (DataAccessException e) {
                // the months could not be stored (another node held the lock too long): count them directly
                log.warn("statistics: stored months unavailable, counting directly: {}", e.toString());
                all.add(live(agencyIds, whole.get(0).atDay(1), whole.get(whole.size() - 1).atEndOfMonth(), null,
                        today));
            }
        }
        for (CompletableFuture<Counts> p : parts) {
            all.add(StatisticsWorkers.join(p));
        }
        return Counts.sum(all);
    }

    /** The counts of the agencies and days, from the modules' read models, side by side. */
    Counts live(List<String> agencyIds, LocalDate from, LocalDate to, String matterCode, LocalDate today) {
        CaseAnalysis.Filter f = new CaseAnalysis.Filter(agencyIds, from, to, matterCode);
        CompletableFuture<List<CaseAnalysis.StageDurations>> stages = workers.async(() -> cases.durations(f));
        CompletableFuture<List<CaseAnalysis.OfficerLoad>> officers = workers.async(() -> cases.byOfficer(f));
        CompletableFuture<ReviewOutcomes.Outcomes> reviewed = workers.async(() -> reviews.count(agencyIds, from, to,
                matterCode));
        CompletableFuture<List<PublicationTimeliness.Count>> published = workers.async(() -> publications.count(
                agencyIds, from, to, matterCode, today));
        CompletableFuture<List<CaseAnalysis.PlaceCount>> places = workers.async(() -> cases.byPlace(f));
        CompletableFuture<CaseAnalysis.WeekdayHours> hours = workers.async(() -> cases.byWeekdayHour(f));
        List<CaseAnalysis.MatterCount> matters = cases.byMatter(f);
        List<CaseAnalysis.MonthCount> months = cases.byMonth(f);
        return new Counts(matters, months, Counts.townships(StatisticsWorkers.join(places)),
                StatisticsWorkers.join(hours).cells(),
                StatisticsWorkers.join(officers), StatisticsWorkers.join(stages), StatisticsWorkers.join(published),
                StatisticsWorkers.join(reviewed));
    }

    /**
     * One agency's days (a month, or the days at a period's end), counted one query after the other (agencies and
     * months are counted side by side instead).
     */
    Cell count(String agencyId, LocalDate from, LocalDate to, LocalDate today) {
        List<String> one = List.of(agencyId);
        CaseAnalysis.Filter f = new CaseAnalysis.Filter(one, from, to, null);
        Counts c = new Counts(cases.byMatter(f), cases.byMonth(f), Counts.townships(cases.byPlace(f)),
                cases.byWeekdayHour(f).cells(), cases.byOfficer(f), cases.durations(f),
                publications.count(one, from, to, null, today), reviews.count(one, from, to, null));
        return new Cell(c, today, publications.pendingUntil(one, from, to, null, today));
    }

    /**
     * The stored counts of the agencies' months, after the marks of changed cases are dealt with; the months missing
     * or no longer holding are counted (side by side) and stored.
     */
    Map<AgencyMonth, Counts> stored(List<String> agencyIds, List<YearMonth> months, LocalDate today) {
        Set<AgencyMonth> wanted = new HashSet<>();
        for (String a : agencyIds) {
            for (YearMonth m : months) {
                wanted.add(new AgencyMonth(a, m));
            }
        }
        Map<AgencyMonth, Counts> found = new HashMap<>();
        if (!cases.anyMarks()) {
            read(agencyIds, months, today, found);
            if (found.keySet().containsAll(wanted)) {
                return found;
            }
        }
        return transactions.execute(status -> {
            jdbc.sql("SELECT id FROM analysis_lock WHERE id = 1 FOR UPDATE").query(Integer.class).list();
            dealWithMarks();
            found.clear();
            read(agencyIds, months, today, found);
            Map<AgencyMonth, CompletableFuture<Cell>> counting = new LinkedHashMap<>();
            for (AgencyMonth am : wanted) {
                if (!found.containsKey(am)) {
                    counting.put(am, workers.async(() -> count(am.agencyId(), am.month().atDay(1),
                            am.month().atEndOfMonth(), today)));
                }
            }
            OffsetDateTime now = OffsetDateTime.now();
            for (Map.Entry<AgencyMonth, CompletableFuture<Cell>> e : counting.entrySet()) {
                Cell cell = StatisticsWorkers.join(e.getValue());
                store(e.getKey(), cell, now);
                found.put(e.getKey(), cell.counts());
            }
            return found;
        });
    }

    /** Drops the months that count the cases marked as changed, and the marks; under the lock. */
    private void dealWithMarks() {
        for (CaseAnalysis.Marks marks = cases.marks(MARKS_PER_ROUND); !marks.isEmpty();
                marks = cases.marks(MARKS_PER_ROUND)) {
            Set<AgencyMonth> touched = new HashSet<>(cases.filedMonths(marks.caseIds()));
            touched.addAll(publications.decidedMonths(marks.caseIds()));
            touched.addAll(reviews.submittedMonths(marks.caseIds()));
            for (AgencyMonth am : touched) {
                jdbc.sql("DELETE FROM analysis_cell WHERE agency_id = :a AND month_start = :m")
                        .param("a", am.agencyId()).param("m", am.month().atDay(1)).update();
            }
            cases.clear(marks.ids());
        }
    }

    /**
     * A stored month as JSON: its counts, and the format they were written in. A month written by another version of
     * the product, in another format, is counted again rather than misread.
     */
    record Stored(int format, Counts counts) {

        /** The format of {@link Counts} this version writes. */
        static final int FORMAT = 1;
    }

    private Stored parse(String figures) {
        try {
            return json.readValue(figures, Stored.class);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The stored months of the agencies that still hold on {@code today}, in the format this version writes. */
    private void read(List<String> agencyIds, List<YearMonth> months, LocalDate today,
            Map<AgencyMonth, Counts> into) {
        jdbc.sql("SELECT agency_id, month_start, counted_on, pending_until, figures FROM analysis_cell"
                + " WHERE agency_id IN (:a) AND matter_code = '' AND month_start BETWEEN :from AND :to")
                .param("a", agencyIds).param("from", months.get(0).atDay(1))
                .param("to", months.get(months.size() - 1).atDay(1)).query(rs -> {
                    if (Cell.holds(rs.getObject("counted_on", LocalDate.class),
                            rs.getObject("pending_until", LocalDate.class), today)) {
                        YearMonth m = YearMonth.from(rs.getObject("month_start", LocalDate.class));
                        Stored stored = months.contains(m) ? parse(rs.getString("figures")) : null;
                        if (stored != null && stored.format() == Stored.FORMAT) {
                            into.put(new AgencyMonth(rs.getString("agency_id"), m), stored.counts());
                        }
                    }
                });
    }

    private void store(AgencyMonth am, Cell cell, OffsetDateTime now) {
        jdbc.sql("DELETE FROM analysis_cell WHERE agency_id = :a AND matter_code = '' AND month_start = :m")
                .param("a", am.agencyId()).param("m", am.month().atDay(1)).update();
        // only the holder of the lock stores months, so no other can have stored this one since the delete
        jdbc.sql("INSERT INTO analysis_cell (agency_id, month_start, matter_code, counted_at, counted_on,"
                + " pending_until, figures) VALUES (:a, :m, '', :now, :on, :until, :figures)")
                .param("a", am.agencyId()).param("m", am.month().atDay(1)).param("now", now)
                .param("on", cell.countedOn()).param("until", cell.pendingUntil())
                .param("figures", json.writeValueAsString(new Stored(Stored.FORMAT, cell.counts()))).update();
    }

    /**
     * Deals with the marks and counts the missing months of the agencies from {@code from} to the last whole month
     * before {@code today}, so that the first dashboard after a start or a change finds them stored.
     */
    int warm(List<String> agencyIds, YearMonth from, LocalDate today) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; m.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
            months.add(m);
        }
        if (months.isEmpty() || agencyIds.isEmpty()) {
            return 0;
        }
        return stored(agencyIds, months, today).size();
    }
}
