package org.minewatch.domain.model.metallurgy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.domain.model.ReleaseFixture.scale;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.minewatch.domain.model.ReleaseFixture;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metallurgy.Plausibility.Implausible;
import org.minewatch.domain.model.metallurgy.Plausibility.Kind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.Observation;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.release.corpus.CorpusRelease;

/**
 * What the plausibility check stops and what it lets through: real releases pass, the misreadings it exists
 * for (a guidance sentence's billions of ounces, a balance that does not close, tonnes per day the period
 * contradicts, a figure many times its mine's history) are stopped with the arithmetic.
 */
class PlausibilityTest {

    static final List<String> RELEASES = ReleaseFixture.RELEASES;

    private final Plausibility plausibility = Plausibility.standard();

    private List<Implausible> check(ReleaseFixture release) {
        return plausibility.check(release.figures.figures(), Plausibility.History.NONE);
    }

    @ParameterizedTest
    @FieldSource("RELEASES")
    void the_shared_releases_are_plausible(String name) {
        assertThat(check(new ReleaseFixture(name))).isEmpty();
    }

    static List<CorpusRelease> corpus() {
        return CorpusRelease.all();
    }

    /** No hand-extracted figure of a real release is out of the orders of magnitude: the bounds do not stop real mines. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void no_real_figure_is_out_of_range(CorpusRelease release) {
        Map<Observation, ReportedFigure> figures = new LinkedHashMap<>();
        for (CorpusRelease.Expected e : release.observations()) {
            ReportedFigure figure = e.figure();
            figures.put(Observation.of(e.mine(), ReportingPeriod.parse(e.period()), Measure.fromCode(e.measure()),
                    e.metal() == null ? null : Metal.parse(e.metal()), figure), figure);
        }
        assertThat(plausibility.check(figures, Plausibility.History.NONE)).filteredOn(i -> i.kind() == Kind.MAGNITUDE).isEmpty();
    }

    @Test
    void a_guidance_figure_read_as_a_quarter_of_silver_is_stopped_with_its_arithmetic() {
        // "expects to produce ... 7,530 ounces of gold" misread into silver with a million multiplier: 7.53 billion oz at Caylloma
        ReleaseFixture release = new ReleaseFixture("fortuna-q3-2011-production", scale("Caylloma", "2011-Q3", "production", "AG", "13447.5"));

        List<Implausible> found = check(release);

        assertThat(found).filteredOn(i -> i.kind() == Kind.MAGNITUDE).singleElement().satisfies(i -> {
            assertThat(i.observation().mine()).isEqualTo("Caylloma");
            assertThat(i.observation().value()).isGreaterThan(new BigDecimal("7500000000"));
            assertThat(i.reason().toString()).contains("Caylloma 2011-Q3 production of AG 7,530,", "times the most real mines report", "10,000,000 oz a quarter");
        });
        assertThat(found).filteredOn(i -> i.kind() == Kind.BALANCE).singleElement().extracting(Implausible::reason).asString()
                .contains("115,574 t x", "does not close the metal balance", "559,8");
    }

    @Test
    void a_production_the_balance_does_not_allow_is_stopped() {
        ReleaseFixture release = new ReleaseFixture("fortuna-q3-2011-production", scale("Caylloma", "2011-Q3", "production", "AG", "1.05"));

        assertThat(check(release)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.BALANCE);
            assertThat(i.reason().toString()).contains("Caylloma 2011-Q3 production of AG 587,957", "at most [");
        });
    }

    @Test
    void tonnes_per_day_the_quarter_contradicts_are_stopped() {
        // 115,574 t at 254 t/d would take 455 days: a quarter has 92
        ReleaseFixture release = new ReleaseFixture("fortuna-q3-2011-production", scale("Caylloma", "2011-Q3", "tpd", null, "0.2"));

        assertThat(check(release)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.DAYS);
            assertThat(i.reason().toString()).contains("115,574 t / 254 t/d = 455 operating days, in a period of 92 days");
        });
    }

    @Test
    void a_figure_many_times_its_mines_history_is_stopped_and_one_within_it_is_not() {
        ReleaseFixture release = new ReleaseFixture("fortuna-q3-2011-production");
        Plausibility.History small = (mine, measure, metal) -> mine.equals("Caylloma") && measure == Measure.PRODUCTION && metal == Metal.AG
                ? Optional.of(new BigDecimal("50000")) : Optional.empty();
        Plausibility.History usual = (mine, measure, metal) -> mine.equals("Caylloma") && measure == Measure.PRODUCTION && metal == Metal.AG
                ? Optional.of(new BigDecimal("520000")) : Optional.empty();

        assertThat(plausibility.check(release.figures.figures(), small)).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.HISTORY);
            assertThat(i.reason().toString()).contains("11.2 times the largest quarter Caylloma has reported (50,000 oz)");
        });
        assertThat(plausibility.check(release.figures.figures(), usual)).isEmpty();
    }
}
