package org.mingjing.catalogue;

import java.time.LocalDate;

/**
 * A change of law (LAW) or of the agency's functions (FUNCTION) that obliges the agency to update its public
 * lists within 20 working days (seed §二(一)5(1)). {@code affected} matters carry {@code due} until updated.
 */
public record CatalogueTrigger(String id, String agencyId, String kind, String law, LocalDate effectiveOn,
        LocalDate due, String description, int affected, String recordedBy) {
}
