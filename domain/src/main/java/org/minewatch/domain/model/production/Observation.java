package org.minewatch.domain.model.production;

import java.math.BigDecimal;
import java.util.Objects;
import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * One figure in the flat observation format of the import and read APIs: mine (null for a consolidated,
 * company-level figure), period, measure, metal (null for tonnes and tpd), value and unit.
 */
public record Observation(String mine, ReportingPeriod period, Measure measure, Metal metal, BigDecimal value, Unit unit) {

    public Observation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        if (measure.isPerMetal() != (metal != null)) {
            throw new InvalidValueException(new Sentence(measure.isPerMetal() ? "value.needs-metal" : "value.takes-no-metal", measure.code()));
        }
        if (unit != measure.unit(metal)) {
            // the measure by its code, as an observation writes it, in the reader's words ("grade of AG", "grade de AG")
            throw new InvalidValueException(new Sentence("value.wrong-unit", metal == null ? measure.code() : new Sentence("measure.of-metal", measure.code(), metal.name()),
                    measure.unit(metal).symbol(), unit == null ? "-" : unit.symbol()));
        }
    }

    public static Observation of(String mine, ReportingPeriod period, Measure measure, Metal metal, ReportedFigure figure) {
        return new Observation(mine, period, measure, metal, figure.value(), measure.unit(metal));
    }

    public boolean isConsolidated() {
        return mine == null;
    }
}
