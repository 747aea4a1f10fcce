package org.mingjing.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.stereotype.Component;

/**
 * Tells heads and supervisors on their workbench that openings of case records in their reach were flagged in the
 * last seven days (seed §二(二)6: unusual access is flagged for supervision), with a link to the list of them.
 */
@Component
class RetrievalWarnings implements WorkbenchWarnings {

    static final int DAYS = 7;

    private final Retrievals retrievals;
    private final Clock clock;

    RetrievalWarnings(Retrievals retrievals, Clock clock) {
        this.retrievals = retrievals;
        this.clock = clock;
    }

    @Override
    public List<Warning> warningsFor(Caller caller) {
        if (!caller.has(Role.HEAD) && !caller.has(Role.SUPERVISOR)) {
            return List.of();
        }
        LocalDate from = LocalDate.now(clock).minusDays(DAYS - 1);
        long flagged = retrievals.flaggedSince(caller, from);
        if (flagged == 0) {
            return List.of();
        }
        return List.of(new Warning("warning", "retrievals.warning.flagged", new Object[] { flagged, DAYS },
                "/supervision/retrievals?flagged=true&from=" + from));
    }
}
