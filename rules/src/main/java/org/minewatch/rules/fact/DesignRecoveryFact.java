package org.minewatch.rules.fact;

/** A metal's design recovery for a mine, in force at the end of a quarter. */
public final class DesignRecoveryFact extends SubjectFact {

    private final String metal;
    private final double recovery;
    private final boolean illustrative;

    public DesignRecoveryFact(Subject subject, String metal, double recovery, boolean illustrative) {
        super(subject);
        this.metal = metal;
        this.recovery = recovery;
        this.illustrative = illustrative;
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
}
