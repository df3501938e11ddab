package org.minewatch.domain.model.production;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * A company's consolidated production of one metal in one period, as the release printed it. Kept beside
 * the mines' figures rather than derived from them, because the consolidation check compares the two.
 */
@Entity
@Table(name = "consolidated_production")
public class ConsolidatedProduction {

    @Id
    @SequenceGenerator(name = "consolidated_production_seq", sequenceName = "consolidated_production_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consolidated_production_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Embedded
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Metal metal;

    @Column(nullable = false, precision = 24, scale = 6)
    private BigDecimal production;
    @Column(name = "production_resolution", nullable = false, precision = 24, scale = 6)
    private BigDecimal productionResolution;

    @Embedded
    private SourceReference source;

    protected ConsolidatedProduction() {
        // for JPA
    }

    public ConsolidatedProduction(Company company, ReportingPeriod period, Metal metal, ReportedFigure production, SourceReference source) {
        this.company = Objects.requireNonNull(company, "company");
        this.period = Objects.requireNonNull(period, "period");
        this.metal = Objects.requireNonNull(metal, "metal");
        this.source = Objects.requireNonNull(source, "source");
        restate(production);
    }

    public void restate(ReportedFigure production) {
        Objects.requireNonNull(production, "production");
        if (production.value().signum() < 0) {
            throw new IllegalArgumentException("Consolidated " + metal + " production of " + company + " " + period + " cannot be negative");
        }
        this.production = production.value();
        this.productionResolution = production.resolution();
    }

    public Long id() {
        return id;
    }

    public Company company() {
        return company;
    }

    public ReportingPeriod period() {
        return period;
    }

    public Metal metal() {
        return metal;
    }

    public ReportedFigure production() {
        return ReportedFigure.of(production, productionResolution);
    }

    public SourceReference source() {
        return source;
    }

    public Observation observation() {
        return Observation.of(null, period, Measure.PRODUCTION, metal, production());
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ConsolidatedProduction c && company.equals(c.company) && period.equals(c.period) && metal == c.metal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(company, period, metal);
    }

    @Override
    public String toString() {
        return company + " " + period + " " + metal;
    }
}
