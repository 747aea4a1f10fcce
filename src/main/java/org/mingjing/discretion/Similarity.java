package org.mingjing.discretion;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two cases of the same matter are (类案, LAW.md §7; 国办发〔2022〕27号 against 类案不同罚), from 0 to 1: half
 * the Jaccard index of the circumstance codes their decisions record (shared codes over all codes), half the Dice
 * coefficient of the words of their facts (twice the shared words over the words of both). A case without recorded
 * circumstances is compared by its facts alone. Ties go to the later decision.
 */
final class Similarity {

    private Similarity() {
    }

    /** The similarity and its two parts. */
    record Score(double value, double circumstances, double facts) {
    }

    static final Comparator<SimilarCaseIndex.Hit> ORDER = Comparator
            .comparingDouble((SimilarCaseIndex.Hit h) -> h.score().value()).reversed()
            .thenComparing(h -> h.entry().decidedOn(), Comparator.reverseOrder())
            .thenComparing(h -> h.entry().number());

    static Score of(Set<String> codesA, Set<String> codesB, Set<String> wordsA, Set<String> wordsB) {
        double facts = dice(wordsA, wordsB);
        if (codesA.isEmpty()) {
            return new Score(facts, 0, facts);
        }
        double circumstances = jaccard(codesA, codesB);
        return new Score(0.5 * circumstances + 0.5 * facts, circumstances, facts);
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) shared(a, b) / union.size();
    }

    static double dice(Set<String> a, Set<String> b) {
        return a.isEmpty() && b.isEmpty() ? 0 : 2.0 * shared(a, b) / (a.size() + b.size());
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int n = 0;
        for (String x : small) {
            if (large.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
