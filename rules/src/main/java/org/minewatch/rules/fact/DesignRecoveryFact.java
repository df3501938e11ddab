package org.minewatch.rules.fact;

import java.time.LocalDate;

/** A metal's design recovery at a mine, in force from a day until the next design version's (epoch days). */
public final class DesignRecoveryFact {

    private final long mineId;
    private final String metal;
    private final double recovery;
    private final boolean illustrative;
    private final long effectiveFromDay;
    private final long effectiveUntilDay;

    public DesignRecoveryFact(long mineId, String metal, double recovery, boolean illustrative, LocalDate effectiveFrom, LocalDate effectiveUntil) {
        this.mineId = mineId;
        this.metal = metal;
        this.recovery = recovery;
        this.illustrative = illustrative;
        this.effectiveFromDay = effectiveFrom.toEpochDay();
        this.effectiveUntilDay = effectiveUntil == null ? Long.MAX_VALUE : effectiveUntil.toEpochDay();
    }

    public long getMineId() {
        return mineId;
    }

    public String getMetal() {
        return metal;
    }

    public double getRecovery() {
        return recovery;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public long getEffectiveFromDay() {
        return effectiveFromDay;
    }

    public long getEffectiveUntilDay() {
        return effectiveUntilDay;
    }
}
