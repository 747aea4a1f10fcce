package org.mingjing.generator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.mingjing.catalogue.PenaltyKind;
import org.springframework.context.MessageSource;

/**
 * The Chinese words the real workflow takes from the message bundles, looked up once per run: document titles
 * ({@code cases.document.*}), the words of document numbers ({@code cases.number.*}) and the names of penalties
 * ({@code catalogue.penalty.*}). Cases are always written in Chinese, whatever the console's language.
 */
final class Titles {

    private final Map<String, String> documents = new HashMap<>();
    private final Map<String, String> numberWords = new HashMap<>();
    private final Map<PenaltyKind, String> penalties = new HashMap<>();
    private final String numberSuffix;

    Titles(MessageSource messages) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        for (String kind : new String[] { "FILING_APPROVAL", "INQUIRY_RECORD", "INSPECTION_RECORD", "PRIOR_NOTICE",
                "HEARING_NOTICE", "PENALTY_DECISION", "OTHER_DECISION", "SERVICE_RECEIPT", "CLOSING_REPORT",
                "FILE_COVER", "FILE_INDEX", "LEGAL_REVIEW_OPINION" }) {
            documents.put(kind, messages.getMessage("cases.document." + kind, null, kind, zh));
        }
        for (String kind : new String[] { "FILING", "NOTICE", "HEARING", "PENALTY", "NO_PENALTY", "TRANSFER", "LEGAL_REVIEW" }) {
            numberWords.put(kind, messages.getMessage("cases.number." + kind, null, kind, zh));
        }
        for (PenaltyKind kind : PenaltyKind.values()) {
            penalties.put(kind, messages.getMessage(kind.messageKey(), null, kind.name(), zh));
        }
        numberSuffix = messages.getMessage("cases.number.suffix", null, "", zh);
    }

    String document(String kind) {
        return documents.get(kind);
    }

    /** 湖民罚〔2026〕3号: the agency's short name, the kind's word, the year in 六角括号, the running number. */
    String number(String shortName, String kind, int year, int n) {
        return shortName + numberWords.get(kind) + "\u3014" + year + "\u3015" + n + numberSuffix;
    }

    String penalty(PenaltyKind kind) {
        return penalties.get(kind);
    }
}
