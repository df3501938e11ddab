package org.minewatch.rules.fact;

/** A mine's ore processed in a period: tonnes milled, average tpd and the operating days they imply. */
public final class OreProcessedFact extends SubjectFact {

    private final Double tonnes;
    private final double tonnesHalfWidth;
    private final Double tpd;

    public OreProcessedFact(Subject subject, Double tonnes, double tonnesHalfWidth, Double tpd) {
        super(subject);
        this.tonnes = tonnes;
        this.tonnesHalfWidth = tonnesHalfWidth;
        this.tpd = tpd;
    }

    /** Half a unit of the last printed digit of tonnes milled. */
    public double getTonnesHalfWidth() {
        return tonnesHalfWidth;
    }

    public Double getTonnes() {
        return tonnes;
    }

    public Double getTpd() {
        return tpd;
    }

    /** tonnes / tpd; null without both. */
    public Double getOperatingDays() {
        return tonnes == null || tpd == null || tpd == 0 ? null : tonnes / tpd;
    }
}
