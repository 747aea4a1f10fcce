package org.mingjing.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mingjing.shared.FieldProblem;

/**
 * Reading what a browser form typed: blanks are absent, a value that cannot be read is a problem of its field (so
 * the form comes back with what was typed and the field marked), and whether a value is allowed is the service's
 * question, not this one's.
 */
public final class FormFields {

    private FormFields() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A checkbox: checked sends {@code true} (or {@code on}), unchecked sends nothing. */
    public static boolean checked(String s) {
        return "true".equalsIgnoreCase(s) || "on".equalsIgnoreCase(s);
    }

    /** The non-blank lines of a textarea, stripped. */
    public static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A number as clerks type it, thousands separators (half- or full-width commas) allowed. */
    public static BigDecimal decimal(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("\uff0c", ""));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "validation.number", text.strip()));
            return null;
        }
    }

    public static Integer integer(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "validation.whole-number", text.strip()));
            return null;
        }
    }

    public static LocalDate date(String field, String text, List<FieldProblem> problems) {
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

    /** One of an enum's codes; an unknown code is a problem of the field, a blank one is left to the service. */
    public static <E extends Enum<E>> E choice(String field, String text, Class<E> type, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.strip()))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(FieldProblem.of(field, "validation.choice", text.strip()));
        }
        return found.orElse(null);
    }

    /** An amount as a form shows it again: no trailing zeros, no exponent. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
