package org.mingjing.discretion;

import java.math.BigDecimal;
import java.util.List;

import org.mingjing.catalogue.FineBasis;
import org.mingjing.catalogue.PenaltyKind;

/**
 * What the discretion standard recommends for a matter and its circumstances (行政处罚法第三十四条; LAW.md §7):
 * {@code level} and its label, the {@code penalties} it allows, the fine {@code range} in yuan (null when the level
 * gives no fine, or when the figure the range multiplies is not known), the level's own {@code fine} bound as the
 * standard writes it, the statute's range in yuan, the circumstances weighed, an {@code explanation} in Chinese and
 * the {@code citation} of the statute and the standard.
 */
public record Recommendation(String matterCode, String matterName, String level, String levelLabel,
        FineRange range, Bound fine, FineRange statuteRange, List<PenaltyKind> penalties,
        List<Weighed> circumstances, String explanation, String citation) {

    /** The level's fine bound as written: yuan, or multiples of the illegal income or turnover. */
    public record Bound(FineBasis basis, BigDecimal min, BigDecimal max) {
    }

    /** A circumstance given and the part it played: {@code DECISIVE} set the level, {@code LIGHTER} is weighed in it. */
    public record Weighed(String code, String description, String level, String role) {
    }
}
