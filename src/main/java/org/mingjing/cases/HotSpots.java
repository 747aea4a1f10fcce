package org.mingjing.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mingjing.shared.EarlyWarnings;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hot spots (热点, seed §二(一)6: analysis by place and by matter; seed §二(四)2: 预警): a township or a matter whose
 * cases filed in the last {@value #PERIOD_DAYS} days (today included) rise well above their usual level, the
 * {@value #HISTORY} periods of {@value #PERIOD_DAYS} days before. Well above is all of: at least {@value #MIN_CASES}
 * cases, at least twice the mean of the earlier periods, and at least the mean plus two standard deviations (of the
 * population of those periods) — {@link #hot}. Counted over the agencies given, together: a supervisor sees a township
 * rising across the agencies under it, a county its own cases. Code {@code HOT_SPOT}, severity LOW (worth a look),
 * due today; the agency named is the one with the most of the period's cases there. Townships come from the case's
 * place ({@link Places#countyTownship}); a place naming none counts for its matter only.
 */
@Component
class HotSpots implements EarlyWarnings {

    static final int PERIOD_DAYS = 30;
    static final int HISTORY = 12;
    static final int MIN_CASES = 5;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    HotSpots(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** The counts of one township or matter: the current period first, then the earlier ones, newest first. */
    static final class Counts {
        final int[] periods = new int[HISTORY + 1];
        final Map<String, Integer> currentByAgency = new TreeMap<>();
        String name;
    }

    /** Whether the current count is well above the earlier ones (see the class comment). */
    static boolean hot(int current, int[] earlier) {
        double mean = mean(earlier);
        return current >= MIN_CASES && current >= 2 * mean && current >= mean + 2 * sd(earlier, mean);
    }

    static double mean(int[] values) {
        double sum = 0;
        for (int v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** The population standard deviation. */
    static double sd(int[] values, double mean) {
        double squares = 0;
        for (int v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / values.length);
    }

    /** The period a day falls in: 0 for the last {@value #PERIOD_DAYS} days to today, 1 for the 30 before, … */
    static int period(LocalDate today, LocalDate day) {
        return (int) ((today.toEpochDay() - day.toEpochDay()) / PERIOD_DAYS);
    }

    @Override
    @Transactional(readOnly = true)
    public List<EarlyWarning> earlyWarnings(Set<String> agencyIds, LocalDate today, Locale locale) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        LocalDate from = today.minusDays((long) PERIOD_DAYS * (HISTORY + 1) - 1);
        Map<String, Counts> townships = new HashMap<>();
        Map<String, Counts> matters = new HashMap<>();
        jdbc.sql("SELECT agency_id, matter_code, matter_name, place, filed_on, COUNT(*) AS n FROM case_file"
                + " WHERE agency_id IN (:a) AND filed_on BETWEEN :from AND :today"
                + " GROUP BY agency_id, matter_code, matter_name, place, filed_on")
                .param("a", agencyIds).param("from", from).param("today", today).query(rs -> {
                    int period = period(today, rs.getObject("filed_on", LocalDate.class));
                    int n = rs.getInt("n");
                    String agency = rs.getString("agency_id");
                    Places.countyTownship(rs.getString("place")).ifPresent(t -> add(townships, t, t, period, n,
                            agency));
                    add(matters, rs.getString("matter_code"), rs.getString("matter_name"), period, n, agency);
                });
        List<EarlyWarning> warnings = new ArrayList<>();
        warnings.addAll(warnings(townships, "township", today, locale));
        warnings.addAll(warnings(matters, "matter", today, locale));
        return warnings;
    }

    private static void add(Map<String, Counts> counts, String key, String name, int period, int n, String agency) {
        Counts c = counts.computeIfAbsent(key, k -> new Counts());
        c.name = name;
        c.periods[period] += n;
        if (period == 0) {
            c.currentByAgency.merge(agency, n, Integer::sum);
        }
    }

    private List<EarlyWarning> warnings(Map<String, Counts> counts, String kind, LocalDate today, Locale locale) {
        List<EarlyWarning> warnings = new ArrayList<>();
        for (Map.Entry<String, Counts> e : new TreeMap<>(counts).entrySet()) {
            Counts c = e.getValue();
            int[] earlier = java.util.Arrays.copyOfRange(c.periods, 1, HISTORY + 1);
            if (!hot(c.periods[0], earlier)) {
                continue;
            }
            double mean = mean(earlier);
            String agency = null;
            for (Map.Entry<String, Integer> a : c.currentByAgency.entrySet()) {
                if (agency == null || a.getValue() > c.currentByAgency.get(agency)) {
                    agency = a.getKey();
                }
            }
            String link = kind.equals("matter") ? "/cases?q=" + e.getKey() : "/statistics?agencyId=" + agency;
            warnings.add(new EarlyWarning("HOT_SPOT", Severity.LOW, c.name,
                    messages.getMessage("cases.early-warning.hot-spot." + kind, new Object[] {
                            String.valueOf(c.periods[0]), String.valueOf(PERIOD_DAYS), String.valueOf(HISTORY),
                            String.format(Locale.ROOT, "%.1f", mean),
                            String.format(Locale.ROOT, "%.1f", sd(earlier, mean)) }, locale),
                    today, agency, link));
        }
        return warnings;
    }
}
