package org.minewatch.rules.fact;

/**
 * A company's consolidated production of a metal in a period, with the sum of its mines' printed figures and
 * how far the two may honestly differ through rounding.
 */
public final class ConsolidatedFact extends SubjectFact {

    private final String metal;
    private final String productionUnit;
    private final double production;
    private final Double sumOfMines;
    private final double allowedDifference;

    public ConsolidatedFact(Subject subject, String metal, String productionUnit, double production, Double sumOfMines, double allowedDifference) {
        super(subject);
        this.metal = metal;
        this.productionUnit = productionUnit;
        this.production = production;
        this.sumOfMines = sumOfMines;
        this.allowedDifference = allowedDifference;
    }

    public String getMetal() {
        return metal;
    }

    public String getProductionUnit() {
        return productionUnit;
    }

    public double getProduction() {
        return production;
    }

    /** Null when no mine of the company reported this metal for the period. */
    public Double getSumOfMines() {
        return sumOfMines;
    }

    public double getAllowedDifference() {
        return allowedDifference;
    }
}
