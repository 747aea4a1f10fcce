package org.mingjing;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableAsync;

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

    public static void main(String[] args) {
        if (args.length > 0 && "bootstrap".equals(args[0])) {
            String[] rest = Arrays.copyOfRange(args, 1, args.length);
            System.exit(SpringApplication.exit(new SpringApplicationBuilder(MingjingApplication.class)
                    .web(WebApplicationType.NONE).properties("mingjing.command=bootstrap", "mingjing.demo=false")
                    .run(rest)));
        }
        SpringApplication.run(MingjingApplication.class, args);
    }
}
