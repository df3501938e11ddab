package org.minewatch.domain.model.metallurgy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.MetalResult;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * A mine's figures over several periods (the quarters of a year to date) combined as metallurgical
 * accounting combines them: tonnes and production add, operating days add (so tpd is total tonnes over
 * total days), grade is weighted by tonnes, recovery by the metal contained in the ore.
 *
 * @param tonnesMilled  total tonnes milled, empty unless every period reports it
 * @param operatingDays total implied operating days, empty unless every period reports tonnes and tpd
 * @param metals        the combined figures per metal
 */
public record AggregatedProduction(Optional<BigDecimal> tonnesMilled, Optional<BigDecimal> operatingDays, Map<Metal, MetalTotals> metals) {

    /**
     * One metal's combined figures; grade and recovery are empty unless every period that produced the
     * metal reports them, production unless every period does.
     */
    public record MetalTotals(Optional<BigDecimal> grade, Optional<BigDecimal> recovery, Optional<BigDecimal> production) {
    }

    public Optional<BigDecimal> averageTpd() {
        if (tonnesMilled.isEmpty() || operatingDays.isEmpty() || operatingDays.get().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(tonnesMilled.get().divide(operatingDays.get(), Metallurgy.PRECISION));
    }

    public static AggregatedProduction of(Collection<ProductionReport> reports) {
        if (reports.isEmpty()) {
            throw new IllegalArgumentException("Nothing to aggregate");
        }
        Optional<BigDecimal> tonnes = sum(reports.stream().map(r -> r.tonnesMilled().map(ReportedFigure::value)).toList());
        Optional<BigDecimal> days = sum(reports.stream().map(ProductionReport::impliedOperatingDays).toList());
        Map<Metal, MetalTotals> metals = new EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            List<ProductionReport> withMetal = reports.stream().filter(r -> r.metal(metal).isPresent()).toList();
            if (!withMetal.isEmpty()) {
                metals.put(metal, combine(metal, withMetal));
            }
        }
        return new AggregatedProduction(tonnes, days, metals);
    }

    private static MetalTotals combine(Metal metal, List<ProductionReport> reports) {
        BigDecimal tonnes = BigDecimal.ZERO;
        BigDecimal tonneGrade = BigDecimal.ZERO;
        BigDecimal contained = BigDecimal.ZERO;
        BigDecimal containedRecovery = BigDecimal.ZERO;
        boolean graded = true;
        boolean recovered = true;
        List<Optional<BigDecimal>> production = new ArrayList<>();
        for (ProductionReport report : reports) {
            MetalResult result = report.metal(metal).orElseThrow();
            production.add(result.production().map(ReportedFigure::value));
            Optional<BigDecimal> t = report.tonnesMilled().map(ReportedFigure::value);
            Optional<BigDecimal> g = result.grade().map(ReportedFigure::value);
            Optional<BigDecimal> r = result.recovery().map(ReportedFigure::value);
            if (t.isEmpty() || g.isEmpty()) {
                graded = false;
                recovered = false;
                continue;
            }
            tonnes = tonnes.add(t.get());
            BigDecimal tg = t.get().multiply(g.get(), Metallurgy.PRECISION);
            tonneGrade = tonneGrade.add(tg);
            if (r.isEmpty()) {
                recovered = false;
            } else {
                contained = contained.add(tg);
                containedRecovery = containedRecovery.add(tg.multiply(r.get(), Metallurgy.PRECISION));
            }
        }
        Optional<BigDecimal> grade = graded && tonnes.signum() > 0
                ? Optional.of(tonneGrade.divide(tonnes, Metallurgy.PRECISION)) : Optional.empty();
        Optional<BigDecimal> recovery = recovered && contained.signum() > 0
                ? Optional.of(containedRecovery.divide(contained, Metallurgy.PRECISION)) : Optional.empty();
        return new MetalTotals(grade, recovery, sum(production));
    }

    /** The sum, or empty if any term is missing. */
    private static Optional<BigDecimal> sum(List<Optional<BigDecimal>> terms) {
        BigDecimal total = BigDecimal.ZERO;
        for (Optional<BigDecimal> term : terms) {
            if (term.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(term.get());
        }
        return Optional.of(total);
    }
}
