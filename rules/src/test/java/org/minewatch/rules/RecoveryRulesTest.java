package org.minewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.rules.RuleHarness.evaluate;
import static org.minewatch.rules.RuleHarness.ofRule;
import static org.minewatch.rules.RuleHarness.quarter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minewatch.rules.fact.DesignRecoveryFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.PlannedGradeFact;

/** recovery.drl: recovery against design, head grade against plan, on both sides of each threshold. */
class RecoveryRulesTest {

    private static MetalResultFact line(double grade, double recovery) {
        return new MetalResultFact(quarter(2011, 3), "AU", "g/t", "oz", 37_417.0, grade, recovery, 1_000.0, 0.5, null, null, null);
    }

    private static final LocalDate SINCE = LocalDate.of(2011, 1, 1);
    private static final DesignRecoveryFact DESIGN = new DesignRecoveryFact(RuleHarness.MINE, "AU", 90, false, SINCE, null);

    @ParameterizedTest(name = "recovery {0}% against 90% design: {1}")
    @CsvSource({"88.1, ''", "88, ''", "87.9, WARNING", "85.1, WARNING", "85, CRITICAL", "83, CRITICAL"})
    void recovery_is_flagged_beyond_the_tolerance_and_critical_beyond_the_critical_shortfall(double recovery, String severity) {
        List<Finding> findings = ofRule(evaluate(Thresholds.defaults(), line(1.06, recovery), DESIGN), Findings.RECOVERY_BELOW_DESIGN);
        if (severity.isEmpty()) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.getSeverity()).isEqualTo(Severity.valueOf(severity));
                assertThat(f.getEvidence()).containsEntry("designRecovery", 90.0).containsEntry("tolerancePoints", 2.0);
            });
        }
    }

    @Test
    void the_tolerance_is_read_from_the_thresholds() {
        Thresholds strict = Thresholds.defaults().with(ThresholdKey.RECOVERY_TOLERANCE_POINTS, new BigDecimal("0.5"));
        assertThat(ofRule(evaluate(strict, line(1.06, 89), DESIGN), Findings.RECOVERY_BELOW_DESIGN)).hasSize(1);
        assertThat(ofRule(evaluate(Thresholds.defaults(), line(1.06, 89), DESIGN), Findings.RECOVERY_BELOW_DESIGN)).isEmpty();
    }

    @Test
    void a_design_of_another_metal_mine_or_time_is_not_compared() {
        DesignRecoveryFact silver = new DesignRecoveryFact(RuleHarness.MINE, "AG", 90, false, SINCE, null);
        DesignRecoveryFact otherMine = new DesignRecoveryFact(2L, "AU", 90, false, SINCE, null);
        DesignRecoveryFact replacedBeforeQ3Ended = new DesignRecoveryFact(RuleHarness.MINE, "AU", 90, false, SINCE, LocalDate.of(2011, 9, 30));
        DesignRecoveryFact fromQ4 = new DesignRecoveryFact(RuleHarness.MINE, "AU", 90, false, LocalDate.of(2011, 10, 1), null);
        assertThat(ofRule(evaluate(Thresholds.defaults(), line(1.06, 70), silver, otherMine, replacedBeforeQ3Ended, fromQ4),
                Findings.RECOVERY_BELOW_DESIGN)).isEmpty();
        DesignRecoveryFact lastDayOfQ3 = new DesignRecoveryFact(RuleHarness.MINE, "AU", 90, false, LocalDate.of(2011, 9, 30), null);
        assertThat(ofRule(evaluate(Thresholds.defaults(), line(1.06, 70), lastDayOfQ3), Findings.RECOVERY_BELOW_DESIGN)).hasSize(1);
    }

    @Test
    void an_illustrative_design_is_said_to_be_one() {
        DesignRecoveryFact illustrative = new DesignRecoveryFact(RuleHarness.MINE, "AU", 90, true, SINCE, null);
        assertThat(ofRule(evaluate(Thresholds.defaults(), line(1.06, 80), illustrative), Findings.RECOVERY_BELOW_DESIGN)).singleElement()
                .satisfies(f -> assertThat(f.getMessage()).contains("90% design (illustrative)"));
    }

    @ParameterizedTest(name = "grade {0} against 1.00 planned: {1}")
    @CsvSource({"0.91, false", "0.90, false", "0.89, true"})
    void head_grade_is_flagged_more_than_the_tolerance_below_plan(double grade, boolean flagged) {
        PlannedGradeFact plan = new PlannedGradeFact(quarter(2011, 3), "AU", 1.00);
        List<Finding> findings = ofRule(evaluate(Thresholds.defaults(), line(grade, 90), plan), Findings.GRADE_BELOW_PLAN);
        assertThat(findings).hasSize(flagged ? 1 : 0);
    }
}
