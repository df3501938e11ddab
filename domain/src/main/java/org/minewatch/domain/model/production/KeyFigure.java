package org.minewatch.domain.model.production;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * One figure of a mine's quarter as a manager reads it on the dashboard: the value reported, the design
 * figure it answers to (throughput and recovery have one), and the same figure in the quarter before and in
 * the same quarter a year before (each null where there is none). Recovery is itself a percentage, so it is compared in percentage points
 * (88.5% against 90.0% is -1.5 points, not -1.7%); every other figure by its relative change.
 */
public record KeyFigure(Measure measure, Metal metal, ReportingPeriod period, BigDecimal value, BigDecimal design,
                        BigDecimal previousQuarter, BigDecimal yearBefore) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public KeyFigure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        if (measure.isPerMetal() != (metal != null)) {
            throw new IllegalArgumentException(measure.code() + (measure.isPerMetal() ? " needs a metal" : " has no metal"));
        }
    }

    public Unit unit() {
        return measure.unit(metal);
    }

    /** True where changes are differences in percentage points rather than relative changes. */
    public boolean changesInPoints() {
        return measure == Measure.RECOVERY;
    }

    /** Against the quarter before: points for recovery, else a fraction (-0.05 is 5% down); empty without that quarter. */
    public Optional<BigDecimal> changeOnPreviousQuarter() {
        return Optional.ofNullable(previousQuarter).flatMap(this::changeFrom);
    }

    /** Against the same quarter a year before, as {@link #changeOnPreviousQuarter()}. */
    public Optional<BigDecimal> changeOnYearBefore() {
        return Optional.ofNullable(yearBefore).flatMap(this::changeFrom);
    }

    /**
     * Against design: for recovery the difference in points (negative is short of design), for throughput
     * the share of design (0.95 is 95% of design); empty where the measure has no design figure.
     */
    public Optional<BigDecimal> againstDesign() {
        return Optional.ofNullable(design).flatMap(d -> changesInPoints() ? Optional.of(value.subtract(d)) : share(value, d));
    }

    private Optional<BigDecimal> changeFrom(BigDecimal earlier) {
        if (changesInPoints()) {
            return Optional.of(value.subtract(earlier));
        }
        return share(value, earlier).map(s -> s.subtract(BigDecimal.ONE));
    }

    private static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty() : Optional.of(part.divide(whole, PRECISION));
    }
}
