package org.minewatch.domain.model.guidance;

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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.minewatch.domain.model.Decimals;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.production.SourceReference;

/**
 * One version of a production guidance: what a company expects to produce of a metal in a calendar year,
 * for the company as a whole or for one mine, as announced on a date. Guidance can be a point or a range,
 * and is revised by announcing a new version or withdrawn by announcing a withdrawal; versions are never
 * changed, so the guidance in force on any date can be told afterwards ({@link GuidanceHistory}).
 */
@Entity
@Table(name = "guidance")
public class Guidance {

    @Id
    @SequenceGenerator(name = "guidance_seq", sequenceName = "guidance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guidance_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    /** Null for company-level guidance. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "mine_id")
    private Mine mine;

    @Column(name = "guidance_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Metal metal;

    /** Null for a withdrawal. */
    @Column(name = "low_amount", precision = 24, scale = 6)
    private BigDecimal low;

    @Column(name = "high_amount", precision = 24, scale = 6)
    private BigDecimal high;

    @Column(name = "announced_on", nullable = false)
    private LocalDate announcedOn;

    @Column(nullable = false)
    private boolean withdrawn;

    @Embedded
    private SourceReference source;

    protected Guidance() {
        // for JPA
    }

    private Guidance(Company company, Mine mine, int year, Metal metal, BigDecimal low, BigDecimal high,
                     LocalDate announcedOn, boolean withdrawn, SourceReference source) {
        this.company = Objects.requireNonNull(company, "company");
        if (mine != null && !mine.company().equals(company)) {
            throw new IllegalArgumentException("Mine " + mine + " is not a mine of " + company);
        }
        this.mine = mine;
        this.year = year;
        this.metal = Objects.requireNonNull(metal, "metal");
        this.announcedOn = Objects.requireNonNull(announcedOn, "announcedOn");
        this.source = Objects.requireNonNull(source, "source");
        this.withdrawn = withdrawn;
        if (!withdrawn) {
            if (low == null || high == null || low.signum() <= 0 || low.compareTo(high) > 0) {
                throw new IllegalArgumentException("Guidance of " + metal + " for " + year + " needs 0 < low <= high, not "
                        + low + " to " + high);
            }
            this.low = low;
            this.high = high;
        }
    }

    /** A single figure: "2.4 million ounces of silver in 2011". Mine null for the company as a whole. */
    public static Guidance point(Company company, Mine mine, int year, Metal metal, BigDecimal amount,
                                 LocalDate announcedOn, SourceReference source) {
        return new Guidance(company, mine, year, metal, amount, amount, announcedOn, false, source);
    }

    /** A range: "between 7,000 and 7,500 ounces of gold". */
    public static Guidance range(Company company, Mine mine, int year, Metal metal, BigDecimal low, BigDecimal high,
                                 LocalDate announcedOn, SourceReference source) {
        return new Guidance(company, mine, year, metal, low, high, announcedOn, false, source);
    }

    /** The announcement that guidance no longer stands. */
    public static Guidance withdrawal(Company company, Mine mine, int year, Metal metal, LocalDate announcedOn,
                                      SourceReference source) {
        return new Guidance(company, mine, year, metal, null, null, announcedOn, true, source);
    }

    public Long id() {
        return id;
    }

    public Company company() {
        return company;
    }

    public Optional<Mine> mine() {
        return Optional.ofNullable(mine);
    }

    public int year() {
        return year;
    }

    public Metal metal() {
        return metal;
    }

    public Unit unit() {
        return metal.productionUnit();
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public boolean isRange() {
        return !withdrawn && low.compareTo(high) != 0;
    }

    public BigDecimal low() {
        requireStanding();
        return Decimals.plain(low);
    }

    public BigDecimal high() {
        requireStanding();
        return Decimals.plain(high);
    }

    public LocalDate announcedOn() {
        return announcedOn;
    }

    public SourceReference source() {
        return source;
    }

    /** Whether this version speaks of the same thing as another: same company, mine, year and metal. */
    public boolean sameSubject(Guidance other) {
        return company.equals(other.company) && Objects.equals(mine, other.mine) && year == other.year && metal == other.metal;
    }

    private void requireStanding() {
        if (withdrawn) {
            throw new IllegalStateException("Guidance of " + metal + " for " + year + " was withdrawn on " + announcedOn);
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Guidance g && sameSubject(g) && announcedOn.equals(g.announcedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(company, mine, year, metal, announcedOn);
    }

    @Override
    public String toString() {
        String scope = mine == null ? company.name() : mine.name();
        String amount = withdrawn ? "withdrawn" : isRange() ? low().toPlainString() + "-" + high().toPlainString() : low().toPlainString();
        return scope + " " + year + " " + metal + " guidance " + amount + " " + unit().symbol() + " (" + announcedOn + ")";
    }
}
