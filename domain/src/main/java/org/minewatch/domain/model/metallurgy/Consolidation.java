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
        Optional<ReportedFigure> sum = sumOfMines(reports, consolidated.metal());
        if (sum.isEmpty()) {
            return false;
        }
        BigDecimal difference = consolidated.production().value().subtract(sum.get().value()).abs();
        return difference.compareTo(consolidated.production().roundingHalfWidth().add(sum.get().roundingHalfWidth())) <= 0;
    }
}
