package org.minewatch.domain.model.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;

class ReleaseFiguresTest {

    private final SeedRelease seed = new SeedRelease();

    @Test
    void the_seed_becomes_a_report_per_mine_and_period_and_eight_consolidated_figures() {
        assertThat(seed.reports).extracting(ProductionReport::toString)
                .containsExactlyInAnyOrder("Caylloma 2011-Q3", "San Jose 2011-Q3", "Caylloma 2011-9M", "San Jose 2011-9M");
        assertThat(seed.consolidated).hasSize(8);
        assertThat(seed.figures.size()).isEqualTo(52);
    }

    @Test
    void the_reports_give_back_every_figure_of_the_seed_with_its_unit() {
        var fromReports = new java.util.ArrayList<Observation>();
        seed.reports.forEach(r -> fromReports.addAll(r.observations()));
        seed.consolidated.forEach(c -> fromReports.add(c.observation()));

        assertThat(fromReports).containsExactlyInAnyOrderElementsOf(seed.figures.observations());
        assertThat(fromReports).hasSize(52);
        Observation caylloma = fromReports.stream()
                .filter(o -> "Caylloma".equals(o.mine()) && o.period().equals(SeedRelease.Q3_2011)
                        && o.measure() == Measure.GRADE && o.metal() == Metal.AU)
                .findFirst().orElseThrow();
        assertThat(caylloma.value()).isEqualByComparingTo("0.35");
        assertThat(caylloma.unit()).isEqualTo(Unit.GRAMS_PER_TONNE);
    }

    @Test
    void printed_figures_keep_their_resolution() {
        ProductionReport report = seed.report(seed.caylloma, SeedRelease.Q3_2011);
        ReportedFigure grade = report.metal(Metal.AU).orElseThrow().grade().orElseThrow();
        assertThat(grade.resolution()).isEqualByComparingTo("0.01");
        assertThat(report.tonnesMilled().orElseThrow().resolution()).isEqualByComparingTo("1");
    }

    @Test
    void refuses_what_the_model_cannot_hold() {
        ReleaseFigures figures = new ReleaseFigures(new SourceReference("test", LocalDate.of(2011, 10, 24)));
        assertThatThrownBy(() -> figures.add(null, SeedRelease.Q3_2011, Measure.GRADE, Metal.AG, ReportedFigure.printed("100")))
                .hasMessageContaining("consolidated figure is production only");
        assertThatThrownBy(() -> figures.add("Caylloma", SeedRelease.Q3_2011, Measure.TONNES_MILLED, Metal.AG, ReportedFigure.printed("100")))
                .hasMessageContaining("takes no metal");
        figures.add("Caylloma", SeedRelease.Q3_2011, Measure.TONNES_MILLED, null, new BigDecimal("115574"));
        assertThatThrownBy(() -> figures.add("Caylloma", SeedRelease.Q3_2011, Measure.TONNES_MILLED, null, new BigDecimal("115575")))
                .hasMessageContaining("Two values for Caylloma 2011-Q3 tonnes_milled");
    }
}
