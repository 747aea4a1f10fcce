package org.mingjing.cases;

import java.util.Optional;

/**
 * The township (乡镇、街道) of a case's place, for counting where cases happen (seed §二(一)6: analysis by place). A
 * place is written "{county}{township}{village}村" (湖滨区交口乡南沟村), possibly with the province and city before the
 * county, or is a street address or a bare county with no township at all. The township is the first run after the
 * leading divisions (省, 市, 区, 县, 旗) that ends in 镇, 乡 or 街道 and is at least two characters long; it is named with
 * the county before it, since townships of different counties share names. A 村 inside a township's name (西张村镇)
 * does not end it: nothing looks for 村.
 *
 * <p>Kept apart from {@code Places} (written in a parallel branch) until the two are merged.
 */
final class HotSpotPlaces {

    /** 省市区县旗: the last character of a division above the township. */
    private static final String DIVISION_ENDS = "\u7701\u5e02\u533a\u53bf\u65d7";
    /** 镇乡村街路道: characters that do not occur in a division's name, only after it. */
    private static final String NOT_IN_DIVISION = "\u9547\u4e61\u6751\u8857\u8def\u9053";
    /** 镇, 乡, and 街 then 道 (街道): the ends of a township's name. */
    private static final char TOWN = '\u9547';
    private static final char TOWNSHIP = '\u4e61';
    private static final char STREET = '\u8857';
    private static final char STREET_END = '\u9053';
    /** The longest division name taken (内蒙古自治区, 6 characters). */
    private static final int DIVISION_MAX = 6;
    /** The longest township name taken, suffix included. */
    private static final int TOWNSHIP_MAX = 8;

    private HotSpotPlaces() {
    }

    /** "{county}{township}" of the place (陕州区西张村镇), or empty when the place names no township. */
    static Optional<String> township(String place) {
        if (place == null) {
            return Optional.empty();
        }
        String p = place.strip();
        int start = 0;
        int county = 0;
        while (true) {
            int end = divisionEnd(p, start);
            if (end < 0) {
                break;
            }
            county = start;
            start = end;
        }
        for (int k = start + 1; k < p.length() && k - start < TOWNSHIP_MAX; k++) {
            char c = p.charAt(k);
            boolean street = c == STREET_END && p.charAt(k - 1) == STREET && k - start >= 2;
            if (c == TOWN || c == TOWNSHIP || street) {
                return Optional.of(p.substring(county, k + 1));
            }
        }
        return Optional.empty();
    }

    /** The index after a division of two to six characters starting at {@code from}, or -1. */
    private static int divisionEnd(String p, int from) {
        for (int j = from + 1; j < p.length() && j - from < DIVISION_MAX; j++) {
            char c = p.charAt(j);
            if (NOT_IN_DIVISION.indexOf(c) >= 0) {
                return -1;
            }
            if (DIVISION_ENDS.indexOf(c) >= 0) {
                return j + 1;
            }
        }
        return -1;
    }
}
