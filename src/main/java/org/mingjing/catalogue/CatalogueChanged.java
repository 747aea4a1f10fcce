package org.mingjing.catalogue;

import org.mingjing.shared.Auditable;

/** Someone changed a list of the catalogue ({@code change} names which and how). */
public record CatalogueChanged(String actor, String agencyId, String subject, String change) implements Auditable {

    @Override
    public String action() {
        return "CATALOGUE_" + change;
    }
}
