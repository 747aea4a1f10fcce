package org.mingjing.cases.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.mingjing.cases.RetrievalSettings;
import org.mingjing.cases.Retrievals;
import org.mingjing.shared.Caller;
import org.mingjing.shared.Paged;
import org.mingjing.shared.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision of retrievals (调阅监督, seed §二(二)6): who opened what of a case, when and why, for the agency's
 * head, supervisors and the auditor; and the list of all openings in the caller's reach with unusual ones flagged.
 */
@RestController
class RetrievalsApi {

    private final Retrievals retrievals;
    private final RetrievalText text;

    RetrievalsApi(Retrievals retrievals, RetrievalText text) {
        this.retrievals = retrievals;
        this.text = text;
    }

    /** One flag with its explanation in the caller's language. */
    record FlagView(String code, String text) {
    }

    record RetrievalView(String id, String caseId, String caseNumber, String subjectKind, String subjectId,
            String subjectTitle, String username, String displayName, boolean onCase, String reason, String range,
            OffsetDateTime retrievedAt, String clientAddress, List<FlagView> flags) {
    }

    @GetMapping("/api/cases/{id}/retrievals")
    Paged<RetrievalView> ofCase(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return retrievals.ofCase(Caller.require(), id, page, size).map(text::view);
    }

    @GetMapping("/api/retrievals")
    Paged<RetrievalView> search(@RequestParam(required = false) String username,
            @RequestParam(required = false) String caseId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String flagged,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return retrievals.search(Caller.require(), RetrievalText.filter(username, caseId, from, to, flagged), page,
                size).map(text::view);
    }

    /** Turns retrievals into what the API and the page show, and the filters typed into a {@link Retrievals.Filter}. */
    @Component
    static class RetrievalText {

        private final MessageSource messages;
        private final RetrievalSettings settings;

        RetrievalText(MessageSource messages, RetrievalSettings settings) {
            this.messages = messages;
            this.settings = settings;
        }

        RetrievalView view(Retrievals.Retrieval r) {
            Locale locale = LocaleContextHolder.getLocale();
            return new RetrievalView(r.id(), r.caseId(), r.caseNumber(), r.subjectKind().name(), r.subjectId(),
                    r.subjectTitle(), r.username(), r.displayName() == null ? r.username() : r.displayName(),
                    r.onCase(), r.reason(), r.range(), r.retrievedAt(), r.clientAddress(),
                    r.flags().stream().map(f -> new FlagView(f.name(), explain(f, locale))).toList());
        }

        String explain(Retrievals.Flag flag, Locale locale) {
            Object[] args = switch (flag) {
                case OUTSIDE_HOURS -> new Object[] { settings.workStart().toString(), settings.workEnd().toString() };
                case MANY_CASES -> new Object[] { settings.manyCases() };
                case NO_REASON -> new Object[0];
            };
            return messages.getMessage(flag.messageKey(), args, locale);
        }

        static Retrievals.Filter filter(String username, String caseId, String from, String to, String flagged) {
            Boolean f = null;
            if (flagged != null && !flagged.isBlank()) {
                String v = flagged.strip().toLowerCase(Locale.ROOT);
                if (!v.equals("true") && !v.equals("false")) {
                    throw ProblemException.invalid("flagged", "retrievals.validation.flagged", flagged);
                }
                f = Boolean.valueOf(v);
            }
            return new Retrievals.Filter(blankToNull(username), blankToNull(caseId), day("from", from), day("to", to),
                    f);
        }

        private static LocalDate day(String field, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(field, "retrievals.validation.date", value);
            }
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
