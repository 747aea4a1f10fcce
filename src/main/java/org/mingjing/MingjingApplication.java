package org.mingjing;

import java.util.Arrays;

import org.mingjing.generator.GeneratorArguments;
import org.mingjing.ledger.ExportVerifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.util.ClassUtils;

/**
 * 明镜 — the administrative-enforcement platform of a civil-affairs bureau: publicity, full-process recording
 * and legal review of major decisions (the "三项制度").
 *
 * <p>{@code java -jar mingjing.jar} serves the product; {@code java -jar mingjing.jar bootstrap --mingjing.bootstrap.agency.name=…}
 * prepares a new production database with its first administrators; {@code java -jar mingjing.jar generate --cases N}
 * fills the database with N synthetic cases (org.mingjing.generator); {@code java -jar mingjing.jar verify FILE.zip}
 * checks an exported case offline, without starting the application (org.mingjing.ledger.ExportVerifier).
 */
@SpringBootApplication
@EnableAsync
public class MingjingApplication {

    static final String AOT_INITIALIZER = "org.mingjing.MingjingApplication__ApplicationContextInitializer";

    public static void main(String[] args) {
        if (args.length > 0 && "bootstrap".equals(args[0])) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(SpringApplication.exit(new SpringApplicationBuilder(MingjingApplication.class)
                    .web(WebApplicationType.NONE).properties("mingjing.command=bootstrap", "mingjing.demo=false",
                            "mingjing.scheduling.enabled=false")
                    .run(rest)));
        }
        if (args.length > 0 && "verify".equals(args[0])) {
            System.exit(ExportVerifier.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && "generate".equals(args[0])) {
            System.exit(generate(Arrays.copyOfRange(args, 1, args.length)));
        }
        useAheadOfTimeBeanDefinitions();
        SpringApplication.run(MingjingApplication.class, args);
    }

    /**
     * {@code generate}: a run without the web server on the configured database, like {@code bootstrap} and, like
     * it, without the precomputed bean definitions, whose conditions are those of the serving application. Demo
     * data is left to its default (loaded into a new embedded database only). Wrong arguments print the usage to
     * standard error and end with exit code 2, before anything starts.
     */
    public static int generate(String... args) {
        GeneratorArguments arguments;
        try {
            arguments = GeneratorArguments.parse(args);
        } catch (GeneratorArguments.Invalid e) {
            e.printToStandardError();
            return 2;
        }
        try {
            return SpringApplication.exit(new SpringApplicationBuilder(MingjingApplication.class)
                    .web(WebApplicationType.NONE).properties("mingjing.command=generate", "mingjing.scheduling.enabled=false")
                    .run(arguments.springArguments().toArray(String[]::new)));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /**
     * The packaged jar carries the bean definitions that Spring's AOT processing computed at build time
     * ({@code spring-boot:process-aot}); using them saves about two seconds of a start on a 2-core machine
     * (docs/performance.md). Only the serving application uses them — its conditions match those of the
     * build — never the AOT processing itself, and {@code -Dspring.aot.enabled=false} turns them off.
     */
    static void useAheadOfTimeBeanDefinitions() {
        if (System.getProperty("spring.aot.enabled") == null && !Boolean.getBoolean("spring.aot.processing")
                && ClassUtils.isPresent(AOT_INITIALIZER, MingjingApplication.class.getClassLoader())) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }
}
