package org.minewatch.domain.model.metallurgy;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.MetalResult;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * Consolidated production is the sum over mines (grades and recoveries are per mine only). A mine that
 * reports no production of a metal contributes nothing to it.
 */
public final class Consolidation {

    private Consolidation() {
    }

    /** The sum of the mines' printed production of a metal, with the sum of their resolutions. */
    public static Optional<ReportedFigure> sumOfMines(Collection<ProductionReport> reports, Metal metal) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal resolution = BigDecimal.ZERO;
        boolean any = false;
        for (ProductionReport report : reports) {
            Optional<ReportedFigure> production = report.metal(metal).flatMap(MetalResult::production);
            if (production.isPresent()) {
                any = true;
                value = value.add(production.get().value());
                resolution = resolution.add(production.get().resolution());
            }
        }
        return any ? Optional.of(ReportedFigure.of(value, resolution)) : Optional.empty();
    }

    /**
     * Whether a printed consolidated figure agrees with the sum of the mines' printed figures. Each printed
     * figure is rounded, so the rounded total may differ from the total of the rounded parts by up to the
     * sum of their half-resolutions (1 oz for two mines printed to the ounce); no more is allowed.
     */
    public static boolean agrees(ConsolidatedProduction consolidated, Collection<ProductionReport> reports) {
        return sumOfMines(reports, consolidated.metal()).map(sum -> agrees(consolidated.production(), sum)).orElse(false);
    }

    /** Whether a printed total agrees with the sum of its printed parts, within the rounding of each (as {@link #agrees} above). */
    public static boolean agrees(ReportedFigure total, Collection<ReportedFigure> parts) {
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal resolution = BigDecimal.ZERO;
        for (ReportedFigure part : parts) {
            value = value.add(part.value());
            resolution = resolution.add(part.resolution());
        }
        return !parts.isEmpty() && agrees(total, ReportedFigure.of(value, resolution));
    }

    private static boolean agrees(ReportedFigure total, ReportedFigure sum) {
        BigDecimal difference = total.value().subtract(sum.value()).abs();
        return difference.compareTo(total.roundingHalfWidth().add(sum.roundingHalfWidth())) <= 0;
    }
}
