package org.mingjing.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** What a fine bound is measured in: yuan, or multiples of the illegal income or of the illegal turnover. */
public enum FineBasis {
    FIXED,
    ILLEGAL_INCOME,
    ILLEGAL_TURNOVER;

    public String messageKey() {
        return "catalogue.fine-basis." + name();
    }

    public static Optional<FineBasis> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(b -> b.name().equalsIgnoreCase(t)).findFirst();
    }
}
