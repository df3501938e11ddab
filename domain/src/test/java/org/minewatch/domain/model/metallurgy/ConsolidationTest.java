package org.minewatch.domain.model.metallurgy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.production.SourceReference;

class ConsolidationTest {

    private final SeedRelease seed = new SeedRelease();

    @Test
    void every_consolidated_figure_of_the_seed_equals_the_sum_of_its_mines() {
        assertThat(seed.consolidated).hasSize(8);
        for (ConsolidatedProduction consolidated : seed.consolidated) {
            ReportedFigure sum = Consolidation.sumOfMines(seed.reports(consolidated.period()), consolidated.metal()).orElseThrow();
            assertThat(sum.value()).as(consolidated.toString()).isEqualByComparingTo(consolidated.production().value());
            assertThat(Consolidation.agrees(consolidated, seed.reports(consolidated.period()))).as(consolidated.toString()).isTrue();
        }
    }

    @Test
    void silver_in_q3_is_caylloma_plus_san_jose() {
        assertThat(Consolidation.sumOfMines(seed.reports(SeedRelease.Q3_2011), Metal.AG).orElseThrow().value())
                .isEqualByComparingTo("673137"); // 559,959 + 113,178
    }

    @Test
    void a_consolidated_figure_off_by_more_than_rounding_disagrees() {
        SourceReference source = new SourceReference("altered", LocalDate.of(2011, 10, 24));
        var off = new ConsolidatedProduction(seed.fortuna, SeedRelease.Q3_2011, Metal.AG, ReportedFigure.printed("673,139"), source);
        var rounding = new ConsolidatedProduction(seed.fortuna, SeedRelease.Q3_2011, Metal.AG, ReportedFigure.printed("673,138"), source);
        assertThat(Consolidation.agrees(off, seed.reports(SeedRelease.Q3_2011))).isFalse();
        // two mines printed to the ounce: the rounded total may honestly be 1 oz off the sum of the rounded parts
        assertThat(Consolidation.agrees(rounding, seed.reports(SeedRelease.Q3_2011))).isTrue();
    }
}
