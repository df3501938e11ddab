package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.company.CompanyRepository;
import org.minewatch.domain.model.design.DesignParametersRepository;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceRepository;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.mine.MineRepository;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ProductionRepository;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.rules.EvaluationScope;
import org.minewatch.rules.Portfolio;

/** Reads everything the rules judge from the repositories, in one place. Call inside a transaction. */
@ApplicationScoped
public class PortfolioLoader {

    @Inject
    private CompanyRepository companies;

    @Inject
    private MineRepository mines;

    @Inject
    private ProductionRepository production;

    @Inject
    private DesignParametersRepository designs;

    @Inject
    private GuidanceRepository guidance;

    public Portfolio all() {
        return upTo(period -> true);
    }

    /** Figures of periods the filter accepts only (guidance and design versions all). */
    public Portfolio upTo(Predicate<ReportingPeriod> periods) {
        List<Mine> allMines = mines.findAll();
        List<ProductionReport> reports = production.findReports(allMines, null).stream().filter(r -> periods.test(r.period())).toList();
        List<ConsolidatedProduction> consolidated = new ArrayList<>();
        List<Guidance> versions = new ArrayList<>();
        for (Company company : companies.findAll()) {
            production.findConsolidated(company, null).stream().filter(c -> periods.test(c.period())).forEach(consolidated::add);
            versions.addAll(guidance.findAll(company));
        }
        return new Portfolio(allMines, reports, consolidated, designs.findAll(), versions);
    }

    /**
     * What one year's guidance is judged on: the year's figures of periods the filter accepts and the year's
     * guidance versions, with every mine and design version (ramp-up and design caps). A guidance reads nothing
     * of another year, so its facts built from this are those built from {@link #upTo} with the same filter.
     */
    public Portfolio ofYear(int year, Predicate<ReportingPeriod> periods) {
        List<ProductionReport> reports = production.findReportsOfYear(year).stream().filter(r -> periods.test(r.period())).toList();
        List<ConsolidatedProduction> consolidated = new ArrayList<>();
        List<Guidance> versions = new ArrayList<>();
        for (Company company : companies.findAll()) {
            production.findConsolidated(company, null).stream().filter(c -> c.period().year() == year && periods.test(c.period()))
                    .forEach(consolidated::add);
            versions.addAll(guidance.findByYear(company, year));
        }
        return new Portfolio(mines.findAll(), reports, consolidated, designs.findAll(), versions);
    }

    /**
     * What decides the findings a change settles ({@link EvaluationScope#slice}, read from the database): of the companies
     * the scope reaches, every mine, design version and consolidated figure, the guidance versions of the years it settles,
     * every report of its mines and the company's other reports of the periods and years it reads, and each company's
     * published quarters. A quarter of one mine imported into a portfolio of hundreds reads that mine's reports.
     */
    public Portfolio slice(EvaluationScope scope) {
        Set<Company> reached = scope.companies();
        List<Mine> sliceMines = mines.findAll().stream().filter(m -> reached.contains(m.company())).toList();
        // a report read twice (a mine in scope, and a period read for its company) is kept once
        Set<ProductionReport> reports = Collections.newSetFromMap(new IdentityHashMap<>());
        // (a mine a preview would create is in its scope, with no report stored yet)
        reports.addAll(production.findReports(scope.mines().stream().filter(m -> m.id() != null).toList(), null));
        List<ConsolidatedProduction> consolidated = new ArrayList<>();
        List<Guidance> versions = new ArrayList<>();
        Map<Company, NavigableSet<ReportingPeriod>> published = new HashMap<>();
        for (Company company : companies.findAll()) {
            if (!reached.contains(company)) {
                continue;
            }
            List<ConsolidatedProduction> ofCompany = production.findConsolidated(company, null);
            consolidated.addAll(ofCompany);
            List<Guidance> guidanceOfCompany = guidance.findAll(company);
            guidanceOfCompany.stream().filter(g -> scope.settlesGuidance(company, g.year())).forEach(versions::add);
            EvaluationScope.CompanyReads reads = scope.companyReads(company, ofCompany.stream().map(ConsolidatedProduction::period).collect(Collectors.toSet()),
                    guidanceOfCompany.stream().map(Guidance::year).collect(Collectors.toSet()));
            production.findReportsOfCompany(company, reads.yearsToQuery()).stream().filter(reads::reads).forEach(reports::add);
            published.put(company, scope.publishedQuarters(company).orElseGet(() -> Portfolio.quartersPublished(production.periodsReported(company))));
        }
        List<DesignParameters> sliceDesigns = designs.findAll().stream().filter(d -> reached.contains(d.mine().company())).toList();
        return new Portfolio(sliceMines, reports.stream().sorted(ProductionReport.BY_MINE_AND_PERIOD).toList(), consolidated,
                sliceDesigns, versions, published);
    }
}
