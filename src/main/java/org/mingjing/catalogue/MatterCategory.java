package org.mingjing.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of administrative power a matter belongs to, with the codes of the API contract. The Chinese
 * label is what clerks write in spreadsheets; imports accept the code or the label.
 */
public enum MatterCategory {
    ADMINISTRATIVE_LICENSING,
    ADMINISTRATIVE_PENALTY,
    ADMINISTRATIVE_COERCION,
    ADMINISTRATIVE_INSPECTION,
    ADMINISTRATIVE_CONFIRMATION,
    ADMINISTRATIVE_PAYMENT,
    OTHER;

    public String messageKey() {
        return "catalogue.category." + name();
    }

    /** The category a clerk wrote: the code or the Chinese label, surrounding blanks ignored. */
    public static Optional<MatterCategory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(c -> c.name().equalsIgnoreCase(t)).findFirst();
    }
}
