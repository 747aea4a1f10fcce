package org.mingjing.generator;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar mingjing.jar generate --cases N}: runs once the context has started — after the demo data set
 * was loaded into a new embedded database (DemoStartup) — generates the cases and reports on the console, in
 * Chinese: a line when it starts, one about every 5 % with the count, the rate and the time left, and one at the
 * end. The exit code is 0 when done, 2 for an unknown agency, 1 when there is nothing to generate cases for.
 */
@Component
@ConditionalOnProperty(name = "mingjing.command", havingValue = "generate")
class GenerateCommand implements ApplicationRunner, ExitCodeGenerator {

    private final SyntheticCases generator;
    private final MessageSource messages;
    private final int cases;
    private final long seed;
    private final String agency;
    private int exitCode;

    GenerateCommand(SyntheticCases generator, MessageSource messages, @Value("${mingjing.generate.cases}") int cases,
            @Value("${mingjing.generate.seed:" + GeneratorArguments.DEFAULT_SEED + "}") long seed,
            @Value("${mingjing.generate.agency:#{null}}") String agency) {
        this.generator = generator;
        this.messages = messages;
        this.cases = cases;
        this.seed = seed;
        this.agency = agency;
    }

    @Override
    public void run(ApplicationArguments args) {
        PrintStream out = console(FileDescriptor.out);
        try {
            SyntheticCases.Summary summary = generator.generate(new SyntheticCases.Request(cases, seed, agency),
                    new Progress(out));
            double seconds = Math.max(summary.took().toMillis(), 1) / 1000.0;
            out.println(text("generator.done", summary.cases(), summary.rows(), seconds,
                    Math.round(summary.cases() / seconds), Math.round(summary.rows() / seconds)));
        } catch (GeneratorProblem problem) {
            console(FileDescriptor.err).println(text(problem.messageKey(), problem.args()));
            exitCode = problem.exitCode();
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Prints a line whenever another 5 % of the cases are written. */
    private final class Progress implements SyntheticCases.Listener {

        private final PrintStream out;
        private int lastTwentieth;

        Progress(PrintStream out) {
            this.out = out;
        }

        @Override
        public void started(int total, long seed, int agencies, LocalDate from, LocalDate until) {
            out.println(text("generator.start", total, seed, agencies, from.toString(), until.toString()));
        }

        @Override
        public void advanced(int done, int total, long rows, Duration elapsed) {
            int twentieth = (int) (20L * done / Math.max(total, 1));
            if (twentieth == lastTwentieth && done < total) {
                return;
            }
            lastTwentieth = twentieth;
            double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
            double rate = done / seconds;
            long left = rate <= 0 ? 0 : Math.round((total - done) / rate);
            out.println(text("generator.progress", done, total, 100L * done / Math.max(total, 1), Math.round(rate),
                    left));
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    /** The console in its own charset if that can show Chinese, otherwise in UTF-8. */
    static PrintStream console(FileDescriptor fd) {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        if (!charset.newEncoder().canEncode('\u4e2d')) {
            charset = StandardCharsets.UTF_8;
        }
        return new PrintStream(new FileOutputStream(fd), true, charset);
    }
}
