package org.minewatch.domain.model.production;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.ReportingPeriod;

public interface ProductionRepository {

    Optional<ProductionReport> find(Mine mine, ReportingPeriod period);

    /** Reports of the given mines, of one period or (period null) of all, ordered by mine and period. */
    List<ProductionReport> findReports(Collection<Mine> mines, ReportingPeriod period);

    /** Reports of every mine for the periods of one year (quarters, months, year to date), ordered by mine and period. */
    List<ProductionReport> findReportsOfYear(int year);

    /** Reports of every mine of a company for the periods of the given years (quarters, months, year to date), ordered by mine and period. */
    List<ProductionReport> findReportsOfCompany(Company company, Collection<Integer> years);

    /** The period of each report of the company's mines, each once. */
    List<ReportingPeriod> periodsReported(Company company);

    /** Consolidated figures of a company, of one period or (period null) of all. */
    List<ConsolidatedProduction> findConsolidated(Company company, ReportingPeriod period);

    void store(ProductionReport report);

    void store(ConsolidatedProduction consolidated);
}
