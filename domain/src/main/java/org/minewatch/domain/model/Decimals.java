package org.minewatch.domain.model;

import java.math.BigDecimal;

/** Decimals as the model hands them out: without the trailing zeros a database column's scale adds. */
public final class Decimals {

    private Decimals() {
    }

    /** 2400000.000000 becomes 2400000, 0.350000 becomes 0.35; never exponent notation. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
