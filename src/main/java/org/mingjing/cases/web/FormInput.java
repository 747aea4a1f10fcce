package org.mingjing.cases.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mingjing.shared.FieldProblem;

/**
 * Reading what a case form typed: empty fields are absent, a number, date or choice that is not one is reported
 * against its field instead of failing the request, so the form comes back as typed.
 */
final class FormInput {

    private FormInput() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }

    /** A checkbox: checked sends {@code true}, unchecked sends nothing. */
    static boolean checked(String s) {
        return "true".equalsIgnoreCase(s) || "on".equalsIgnoreCase(s);
    }

    static BigDecimal decimal(String field, String text, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("\uff0c", ""));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "cases.form.number", text.strip()));
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

    /** One of an enum's codes; an unknown code is a problem of the field, a blank one is left to the domain. */
    static <E extends Enum<E>> E choice(String field, String text, Class<E> type, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.strip()))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(FieldProblem.of(field, "cases.form.choice", text.strip()));
        }
        return found.orElse(null);
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
