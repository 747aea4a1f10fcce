package org.mingjing.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.calendar.Deadline;
import org.mingjing.calendar.PeriodRule;
import org.mingjing.calendar.PeriodUnit;
import org.mingjing.calendar.StatutoryCalendar;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;

/**
 * A deadline question as a client or a form sends it, in raw text: a start day and either a named rule or a number
 * of days with their unit. Checked here so that the API and the calculator page refuse the same things with the
 * same words.
 */
record DeadlineRequest(String from, String days, String unit, String rule) {

    /** Longest period a client may count: ten years of days. */
    static final int MAX_DAYS = 3650;

    /**
     * The deadline asked for.
     *
     * @throws ProblemException naming every field at fault
     */
    Deadline computeWith(StatutoryCalendar calendar) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        boolean byRule = present(rule);
        boolean byDays = present(days);
        if (byRule == byDays) {
            problems.add(FieldProblem.of(byRule ? "days" : "rule", "calendar.validation.rule-or-days"));
            throw ProblemException.invalid(problems);
        }
        if (byRule) {
            PeriodRule periodRule = PeriodRule.byCode(rule).orElse(null);
            if (periodRule == null) {
                problems.add(FieldProblem.of("rule", "calendar.validation.rule-unknown", rule.strip()));
            }
            if (present(unit)) {
                problems.add(FieldProblem.of("unit", "calendar.validation.unit-with-rule"));
            }
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            return calendar.deadline(start, periodRule);
        }
        Integer count = count(problems);
        PeriodUnit periodUnit = unit(problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return calendar.deadline(start, count, periodUnit);
    }

    /** Parses an ISO date a client sent, years 1 to 9999, adding a problem for the field if it is not one. */
    static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (!present(text)) {
            problems.add(FieldProblem.of(field, "validation.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 1 || date.getYear() > 9999) {
                problems.add(FieldProblem.of(field, "calendar.validation.date-range"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "calendar.validation.date-format", text.strip()));
            return null;
        }
    }

    /** Parses a single date or refuses it with a 400 problem naming the field. */
    static LocalDate date(String field, String text) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = date(field, text, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return date;
    }

    private Integer count(List<FieldProblem> problems) {
        try {
            int value = Integer.parseInt(days.strip());
            if (value < 0 || value > MAX_DAYS) {
                problems.add(FieldProblem.of("days", "calendar.validation.days-range"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of("days", "calendar.validation.days-format", days.strip()));
            return null;
        }
    }

    private PeriodUnit unit(List<FieldProblem> problems) {
        if (!present(unit)) {
            problems.add(FieldProblem.of("unit", "validation.required"));
            return null;
        }
        for (PeriodUnit candidate : PeriodUnit.values()) {
            if (candidate.countable() && candidate.name().equals(unit.strip())) {
                return candidate;
            }
        }
        problems.add(FieldProblem.of("unit", "calendar.validation.unit"));
        return null;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
