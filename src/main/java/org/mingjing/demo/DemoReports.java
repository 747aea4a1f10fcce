package org.mingjing.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.mingjing.shared.Caller;
import org.mingjing.statistics.AnnualReport;
import org.mingjing.statistics.AnnualReportWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The demo's annual reports of last year (统计年报, seed §二(一)6), made through the report's own workflow by the
 * demo accounts of {@code demo/annual-reports.json}: one published (drafted, written, submitted, reviewed and
 * approved by different people), one left a draft, the rest not begun — so the portal has a report to show and the
 * warnings a lapsed one. Only on a start that loaded the demo data and generated its cases, and only once.
 */
@Component
class DemoReports extends DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final AnnualReportWorkflow workflow;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean wanted;

    DemoReports(AnnualReportWorkflow workflow, UserDetailsService accounts, JdbcClient jdbc, Clock clock,
            @Value("${mingjing.demo:#{null}}") Boolean demo, @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${mingjing.command:}") String command, @Value("${mingjing.demo.cases:0}") int cases) {
        super(accounts, 2); // after the demo cases (phase 1), whose figures the reports count
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.clock = clock;
        this.wanted = command.isBlank() && cases > 0 && DemoData.wanted(demo, datasourceUrl);
    }

    @Override
    void make() {
        if (!wanted || jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single() == 0
                || jdbc.sql("SELECT COUNT(*) FROM annual_report").query(Long.class).single() > 0) {
            return;
        }
        int year = LocalDate.now(clock).getYear() - 1;
        JsonNode plan = json("annual-reports.json");
        String own = plan.get("own").asString();
        List<String> made = new ArrayList<>();
        for (JsonNode r : plan.get("reports")) {
            try {
                made.add(make(r, year, own).status().name());
            } catch (RuntimeException e) {
                // Demo data never stops the product from starting: a report not made is said and left.
                log.warn("Demo annual report by {} not made: {}", r.get("drafter").asString(), e.toString());
            }
        }
        log.info("Demo annual reports of {}: {}", year, made);
    }

    private AnnualReport make(JsonNode plan, int year, String own) {
        Caller drafter = caller(plan.get("drafter").asString());
        AnnualReport r = workflow.draft(drafter, drafter.agencyId(), year);
        if (plan.get("until").asString().equals("DRAFT")) {
            return r;
        }
        r = workflow.edit(drafter, r.id(), workflow.withOwnAccount(r.narrative(), own), r.version());
        r = workflow.submit(drafter, r.id());
        r = workflow.review(caller(plan.get("reviewer").asString()), r.id(), true, null);
        return workflow.approve(caller(plan.get("head").asString()), r.id(), true, null);
    }
}
