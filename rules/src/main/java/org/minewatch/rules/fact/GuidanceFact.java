package org.minewatch.rules.fact;

import org.minewatch.domain.model.Sentence;

/**
 * A guidance in force (for the company, or a mine) and where production stands against it after the last
 * quarter with figures. The projection's method is decided when the fact is built ({@code GuidanceProjection});
 * the rules decide what the figures mean. For a range, the rules compare with its low end for a miss and
 * its high end for a beat.

 * A guidance whose figures stop before the company's latest quarter is not judged but reported missing.
 */
public final class GuidanceFact extends SubjectFact {

    private final String metal;
    private final String unit;
    private final double low;
    private final double high;
    private final double actualToDate;
    private final double lastQuarter;
    private final int quartersElapsed;
    private final double remaining;
    private final double requiredPerQuarter;
    private final Double pace;
    private final double proRataShare;
    private final double projection;
    private final Sentence projectionMethod;
    private final int companyReportedThrough;

    public GuidanceFact(Subject subject, String metal, String unit, double low, double high, double actualToDate, double lastQuarter,
                        int quartersElapsed, double remaining, double requiredPerQuarter, Double pace, double proRataShare, double projection,
                        Sentence projectionMethod, int companyReportedThrough) {
        super(subject);
        this.metal = metal;
        this.unit = unit;
        this.low = low;
        this.high = high;
        this.actualToDate = actualToDate;
        this.lastQuarter = lastQuarter;
        this.quartersElapsed = quartersElapsed;
        this.remaining = remaining;
        this.requiredPerQuarter = requiredPerQuarter;
        this.pace = pace;
        this.proRataShare = proRataShare;
        this.projection = projection;
        this.projectionMethod = projectionMethod;
        this.companyReportedThrough = companyReportedThrough;
    }

    public String getMetal() {
        return metal;
    }

    public String getUnit() {
        return unit;
    }

    public double getLow() {
        return low;
    }

    public double getHigh() {
        return high;
    }

    public boolean isRange() {
        return low != high;
    }

    public double getActualToDate() {
        return actualToDate;
    }

    public double getLastQuarter() {
        return lastQuarter;
    }

    /** 1 to 4; 4 means the year is complete. */
    public int getQuartersElapsed() {
        return quartersElapsed;
    }

    /** The latest quarter of the year the company published any figure for, of any metal or mine: at least quartersElapsed. */
    public int getCompanyReportedThrough() {
        return companyReportedThrough;
    }

    /**
     * The company published a later quarter than this guidance's figures reach: its metal (or its mine) is
     * missing from that quarter, so neither the year to date nor a projection can be judged; the rules say so
     * instead of judging the year as if that quarter were still ahead.
     */
    public boolean isNotReported() {
        return quartersElapsed < companyReportedThrough;
    }

    public boolean isYearComplete() {
        return quartersElapsed >= 4;
    }

    public int getQuartersRemaining() {
        return Math.max(0, 4 - quartersElapsed);
    }

    /** What the low end still needs: low - actual to date (DOMAIN.md's R). */
    public double getRemaining() {
        return remaining;
    }

    /** R / (4 - q); 0 once the year is complete. */
    public double getRequiredPerQuarter() {
        return requiredPerQuarter;
    }

    /** Required rate as a multiple of the last quarter; null when the year is complete or the last quarter was nil. */
    public Double getPace() {
        return pace;
    }

    public double getProjection() {
        return projection;
    }

    /** Actual to date as a share of the pro-rata target, G x q / 4 (DOMAIN.md). */
    public double getProRataShare() {
        return proRataShare;
    }

    /** Projection as a share of the low end of guidance (0.97 for 97%). */
    public double getProjectionShareOfLow() {
        return projection / low;
    }

    /** How the projection was made, in English words, for the evidence and the API. */
    public String getProjectionMethod() {
        return projectionMethod.toString();
    }

    /** How the projection was made, to be read in any language. */
    public Sentence getProjectionSentence() {
        return projectionMethod;
    }
}
