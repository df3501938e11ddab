package org.minewatch.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metallurgy.Consolidation;
import org.minewatch.domain.model.metallurgy.ProductionInterval;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.MetalResult;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.rules.fact.ConsolidatedFact;
import org.minewatch.rules.fact.DesignFact;
import org.minewatch.rules.fact.DesignRecoveryFact;
import org.minewatch.rules.fact.ExpectedReportFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.OreProcessedFact;
import org.minewatch.rules.fact.Subject;

/**
 * Turns a {@link Portfolio} into the facts the rules read, as of a date: figures with their rounding
 * intervals, the design parameters in force each quarter with the ramp-up month, the quarters owed, and
 * the guidance in force with its projection ({@link GuidanceProjection}). The arithmetic stays in the
 * domain; the rules only compare.
 */
public final class PortfolioFacts {

    private final Portfolio portfolio;
    private final Thresholds thresholds;
    private final LocalDate asOf;
    private final Map<Object, Long> ids = new IdentityHashMap<>();
    private long syntheticId = -1;

    private PortfolioFacts(Portfolio portfolio, Thresholds thresholds, LocalDate asOf) {
        this.portfolio = portfolio;
        this.thresholds = thresholds;
        this.asOf = asOf;
    }

    /** Every fact of the portfolio, with the thresholds, as of the given date. */
    public static List<Object> of(Portfolio portfolio, Thresholds thresholds, LocalDate asOf) {
        return new PortfolioFacts(portfolio, thresholds, asOf).build();
    }

    /**
     * Only the facts the guidance rules read: the thresholds and the guidance in force with its projection. A
     * guidance fact reads its own year's figures only, and no other rule reads guidance facts nor fires on the
     * thresholds alone, so a portfolio cut to one year gives that year's guidance verdicts exactly as {@link #of}
     * and a full evaluation do, for a fraction of the work.
     */
    public static List<Object> guidance(Portfolio portfolio, Thresholds thresholds, LocalDate asOf) {
        PortfolioFacts facts = new PortfolioFacts(portfolio, thresholds, asOf);
        List<Object> result = new ArrayList<>();
        result.add(thresholds);
        result.addAll(new GuidanceProjection(facts, portfolio, thresholds, asOf).facts());
        return result;
    }

    /** An entity's database id, or a stable negative stand-in for one not stored yet (tests, previews). */
    long id(Object entity, Long databaseId) {
        if (databaseId != null) {
            return databaseId;
        }
        return ids.computeIfAbsent(entity, e -> syntheticId--);
    }

    long mineId(Mine mine) {
        return id(mine, mine.id());
    }

    long companyId(Company company) {
        return id(company, company.id());
    }

    Subject subject(Mine mine, Company company, ReportingPeriod period) {
        return Subject.of(mine == null ? null : mineId(mine), mine == null ? null : mine.name(), companyId(company), company.name(), period);
    }

    private List<Object> build() {
        List<Object> facts = new ArrayList<>();
        facts.add(thresholds);
        for (ProductionReport report : portfolio.reports()) {
            addReport(report, facts);
        }
        for (ConsolidatedProduction consolidated : portfolio.consolidated()) {
            addConsolidated(consolidated, facts);
        }
        for (Mine mine : portfolio.mines()) {
            addDesign(mine, facts);
        }
        addExpectedReports(facts);
        facts.addAll(new GuidanceProjection(this, portfolio, thresholds, asOf).facts());
        return facts;
    }

    private static Double value(Optional<ReportedFigure> figure) {
        return figure.map(f -> f.value().doubleValue()).orElse(null);
    }

    private void addReport(ProductionReport report, List<Object> facts) {
        Subject subject = subject(report.mine(), report.mine().company(), report.period());
        if (report.tonnesMilled().isPresent() || report.averageTpd().isPresent()) {
            facts.add(new OreProcessedFact(subject, value(report.tonnesMilled()),
                    report.tonnesMilled().map(f -> f.roundingHalfWidth().doubleValue()).orElse(0.0), value(report.averageTpd())));
        }
        for (MetalResult line : report.metals()) {
            Metal metal = line.metal();
            Optional<ProductionInterval> interval = report.productionInterval(metal);
            facts.add(new MetalResultFact(subject, metal.name(), metal.gradeUnit().symbol(), metal.productionUnit().symbol(),
                    value(report.tonnesMilled()), value(line.grade()), value(line.recovery()), value(line.production()),
                    line.production().map(f -> f.roundingHalfWidth().doubleValue()).orElse(0.0),
                    interval.map(i -> i.computed().doubleValue()).orElse(null),
                    interval.map(i -> i.lowest().doubleValue()).orElse(null),
                    interval.map(i -> i.highest().doubleValue()).orElse(null)));
        }
    }

    /** Each design version of a mine, in force until the next one takes effect. */
    private void addDesign(Mine mine, List<Object> facts) {
        List<DesignParameters> versions = portfolio.designs().stream().filter(d -> d.mine().equals(mine))
                .sorted(Comparator.comparing(DesignParameters::effectiveFrom)).toList();
        for (int i = 0; i < versions.size(); i++) {
            DesignParameters design = versions.get(i);
            LocalDate until = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom() : null;
            facts.add(new DesignFact(mineId(mine), mine.name(), design.effectiveFrom(), until, design.throughput().map(BigDecimal::doubleValue).orElse(null),
                    design.isIllustrative(), mine.commercialProductionStart().orElse(null)));
            design.recoveries().forEach((metal, recovery) -> facts.add(new DesignRecoveryFact(mineId(mine), metal.name(), recovery.doubleValue(),
                    design.isIllustrative(), design.effectiveFrom(), until)));
        }
    }

    private void addConsolidated(ConsolidatedProduction consolidated, List<Object> facts) {
        Company company = consolidated.company();
        List<ProductionReport> mineReports = portfolio.reports().stream()
                .filter(r -> r.mine().company().equals(company) && r.period().equals(consolidated.period())).toList();
        Optional<ReportedFigure> sum = Consolidation.sumOfMines(mineReports, consolidated.metal());
        double allowed = consolidated.production().roundingHalfWidth().add(sum.map(ReportedFigure::roundingHalfWidth).orElse(BigDecimal.ZERO))
                .doubleValue();
        facts.add(new ConsolidatedFact(subject(null, company, consolidated.period()), consolidated.metal().name(),
                consolidated.metal().productionUnit().symbol(), consolidated.production().value().doubleValue(),
                sum.map(f -> f.value().doubleValue()).orElse(null), allowed));
    }

    /**
     * The quarters each mine owes: those after its first report in which its company reported figures of
     * another mine, and the quarter after its company's latest, once their due dates (quarter end plus the
     * reporting lag) have passed by the evaluation date.
     */
    private void addExpectedReports(List<Object> facts) {
        Map<Company, List<ReportingPeriod>> periodsOfCompany = new HashMap<>();
        Map<Mine, ReportingPeriod> firstOfMine = new HashMap<>();
        for (ProductionReport report : portfolio.reports()) {
            periodsOfCompany.computeIfAbsent(report.mine().company(), c -> new ArrayList<>()).add(report.period());
            if (report.period().kind() != PeriodKind.MONTH) {
                firstOfMine.merge(report.mine(), report.period().lastQuarter(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        Map<Company, NavigableSet<ReportingPeriod>> quartersOfCompany = new HashMap<>();
        periodsOfCompany.forEach((company, periods) -> quartersOfCompany.put(company, Portfolio.quartersPublished(periods)));
        // a slice of the portfolio holds part of a company's reports: its quarters come with it
        quartersOfCompany.putAll(portfolio.publishedQuarters());
        int lag = thresholds.getReportingLagDays();
        for (Map.Entry<Mine, ReportingPeriod> first : firstOfMine.entrySet()) {
            Mine mine = first.getKey();
            NavigableSet<ReportingPeriod> published = quartersOfCompany.get(mine.company());
            List<ReportingPeriod> owed = new ArrayList<>(published.tailSet(first.getValue(), true));
            owed.add(published.last().nextQuarter());
            for (ReportingPeriod quarter : owed) {
                LocalDate dueBy = quarter.endDate().plusDays(lag);
                if (dueBy.isBefore(asOf)) {
                    facts.add(new ExpectedReportFact(subject(mine, mine.company(), quarter), dueBy));
                }
            }
        }
    }
}
