package org.mingjing.ledger;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The ledger's jobs: the sequencer every second (so an entry has its index well within the 10 seconds the API
 * promises) and a signed checkpoint at a fixed interval (10 minutes unless {@code mingjing.ledger.checkpoint-interval}
 * says otherwise) whenever the log has grown. ShedLock (shared.SchedulingConfiguration) keeps each to one node of a cluster at a time; the head
 * row's lock keeps the log from forking even without it.
 */
@org.springframework.stereotype.Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "mingjing.scheduling.enabled",
        havingValue = "true", matchIfMissing = true)
class LedgerJobs {

    private static final Logger log = LoggerFactory.getLogger(LedgerJobs.class);

    private final Ledger ledger;

    LedgerJobs(Ledger ledger) {
        this.ledger = ledger;
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
