package org.mingjing.shared;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details in the caller's language. Type URIs end in a stable code
 * ({@code …/problems/review-required}) that integrations may switch on.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://mingjing.org/problems/";

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create(TYPE_BASE + code);
    }

    public static ProblemDetail of(MessageSource messages, HttpStatusCode status, String code, String detail) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type(code));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null,
                messages.getMessage("problem.title.other", null, "Error", locale), locale));
        problem.setDetail(detail);
        return problem;
    }

    public static ProblemDetail of(MessageSource messages, ProblemException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = of(messages, e.status(), e.code(),
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        if (!e.fieldProblems().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<>();
            for (FieldProblem fp : e.fieldProblems()) {
                Map<String, Object> error = new LinkedHashMap<>();
                if (fp.row() != null) {
                    error.put("row", fp.row());
                }
                error.put("field", fp.field());
                error.put("message", messages.getMessage(fp.messageKey(), fp.args(), fp.messageKey(), locale));
                errors.add(error);
            }
            problem.setProperty("errors", errors);
            problem.setDetail(summarise(messages, errors, locale));
        }
        return problem;
    }

    /** A one-line detail naming every field at fault, so a clerk reading only the detail still knows what to fix. */
    public static String summarise(MessageSource messages, List<Map<String, Object>> errors, Locale locale) {
        StringBuilder sb = new StringBuilder(messages.getMessage("problem.invalid-input.detail", null, locale));
        for (Map<String, Object> error : errors) {
            Object row = error.get("row");
            sb.append(row == null
                    ? messages.getMessage("problem.invalid-input.item",
                            new Object[] { error.get("field"), error.get("message") }, locale)
                    : messages.getMessage("problem.invalid-input.row-item",
                            new Object[] { row, error.get("field"), error.get("message") }, locale));
        }
        return sb.toString();
    }
}
