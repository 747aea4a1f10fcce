package org.mingjing.catalogue;

import java.math.BigDecimal;

/** One line of the random-inspection list (随机抽查事项清单, LAW.md §4, §6). */
public record InspectionItem(String id, String agencyId, String code, String name, String basis,
        String inspectingBody, String objects, BigDecimal ratio, String frequency, String method, String content,
        int version) {
}
