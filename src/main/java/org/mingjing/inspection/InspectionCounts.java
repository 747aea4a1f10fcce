package org.mingjing.inspection;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspections of the random-inspection plans (双随机一公开) as the annual statistics report counts them (LAW.md §5:
 * 行政检查, inspections made and how many found a problem): a task counts once its result is recorded, in the year of
 * the day it was inspected, whether published yet or not.
 */
@Component
public class InspectionCounts {

    /** The inspections of a period and those that found a problem (corrected on the spot or to be dealt with). */
    public record Counted(long inspections, long problemsFound) {
    }

    private final JdbcClient jdbc;

    InspectionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The inspections of the agencies made from {@code from} to {@code to}, both days included. */
    @Transactional(readOnly = true)
    public Counted count(Collection<String> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return new Counted(0, 0);
        }
        return jdbc.sql("SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN outcome <> :none THEN 1 ELSE 0 END), 0) AS p"
                + " FROM inspection_task WHERE agency_id IN (:a) AND status <> :open AND inspected_on BETWEEN :from"
                + " AND :to").param("none", Outcome.NO_PROBLEM.name()).param("open", TaskStatus.OPEN.name())
                .param("a", agencyIds).param("from", from).param("to", to)
                .query((rs, n) -> new Counted(rs.getLong("n"), rs.getLong("p"))).single();
    }
}
