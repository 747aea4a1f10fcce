package org.mingjing.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The State Council's holiday notices 2019–2026 as published ({@code calendar/cn-statutory-calendar.csv}, a copy of
 * the project's reference data), for tests and the benchmark.
 */
final class OfficialCalendar {

    /** One row of the CSV: the day, and the notice it comes from. */
    record Row(NoticeDay day, String notice) {
    }

    private static final List<Row> ROWS = read();

    private OfficialCalendar() {
    }

    /** Every row as published. */
    static List<Row> rows() {
        return ROWS;
    }

    /**
     * The days that matter for counting: every row except a WORK mark on a weekday (2020-02-03, the first Monday
     * after the extended Spring Festival), which changes nothing since weekdays are working days anyway, and which
     * the migration leaves out.
     */
    static List<NoticeDay> days() {
        return ROWS.stream().map(Row::day).filter(OfficialCalendar::meaningful).toList();
    }

    static boolean meaningful(NoticeDay day) {
        boolean weekend = day.date().getDayOfWeek() == DayOfWeek.SATURDAY
                || day.date().getDayOfWeek() == DayOfWeek.SUNDAY;
        return day.kind() == DayKind.OFF || weekend;
    }

    /** The year each notice is for: the year most of its days fall in (a notice may reach into late December). */
    static Map<String, Integer> noticeYears() {
        Map<String, Map<Integer, Long>> counts = ROWS.stream().collect(Collectors.groupingBy(Row::notice,
                Collectors.groupingBy(row -> row.day().date().getYear(), Collectors.counting())));
        Map<String, Integer> years = new HashMap<>();
        counts.forEach((notice, byYear) -> years.put(notice,
                Collections.max(byYear.entrySet(), Map.Entry.comparingByValue()).getKey()));
        return years;
    }

    static SortedSet<Integer> years() {
        return new TreeSet<>(noticeYears().values());
    }

    /** The days of one year's notice, as an administrator would upload them. */
    static List<NoticeDay> daysOf(int year) {
        Map<String, Integer> years = noticeYears();
        return ROWS.stream().filter(row -> years.get(row.notice()) == year).map(Row::day)
                .filter(OfficialCalendar::meaningful).toList();
    }

    static CalendarSnapshot snapshot() {
        return CalendarSnapshot.of(years(), days());
    }

    /** The notice days by date. */
    static Map<LocalDate, NoticeDay> byDate() {
        return days().stream().collect(Collectors.toMap(NoticeDay::date, Function.identity()));
    }

    private static List<Row> read() {
        try (InputStream in = OfficialCalendar.class.getResourceAsStream("/calendar/cn-statutory-calendar.csv")) {
            if (in == null) {
                throw new IllegalStateException("calendar/cn-statutory-calendar.csv is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                rows.add(new Row(new NoticeDay(LocalDate.parse(cells[0]), DayKind.valueOf(cells[2]), cells[1]),
                        cells[3]));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
