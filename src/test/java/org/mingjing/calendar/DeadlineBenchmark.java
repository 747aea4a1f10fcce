package org.mingjing.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How many deadlines one core computes per second (the requirement: at least one million), on the official
 * calendar 2019–2026, with start days spread over those years and periods of 1–60 days, against two floors measured
 * in the same run: walking day by day over hash sets of holidays, and {@link LocalDate#plusDays} alone.
 *
 * <p>Run it (see docs/performance.md):
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.mingjing.calendar.DeadlineBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DeadlineBenchmark {

    private static final int INPUTS = 1 << 12;

    private CalendarSnapshot snapshot;
    private NaiveCalendar naive;
    private LocalDate[] froms;
    private int[] days;
    private PeriodRule[] rules;
    private int next;

    @Setup
    public void setUp() {
        snapshot = OfficialCalendar.snapshot();
        naive = new NaiveCalendar(OfficialCalendar.days());
        Random random = new Random(2024_10_12);
        LocalDate first = LocalDate.of(2019, 1, 1);
        int span = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - first.toEpochDay());
        List<PeriodRule> all = List.of(PeriodRule.values());
        froms = new LocalDate[INPUTS];
        days = new int[INPUTS];
        rules = new PeriodRule[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            froms[i] = first.plusDays(random.nextInt(span));
            days[i] = 1 + random.nextInt(60);
            rules[i] = all.get(random.nextInt(all.size()));
        }
    }

    private int nextInput() {
        next = (next + 1) & (INPUTS - 1);
        return next;
    }

    /** N working days after D from the precomputed snapshot. */
    @Benchmark
    public Deadline workingDays() {
        int i = nextInput();
        return snapshot.deadline(froms[i], days[i], PeriodUnit.WORKING_DAYS);
    }

    /** N calendar days after D, rolled to a working day. */
    @Benchmark
    public Deadline calendarDays() {
        int i = nextInput();
        return snapshot.deadline(froms[i], days[i], PeriodUnit.CALENDAR_DAYS);
    }

    /** A named rule of LAW.md §1, chosen at random: working days, days, months, years, the fixed date. */
    @Benchmark
    public Deadline namedRule() {
        int i = nextInput();
        return snapshot.deadline(froms[i], rules[i]);
    }

    /** Floor: the obvious loop, day by day over hash sets of days off and adjusted working days. */
    @Benchmark
    public LocalDate naiveWorkingDaysLoop() {
        int i = nextInput();
        return naive.workingDaysAfter(froms[i], days[i]);
    }

    /** Floor: LocalDate.plusDays alone, no calendar at all. */
    @Benchmark
    public LocalDate plusDaysOnly() {
        int i = nextInput();
        return froms[i].plusDays(days[i]);
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(DeadlineBenchmark.class.getName() + "\\.").build();
        new Runner(options).run();
    }
}
