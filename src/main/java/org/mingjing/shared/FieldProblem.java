package org.mingjing.shared;

/**
 * One form field at fault: the field's name, a message key with its arguments, and for imports the row.
 */
public record FieldProblem(Integer row, String field, String messageKey, Object... args) {

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(null, field, messageKey, args);
    }

    public static FieldProblem atRow(int row, String field, String messageKey, Object... args) {
        return new FieldProblem(row, field, messageKey, args);
    }
}
