package org.mingjing.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a given width the way Chinese is set: a line may end after any character, since
 * Chinese has no spaces between words, with two exceptions. A closing punctuation mark never starts a line and an
 * opening one never ends it (避头尾, the kinsoku rule of CJK typesetting; GB/T 9704-2012 sets the body on a grid
 * where a stray comma at a line's start is the most visible fault): the last character of the full line moves down
 * to keep the mark company. And a run of Latin letters and digits (a credit code, an amount, a phone number) is
 * kept whole unless it is longer than a line.
 */
final class LineBreaker {

    /** Marks that may not start a line: ，。、；：？！）」』》”’〕】〉… and their ASCII counterparts. */
    static final String NO_LINE_START = "\uFF0C\u3002\u3001\uFF1B\uFF1A\uFF1F\uFF01\uFF09\u300D\u300F\u300B"
            + "\u201D\u2019\u3015\u3011\u3009\u2026\uFF05,.;:?!)]}%";

    /** Marks that may not end a line: （「『《“‘〔【〈 and their ASCII counterparts. */
    static final String NO_LINE_END = "\uFF08\u300C\u300E\u300A\u201C\u2018\u3014\u3010\u3008([{";

    private static final double EPSILON = 1e-6;

    /** How many characters the rule may move down before it gives up on a pathological run of marks. */
    private static final int MAX_MOVES = 4;

    private LineBreaker() {
    }

    /**
     * A line: the characters {@code [start, end)}, and whether it is the last line of its paragraph (the end of the
     * text or a line break in it), which a justified paragraph leaves ragged.
     */
    record Line(int start, int end, boolean last) {

        int length() {
            return end - start;
        }
    }

    /**
     * Breaks the characters into lines no wider than {@code firstWidth} (the first line) and {@code width} (the rest);
     * {@code advances} holds each character's width in the same unit. A line break character starts a new line.
     */
    static List<Line> wrap(int[] chars, double[] advances, double firstWidth, double width) {
        List<Line> lines = new ArrayList<>();
        int n = chars.length;
        if (n == 0) {
            lines.add(new Line(0, 0, true));
            return lines;
        }
        int i = 0;
        boolean first = true;
        while (i < n) {
            double limit = first ? firstWidth : width;
            int j = i;
            double used = 0;
            while (j < n && chars[j] != '\n') {
                if (j > i && used + advances[j] > limit + EPSILON) {
                    break;
                }
                used += advances[j];
                j++;
            }
            if (j >= n || chars[j] == '\n') {
                lines.add(new Line(i, trimEnd(chars, i, j), true));
                i = j + 1;
                first = false;
                continue;
            }
            int end = j;
            if (isWordChar(chars[end - 1]) && isWordChar(chars[end])) {
                int k = end - 1;
                while (k > i && isWordChar(chars[k - 1])) {
                    k--;
                }
                if (k > i) {
                    end = k;
                }
            }
            for (int moves = 0; moves < MAX_MOVES && end - 1 > i
                    && (noLineStart(chars[end]) || noLineEnd(chars[end - 1])); moves++) {
                end--;
            }
            lines.add(new Line(i, trimEnd(chars, i, end), false));
            i = end;
            while (i < n && chars[i] == ' ') {
                i++;
            }
            first = false;
        }
        return lines;
    }

    static boolean noLineStart(int c) {
        return NO_LINE_START.indexOf(c) >= 0;
    }

    static boolean noLineEnd(int c) {
        return NO_LINE_END.indexOf(c) >= 0;
    }

    /** Letters, digits and the marks inside numbers and codes (5,000.00 · 0398-1234567 · a/b). */
    private static boolean isWordChar(int c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == ',' || c == '-' || c == '/' || c == '_'
                || c == '@');
    }

    private static int trimEnd(int[] chars, int start, int end) {
        while (end > start && chars[end - 1] == ' ') {
            end--;
        }
        return end;
    }
}
