package org.mingjing.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mingjing.shared.Caller;
import org.mingjing.shared.Role;
import org.mingjing.shared.WorkbenchWarnings;
import org.springframework.stereotype.Component;

/**
 * Warns the agency's heads, legal reviewers and supervisors of matters that a change of law or function has
 * made due for update on the public lists (seed §二(一)5(1): within 20 working days), per agency and due
 * date, as danger once the date has passed; and of penalty matters without a published discretion standard
 * (行政处罚法 Art. 34).
 */
@Component
class CatalogueWarnings implements WorkbenchWarnings {

    private final Catalogue catalogue;
    private final java.time.Clock clock;

    CatalogueWarnings(Catalogue catalogue, java.time.Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public List<Warning> warningsFor(Caller caller) {
        if (!caller.has(Role.HEAD) && !caller.has(Role.REVIEWER) && !caller.has(Role.SUPERVISOR)) {
            return List.of();
        }
        Map<String, Map<LocalDate, Integer>> due = new TreeMap<>();
        for (Matter m : catalogue.dueForUpdate(caller)) {
            due.computeIfAbsent(m.agencyId(), k -> new TreeMap<>()).merge(m.updateDue(), 1, Integer::sum);
        }
        LocalDate today = LocalDate.now(clock);
        List<Warning> warnings = new ArrayList<>();
        due.forEach((agencyId, dates) -> dates.forEach((date, count) -> warnings.add(new Warning(
                date.isBefore(today) ? "danger" : "warning", "catalogue.warning.update-due",
                new Object[] { count, date.toString() }, "/catalogue?agencyId=" + agencyId + "&due=true"))));
        catalogue.penaltyMattersWithoutStandard(caller).forEach((agencyId, count) -> warnings.add(new Warning(
                "warning", "catalogue.warning.no-standard", new Object[] { count },
                "/catalogue?agencyId=" + agencyId + "&category=ADMINISTRATIVE_PENALTY")));
        return warnings;
    }
}
