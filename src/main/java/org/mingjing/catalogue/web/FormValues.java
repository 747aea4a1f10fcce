package org.mingjing.catalogue.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.mingjing.shared.FieldProblem;

/**
 * Reading what a form typed: one line per entry of a textarea, numbers that may be left empty. A number that is
 * not one is reported against its field instead of failing the request, so the form comes back as typed.
 */
final class FormValues {

    private FormValues() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The non-blank lines of a textarea, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static BigDecimal decimal(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "catalogue.form.number", text.strip()));
            return null;
        }
    }

    static Integer integer(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "catalogue.form.whole-number", text.strip()));
            return null;
        }
    }

    static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, "validation.date", text.strip()));
            return null;
        }
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
