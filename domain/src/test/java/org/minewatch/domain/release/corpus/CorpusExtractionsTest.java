package org.minewatch.domain.release.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metallurgy.ProductionInterval;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.release.corpus.CorpusRelease.Expected;

/**
 * The corpus is only as good as its hand extractions: each is well formed, in our units, and its metal
 * balance closes (tonnes x grade x recovery against metal produced, within the rounding of the printed
 * grade and recovery) wherever a mine-period-metal has all four figures, unless the release's
 * {@code balanceExceptions} say why it does not (a figure the release itself gets wrong, a grade converted
 * from US units whose printed rounding is wider than its four decimals, production that includes bought ore).
 */
class CorpusExtractionsTest {

    static List<CorpusRelease> releases() {
        return CorpusRelease.all();
    }

    @Test
    void the_corpus_is_large_and_varied_enough_and_a_fifth_of_it_is_held_out() {
        List<CorpusRelease> all = releases();
        List<CorpusRelease> gathered = all.stream().filter(r -> !r.shared()).toList();
        assertThat(gathered).hasSizeGreaterThanOrEqualTo(40);
        assertThat(gathered.stream().map(CorpusRelease::company).distinct().count()).isGreaterThanOrEqualTo(15);
        long heldOut = all.stream().filter(CorpusRelease::heldOut).count();
        assertThat(heldOut * 5).as("held-out releases, of %d", all.size()).isGreaterThanOrEqualTo(all.size());
        assertThat(all.stream().filter(CorpusRelease::heldOut).map(CorpusRelease::company).distinct().count()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void each_extraction_is_well_formed(CorpusRelease release) {
        assertThat(release.text()).as("text").isNotBlank();
        assertThat(release.issuer()).as("issuer").isNotBlank();
        Set<String> keys = new java.util.HashSet<>();
        for (Expected e : release.observations()) {
            assertThat(keys.add(e.mine() + "|" + e.period() + "|" + e.measure() + "|" + e.metal())).as("duplicate %s", e).isTrue();
            ReportingPeriod.parse(e.period());
            Measure measure = Measure.fromCode(e.measure());
            assertThat(measure.isPerMetal()).as("%s has a metal", e).isEqualTo(e.metal() != null);
            Metal metal = e.metal() == null ? null : Metal.parse(e.metal());
            assertThat(e.unit()).as("unit of %s", e).isEqualTo(measure.unit(metal).symbol());
            assertThat(e.value().signum()).as("%s", e).isGreaterThanOrEqualTo(0);
            if (measure == Measure.RECOVERY) {
                assertThat(e.value()).as("%s", e).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(BigDecimal.valueOf(100));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releases")
    void each_metal_balance_closes_or_is_explained(CorpusRelease release) {
        Map<String, Expected> byKey = new LinkedHashMap<>();
        release.observations().forEach(e -> byKey.put(e.mine() + "|" + e.period() + "|" + e.measure() + "|" + e.metal(), e));
        List<String> off = new ArrayList<>();
        for (Expected production : release.observations()) {
            if (!production.measure().equals("production")) {
                continue;
            }
            String mp = production.mine() + "|" + production.period() + "|";
            Expected tonnes = byKey.get(mp + "tonnes_milled|null");
            Expected grade = byKey.get(mp + "grade|" + production.metal());
            Expected recovery = byKey.get(mp + "recovery|" + production.metal());
            if (tonnes == null || grade == null || recovery == null) {
                continue;
            }
            ProductionInterval interval = ProductionInterval.of(Metal.parse(production.metal()), tonnes.value(), grade.figure(), recovery.figure());
            if (!interval.contains(production.value())) {
                off.add(production.mine() + " " + production.period() + " " + production.metal() + ": " + production.value().toPlainString() + " outside ["
                        + interval.lowest().setScale(0, RoundingMode.FLOOR) + ", " + interval.highest().setScale(0, RoundingMode.CEILING) + "]");
            }
        }
        Set<String> explained = release.balanceExceptions().stream().map(x -> x.mine() + " " + x.period() + " " + x.metal()).collect(Collectors.toSet());
        assertThat(off.stream().filter(o -> explained.stream().noneMatch(o::startsWith)).toList()).as("balances off without a reason").isEmpty();
    }
}
