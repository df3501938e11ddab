package org.minewatch.rules;

import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.ProductionReport;

/**
 * Everything the rules judge, as the domain holds it: mines, their reports, consolidated figures, design and guidance versions.
 * {@code publishedQuarters} gives, for the companies it names, every quarter the company published a figure of (which the
 * quarters a mine owes are counted from) when the reports given are a part of the company's (an {@link EvaluationScope}'s
 * slice); a company it does not name has its quarters read from the reports.
 */
public record Portfolio(List<Mine> mines, List<ProductionReport> reports, List<ConsolidatedProduction> consolidated,
                        List<DesignParameters> designs, List<Guidance> guidance, Map<Company, NavigableSet<ReportingPeriod>> publishedQuarters) {

    public Portfolio {
        mines = List.copyOf(mines);
        reports = List.copyOf(reports);
        consolidated = List.copyOf(consolidated);
        designs = List.copyOf(designs);
        guidance = List.copyOf(guidance);
        publishedQuarters = Map.copyOf(publishedQuarters);
    }

    /** The whole of what is stored: every company's quarters read from its reports. */
    public Portfolio(List<Mine> mines, List<ProductionReport> reports, List<ConsolidatedProduction> consolidated,
                     List<DesignParameters> designs, List<Guidance> guidance) {
        this(mines, reports, consolidated, designs, guidance, Map.of());
    }

    /**
     * The quarters a company published figures of, as the quarters owed are counted: each report's quarter, or the last
     * quarter of its year to date or year; months are not counted (a company that reports months reports quarters too).
     */
    public static NavigableSet<ReportingPeriod> quartersPublished(List<ReportingPeriod> periodsOfReports) {
        NavigableSet<ReportingPeriod> quarters = new TreeSet<>();
        for (ReportingPeriod period : periodsOfReports) {
            if (period.kind() != PeriodKind.MONTH) {
                quarters.add(period.lastQuarter());
            }
        }
        return quarters;
    }
}
