package org.minewatch.rules;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * figures, the threshold and the arithmetic. The rule files decide when; this class only says what.
 */
public final class Findings {

    public static final String RECOVERY_BELOW_DESIGN = "recovery-below-design";
    public static final String THROUGHPUT_BELOW_DESIGN = "throughput-below-design";
    public static final String GUIDANCE_AT_RISK = "guidance-at-risk";
    public static final String GUIDANCE_LIKELY_MISS = "guidance-likely-miss";
    public static final String GUIDANCE_MISSED = "guidance-missed";
    public static final String GUIDANCE_BEATEN = "guidance-beaten";
    public static final String DECLINE_YOY = "decline-yoy";
    public static final String DECLINE_QOQ = "decline-qoq";
    public static final String GRADE_BELOW_PLAN = "grade-below-plan";
    public static final String METAL_BALANCE_MISMATCH = "metal-balance-mismatch";
    public static final String CONSOLIDATION_MISMATCH = "consolidation-mismatch";
    public static final String PERIOD_INCONSISTENCY = "period-inconsistency";
    public static final String IMPOSSIBLE_VALUE = "impossible-value";
    public static final String OVERDUE_REPORT = "overdue-report";

    private Findings() {
    }

    private static Finding finding(String rule, Severity severity, SubjectFact subject, String period, String metal, String message,
                                   Map<String, Object> evidence) {
        return new Finding(rule, severity, subject.getMineId(), subject.getMine(), subject.getCompanyId(), subject.getCompany(), period, metal,
                message, evidence);
    }

    private static String who(SubjectFact s) {
        return s.getMine() != null ? s.getMine() : s.getCompany();
    }

    private static Map<String, Object> evidence(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    // DecimalFormat is costly to build and not thread-safe: one pair per thread
    private static final ThreadLocal<DecimalFormat> LARGE = ThreadLocal.withInitial(() -> format(2));
    private static final ThreadLocal<DecimalFormat> SMALL = ThreadLocal.withInitial(() -> format(3));

    private static DecimalFormat format(int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    /** 7,530 · 0.35 · 2.88: grouping, and only the decimals a figure needs (three under 10). */
    static String number(double value) {
        return (Math.abs(value) < 10 ? SMALL : LARGE).get().format(value);
    }

    private static String percent(double share) {
        return number(share * 100) + "%";
    }

    private static String symbol(String metal) {
        return metal.charAt(0) + metal.substring(1).toLowerCase(Locale.ROOT);
    }

    // recovery.drl

    public static Finding recoveryBelowDesign(MetalResultFact result, DesignRecoveryFact design, Thresholds thresholds) {
        double shortfall = design.getRecovery() - result.getRecovery();
        Severity severity = shortfall >= thresholds.getRecoveryCriticalShortfallPoints() ? Severity.CRITICAL : Severity.WARNING;
        return finding(RECOVERY_BELOW_DESIGN, severity, result, result.getPeriod(), result.getMetal(),
                String.format("%s recovery %s%% against %s%% design%s: %s points short, beyond the %s-point tolerance", symbol(result.getMetal()),
                        number(result.getRecovery()), number(design.getRecovery()), design.isIllustrative() ? " (illustrative)" : "",
                        number(shortfall), number(thresholds.getRecoveryTolerancePoints())),
                evidence("recovery", result.getRecovery(), "designRecovery", design.getRecovery(), "shortfallPoints", shortfall,
                        "tolerancePoints", thresholds.getRecoveryTolerancePoints(), "criticalShortfallPoints", thresholds.getRecoveryCriticalShortfallPoints(),
                        "designIllustrative", design.isIllustrative()));
    }

    public static Finding gradeBelowPlan(MetalResultFact result, PlannedGradeFact plan, Thresholds thresholds) {
        double share = result.getGrade() / plan.getGrade();
        return finding(GRADE_BELOW_PLAN, Severity.WARNING, result, result.getPeriod(), result.getMetal(),
                String.format("%s head grade %s %s against %s %s planned = %s of plan, below the %s tolerance", symbol(result.getMetal()),
                        number(result.getGrade()), result.getGradeUnit(), number(plan.getGrade()), result.getGradeUnit(), percent(share),
                        percent(thresholds.getGradeToleranceShare())),
                evidence("grade", result.getGrade(), "plannedGrade", plan.getGrade(), "shareOfPlan", share,
                        "toleranceShare", thresholds.getGradeToleranceShare()));
    }

    // throughput.drl

    public static Finding throughputBelowDesign(OreProcessedFact ore, DesignFact design, Thresholds thresholds) {
        double share = ore.getTpd() / design.getThroughputTpd();
        return finding(THROUGHPUT_BELOW_DESIGN, Severity.WARNING, ore, ore.getPeriod(), null,
                String.format("Throughput %s tpd = %s of %s tpd design%s, below the %s minimum", number(ore.getTpd()), percent(share),
                        number(design.getThroughputTpd()), design.isIllustrative() ? " (illustrative)" : "",
                        percent(thresholds.getThroughputMinimumShare())),
                evidence("tpd", ore.getTpd(), "designTpd", design.getThroughputTpd(), "shareOfDesign", share,
                        "minimumShare", thresholds.getThroughputMinimumShare(), "rampUp", false, "designIllustrative", design.isIllustrative()));
    }

    public static Finding rampUpProgress(OreProcessedFact ore, DesignFact design, Thresholds thresholds) {
        double share = ore.getTpd() / design.getThroughputTpd();
        int month = design.monthOfCommercialProduction(ore.getEndMonthIndex());
        return finding(THROUGHPUT_BELOW_DESIGN, Severity.INFO, ore, ore.getPeriod(), null,
                String.format("Ramp-up progress: %s tpd = %s of %s tpd design in month %d of commercial production (ramp-up window %d months)",
                        number(ore.getTpd()), percent(share), number(design.getThroughputTpd()), month, thresholds.getRampUpMonths()),
                evidence("tpd", ore.getTpd(), "designTpd", design.getThroughputTpd(), "shareOfDesign", share,
                        "minimumShare", thresholds.getThroughputMinimumShare(), "rampUp", true,
                        "monthOfCommercialProduction", month, "rampUpMonths", thresholds.getRampUpMonths()));
    }

    // trends.drl

    public static Finding decline(String rule, SubjectFact now, String metal, String unit, double current, String earlierPeriod, double earlier,
                                  double thresholdShare) {
        double change = current / earlier - 1;
        String against = DECLINE_YOY.equals(rule) ? "the same quarter a year before" : "the quarter before";
        return finding(rule, Severity.WARNING, now, now.getPeriod(), metal,
                String.format("%s production %s %s in %s against %s %s in %s (%s): %s, beyond the %s threshold", symbol(metal), number(current), unit,
                        now.getPeriod(), number(earlier), unit, earlierPeriod, against, percent(change), percent(thresholdShare)),
                evidence("production", current, "earlierPeriod", earlierPeriod, "earlierProduction", earlier, "change", change,
                        "thresholdShare", thresholdShare));
    }

    // integrity.drl

    public static Finding impossibleValue(SubjectFact subject, String metal, String figure, double value, String why) {
        return finding(IMPOSSIBLE_VALUE, Severity.CRITICAL, subject, subject.getPeriod(), metal,
                String.format("Impossible %s: %s (%s)", figure, number(value), why), evidence("figure", figure, "value", value));
    }

    public static Finding metalBalanceMismatch(MetalResultFact r, Thresholds thresholds) {
        return finding(METAL_BALANCE_MISMATCH, Severity.CRITICAL, r, r.getPeriod(), r.getMetal(),
                String.format("%s production %s %s does not follow from %s t x %s %s x %s%% recovery = %s %s, at most [%s, %s] with rounding",
                        symbol(r.getMetal()), number(r.getProduction()), r.getProductionUnit(), number(r.getTonnes()), number(r.getGrade()),
                        r.getGradeUnit(), number(r.getRecovery()), number(r.getBalanceComputed()), r.getProductionUnit(),
                        number(r.getBalanceLowest()), number(r.getBalanceHighest())),
                evidence("production", r.getProduction(), "tonnes", r.getTonnes(), "grade", r.getGrade(), "recovery", r.getRecovery(),
                        "computed", r.getBalanceComputed(), "lowest", r.getBalanceLowest(), "highest", r.getBalanceHighest(),
                        "slackShare", thresholds.getMetalBalanceSlackShare()));
    }

    public static Finding consolidationMismatch(ConsolidatedFact c) {
        return finding(CONSOLIDATION_MISMATCH, Severity.CRITICAL, c, c.getPeriod(), c.getMetal(),
                String.format("Consolidated %s production %s %s differs from the sum of the mines, %s %s, by %s (rounding allows %s)",
                        symbol(c.getMetal()), number(c.getProduction()), c.getProductionUnit(), number(c.getSumOfMines()), c.getProductionUnit(),
                        number(Math.abs(c.getProduction() - c.getSumOfMines())), number(c.getAllowedDifference())),
                evidence("consolidated", c.getProduction(), "sumOfMines", c.getSumOfMines(), "allowedDifference", c.getAllowedDifference()));
    }

    public static Finding cumulativeBelowQuarter(SubjectFact cumulative, SubjectFact quarter, String metal, String figure, double toDate,
                                                 double inQuarter) {
        return finding(PERIOD_INCONSISTENCY, Severity.CRITICAL, cumulative, cumulative.getPeriod(), metal,
                String.format("%s for %s, %s, is less than for %s alone, %s", figure, cumulative.getPeriod(), number(toDate), quarter.getPeriod(),
                        number(inQuarter)),
                evidence("figure", figure, "toDate", toDate, "quarter", quarter.getPeriod(), "inQuarter", inQuarter));
    }

    public static Finding cumulativeNotSumOfQuarters(SubjectFact cumulative, String metal, String figure, double toDate, double sumOfQuarters,
                                                     double allowed) {
        return finding(PERIOD_INCONSISTENCY, Severity.WARNING, cumulative, cumulative.getPeriod(), metal,
                String.format("%s for %s, %s, differs from the sum of its quarters, %s, by %s (rounding allows %s)", figure, cumulative.getPeriod(),
                        number(toDate), number(sumOfQuarters), number(Math.abs(toDate - sumOfQuarters)), number(allowed)),
                evidence("figure", figure, "toDate", toDate, "sumOfQuarters", sumOfQuarters, "allowedDifference", allowed));
    }

    // reporting.drl

    public static Finding overdueReport(ExpectedReportFact expected) {
        return finding(OVERDUE_REPORT, Severity.WARNING, expected, expected.getPeriod(), null,
                String.format("No figures for %s, due by %s", expected.getPeriod(), expected.getDueBy()),
                evidence("dueBy", expected.getDueBy().toString()));
    }

    // guidance.drl

    private static String guidance(GuidanceFact g) {
        return g.isRange() ? number(g.getLow()) + "-" + number(g.getHigh()) + " " + g.getUnit() : number(g.getLow()) + " " + g.getUnit();
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

    private static String progress(GuidanceFact g) {
        return String.format("%s guidance %s: %s %s to date, Q%d%s needs %s %s = %sx Q%d; projected %s %s (%s)", symbol(g.getMetal()), guidance(g),
                number(g.getActualToDate()), g.getUnit(), g.getQuartersElapsed() + 1, g.getQuartersRemaining() > 1 ? "-Q4" : "",
                number(g.getQuartersRemaining() > 1 ? g.getRequiredPerQuarter() : g.getRemaining()), g.getUnit() + (g.getQuartersRemaining() > 1 ? " a quarter" : ""),
                g.getPace() == null ? "-" : String.format(Locale.ENGLISH, "%.2f", g.getPace()), g.getQuartersElapsed(), number(g.getProjection()), g.getUnit(), g.getProjectionMethod());
    }

    public static Finding guidanceLikelyMiss(GuidanceFact g, Thresholds thresholds) {
        return finding(GUIDANCE_LIKELY_MISS, Severity.CRITICAL, g, g.getPeriod(), g.getMetal(),
                progress(g) + String.format(", %s of the low end, below the %s likely-miss line", percent(g.getProjection() / g.getLow()),
                        percent(1 - thresholds.getGuidanceLikelyMissMarginShare())),
                guidanceEvidence(g, thresholds));
    }

    public static Finding guidanceAtRisk(GuidanceFact g, Thresholds thresholds) {
        return finding(GUIDANCE_AT_RISK, Severity.WARNING, g, g.getPeriod(), g.getMetal(),
                progress(g) + String.format(", %s of the low end", percent(g.getProjection() / g.getLow())), guidanceEvidence(g, thresholds));
    }

    public static Finding guidanceMissed(GuidanceFact g) {
        return finding(GUIDANCE_MISSED, Severity.CRITICAL, g, g.getPeriod(), g.getMetal(),
                String.format("%s guidance %s missed: %s %s for the year, %s short", symbol(g.getMetal()), guidance(g), number(g.getActualToDate()),
                        g.getUnit(), number(g.getLow() - g.getActualToDate())),
                guidanceEvidence(g, null));
    }

    public static Finding guidanceBeaten(GuidanceFact g) {
        return finding(GUIDANCE_BEATEN, Severity.INFO, g, g.getPeriod(), g.getMetal(),
                String.format("%s guidance %s beaten: %s %s for the year, %s above", symbol(g.getMetal()), guidance(g), number(g.getActualToDate()),
                        g.getUnit(), number(g.getActualToDate() - g.getHigh())),
                guidanceEvidence(g, null));
    }
}
