package org.minewatch.domain.model.mine;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.metal.Metal;

/**
 * A mine of a company, with the country it is in, the metals it produces and the date its commercial
 * production was declared (the start of its ramp-up, when known). Its identity is its company and name.
 */
@Entity
@Table(name = "mine")
public class Mine {

    @Id
    @SequenceGenerator(name = "mine_seq", sequenceName = "mine_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mine_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    @Column(nullable = false, length = 200)
    private String name;

    /** ISO 3166-1 alpha-2 code, e.g. PE, MX. */
    @Column(nullable = false, length = 2)
    private String country;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mine_commodity", joinColumns = @JoinColumn(name = "mine_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "metal", length = 2)
    private Set<Metal> commodities = EnumSet.noneOf(Metal.class);

    @Column(name = "commercial_production_start")
    private LocalDate commercialProductionStart;

    protected Mine() {
        // for JPA
    }

    public Mine(Company company, String name, String country, Set<Metal> commodities) {
        this.company = Objects.requireNonNull(company, "company");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A mine needs a name");
        }
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Country of mine " + name + " must be an ISO 3166 two-letter code, not '" + country + "'");
        }
        if (name.trim().length() > 200) {
            throw new IllegalArgumentException("A mine's name is at most 200 characters: " + name.trim().substring(0, 40) + "...");
        }
        this.name = name.trim();
        this.country = country;
        this.commodities = commodities.isEmpty() ? EnumSet.noneOf(Metal.class) : EnumSet.copyOf(commodities);
    }

    /** Records the date commercial production was declared: the start of the mine's ramp-up. */
    public void declareCommercialProduction(LocalDate date) {
        this.commercialProductionStart = Objects.requireNonNull(date, "date");
    }

    /**
     * The month of commercial production a date falls in: 1 in the month it was declared; 0 when the date is
     * not known; negative before it.
     */
    public int monthOfCommercialProduction(LocalDate date) {
        if (commercialProductionStart == null) {
            return 0;
        }
        int months = (date.getYear() - commercialProductionStart.getYear()) * 12 + date.getMonthValue() - commercialProductionStart.getMonthValue();
        return months >= 0 ? months + 1 : months;
    }

    public Long id() {
        return id;
    }

    public Company company() {
        return company;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    /** In the order of {@link Metal}, whatever order the database gave them. */
    public Set<Metal> commodities() {
        return Collections.unmodifiableSet(commodities.isEmpty() ? EnumSet.noneOf(Metal.class) : EnumSet.copyOf(commodities));
    }

    /**
     * The first quarter of the year whose production counts toward the year's total: 1 for a mine producing
     * before the year, the quarter commercial production was declared in during the year, 5 for a mine not yet
     * producing that year (San Jose, declared in September 2011, counts from 2011's third quarter).
     */
    public int firstProducingQuarter(int year) {
        if (commercialProductionStart == null || commercialProductionStart.getYear() < year) {
            return 1;
        }
        return commercialProductionStart.getYear() > year ? 5 : (commercialProductionStart.getMonthValue() + 2) / 3;
    }

    public Optional<LocalDate> commercialProductionStart() {
        return Optional.ofNullable(commercialProductionStart);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Mine other && company.equals(other.company) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(company, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
