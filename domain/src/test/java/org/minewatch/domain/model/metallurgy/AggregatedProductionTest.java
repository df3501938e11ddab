package org.minewatch.domain.model.metallurgy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.MetalResult;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.production.SourceReference;

/** Year-to-date aggregation, and the seed's nine months against its third quarter. */
class AggregatedProductionTest {

    private final SeedRelease seed = new SeedRelease();

    @Test
    void nine_months_hold_at_least_the_third_quarter_for_every_additive_figure() {
        assertThat(SeedRelease.NINE_MONTHS_2011.covers(SeedRelease.Q3_2011)).isTrue();
        for (var mine : List.of(seed.caylloma, seed.sanJose)) {
            ProductionReport q3 = seed.report(mine, SeedRelease.Q3_2011);
            ProductionReport nineMonths = seed.report(mine, SeedRelease.NINE_MONTHS_2011);
            assertThat(nineMonths.tonnesMilled().orElseThrow().value()).isGreaterThanOrEqualTo(q3.tonnesMilled().orElseThrow().value());
            assertThat(nineMonths.impliedOperatingDays().orElseThrow()).isGreaterThanOrEqualTo(q3.impliedOperatingDays().orElseThrow());
            for (MetalResult result : q3.metals()) {
                BigDecimal quarter = result.production().orElseThrow().value();
                BigDecimal toDate = nineMonths.metal(result.metal()).orElseThrow().production().orElseThrow().value();
                assertThat(toDate).as("%s %s", mine, result.metal()).isGreaterThanOrEqualTo(quarter);
            }
        }
    }

    @Test
    void implied_operating_days_are_those_of_domain_md() {
        assertThat(seed.report(seed.caylloma, SeedRelease.Q3_2011).impliedOperatingDays().orElseThrow().doubleValue()).isCloseTo(91, within(0.5));
        assertThat(seed.report(seed.sanJose, SeedRelease.Q3_2011).impliedOperatingDays().orElseThrow().doubleValue()).isCloseTo(54, within(0.5));
        // 266 operating days out of 273 calendar days in the first nine months of 2011
        assertThat(seed.report(seed.caylloma, SeedRelease.NINE_MONTHS_2011).impliedOperatingDays().orElseThrow().doubleValue()).isCloseTo(266, within(0.5));
        assertThat(SeedRelease.NINE_MONTHS_2011.calendarDays()).isEqualTo(273);
    }

    @Test
    void san_joses_nine_months_are_its_only_quarter_aggregated() {
        // San Jose started in Q3 2011: its nine months must be exactly what aggregating Q3 alone gives
        ProductionReport nineMonths = seed.report(seed.sanJose, SeedRelease.NINE_MONTHS_2011);
        AggregatedProduction aggregated = AggregatedProduction.of(List.of(seed.report(seed.sanJose, SeedRelease.Q3_2011)));
        assertThat(aggregated.tonnesMilled().orElseThrow()).isEqualByComparingTo(nineMonths.tonnesMilled().orElseThrow().value());
        assertThat(aggregated.averageTpd().orElseThrow()).isEqualByComparingTo(nineMonths.averageTpd().orElseThrow().value());
        for (Metal metal : List.of(Metal.AG, Metal.AU)) {
            MetalResult printed = nineMonths.metal(metal).orElseThrow();
            AggregatedProduction.MetalTotals totals = aggregated.metals().get(metal);
            assertThat(totals.grade().orElseThrow()).isEqualByComparingTo(printed.grade().orElseThrow().value());
            assertThat(totals.recovery().orElseThrow()).isEqualByComparingTo(printed.recovery().orElseThrow().value());
            assertThat(totals.production().orElseThrow()).isEqualByComparingTo(printed.production().orElseThrow().value());
        }
    }

    @Test
    void grade_is_weighted_by_tonnes_and_recovery_by_contained_metal() {
        SourceReference source = new SourceReference("constructed", LocalDate.of(2011, 7, 1));
        ProductionReport q1 = new ProductionReport(seed.caylloma, ReportingPeriod.quarter(2011, 1), source);
        q1.recordOreProcessed(ReportedFigure.printed("100,000"), ReportedFigure.printed("1,000"));
        q1.recordMetal(Metal.AG, ReportedFigure.printed("200"), ReportedFigure.printed("80"), ReportedFigure.printed("514,413"));
        ProductionReport q2 = new ProductionReport(seed.caylloma, ReportingPeriod.quarter(2011, 2), source);
        q2.recordOreProcessed(ReportedFigure.printed("50,000"), ReportedFigure.printed("500"));
        q2.recordMetal(Metal.AG, ReportedFigure.printed("100"), ReportedFigure.printed("90"), ReportedFigure.printed("144,679"));

        AggregatedProduction half = AggregatedProduction.of(List.of(q1, q2));

        assertThat(half.tonnesMilled().orElseThrow()).isEqualByComparingTo("150000");
        assertThat(half.operatingDays().orElseThrow()).isEqualByComparingTo("200");
        assertThat(half.averageTpd().orElseThrow()).isEqualByComparingTo("750");
        var silver = half.metals().get(Metal.AG);
        // (100,000 x 200 + 50,000 x 100) / 150,000
        assertThat(silver.grade().orElseThrow().doubleValue()).isCloseTo(166.6667, within(0.0001));
        // contained metal 20,000,000 and 5,000,000 t.g/t: (20 x 80 + 5 x 90) / 25
        assertThat(silver.recovery().orElseThrow()).isEqualByComparingTo("82");
        assertThat(silver.production().orElseThrow()).isEqualByComparingTo("659092");
    }

    @Test
    void a_missing_figure_leaves_the_aggregate_empty_rather_than_wrong() {
        SourceReference source = new SourceReference("constructed", LocalDate.of(2011, 7, 1));
        ProductionReport q1 = new ProductionReport(seed.caylloma, ReportingPeriod.quarter(2011, 1), source);
        q1.recordOreProcessed(ReportedFigure.printed("100,000"), null);
        q1.recordMetal(Metal.AG, null, null, ReportedFigure.printed("514,413"));
        AggregatedProduction aggregated = AggregatedProduction.of(List.of(q1, seed.report(seed.caylloma, SeedRelease.Q3_2011)));
        assertThat(aggregated.tonnesMilled()).isPresent();
        assertThat(aggregated.averageTpd()).isEmpty();
        assertThat(aggregated.metals().get(Metal.AG).grade()).isEmpty();
        assertThat(aggregated.metals().get(Metal.AG).production().orElseThrow()).isEqualByComparingTo("1074372");
    }
}
