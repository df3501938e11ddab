package org.minewatch.rules.fact;

import java.time.LocalDate;

/** A closed quarter for which an active mine's figures were due by a date that has passed. */
public final class ExpectedReportFact extends SubjectFact {

    private final LocalDate dueBy;

    public ExpectedReportFact(Subject subject, LocalDate dueBy) {
        super(subject);
        this.dueBy = dueBy;
    }

    public LocalDate getDueBy() {
        return dueBy;
    }
}
