package org.mingjing.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingjing.MingjingApplication;
import org.mingjing.testsupport.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import tools.jackson.databind.JsonNode;

/**
 * The demo, started as the product starts it on a new embedded database (the demo data set and its 1,200 generated
 * cases), shows every kind of early warning to the city's supervisor whatever the day it starts (issue 8: "demo data
 * triggers every kind"): today, and a day far enough after the generated cases' last day (2026-11-20) that nothing of
 * theirs is recent any more. Its own application on its own in-memory database, in both test passes.
 */
class DemoWarningsIntegrationTests {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The product's clock moved on by some days. */
    @Configuration(proxyBeanMethods = false)
    static class LaterClock {

        static long days;

        @Bean
        @Primary
        Clock laterClock() {
            return Clock.offset(Clock.system(CHINA), Duration.ofDays(days));
        }
    }

    @ParameterizedTest(name = "{0} days from now")
    @ValueSource(longs = { 0, 120 })
    void theDemoShowsEveryKindOfWarningToTheCitysSupervisor(long days) throws Exception {
        Path dataDir = Files.createTempDirectory("demo-warnings-");
        LaterClock.days = days;
        LocalDate today = LocalDate.now(CHINA).plusDays(days);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MingjingApplication.class,
                LaterClock.class).run(
                "--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--spring.datasource.password=", "--server.port=0",
                "--mingjing.data-dir=" + dataDir, "--mingjing.demo.cases=1200", "--logging.level.root=WARN")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            Api.Response r = new Api(port).get("/api/statistics/warnings", "city.supervisor");
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            List<JsonNode> all = r.json().valueStream().toList();
            Map<String, Integer> codes = new TreeMap<>();
            all.forEach(w -> codes.merge(w.get("code").asString(), 1, Integer::sum));
            System.out.println("[demo warnings, " + today + "] " + codes);
            assertThat(codes).containsKeys("DEADLINE_PENALTY_DECISION", "DEADLINE_DELIVERY_TO_ABSENT_PARTY",
                    "DEADLINE_FINE_PAYMENT", "PUBLICATION_DEADLINE", "WITHDRAWAL_DEADLINE", "CORRECTION_DEADLINE",
                    "CERTIFICATE_EXPIRED", "CERTIFICATE_EXPIRING", "REVIEWER_STAFFING", "REVIEW_OVERDUE",
                    "RETRIEVAL_UNUSUAL", "DISCRETION_OUTLIER", "HOT_SPOT");
            // what the demo adds on its day, relative to that day
            assertThat(all).anySatisfy(w -> {
                assertThat(w.get("code").asString()).isEqualTo("HOT_SPOT");
                assertThat(w.get("subject").asString()).isEqualTo("渑池县天池镇");
            });
            assertThat(all).anySatisfy(w -> {
                assertThat(w.get("code").asString()).isEqualTo("DISCRETION_OUTLIER");
                assertThat(w.get("due").asString()).isEqualTo(today.minusDays(14).toString());
            });
            assertThat(all).anySatisfy(w -> {
                assertThat(w.get("code").asString()).isEqualTo("CERTIFICATE_EXPIRED");
                assertThat(w.get("due").asString()).isEqualTo(today.minusDays(12).toString());
            });
            assertThat(all).anySatisfy(w -> {
                assertThat(w.get("code").asString()).isEqualTo("RETRIEVAL_UNUSUAL");
                assertThat(w.get("subject").asString()).contains("city.supervisor");
                assertThat(w.get("due").asString()).isEqualTo(today.toString());
            });
            // the annual report of last year: published by 湖滨, lapsed or due for the agencies that have not
            assertThat(all).anySatisfy(w -> assertThat(w.get("code").asString()).isIn("ANNUAL_REPORT_LAPSED",
                    "ANNUAL_REPORT_DUE"));
            assertThat(new Api(port).get("/api/public/annual-reports?year=" + (today.getYear() - 1), null).json()
                    .size()).isEqualTo(1);
            assertThat(all).filteredOn(w -> w.get("code").asString().startsWith("DEADLINE_"))
                    .anySatisfy(w -> assertThat(LocalDate.parse(w.get("due").asString()))
                            .isBetween(today.minusDays(30), today.plusDays(3)));
        }
    }
}
