package org.mingjing.catalogue;

import java.time.OffsetDateTime;

/** One change to a list: who made it, when and why, and the item as it then was (JSON). */
public record CatalogueChange(String id, String agencyId, String subjectType, String subjectId, String subjectCode,
        String action, int version, String reason, String actor, OffsetDateTime changedAt, String snapshot) {
}
