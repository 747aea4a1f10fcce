package org.mingjing.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mingjing.catalogue.PenaltyKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual report's figures as the lines of its printed table, in the order of LAW.md §5: licensing, penalties by
 * kind with their total and 罚没金额, no-penalty and reduced, coercion, inspection, cases filed and closed,
 * reconsideration and litigation with the correction rate, and the officers. A power the agency does not hold has
 * no value (printed as a dash); one it holds and did not use is 0.
 */
@Component
public class AnnualReportTable {

    /** How a value prints: a count, yuan, or a share. */
    public enum Format {
        COUNT, YUAN, SHARE
    }

    /** One line: its section, its item, and its value (null where the agency does not hold the power). */
    public record Line(String section, String item, BigDecimal value, Format format) {
    }

    private final MessageSource messages;

    AnnualReportTable(MessageSource messages) {
        this.messages = messages;
    }

    /** The lines as a page prints them: section, item and value as text. */
    public List<String[]> rows(AnnualFigures f, Locale locale) {
        return lines(f, locale).stream().map(l -> new String[] { l.section(), l.item(), text(l, locale) }).toList();
    }

    public List<Line> lines(AnnualFigures f, Locale locale) {
        List<Line> lines = new ArrayList<>();
        Section s = new Section(lines, label("statistics.section.licensing", locale), locale);
        s.count("statistics.item.applications", f.licensing().applications());
        s.count("statistics.item.accepted", f.licensing().accepted());
        s.count("statistics.item.granted", f.licensing().granted());
        s.count("statistics.item.refused", f.licensing().refused());
        s.count("statistics.item.revoked", f.licensing().revoked());

        s = new Section(lines, label("statistics.section.penalties", locale), locale);
        boolean penalties = f.penalties().powerHeld();
        for (PenaltyKind k : PenaltyKind.values()) {
            s.line(label(k.messageKey(), locale), penalties ? f.penalties().byKind().get(k) : null);
        }
        s.count("statistics.item.total", penalties ? f.penalties().total() : null);
        s.yuan("statistics.item.confiscated", penalties ? f.penalties().confiscatedAmount() : null);
        s.count("statistics.item.no-penalty", penalties ? f.noPenalty() : null);
        s.count("statistics.item.reduced", penalties ? f.reducedPenalty() : null);

        s = new Section(lines, label("statistics.section.coercion", locale), locale);
        s.count("statistics.item.measures", f.coercion().measures());
        s.count("statistics.item.enforcements", f.coercion().enforcements());

        s = new Section(lines, label("statistics.section.inspections", locale), locale);
        s.count("statistics.item.inspections", f.inspections().inspections());
        s.count("statistics.item.problems-found", f.inspections().problemsFound());

        s = new Section(lines, label("statistics.section.cases", locale), locale);
        s.count("statistics.item.filed", f.casesFiled());
        s.count("statistics.item.closed", f.casesClosed());

        s = new Section(lines, label("statistics.section.remedies", locale), locale);
        s.count("statistics.item.reconsideration-brought", f.remedies().reconsideration().brought());
        s.count("statistics.item.reconsideration-concluded", f.remedies().reconsideration().concluded());
        s.count("statistics.item.reconsideration-corrected", f.remedies().reconsideration().corrected());
        s.count("statistics.item.litigation-brought", f.remedies().litigation().brought());
        s.count("statistics.item.litigation-concluded", f.remedies().litigation().concluded());
        s.count("statistics.item.litigation-corrected", f.remedies().litigation().corrected());
        s.share("statistics.item.correction-rate", f.remedies().correctionRate());

        s = new Section(lines, label("statistics.section.officers", locale), locale);
        s.count("statistics.item.officers", f.officers().total());
        s.count("statistics.item.certified", f.officers().certified());
        s.share("statistics.item.certified-ratio", f.officers().ratio());
        return lines;
    }

    /** A value as printed: a count as is, yuan with two places, a share as a percentage; a dash for no value. */
    public String text(Line line, Locale locale) {
        if (line.value() == null) {
            return label("statistics.not-held", locale);
        }
        return switch (line.format()) {
            case COUNT -> line.value().toPlainString();
            case YUAN -> String.format(Locale.ROOT, "%,.2f", line.value());
            case SHARE -> line.value().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                    + "%";
        };
    }

    String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private final class Section {
        private final List<Line> lines;
        private final String name;
        private final Locale locale;

        Section(List<Line> lines, String name, Locale locale) {
            this.lines = lines;
            this.name = name;
            this.locale = locale;
        }

        void line(String item, Long value) {
            lines.add(new Line(name, item, value == null ? null : BigDecimal.valueOf(value), Format.COUNT));
        }

        void count(String key, Long value) {
            line(label(key, locale), value);
        }

        void yuan(String key, BigDecimal value) {
            lines.add(new Line(name, label(key, locale), value, Format.YUAN));
        }

        void share(String key, BigDecimal value) {
            lines.add(new Line(name, label(key, locale), value, Format.SHARE));
        }
    }
}
