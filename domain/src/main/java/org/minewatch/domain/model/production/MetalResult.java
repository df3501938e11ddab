package org.minewatch.domain.model.production;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.minewatch.domain.model.metal.Metal;

/**
 * One metal's line in a mine's report for a period: head grade of the ore processed, metallurgical
 * recovery and metal produced, each as printed (any may be missing), with the footnote that qualifies it,
 * what the recovery is measured on (the seed's Caylloma silver: "Ag recovery in Pb concentrate"), and
 * whether the figures are provisional. Part of the {@link ProductionReport} aggregate.
 */
@Entity
@Table(name = "metal_result")
public class MetalResult {

    @Id
    @SequenceGenerator(name = "metal_result_seq", sequenceName = "metal_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "metal_result_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private ProductionReport report;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Metal metal;

    @Column(precision = 20, scale = 6)
    private BigDecimal grade;
    @Column(name = "grade_resolution", precision = 20, scale = 6)
    private BigDecimal gradeResolution;

    @Column(precision = 9, scale = 4)
    private BigDecimal recovery;
    @Column(name = "recovery_resolution", precision = 9, scale = 4)
    private BigDecimal recoveryResolution;

    @Column(precision = 24, scale = 6)
    private BigDecimal production;
    @Column(name = "production_resolution", precision = 24, scale = 6)
    private BigDecimal productionResolution;

    @Column(length = 500)
    private String footnote;

    @Column(name = "recovery_basis", length = 200)
    private String recoveryBasis;

    @Column(nullable = false)
    private boolean provisional;

    protected MetalResult() {
        // for JPA
    }

    MetalResult(ProductionReport report, Metal metal, ReportedFigure grade, ReportedFigure recovery, ReportedFigure production) {
        this.report = Objects.requireNonNull(report, "report");
        this.metal = Objects.requireNonNull(metal, "metal");
        restate(grade, recovery, production);
    }

    /** Replaces the three figures, as a restated or corrected release does. */
    void restate(ReportedFigure grade, ReportedFigure recovery, ReportedFigure production) {
        if (grade == null && recovery == null && production == null) {
            throw new IllegalArgumentException(metal + " of " + report.mine() + " " + report.period() + " has no figure");
        }
        this.grade = grade == null ? null : grade.value();
        this.gradeResolution = grade == null ? null : grade.resolution();
        this.recovery = recovery == null ? null : recovery.value();
        this.recoveryResolution = recovery == null ? null : recovery.resolution();
        this.production = production == null ? null : production.value();
        this.productionResolution = production == null ? null : production.resolution();
    }

    /** A note that qualifies the figures, as printed under the release's table. */
    public MetalResult annotate(String footnote) {
        this.footnote = footnote;
        return this;
    }

    /** What the recovery is measured on, where the release says (e.g. recovery into one concentrate). */
    public MetalResult recoveryMeasuredAs(String recoveryBasis) {
        this.recoveryBasis = recoveryBasis;
        return this;
    }

    public MetalResult markProvisional(boolean provisional) {
        this.provisional = provisional;
        return this;
    }

    public ProductionReport report() {
        return report;
    }

    public Metal metal() {
        return metal;
    }

    public Optional<ReportedFigure> grade() {
        return Optional.ofNullable(ReportedFigure.ofNullable(grade, gradeResolution));
    }

    public Optional<ReportedFigure> recovery() {
        return Optional.ofNullable(ReportedFigure.ofNullable(recovery, recoveryResolution));
    }

    public Optional<ReportedFigure> production() {
        return Optional.ofNullable(ReportedFigure.ofNullable(production, productionResolution));
    }

    public Optional<String> footnote() {
        return Optional.ofNullable(footnote);
    }

    public Optional<String> recoveryBasis() {
        return Optional.ofNullable(recoveryBasis);
    }

    public boolean isProvisional() {
        return provisional;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MetalResult r && report.equals(r.report) && metal == r.metal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(report, metal);
    }

    @Override
    public String toString() {
        return report + " " + metal;
    }
}
