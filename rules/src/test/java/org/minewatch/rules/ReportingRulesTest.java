package org.minewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.rules.RuleHarness.evaluate;
import static org.minewatch.rules.RuleHarness.quarter;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minewatch.rules.fact.ExpectedReportFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.OreProcessedFact;

/** reporting.drl: an owed quarter without figures is overdue; any figure for it settles it. */
class ReportingRulesTest {

    private final ExpectedReportFact owed = new ExpectedReportFact(quarter(2011, 4), LocalDate.of(2012, 2, 29));

    @Test
    void a_quarter_owed_without_figures_is_overdue() {
        assertThat(evaluate(Thresholds.defaults(), owed)).extracting(Finding::toString)
                .containsExactly("overdue-report WARNING Test mine 2011-Q4: No figures for 2011-Q4, due by 2012-02-29");
    }

    @Test
    void tonnes_or_a_metal_line_for_the_quarter_settle_it() {
        assertThat(evaluate(Thresholds.defaults(), owed, new OreProcessedFact(quarter(2011, 4), 1.0, 0.5, null))).isEmpty();
        assertThat(evaluate(Thresholds.defaults(), owed,
                new MetalResultFact(quarter(2011, 4), "AG", "g/t", "oz", null, null, null, 1.0, 0.5, null, null, null))).isEmpty();
    }

    @Test
    void figures_of_another_quarter_do_not() {
        assertThat(evaluate(Thresholds.defaults(), owed, new OreProcessedFact(quarter(2011, 3), 1.0, 0.5, null))).hasSize(1);
    }
}
