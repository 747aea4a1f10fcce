package org.mingjing.publicity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mingjing.shared.CreditCode;
import org.mingjing.shared.ResidentIdNumber;

/**
 * Removes personal data from a text before it is published (脱密脱敏, seed §二(一)1; LAW.md §4), in three passes:
 * <ol>
 * <li>what the case itself knows to be private ({@link Known}: each party's and person's ID number, phone, address,
 * bank account, the names of natural persons other than the penalised party), wherever it stands;</li>
 * <li>patterns for what was typed freely: resident ID numbers (GB 11643, the check character raising them above
 * other long numbers), mobile and landline numbers, bank cards (16–19 digits; Luhn is not required, LAW.md §9),
 * e-mail addresses, vehicle plates, property-certificate numbers, and addresses and names after the words that
 * introduce them (住址, 证人…) — with look-arounds on digits and letters, never {@code \b}, which does not match
 * beside Chinese characters (LAW.md §9);</li>
 * <li>anything the releasing officer marks by hand.</li>
 * </ol>
 * A legal person's name and its unified social credit code (GB 32100) stay: a valid credit code is never taken for
 * a card or an ID. Overlapping findings are merged into the wider; each is replaced by asterisks of its length,
 * except a person's name, which keeps its surname (王某).
 */
public final class Masking {

    /** The kinds of finding, as the API contract names them. */
    public enum Type {
        ID_NUMBER, PHONE, BANK_ACCOUNT, EMAIL, ADDRESS, PERSON_NAME, PLATE, PROPERTY_CERTIFICATE, MANUAL
    }

    /** A private value the case knows (a party's ID number, a witness's name…). */
    public record Known(Type type, String text) {
    }

    /** One thing found and masked: its kind, where it stood in the original, and the original text. */
    public record Finding(Type type, int start, int end, String text) {
    }

    public record Result(String original, String masked, List<Finding> findings) {
    }

    private static final String DIGIT_EDGE_BEFORE = "(?<![0-9A-Za-z])";
    private static final String DIGIT_EDGE_AFTER = "(?![0-9A-Za-z])";

    /** 18 characters: region, birth date 18xx–20xx, sequence, check (digit or X). */
    private static final Pattern ID = Pattern.compile(DIGIT_EDGE_BEFORE
            + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]" + DIGIT_EDGE_AFTER);
    /** The old 15-digit number: region, yymmdd, sequence. */
    private static final Pattern ID15 = Pattern.compile(DIGIT_EDGE_BEFORE
            + "[1-9]\\d{5}\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}" + DIGIT_EDGE_AFTER);
    /** Credit codes (letters and digits, 18): found first so that no other pattern takes them. */
    private static final Pattern CREDIT = Pattern.compile(DIGIT_EDGE_BEFORE + "[0-9A-HJ-NPQRTUWXY]{18}"
            + DIGIT_EDGE_AFTER);
    private static final Pattern CARD = Pattern.compile(DIGIT_EDGE_BEFORE
            + "(?:\\d[ -]?){15,18}\\d" + DIGIT_EDGE_AFTER);
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}(?![0-9])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9])(?:(?:\\(0\\d{2,3}\\)|\uff080\\d{2,3}\uff09|0\\d{2,3}[ -])[1-9]\\d{6,7}"
                    + "|0\\d{2,3}[2-9]\\d{6,7})(?:-\\d{1,6})?(?![0-9])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}(?![A-Za-z0-9])");
    /** 豫M12345, 京A·D12345 (new-energy), 豫M1234学: the province's character, the city's letter, five or six more. */
    private static final Pattern PLATE = Pattern.compile("[\u4eac\u6d25\u6caa\u6e1d\u5180\u8c6b\u4e91\u8fbd\u9ed1"
            + "\u6e58\u7696\u9c81\u65b0\u82cf\u6d59\u8d63\u9102\u6842\u7518\u664b\u8499\u9655\u5409\u95fd\u8d35\u7ca4"
            + "\u9752\u85cf\u5ddd\u5b81\u743c][A-HJ-NP-Z][\u00b7\\. ]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9\u6302\u5b66"
            + "\u8b66\u6e2f\u6fb3]" + DIGIT_EDGE_AFTER);
    /** The words a property certificate's number follows: 不动产权, 房权证, 房产证, 土地证. */
    private static final String[] PROPERTY_WORDS = { "\u4e0d\u52a8\u4ea7\u6743", "\u623f\u6743\u8bc1",
            "\u623f\u4ea7\u8bc1", "\u571f\u5730\u8bc1" };
    /** 不动产权第0001234号, 房权证…字第12345号, 房产证号12345678, 不动产权证号：ABC12345. */
    private static final Pattern PROPERTY = Pattern.compile("((?:" + String.join("|", PROPERTY_WORDS) + ")"
            + "(?:[^\uff0c\u3002\uff1b;,\\s]{0,16}?\u7b2c?\\s*[0-9]{5,}\u53f7?"
            + "|\u8bc1?\u53f7[\uff1a:]?\\s*[0-9A-Za-z]{5,}))");
    /** The words after which an address follows: 住址, 住所, 家住, 现住, 居住于, 居住地, 地址. */
    private static final String[] ADDRESS_WORDS = { "\u4f4f\u5740", "\u4f4f\u6240", "\u5bb6\u4f4f", "\u73b0\u4f4f",
            "\u5c45\u4f4f\u4e8e", "\u5c45\u4f4f\u5730", "\u5730\u5740" };
    /** What follows one of {@link #ADDRESS_WORDS} up to the next punctuation. */
    private static final Pattern ADDRESS = Pattern.compile("(?:" + String.join("|", ADDRESS_WORDS) + ")"
            + "(?:\u4e3a|\u5728|\u662f)?[\uff1a:]?\\s*([^\uff0c\u3002\uff1b;,\\s\uff08\uff09()]{4,60})");
    /** The words after which a person's name follows: 证人, 见证人, 被询问人, 举报人, 投诉人, 受害人, 其妻, 其夫, 其子, 其女. */
    private static final String[] NAME_WORDS = { "\u8bc1\u4eba", "\u89c1\u8bc1\u4eba", "\u88ab\u8be2\u95ee\u4eba",
            "\u4e3e\u62a5\u4eba", "\u6295\u8bc9\u4eba", "\u53d7\u5bb3\u4eba", "\u5176\u59bb", "\u5176\u592b",
            "\u5176\u5b50", "\u5176\u5973" };
    /** A name after one of {@link #NAME_WORDS}: two to four Chinese characters up to what ends a name. */
    private static final Pattern NAME = Pattern.compile("(?:" + String.join("|", NAME_WORDS) + ")"
            + "[\uff1a:]?\\s*([\u4e00-\u9fa5]{2,4}?)(?=[\uff0c\u3002\uff1b;,\\s\u3001\uff08(\u79f0\u8bf4\u8bc1\u8868"
            + "\u53cd\u5b9e\u5e74\u7537\u5973]|$)");

    /** Characters a number, code, e-mail or plate is written with: the only places the patterns look. */
    private static boolean written(char c) {
        return c < 128 ? c > ' ' || c == ' ' : c == '\uff08' || c == '\uff09' || c == '\u00b7';
    }

    /** How far before a run of such characters a pattern looks: a look-behind's character, a plate's province. */
    private static final int BEFORE = 1;

    private Masking() {
    }

    /** Masks {@code text}: the case's known values, then the patterns, then the officer's marks. */
    public static Result mask(String text, Collection<Known> known, Collection<String> manual) {
        if (text == null || text.isEmpty()) {
            return new Result(text, text, List.of());
        }
        List<Finding> found = new ArrayList<>();
        List<int[]> keep = new ArrayList<>();
        for (Known k : known) {
            if (k.text() != null && k.text().strip().length() >= 2) {
                exact(text, k.text().strip(), k.type(), found);
            }
        }
        List<int[]> windows = windows(text);
        for (int[] w : windows) {
            Matcher credit = CREDIT.matcher(text).useTransparentBounds(true).region(w[0], w[1]);
            while (credit.find()) {
                if (CreditCode.isValid(credit.group()) && !ResidentIdNumber.isValid(credit.group())) {
                    keep.add(new int[] { credit.start(), credit.end() });
                }
            }
        }
        for (int[] w : windows) {
            pattern(text, w, ID, Type.ID_NUMBER, 0, keep, found);
            pattern(text, w, ID15, Type.ID_NUMBER, 0, keep, found);
            pattern(text, w, CARD, Type.BANK_ACCOUNT, 0, keep, found);
            pattern(text, w, MOBILE, Type.PHONE, 0, keep, found);
            pattern(text, w, LANDLINE, Type.PHONE, 0, keep, found);
            pattern(text, w, EMAIL, Type.EMAIL, 0, keep, found);
            pattern(text, w, PLATE, Type.PLATE, 0, keep, found);
        }
        after(text, PROPERTY_WORDS, PROPERTY, 48, Type.PROPERTY_CERTIFICATE, keep, found);
        after(text, ADDRESS_WORDS, ADDRESS, 80, Type.ADDRESS, keep, found);
        after(text, NAME_WORDS, NAME, 16, Type.PERSON_NAME, keep, found);
        for (String m : manual) {
            if (m != null && !m.isBlank()) {
                exact(text, m.strip(), Type.MANUAL, found);
            }
        }
        List<Finding> merged = merge(text, found);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : merged) {
            out.append(text, at, f.start());
            out.append(replacement(f));
            at = f.end();
        }
        out.append(text, at, text.length());
        return new Result(text, out.toString(), merged);
    }

    private static void exact(String text, String value, Type type, List<Finding> found) {
        if (type != Type.MANUAL && value.length() >= 6 && value.chars().allMatch(c -> c >= '0' && c <= '9'
                || c == 'X' || c == 'x' || c == '-' || c == ' ')) {
            loose(text, value, type, found);
            return;
        }
        int from = 0;
        int i;
        while ((i = text.indexOf(value, from)) >= 0) {
            found.add(new Finding(type, i, i + value.length(), value));
            from = i + value.length();
        }
    }

    /**
     * A known number as people type it: its digits in order, any of them apart by a space or a hyphen
     * (138-1234-5678, 6222 0212 3456 7890 123), never inside a longer run of digits.
     */
    private static void loose(String text, String value, Type type, List<Finding> found) {
        StringBuilder regex = new StringBuilder(DIGIT_EDGE_BEFORE);
        boolean first = true;
        for (char c : value.toCharArray()) {
            if (c == '-' || c == ' ') {
                continue;
            }
            if (!first) {
                regex.append("[ \\-]?");
            }
            regex.append(c == 'X' || c == 'x' ? "[Xx]" : String.valueOf(c));
            first = false;
        }
        regex.append(DIGIT_EDGE_AFTER);
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        while (m.find()) {
            found.add(new Finding(type, m.start(), m.end(), m.group()));
        }
    }

    /**
     * The stretches of the text the digit and code patterns need to read: each run of {@link #written} characters,
     * with {@value #BEFORE} character before it and one after; touching stretches are joined. Chinese prose between
     * them is skipped, which is what makes masking fast; the patterns that begin with Chinese words are tried only
     * where those words stand.
     */
    static List<int[]> windows(String text) {
        List<int[]> windows = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!written(text.charAt(i)) || text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && written(text.charAt(i))) {
                i++;
            }
            int from = Math.max(0, start - BEFORE);
            int to = Math.min(n, i + 1);
            int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && from <= last[1]) {
                last[1] = Math.max(last[1], to);
            } else {
                windows.add(new int[] { from, to });
            }
        }
        return windows;
    }

    private static void pattern(String text, int[] window, Pattern p, Type type, int group, List<int[]> keep,
            List<Finding> found) {
        Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(window[0],
                window[1]);
        while (m.find()) {
            int start = m.start(group);
            int end = m.end(group);
            if (start >= 0 && !kept(keep, start, end)) {
                found.add(new Finding(type, start, end, text.substring(start, end)));
            }
        }
    }

    /** A pattern that begins with one of {@code words}, tried only where those words stand. */
    private static void after(String text, String[] words, Pattern p, int reach, Type type, List<int[]> keep,
            List<Finding> found) {
        for (String word : words) {
            int from = 0;
            int i;
            while ((i = text.indexOf(word, from)) >= 0) {
                Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false).region(i,
                        Math.min(text.length(), i + word.length() + reach));
                if (m.lookingAt() && m.start(1) >= 0 && !kept(keep, m.start(1), m.end(1))) {
                    found.add(new Finding(type, m.start(1), m.end(1), text.substring(m.start(1), m.end(1))));
                }
                from = i + word.length();
            }
        }
    }

    private static boolean kept(List<int[]> keep, int start, int end) {
        for (int[] k : keep) {
            if (start >= k[0] && end <= k[1]) {
                return true;
            }
        }
        return false;
    }

    /** Overlapping findings become one, of the type of the one that began first (the wider on a tie). */
    private static List<Finding> merge(String text, List<Finding> found) {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -f.end()));
        List<Finding> merged = new ArrayList<>();
        for (Finding f : sorted) {
            Finding last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && f.start() < last.end()) {
                if (f.end() > last.end()) {
                    merged.set(merged.size() - 1, new Finding(last.type(), last.start(), f.end(),
                            text.substring(last.start(), f.end())));
                }
            } else {
                merged.add(f);
            }
        }
        return merged;
    }

    /**
     * What a finding becomes in the masked text: asterisks of its length, or for a person's name its surname and
     * 某 — two characters, so the masked text is shorter there and a page that highlights findings in it reads
     * their places from this, not from the original's offsets.
     */
    public static String replacement(Finding f) {
        int length = f.end() - f.start();
        if (f.type() == Type.PERSON_NAME && length >= 2) {
            return f.text().charAt(0) + "\u67d0";
        }
        return "*".repeat(length);
    }
}
