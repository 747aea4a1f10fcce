package org.mingjing.publicity;


import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly work of publicity, one node of a cluster at a time (ShedLock): publications past their retention end
 * (LAW.md §4), and everything published is scanned again with the current masking rules and the cases' current
 * data, an alert on any hit (issue 7: a rule added tomorrow finds what yesterday's let through).
 */
@Component
@ConditionalOnProperty(name = "mingjing.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class PublicationJobs {

    private static final Logger log = LoggerFactory.getLogger(PublicationJobs.class);

    private final PublicationMaintenance maintenance;

    PublicationJobs(PublicationMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @Scheduled(cron = "${mingjing.publicity.nightly-cron:0 30 1 * * *}")
    @SchedulerLock(name = "publicity-nightly", lockAtMostFor = "PT3H")
    void nightly() {
        try {
            int expired = maintenance.expireDue();
            PublicationMaintenance.Rescan rescan = maintenance.rescanAll();
            log.info("publicity: {} publications expired; re-scan of {} published texts found {} with private data",
                    expired, rescan.scanned(), rescan.hits());
        } catch (RuntimeException e) {
            log.error("publicity: nightly work failed, will run again tomorrow: {}", e.toString());
        }
    }
}
