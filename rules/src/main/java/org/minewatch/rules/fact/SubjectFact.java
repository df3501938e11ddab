package org.minewatch.rules.fact;

/** The subject's fields as bean getters, which is how the rules read a fact. */
public abstract class SubjectFact {

    private final Subject subject;

    protected SubjectFact(Subject subject) {
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }

    /** Null for a company-level fact. */
    public Long getMineId() {
        return subject.mineId();
    }

    public String getMine() {
        return subject.mine();
    }

    public long getCompanyId() {
        return subject.companyId();
    }

    public String getCompany() {
        return subject.company();
    }

    /** The period's code: 2011-Q3, 2011-9M, 2011-FY, 2013-06. */
    public String getPeriod() {
        return subject.period();
    }

    /** QUARTER, YEAR_TO_DATE, FULL_YEAR or MONTH. */
    public String getKind() {
        return subject.kind();
    }

    /** Whether the period is a quarter ({@code quarterly} in the rules). */
    public boolean isQuarterly() {
        return "QUARTER".equals(subject.kind());
    }

    public int getYear() {
        return subject.year();
    }

    /** Whether the period is a year to date or a full year: made of the quarters up to {@link #getQuarter()}. */
    public boolean isCumulative() {
        return "YEAR_TO_DATE".equals(subject.kind()) || "FULL_YEAR".equals(subject.kind());
    }

    /** 1 to 4 for a quarter; for a year to date or full year, the last quarter it covers; 0 for a month. */
    public int getQuarter() {
        return subject.quarter();
    }

    /** The code of the quarter before, for a quarter; null otherwise. */
    public String getPreviousQuarter() {
        return subject.previousQuarter();
    }

    /** The period's last day, as days since 1970-01-01. */
    public long getPeriodEndDay() {
        return subject.periodEndDay();
    }

    /** The month the period ends in, as year x 12 + month - 1. */
    public int getEndMonthIndex() {
        return subject.endMonthIndex();
    }

    /** The code of the same quarter a year before, for a quarter; null otherwise. */
    public String getSameQuarterPriorYear() {
        return subject.sameQuarterPriorYear();
    }
}
