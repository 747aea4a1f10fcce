package org.mingjing.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The arguments of {@code java -jar mingjing.jar generate}: {@code --cases N} (required), {@code --seed S} and
 * {@code --agency NAME}, each also as {@code --name=value}. Everything else of the form {@code --key=value} (or
 * a bare {@code --flag}) is a Spring property such as {@code --spring.datasource.url=…} and passes through.
 * Parsing happens before any Spring context starts, so a mistyped command fails at once with a usage message.
 *
 * @param cases how many cases to add
 * @param seed the seed of the random choices: the same seed on the same database gives the same cases
 * @param agency the name or short name of the one agency to fill, or null for all of the city and counties
 * @param springArguments what passes through to Spring, plus the settings above as properties
 */
public record GeneratorArguments(int cases, long seed, String agency, List<String> springArguments) {

    /** The seed when none is given: the number of the implementation plan, 三民〔2019〕73号. */
    public static final long DEFAULT_SEED = 201973L;
    /** An upper bound that keeps every count in an int and a run in hours, not days. */
    public static final int MAX_CASES = 10_000_000;

    private static final String CASES = "--cases";
    private static final String SEED = "--seed";
    private static final String AGENCY = "--agency";

    /** Reads the arguments that follow {@code generate}; throws {@link Invalid} with a usage message. */
    public static GeneratorArguments parse(String... args) {
        String cases = null;
        String seed = null;
        String agency = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals(CASES) || name.equals(SEED) || name.equals(AGENCY)) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    value = null;
                }
                switch (name) {
                    case CASES -> cases = value == null ? "" : value;
                    case SEED -> seed = value == null ? "" : value;
                    default -> agency = value == null ? "" : value;
                }
            } else if (arg.startsWith("--") && arg.length() > 2) {
                rest.add(arg);
            } else {
                throw new Invalid("generator.error.unexpected", arg);
            }
        }
        if (cases == null) {
            throw new Invalid("generator.error.cases-missing");
        }
        int n = parseCases(cases);
        long s = DEFAULT_SEED;
        if (seed != null) {
            try {
                s = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                throw new Invalid("generator.error.seed-invalid", seed);
            }
        }
        if (agency != null && agency.isBlank()) {
            throw new Invalid("generator.error.agency-missing");
        }
        rest.add("--mingjing.generate.cases=" + n);
        rest.add("--mingjing.generate.seed=" + s);
        if (agency != null) {
            rest.add("--mingjing.generate.agency=" + agency.strip());
        }
        return new GeneratorArguments(n, s, agency == null ? null : agency.strip(), List.copyOf(rest));
    }

    private static int parseCases(String text) {
        String t = text.strip();
        if (!t.matches("[+-]?\\d{1,18}")) {
            throw new Invalid(t.isEmpty() ? "generator.error.cases-missing" : "generator.error.cases-invalid", t);
        }
        long n = Long.parseLong(t);
        if (n < 0 || n > MAX_CASES) {
            throw new Invalid("generator.error.cases-range", t, MAX_CASES);
        }
        return (int) n;
    }

    /** Wrong arguments: the message says what is wrong, in Chinese, followed by the usage. */
    public static final class Invalid extends IllegalArgumentException {

        private final String messageKey;

        Invalid(String messageKey, Object... args) {
            super(text(messageKey, args) + System.lineSeparator() + text("generator.usage"));
            this.messageKey = messageKey;
        }

        /** The bundle key of what is wrong, e.g. {@code generator.error.cases-invalid}. */
        public String messageKey() {
            return messageKey;
        }

        /** Prints what is wrong and the usage to standard error, in a charset that shows Chinese. */
        public void printToStandardError() {
            GenerateCommand.console(java.io.FileDescriptor.err).println(getMessage());
        }
    }

    /** A console message of the generator's bundle in Chinese, the product's language. */
    static String text(String key, Object... args) {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/generator");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
