package org.minewatch.rules;

import java.util.Arrays;
import java.util.List;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.rules.fact.Subject;

/** One rule base for all rule tests (it takes a second to build), and small builders for constructed facts. */
final class RuleHarness {

    static final AnomalyRules RULES = new AnomalyRules();
    static final long MINE = 1L;

    private RuleHarness() {
    }

    static List<Finding> evaluate(Object... facts) {
        return RULES.evaluate(Arrays.asList(facts));
    }

    static List<Finding> evaluate(List<Object> facts) {
        return RULES.evaluate(facts);
    }

    static List<Finding> ofRule(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.getRule().equals(rule)).toList();
    }

    /** A quarter of mine 1 ("Test mine") of company 10. */
    static Subject quarter(int year, int quarter) {
        return Subject.of(MINE, "Test mine", 10, "Test company", ReportingPeriod.quarter(year, quarter));
    }

    static Subject companyQuarter(int year, int quarter) {
        return Subject.of(null, null, 10, "Test company", ReportingPeriod.quarter(year, quarter));
    }

    static Subject yearToDate(int year, int throughQuarter) {
        return Subject.of(MINE, "Test mine", 10, "Test company", ReportingPeriod.yearToDate(year, throughQuarter));
    }

    static Subject companyYear(int year) {
        return Subject.of(null, null, 10, "Test company", ReportingPeriod.fullYear(year));
    }
}
