package org.mingjing.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the client can understand: rendered as RFC 9457 problem details whose title and detail come
 * from the message bundles in the caller's language (Chinese by default).
 *
 * <ul>
 * <li>400 {@code invalid-input} with the fields at fault;</li>
 * <li>404 for what does not exist or is not visible to the caller (the two are never told apart);</li>
 * <li>409 with a stable code when a rule of the procedure forbids the step.</li>
 * </ul>
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldProblem> fieldProblems;

    private ProblemException(HttpStatus status, String code, String messageKey, Object[] args,
            List<FieldProblem> fieldProblems) {
        super(code + ": " + messageKey);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static ProblemException invalid(List<FieldProblem> problems) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "problem.invalid-input.detail",
                new Object[0], problems);
    }

    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(FieldProblem.of(field, messageKey, args)));
    }

    public static ProblemException badRequest(String messageKey, Object... args) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", messageKey, args, List.of());
    }

    public static ProblemException notFound(String messageKey, Object... args) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", messageKey, args, List.of());
    }

    public static ProblemException conflict(String code, String messageKey, Object... args) {
        return new ProblemException(HttpStatus.CONFLICT, code, messageKey, args, List.of());
    }

    public static ProblemException forbidden(String messageKey, Object... args) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", messageKey, args, List.of());
    }

    /** The server lacks something it needs (a font, a storage) that an administrator must provide. */
    public static ProblemException unavailable(String code, String messageKey, Object... args) {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, code, messageKey, args, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
