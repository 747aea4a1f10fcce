package org.mingjing.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mingjing.shared.FieldProblem;

/**
 * What a yearly holiday notice must look like before it replaces the calendar of its year. The State Council's
 * notice (国务院办公厅关于某年部分节假日安排的通知) names days off and the weekend days worked in exchange (调休);
 * it may reach a few days into late December of the year before, as the 2019 notice did for 2018-12-29..31.
 *
 * <p>Every fault is reported at once, each naming the row by its index ({@code [3].date}), so that the
 * administrator can fix the upload in one go; a notice with any fault changes nothing.
 */
final class YearNoticePolicy {

    /** Years an administrator may load. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** How far before 1 January a notice may reach. */
    static final int DAYS_BEFORE_YEAR = 31;

    /** Longest holiday name, e.g. 中秋节、国庆节. */
    static final int NAME_LENGTH = 20;

    /**
     * The outcome: the checked days, the index of the row each date came from (the first, if repeated), and the
     * faults found.
     */
    record Outcome(List<NoticeDay> days, Map<LocalDate, Integer> rows, List<FieldProblem> problems) {

        boolean accepted() {
            return problems.isEmpty();
        }
    }

    private YearNoticePolicy() {
    }

    static boolean yearInRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    static Outcome check(int year, List<NoticeDayDraft> drafts) {
        List<FieldProblem> problems = new ArrayList<>();
        List<NoticeDay> days = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            problems.add(FieldProblem.of("days", "calendar.validation.notice-empty"));
            return new Outcome(days, Map.of(), problems);
        }
        LocalDate earliest = LocalDate.of(year, 1, 1).minusDays(DAYS_BEFORE_YEAR);
        LocalDate latest = LocalDate.of(year, 12, 31);
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            NoticeDayDraft draft = drafts.get(i);
            String at = "[" + i + "].";
            if (draft == null) {
                problems.add(FieldProblem.of("[" + i + "]", "validation.required"));
                continue;
            }
            LocalDate date = date(draft.date(), at, problems);
            if (date != null) {
                if (date.isBefore(earliest) || date.isAfter(latest)) {
                    problems.add(FieldProblem.of(at + "date", "calendar.validation.date-outside-year",
                            String.valueOf(year)));
                }
                Integer first = seen.putIfAbsent(date, i);
                if (first != null) {
                    problems.add(FieldProblem.of(at + "date", "calendar.validation.date-duplicate", String.valueOf(first)));
                }
            }
            DayKind kind = kind(draft.kind(), at, problems);
            if (kind == DayKind.WORK && date != null && !weekend(date)) {
                problems.add(FieldProblem.of(at + "kind", "calendar.validation.work-on-weekday"));
            }
            String name = name(draft.name(), at, problems);
            if (date != null && kind != null && name != null) {
                days.add(new NoticeDay(date, kind, name));
            }
        }
        return new Outcome(List.copyOf(days), seen, problems);
    }

    private static LocalDate date(String text, String at, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(at + "date", "validation.required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(at + "date", "calendar.validation.date-format", text.strip()));
            return null;
        }
    }

    private static DayKind kind(String text, String at, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(at + "kind", "validation.required"));
            return null;
        }
        for (DayKind kind : DayKind.values()) {
            if (kind.name().equals(text.strip())) {
                return kind;
            }
        }
        problems.add(FieldProblem.of(at + "kind", "calendar.validation.kind"));
        return null;
    }

    private static String name(String text, String at, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(at + "name", "validation.required"));
            return null;
        }
        String name = text.strip();
        if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
            problems.add(FieldProblem.of(at + "name", "validation.too-long", NAME_LENGTH));
            return null;
        }
        return name;
    }

    private static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
