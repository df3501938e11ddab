package org.minewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.rules.RuleHarness.evaluate;
import static org.minewatch.rules.RuleHarness.ofRule;
import static org.minewatch.rules.RuleHarness.quarter;
import static org.minewatch.rules.RuleHarness.yearToDate;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.ReleaseFixture;
import org.minewatch.rules.fact.ConsolidatedFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.OreProcessedFact;

/** integrity.drl: silent on every real release, and each rule fires on a copy with one figure altered. */
class IntegrityRulesTest {

    static final List<String> RELEASES = ReleaseFixture.RELEASES;
    private static final Set<String> INTEGRITY = Set.of(Findings.METAL_BALANCE_MISMATCH, Findings.CONSOLIDATION_MISMATCH,
            Findings.PERIOD_INCONSISTENCY, Findings.IMPOSSIBLE_VALUE);
    /** Before any release: no report is owed yet, so only the figures themselves are judged. */
    private static final LocalDate AS_OF = LocalDate.of(2000, 1, 1);

    private static List<Finding> integrityFindings(ReleaseFixture release) {
        Portfolio portfolio = new Portfolio(List.copyOf(release.mines.values()), release.reports, release.consolidated, List.of(), List.of());
        return evaluate(PortfolioFacts.of(portfolio, Thresholds.defaults(), AS_OF)).stream().filter(f -> INTEGRITY.contains(f.getRule())).toList();
    }

    private static List<Finding> altered(String release, UnaryOperator<JsonObject> alteration) {
        return integrityFindings(new ReleaseFixture(release, alteration));
    }

    @ParameterizedTest
    @FieldSource("RELEASES")
    void no_integrity_rule_fires_on_a_real_release(String release) {
        assertThat(integrityFindings(new ReleaseFixture(release))).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("RELEASES")
    void production_altered_by_three_percent_breaks_the_metal_balance(String release) {
        JsonObject line = ReleaseFixture.json(release).getJsonArray("observations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("measure").equals("recovery")).findFirst().orElseThrow();
        List<Finding> findings = altered(release, ReleaseFixture.scale(line.getString("mine"), line.getString("period"), "production",
                line.getString("metal"), "1.03"));
        assertThat(ofRule(findings, Findings.METAL_BALANCE_MISMATCH)).singleElement().satisfies(f -> {
            assertThat(f.getMine()).isEqualTo(line.getString("mine"));
            assertThat(f.getPeriod()).isEqualTo(line.getString("period"));
            assertThat(f.getMetal()).isEqualTo(line.getString("metal"));
            assertThat(f.getSeverity()).isEqualTo(Severity.CRITICAL);
        });
    }

    @Test
    void a_consolidated_figure_altered_by_three_percent_no_longer_adds_up() {
        List<Finding> findings = altered("fortuna-q3-2011-production", ReleaseFixture.scale(null, "2011-Q3", "production", "AG", "1.03"));
        assertThat(findings).extracting(Finding::getRule).containsExactly(Findings.CONSOLIDATION_MISMATCH);
        assertThat(findings.get(0).getMessage()).isEqualTo(
                "Consolidated Ag production 693,331 oz differs from the sum of the mines, 673,137 oz, by 20,194 (rounding allows 1.5)");
    }

    @Test
    void nine_months_altered_below_the_third_quarter_is_inconsistent() {
        // San Jose's nine months equal its only quarter: 3% less is less than the quarter alone
        List<Finding> findings = altered("fortuna-q3-2011-production", ReleaseFixture.scale("San Jose", "2011-9M", "production", "AU", "0.97"));
        assertThat(ofRule(findings, Findings.PERIOD_INCONSISTENCY)).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).isEqualTo("AU production for 2011-9M, 1,028, is less than for 2011-Q3 alone, 1,060"));
    }

    @Test
    void nine_months_altered_away_from_the_sum_of_its_quarters_is_inconsistent() {
        // Alexco prints Bellekeno's three quarters and nine months: the nine months add up until altered
        List<Finding> findings = altered("alexco_2011Q3", ReleaseFixture.scale("Bellekeno", "2011-9M", "production", "AG", "1.03"));
        assertThat(ofRule(findings, Findings.PERIOD_INCONSISTENCY)).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).contains("differs from the sum of its quarters"));
    }

    @Test
    void impossible_values_are_flagged_and_possible_ones_are_not() {
        MetalResultFact recovery = new MetalResultFact(quarter(2011, 3), "AG", "g/t", "oz", 1000.0, 100.0, 100.5, 2_000.0, 0.5, null, null, null);
        MetalResultFact fullRecovery = new MetalResultFact(quarter(2011, 2), "AG", "g/t", "oz", 1000.0, 100.0, 100.0, 2_000.0, 0.5, null, null, null);
        MetalResultFact noGrade = new MetalResultFact(quarter(2011, 1), "AU", "g/t", "oz", 1000.0, 0.0, 90.0, 10.0, 0.5, null, null, null);
        OreProcessedFact negative = new OreProcessedFact(quarter(2010, 4), -5.0, 0.5, 100.0);
        List<Finding> findings = evaluate(Thresholds.defaults(), recovery, fullRecovery, noGrade, negative);
        assertThat(ofRule(findings, Findings.IMPOSSIBLE_VALUE)).extracting(Finding::toString).containsExactlyInAnyOrder(
                "impossible-value CRITICAL Test mine 2011-Q3 AG: Impossible recovery: 100.5 (a recovery lies in (0, 100])",
                "impossible-value CRITICAL Test mine 2011-Q1 AU: Impossible head grade: 0 (metal was produced, so the grade must be positive)",
                "impossible-value CRITICAL Test mine 2010-Q4: Impossible tonnes milled: -5 (tonnes cannot be negative)");
    }

    @Test
    void the_metal_balance_allows_the_rounding_interval_and_the_slack_threshold() {
        // computed 1,000, interval [990, 1,010]: 1,010 is honest rounding, 1,012 is not unless the slack allows it
        MetalResultFact edge = new MetalResultFact(quarter(2011, 3), "AG", "g/t", "oz", 1000.0, 31.1, 100.0, 1_010.0, 0.5, 1_000.0, 990.0, 1_010.0);
        MetalResultFact beyond = new MetalResultFact(quarter(2011, 2), "AG", "g/t", "oz", 1000.0, 31.1, 100.0, 1_012.0, 0.5, 1_000.0, 990.0, 1_010.0);
        assertThat(ofRule(evaluate(Thresholds.defaults(), edge, beyond), Findings.METAL_BALANCE_MISMATCH))
                .extracting(Finding::getPeriod).containsExactly("2011-Q2");
        Thresholds slack = Thresholds.defaults().with(ThresholdKey.METAL_BALANCE_SLACK_PERCENT, new java.math.BigDecimal("1"));
        assertThat(ofRule(evaluate(slack, edge, beyond), Findings.METAL_BALANCE_MISMATCH)).isEmpty();
    }

    @Test
    void consolidation_allows_the_rounding_of_its_parts_only() {
        ConsolidatedFact honest = new ConsolidatedFact(RuleHarness.companyQuarter(2011, 3), "AG", "oz", 1001, 1000.0, 1.5);
        ConsolidatedFact off = new ConsolidatedFact(RuleHarness.companyQuarter(2011, 2), "AG", "oz", 1002, 1000.0, 1.5);
        assertThat(ofRule(evaluate(Thresholds.defaults(), honest, off), Findings.CONSOLIDATION_MISMATCH))
                .extracting(Finding::getPeriod).containsExactly("2011-Q2");
    }

    @Test
    void year_to_date_tonnes_below_a_quarter_are_flagged() {
        OreProcessedFact q2 = new OreProcessedFact(quarter(2011, 2), 100_000.0, 0.5, 1_000.0);
        OreProcessedFact h1 = new OreProcessedFact(yearToDate(2011, 2), 99_000.0, 0.5, 1_000.0);
        assertThat(ofRule(evaluate(Thresholds.defaults(), q2, h1), Findings.PERIOD_INCONSISTENCY)).singleElement()
                .satisfies(f -> assertThat(f.getPeriod()).isEqualTo("2011-6M"));
    }
}
