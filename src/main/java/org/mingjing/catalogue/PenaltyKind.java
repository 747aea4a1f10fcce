package org.mingjing.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * Kinds of administrative penalty (行政处罚法 Art. 9) as the API contract names them. {@code SUSPENSION} is
 * 限期停止活动 / 暂扣 / 责令停产停业; {@code REVOCATION} is 撤销登记 / 吊销; {@code OTHER} is what a regulation adds
 * (取缔, 撤换负责人).
 */
public enum PenaltyKind {
    WARNING,
    CRITICISM,
    FINE,
    CONFISCATION,
    SUSPENSION,
    REVOCATION,
    OTHER;

    public String messageKey() {
        return "catalogue.penalty." + name();
    }

    public static Optional<PenaltyKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(t)).findFirst();
    }
}
