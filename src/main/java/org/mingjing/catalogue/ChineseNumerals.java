package org.mingjing.catalogue;

import java.util.OptionalInt;

/**
 * Chinese numerals as statutes number their articles, paragraphs and items (第三十条第一款第（八）项), from 1 to
 * 9999. Characters are written as Unicode escapes so the source stays free of user-facing Chinese text.
 */
final class ChineseNumerals {

    /** 零一二三四五六七八九 */
    private static final String DIGITS = "\u96f6\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d";
    private static final char TEN = '\u5341';
    private static final char HUNDRED = '\u767e';
    private static final char THOUSAND = '\u5343';
    /** 两, as in 两百 */
    private static final char TWO_ALT = '\u4e24';

    private ChineseNumerals() {
    }

    /** 30 → 三十, 105 → 一百零五, 12 → 十二. */
    static String format(int n) {
        if (n < 1 || n > 9999) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        int[] units = {1000, 100, 10, 1};
        char[] names = {THOUSAND, HUNDRED, TEN, 0};
        StringBuilder out = new StringBuilder();
        boolean pendingZero = false;
        for (int i = 0; i < units.length; i++) {
            int d = (n / units[i]) % 10;
            if (d == 0) {
                pendingZero = out.length() > 0;
                continue;
            }
            if (pendingZero) {
                out.append(DIGITS.charAt(0));
                pendingZero = false;
            }
            boolean leadingTen = units[i] == 10 && d == 1 && out.length() == 0;
            if (!leadingTen) {
                out.append(DIGITS.charAt(d));
            }
            if (names[i] != 0) {
                out.append(names[i]);
            }
        }
        return out.toString();
    }

    /** Arabic digits or Chinese numerals to a number from 1 to 9999; empty when it is neither. */
    static OptionalInt parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        String t = text.strip();
        if (t.chars().allMatch(Character::isDigit)) {
            if (t.length() > 4) {
                return OptionalInt.empty();
            }
            int v = Integer.parseInt(t);
            return v >= 1 ? OptionalInt.of(v) : OptionalInt.empty();
        }
        int total = 0;
        int digit = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (char c : t.toCharArray()) {
            int d = c == TWO_ALT ? 2 : DIGITS.indexOf(c);
            if (d >= 0) {
                if (digit > 0) {
                    return OptionalInt.empty();
                }
                digit = d;
                continue;
            }
            int unit = c == TEN ? 10 : c == HUNDRED ? 100 : c == THOUSAND ? 1000 : -1;
            if (unit < 0 || unit >= lastUnit) {
                return OptionalInt.empty();
            }
            int multiplier = digit < 0 ? (unit == 10 && total == 0 ? 1 : -1) : digit;
            if (multiplier <= 0) {
                return OptionalInt.empty();
            }
            total += multiplier * unit;
            lastUnit = unit;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total >= 1 && total <= 9999 ? OptionalInt.of(total) : OptionalInt.empty();
    }
}
