package org.mingjing.statistics;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night in January, one node of a cluster at a time (ShedLock): last year's annual report of every agency that
 * has not begun it is drafted from the data (seed §二(一)6: published by 31 January), so that each agency finds its
 * draft ready to finish; the early warnings meanwhile remind it of the day.
 */
@Component
@ConditionalOnProperty(name = "mingjing.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AnnualReportJobs {

    private static final Logger log = LoggerFactory.getLogger(AnnualReportJobs.class);

    private final AnnualReportWorkflow workflow;
    private final Clock clock;

    AnnualReportJobs(AnnualReportWorkflow workflow, Clock clock) {
        this.workflow = workflow;
        this.clock = clock;
    }

    @Scheduled(cron = "${mingjing.statistics.draft-cron:0 40 1 * 1 *}")
    @SchedulerLock(name = "statistics-annual-drafts", lockAtMostFor = "PT1H")
    void draftMissing() {
        try {
            int drafted = workflow.draftMissing(LocalDate.now(clock));
            if (drafted > 0) {
                log.info("statistics: {} annual reports of last year drafted from the data", drafted);
            }
        } catch (RuntimeException e) {
            log.error("statistics: drafting the annual reports failed, will run again tomorrow: {}", e.toString());
        }
    }
}
