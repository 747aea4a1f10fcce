package org.mingjing.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How lists read in words: time limits, fine ranges, labels of kinds and stages, in the caller's language, or
 * in Chinese for spreadsheets and printed documents (which are official Chinese texts in either locale).
 */
@Component
public class CatalogueText {

    public static final Locale DOCUMENTS = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    CatalogueText(MessageSource messages) {
        this.messages = messages;
    }

    public String timeLimit(Matter m, Locale locale) {
        if (m.timeLimitDays() == null || m.timeLimitUnit() == null) {
            return messages.getMessage("catalogue.time-limit.none", null, locale);
        }
        return messages.getMessage("catalogue.time-limit." + m.timeLimitUnit().name(),
                new Object[] { m.timeLimitDays() }, locale);
    }

    public String range(FineBound b, Locale locale) {
        return messages.getMessage("catalogue.fine-range." + b.basis().name(),
                new Object[] { b.min().toPlainString(), b.max().toPlainString() }, locale);
    }

    public String ranges(List<FineBound> bounds, Locale locale) {
        return bounds.stream().map(b -> range(b, locale)).collect(Collectors.joining(separator(locale)));
    }

    public String label(String messageKey, Locale locale) {
        return messages.getMessage(messageKey, null, messageKey, locale);
    }

    public String format(String messageKey, Locale locale, Object... args) {
        return messages.getMessage(messageKey, args, messageKey, locale);
    }

    public String penalties(List<PenaltyKind> kinds, Locale locale) {
        return kinds.stream().map(k -> label(k.messageKey(), locale)).collect(Collectors.joining(list(locale)));
    }

    public String stages(java.util.Collection<AvStage> stages, Locale locale) {
        return stages.stream().sorted().map(s -> label(s.messageKey(), locale)).collect(Collectors.joining(list(locale)));
    }

    public String basis(List<LegalBasis> basis) {
        return basis.stream().map(LegalBasis::citation).collect(Collectors.joining("\n"));
    }

    /** A stored reason: free text, or {@code #key} for one the product wrote itself. */
    public String reason(String stored, Locale locale) {
        return stored != null && stored.startsWith("#") ? label(stored.substring(1), locale) : stored;
    }

    static String separator(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "\uff1b" : "; ";
    }

    static String list(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "\u3001" : ", ";
    }
}
