package org.minewatch.domain.model.production;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metallurgy.Metallurgy;
import org.minewatch.domain.model.metallurgy.ProductionInterval;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * What one mine reported for one period: the ore processed (tonnes milled, average tonnes per day) and a
 * {@link MetalResult} per metal. The aggregate root for a mine's period: one per mine and period, its
 * identity; figures are changed only through it.
 */
@Entity
@Table(name = "production_report")
public class ProductionReport {

    /**
     * The order the rules read reports in: by mine name, then period. Sums of floating-point figures (guidance to date) are
     * added in this order, so a full evaluation and one of a part of the portfolio give them to the last bit.
     */
    public static final Comparator<ProductionReport> BY_MINE_AND_PERIOD = Comparator.comparing((ProductionReport r) -> r.mine().name())
            .thenComparing(ProductionReport::period);

    @Id
    @SequenceGenerator(name = "production_report_seq", sequenceName = "production_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "production_report_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "mine_id", nullable = false)
    private Mine mine;

    @Embedded
    private ReportingPeriod period;

    @Column(name = "tonnes_milled", precision = 20, scale = 4)
    private BigDecimal tonnesMilled;
    @Column(name = "tonnes_milled_resolution", precision = 20, scale = 4)
    private BigDecimal tonnesMilledResolution;

    @Column(name = "average_tpd", precision = 20, scale = 4)
    private BigDecimal averageTpd;
    @Column(name = "average_tpd_resolution", precision = 20, scale = 4)
    private BigDecimal averageTpdResolution;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<MetalResult> metals = new ArrayList<>();

    @Embedded
    private SourceReference source;

    protected ProductionReport() {
        // for JPA
    }

    public ProductionReport(Mine mine, ReportingPeriod period, SourceReference source) {
        this.mine = Objects.requireNonNull(mine, "mine");
        this.period = Objects.requireNonNull(period, "period");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Records tonnes milled and average tonnes per day; either may be absent from a release. */
    public void recordOreProcessed(ReportedFigure tonnesMilled, ReportedFigure averageTpd) {
        if (tonnesMilled != null && tonnesMilled.value().signum() < 0) {
            throw new IllegalArgumentException("Tonnes milled of " + mine + " " + period + " cannot be negative: " + tonnesMilled);
        }
        this.tonnesMilled = tonnesMilled == null ? null : tonnesMilled.value();
        this.tonnesMilledResolution = tonnesMilled == null ? null : tonnesMilled.resolution();
        this.averageTpd = averageTpd == null ? null : averageTpd.value();
        this.averageTpdResolution = averageTpd == null ? null : averageTpd.resolution();
    }

    /** Records (or restates) one metal's grade, recovery and production; any one may be null. */
    public MetalResult recordMetal(Metal metal, ReportedFigure grade, ReportedFigure recovery, ReportedFigure production) {
        Optional<MetalResult> existing = metal(metal);
        if (existing.isPresent()) {
            existing.get().restate(grade, recovery, production);
            return existing.get();
        }
        MetalResult result = new MetalResult(this, metal, grade, recovery, production);
        metals.add(result);
        return result;
    }

    /**
     * Records one figure, leaving the others as they are: how an import adds to or corrects a report.
     *
     * @param metal null for tonnes milled and tpd
     */
    public void record(Measure measure, Metal metal, ReportedFigure figure) {
        switch (measure) {
            case TONNES_MILLED -> recordOreProcessed(figure, averageTpd().orElse(null));
            case TPD -> recordOreProcessed(tonnesMilled().orElse(null), figure);
            case GRADE, RECOVERY, PRODUCTION -> {
                Optional<MetalResult> line = metal(metal);
                ReportedFigure grade = measure == Measure.GRADE ? figure : line.flatMap(MetalResult::grade).orElse(null);
                ReportedFigure recovery = measure == Measure.RECOVERY ? figure : line.flatMap(MetalResult::recovery).orElse(null);
                ReportedFigure production = measure == Measure.PRODUCTION ? figure : line.flatMap(MetalResult::production).orElse(null);
                recordMetal(metal, grade, recovery, production);
            }
        }
    }

    /** One figure of the report, if it holds it. */
    public Optional<ReportedFigure> figure(Measure measure, Metal metal) {
        return switch (measure) {
            case TONNES_MILLED -> tonnesMilled();
            case TPD -> averageTpd();
            case GRADE -> metal(metal).flatMap(MetalResult::grade);
            case RECOVERY -> metal(metal).flatMap(MetalResult::recovery);
            case PRODUCTION -> metal(metal).flatMap(MetalResult::production);
        };
    }

    public Long id() {
        return id;
    }

    public Mine mine() {
        return mine;
    }

    public ReportingPeriod period() {
        return period;
    }

    public SourceReference source() {
        return source;
    }

    public Optional<ReportedFigure> tonnesMilled() {
        return Optional.ofNullable(ReportedFigure.ofNullable(tonnesMilled, tonnesMilledResolution));
    }

    public Optional<ReportedFigure> averageTpd() {
        return Optional.ofNullable(ReportedFigure.ofNullable(averageTpd, averageTpdResolution));
    }

    /** The metal lines in the order of {@link Metal}. */
    public List<MetalResult> metals() {
        return metals.stream().sorted(Comparator.comparing(MetalResult::metal)).toList();
    }

    public Optional<MetalResult> metal(Metal metal) {
        return metals.stream().filter(r -> r.metal() == metal).findFirst();
    }

    /** Operating days implied by tonnes milled over average tpd (not calendar days: a mine may stop). */
    public Optional<BigDecimal> impliedOperatingDays() {
        if (tonnesMilled == null || averageTpd == null || averageTpd.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(Metallurgy.impliedOperatingDays(tonnesMilled, averageTpd));
    }

    /**
     * The production that the printed tonnes, grade and recovery of a metal allow, given their rounding;
     * empty where one of them is missing.
     */
    public Optional<ProductionInterval> productionInterval(Metal metal) {
        Optional<MetalResult> result = metal(metal);
        if (tonnesMilled == null || result.isEmpty() || result.get().grade().isEmpty() || result.get().recovery().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ProductionInterval.of(metal, tonnesMilled, result.get().grade().get(), result.get().recovery().get()));
    }

    /** Every figure of the report, in the flat observation format. */
    public List<Observation> observations() {
        List<Observation> observations = new ArrayList<>();
        String name = mine.name();
        tonnesMilled().ifPresent(f -> observations.add(Observation.of(name, period, Measure.TONNES_MILLED, null, f)));
        averageTpd().ifPresent(f -> observations.add(Observation.of(name, period, Measure.TPD, null, f)));
        for (MetalResult r : metals()) {
            r.grade().ifPresent(f -> observations.add(Observation.of(name, period, Measure.GRADE, r.metal(), f)));
            r.recovery().ifPresent(f -> observations.add(Observation.of(name, period, Measure.RECOVERY, r.metal(), f)));
            r.production().ifPresent(f -> observations.add(Observation.of(name, period, Measure.PRODUCTION, r.metal(), f)));
        }
        return observations;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProductionReport r && mine.equals(r.mine) && period.equals(r.period);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mine, period);
    }

    @Override
    public String toString() {
        return mine + " " + period;
    }
}
