package org.minewatch.domain.model.production;

import java.math.BigDecimal;
import java.util.Objects;
import org.minewatch.domain.model.Decimals;
import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;

/**
 * A figure as a release printed it: its value in normalized units and its resolution, the size of one unit
 * of the last printed digit in those units (1 for "186", 0.01 for "0.35", 1,000 for "1,472" thousand
 * ounces). The resolution is what makes honest rounding distinguishable from an error: the true value
 * lies within half a resolution of the printed one.
 *
 * <p>Immutable. Not an {@code @Embeddable}: the entities that hold figures map value and resolution to
 * columns of their own, so that a figure the release left blank is simply absent.
 */
public final class ReportedFigure {

    private final BigDecimal value;
    private final BigDecimal resolution;

    private ReportedFigure(BigDecimal value, BigDecimal resolution) {
        this.value = Decimals.plain(Objects.requireNonNull(value, "value"));
        this.resolution = Decimals.plain(Objects.requireNonNull(resolution, "resolution"));
        if (this.resolution.signum() <= 0) {
            throw new IllegalArgumentException("The resolution of a figure must be positive, not " + resolution);
        }
    }

    /** A figure with its value and resolution, both in normalized units. */
    public static ReportedFigure of(BigDecimal value, BigDecimal resolution) {
        return new ReportedFigure(value, resolution);
    }

    /**
     * A figure from its printed form, with thousands separators: "559,959", "0.35", "1,270". Its resolution
     * is one unit of the last printed digit.
     */
    public static ReportedFigure printed(String text) {
        String plain = text.replace(",", "").trim();
        try {
            BigDecimal value = new BigDecimal(plain);
            return new ReportedFigure(value, BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(new Sentence("value.not-a-figure", text), e);
        }
    }

    /** Null in, null out: for optional columns. */
    public static ReportedFigure ofNullable(BigDecimal value, BigDecimal resolution) {
        return value == null ? null : new ReportedFigure(value, resolution == null ? BigDecimal.ONE : resolution);
    }

    public BigDecimal value() {
        return value;
    }

    public BigDecimal resolution() {
        return resolution;
    }

    /** Half a unit of the last printed digit: how far the true value may lie from the printed one. */
    public BigDecimal roundingHalfWidth() {
        return resolution.divide(BigDecimal.valueOf(2));
    }

    public BigDecimal lowest() {
        return value.subtract(roundingHalfWidth());
    }

    public BigDecimal highest() {
        return value.add(roundingHalfWidth());
    }

    /** Multiplies value and resolution, as a thousands multiplier or a unit conversion does. */
    public ReportedFigure times(BigDecimal factor) {
        return new ReportedFigure(value.multiply(factor), resolution.multiply(factor));
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ReportedFigure f && value.compareTo(f.value) == 0 && resolution.compareTo(f.resolution) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, resolution);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
