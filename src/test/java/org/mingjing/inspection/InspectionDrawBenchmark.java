package org.mingjing.inspection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mingjing.shared.CreditCode;

/**
 * How long a draw over a 10,000-subject register takes (5 % drawn, 20 inspectors, two per subject, a few recusals):
 * {@link RandomDraw#draw} against the floor of the same run — raw SHA-256 with {@link MessageDigest} over exactly the
 * inputs the draw hashes (10,000 subject keys and 500 × 20 inspector keys), without ranking or anything else.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.mingjing.inspection.InspectionDrawBenchmark
 * </pre>
 */
public final class InspectionDrawBenchmark {

    static final int SUBJECTS = 10_000;
    static final int INSPECTORS = 20;
    static final int RUNS = 40;
    static final int WARM_UP = 15;

    private InspectionDrawBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<RandomDraw.Candidate> register = new ArrayList<>();
        for (int i = 0; i < SUBJECTS; i++) {
            String body = "51411202MJ" + String.format("%07d", i);
            register.add(new RandomDraw.Candidate("subject " + i, body + CreditCode.checkCharacter(body)));
        }
        List<RandomDraw.Inspector> inspectors = new ArrayList<>();
        for (int i = 0; i < INSPECTORS; i++) {
            inspectors.add(new RandomDraw.Inspector("inspector " + i, "41120224" + String.format("%03d", i)));
        }
        List<RandomDraw.Recusal> recusals = List.of(
                new RandomDraw.Recusal(register.get(1).creditCode(), inspectors.get(0).certificateNumber()),
                new RandomDraw.Recusal(register.get(2).creditCode(), inspectors.get(1).certificateNumber()));
        BigDecimal ratio = new BigDecimal("0.05");
        String seed = "3f1e0c9b8a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f";

        // The floor's inputs: what the draw hashes, built before the clock starts.
        List<RandomDraw.Assignment> probe = RandomDraw.draw(seed, register, inspectors, recusals, ratio, 2);
        List<byte[]> inputs = new ArrayList<>();
        register.forEach(c -> inputs.add((seed + "|" + c.creditCode()).getBytes(StandardCharsets.UTF_8)));
        for (RandomDraw.Assignment a : probe) {
            for (RandomDraw.Inspector i : inspectors) {
                inputs.add((seed + "|" + a.creditCode() + "|" + i.certificateNumber())
                        .getBytes(StandardCharsets.UTF_8));
            }
        }

        long[] draw = new long[RUNS];
        long[] floor = new long[RUNS];
        long sink = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            long t0 = System.nanoTime();
            sink += RandomDraw.draw(seed, register, inspectors, recusals, ratio, 2).size();
            long t1 = System.nanoTime();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] in : inputs) {
                sink += sha.digest(in)[0];
            }
            long t2 = System.nanoTime();
            if (run >= 0) {
                draw[run] = t1 - t0;
                floor[run] = t2 - t1;
            }
        }
        System.out.printf("register %,d subjects, %d inspectors, ratio %s: %d drawn, %,d hashes%n", SUBJECTS,
                INSPECTORS, ratio, probe.size(), inputs.size());
        System.out.printf("draw        p50 %6.1f ms  p95 %6.1f ms%n", ms(draw, 50), ms(draw, 95));
        System.out.printf("floor (sha) p50 %6.1f ms  p95 %6.1f ms%n", ms(floor, 50), ms(floor, 95));
        System.out.println("(sink " + sink + ")");
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
