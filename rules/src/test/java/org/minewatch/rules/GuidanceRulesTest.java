package org.minewatch.rules;

import org.minewatch.domain.model.Sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.rules.RuleHarness.companyYear;
import static org.minewatch.rules.RuleHarness.evaluate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minewatch.domain.model.SeedRelease;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.production.SourceReference;
import org.minewatch.rules.fact.GuidanceFact;

/**
 * guidance.drl and the projection behind it: at risk and likely miss on both sides of the margin, ranges
 * at both ends, missed and beaten once the year is complete, revisions and withdrawals honoured.
 */
class GuidanceRulesTest {

    private static final LocalDate RELEASED = LocalDate.of(2011, 10, 24);

    /** A guidance of 1,000 (or a range) after q quarters, with the given projection. */
    private static GuidanceFact fact(double low, double high, double actual, int q, double projection) {
        return fact(low, high, actual, q, projection, q);
    }

    /** The same, when the company published figures up to a later quarter than this guidance's. */
    private static GuidanceFact fact(double low, double high, double actual, int q, double projection, int companyReportedThrough) {
        return new GuidanceFact(companyYear(2011), "AU", "oz", low, high, actual, 100, q, low - actual, q == 4 ? 0 : (low - actual) / (4 - q),
                null, actual / (low * q / 4), projection, new Sentence("projection.run-rate", 100, "oz", 4 - q),
                companyReportedThrough);
    }

    private static String status(GuidanceFact fact) {
        List<Finding> findings = evaluate(Thresholds.defaults(), fact);
        assertThat(findings).hasSizeLessThanOrEqualTo(1);
        return findings.isEmpty() ? "on track" : findings.get(0).getRule();
    }

    @ParameterizedTest(name = "projection {0} against 1,000: {1}")
    @CsvSource({"1000, on track", "999.9, guidance-at-risk", "900, guidance-at-risk", "899.9, guidance-likely-miss", "400, guidance-likely-miss"})
    void the_projection_decides_during_the_year(double projection, String expected) {
        assertThat(status(fact(1000, 1000, 500, 3, projection))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "range 900-1,100, projection {0}: {1}")
    @CsvSource({"900, on track", "899, guidance-at-risk", "1200, on track", "800, guidance-likely-miss"})
    void during_the_year_a_range_is_met_at_its_low_end(double projection, String expected) {
        assertThat(status(fact(900, 1100, 500, 3, projection))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "range 900-1,100, year closed at {0}: {1}")
    @CsvSource({"899, guidance-missed", "900, on track", "1100, on track", "1101, guidance-beaten"})
    void a_complete_year_is_judged_at_both_ends_of_a_range(double actual, String expected) {
        assertThat(status(fact(900, 1100, actual, 4, actual))).isEqualTo(expected);
    }

    @Test
    void the_margin_is_read_from_the_thresholds() {
        Thresholds wide = Thresholds.defaults().with(ThresholdKey.GUIDANCE_LIKELY_MISS_MARGIN_PERCENT, new BigDecimal("50"));
        assertThat(evaluate(wide, fact(1000, 1000, 500, 3, 600))).extracting(Finding::getRule).containsExactly(Findings.GUIDANCE_AT_RISK);
    }

    @Test
    void a_guidance_whose_metal_is_missing_from_a_published_quarter_is_reported_missing_not_judged() {
        // figures through Q3, the company's Q4 published without this metal: a projection from Q3 would say likely miss
        assertThat(status(fact(1000, 1000, 500, 3, 400, 4))).isEqualTo(Findings.GUIDANCE_NOT_REPORTED);
        assertThat(status(fact(1000, 1000, 800, 3, 1100, 4))).isEqualTo(Findings.GUIDANCE_NOT_REPORTED);
    }

    // through the projection, on the seed

    private final SeedRelease seed = new SeedRelease();
    private final SourceReference source = new SourceReference("test", RELEASED);
    private final List<ProductionReport> reports = new ArrayList<>(seed.reports);

    private List<Finding> seedWith(List<Guidance> guidance, LocalDate asOf) {
        seed.sanJose.declareCommercialProduction(LocalDate.of(2011, 9, 1));
        List<DesignParameters> designs = List.of(new DesignParameters(seed.sanJose, LocalDate.of(2011, 9, 1), new BigDecimal("1000"),
                Map.of(Metal.AG, new BigDecimal("88"), Metal.AU, new BigDecimal("90")), false, source));
        Portfolio portfolio = new Portfolio(List.of(seed.caylloma, seed.sanJose), reports, seed.consolidated, designs, guidance);
        return evaluate(PortfolioFacts.of(portfolio, Thresholds.defaults(), asOf)).stream().filter(f -> f.getRule().startsWith("guidance")).toList();
    }

    @Test
    void a_revision_replaces_the_guidance_from_its_date_and_a_withdrawal_ends_it() {
        Guidance original = Guidance.point(seed.fortuna, null, 2011, Metal.AU, new BigDecimal("7530"), LocalDate.of(2011, 1, 15), source);
        Guidance revised = Guidance.point(seed.fortuna, null, 2011, Metal.AU, new BigDecimal("5500"), LocalDate.of(2011, 11, 10), source);
        Guidance withdrawn = Guidance.withdrawal(seed.fortuna, null, 2011, Metal.AU, LocalDate.of(2011, 12, 1), source);

        assertThat(seedWith(List.of(original, revised, withdrawn), RELEASED)).extracting(Finding::getRule)
                .containsExactly(Findings.GUIDANCE_LIKELY_MISS);
        // 5,231 projected against 5,500 revised: 95%, at risk
        assertThat(seedWith(List.of(original, revised, withdrawn), LocalDate.of(2011, 11, 10))).extracting(Finding::getRule)
                .containsExactly(Findings.GUIDANCE_AT_RISK);
        assertThat(seedWith(List.of(original, revised, withdrawn), LocalDate.of(2011, 12, 1))).isEmpty();
    }

    @Test
    void gold_missing_from_a_fourth_quarter_published_with_silver_is_not_judged_as_of_the_third() {
        // Fortuna's Q1 2012 release gives Caylloma's Q4 2011 silver and is cut before its gold (the demo data)
        ProductionReport q4 = new ProductionReport(seed.caylloma, ReportingPeriod.quarter(2011, 4), source);
        q4.record(Measure.PRODUCTION, Metal.AG, ReportedFigure.printed("536,426"));
        reports.add(q4);
        Guidance gold = Guidance.point(seed.fortuna, null, 2011, Metal.AU, new BigDecimal("7530"), RELEASED, source);
        Guidance silver = Guidance.point(seed.fortuna, seed.caylloma, 2011, Metal.AG, new BigDecimal("2100000"), RELEASED, source);

        List<Finding> findings = seedWith(List.of(gold, silver), LocalDate.of(2012, 4, 16));

        Finding goldFinding = findings.stream().filter(f -> f.getMetal().equals("AU")).findFirst().orElseThrow();
        assertThat(goldFinding.getRule()).isEqualTo(Findings.GUIDANCE_NOT_REPORTED);
        assertThat(goldFinding.getEvidence()).containsEntry("quartersElapsed", 3).containsEntry("companyReportedThrough", 4)
                .containsEntry("actualToDate", 2_862.0).containsEntry("remaining", 4_668.0);
        assertThat(goldFinding.getMessage()).isEqualTo(
                "Au guidance 7,530 oz: no Au figure for Q4, though the company published the quarter; 2,862 oz to date through Q3, 4,668 oz still needed");
        // Caylloma's silver year is complete: nine months and the fourth quarter, 2,008,488 oz, short of 2.1 Moz
        Finding silverFinding = findings.stream().filter(f -> f.getMetal().equals("AG")).findFirst().orElseThrow();
        assertThat(silverFinding.getRule()).isEqualTo(Findings.GUIDANCE_MISSED);
        assertThat(silverFinding.getEvidence()).containsEntry("actualToDate", 2_008_488.0);
    }

    @Test
    void a_guidance_whose_metal_has_no_figure_in_a_published_year_is_reported_missing_until_its_mine_produces() {
        Guidance sanJose2012 = Guidance.point(seed.fortuna, seed.sanJose, 2012, Metal.AU, new BigDecimal("15000"), RELEASED, source);
        // nothing of 2012 published yet: nothing to say
        assertThat(seedWith(List.of(sanJose2012), LocalDate.of(2012, 4, 16))).isEmpty();
        // Q1 2012 published with San Jose's silver and without its gold (the demo's release, cut before its gold table)
        ProductionReport q1 = new ProductionReport(seed.sanJose, ReportingPeriod.quarter(2012, 1), source);
        q1.record(Measure.PRODUCTION, Metal.AG, ReportedFigure.printed("468,865"));
        reports.add(q1);
        Finding finding = seedWith(List.of(sanJose2012), LocalDate.of(2012, 4, 16)).get(0);
        assertThat(finding.getRule()).isEqualTo(Findings.GUIDANCE_NOT_REPORTED);
        assertThat(finding.getMessage()).isEqualTo("Au guidance 15,000 oz: no Au figure this year, though the company published Q1; 15,000 oz still needed");
        assertThat(finding.getSentence().in(java.util.Locale.forLanguageTag("es")))
                .isEqualTo("Guía de Au 15.000 oz: sin cifra de Au este año, aunque la empresa publicó el T1; faltan 15.000 oz");
    }

    @Test
    void mine_guidance_is_judged_on_the_mines_own_figures() {
        Guidance sanJose = Guidance.point(seed.fortuna, seed.sanJose, 2011, Metal.AG, new BigDecimal("520000"), LocalDate.of(2011, 9, 1), source);
        Finding finding = seedWith(List.of(sanJose), RELEASED).get(0);
        assertThat(finding.getMine()).isEqualTo("San Jose");
        assertThat((Double) finding.getEvidence().get("actualToDate")).isEqualTo(113_178.0);
        // 113,178 oz so far, and 2,096 oz a day over the 92 days of Q4: 306,025 oz, far under 520,000
        assertThat((Double) finding.getEvidence().get("projection")).isCloseTo(113_178 + 113_178 / (37_417 / 693.0) * 92,
                org.assertj.core.api.Assertions.within(0.01));
        assertThat(finding.getRule()).isEqualTo(Findings.GUIDANCE_LIKELY_MISS);
    }

    @Test
    void a_steady_mine_is_projected_at_its_run_rate() {
        Guidance caylloma = Guidance.point(seed.fortuna, seed.caylloma, 2011, Metal.AG, new BigDecimal("2100000"), RELEASED, source);
        Finding finding = seedWith(List.of(caylloma), RELEASED).get(0);
        // DOMAIN.md's P = A + L x (4 - q): 1,472,062 + 559,959 = 2,032,021, 96.8% of 2.1 Moz
        assertThat((Double) finding.getEvidence().get("projection")).isEqualTo(2_032_021.0);
        assertThat(finding.getRule()).isEqualTo(Findings.GUIDANCE_AT_RISK);
        assertThat((String) finding.getEvidence().get("projectionMethod")).isEqualTo("Caylloma at run rate: 559,959 oz a quarter x 1 = 559,959 oz");
    }

    @Test
    void a_portfolio_cut_to_one_year_gives_that_years_verdicts_as_the_full_evaluation_does() {
        // figures of two years (the seed's 2011, a fourth quarter, a 2012 quarter), guidance of both, a revision
        ProductionReport q4 = new ProductionReport(seed.caylloma, ReportingPeriod.quarter(2011, 4), source);
        q4.record(Measure.PRODUCTION, Metal.AG, ReportedFigure.printed("536,426"));
        ProductionReport q1 = new ProductionReport(seed.sanJose, ReportingPeriod.quarter(2012, 1), source);
        q1.record(Measure.PRODUCTION, Metal.AG, ReportedFigure.printed("468,865"));
        reports.add(q4);
        reports.add(q1);
        seed.sanJose.declareCommercialProduction(LocalDate.of(2011, 9, 1));
        List<DesignParameters> designs = List.of(new DesignParameters(seed.sanJose, LocalDate.of(2011, 9, 1), new BigDecimal("1000"),
                Map.of(Metal.AG, new BigDecimal("88"), Metal.AU, new BigDecimal("90")), false, source));
        List<Guidance> guidance = List.of(
                Guidance.point(seed.fortuna, null, 2011, Metal.AG, new BigDecimal("2400000"), RELEASED, source),
                Guidance.point(seed.fortuna, null, 2011, Metal.AU, new BigDecimal("7530"), RELEASED, source),
                Guidance.point(seed.fortuna, null, 2011, Metal.AU, new BigDecimal("5500"), LocalDate.of(2011, 11, 10), source),
                Guidance.point(seed.fortuna, seed.caylloma, 2011, Metal.AG, new BigDecimal("2100000"), RELEASED, source),
                Guidance.point(seed.fortuna, seed.caylloma, 2011, Metal.AG, new BigDecimal("1900000"), LocalDate.of(2012, 1, 15), source),
                Guidance.range(seed.fortuna, seed.sanJose, 2011, Metal.AG, new BigDecimal("500000"), new BigDecimal("600000"), RELEASED, source),
                Guidance.point(seed.fortuna, null, 2012, Metal.AG, new BigDecimal("3000000"), RELEASED, source),
                Guidance.point(seed.fortuna, seed.sanJose, 2012, Metal.AU, new BigDecimal("15000"), RELEASED, source));
        List<String> compared = new ArrayList<>();
        for (LocalDate today : List.of(RELEASED, LocalDate.of(2011, 11, 10), LocalDate.of(2012, 4, 16))) {
            for (int year : List.of(2011, 2012)) {
                for (int asOf = 1; asOf <= 5; asOf++) {
                    LocalDate cutOff = asOf == 5 ? LocalDate.MAX : ReportingPeriod.quarter(year, asOf).endDate();
                    int y = year;
                    Portfolio all = new Portfolio(List.of(seed.caylloma, seed.sanJose),
                            reports.stream().filter(r -> !r.period().endDate().isAfter(cutOff)).toList(),
                            seed.consolidated.stream().filter(c -> !c.period().endDate().isAfter(cutOff)).toList(), designs, guidance);
                    Portfolio ofYear = new Portfolio(all.mines(), all.reports().stream().filter(r -> r.period().year() == y).toList(),
                            all.consolidated().stream().filter(c -> c.period().year() == y).toList(), designs,
                            guidance.stream().filter(g -> g.year() == y).toList());
                    List<String> full = verdicts(evaluate(PortfolioFacts.of(all, Thresholds.defaults(), today)), year);
                    List<String> cut = verdicts(evaluate(PortfolioFacts.guidance(ofYear, Thresholds.defaults(), today)), year);
                    assertThat(cut).as("%d as of Q%d on %s", year, asOf, today).isEqualTo(full);
                    compared.addAll(full);
                }
            }
        }
        // every verdict is among those compared, so that the comparison is not of empty lists
        assertThat(compared).anyMatch(v -> v.startsWith("guidance-likely-miss")).anyMatch(v -> v.startsWith("guidance-at-risk"))
                .anyMatch(v -> v.startsWith("guidance-missed")).anyMatch(v -> v.startsWith("guidance-beaten"))
                .anyMatch(v -> v.startsWith("guidance-not-reported"));
    }

    /** A year's guidance findings, each with its sentence and evidence: names, not ids (the seed has no database ids). */
    private static List<String> verdicts(List<Finding> findings, int year) {
        return findings.stream().filter(f -> f.getRule().startsWith("guidance") && f.getPeriod().equals(year + "-FY"))
                .map(f -> f + " " + f.getSentence().key() + f.getSentence().argumentsJson() + " " + new java.util.TreeMap<>(f.getEvidence())).sorted().toList();
    }
}
