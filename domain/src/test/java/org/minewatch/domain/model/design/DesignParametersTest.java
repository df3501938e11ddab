package org.minewatch.domain.model.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.SourceReference;

class DesignParametersTest {

    private final SeedRelease seed = new SeedRelease();
    private final SourceReference source = new SourceReference("Fortuna, 2011-09-01", LocalDate.of(2011, 9, 1));
    private final DesignParameters initial = new DesignParameters(seed.sanJose, LocalDate.of(2011, 9, 1), new BigDecimal("1000"),
            Map.of(Metal.AG, new BigDecimal("88"), Metal.AU, new BigDecimal("90")), false, source);
    private final DesignParameters expanded = new DesignParameters(seed.sanJose, LocalDate.of(2013, 10, 1), new BigDecimal("1500"),
            Map.of(Metal.AG, new BigDecimal("88"), Metal.AU, new BigDecimal("90")), false, source);

    @Test
    void san_jose_ran_at_69_percent_of_its_initial_design_in_q3_2011() {
        BigDecimal tpd = seed.report(seed.sanJose, SeedRelease.Q3_2011).averageTpd().orElseThrow().value();
        DesignParameters design = DesignParameters.inForce(List.of(expanded, initial), SeedRelease.Q3_2011.endDate()).orElseThrow();
        assertThat(design.throughput()).contains(new BigDecimal("1000"));
        assertThat(design.throughputShare(tpd).orElseThrow().doubleValue()).isCloseTo(0.693, within(1e-9));
        assertThat(design.recovery(Metal.AU)).contains(new BigDecimal("90"));
        assertThat(design.recovery(Metal.PB)).isEmpty();
    }

    @Test
    void a_later_version_takes_over_from_its_date() {
        assertThat(DesignParameters.inForce(List.of(initial, expanded), LocalDate.of(2011, 8, 31))).isEmpty();
        assertThat(DesignParameters.inForce(List.of(initial, expanded), LocalDate.of(2013, 9, 30))).contains(initial);
        assertThat(DesignParameters.inForce(List.of(initial, expanded), LocalDate.of(2013, 10, 1))).contains(expanded);
    }

    @Test
    void the_month_of_commercial_production_counts_from_the_month_it_was_declared() {
        seed.sanJose.declareCommercialProduction(LocalDate.of(2011, 9, 1));
        assertThat(seed.sanJose.monthOfCommercialProduction(LocalDate.of(2011, 9, 30))).isEqualTo(1);
        assertThat(seed.sanJose.monthOfCommercialProduction(LocalDate.of(2012, 8, 31))).isEqualTo(12);
        assertThat(seed.sanJose.monthOfCommercialProduction(LocalDate.of(2011, 8, 31))).isEqualTo(-1);
        assertThat(seed.caylloma.monthOfCommercialProduction(LocalDate.of(2011, 9, 30))).isZero();
    }

    @Test
    void design_figures_must_be_possible() {
        assertThatThrownBy(() -> new DesignParameters(seed.sanJose, LocalDate.of(2011, 9, 1), new BigDecimal("1000"),
                Map.of(Metal.AG, new BigDecimal("101")), false, source)).hasMessageContaining("(0, 100]");
        assertThatThrownBy(() -> new DesignParameters(seed.sanJose, LocalDate.of(2011, 9, 1), BigDecimal.ZERO,
                Map.of(), false, source)).hasMessageContaining("must be positive");
    }
}
