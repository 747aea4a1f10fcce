package org.mingjing.demo;

import java.time.Clock;

import org.mingjing.identity.AccountAdministration;
import org.mingjing.organization.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides at start-up whether to load the demo data set, before the web server accepts requests.
 *
 * <p>{@code mingjing.demo} unset: load it into a new embedded (H2) database only, so a production start on
 * PostgreSQL never creates demo accounts. {@code true}: load it into any new database (training, staging).
 * {@code false}: never.
 */
@Component
class DemoStartup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final DemoDataSet dataSet;
    private final AccountAdministration accounts;
    private final Boolean demo;
    private final String datasourceUrl;
    private volatile boolean running;

    DemoStartup(Organization organization, AccountAdministration accounts, DemoCatalogue catalogue,
            TransactionTemplate transactions, Clock clock, @Value("${mingjing.demo:#{null}}") Boolean demo,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.dataSet = new DemoDataSet(organization, accounts, catalogue, transactions, clock);
        this.accounts = accounts;
        this.demo = demo;
        this.datasourceUrl = datasourceUrl;
    }

    @Override
    public void start() {
        running = true;
        if (DemoData.wanted(demo, datasourceUrl)) {
            dataSet.loadIntoNewDatabase();
        } else if (!accounts.hasAccounts()) {
            log.warn("The database has no accounts and demo data is off: create the first administrators with "
                    + "'java -jar mingjing.jar bootstrap' (see README).");
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

    /** Before the web server (which starts in a late phase), so no request meets a half-loaded set. */
    @Override
    public int getPhase() {
        return 0;
    }
}
