package org.mingjing.catalogue;

import java.util.List;

/** A whole catalogue to load into an agency: matters with their discretion standards, and the other lists. */
public record CatalogueSeed(List<SeedMatter> matters, List<Catalogue.InspectionItemDraft> inspectionItems,
        List<Catalogue.ReviewRuleDraft> reviewRules, List<RemedyChannel> channels, List<ServiceWindow> windows) {

    public record SeedMatter(MatterDraft draft, List<DiscretionDraft> discretion) {
    }
}
