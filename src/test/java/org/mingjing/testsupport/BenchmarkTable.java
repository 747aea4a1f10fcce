package org.mingjing.testsupport;

import java.util.List;

/**
 * The rows of a benchmark's Markdown table as docs/performance.md keeps them: what was timed, how many samples,
 * the median, the 95th percentile (nearest rank) and the slowest, in milliseconds from nanosecond samples.
 */
public final class BenchmarkTable {

    private BenchmarkTable() {
    }

    public static void row(StringBuilder report, String name, List<Long> samples) {
        long[] v = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        report.append(String.format("| %s | %,d | %.1f | %.1f | %.1f |%n", name, v.length, percentile(v, 50),
                percentile(v, 95), v[v.length - 1] / 1e6));
    }

    /** The nearest-rank percentile of sorted nanosecond samples, in milliseconds. */
    public static double percentile(long[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    public static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
