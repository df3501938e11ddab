package org.minewatch.rules;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.rules.fact.ConsolidatedFact;
import org.minewatch.rules.fact.DesignFact;
import org.minewatch.rules.fact.DesignRecoveryFact;
import org.minewatch.rules.fact.ExpectedReportFact;
import org.minewatch.rules.fact.GuidanceFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.OreProcessedFact;
import org.minewatch.rules.fact.PlannedGradeFact;
import org.minewatch.rules.fact.SubjectFact;

/**
 * The findings the rules insert, one factory per rule, each with its sentence and its evidence: the
 * figures, the threshold and the arithmetic. The rule files decide when; this class only says what. A
 * sentence is a key of the findings bundle (findings.properties, findings_es.properties) with its figures
 * as arguments, so the same finding reads in the reader's language; the key is the rule's id, or the rule's
 * id and a variant ({@code recovery-below-design.illustrative}, {@code throughput-below-design.ramp-up}).
 */
public final class Findings {

    public static final String RECOVERY_BELOW_DESIGN = "recovery-below-design";
    public static final String THROUGHPUT_BELOW_DESIGN = "throughput-below-design";
    public static final String GUIDANCE_AT_RISK = "guidance-at-risk";
    public static final String GUIDANCE_LIKELY_MISS = "guidance-likely-miss";
    public static final String GUIDANCE_MISSED = "guidance-missed";
    public static final String GUIDANCE_BEATEN = "guidance-beaten";
    public static final String GUIDANCE_NOT_REPORTED = "guidance-not-reported";

    public static final String DECLINE_YOY = "decline-yoy";
    public static final String DECLINE_QOQ = "decline-qoq";
    public static final String GRADE_BELOW_PLAN = "grade-below-plan";
    public static final String METAL_BALANCE_MISMATCH = "metal-balance-mismatch";
    public static final String CONSOLIDATION_MISMATCH = "consolidation-mismatch";
    public static final String PERIOD_INCONSISTENCY = "period-inconsistency";
    public static final String IMPOSSIBLE_VALUE = "impossible-value";
    public static final String OVERDUE_REPORT = "overdue-report";

    /**
     * The quarter's figure a rule's finding is about, by its measure's code (with the finding's metal): what a
     * dashboard marks with the finding's severity. Rules about a cumulative period, the company or guidance mark
     * no quarter's figure.
     */
    private static final Map<String, String> MEASURE_OF_RULE = Map.of(RECOVERY_BELOW_DESIGN, Measure.RECOVERY.code(),
            GRADE_BELOW_PLAN, Measure.GRADE.code(), THROUGHPUT_BELOW_DESIGN, Measure.TPD.code(), DECLINE_YOY, Measure.PRODUCTION.code(),
            DECLINE_QOQ, Measure.PRODUCTION.code(), METAL_BALANCE_MISMATCH, Measure.PRODUCTION.code());

    public static Optional<String> measureOf(String rule) {
        return Optional.ofNullable(MEASURE_OF_RULE.get(rule));
    }

    private Findings() {
    }

    private static Finding finding(String rule, Severity severity, SubjectFact subject, String period, String metal, Sentence sentence,
                                   Map<String, Object> evidence) {
        return new Finding(rule, severity, subject.getMineId(), subject.getMine(), subject.getCompanyId(), subject.getCompany(), period, metal,
                sentence, evidence);
    }

    private static Map<String, Object> evidence(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Au, Ag, Zn: the symbol as written, the same in every language. */
    private static String symbol(String metal) {
        return metal.charAt(0) + metal.substring(1).toLowerCase(Locale.ROOT);
    }

    // recovery.drl

    public static Finding recoveryBelowDesign(MetalResultFact result, DesignRecoveryFact design, Thresholds thresholds) {
        double shortfall = design.getRecovery() - result.getRecovery();
        Severity severity = shortfall >= thresholds.getRecoveryCriticalShortfallPoints() ? Severity.CRITICAL : Severity.WARNING;
        return finding(RECOVERY_BELOW_DESIGN, severity, result, result.getPeriod(), result.getMetal(),
                new Sentence(design.isIllustrative() ? RECOVERY_BELOW_DESIGN + ".illustrative" : RECOVERY_BELOW_DESIGN, symbol(result.getMetal()),
                        result.getRecovery(), design.getRecovery(), shortfall, thresholds.getRecoveryTolerancePoints()),
                evidence("recovery", result.getRecovery(), "designRecovery", design.getRecovery(), "shortfallPoints", shortfall,
                        "tolerancePoints", thresholds.getRecoveryTolerancePoints(), "criticalShortfallPoints", thresholds.getRecoveryCriticalShortfallPoints(),
                        "designIllustrative", design.isIllustrative()));
    }

    public static Finding gradeBelowPlan(MetalResultFact result, PlannedGradeFact plan, Thresholds thresholds) {
        double share = result.getGrade() / plan.getGrade();
        return finding(GRADE_BELOW_PLAN, Severity.WARNING, result, result.getPeriod(), result.getMetal(),
                new Sentence(GRADE_BELOW_PLAN, symbol(result.getMetal()), result.getGrade(), result.getGradeUnit(), plan.getGrade(), share,
                        thresholds.getGradeToleranceShare()),
                evidence("grade", result.getGrade(), "plannedGrade", plan.getGrade(), "shareOfPlan", share,
                        "toleranceShare", thresholds.getGradeToleranceShare()));
    }

    // throughput.drl

    public static Finding throughputBelowDesign(OreProcessedFact ore, DesignFact design, Thresholds thresholds) {
        double share = ore.getTpd() / design.getThroughputTpd();
        return finding(THROUGHPUT_BELOW_DESIGN, Severity.WARNING, ore, ore.getPeriod(), null,
                new Sentence(design.isIllustrative() ? THROUGHPUT_BELOW_DESIGN + ".illustrative" : THROUGHPUT_BELOW_DESIGN, ore.getTpd(), share,
                        design.getThroughputTpd(), thresholds.getThroughputMinimumShare()),
                evidence("tpd", ore.getTpd(), "designTpd", design.getThroughputTpd(), "shareOfDesign", share,
                        "minimumShare", thresholds.getThroughputMinimumShare(), "rampUp", false, "designIllustrative", design.isIllustrative()));
    }

    public static Finding rampUpProgress(OreProcessedFact ore, DesignFact design, Thresholds thresholds) {
        double share = ore.getTpd() / design.getThroughputTpd();
        int month = design.monthOfCommercialProduction(ore.getEndMonthIndex());
        return finding(THROUGHPUT_BELOW_DESIGN, Severity.INFO, ore, ore.getPeriod(), null,
                new Sentence(THROUGHPUT_BELOW_DESIGN + ".ramp-up", ore.getTpd(), share, design.getThroughputTpd(), month, thresholds.getRampUpMonths()),
                evidence("tpd", ore.getTpd(), "designTpd", design.getThroughputTpd(), "shareOfDesign", share,
                        "minimumShare", thresholds.getThroughputMinimumShare(), "rampUp", true,
                        "monthOfCommercialProduction", month, "rampUpMonths", thresholds.getRampUpMonths()));
    }

    // trends.drl

    /** @param rule {@link #DECLINE_YOY} or {@link #DECLINE_QOQ}, also the sentence's key */
    public static Finding decline(String rule, SubjectFact now, String metal, String unit, double current, String earlierPeriod, double earlier,
                                  double thresholdShare) {
        double change = current / earlier - 1;
        return finding(rule, Severity.WARNING, now, now.getPeriod(), metal,
                new Sentence(rule, symbol(metal), current, unit, now.getPeriod(), earlier, earlierPeriod, change, thresholdShare),
                evidence("production", current, "earlierPeriod", earlierPeriod, "earlierProduction", earlier, "change", change,
                        "thresholdShare", thresholdShare));
    }

    // integrity.drl

    /** @param figure the measure's code (recovery, tonnes_milled, grade, production), which names the sentence and its reason */
    public static Finding impossibleValue(SubjectFact subject, String metal, String figure, double value) {
        return finding(IMPOSSIBLE_VALUE, Severity.CRITICAL, subject, subject.getPeriod(), metal,
                new Sentence(IMPOSSIBLE_VALUE + "." + figure, value), evidence("figure", figure, "value", value));
    }

    public static Finding metalBalanceMismatch(MetalResultFact r, Thresholds thresholds) {
        return finding(METAL_BALANCE_MISMATCH, Severity.CRITICAL, r, r.getPeriod(), r.getMetal(),
                new Sentence(METAL_BALANCE_MISMATCH, symbol(r.getMetal()), r.getProduction(), r.getProductionUnit(), r.getTonnes(), r.getGrade(),
                        r.getGradeUnit(), r.getRecovery(), r.getBalanceComputed(), r.getBalanceLowest(), r.getBalanceHighest()),
                evidence("production", r.getProduction(), "tonnes", r.getTonnes(), "grade", r.getGrade(), "recovery", r.getRecovery(),
                        "computed", r.getBalanceComputed(), "lowest", r.getBalanceLowest(), "highest", r.getBalanceHighest(),
                        "slackShare", thresholds.getMetalBalanceSlackShare()));
    }

    public static Finding consolidationMismatch(ConsolidatedFact c) {
        return finding(CONSOLIDATION_MISMATCH, Severity.CRITICAL, c, c.getPeriod(), c.getMetal(),
                new Sentence(CONSOLIDATION_MISMATCH, symbol(c.getMetal()), c.getProduction(), c.getProductionUnit(), c.getSumOfMines(),
                        Math.abs(c.getProduction() - c.getSumOfMines()), c.getAllowedDifference()),
                evidence("consolidated", c.getProduction(), "sumOfMines", c.getSumOfMines(), "allowedDifference", c.getAllowedDifference()));
    }

    /** @param metal null for tonnes milled, else the metal whose production it is */
    public static Finding cumulativeBelowQuarter(SubjectFact cumulative, SubjectFact quarter, String metal, double toDate, double inQuarter) {
        String figure = metal == null ? "tonnes_milled" : "production";
        Sentence sentence = metal == null
                ? new Sentence(PERIOD_INCONSISTENCY + ".tonnes-below-quarter", cumulative.getPeriod(), toDate, quarter.getPeriod(), inQuarter)
                : new Sentence(PERIOD_INCONSISTENCY + ".production-below-quarter", cumulative.getPeriod(), toDate, quarter.getPeriod(), inQuarter, metal);
        return finding(PERIOD_INCONSISTENCY, Severity.CRITICAL, cumulative, cumulative.getPeriod(), metal, sentence,
                evidence("figure", figure, "toDate", toDate, "quarter", quarter.getPeriod(), "inQuarter", inQuarter));
    }

    public static Finding cumulativeNotSumOfQuarters(SubjectFact cumulative, String metal, double toDate, double sumOfQuarters, double allowed) {
        return finding(PERIOD_INCONSISTENCY, Severity.WARNING, cumulative, cumulative.getPeriod(), metal,
                new Sentence(PERIOD_INCONSISTENCY + ".production-not-sum", metal, cumulative.getPeriod(), toDate, sumOfQuarters,
                        Math.abs(toDate - sumOfQuarters), allowed),
                evidence("figure", "production", "toDate", toDate, "sumOfQuarters", sumOfQuarters, "allowedDifference", allowed));
    }

    // reporting.drl

    public static Finding overdueReport(ExpectedReportFact expected) {
        return finding(OVERDUE_REPORT, Severity.WARNING, expected, expected.getPeriod(), null,
                new Sentence(OVERDUE_REPORT, expected.getPeriod(), expected.getDueBy()),
                evidence("dueBy", expected.getDueBy().toString()));
    }

    // guidance.drl

    private static Sentence guidance(GuidanceFact g) {
        return g.isRange() ? new Sentence("guidance.range", g.getLow(), g.getHigh(), g.getUnit()) : new Sentence("guidance.amount", g.getLow(), g.getUnit());
    }

    private static Map<String, Object> guidanceEvidence(GuidanceFact g, Thresholds thresholds) {
        Map<String, Object> evidence = evidence("guidanceLow", g.getLow(), "guidanceHigh", g.getHigh(), "actualToDate", g.getActualToDate(),
                "lastQuarter", g.getLastQuarter(), "quartersElapsed", g.getQuartersElapsed(), "remaining", g.getRemaining(),
                "requiredPerQuarter", g.getRequiredPerQuarter(), "pace", g.getPace(), "projection", g.getProjection(),
                "projectionMethod", g.getProjectionMethod());
        if (thresholds != null) {
            evidence.put("likelyMissMarginShare", thresholds.getGuidanceLikelyMissMarginShare());
        }
        return evidence;
    }

    /** Where production stands against the guidance: to date, what the quarters left need, the projection. */
    private static Sentence progress(GuidanceFact g) {
        boolean quartersLeft = g.getQuartersRemaining() > 1;
        return new Sentence(quartersLeft ? "guidance-progress.quarters-left" : "guidance-progress.last-quarter", symbol(g.getMetal()), guidance(g),
                g.getActualToDate(), g.getUnit(), g.getQuartersElapsed() + 1, quartersLeft ? g.getRequiredPerQuarter() : g.getRemaining(),
                g.getPace(), g.getQuartersElapsed(), g.getProjection(), g.getProjectionSentence());
    }

    public static Finding guidanceLikelyMiss(GuidanceFact g, Thresholds thresholds) {
        return finding(GUIDANCE_LIKELY_MISS, Severity.CRITICAL, g, g.getPeriod(), g.getMetal(),
                new Sentence(GUIDANCE_LIKELY_MISS, progress(g), g.getProjection() / g.getLow(), 1 - thresholds.getGuidanceLikelyMissMarginShare()),
                guidanceEvidence(g, thresholds));
    }

    public static Finding guidanceAtRisk(GuidanceFact g, Thresholds thresholds) {
        return finding(GUIDANCE_AT_RISK, Severity.WARNING, g, g.getPeriod(), g.getMetal(),
                new Sentence(GUIDANCE_AT_RISK, progress(g), g.getProjection() / g.getLow()), guidanceEvidence(g, thresholds));
    }

    public static Finding guidanceNotReported(GuidanceFact g) {
        return finding(GUIDANCE_NOT_REPORTED, Severity.WARNING, g, g.getPeriod(), g.getMetal(),
                new Sentence(g.getQuartersElapsed() == 0 ? GUIDANCE_NOT_REPORTED + ".none" : GUIDANCE_NOT_REPORTED, symbol(g.getMetal()), guidance(g), g.getCompanyReportedThrough(), g.getActualToDate(), g.getUnit(),
                        g.getQuartersElapsed(), g.getRemaining()),
                evidence("guidanceLow", g.getLow(), "guidanceHigh", g.getHigh(), "actualToDate", g.getActualToDate(),
                        "quartersElapsed", g.getQuartersElapsed(), "companyReportedThrough", g.getCompanyReportedThrough(), "remaining", g.getRemaining()));
    }

    public static Finding guidanceMissed(GuidanceFact g) {
        return finding(GUIDANCE_MISSED, Severity.CRITICAL, g, g.getPeriod(), g.getMetal(),
                new Sentence(GUIDANCE_MISSED, symbol(g.getMetal()), guidance(g), g.getActualToDate(), g.getUnit(), g.getLow() - g.getActualToDate()),
                guidanceEvidence(g, null));
    }

    public static Finding guidanceBeaten(GuidanceFact g) {
        return finding(GUIDANCE_BEATEN, Severity.INFO, g, g.getPeriod(), g.getMetal(),
                new Sentence(GUIDANCE_BEATEN, symbol(g.getMetal()), guidance(g), g.getActualToDate(), g.getUnit(), g.getActualToDate() - g.getHigh()),
                guidanceEvidence(g, null));
    }
}
