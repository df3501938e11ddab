package org.minewatch.domain.model.period;

/** How a reporting period is cut from the calendar year. */
public enum PeriodKind {
    /** A calendar quarter, 1 to 4: {@code 2011-Q3}. */
    QUARTER,
    /** Calendar year to date, ending with a quarter: 3, 6 or 9 months, {@code 2011-9M}. */
    YEAR_TO_DATE,
    /** The whole calendar year: {@code 2011-FY}. */
    FULL_YEAR,
    /** A calendar month, 1 to 12: {@code 2013-06}. */
    MONTH
}
