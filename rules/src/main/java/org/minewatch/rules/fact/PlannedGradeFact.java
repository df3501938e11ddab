package org.minewatch.rules.fact;

/** The head grade a mine planned (or its reserve grade) for a metal in a period. */
public final class PlannedGradeFact extends SubjectFact {

    private final String metal;
    private final double grade;

    public PlannedGradeFact(Subject subject, String metal, double grade) {
        super(subject);
        this.metal = metal;
        this.grade = grade;
    }

    public String getMetal() {
        return metal;
    }

    public double getGrade() {
        return grade;
    }
}
