package org.minewatch.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.ProductionReport;

/**
 * The findings a change can alter, and the part of the portfolio that decides them (issue 14: a quarter of one mine
 * imported into a portfolio of hundreds is judged without reading the whole of it). What each rule reads, and so what a
 * change reaches:
 * <ul>
 * <li>a mine's findings but guidance (integrity, recovery, grade, throughput, declines, its own years to date, its quarters
 * owed) read that mine's reports and design versions alone, and for the quarters owed the quarters its company published;</li>
 * <li>a company's findings but guidance (the consolidated figure against the sum of the mines, its declines) read the
 * company's consolidated figures and, for the sum, its mines' reports of the same period; a consolidated quarter's decline
 * reads the quarter before and the same quarter a year before;</li>
 * <li>a guidance finding (the company's or one mine's) reads the company's guidance, reports and consolidated figures of its
 * own year, and its mines' design versions.</li>
 * </ul>
 * Thresholds and the evaluation's date reach every finding: a change of either is judged by a full evaluation.
 * {@link #settles} says which findings a scope decides; {@link #slice} what part of the portfolio decides them, which a
 * loader reads from the database instead (the same reports, figures and versions, and each company's published quarters).
 * {@code EvaluationScopeTest} proves on random portfolios and changes that the findings a scope settles are those of a full
 * evaluation and that no finding outside it changed.
 */
public final class EvaluationScope {

    /** The rules that judge a company's mines together (guidance), whichever mine a finding names. */
    public static final Set<String> GUIDANCE_RULES = Set.of(Findings.GUIDANCE_AT_RISK, Findings.GUIDANCE_LIKELY_MISS,
            Findings.GUIDANCE_MISSED, Findings.GUIDANCE_BEATEN, Findings.GUIDANCE_NOT_REPORTED);

    /** Every finding of these mines, but guidance. */
    private final Set<Mine> mines;
    /** A company's findings of its own (no mine's), but guidance, of these periods. */
    private final Map<Company, Set<ReportingPeriod>> companyPeriods;
    /** Guidance findings, the company's and its mines', of these years. */
    private final Map<Company, Set<Integer>> guidanceYears;
    /** Guidance findings of every year (a design version changed: it caps the projection of any year). */
    private final Set<Company> everyGuidanceYear;
    /** The quarters a company published, where the change already knows them (an import): what a loader need not read again. */
    private final Map<Company, NavigableSet<ReportingPeriod>> publishedQuarters;
    /** The periods the change gives a consolidated figure, stored yet or not (a preview stores nothing). */
    private final Map<Company, Set<ReportingPeriod>> consolidatedPeriods;

    private EvaluationScope(Builder builder) {
        this.mines = Set.copyOf(builder.mines);
        Map<Company, Set<ReportingPeriod>> periods = new HashMap<>();
        builder.companyPeriods.forEach((c, p) -> periods.put(c, Set.copyOf(p)));
        this.companyPeriods = Map.copyOf(periods);
        Map<Company, Set<Integer>> years = new HashMap<>();
        builder.guidanceYears.forEach((c, y) -> years.put(c, Set.copyOf(y)));
        this.guidanceYears = Map.copyOf(years);
        this.everyGuidanceYear = Set.copyOf(builder.everyGuidanceYear);
        this.publishedQuarters = Map.copyOf(builder.publishedQuarters);
        Map<Company, Set<ReportingPeriod>> consolidated = new HashMap<>();
        builder.consolidatedPeriods.forEach((c, p) -> consolidated.put(c, Set.copyOf(p)));
        this.consolidatedPeriods = Map.copyOf(consolidated);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The companies the scope reaches. */
    public Set<Company> companies() {
        Set<Company> companies = new HashSet<>();
        mines.forEach(m -> companies.add(m.company()));
        companies.addAll(companyPeriods.keySet());
        companies.addAll(guidanceYears.keySet());
        companies.addAll(everyGuidanceYear);
        return companies;
    }

    /** The mines whose findings (but guidance) the scope settles, all their reports read. */
    public Set<Mine> mines() {
        return mines;
    }

    /** The periods of a company's own findings (but guidance) the scope settles: its mines' reports of these periods are read. */
    public Set<ReportingPeriod> companyPeriods(Company company) {
        return companyPeriods.getOrDefault(company, Set.of());
    }

    /** The quarters the company published, when the change that built the scope told them (else read them). */
    public Optional<NavigableSet<ReportingPeriod>> publishedQuarters(Company company) {
        return Optional.ofNullable(publishedQuarters.get(company));
    }

    /** Whether a year's guidance findings of the company are settled: its reports, figures and guidance of that year are read. */
    public boolean settlesGuidance(Company company, int year) {
        return everyGuidanceYear.contains(company) || guidanceYears.getOrDefault(company, Set.of()).contains(year);
    }

    /** Whether the scope decides the finding (or alert) of this rule, mine (null for the company's own), company and period. */
    public boolean settles(String rule, Mine mine, Company company, ReportingPeriod period) {
        if (GUIDANCE_RULES.contains(rule)) {
            return settlesGuidance(company, period.year());
        }
        return mine != null ? mines.contains(mine) : companyPeriods(company).contains(period);
    }

    /** Whether the scope decides the finding; mines and companies given by id, as a finding names them. */
    public boolean settles(Finding finding, Map<Long, Mine> minesById, Map<Long, Company> companiesById) {
        Company company = companiesById.get(finding.getCompanyId());
        Mine mine = finding.getMineId() == null ? null : minesById.get(finding.getMineId());
        if (company == null || finding.getMineId() != null && mine == null) {
            return false; // of a company or mine the slice holds for no finding of its own
        }
        return settles(finding.getRule(), mine, company, ReportingPeriod.parse(finding.getPeriod()));
    }

    /**
     * What the scope reads of a company's reports beyond its mines' (every mine's): the periods settled that have a
     * consolidated figure, which is compared with the sum of the mines (a period without one has no finding of the
     * company), and, but months, the years settled that have guidance. The whole slice and the portal's loader read the same.
     */
    public CompanyReads companyReads(Company company, Set<ReportingPeriod> consolidatedPeriods, Set<Integer> yearsWithGuidance) {
        Set<ReportingPeriod> periods = new HashSet<>(companyPeriods(company));
        // (a period the change gives a consolidated figure has one, whether the figure is stored yet or only previewed)
        Set<ReportingPeriod> withFigure = new HashSet<>(consolidatedPeriods);
        withFigure.addAll(this.consolidatedPeriods.getOrDefault(company, Set.of()));
        periods.retainAll(withFigure);
        Set<Integer> years = new HashSet<>();
        yearsWithGuidance.stream().filter(y -> settlesGuidance(company, y)).forEach(years::add);
        return new CompanyReads(Set.copyOf(periods), Set.copyOf(years));
    }

    /** A company's reports read for its own findings and its guidance: of these periods, and (but months) of these years. */
    public record CompanyReads(Set<ReportingPeriod> periods, Set<Integer> years) {

        /** The years whose reports hold all those read: a loader's query. */
        public Set<Integer> yearsToQuery() {
            Set<Integer> all = new HashSet<>(years);
            periods.forEach(p -> all.add(p.year()));
            return all;
        }

        public boolean reads(ProductionReport report) {
            return periods.contains(report.period()) || report.period().kind() != PeriodKind.MONTH && years.contains(report.period().year());
        }
    }

    /**
     * The part of the whole portfolio that decides what the scope settles: of the companies it reaches, every mine and design
     * version, every consolidated figure, the guidance versions of the years settled; every report of the mines in scope, and
     * the company's other reports of {@link #companyReads}; and each company's published quarters
     * (from all its reports). The portal's loader reads the same from the database.
     */
    public Portfolio slice(Portfolio whole) {
        Set<Company> companies = companies();
        Map<Company, CompanyReads> reads = new HashMap<>();
        for (Company company : companies) {
            reads.put(company, companyReads(company,
                    whole.consolidated().stream().filter(c -> c.company().equals(company)).map(ConsolidatedProduction::period).collect(Collectors.toSet()),
                    whole.guidance().stream().filter(g -> g.company().equals(company)).map(Guidance::year).collect(Collectors.toSet())));
        }
        List<Mine> sliceMines = whole.mines().stream().filter(m -> companies.contains(m.company())).toList();
        List<ProductionReport> reports = whole.reports().stream()
                .filter(r -> mines.contains(r.mine()) || companies.contains(r.mine().company()) && reads.get(r.mine().company()).reads(r)).toList();
        List<ConsolidatedProduction> consolidated = whole.consolidated().stream().filter(c -> companies.contains(c.company())).toList();
        List<DesignParameters> designs = whole.designs().stream().filter(d -> companies.contains(d.mine().company())).toList();
        List<Guidance> guidance = whole.guidance().stream().filter(g -> settlesGuidance(g.company(), g.year())).toList();
        Map<Company, List<ReportingPeriod>> periods = new HashMap<>();
        for (ProductionReport report : whole.reports()) {
            if (companies.contains(report.mine().company())) {
                periods.computeIfAbsent(report.mine().company(), c -> new ArrayList<>()).add(report.period());
            }
        }
        Map<Company, NavigableSet<ReportingPeriod>> published = new HashMap<>();
        companies.forEach(c -> published.put(c, Portfolio.quartersPublished(periods.getOrDefault(c, List.of()))));
        return new Portfolio(sliceMines, reports, consolidated, designs, guidance, published);
    }

    /** What changed, told one change at a time; each widens the scope to what that change can reach. */
    public static final class Builder {

        private final Set<Mine> mines = new HashSet<>();
        private final Map<Company, Set<ReportingPeriod>> companyPeriods = new HashMap<>();
        private final Map<Company, Set<Integer>> guidanceYears = new HashMap<>();
        private final Set<Company> everyGuidanceYear = new HashSet<>();
        private final Map<Company, NavigableSet<ReportingPeriod>> publishedQuarters = new HashMap<>();
        private final Map<Company, Set<ReportingPeriod>> consolidatedPeriods = new HashMap<>();

        private Builder() {
        }

        /** The quarters the company published once the change is made, as the change knows them (a loader need not read them). */
        public Builder publishedQuarters(Company company, NavigableSet<ReportingPeriod> quarters) {
            publishedQuarters.put(company, new java.util.TreeSet<>(quarters));
            return this;
        }

        /** A figure of a mine's report of this period stored, restated or removed (a new mine's too). */
        public Builder mineFigures(Mine mine, ReportingPeriod period) {
            mines.add(mine);
            // the consolidated figure of that period is compared with the sum of the mines; the year's guidance reads it
            companyPeriods.computeIfAbsent(mine.company(), c -> new HashSet<>()).add(period);
            guidanceYears.computeIfAbsent(mine.company(), c -> new HashSet<>()).add(period.year());
            return this;
        }

        /** A consolidated figure of the company stored or restated. */
        public Builder consolidatedFigure(Company company, ReportingPeriod period) {
            consolidatedPeriods.computeIfAbsent(company, c -> new HashSet<>()).add(period);
            Set<ReportingPeriod> periods = companyPeriods.computeIfAbsent(company, c -> new HashSet<>());
            periods.add(period);
            if (period.kind() == PeriodKind.QUARTER) {
                // the quarters whose declines are measured against it
                periods.add(period.nextQuarter());
                periods.add(ReportingPeriod.quarter(period.year() + 1, period.number()));
            }
            guidanceYears.computeIfAbsent(company, c -> new HashSet<>()).add(period.year());
            return this;
        }

        /** A design version of the mine added, or its commercial production declared: any year's projection may read it. */
        public Builder design(Mine mine) {
            mines.add(mine);
            everyGuidanceYear.add(mine.company());
            return this;
        }

        /** A guidance version of the company (or one of its mines) for the year stored. */
        public Builder guidance(Company company, int year) {
            guidanceYears.computeIfAbsent(company, c -> new HashSet<>()).add(year);
            return this;
        }

        /**
         * The quarters the company published changed (a first figure of a quarter, or one removed): every mine of the company
         * may owe a quarter more or fewer.
         */
        public Builder publishedQuartersChanged(Collection<Mine> minesOfCompany) {
            mines.addAll(minesOfCompany);
            return this;
        }

        public EvaluationScope build() {
            return new EvaluationScope(this);
        }
    }
}
