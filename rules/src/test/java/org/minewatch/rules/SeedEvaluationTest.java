package org.minewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.rules.RuleHarness.evaluate;
import static org.minewatch.rules.RuleHarness.ofRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.SourceReference;

/**
 * The whole rule base on the seed (Fortuna, Q3 2011) with its design parameters and guidance, against the
 * outcomes DOMAIN.md states.
 */
class SeedEvaluationTest {

    private static final LocalDate RELEASED = LocalDate.of(2011, 10, 24);
    private static final Set<String> INTEGRITY = Set.of(Findings.METAL_BALANCE_MISMATCH, Findings.CONSOLIDATION_MISMATCH,
            Findings.PERIOD_INCONSISTENCY, Findings.IMPOSSIBLE_VALUE);

    private final SeedRelease seed = new SeedRelease();

    private Portfolio portfolio() {
        seed.sanJose.declareCommercialProduction(LocalDate.of(2011, 9, 1));
        SourceReference source = new SourceReference("test", RELEASED);
        List<DesignParameters> designs = List.of(
                new DesignParameters(seed.sanJose, LocalDate.of(2011, 9, 1), new BigDecimal("1000"),
                        Map.of(Metal.AG, new BigDecimal("88"), Metal.AU, new BigDecimal("90")), false, source),
                new DesignParameters(seed.caylloma, LocalDate.of(2011, 1, 1), new BigDecimal("1270"), Map.of(), true, source));
        List<Guidance> guidance = List.of(
                Guidance.point(seed.fortuna, null, 2011, Metal.AG, new BigDecimal("2400000"), RELEASED, source),
                Guidance.point(seed.fortuna, null, 2011, Metal.AU, new BigDecimal("7530"), RELEASED, source));
        return new Portfolio(List.of(seed.caylloma, seed.sanJose), seed.reports, seed.consolidated, designs, guidance);
    }

    private List<Finding> findings(LocalDate asOf) {
        return evaluate(PortfolioFacts.of(portfolio(), Thresholds.defaults(), asOf));
    }

    @Test
    void no_integrity_rule_fires_on_the_seed() {
        assertThat(findings(RELEASED)).noneMatch(f -> INTEGRITY.contains(f.getRule()));
    }

    @Test
    void san_jose_gold_recovery_is_below_design_and_silver_within_tolerance() {
        List<Finding> recovery = ofRule(findings(RELEASED), Findings.RECOVERY_BELOW_DESIGN);
        assertThat(recovery).extracting(Finding::toString).containsExactly(
                "recovery-below-design CRITICAL San Jose 2011-Q3 AU: Au recovery 83% against 90% design: 7 points short, beyond the 2-point tolerance");
    }

    @Test
    void san_jose_throughput_is_reported_as_ramp_up_progress() {
        List<Finding> throughput = ofRule(findings(RELEASED), Findings.THROUGHPUT_BELOW_DESIGN);
        assertThat(throughput).hasSize(1);
        Finding sanJose = throughput.get(0);
        assertThat(sanJose.getSeverity()).isEqualTo(Severity.INFO);
        assertThat(sanJose.getMine()).isEqualTo("San Jose");
        assertThat(sanJose.getMessage()).isEqualTo(
                "Ramp-up progress: 693 tpd = 69.3% of 1,000 tpd design in month 1 of commercial production (ramp-up window 12 months)");
        assertThat(sanJose.getEvidence()).containsEntry("rampUp", true).containsEntry("shareOfDesign", 0.693);
    }

    @Test
    void gold_guidance_is_a_likely_miss_and_silver_is_not() {
        List<Finding> findings = findings(RELEASED);
        Finding gold = findings.stream().filter(f -> "AU".equals(f.getMetal()) && f.getRule().startsWith("guidance")).findFirst().orElseThrow();
        assertThat(gold.getRule()).isEqualTo(Findings.GUIDANCE_LIKELY_MISS);
        assertThat(gold.getMine()).isNull();
        assertThat(gold.getPeriod()).isEqualTo("2011-FY");
        assertThat(gold.getMessage()).startsWith("Au guidance 7,530 oz: 2,862 oz to date, Q4 needs 4,668 oz = 2.88x Q3");
        // the same finding as a Spanish-speaking manager reads it, the projection's method included
        assertThat(gold.getSentence().in(java.util.Locale.forLanguageTag("es")))
                .startsWith("Guía de Au 7.530 oz: 2.862 oz a la fecha, el T4 necesita 4.668 oz = 2,88x el T3; proyección ")
                .contains("San Jose en puesta en marcha (mes 1)").contains("Caylloma al ritmo actual");
        assertThat(findings).noneMatch(f -> "AG".equals(f.getMetal())
                && (f.getRule().equals(Findings.GUIDANCE_LIKELY_MISS) || f.getRule().equals(Findings.GUIDANCE_MISSED)));
    }

    @Test
    void the_projection_takes_san_jose_at_its_daily_rate_not_its_partial_quarter() {
        Finding silver = findings(RELEASED).stream().filter(f -> "AG".equals(f.getMetal()) && f.getRule().startsWith("guidance"))
                .findFirst().orElseThrow();
        // Caylloma at run rate 559,959; San Jose 113,178 oz over 54 operating days = 2,096 oz/day x 92 days of Q4
        double expected = 1_585_240 + 559_959 + 113_178 / (37_417 / 693.0) * 92;
        assertThat((Double) silver.getEvidence().get("projection")).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.01));
        assertThat(silver.getRule()).isEqualTo(Findings.GUIDANCE_AT_RISK);
        assertThat((String) silver.getEvidence().get("projectionMethod")).contains("San Jose in ramp-up").contains("Caylloma at run rate");
    }

    @Test
    void q4_figures_become_overdue_once_their_due_date_has_passed() {
        assertThat(ofRule(findings(RELEASED), Findings.OVERDUE_REPORT)).isEmpty();
        assertThat(ofRule(findings(LocalDate.of(2012, 3, 1)), Findings.OVERDUE_REPORT)).extracting(Finding::toString).containsExactlyInAnyOrder(
                "overdue-report WARNING Caylloma 2011-Q4: No figures for 2011-Q4, due by 2012-02-29",
                "overdue-report WARNING San Jose 2011-Q4: No figures for 2011-Q4, due by 2012-02-29");
    }
}
