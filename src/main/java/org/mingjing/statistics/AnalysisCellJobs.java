package org.mingjing.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.mingjing.cases.CaseAnalysis;
import org.mingjing.organization.Agency;
import org.mingjing.organization.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, one node of a cluster at a time (ShedLock): the analysis dashboard's stored months
 * ({@link AnalysisCells}) of every agency, from its first case to last month, are brought up to date, so that a
 * dashboard after a start, a generated load or a busy hour of case work finds them counted rather than counting them
 * itself.
 */
@Component
@ConditionalOnProperty(name = "mingjing.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class AnalysisCellJobs {

    private static final Logger log = LoggerFactory.getLogger(AnalysisCellJobs.class);

    private final AnalysisCells cells;
    private final CaseAnalysis cases;
    private final Organization organization;
    private final Clock clock;

    AnalysisCellJobs(AnalysisCells cells, CaseAnalysis cases, Organization organization, Clock clock) {
        this.cells = cells;
        this.cases = cases;
        this.organization = organization;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${mingjing.statistics.cells-delay:PT1M}",
            fixedDelayString = "${mingjing.statistics.cells-every:PT10M}")
    @SchedulerLock(name = "statistics-analysis-cells", lockAtMostFor = "PT30M")
    void bringUpToDate() {
        try {
            LocalDate today = LocalDate.now(clock);
            LocalDate first = cases.firstFiledOn().orElse(today);
            LocalDate earliest = today.minusYears(Analysis.MAX_YEARS);
            long started = System.nanoTime();
            int months = cells.warm(organization.agencies().stream().map(Agency::id).toList(),
                    YearMonth.from(first.isBefore(earliest) ? earliest : first), today);
            log.debug("statistics: {} stored months of the dashboard up to date in {} ms", months,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("statistics: bringing the dashboard's stored months up to date failed, will try again: {}",
                    e.toString());
        }
    }
}
