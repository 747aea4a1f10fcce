package org.mingjing.catalogue.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.mingjing.catalogue.CatalogueText;
import org.mingjing.catalogue.DiscretionLevel;
import org.mingjing.catalogue.FineBound;
import org.mingjing.catalogue.LegalBasis;
import org.mingjing.catalogue.Matter;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A matter as the API shows it. {@code timeLimit} is the time limit in words; the structured parts follow it.
 * Internal fields (the pending update duty, the version) are present only in staff views.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MatterView(String id, String agencyId, String agencyName, String code, String name, String category,
        String categoryName, List<BasisView> legalBasis, String responsibility, String timeLimit,
        Integer timeLimitDays, String timeLimitUnit, String timeLimitRule, String fees, String acceptingBody,
        String approvingBody, String conditions, String materials, List<String> steps, List<String> penaltyKinds,
        List<BoundView> fineBounds, List<String> avStages, LocalDate updateDue, String updateCause, Integer version) {

    record BasisView(String law, int article, Integer paragraph, Integer item, String citation) {
        static BasisView of(LegalBasis b) {
            return new BasisView(b.law(), b.article(), b.paragraph(), b.item(), b.citation());
        }
    }

    record BoundView(String basis, BigDecimal min, BigDecimal max, String text) {
        static BoundView of(FineBound b, CatalogueText text, Locale locale) {
            return new BoundView(b.basis().name(), b.min(), b.max(), text.range(b, locale));
        }
    }

    static MatterView of(Matter m, String agencyName, CatalogueText text, Locale locale, boolean staff) {
        return new MatterView(m.id(), m.agencyId(), agencyName, m.code(), m.name(), m.category().name(),
                text.label(m.category().messageKey(), locale), m.basis().stream().map(BasisView::of).toList(),
                m.responsibility(), text.timeLimit(m, locale), m.timeLimitDays(),
                m.timeLimitUnit() == null ? null : m.timeLimitUnit().name(),
                m.timeLimitRule() == null ? null : m.timeLimitRule().code(), m.fees(), m.acceptingBody(),
                m.approvingBody(), m.conditions(), m.materials(), m.steps(),
                m.penaltyKinds().stream().map(Enum::name).toList(),
                m.fineBounds().stream().map(b -> BoundView.of(b, text, locale)).toList(),
                m.avStages().stream().sorted().map(Enum::name).toList(), staff ? m.updateDue() : null,
                staff ? m.updateCause() : null, staff ? m.version() : null);
    }

    /** One level of a discretion standard, with the matter it belongs to, as the public list shows it. */
    record LevelView(String agencyId, String agencyName, String matterCode, String matterName, String level,
            String label, List<DiscretionLevel.Circumstance> circumstances, List<String> penalties, BoundView fine,
            String description, String citation, List<BoundView> statuteBounds) {
    }
}
