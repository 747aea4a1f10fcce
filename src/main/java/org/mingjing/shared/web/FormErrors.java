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

    /**
     * A refusal as the form shows it: beside its fields (400) or as the rule that forbids the step (409). Any other
     * refusal (403, 404) is not the form's to show and goes on to the error page.
     */
    public static Map<String, String> ofRefusal(ProblemException e, MessageSource messages) {
        if (e.status() != org.springframework.http.HttpStatus.BAD_REQUEST
                && e.status() != org.springframework.http.HttpStatus.CONFLICT) {
            throw e;
        }
        return byField(e, messages);
    }

    /** Refuses what could not be read from the form (a date that is no date…) before the service is asked. */
    public static <T> T unlessUnreadable(T draft, java.util.List<FieldProblem> typing) {
        if (!typing.isEmpty()) {
            throw ProblemException.invalid(typing);
        }
        return draft;
    }

    /**
     * A refusal as the form shows it ({@link #ofRefusal(ProblemException, MessageSource)}), with the service's field
     * names turned into the form's ({@code proposedDecision.basis} → {@code basis}); messages that land on one form
     * field are joined.
     */
    public static Map<String, String> ofRefusal(ProblemException e, MessageSource messages,
            java.util.function.UnaryOperator<String> formField) {
        Map<String, String> errors = new LinkedHashMap<>();
        ofRefusal(e, messages).forEach((field, message) -> errors.merge(formField.apply(field), message,
                (a, b) -> a + "\uff1b" + b));
        return errors;
    }

    /** Refuses what could not be read from the form before the service is asked. */
    public static void refuseUnreadable(java.util.List<FieldProblem> typing) {
        unlessUnreadable(null, typing);
    }

    /** Puts the form's starting value in the model, unless a refused submission left what was typed there. */
    public static void startingWith(org.springframework.ui.Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
