package org.minewatch.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The thresholds in force, one fact in the rule session: every rule reads its limits from here, none has a
 * number of its own. Complete by construction: a value for every {@link ThresholdKey}.
 */
public final class Thresholds {

    public static final String DEFAULTS_RESOURCE = "/org/minewatch/rules/thresholds-defaults.properties";

    private final Map<ThresholdKey, BigDecimal> values;

    public Thresholds(Map<ThresholdKey, BigDecimal> values) {
        EnumMap<ThresholdKey, BigDecimal> copy = new EnumMap<>(ThresholdKey.class);
        copy.putAll(values);
        for (ThresholdKey key : ThresholdKey.values()) {
            BigDecimal value = copy.get(key);
            if (value == null) {
                throw new IllegalArgumentException("Threshold " + key.key() + " has no value");
            }
            if (value.signum() < 0) {
                throw new IllegalArgumentException("Threshold " + key.key() + " cannot be negative: " + value.toPlainString());
            }
        }
        this.values = Collections.unmodifiableMap(copy);
    }

    /** The documented defaults shipped beside the rules. */
    public static Thresholds defaults() {
        Properties properties = new Properties();
        try (InputStream in = Thresholds.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS_RESOURCE + " is missing");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<ThresholdKey, BigDecimal> values = new EnumMap<>(ThresholdKey.class);
        properties.forEach((key, value) -> values.put(ThresholdKey.fromKey((String) key), new BigDecimal(((String) value).trim())));
        return new Thresholds(values);
    }

    /** A copy with one value changed, for tests and for an administrator's edit. */
    public Thresholds with(ThresholdKey key, BigDecimal value) {
        EnumMap<ThresholdKey, BigDecimal> changed = new EnumMap<>(values);
        changed.put(key, value);
        return new Thresholds(changed);
    }

    public BigDecimal value(ThresholdKey key) {
        return values.get(key);
    }

    public Map<ThresholdKey, BigDecimal> values() {
        return values;
    }

    private double number(ThresholdKey key) {
        return values.get(key).doubleValue();
    }

    // getters for the rules (Drools reads facts through bean getters)

    public double getRecoveryTolerancePoints() {
        return number(ThresholdKey.RECOVERY_TOLERANCE_POINTS);
    }

    public double getRecoveryCriticalShortfallPoints() {
        return number(ThresholdKey.RECOVERY_CRITICAL_SHORTFALL_POINTS);
    }

    public double getThroughputMinimumShare() {
        return number(ThresholdKey.THROUGHPUT_MINIMUM_SHARE_PERCENT) / 100;
    }

    public int getRampUpMonths() {
        return values.get(ThresholdKey.RAMP_UP_MONTHS).intValue();
    }

    public double getDeclineYoyShare() {
        return number(ThresholdKey.DECLINE_YOY_PERCENT) / 100;
    }

    public double getDeclineQoqShare() {
        return number(ThresholdKey.DECLINE_QOQ_PERCENT) / 100;
    }

    public double getGradeToleranceShare() {
        return number(ThresholdKey.GRADE_TOLERANCE_PERCENT) / 100;
    }

    public double getMetalBalanceSlackShare() {
        return number(ThresholdKey.METAL_BALANCE_SLACK_PERCENT) / 100;
    }

    public double getGuidanceLikelyMissMarginShare() {
        return number(ThresholdKey.GUIDANCE_LIKELY_MISS_MARGIN_PERCENT) / 100;
    }

    public int getReportingLagDays() {
        return values.get(ThresholdKey.REPORTING_LAG_DAYS).intValue();
    }
}
