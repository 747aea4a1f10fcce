package org.mingjing.catalogue;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One provision a matter rests on: the law or regulation and the article, with paragraph and item where the
 * provision is that precise. Written as statutes cite one another, 《社会团体登记管理条例》第三十条第一款第（一）项.
 */
public record LegalBasis(String law, int article, Integer paragraph, Integer item) {

    /** 《law》第N条(第N款)(第(N)项), numbers in Arabic or Chinese numerals, brackets full- or half-width. */
    private static final Pattern CITATION = Pattern.compile(
            "^\u300a(?<law>[^\u300a\u300b]{1,100})\u300b\\s*\u7b2c(?<article>[0-9\\p{IsHan}&&[^\u6761]]{1,8})\u6761"
                    + "(?:\\s*\u7b2c(?<paragraph>[0-9\\p{IsHan}&&[^\u6b3e]]{1,6})\u6b3e)?"
                    + "(?:\\s*\u7b2c[\uff08(]?(?<item>[0-9\\p{IsHan}&&[^\u9879\uff09)]]{1,6})[\uff09)]?\u9879)?$");

    /** The citation in the official style with Chinese numerals. */
    public String citation() {
        StringBuilder s = new StringBuilder("\u300a").append(law).append("\u300b\u7b2c")
                .append(ChineseNumerals.format(article)).append('\u6761');
        if (paragraph != null) {
            s.append('\u7b2c').append(ChineseNumerals.format(paragraph)).append('\u6b3e');
        }
        if (item != null) {
            s.append("\u7b2c\uff08").append(ChineseNumerals.format(item)).append("\uff09\u9879");
        }
        return s.toString();
    }

    /** Reads one citation as {@link #citation()} writes it, or with Arabic numerals; empty if it is not one. */
    public static Optional<LegalBasis> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CITATION.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        OptionalInt article = ChineseNumerals.parse(m.group("article"));
        OptionalInt paragraph = ChineseNumerals.parse(m.group("paragraph"));
        OptionalInt item = ChineseNumerals.parse(m.group("item"));
        if (article.isEmpty() || (m.group("paragraph") != null && paragraph.isEmpty())
                || (m.group("item") != null && item.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new LegalBasis(m.group("law").strip(), article.getAsInt(),
                paragraph.isPresent() ? paragraph.getAsInt() : null, item.isPresent() ? item.getAsInt() : null));
    }
}
