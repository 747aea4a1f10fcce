package org.mingjing.review;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.mingjing.cases.Steps;

/**
 * Whether a decision is the one a review passed (seed §二(三)1: a decision that needs review is made only as
 * reviewed): the same type, the same penalties with the same amounts in any order, and the same legal basis (blanks
 * aside). The circumstances and the discretion note give the reasons for the amount and the date is the day it is
 * made; they are not what the decision decides.
 */
final class Proposals {

    private Proposals() {
    }

    static boolean same(Steps.Decision reviewed, Steps.Decision made) {
        return reviewed.type() == made.type() && penalties(reviewed).equals(penalties(made))
                && Objects.equals(basis(reviewed.basis()), basis(made.basis()));
    }

    private static List<String> penalties(Steps.Decision d) {
        return nullSafe(d.penalties()).stream().sorted(Comparator.comparing(Steps.Penalty::kind))
                .map(p -> p.kind().name() + ":" + amount(p.amount())).toList();
    }

    private static String amount(BigDecimal v) {
        return v == null ? "-" : v.stripTrailingZeros().toPlainString();
    }

    private static String basis(String basis) {
        return basis == null ? null : basis.replaceAll("\\s+", "");
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
