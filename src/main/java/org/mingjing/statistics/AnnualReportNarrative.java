package org.mingjing.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mingjing.catalogue.PenaltyKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The first draft of a report's narrative (统计年报的文字说明, seed §二(一)6), written from its figures in Chinese,
 * the language of the record: what was filed and closed, the penalties by kind with 罚没金额, the no-penalty and
 * reduced decisions, the remedies with the correction rate, the certified officers, and the powers held but not
 * handled on the platform. It ends with a paragraph the agency must replace with its own account of the year (its
 * practices, problems and plans); a report still holding that paragraph is not submitted.
 */
@Component
class AnnualReportNarrative {

    static final Locale DOCUMENTS = AnnualReportFiles.DOCUMENTS;

    private final MessageSource messages;

    AnnualReportNarrative(MessageSource messages) {
        this.messages = messages;
    }

    /** The paragraph the agency must replace, which starts with {@link #marker()}. */
    String placeholder() {
        return marker() + messages.getMessage("statistics.narrative.placeholder", null, DOCUMENTS);
    }

    /** The mark of text still to be written (【待补充】). */
    String marker() {
        return messages.getMessage("statistics.narrative.marker", null, DOCUMENTS);
    }

    /** Whether the text still holds a paragraph the agency must write. */
    boolean unfinished(String narrative) {
        return narrative.contains(marker());
    }

    String draft(AnnualFigures f) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(text("statistics.narrative.cases", f.agencyName(), String.valueOf(f.year()),
                count(f.casesFiled()), count(f.casesClosed())));
        AnnualFigures.Penalties p = f.penalties();
        if (p.powerHeld()) {
            if (p.total() == 0) {
                paragraphs.add(text("statistics.narrative.penalties-none", count(f.noPenalty())));
            } else {
                List<String> kinds = new ArrayList<>();
                for (Map.Entry<PenaltyKind, Long> e : p.byKind().entrySet()) {
                    if (e.getValue() != null && e.getValue() > 0) {
                        kinds.add(text("statistics.narrative.kind",
                                messages.getMessage(e.getKey().messageKey(), null, e.getKey().name(), DOCUMENTS),
                                count(e.getValue())));
                    }
                }
                paragraphs.add(text("statistics.narrative.penalties", count(p.total()),
                        String.join(text("statistics.narrative.separator"), kinds), yuan(p.confiscatedAmount()),
                        count(f.noPenalty()), count(f.reducedPenalty())));
            }
        }
        AnnualFigures.Remedies r = f.remedies();
        long concluded = r.reconsideration().concluded() + r.litigation().concluded();
        long corrected = r.reconsideration().corrected() + r.litigation().corrected();
        paragraphs.add(text("statistics.narrative.remedies", count(r.reconsideration().brought()),
                count(r.litigation().brought()), count(concluded), count(corrected), share(r.correctionRate())));
        List<String> idle = new ArrayList<>();
        if (f.licensing().powerHeld()) {
            idle.add(text("statistics.section.licensing"));
        }
        if (f.coercion().powerHeld()) {
            idle.add(text("statistics.section.coercion"));
        }
        if (f.inspections().powerHeld()) {
            idle.add(text("statistics.section.inspections"));
        }
        if (!idle.isEmpty()) {
            paragraphs.add(text("statistics.narrative.other-powers",
                    String.join(text("statistics.narrative.separator"), idle)));
        }
        paragraphs.add(text("statistics.narrative.officers", count(f.officers().total()),
                count(f.officers().certified()), share(f.officers().ratio())));
        paragraphs.add(placeholder());
        return String.join("\n", paragraphs);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, DOCUMENTS);
    }

    private static String count(long n) {
        return String.valueOf(n);
    }

    static String yuan(BigDecimal amount) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(amount == null ? BigDecimal.ZERO : amount);
    }

    static String share(BigDecimal ratio) {
        BigDecimal percent = (ratio == null ? BigDecimal.ZERO : ratio).movePointRight(2).setScale(2,
                RoundingMode.HALF_UP);
        return percent.toPlainString() + "%";
    }
}
