package org.minewatch.domain.model.production;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * A mine's quarter as its manager reviews it: the key figures of the quarter, each against design and
 * against the quarter before and the same quarter a year before, and each figure's trend over every quarter
 * the mine has reported. Design figures are those in force at the end of each quarter, as the rules take
 * them, so the dashboard and the alerts never disagree about what design was.
 */
public final class QuarterReview {

    /** One quarter of a trend: the figure reported (null where not reported) and the design in force (null where none). */
    public record TrendPoint(ReportingPeriod quarter, BigDecimal value, BigDecimal design) {
    }

    private final Mine mine;
    private final ReportingPeriod quarter;
    private final TreeMap<ReportingPeriod, ProductionReport> quarterly;
    private final List<DesignParameters> designs;

    private QuarterReview(Mine mine, ReportingPeriod quarter, TreeMap<ReportingPeriod, ProductionReport> quarterly, List<DesignParameters> designs) {
        this.mine = mine;
        this.quarter = quarter;
        this.quarterly = quarterly;
        this.designs = designs;
    }

    /**
     * @param reports the mine's reports, of any periods (only quarters are reviewed)
     * @param designs the mine's design versions
     */
    public static QuarterReview of(Mine mine, ReportingPeriod quarter, Collection<ProductionReport> reports, Collection<DesignParameters> designs) {
        Objects.requireNonNull(mine, "mine");
        if (quarter.kind() != PeriodKind.QUARTER) {
            throw new IllegalArgumentException("A review is of a quarter, not of " + quarter.code());
        }
        TreeMap<ReportingPeriod, ProductionReport> quarterly = reports.stream()
                .filter(r -> r.mine().equals(mine) && r.period().kind() == PeriodKind.QUARTER)
                .collect(Collectors.toMap(ProductionReport::period, Function.identity(), (a, b) -> a, TreeMap::new));
        return new QuarterReview(mine, quarter, quarterly, designs.stream().filter(d -> d.mine().equals(mine)).toList());
    }

    /** The latest quarter the mine has reported, if any: where a dashboard opens. */
    public static Optional<ReportingPeriod> latestQuarter(Collection<ProductionReport> reports) {
        return reports.stream().map(ProductionReport::period).filter(p -> p.kind() == PeriodKind.QUARTER).max(Comparator.naturalOrder());
    }

    public Mine mine() {
        return mine;
    }

    public ReportingPeriod quarter() {
        return quarter;
    }

    /** The report of the reviewed quarter; empty when the mine did not report it. */
    public Optional<ProductionReport> report() {
        return Optional.ofNullable(quarterly.get(quarter));
    }

    /** Every quarter the mine reported, oldest first. */
    public List<ReportingPeriod> quarters() {
        return List.copyOf(quarterly.keySet());
    }

    public Optional<DesignParameters> designInForce() {
        return designAt(quarter);
    }

    /** The metals of the reviewed quarter's report, in the order of {@link Metal}. */
    public List<Metal> metals() {
        return report().map(r -> r.metals().stream().map(MetalResult::metal).sorted().toList()).orElse(List.of());
    }

    /** Every metal the mine ever reported, in the order of {@link Metal}: the trends to draw. */
    public List<Metal> metalsReported() {
        TreeSet<Metal> metals = new TreeSet<>();
        quarterly.values().forEach(r -> r.metals().forEach(m -> metals.add(m.metal())));
        return List.copyOf(metals);
    }

    /** A figure (its measure, and its metal or none) the reviewed quarter leaves out. */
    public record MissingFigure(Measure measure, Metal metal) {
    }

    /**
     * The figures the mine reported in an earlier quarter that the reviewed quarter's report leaves out, tonnes and
     * tpd first, then per metal in the order of {@link Metal}: a figure that vanished (San Jose's gold production in
     * Q4 2011, its release cut inside the gold table) is to be shown as not reported rather than left out; none when
     * the quarter was not reported at all.
     */
    public List<MissingFigure> figuresNotReported() {
        Optional<ProductionReport> now = report();
        if (now.isEmpty()) {
            return List.of();
        }
        Collection<ProductionReport> earlier = quarterly.headMap(quarter, false).values();
        List<MissingFigure> missing = new ArrayList<>();
        for (Measure measure : List.of(Measure.TONNES_MILLED, Measure.TPD)) {
            if (now.get().figure(measure, null).isEmpty() && earlier.stream().anyMatch(r -> r.figure(measure, null).isPresent())) {
                missing.add(new MissingFigure(measure, null));
            }
        }
        for (Metal metal : Metal.values()) {
            for (Measure measure : List.of(Measure.GRADE, Measure.RECOVERY, Measure.PRODUCTION)) {
                if (now.get().figure(measure, metal).isEmpty() && earlier.stream().anyMatch(r -> r.figure(measure, metal).isPresent())) {
                    missing.add(new MissingFigure(measure, metal));
                }
            }
        }
        return missing;
    }

    /** Tonnes milled, tpd, then per metal head grade, recovery and production: those the quarter reported. */
    public List<KeyFigure> keyFigures() {
        List<KeyFigure> figures = new ArrayList<>();
        keyFigure(Measure.TONNES_MILLED, null).ifPresent(figures::add);
        keyFigure(Measure.TPD, null).ifPresent(figures::add);
        for (Metal metal : metals()) {
            keyFigure(Measure.GRADE, metal).ifPresent(figures::add);
            keyFigure(Measure.RECOVERY, metal).ifPresent(figures::add);
            keyFigure(Measure.PRODUCTION, metal).ifPresent(figures::add);
        }
        return figures;
    }

    /** One key figure of the reviewed quarter; empty when the quarter did not report it. */
    public Optional<KeyFigure> keyFigure(Measure measure, Metal metal) {
        return value(quarter, measure, metal).map(v -> new KeyFigure(measure, metal, quarter, v, design(quarter, measure, metal),
                value(quarter.previousQuarter(), measure, metal).orElse(null),
                value(quarter.sameQuarterPriorYear(), measure, metal).orElse(null)));
    }

    /**
     * A figure from the first reported quarter to the last, with the design in force in each; a quarter in
     * between that was not reported is a point without a value, so that a chart shows the gap in time.
     */
    public List<TrendPoint> trend(Measure measure, Metal metal) {
        List<TrendPoint> points = new ArrayList<>();
        if (quarterly.isEmpty()) {
            return points;
        }
        for (ReportingPeriod q = quarterly.firstKey(); q.compareTo(quarterly.lastKey()) <= 0; q = q.nextQuarter()) {
            points.add(new TrendPoint(q, value(q, measure, metal).orElse(null), design(q, measure, metal)));
        }
        return points;
    }

    private Optional<BigDecimal> value(ReportingPeriod period, Measure measure, Metal metal) {
        return Optional.ofNullable(quarterly.get(period)).flatMap(r -> r.figure(measure, metal)).map(ReportedFigure::value);
    }

    private BigDecimal design(ReportingPeriod period, Measure measure, Metal metal) {
        return switch (measure) {
            case TPD -> designAt(period).flatMap(DesignParameters::throughput).orElse(null);
            case RECOVERY -> designAt(period).flatMap(d -> d.recovery(metal)).orElse(null);
            default -> null;
        };
    }

    private Optional<DesignParameters> designAt(ReportingPeriod period) {
        return DesignParameters.inForce(designs, period.endDate());
    }
}
