package org.minewatch.domain.model.metallurgy;

import java.math.BigDecimal;
import java.util.Objects;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * The range of production that printed (rounded) head grade and recovery allow for a tonnage: grade and
 * recovery each taken at plus or minus half a unit of their last printed digit. The metal balance check
 * flags a reported production only outside this interval: a fixed percentage would either miss real errors
 * in large figures or flag honest rounding in small ones.
 *
 * @param computed production from the printed figures as they stand
 * @param lowest   production from the lowest grade and recovery the rounding allows
 * @param highest  production from the highest grade and recovery the rounding allows (recovery at most 100%)
 */
public record ProductionInterval(BigDecimal computed, BigDecimal lowest, BigDecimal highest) {

    private static final BigDecimal FULL_RECOVERY = BigDecimal.valueOf(100);

    public ProductionInterval {
        Objects.requireNonNull(computed, "computed");
        if (lowest.compareTo(highest) > 0) {
            throw new IllegalArgumentException("Empty interval [" + lowest + ", " + highest + "]");
        }
    }

    public static ProductionInterval of(Metal metal, BigDecimal tonnes, ReportedFigure grade, ReportedFigure recovery) {
        BigDecimal lowGrade = grade.lowest().max(BigDecimal.ZERO);
        BigDecimal lowRecovery = recovery.lowest().max(BigDecimal.ZERO);
        BigDecimal highRecovery = recovery.highest().min(FULL_RECOVERY);
        return new ProductionInterval(
                Metallurgy.recoveredMetal(metal, tonnes, grade.value(), recovery.value()),
                Metallurgy.recoveredMetal(metal, tonnes, lowGrade, lowRecovery),
                Metallurgy.recoveredMetal(metal, tonnes, grade.highest(), highRecovery));
    }

    public boolean contains(BigDecimal production) {
        return production.compareTo(lowest) >= 0 && production.compareTo(highest) <= 0;
    }

    /**
     * Whether a reported production is consistent with the interval, allowing for its own rounding too
     * (a figure printed in thousands of ounces is itself only known to within 500 oz).
     */
    public boolean admits(ReportedFigure production) {
        return production.highest().compareTo(lowest) >= 0 && production.lowest().compareTo(highest) <= 0;
    }
}
