package org.minewatch.domain.model.metallurgy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.MetalResult;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;

/** The metal balance arithmetic of DOMAIN.md, against every metal row of the seed. */
class ProductionIntervalTest {

    private final SeedRelease seed = new SeedRelease();

    @Test
    void every_one_of_the_seeds_twelve_metal_rows_falls_inside_its_interval() {
        List<String> checked = new ArrayList<>();
        for (ProductionReport report : seed.reports) {
            for (MetalResult result : report.metals()) {
                ProductionInterval interval = report.productionInterval(result.metal()).orElseThrow();
                BigDecimal reported = result.production().orElseThrow().value();
                assertThat(interval.contains(reported))
                        .as("%s %s: %s in [%s, %s]", report, result.metal(), reported, interval.lowest(), interval.highest())
                        .isTrue();
                checked.add(report + " " + result.metal());
            }
        }
        assertThat(checked).hasSize(12);
    }

    @Test
    void caylloma_q3_silver_computes_as_domain_md_says() {
        ProductionInterval interval = seed.report(seed.caylloma, SeedRelease.Q3_2011).productionInterval(Metal.AG).orElseThrow();
        assertThat(interval.computed().doubleValue()).isCloseTo(559_821, within(0.5));
        assertThat(interval.lowest().doubleValue()).isCloseTo(554_870, within(0.5));
        assertThat(interval.highest().doubleValue()).isCloseTo(564_791, within(0.5));
    }

    @Test
    void caylloma_nine_months_gold_computes_as_domain_md_says() {
        ProductionInterval interval = seed.report(seed.caylloma, SeedRelease.NINE_MONTHS_2011).productionInterval(Metal.AU).orElseThrow();
        assertThat(interval.computed().doubleValue()).isCloseTo(1_819, within(0.5));
        assertThat(interval.lowest().doubleValue()).isCloseTo(1_775, within(0.5));
        assertThat(interval.highest().doubleValue()).isCloseTo(1_864, within(0.5));
    }

    @Test
    void base_metals_are_computed_in_pounds() {
        // Caylloma Q3 lead: 115,574 t x 2.11% x 92% x 2,204.62262 lb/t = 4,946,xxx lb, against 4,960,154 reported
        ProductionInterval interval = seed.report(seed.caylloma, SeedRelease.Q3_2011).productionInterval(Metal.PB).orElseThrow();
        double expected = 115_574 * 0.0211 * 0.92 * 2_204.62262;
        assertThat(interval.computed().doubleValue()).isCloseTo(expected, within(0.01));
    }

    @Test
    void a_figure_altered_by_a_few_percent_falls_outside() {
        ProductionReport report = seed.report(seed.caylloma, SeedRelease.Q3_2011);
        ProductionInterval interval = report.productionInterval(Metal.AG).orElseThrow();
        BigDecimal reported = report.metal(Metal.AG).orElseThrow().production().orElseThrow().value();
        assertThat(interval.contains(reported.multiply(new BigDecimal("1.03")))).isFalse();
        assertThat(interval.contains(reported.multiply(new BigDecimal("0.97")))).isFalse();
    }

    @Test
    void a_figure_printed_in_thousands_is_admitted_within_its_own_rounding() {
        ProductionInterval interval = new ProductionInterval(new BigDecimal("559821"), new BigDecimal("554870"), new BigDecimal("564791"));
        // "565 koz" is 564,500 to 565,500 oz: it overlaps the interval, though 565,000 itself lies outside
        ReportedFigure thousands = ReportedFigure.printed("565").times(new BigDecimal("1000"));
        assertThat(interval.contains(thousands.value())).isFalse();
        assertThat(interval.admits(thousands)).isTrue();
        assertThat(interval.admits(ReportedFigure.printed("567").times(new BigDecimal("1000")))).isFalse();
    }
}
