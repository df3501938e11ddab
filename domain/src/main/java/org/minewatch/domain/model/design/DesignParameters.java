package org.minewatch.domain.model.design;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.minewatch.domain.model.Decimals;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.production.SourceReference;

/**
 * What a mine's plant was designed to do, from a date on: its throughput in tonnes per day and its
 * recovery per metal. Versioned by the date it takes effect (San Jose: 1,000 tpd from commercial production,
 * 1,500 tpd after its expansion). Figures a company never published but that are used all the same are
 * marked illustrative, and the portal says so.
 */
@Entity
@Table(name = "design_parameters")
public class DesignParameters {

    @Id
    @SequenceGenerator(name = "design_parameters_seq", sequenceName = "design_parameters_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "design_parameters_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "mine_id", nullable = false)
    private Mine mine;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "throughput_tpd", precision = 20, scale = 4)
    private BigDecimal throughputTpd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "design_recovery", joinColumns = @JoinColumn(name = "design_parameters_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "metal", length = 2)
    @Column(name = "recovery", precision = 9, scale = 4)
    private Map<Metal, BigDecimal> recoveries = new EnumMap<>(Metal.class);

    @Column(nullable = false)
    private boolean illustrative;

    @Embedded
    private SourceReference source;

    protected DesignParameters() {
        // for JPA
    }

    public DesignParameters(Mine mine, LocalDate effectiveFrom, BigDecimal throughputTpd, Map<Metal, BigDecimal> recoveries,
                            boolean illustrative, SourceReference source) {
        this.mine = Objects.requireNonNull(mine, "mine");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.source = Objects.requireNonNull(source, "source");
        if (throughputTpd != null && throughputTpd.signum() <= 0) {
            throw new IllegalArgumentException("Design throughput of " + mine + " must be positive, not " + throughputTpd);
        }
        recoveries.forEach((metal, recovery) -> {
            if (recovery.signum() <= 0 || recovery.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("Design recovery of " + metal + " at " + mine + " must be in (0, 100], not " + recovery);
            }
        });
        this.throughputTpd = throughputTpd;
        this.recoveries = recoveries.isEmpty() ? new EnumMap<>(Metal.class) : new EnumMap<>(recoveries);
        this.illustrative = illustrative;
    }

    /** The version in force on a date: the latest to take effect on or before it. */
    public static Optional<DesignParameters> inForce(Collection<DesignParameters> versions, LocalDate date) {
        return versions.stream()
                .filter(d -> !d.effectiveFrom.isAfter(date))
                .max(Comparator.comparing(DesignParameters::effectiveFrom));
    }

    /** Throughput as a share of design (0.69 for 693 tpd against 1,000), empty without a design throughput. */
    public Optional<BigDecimal> throughputShare(BigDecimal averageTpd) {
        return throughput().map(design -> averageTpd.divide(design, MathContext.DECIMAL64));
    }

    public Long id() {
        return id;
    }

    public Mine mine() {
        return mine;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Optional<BigDecimal> throughput() {
        return Optional.ofNullable(Decimals.plain(throughputTpd));
    }

    public Optional<BigDecimal> recovery(Metal metal) {
        return Optional.ofNullable(Decimals.plain(recoveries.get(metal)));
    }

    public Map<Metal, BigDecimal> recoveries() {
        Map<Metal, BigDecimal> plain = new EnumMap<>(Metal.class);
        recoveries.forEach((metal, recovery) -> plain.put(metal, Decimals.plain(recovery)));
        return Collections.unmodifiableMap(plain);
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public SourceReference source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof DesignParameters d && mine.equals(d.mine) && effectiveFrom.equals(d.effectiveFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mine, effectiveFrom);
    }

    @Override
    public String toString() {
        return mine + " design from " + effectiveFrom;
    }
}
