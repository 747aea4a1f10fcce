package org.mingjing.discretion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.mingjing.catalogue.FineBasis;
import org.mingjing.catalogue.FineBound;

/**
 * A fine range in yuan, and how a level's range becomes one (行政处罚法第三十四条; LAW.md §2, §7): a fixed range as it
 * stands; a multiple of the illegal income or turnover times the case's figure; in both cases kept inside the
 * statute's bound of the same basis, so that a recommendation never leads outside the law.
 */
public record FineRange(BigDecimal min, BigDecimal max) {

    public FineRange {
        min = yuan(min);
        max = yuan(max);
    }

    /** Whether the fine lies in the range, both ends included. */
    public boolean contains(BigDecimal fine) {
        return fine.compareTo(min) >= 0 && fine.compareTo(max) <= 0;
    }

    /** The range and whether the statute narrowed it. */
    record Computed(FineRange range, boolean clamped) {
    }

    /**
     * The range of {@code level} in yuan for the figure it multiplies, inside {@code statute} (the matter's statutory
     * bound of the same basis, if any); empty when the figure is missing or not positive (no base, no fine of that
     * kind).
     */
    static Optional<Computed> of(FineBound level, Optional<FineBound> statute, BigDecimal income,
            BigDecimal turnover) {
        BigDecimal base = switch (level.basis()) {
            case FIXED -> BigDecimal.ONE;
            case ILLEGAL_INCOME -> income;
            case ILLEGAL_TURNOVER -> turnover;
        };
        if (base == null || base.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal min = level.min().multiply(base);
        BigDecimal max = level.max().multiply(base);
        boolean clamped = false;
        if (statute.isPresent() && statute.get().basis() == level.basis()) {
            BigDecimal lawMin = statute.get().min().multiply(base);
            BigDecimal lawMax = statute.get().max().multiply(base);
            if (min.compareTo(lawMin) < 0) {
                min = lawMin;
                clamped = true;
            }
            if (max.compareTo(lawMax) > 0) {
                max = lawMax;
                clamped = true;
            }
            if (min.compareTo(max) > 0) {
                min = max;
            }
        }
        // Whole fen: the lower end up and the upper end down, so the range never leaves the bounds it was cut from.
        return Optional.of(new Computed(new FineRange(min.setScale(2, RoundingMode.CEILING),
                max.setScale(2, RoundingMode.FLOOR)), clamped));
    }

    /** The statute's own bound in yuan for the figure, if computable. */
    static Optional<FineRange> statute(FineBound statute, BigDecimal income, BigDecimal turnover) {
        return of(statute, Optional.empty(), income, turnover).map(Computed::range);
    }

    static boolean multiple(FineBasis basis) {
        return basis != FineBasis.FIXED;
    }

    /** Yuan with at most two decimals, written plainly: 30000, 30000.5, never 3E+4. */
    static BigDecimal yuan(BigDecimal v) {
        return v == null ? null
                : new BigDecimal(v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }
}
