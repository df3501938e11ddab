package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minewatch.domain.model.settings.ThresholdSetting;
import org.minewatch.domain.model.settings.ThresholdSettingRepository;
import org.minewatch.domain.model.user.Role;
import org.minewatch.rules.ThresholdKey;
import org.minewatch.rules.Thresholds;

/**
 * The thresholds in force: stored in the database, the documented defaults filling any key not stored.
 * An administrator changes them; every change re-evaluates the alerts.
 */
@ApplicationScoped
@Transactional
public class ThresholdService {

    /**
     * A threshold as the API shows it: value in force, its default, unit, meaning, who last set it, and the
     * version of the stored value (0 before it is stored), which an edit based on it names.
     */
    public record Setting(ThresholdKey key, BigDecimal value, BigDecimal defaultValue, String updatedBy, Instant updatedAt, long version) {
    }

    /** No threshold means anything beyond this (the column holds up to 10^14). */
    private static final BigDecimal MAXIMUM = new BigDecimal("1000000");
    private static final BigDecimal ONE_HUNDRED = new BigDecimal("100");

    @Inject
    private ThresholdSettingRepository settings;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AlertService alerts;

    public Thresholds current() {
        Map<ThresholdKey, BigDecimal> values = new EnumMap<>(Thresholds.defaults().values());
        for (ThresholdSetting stored : settings.findAll()) {
            try {
                values.put(ThresholdKey.fromKey(stored.key()), stored.value());
            } catch (IllegalArgumentException retired) {
                // a key no rule reads any more: kept in the table, ignored
            }
        }
        return new Thresholds(values);
    }

    public List<Setting> settings() {
        Thresholds defaults = Thresholds.defaults();
        Map<String, ThresholdSetting> stored = storedByKey();
        return Arrays.stream(ThresholdKey.values()).map(key -> {
            ThresholdSetting s = stored.get(key.key());
            return new Setting(key, s == null ? defaults.value(key) : s.value(), defaults.value(key),
                    s == null ? null : s.updatedBy(), s == null ? null : s.updatedAt(), s == null ? 0 : s.version());
        }).toList();
    }

    /** Stores the documented default of every threshold not stored yet (first start, or a new threshold). */
    public void storeMissingDefaults() {
        Map<String, ThresholdSetting> stored = storedByKey();
        Instant now = Instant.now();
        Thresholds.defaults().values().forEach((key, value) -> {
            if (!stored.containsKey(key.key())) {
                settings.store(new ThresholdSetting(key.key(), value, "default", now));
            }
        });
    }

    /**
     * Changes some thresholds (by key), admins only, all or none, then re-evaluates. {@code readVersions}
     * names, for the keys it holds, the version the change was based on (a page read them when it showed
     * the values): if one moved since, nothing is changed. Two changes at the same moment are told apart by
     * the stored version as well: the one that commits second is refused.
     *
     * @throws IllegalArgumentException naming an unknown key or a negative value
     * @throws ConcurrentChangeException if a threshold changed since it was read
     */
    public List<Setting> update(Map<String, BigDecimal> changes, Map<String, Long> readVersions) {
        if (!caller.account().roles().contains(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator may change thresholds");
        }
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("No threshold to change: send an object such as {\"recovery.tolerance.points\": 3}");
        }
        Map<ThresholdKey, BigDecimal> checked = new EnumMap<>(ThresholdKey.class);
        changes.forEach((key, value) -> {
            ThresholdKey thresholdKey = ThresholdKey.fromKey(key);
            if (value == null || value.signum() < 0 || value.compareTo(MAXIMUM) > 0) {
                throw new IllegalArgumentException("Threshold " + key + " must be a number from 0 to " + MAXIMUM.toPlainString() + ", not " + value);
            }
            checked.put(thresholdKey, value);
        });
        refuseContradictions(checked);
        storeMissingDefaults();
        Map<String, ThresholdSetting> stored = storedByKey();
        Instant now = Instant.now();
        String user = caller.account().username();
        checked.forEach((key, value) -> {
            ThresholdSetting setting = stored.get(key.key());
            Long read = readVersions.get(key.key());
            if (read != null && read != setting.version()) {
                throw new ConcurrentChangeException("Threshold " + key.key() + " was changed to " + setting.value().toPlainString() + " by "
                        + setting.updatedBy() + " since you read it; nothing was changed: read the thresholds again");
            }
            setting.change(value, user, now);
        });
        alerts.evaluate();
        return settings();
    }

    /**
     * Thresholds that contradict one another once the changes are made, refused with both values named: a
     * recovery tolerance at or above the critical shortfall would make every flagged shortfall critical (no
     * warning could ever be raised), and a share or fall of more than 100 % can never be reached.
     */
    private void refuseContradictions(Map<ThresholdKey, BigDecimal> changes) {
        Map<ThresholdKey, BigDecimal> after = new EnumMap<>(current().values());
        after.putAll(changes);
        BigDecimal tolerance = after.get(ThresholdKey.RECOVERY_TOLERANCE_POINTS);
        BigDecimal critical = after.get(ThresholdKey.RECOVERY_CRITICAL_SHORTFALL_POINTS);
        if (tolerance.compareTo(critical) >= 0) {
            throw new Refused("toleranceNotBelowCritical", "Threshold " + ThresholdKey.RECOVERY_TOLERANCE_POINTS.key() + " (" + tolerance.toPlainString()
                    + ") must be below " + ThresholdKey.RECOVERY_CRITICAL_SHORTFALL_POINTS.key() + " (" + critical.toPlainString()
                    + "): a shortfall beyond the tolerance is a warning until it reaches the critical shortfall", tolerance, critical);
        }
        changes.forEach((key, value) -> {
            if ("%".equals(key.unit()) && value.compareTo(ONE_HUNDRED) > 0) {
                throw new Refused("percentAboveHundred", "Threshold " + key.key() + " is a percentage: at most 100, not " + value.toPlainString(),
                        key.key(), value);
            }
        });
    }

    private Map<String, ThresholdSetting> storedByKey() {
        Map<String, ThresholdSetting> stored = new HashMap<>();
        settings.findAll().forEach(s -> stored.put(s.key(), s));
        return stored;
    }
}
