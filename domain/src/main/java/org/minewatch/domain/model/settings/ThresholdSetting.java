package org.minewatch.domain.model.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.minewatch.domain.model.Decimals;

/** A threshold's value in force, as an administrator set it (or as the documented default first stored). */
@Entity
@Table(name = "threshold_setting")
public class ThresholdSetting {

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Column(name = "setting_value", nullable = false, precision = 20, scale = 6)
    private BigDecimal value;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Moves with every change: an edit based on an older version is refused rather than overwriting a newer value. */
    @Version
    private long version;

    protected ThresholdSetting() {
        // for JPA
    }

    public ThresholdSetting(String key, BigDecimal value, String updatedBy, Instant updatedAt) {
        this.key = Objects.requireNonNull(key, "key");
        change(value, updatedBy, updatedAt);
    }

    public void change(BigDecimal value, String updatedBy, Instant updatedAt) {
        if (value == null || value.signum() < 0) {
            throw new IllegalArgumentException("Threshold " + key + " must be a number of at least 0, not " + value);
        }
        this.value = value;
        this.updatedBy = Objects.requireNonNull(updatedBy, "updatedBy");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String key() {
        return key;
    }

    public BigDecimal value() {
        return Decimals.plain(value);
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ThresholdSetting t && key.equals(t.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
