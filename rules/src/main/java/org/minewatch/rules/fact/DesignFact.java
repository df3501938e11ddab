package org.minewatch.rules.fact;

/**
 * The design parameters in force for a mine at the end of a quarter, and where the mine stood in its
 * ramp-up then: the month of commercial production the quarter ended in (0 if unknown).
 */
public final class DesignFact extends SubjectFact {

    private final Double throughputTpd;
    private final boolean illustrative;
    private final int monthOfCommercialProduction;

    public DesignFact(Subject subject, Double throughputTpd, boolean illustrative, int monthOfCommercialProduction) {
        super(subject);
        this.throughputTpd = throughputTpd;
        this.illustrative = illustrative;
        this.monthOfCommercialProduction = monthOfCommercialProduction;
    }

    public Double getThroughputTpd() {
        return throughputTpd;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    /** 1 in the month commercial production was declared; 0 when the date is not known. */
    public int getMonthOfCommercialProduction() {
        return monthOfCommercialProduction;
    }
}
