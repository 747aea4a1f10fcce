package org.mingjing.publicity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

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

/**
 * How fast {@link Masking} reads Chinese text (the requirement of issue 7: at least 10 MB a second), on 1 MiB of
 * decision-like text (UTF-8) with a piece of personal data every 300 characters or so and five known values, against
 * two floors in the same run: one pass of one pattern (the mobile number) and a plain copy of the text.
 *
 * <p>Run it (see docs/performance.md):
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.mingjing.publicity.MaskingBenchmark
 * </pre>
 * Each operation is one pass over the whole text; MB/s = operations per second × the text's UTF-8 size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class MaskingBenchmark {

    static final String[] SENTENCES = { "该协会超出章程规定的宗旨和业务范围，以举办培训为名收取费用，违法所得经核实为人民币壹万元。",
            "经查，当事人于2026年9月10日在湖滨区黄河路18号举办收费培训三期，参加人数共计八十余人。",
            "本机关依据《社会团体登记管理条例》第三十条第一款第（二）项的规定，决定给予警告并处罚款。",
            "当事人在规定期限内未提出陈述、申辩意见，亦未要求举行听证。",
            "三门峡市湖滨区晨光文化交流协会（统一社会信用代码51411202MJ1234567M）对上述事实无异议。" };
    static final String[] PRIVATE = { "身份证号411202198503150017", "联系电话13803980000", "住址：湖滨区崤山路6号院3单元",
            "证人李四称", "账号6222021234567890123", "邮箱li.mou@example.com", "车牌豫M12345", "电话0398-2861234" };

    String text;
    List<Masking.Known> known;
    Pattern mobile = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");

    @Setup
    public void setUp() {
        Random random = new Random(20261128);
        StringBuilder b = new StringBuilder();
        while (b.toString().getBytes(StandardCharsets.UTF_8).length < (1 << 20)) {
            for (int i = 0; i < 200; i++) {
                b.append(SENTENCES[random.nextInt(SENTENCES.length)]);
                if (random.nextInt(5) == 0) {
                    b.append(PRIVATE[random.nextInt(PRIVATE.length)]).append('\uff0c');
                }
            }
        }
        text = b.toString();
        known = List.of(new Masking.Known(Masking.Type.PERSON_NAME, "王小明"),
                new Masking.Known(Masking.Type.ID_NUMBER, "411202199001011234"),
                new Masking.Known(Masking.Type.PHONE, "13903981234"),
                new Masking.Known(Masking.Type.ADDRESS, "湖滨区崖底街道办事处后川村"),
                new Masking.Known(Masking.Type.BANK_ACCOUNT, "6217001234567890"));
    }

    @Benchmark
    public String mask() {
        return Masking.mask(text, known, List.of("患有抑郁症")).masked();
    }

    /** Floor: one pattern's pass over the same text. */
    @Benchmark
    public int onePattern() {
        int n = 0;
        var m = mobile.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Floor: copying the text. */
    @Benchmark
    public String copy() {
        return new StringBuilder(text.length()).append(text).toString();
    }

    public static void main(String[] args) throws Exception {
        MaskingBenchmark b = new MaskingBenchmark();
        b.setUp();
        System.out.printf("text: %,d characters, %,d bytes UTF-8, %,d findings%n", b.text.length(),
                b.text.getBytes(StandardCharsets.UTF_8).length,
                Masking.mask(b.text, b.known, List.of()).findings().size());
        org.openjdk.jmh.Main.main(new String[] { MaskingBenchmark.class.getName() });
    }
}
