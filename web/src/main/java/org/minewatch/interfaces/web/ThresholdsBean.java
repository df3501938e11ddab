package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minewatch.application.AdministrationService;
import org.minewatch.application.ThresholdService.Setting;

/**
 * The thresholds the rules read (administrators): each with its default, its value in force, its unit and
 * meaning, and who set it when; the values are edited in the table and saved together, all or none, which
 * re-evaluates the alerts.
 */
@Named
@ViewScoped
public class ThresholdsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** A threshold in the table, with the value being edited. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String unit;
        private final String description;
        private final BigDecimal current;
        private final BigDecimal defaultValue;
        private final String updatedBy;
        private final Instant updatedAt;
        private final long version;
        private BigDecimal value;

        Row(Setting s) {
            key = s.key().key();
            unit = s.key().unit();
            description = s.key().description();
            current = s.value();
            defaultValue = s.defaultValue();
            updatedBy = s.updatedBy();
            updatedAt = s.updatedAt();
            version = s.version();
            value = s.value();
        }

        public String getKey() {
            return key;
        }

        public String getUnit() {
            return unit;
        }

        public String getDescription() {
            return description;
        }

        public BigDecimal getCurrent() {
            return current;
        }

        public BigDecimal getDefaultValue() {
            return defaultValue;
        }

        public String getUpdatedBy() {
            return updatedBy;
        }

        public String getUpdatedAt() {
            return updatedAt == null ? null : WHEN.format(updatedAt);
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        boolean changed() {
            return value == null || value.compareTo(current) != 0;
        }
    }

    @Inject
    private AdministrationService administration;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = administration.thresholds().stream().map(Row::new).toList();
    }

    /** Saves the values that differ from those in force, in one change. */
    public void save() {
        Map<String, BigDecimal> changes = new LinkedHashMap<>();
        Map<String, Long> readVersions = new LinkedHashMap<>();
        rows.stream().filter(Row::changed).forEach(r -> {
            changes.put(r.key, r.value);
            readVersions.put(r.key, r.version);
        });
        if (changes.isEmpty()) {
            Messages.info("thresholds.unchanged");
            return;
        }
        try {
            administration.changeThresholds(changes, readVersions);
            Messages.info("thresholds.saved", changes.size());
            load();
        } catch (IllegalArgumentException e) {
            Messages.refused(e);
        } catch (RuntimeException e) {
            Messages.refusedIfConcurrent(e);
        }
    }

    /** What an empty value is told: which threshold, and its default to go back to. */
    public String valueRequired(Row row) {
        return Messages.text("thresholds.valueRequired", row.getKey(), row.getDefaultValue());
    }

    public List<Row> getRows() {
        return rows;
    }
}
