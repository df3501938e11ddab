package org.minewatch.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceHistory;
import org.minewatch.domain.model.guidance.GuidanceProgress;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.MetalResult;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.production.YearToDate;
import org.minewatch.rules.fact.GuidanceFact;

/**
 * Where production stands against each guidance in force, and where it is heading by the end of the year.
 *
 * <p>The projection adds to the actual to date what each mine is expected to produce in the quarters left:
 * <ul>
 * <li>a steady mine, its run rate: last quarter's production for each quarter left (DOMAIN.md's P = A + L x (4 - q));</li>
 * <li>a mine in ramp-up (within the ramp-up window after commercial production was declared, with a design
 * throughput), its daily rate of the last quarter (production over the operating days it actually ran, not
 * the whole quarter) capped at what its design throughput would give at the same yield per tonne, over the
 * calendar days left in the year. A mine that ran 54 days of a quarter is not projected as if it ran 54 days
 * a quarter.</li>
 * </ul>
 * Company guidance uses the consolidated actual to date and sums the mines' projections; where no mine's
 * quarter is known it falls back to the company's run rate.
 */
final class GuidanceProjection {

    private record Scope(Company company, Mine mine, int year, Metal metal) {
    }

    private record Remainder(double amount, Sentence method) {
    }

    private final PortfolioFacts facts;
    private final Portfolio portfolio;
    private final Thresholds thresholds;
    private final LocalDate asOf;

    GuidanceProjection(PortfolioFacts facts, Portfolio portfolio, Thresholds thresholds, LocalDate asOf) {
        this.facts = facts;
        this.portfolio = portfolio;
        this.thresholds = thresholds;
        this.asOf = asOf;
    }

    List<GuidanceFact> facts() {
        Map<Scope, List<Guidance>> versions = new LinkedHashMap<>();
        for (Guidance g : portfolio.guidance()) {
            versions.computeIfAbsent(new Scope(g.company(), g.mine().orElse(null), g.year(), g.metal()), s -> new ArrayList<>()).add(g);
        }
        List<GuidanceFact> result = new ArrayList<>();
        versions.forEach((scope, list) -> GuidanceHistory.inForce(list, asOf).flatMap(g -> fact(scope, g)).ifPresent(result::add));
        return result;
    }

    private Optional<GuidanceFact> fact(Scope scope, Guidance guidance) {
        Optional<Integer> lastQuarter = lastQuarterWithFigures(scope);
        double low = guidance.low().doubleValue();
        double high = guidance.high().doubleValue();
        var subject = facts.subject(scope.mine(), scope.company(), ReportingPeriod.fullYear(scope.year()));
        String unit = scope.metal().productionUnit().symbol();
        if (lastQuarter.isEmpty()) {
            // none of the year's figures has the guidance's metal: said when the company has published a quarter
            // in which its mine (or one of its mines) was producing, so that the guidance does not vanish from view
            int reported = companyReportedThrough(scope);
            boolean producing = scope.mine() == null || scope.mine().firstProducingQuarter(scope.year()) <= reported;
            return reported == 0 || !producing ? Optional.empty()
                    : Optional.of(new GuidanceFact(subject, scope.metal().name(), unit, low, high, 0, 0, 0, low, low / 4, null, 0, 0,
                            new Sentence("projection.not-reported"), reported));
        }
        int q = lastQuarter.get();
        int companyReportedThrough = Math.max(q, companyReportedThrough(scope));
        Optional<Double> actual = scope.mine() == null ? companyActual(scope, q) : mineActual(scope.mine(), scope.year(), scope.metal(), q);
        Optional<Double> last = scope.mine() == null ? companyQuarter(scope, q) : mineQuarter(scope.mine(), scope.year(), scope.metal(), q)
                .flatMap(r -> production(r, scope.metal()));
        if (actual.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        if (q == 4) {
            return Optional.of(new GuidanceFact(subject, scope.metal().name(), unit, low, high, actual.get(), last.get(), 4,
                    low - actual.get(), 0, null, actual.get() / low, actual.get(), new Sentence("projection.year-complete"), companyReportedThrough));
        }
        List<Remainder> remainders = remainders(scope, q);
        double projection = actual.get();
        Sentence method;
        if (remainders.isEmpty()) {
            projection += last.get() * (4 - q);
            method = new Sentence("projection.run-rate", last.get(), unit, 4 - q);
        } else {
            projection += remainders.stream().mapToDouble(Remainder::amount).sum();
            // one sentence per mine, read one after the other
            method = new Sentence("projection.by-mine", remainders.stream().map(Remainder::method).toList());
        }
        GuidanceProgress progress = new GuidanceProgress(BigDecimal.valueOf(low), BigDecimal.valueOf(actual.get()), BigDecimal.valueOf(last.get()), q);
        return Optional.of(new GuidanceFact(subject, scope.metal().name(), unit, low, high, actual.get(), last.get(), q,
                progress.remaining().doubleValue(), progress.requiredPerQuarter().doubleValue(),
                progress.pace() == null ? null : progress.pace().doubleValue(), progress.proRataShare().doubleValue(), projection, method,
                companyReportedThrough));
    }

    private List<ProductionReport> reportsInScope(Scope scope) {
        return portfolio.reports().stream()
                .filter(r -> r.period().year() == scope.year() && r.period().kind() != PeriodKind.MONTH)
                .filter(r -> scope.mine() == null ? r.mine().company().equals(scope.company()) : r.mine().equals(scope.mine()))
                .filter(r -> production(r, scope.metal()).isPresent())
                .toList();
    }

    private Optional<Integer> lastQuarterWithFigures(Scope scope) {
        Optional<Integer> fromMines = reportsInScope(scope).stream().map(r -> r.period().lastQuarter().number()).max(Integer::compare);
        if (scope.mine() != null) {
            return fromMines;
        }
        Optional<Integer> fromCompany = consolidated(scope).stream().map(c -> c.period().lastQuarter().number()).max(Integer::compare);
        return fromCompany.isPresent() && fromMines.isPresent() ? Optional.of(Math.max(fromCompany.get(), fromMines.get()))
                : fromCompany.isPresent() ? fromCompany : fromMines;
    }

    /** The latest quarter of the scope's year the company published any figure for, of any mine or metal; 0 for none. */
    private int companyReportedThrough(Scope scope) {
        int fromMines = portfolio.reports().stream()
                .filter(r -> r.period().year() == scope.year() && r.period().kind() != PeriodKind.MONTH && r.mine().company().equals(scope.company()))
                .mapToInt(r -> r.period().lastQuarter().number()).max().orElse(0);
        int fromCompany = portfolio.consolidated().stream()
                .filter(c -> c.period().year() == scope.year() && c.period().kind() != PeriodKind.MONTH && c.company().equals(scope.company()))
                .mapToInt(c -> c.period().lastQuarter().number()).max().orElse(0);
        return Math.max(fromMines, fromCompany);
    }

    private List<ConsolidatedProduction> consolidated(Scope scope) {
        return portfolio.consolidated().stream()
                .filter(c -> c.company().equals(scope.company()) && c.metal() == scope.metal() && c.period().year() == scope.year()
                        && c.period().kind() != PeriodKind.MONTH)
                .toList();
    }

    private Optional<Double> consolidatedOf(Scope scope, ReportingPeriod period) {
        return consolidated(scope).stream().filter(c -> c.period().equals(period)).findFirst().map(c -> c.production().value().doubleValue());
    }

    /**
     * Company actual to date: from the consolidated figures if they suffice, else the sum of the mines'
     * actuals.
     */
    private Optional<Double> companyActual(Scope scope, int q) {
        Optional<Double> consolidated = toDate(scope.year(), q, 1, period -> consolidatedOf(scope, period));
        if (consolidated.isPresent()) {
            return consolidated;
        }
        List<Mine> mines = reportsInScope(scope).stream().map(ProductionReport::mine).distinct().toList();
        double total = 0;
        for (Mine mine : mines) {
            Optional<Double> minePart = mineActual(mine, scope.year(), scope.metal(), q);
            if (minePart.isEmpty()) {
                return Optional.empty();
            }
            total += minePart.get();
        }
        return mines.isEmpty() ? Optional.empty() : Optional.of(total);
    }

    /** {@link YearToDate}, over figures held as doubles. */
    private static Optional<Double> toDate(int year, int q, int firstQuarter, Function<ReportingPeriod, Optional<Double>> figure) {
        return YearToDate.of(year, q, firstQuarter, period -> figure.apply(period).map(BigDecimal::valueOf)).map(BigDecimal::doubleValue);
    }

    private Optional<Double> companyQuarter(Scope scope, int q) {
        Optional<Double> consolidated = consolidatedOf(scope, ReportingPeriod.quarter(scope.year(), q));
        if (consolidated.isPresent()) {
            return consolidated;
        }
        List<Double> parts = reportsInScope(scope).stream().filter(r -> r.period().equals(ReportingPeriod.quarter(scope.year(), q)))
                .map(r -> production(r, scope.metal()).orElseThrow()).toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of(parts.stream().mapToDouble(Double::doubleValue).sum());
    }

    /**
     * A mine's actual to date; quarters before the one its commercial production was declared in count
     * nothing (San Jose, declared in September 2011, produced nothing in the first half).
     */
    private Optional<Double> mineActual(Mine mine, int year, Metal metal, int q) {
        return toDate(year, q, mine.firstProducingQuarter(year), period -> report(mine, period).flatMap(r -> production(r, metal)));
    }

    private Optional<ProductionReport> mineQuarter(Mine mine, int year, Metal metal, int q) {
        return report(mine, ReportingPeriod.quarter(year, q)).filter(r -> production(r, metal).isPresent());
    }

    private Optional<ProductionReport> report(Mine mine, ReportingPeriod period) {
        return portfolio.reports().stream().filter(r -> r.mine().equals(mine) && r.period().equals(period)).findFirst();
    }

    private static Optional<Double> production(ProductionReport report, Metal metal) {
        return report.metal(metal).flatMap(MetalResult::production).map(f -> f.value().doubleValue());
    }

    /** What each mine in scope with figures for quarter q adds by the end of the year. */
    private List<Remainder> remainders(Scope scope, int q) {
        List<Mine> mines = scope.mine() != null ? List.of(scope.mine())
                : reportsInScope(scope).stream().map(ProductionReport::mine).distinct().toList();
        List<Remainder> remainders = new ArrayList<>();
        for (Mine mine : mines) {
            mineQuarter(mine, scope.year(), scope.metal(), q).map(r -> remainder(r, scope.metal(), q)).ifPresent(remainders::add);
        }
        return remainders;
    }

    private Remainder remainder(ProductionReport quarter, Metal metal, int q) {
        double last = production(quarter, metal).orElseThrow();
        String unit = metal.productionUnit().symbol();
        Mine mine = quarter.mine();
        int month = mine.monthOfCommercialProduction(quarter.period().endDate());
        Optional<Double> designTpd = DesignParameters.inForce(
                        portfolio.designs().stream().filter(d -> d.mine().equals(mine)).toList(), quarter.period().endDate())
                .flatMap(DesignParameters::throughput).map(BigDecimal::doubleValue);
        Optional<Double> tonnes = quarter.tonnesMilled().map(ReportedFigure::value).map(BigDecimal::doubleValue);
        Optional<Double> days = quarter.impliedOperatingDays().map(BigDecimal::doubleValue);
        boolean rampUp = month >= 1 && month <= thresholds.getRampUpMonths();
        if (rampUp && designTpd.isPresent() && tonnes.isPresent() && tonnes.get() > 0 && days.isPresent() && days.get() > 0) {
            long daysLeft = 0;
            for (int later = q + 1; later <= 4; later++) {
                daysLeft += ReportingPeriod.quarter(quarter.period().year(), later).calendarDays();
            }
            double dailyRate = last / days.get();
            double designCap = last / tonnes.get() * designTpd.get();
            double rate = Math.min(dailyRate, designCap);
            double amount = rate * daysLeft;
            return new Remainder(amount, new Sentence("projection.mine-ramp-up", mine.name(), month, rate, unit, last, days.get(), designCap,
                    designTpd.get(), daysLeft, amount));
        }
        double amount = last * (4 - q);
        return new Remainder(amount, new Sentence("projection.mine-run-rate", mine.name(), last, unit, 4 - q, amount));
    }
}
