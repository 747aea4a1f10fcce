package org.mingjing.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A refusal as a form shows it: one message per field, in the user's language; a refusal that names no
 * field appears under the key {@code _}.
 */
public final class FormErrors {

    public static final String GENERAL = "_";

    private FormErrors() {
    }

    public static Map<String, String> byField(ProblemException e, MessageSource messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            errors.merge(p.field(), messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale()),
                    (a, b) -> a + "；" + b);
        }
        if (errors.isEmpty()) {
            errors.put(GENERAL, messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        }
        return errors;
    }
}
