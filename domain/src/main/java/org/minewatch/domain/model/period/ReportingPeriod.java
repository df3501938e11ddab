package org.minewatch.domain.model.period;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.Sentence;

/**
 * The span of calendar time a figure covers: a quarter, the calendar year to date, the full year or a month.
 * Written as in the observation format: {@code 2011-Q3}, {@code 2011-9M}, {@code 2011-FY}, {@code 2013-06}.
 * Immutable; equal when kind, year and number are equal.
 */
@Embeddable
public class ReportingPeriod implements Comparable<ReportingPeriod>, java.io.Serializable {

    // a page keeps what it previewed, with the period a steward gave, in a session that moves between nodes
    private static final long serialVersionUID = 1L;

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(?:Q(\\d)|(\\d{1,2})M|(FY)|(\\d{2}))");

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 16)
    private PeriodKind kind;

    @Column(name = "period_year", nullable = false)
    private int year;

    /** Quarter (1-4), months to date (3, 6, 9), month (1-12); 12 for a full year. */
    @Column(name = "period_number", nullable = false)
    private int number;

    protected ReportingPeriod() {
        // for JPA
    }

    private ReportingPeriod(PeriodKind kind, int year, int number) {
        if (year < 1900 || year > 2999) {
            throw new MalformedPeriodException(new Sentence("period.year-out-of-range", String.valueOf(year)));
        }
        boolean valid = switch (kind) {
            case QUARTER -> number >= 1 && number <= 4;
            case YEAR_TO_DATE -> number == 3 || number == 6 || number == 9;
            case FULL_YEAR -> number == 12;
            case MONTH -> number >= 1 && number <= 12;
        };
        if (!valid) {
            throw new MalformedPeriodException(new Sentence("period.number." + kind.name().toLowerCase(java.util.Locale.ROOT), number));
        }
        this.kind = kind;
        this.year = year;
        this.number = number;
    }

    /** A period from the three values it is stored as (a query that reads them without the entity that holds them). */
    public static ReportingPeriod of(PeriodKind kind, int year, int number) {
        return new ReportingPeriod(kind, year, number);
    }

    public static ReportingPeriod quarter(int year, int quarter) {
        return new ReportingPeriod(PeriodKind.QUARTER, year, quarter);
    }

    /** The calendar quarter a day falls in. */
    public static ReportingPeriod quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
    }

    /** The calendar year to date at the end of the given quarter (Q3 gives nine months). */
    public static ReportingPeriod yearToDate(int year, int throughQuarter) {
        if (throughQuarter == 4) {
            return fullYear(year);
        }
        return new ReportingPeriod(PeriodKind.YEAR_TO_DATE, year, throughQuarter * 3);
    }

    public static ReportingPeriod fullYear(int year) {
        return new ReportingPeriod(PeriodKind.FULL_YEAR, year, 12);
    }

    public static ReportingPeriod month(int year, int month) {
        return new ReportingPeriod(PeriodKind.MONTH, year, month);
    }

    /**
     * Reads a period code.
     *
     * @throws MalformedPeriodException naming what is wrong, for anything but the four forms
     */
    public static ReportingPeriod parse(String code) {
        if (code == null || code.isBlank()) {
            throw new MalformedPeriodException(new Sentence("period.required"));
        }
        Matcher m = CODE.matcher(code.trim());
        if (!m.matches()) {
            throw new MalformedPeriodException(new Sentence("period.malformed", code));
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) != null) {
                return quarter(year, Integer.parseInt(m.group(2)));
            }
            if (m.group(3) != null) {
                int months = Integer.parseInt(m.group(3));
                return months == 12 ? fullYear(year) : new ReportingPeriod(PeriodKind.YEAR_TO_DATE, year, months);
            }
            if (m.group(4) != null) {
                return fullYear(year);
            }
            return month(year, Integer.parseInt(m.group(5)));
        } catch (MalformedPeriodException e) {
            throw new MalformedPeriodException(new Sentence("period.malformed-because", code, e.sentence()));
        }
    }

    public PeriodKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public String code() {
        return switch (kind) {
            case QUARTER -> year + "-Q" + number;
            case YEAR_TO_DATE -> year + "-" + number + "M";
            case FULL_YEAR -> year + "-FY";
            case MONTH -> String.format("%d-%02d", year, number);
        };
    }

    public LocalDate startDate() {
        return switch (kind) {
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case YEAR_TO_DATE, FULL_YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, number, 1);
        };
    }

    /** The last day the period covers, inclusive. */
    public LocalDate endDate() {
        int lastMonth = switch (kind) {
            case QUARTER -> number * 3;
            case YEAR_TO_DATE, FULL_YEAR, MONTH -> number;
        };
        return YearMonth.of(year, lastMonth).atEndOfMonth();
    }

    public long calendarDays() {
        return ChronoUnit.DAYS.between(startDate(), endDate()) + 1;
    }

    /** Whether every day of {@code other} lies within this period. */
    public boolean covers(ReportingPeriod other) {
        return !other.startDate().isBefore(startDate()) && !other.endDate().isAfter(endDate());
    }

    /** The quarters this period is made of; empty for a month. */
    public List<ReportingPeriod> quarters() {
        List<ReportingPeriod> quarters = new ArrayList<>();
        switch (kind) {
            case QUARTER -> quarters.add(this);
            case YEAR_TO_DATE, FULL_YEAR -> {
                for (int q = 1; q <= number / 3; q++) {
                    quarters.add(quarter(year, q));
                }
            }
            case MONTH -> { }
        }
        return quarters;
    }

    /** The quarter a month or quarter falls in, or the last quarter of a year-to-date or full year. */
    public ReportingPeriod lastQuarter() {
        return switch (kind) {
            case QUARTER -> this;
            case YEAR_TO_DATE, FULL_YEAR, MONTH -> quarter(year, (number + 2) / 3);
        };
    }

    public ReportingPeriod previousQuarter() {
        requireQuarter();
        return number == 1 ? quarter(year - 1, 4) : quarter(year, number - 1);
    }

    public ReportingPeriod nextQuarter() {
        requireQuarter();
        return number == 4 ? quarter(year + 1, 1) : quarter(year, number + 1);
    }

    public ReportingPeriod sameQuarterPriorYear() {
        requireQuarter();
        return quarter(year - 1, number);
    }

    private void requireQuarter() {
        if (kind != PeriodKind.QUARTER) {
            throw new IllegalStateException(code() + " is not a quarter");
        }
    }

    /** Earlier periods first; for the same end, the longer period first; consistent with equals. */
    @Override
    public int compareTo(ReportingPeriod other) {
        int byEnd = endDate().compareTo(other.endDate());
        if (byEnd != 0) {
            return byEnd;
        }
        int byStart = startDate().compareTo(other.startDate());
        return byStart != 0 ? byStart : kind.compareTo(other.kind);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ReportingPeriod p && kind == p.kind && year == p.year && number == p.number;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, year, number);
    }

    @Override
    public String toString() {
        return code();
    }
}
