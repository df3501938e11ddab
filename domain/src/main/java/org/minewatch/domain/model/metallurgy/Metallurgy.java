package org.minewatch.domain.model.metallurgy;

import java.math.BigDecimal;
import java.math.MathContext;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;

/**
 * The metallurgical arithmetic of DOMAIN.md, in one place. Figures are decimals and computed with 16
 * significant digits, far beyond what any release prints, so that a check never fails on arithmetic noise.
 */
public final class Metallurgy {

    public static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Metallurgy() {
    }

    /**
     * The metal recovered from ore: troy ounces for precious metals, t x (g/t) x (recovery/100) / 31.1034768;
     * pounds for base metals, t x (grade%/100) x (recovery/100) x 2,204.62262.
     */
    public static BigDecimal recoveredMetal(Metal metal, BigDecimal tonnes, BigDecimal grade, BigDecimal recoveryPercent) {
        BigDecimal recovered = tonnes.multiply(grade, PRECISION).multiply(recoveryPercent, PRECISION).divide(HUNDRED, PRECISION);
        return metal.isPrecious()
                ? recovered.divide(Unit.GRAMS_PER_TROY_OUNCE, PRECISION)
                : recovered.divide(HUNDRED, PRECISION).multiply(Unit.POUNDS_PER_TONNE, PRECISION);
    }

    /** Metal contained in the ore fed (grade x tonnes), in the unit of production, before recovery. */
    public static BigDecimal containedMetal(Metal metal, BigDecimal tonnes, BigDecimal grade) {
        return recoveredMetal(metal, tonnes, grade, HUNDRED);
    }

    /** Average tpd = tonnes milled / operating days, so operating days = tonnes / tpd. */
    public static BigDecimal impliedOperatingDays(BigDecimal tonnes, BigDecimal tonnesPerDay) {
        return tonnes.divide(tonnesPerDay, PRECISION);
    }
}
