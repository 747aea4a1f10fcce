package org.mingjing.cases;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code mingjing.storage.cleanup-interval} (default 15 minutes), on one node at a time: abandoned uploads
 * expire and their staged data goes, uploads a failure left completing are finished ({@link EvidenceUploads#cleanup()}).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "mingjing.scheduling.enabled",
        havingValue = "true", matchIfMissing = true)
class EvidenceCleanup {

    private static final Logger log = LoggerFactory.getLogger(EvidenceCleanup.class);

    private final EvidenceUploads uploads;

    EvidenceCleanup(EvidenceUploads uploads) {
        this.uploads = uploads;
    }

    @Scheduled(initialDelayString = "${mingjing.storage.cleanup-initial-delay:PT1M}",
            fixedDelayString = "${mingjing.storage.cleanup-interval:PT15M}")
    @SchedulerLock(name = "evidence-upload-cleanup", lockAtMostFor = "PT1H")
    void run() {
        EvidenceUploads.Cleanup done = uploads.cleanup();
        if (done.expired() + done.finished() + done.released() + done.orphanStagings() > 0) {
            log.info("evidence uploads: {} expired, {} finished, {} released, {} orphan staging areas removed",
                    done.expired(), done.finished(), done.released(), done.orphanStagings());
        }
    }
}
