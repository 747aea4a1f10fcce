package org.mingjing.cases;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What supervision of retrievals (seed §二(二)6) counts as unusual: openings outside the working hours (on a
 * working day of the statutory calendar, Asia/Shanghai wall clock), and more than a number of cases a user is not
 * on opened within 24 hours. Also how long the HTTP Range requests of one playback count as one opening.
 */
@Component
public class RetrievalSettings {

    private final LocalTime workStart;
    private final LocalTime workEnd;
    private final int manyCases;
    private final int collapseMinutes;

    RetrievalSettings(@Value("${mingjing.retrievals.working-hours.start:08:00}") String workStart,
            @Value("${mingjing.retrievals.working-hours.end:18:00}") String workEnd,
            @Value("${mingjing.retrievals.many-cases:10}") int manyCases,
            @Value("${mingjing.retrievals.range-collapse-minutes:5}") int collapseMinutes) {
        this.workStart = time("mingjing.retrievals.working-hours.start", workStart);
        this.workEnd = time("mingjing.retrievals.working-hours.end", workEnd);
        if (!this.workEnd.isAfter(this.workStart)) {
            throw new IllegalStateException("mingjing.retrievals.working-hours.end must be after the start");
        }
        if (manyCases < 1 || collapseMinutes < 0) {
            throw new IllegalStateException("mingjing.retrievals.many-cases must be at least 1 and "
                    + "mingjing.retrievals.range-collapse-minutes at least 0");
        }
        this.manyCases = manyCases;
        this.collapseMinutes = collapseMinutes;
    }

    /** The first minute of the working day (default 08:00). */
    public LocalTime workStart() {
        return workStart;
    }

    /** The end of the working day, exclusive (default 18:00). */
    public LocalTime workEnd() {
        return workEnd;
    }

    /** More distinct cases not on than this within 24 hours is flagged (default 10). */
    public int manyCases() {
        return manyCases;
    }

    /** Range requests of one user and evidence within this many minutes belong to one opening (default 5). */
    public int collapseMinutes() {
        return collapseMinutes;
    }

    private static LocalTime time(String name, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(name + " must be a time such as 08:00, not " + value, e);
        }
    }
}
