package org.mingjing;

import java.util.Arrays;

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
 * prepares a new production database with its first administrators.
 */
@SpringBootApplication
@EnableAsync
public class MingjingApplication {

    static final String AOT_INITIALIZER = "org.mingjing.MingjingApplication__ApplicationContextInitializer";

    public static void main(String[] args) {
        if (args.length > 0 && "bootstrap".equals(args[0])) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(SpringApplication.exit(new SpringApplicationBuilder(MingjingApplication.class)
                    .web(WebApplicationType.NONE).properties("mingjing.command=bootstrap", "mingjing.demo=false")
                    .run(rest)));
        }
        useAheadOfTimeBeanDefinitions();
        SpringApplication.run(MingjingApplication.class, args);
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
