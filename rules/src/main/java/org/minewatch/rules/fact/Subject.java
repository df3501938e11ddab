package org.minewatch.rules.fact;

import java.time.LocalDate;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * Who and when a fact is about: a mine of a company (or the company alone, mine null) and a reporting
 * period with the neighbouring periods that trend rules compare against, and its last day (as an epoch
 * day, and as a month index) that design versions and ramp-ups are placed against. Shared by the facts; its parts
 * are copied onto each fact so that the rules can join on plain, indexable fields.
 */
public record Subject(Long mineId, String mine, long companyId, String company, String period, String kind, int year, int quarter,
                      String previousQuarter, String sameQuarterPriorYear, long periodEndDay, int endMonthIndex) {

    /** The subject of a mine's (or, mine null, a company's) figures for a period. */
    public static Subject of(Long mineId, String mine, long companyId, String company, ReportingPeriod period) {
        boolean quarter = period.kind() == PeriodKind.QUARTER;
        int lastQuarter = period.kind() == PeriodKind.MONTH ? 0 : period.lastQuarter().number();
        return new Subject(mineId, mine, companyId, company, period.code(), period.kind().name(), period.year(), lastQuarter,
                quarter ? period.previousQuarter().code() : null, quarter ? period.sameQuarterPriorYear().code() : null,
                period.endDate().toEpochDay(), monthIndex(period.endDate()));
    }

    /** The month index (year x 12 + month - 1) of a date: months apart are indexes apart. */
    public static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }
}
