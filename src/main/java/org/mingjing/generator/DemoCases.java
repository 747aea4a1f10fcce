package org.mingjing.generator;

import org.mingjing.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Cases for the demo: the annual report, the analysis and the warnings (issue 8) have nothing to show on a database
 * of people and matters alone. On a start that loads the demo data (the embedded database by default, or
 * {@code mingjing.demo=true}, as the demo data set decides) into a database without cases,
 * {@code mingjing.demo.cases} synthetic cases (0 for none; the tests set 0) are generated with the default seed, over
 * the generator's years, before the web server takes requests; then what the demo adds on the day it starts so that
 * every kind of early warning shows ({@link DemoAttention}). The commands ({@code generate}, {@code bootstrap})
 * never do this.
 */
@Component
class DemoCases implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final SyntheticCases generator;
    private final DemoAttention attention;
    private final JdbcClient jdbc;
    private final boolean wanted;
    private final int cases;
    private volatile boolean running;

    DemoCases(SyntheticCases generator, DemoAttention attention, JdbcClient jdbc,
            @Value("${mingjing.demo:#{null}}") Boolean demo,
            @Value("${spring.datasource.url:}") String datasourceUrl, @Value("${mingjing.command:}") String command,
            @Value("${mingjing.demo.cases:0}") int cases) {
        this.generator = generator;
        this.attention = attention;
        this.jdbc = jdbc;
        this.wanted = command.isBlank() && DemoData.wanted(demo, datasourceUrl);
        this.cases = cases;
    }

    @Override
    public void start() {
        running = true;
        if (!wanted || cases <= 0 || jdbc.sql("SELECT COUNT(*) FROM case_file").query(Long.class).single() > 0) {
            return;
        }
        try {
            SyntheticCases.Summary s = generator.generate(new SyntheticCases.Request(cases,
                    GeneratorArguments.DEFAULT_SEED, null), new SyntheticCases.Listener() {
                    });
            log.info("Demo cases: {} generated ({} rows) in {} ms", s.cases(), s.rows(), s.took().toMillis());
        } catch (GeneratorProblem e) {
            log.warn("Demo cases: none generated ({})", e.messageKey());
            return;
        }
        try {
            attention.add(GeneratorArguments.DEFAULT_SEED);
        } catch (RuntimeException e) {
            log.warn("Demo cases: the additions of today could not all be made", e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * After the demo data set (phase 0), whose agencies, officers and matters the cases need; before the decision
     * index (phase 2), which then finds the generated publications at its own start.
     */
    @Override
    public int getPhase() {
        return 1;
    }
}
