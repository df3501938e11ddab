package org.minewatch.rules;

import java.util.Arrays;
import java.util.List;
import org.minewatch.rules.fact.Subject;

/** One rule base for all rule tests (it takes a second to build), and small builders for constructed facts. */
final class RuleHarness {

    static final AnomalyRules RULES = new AnomalyRules();

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
        return mineQuarter(1L, "Test mine", year, quarter);
    }

    static Subject mineQuarter(long mineId, String mine, int year, int quarter) {
        String previous = quarter == 1 ? (year - 1) + "-Q4" : year + "-Q" + (quarter - 1);
        return new Subject(mineId, mine, 10, "Test company", year + "-Q" + quarter, "QUARTER", year, quarter, previous, (year - 1) + "-Q" + quarter);
    }

    static Subject companyQuarter(int year, int quarter) {
        String previous = quarter == 1 ? (year - 1) + "-Q4" : year + "-Q" + (quarter - 1);
        return new Subject(null, null, 10, "Test company", year + "-Q" + quarter, "QUARTER", year, quarter, previous, (year - 1) + "-Q" + quarter);
    }

    static Subject yearToDate(int year, int throughQuarter) {
        String code = throughQuarter == 4 ? year + "-FY" : year + "-" + (throughQuarter * 3) + "M";
        return new Subject(1L, "Test mine", 10, "Test company", code, throughQuarter == 4 ? "FULL_YEAR" : "YEAR_TO_DATE", year, throughQuarter,
                null, null);
    }

    static Subject companyYear(int year) {
        return new Subject(null, null, 10, "Test company", year + "-FY", "FULL_YEAR", year, 4, null, null);
    }
}
