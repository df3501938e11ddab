package org.minewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.rules.RuleHarness.evaluate;
import static org.minewatch.rules.RuleHarness.ofRule;
import static org.minewatch.rules.RuleHarness.quarter;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minewatch.rules.fact.DesignFact;
import org.minewatch.rules.fact.OreProcessedFact;

/** throughput.drl: below design is a fault for a steady mine and progress during a ramp-up. */
class ThroughputRulesTest {

    @ParameterizedTest(name = "{0} tpd against 1,000 design in month {1}: {2}")
    @CsvSource({
            "901, 0, ''", "900, 0, ''", "899, 0, WARNING", "693, 30, WARNING",
            "693, 1, INFO", "693, 12, INFO", "693, 13, WARNING", "950, 1, ''", "693, -2, ''"})
    void throughput_below_the_minimum_share(double tpd, int month, String severity) {
        OreProcessedFact ore = new OreProcessedFact(quarter(2011, 3), tpd * 91, 0.5, tpd);
        // Q3 2011 ends in September 2011: month m of commercial production means it was declared m - 1 months before
        LocalDate declared = month == 0 ? null : LocalDate.of(2011, 9, 1).minusMonths(month - 1L);
        DesignFact design = new DesignFact(RuleHarness.MINE, "Test mine", LocalDate.of(2005, 1, 1), null, 1_000.0, false, declared);
        List<Finding> findings = ofRule(evaluate(Thresholds.defaults(), ore, design), Findings.THROUGHPUT_BELOW_DESIGN);
        if (severity.isEmpty()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.getSeverity()).isEqualTo(Severity.valueOf(severity));
                assertThat(f.getEvidence()).containsEntry("rampUp", severity.equals("INFO"));
            });
        }
    }
}
