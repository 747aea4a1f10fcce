package org.mingjing.ledger;

import java.util.List;

/**
 * One thing verification found wrong: a stable code (its message is {@code ledger.finding.<code>} in the
 * bundles), the entry or record it concerns where there is one, and the values the message names.
 */
public record Finding(String code, String entryId, Long index, List<Object> args) {

    public static Finding of(String code, LedgerEntry e, Object... args) {
        return new Finding(code, e == null ? null : e.id(), e == null ? null : e.index(), List.of(args));
    }

    public static Finding of(String code, Object... args) {
        return new Finding(code, null, null, List.of(args));
    }

    public String messageKey() {
        return "ledger.finding." + code;
    }

    /** What it says to people, in their language. */
    public String message(org.springframework.context.MessageSource messages, java.util.Locale locale) {
        return messages.getMessage(messageKey(), args.toArray(), code, locale);
    }
}
