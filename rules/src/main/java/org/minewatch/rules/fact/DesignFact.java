package org.minewatch.rules.fact;

import java.time.LocalDate;

/**
 * One version of a mine's design parameters, in force from a day until the next version's (both as epoch
 * days; until Long.MAX_VALUE for the current one): its throughput, and the month its commercial production
 * was declared (a month index, 0 when unknown), from which its ramp-up window runs.
 */
public final class DesignFact {

    private final long mineId;
    private final String mine;
    private final long effectiveFromDay;
    private final long effectiveUntilDay;
    private final Double throughputTpd;
    private final boolean illustrative;
    private final int commercialStartMonthIndex;

    public DesignFact(long mineId, String mine, LocalDate effectiveFrom, LocalDate effectiveUntil, Double throughputTpd, boolean illustrative,
                      LocalDate commercialProductionStart) {
        this.mineId = mineId;
        this.mine = mine;
        this.effectiveFromDay = effectiveFrom.toEpochDay();
        this.effectiveUntilDay = effectiveUntil == null ? Long.MAX_VALUE : effectiveUntil.toEpochDay();
        this.throughputTpd = throughputTpd;
        this.illustrative = illustrative;
        this.commercialStartMonthIndex = commercialProductionStart == null ? 0 : Subject.monthIndex(commercialProductionStart);
    }

    public long getMineId() {
        return mineId;
    }

    public String getMine() {
        return mine;
    }

    public long getEffectiveFromDay() {
        return effectiveFromDay;
    }

    public long getEffectiveUntilDay() {
        return effectiveUntilDay;
    }

    public Double getThroughputTpd() {
        return throughputTpd;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public int getCommercialStartMonthIndex() {
        return commercialStartMonthIndex;
    }

    /** The month of commercial production a period ending in the given month falls in: 1 for the month it was declared. */
    public int monthOfCommercialProduction(int endMonthIndex) {
        return endMonthIndex - commercialStartMonthIndex + 1;
    }
}
