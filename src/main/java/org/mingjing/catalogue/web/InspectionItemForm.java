package org.mingjing.catalogue.web;

import java.math.BigDecimal;
import java.util.List;

import org.mingjing.catalogue.Catalogue;
import org.mingjing.catalogue.InspectionItem;
import org.mingjing.shared.FieldProblem;
import org.mingjing.shared.web.FormFields;

/**
 * A line of the random-inspection list as typed. The sampling ratio is typed as a percentage (5 for 5 %), as the
 * lists print it; the catalogue keeps it as a fraction (0.05).
 */
record InspectionItemForm(String agencyId, String code, String name, String basis, String inspectingBody,
        String objects, String ratioPercent, String frequency, String method, String content, String reason,
        Integer version) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static InspectionItemForm empty(String agencyId) {
        return new InspectionItemForm(agencyId, "", "", "", "", "", "", "", "", "", "", null);
    }

    static InspectionItemForm of(InspectionItem i) {
        return new InspectionItemForm(i.agencyId(), i.code(), i.name(), i.basis(), i.inspectingBody(), i.objects(),
                FormFields.plain(i.ratio().multiply(HUNDRED)), i.frequency(), i.method(), i.content(), "",
                i.version());
    }

    Catalogue.InspectionItemDraft draft(List<FieldProblem> problems) {
        BigDecimal percent = FormFields.decimal("ratio", ratioPercent, problems);
        BigDecimal ratio = percent == null ? null : percent.movePointLeft(2);
        return new Catalogue.InspectionItemDraft(code, name, basis, inspectingBody, objects, ratio, frequency, method,
                content, FormFields.orNull(reason), version);
    }
}
