package org.minewatch.domain.model.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.ReportingPeriod;

class YearToDateTest {

    private final SeedRelease seed = new SeedRelease();

    private Function<ReportingPeriod, Optional<BigDecimal>> cayllomaSilver(Map<ReportingPeriod, BigDecimal> more) {
        return period -> more.containsKey(period) ? Optional.of(more.get(period))
                : seed.reports.stream().filter(r -> r.mine().equals(seed.caylloma) && r.period().equals(period)).findFirst()
                        .flatMap(r -> r.metal(Metal.AG)).flatMap(MetalResult::production).map(ReportedFigure::value);
    }

    @Test
    void the_nine_months_stand_for_the_quarters_they_hold() {
        // the seed has Caylloma's third quarter (559,959 oz) and nine months (1,472,062 oz), not its first two quarters
        assertThat(YearToDate.of(2011, 3, 1, cayllomaSilver(Map.of()))).contains(new BigDecimal("1472062"));
    }

    @Test
    void later_quarters_are_added_to_the_latest_cumulative_figure() {
        assertThat(YearToDate.of(2011, 4, 1, cayllomaSilver(Map.of(ReportingPeriod.quarter(2011, 4), new BigDecimal("536426")))))
                .contains(new BigDecimal("2008488"));
    }

    @Test
    void a_missing_piece_leaves_the_year_to_date_unknown() {
        // nothing for the fourth quarter, nor for the year
        assertThat(YearToDate.of(2011, 4, 1, cayllomaSilver(Map.of()))).isEmpty();
        // the first two quarters are known only inside the nine months
        assertThat(YearToDate.of(2011, 2, 1, cayllomaSilver(Map.of()))).isEmpty();
    }

    @Test
    void quarters_before_the_first_producing_one_count_nothing() {
        Map<ReportingPeriod, BigDecimal> quarters = Map.of(ReportingPeriod.quarter(2011, 3), new BigDecimal("113178"));
        Function<ReportingPeriod, Optional<BigDecimal>> figure = period -> Optional.ofNullable(quarters.get(period));
        assertThat(YearToDate.of(2011, 3, 3, figure)).contains(new BigDecimal("113178"));
        assertThat(YearToDate.of(2011, 3, 1, figure)).isEmpty();
    }

    @Test
    void a_mine_counts_from_the_quarter_its_commercial_production_was_declared_in() {
        seed.sanJose.declareCommercialProduction(java.time.LocalDate.of(2011, 9, 1));
        assertThat(seed.sanJose.firstProducingQuarter(2010)).isEqualTo(5);
        assertThat(seed.sanJose.firstProducingQuarter(2011)).isEqualTo(3);
        assertThat(seed.sanJose.firstProducingQuarter(2012)).isEqualTo(1);
        assertThat(seed.caylloma.firstProducingQuarter(2011)).isEqualTo(1);
    }
}
