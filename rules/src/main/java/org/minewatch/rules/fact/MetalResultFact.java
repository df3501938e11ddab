package org.minewatch.rules.fact;

/**
 * One metal's line of a mine's report for a period, with the production interval that the printed grade
 * and recovery allow (computed by the domain's metallurgy, so the rule only compares).
 */
public final class MetalResultFact extends SubjectFact {

    private final String metal;
    private final String gradeUnit;
    private final String productionUnit;
    private final Double tonnes;
    private final Double grade;
    private final Double recovery;
    private final Double production;
    private final double productionHalfWidth;
    private final Double balanceComputed;
    private final Double balanceLowest;
    private final Double balanceHighest;

    public MetalResultFact(Subject subject, String metal, String gradeUnit, String productionUnit, Double tonnes, Double grade, Double recovery,
                           Double production, double productionHalfWidth, Double balanceComputed, Double balanceLowest, Double balanceHighest) {
        super(subject);
        this.metal = metal;
        this.gradeUnit = gradeUnit;
        this.productionUnit = productionUnit;
        this.tonnes = tonnes;
        this.grade = grade;
        this.recovery = recovery;
        this.production = production;
        this.productionHalfWidth = productionHalfWidth;
        this.balanceComputed = balanceComputed;
        this.balanceLowest = balanceLowest;
        this.balanceHighest = balanceHighest;
    }

    public String getMetal() {
        return metal;
    }

    public String getGradeUnit() {
        return gradeUnit;
    }

    public String getProductionUnit() {
        return productionUnit;
    }

    public Double getTonnes() {
        return tonnes;
    }

    public Double getGrade() {
        return grade;
    }

    public Double getRecovery() {
        return recovery;
    }

    public Double getProduction() {
        return production;
    }

    /** Half a unit of production's last printed digit: how far the true figure may lie from it. */
    public double getProductionHalfWidth() {
        return productionHalfWidth;
    }

    /** Production from tonnes, grade and recovery as printed; null where one is missing. */
    public Double getBalanceComputed() {
        return balanceComputed;
    }

    public Double getBalanceLowest() {
        return balanceLowest;
    }

    public Double getBalanceHighest() {
        return balanceHighest;
    }
}
