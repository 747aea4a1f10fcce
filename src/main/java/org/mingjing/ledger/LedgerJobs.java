package org.mingjing.ledger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The ledger's jobs: the sequencer every second (so an entry has its index well within the 10 seconds the API
 * promises) and a signed checkpoint at a fixed interval (10 minutes unless {@code mingjing.ledger.checkpoint-interval}
 * says otherwise) whenever the log has grown. ShedLock keeps each to one node of a cluster at a time; the head
 * row's lock keeps the log from forking even without it.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class LedgerJobs {

    private static final Logger log = LoggerFactory.getLogger(LedgerJobs.class);

    private final Ledger ledger;

    LedgerJobs(Ledger ledger) {
        this.ledger = ledger;
    }

    @Bean
    @ConditionalOnMissingBean
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Scheduled(fixedDelayString = "${mingjing.ledger.sequence-interval:PT1S}", initialDelayString = "PT2S")
    @SchedulerLock(name = "ledger-sequencer", lockAtMostFor = "PT5M")
    void sequence() {
        try {
            ledger.sequence();
        } catch (RuntimeException e) {
            log.warn("ledger: sequencing failed, will retry: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${mingjing.ledger.checkpoint-interval:PT10M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "ledger-checkpoint", lockAtMostFor = "PT5M")
    void checkpoint() {
        try {
            ledger.checkpoint();
        } catch (RuntimeException e) {
            log.error("ledger: no checkpoint issued: {}", e.toString());
        }
    }
}
