package org.minewatch.domain.model.guidance;

import java.math.BigDecimal;
import java.util.Objects;
import org.minewatch.domain.model.metallurgy.Metallurgy;

/**
 * The guidance arithmetic of DOMAIN.md for a year with guidance G, actual year to date A after quarter q
 * (1 to 3) and last quarter's actual L: remaining R = G - A; required rate per remaining quarter
 * R / (4 - q); pace = required rate / L; run-rate projection P = A + L x (4 - q); pro-rata share
 * A / (G x q / 4). How these become a status (on track, at risk, ...) is the rules' business.
 */
public record GuidanceProgress(BigDecimal guidance, BigDecimal actualToDate, BigDecimal lastQuarter, int quartersElapsed) {

    private static final BigDecimal QUARTERS_PER_YEAR = BigDecimal.valueOf(4);

    public GuidanceProgress {
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(actualToDate, "actualToDate");
        Objects.requireNonNull(lastQuarter, "lastQuarter");
        if (quartersElapsed < 1 || quartersElapsed > 3) {
            throw new IllegalArgumentException("Guidance progress is computed after quarter 1, 2 or 3, not " + quartersElapsed);
        }
    }

    public int quartersRemaining() {
        return 4 - quartersElapsed;
    }

    public BigDecimal remaining() {
        return guidance.subtract(actualToDate);
    }

    public BigDecimal requiredPerQuarter() {
        return remaining().divide(BigDecimal.valueOf(quartersRemaining()), Metallurgy.PRECISION);
    }

    /** Required rate as a multiple of the last quarter; undefined (null) when the last quarter was zero. */
    public BigDecimal pace() {
        return lastQuarter.signum() == 0 ? null : requiredPerQuarter().divide(lastQuarter, Metallurgy.PRECISION);
    }

    public BigDecimal runRateProjection() {
        return actualToDate.add(lastQuarter.multiply(BigDecimal.valueOf(quartersRemaining())));
    }

    public BigDecimal proRataShare() {
        BigDecimal target = guidance.multiply(BigDecimal.valueOf(quartersElapsed)).divide(QUARTERS_PER_YEAR, Metallurgy.PRECISION);
        return actualToDate.divide(target, Metallurgy.PRECISION);
    }
}
