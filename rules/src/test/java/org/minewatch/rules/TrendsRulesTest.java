package org.minewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.rules.RuleHarness.companyQuarter;
import static org.minewatch.rules.RuleHarness.evaluate;
import static org.minewatch.rules.RuleHarness.ofRule;
import static org.minewatch.rules.RuleHarness.quarter;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minewatch.rules.fact.ConsolidatedFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.Subject;

/** trends.drl: declines against the same quarter a year before and the quarter before, per mine and company. */
class TrendsRulesTest {

    private static MetalResultFact production(Subject subject, double amount) {
        return new MetalResultFact(subject, "ZN", "%", "lb", null, null, null, amount, 0.5, null, null, null);
    }

    @ParameterizedTest(name = "{0} lb against 1,000,000 a year before: {1}")
    @CsvSource({"901000, false", "900000, false", "899999, true"})
    void a_fall_beyond_ten_percent_against_the_prior_year_is_flagged(double now, boolean flagged) {
        List<Finding> findings = ofRule(evaluate(Thresholds.defaults(), production(quarter(2011, 3), now), production(quarter(2010, 3), 1_000_000)),
                Findings.DECLINE_YOY);
        assertThat(findings).hasSize(flagged ? 1 : 0);
    }

    @ParameterizedTest(name = "{0} lb against 1,000,000 the quarter before: {1}")
    @CsvSource({"851000, false", "850000, false", "849999, true"})
    void a_fall_beyond_fifteen_percent_against_the_quarter_before_is_flagged(double now, boolean flagged) {
        List<Finding> findings = ofRule(evaluate(Thresholds.defaults(), production(quarter(2011, 3), now), production(quarter(2011, 2), 1_000_000)),
                Findings.DECLINE_QOQ);
        assertThat(findings).hasSize(flagged ? 1 : 0);
    }

    @Test
    void consolidated_zinc_down_fourteen_percent_on_q3_2010_is_flagged_as_domain_md_says() {
        // the seed: zinc 5,815,486 lb, "14% decrease over Q3 2010"
        ConsolidatedFact q3 = new ConsolidatedFact(companyQuarter(2011, 3), "ZN", "lb", 5_815_486, null, 0.5);
        ConsolidatedFact yearBefore = new ConsolidatedFact(companyQuarter(2010, 3), "ZN", "lb", 6_762_193, null, 0.5);
        assertThat(ofRule(evaluate(Thresholds.defaults(), q3, yearBefore), Findings.DECLINE_YOY)).singleElement().satisfies(f -> {
            assertThat(f.getMine()).isNull();
            assertThat(f.getCompany()).isEqualTo("Test company");
            assertThat(f.getMessage()).isEqualTo(
                    "Zn production 5,815,486 lb in 2011-Q3 against 6,762,193 lb in 2010-Q3 (the same quarter a year before): -14%, beyond the 10% threshold");
        });
    }

    @Test
    void restating_a_figure_in_a_warm_session_raises_and_withdraws_the_finding() {
        // the way a session is kept and updated: an update must re-fire (property reactivity, STACK.md)
        var session = RuleHarness.RULES.newSession();
        try {
            session.insert(Thresholds.defaults());
            session.insert(production(quarter(2010, 3), 1_000_000));
            var handle = session.insert(production(quarter(2011, 3), 950_000));
            session.fireAllRules();
            assertThat(AnomalyRules.findings(session)).isEmpty();

            session.update(handle, production(quarter(2011, 3), 800_000));
            session.fireAllRules();
            assertThat(AnomalyRules.findings(session)).extracting(Finding::getRule).containsExactly(Findings.DECLINE_YOY);

            session.update(handle, production(quarter(2011, 3), 950_000));
            session.fireAllRules();
            assertThat(AnomalyRules.findings(session)).isEmpty();
        } finally {
            session.dispose();
        }
    }

    @Test
    void without_the_earlier_period_nothing_is_said() {
        assertThat(evaluate(Thresholds.defaults(), production(quarter(2011, 3), 1))).isEmpty();
    }

    @Test
    void a_rise_is_not_a_decline() {
        assertThat(evaluate(Thresholds.defaults(), production(quarter(2011, 3), 2_000_000), production(quarter(2011, 2), 1_000_000),
                production(quarter(2010, 3), 1_000_000))).isEmpty();
    }
}
