package org.minewatch.domain.model.production;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * A year's production from its start to the end of a quarter, from whatever periods a company published:
 * the latest year to date (or half year, nine months) up to that quarter plus each quarter after it, or else
 * every quarter. Releases give a quarter beside its year to date, so a year's first quarters are often known
 * only inside a cumulative figure (Fortuna's Q3 2011 release: Caylloma's nine months, 1,472,062 oz, beside its
 * third quarter's 559,959 oz); adding the quarters alone would give the third quarter as the year to date.
 */
public final class YearToDate {

    private YearToDate() {
    }

    /**
     * @param year the year
     * @param throughQuarter the last quarter counted, 1 to 4
     * @param firstQuarter quarters before it count nothing (a mine that started producing during the year)
     * @param figure the figure of a period, when known
     * @return the year to date, empty when a piece is missing
     */
    public static Optional<BigDecimal> of(int year, int throughQuarter, int firstQuarter, Function<ReportingPeriod, Optional<BigDecimal>> figure) {
        for (int through = throughQuarter; through >= 2; through--) {
            Optional<BigDecimal> cumulative = figure.apply(ReportingPeriod.yearToDate(year, through));
            if (cumulative.isPresent()) {
                return sumOfQuarters(year, through + 1, throughQuarter, figure).map(cumulative.get()::add);
            }
        }
        return sumOfQuarters(year, 1, throughQuarter, period -> period.number() < firstQuarter ? Optional.of(BigDecimal.ZERO) : figure.apply(period));
    }

    private static Optional<BigDecimal> sumOfQuarters(int year, int from, int to, Function<ReportingPeriod, Optional<BigDecimal>> figure) {
        BigDecimal total = BigDecimal.ZERO;
        for (int quarter = from; quarter <= to; quarter++) {
            Optional<BigDecimal> value = figure.apply(ReportingPeriod.quarter(year, quarter));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(value.get());
        }
        return Optional.of(total);
    }
}
