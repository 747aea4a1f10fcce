package org.mingjing.catalogue;

import java.math.BigDecimal;

/** A fine range: yuan for {@link FineBasis#FIXED}, otherwise multiples of the illegal income or turnover. */
public record FineBound(FineBasis basis, BigDecimal min, BigDecimal max) {

    public FineBound {
        min = plain(min);
        max = plain(max);
    }

    /** The number without trailing zeros and without an exponent: 50000, not 5E+4; 0.05, not 0.0500. */
    public static BigDecimal plain(BigDecimal v) {
        return v == null ? null : new BigDecimal(v.stripTrailingZeros().toPlainString());
    }

    /** Whether this range lies wholly inside the other, which must be measured in the same unit. */
    public boolean within(FineBound outer) {
        return basis == outer.basis && min.compareTo(outer.min) >= 0 && max.compareTo(outer.max) <= 0;
    }

    /** The bounds in yuan for a given base amount (the illegal income or turnover); FIXED ignores it. */
    public FineBound inYuan(BigDecimal base) {
        if (basis == FineBasis.FIXED) {
            return this;
        }
        return new FineBound(FineBasis.FIXED, min.multiply(base), max.multiply(base));
    }
}
