package org.minewatch.rules;

/**
 * The thresholds the rules read, each with its unit and meaning. Their values are data: the documented
 * defaults are in {@code thresholds-defaults.properties} beside the rules, the values in force are stored
 * in the database and edited by an administrator; they reach the rules as the {@link Thresholds} fact.
 */
public enum ThresholdKey {
    RECOVERY_TOLERANCE_POINTS("recovery.tolerance.points", "points",
            "How far recovery may fall below design before it is flagged (87% against 88% is within 2 points)"),
    RECOVERY_CRITICAL_SHORTFALL_POINTS("recovery.critical.shortfall.points", "points",
            "A shortfall against design recovery of this many points or more is critical"),
    THROUGHPUT_MINIMUM_SHARE_PERCENT("throughput.minimum.share.percent", "%",
            "Average tpd below this share of design throughput is flagged"),
    RAMP_UP_MONTHS("ramp-up.months", "months",
            "After commercial production is declared, a mine is in ramp-up for this many months: low throughput is progress, and guidance is projected at design rate"),
    DECLINE_YOY_PERCENT("decline.yoy.percent", "%",
            "A fall in a quarter's production against the same quarter a year before beyond this is flagged"),
    DECLINE_QOQ_PERCENT("decline.qoq.percent", "%",
            "A fall in a quarter's production against the quarter before beyond this is flagged"),
    GRADE_TOLERANCE_PERCENT("grade.tolerance.percent", "%",
            "Head grade more than this below the planned grade is flagged"),
    METAL_BALANCE_SLACK_PERCENT("metal-balance.slack.percent", "%",
            "Extra room beyond the rounding interval of grade and recovery before production is called inconsistent"),
    GUIDANCE_LIKELY_MISS_MARGIN_PERCENT("guidance.likely-miss.margin.percent", "%",
            "A projection this far or more below the low end of guidance is a likely miss; less far below, at risk"),
    REPORTING_LAG_DAYS("reporting.lag.days", "days",
            "Days after a quarter's end by which an active mine's figures are expected");

    private final String key;
    private final String unit;
    private final String description;

    ThresholdKey(String key, String unit, String description) {
        this.key = key;
        this.unit = unit;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    public static ThresholdKey fromKey(String key) {
        for (ThresholdKey k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown threshold '" + key + "'");
    }
}
