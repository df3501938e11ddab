package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
}
