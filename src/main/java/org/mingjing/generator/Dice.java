package org.mingjing.generator;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The random choices of one case, drawn from its own generator seeded by the run's seed and the case's place in
 * the run, so that a run is reproducible and any case can be told again on its own.
 */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The dice of the {@code index}-th case of a run with this seed. */
    static Dice forCase(long seed, long index) {
        return new Dice(mix(seed * 0x9E3779B97F4A7C15L + index));
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated sequences. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return max <= min ? min : min + random.nextInt(max - min + 1);
    }

    long between(long min, long max) {
        return max <= min ? min : min + random.nextLong(max - min + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    char pick(String characters) {
        return characters.charAt(random.nextInt(characters.length()));
    }

    /** A key of the map, each as likely as its weight; the map's iteration order makes it reproducible. */
    String weighted(Map<String, Double> weights) {
        double total = 0;
        for (double w : weights.values()) {
            total += w;
        }
        double r = random.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            last = e.getKey();
            r -= e.getValue();
            if (r < 0) {
                return last;
            }
        }
        return last;
    }

    /** An index into cumulative weights (ascending, the last one the total), each as likely as its weight. */
    int weighted(double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > r) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Math.max(0, weights[i]);
            c[i] = sum;
        }
        return c;
    }
}
