package org.minewatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.production.SourceReference;

/**
 * A change judged in its scope gives what a full evaluation gives: on random portfolios of two companies (mines starting
 * and pausing at random, months and years to date among the quarters, consolidated figures that do and do not add up,
 * design versions, company and mine guidance), after random changes of every kind the portal makes (figures stored or
 * restated, a new mine, a new quarter, a consolidated figure, a design version, a guidance version), the findings the
 * scope settles, evaluated on its slice alone, are exactly those of a full evaluation after the change, and no finding the
 * scope does not settle differs from the full evaluation's before the change.
 */
class EvaluationScopeTest {

    private static final SourceReference SOURCE = new SourceReference("test", LocalDate.of(2021, 1, 1));
    private static final Thresholds THRESHOLDS = Thresholds.defaults();

    private final List<Mine> mines = new ArrayList<>();
    private final List<ProductionReport> reports = new ArrayList<>();
    private final List<ConsolidatedProduction> consolidated = new ArrayList<>();
    private final List<DesignParameters> designs = new ArrayList<>();
    private final List<Guidance> guidance = new ArrayList<>();
    private final List<Company> companies = new ArrayList<>();
    private long nextId = 1;
    private Random random;

    /**
     * A preview stores nothing: the consolidated figure it lays over the stored ones is told to the scope, which reads the
     * mines' reports of that period (the figure is compared with their sum) though the portfolio holds no consolidated figure
     * of it yet. The quarters after it, whose declines are measured against it, are read only where they have one.
     */
    @Test
    void a_consolidated_figure_told_and_not_stored_yet_has_the_mines_of_its_period_read() {
        Company company = new Company("Told Mining");
        ReportingPeriod quarter = ReportingPeriod.quarter(2021, 2);
        EvaluationScope told = EvaluationScope.builder().consolidatedFigure(company, quarter).build();
        assertThat(told.companyReads(company, Set.of(), Set.of()).periods()).containsExactly(quarter);
        assertThat(told.companyReads(company, Set.of(quarter.nextQuarter()), Set.of()).periods()).containsExactlyInAnyOrder(quarter, quarter.nextQuarter());
        assertThat(EvaluationScope.builder().build().companyReads(company, Set.of(quarter), Set.of()).periods()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void a_change_judged_in_its_scope_gives_what_a_full_evaluation_gives(int seed) {
        random = new Random(seed);
        LocalDate asOf = random.nextBoolean() ? LocalDate.of(2021, 8, 15) : LocalDate.of(2022, 3, 1);
        generate();
        int settledChecked = 0;
        for (int round = 0; round < 15; round++) {
            Map<String, String> before = findings(whole(), asOf);
            EvaluationScope scope = change();
            Portfolio after = whole();
            Map<String, String> full = findings(after, asOf);

            Map<Long, Mine> minesById = mines.stream().collect(Collectors.toMap(Mine::id, m -> m));
            Map<Long, Company> companiesById = companies.stream().collect(Collectors.toMap(Company::id, c -> c));
            Map<String, String> scoped = new TreeMap<>();
            for (Finding f : RuleHarness.RULES.evaluate(PortfolioFacts.of(scope.slice(after), THRESHOLDS, asOf))) {
                if (scope.settles(f, minesById, companiesById)) {
                    scoped.put(f.key(), f.getSeverity() + " " + f.getMessage());
                }
            }
            Map<String, String> fullSettled = new TreeMap<>();
            Map<String, String> fullOutside = new TreeMap<>();
            full.forEach((key, text) -> (settledKey(key, scope, minesById, companiesById) ? fullSettled : fullOutside).put(key, text));
            Map<String, String> beforeOutside = new TreeMap<>();
            before.forEach((key, text) -> {
                if (!settledKey(key, scope, minesById, companiesById)) {
                    beforeOutside.put(key, text);
                }
            });
            assertThat(differences(scoped, fullSettled)).as("round %d: the scope's findings against the full evaluation's", round).isEmpty();
            assertThat(differences(fullOutside, beforeOutside)).as("round %d: findings outside the scope, after the change against before it", round)
                    .isEmpty();
            settledChecked += scoped.size();
        }
        assertThat(settledChecked).as("findings settled by the scopes, over the rounds: the rules fired").isPositive();
    }

    // ---- the comparison's keys ----

    private static Map<String, String> findings(Portfolio portfolio, LocalDate asOf) {
        Map<String, String> byKey = new TreeMap<>();
        for (Finding f : RuleHarness.RULES.evaluate(PortfolioFacts.of(portfolio, THRESHOLDS, asOf))) {
            byKey.put(f.key(), f.getSeverity() + " " + f.getMessage());
        }
        return byKey;
    }

    /** Each key whose finding differs between the two, with both sides: what a failure shows. */
    private static List<String> differences(Map<String, String> actual, Map<String, String> expected) {
        Set<String> keys = new java.util.TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        return keys.stream().filter(k -> !java.util.Objects.equals(actual.get(k), expected.get(k)))
                .map(k -> k + ": " + actual.get(k) + " | expected " + expected.get(k)).toList();
    }

    /** Whether the finding of this key (rule|mine:id or company:id|period|metal) is one the scope settles. */
    private static boolean settledKey(String key, EvaluationScope scope, Map<Long, Mine> minesById, Map<Long, Company> companiesById) {
        String[] parts = key.split("\\|");
        String[] subject = parts[1].split(":");
        long id = Long.parseLong(subject[1]);
        Mine mine = subject[0].equals("mine") ? minesById.get(id) : null;
        Company company = mine != null ? mine.company() : companiesById.get(id);
        return scope.settles(parts[0], mine, company, ReportingPeriod.parse(parts[2]));
    }

    private Portfolio whole() {
        return new Portfolio(mines, reports, consolidated, designs, guidance);
    }

    // ---- a random portfolio ----

    private void generate() {
        for (String name : new String[] {"Alpha Mining", "Beta Resources"}) {
            Company company = stored(new Company(name));
            companies.add(company);
            int mineCount = 2 + random.nextInt(3);
            for (int m = 1; m <= mineCount; m++) {
                Mine mine = newMine(company, name.charAt(0) + " mine " + m);
                int first = random.nextInt(6);
                for (int q = first; q < 12; q++) {
                    if (random.nextInt(8) == 0) {
                        continue; // a quarter not published
                    }
                    ReportingPeriod quarter = ReportingPeriod.quarter(2019 + q / 4, q % 4 + 1);
                    figures(mine, quarter);
                    if (random.nextInt(10) == 0) {
                        figures(mine, ReportingPeriod.month(quarter.year(), quarter.number() * 3));
                    }
                    if (quarter.number() > 1 && random.nextInt(8) == 0) {
                        figures(mine, ReportingPeriod.yearToDate(quarter.year(), quarter.number()));
                    }
                }
            }
            for (int q = 0; q < 12; q++) {
                if (random.nextInt(3) == 0) {
                    consolidatedFigure(company, ReportingPeriod.quarter(2019 + q / 4, q % 4 + 1));
                }
            }
            for (int year = 2020; year <= 2021; year++) {
                if (random.nextBoolean()) {
                    guidanceVersion(company, null, year);
                }
            }
        }
    }

    private Mine newMine(Company company, String name) {
        Mine mine = stored(new Mine(company, name, "PE", EnumSet.of(Metal.AU, Metal.AG)));
        mines.add(mine);
        if (random.nextInt(4) == 0) {
            mine.declareCommercialProduction(LocalDate.of(2019 + random.nextInt(3), 1 + random.nextInt(12), 1));
        }
        designVersion(mine, LocalDate.of(2018, 1, 1));
        return mine;
    }

    private void figures(Mine mine, ReportingPeriod period) {
        ProductionReport report = reports.stream().filter(r -> r.mine().equals(mine) && r.period().equals(period)).findFirst().orElseGet(() -> {
            ProductionReport created = new ProductionReport(mine, period, SOURCE);
            reports.add(created);
            return created;
        });
        long days = period.calendarDays();
        double tpd = 800 + random.nextInt(600);
        report.record(Measure.TONNES_MILLED, null, figure(Math.round(tpd * days)));
        report.record(Measure.TPD, null, figure(Math.round(tpd)));
        double grade = 1 + random.nextInt(40) / 10.0;
        double recovery = 80 + random.nextInt(15);
        report.record(Measure.GRADE, Metal.AU, figure(grade));
        report.record(Measure.RECOVERY, Metal.AU, figure(recovery));
        double ounces = tpd * days * grade * recovery / 100 / 31.1034768 * (random.nextInt(6) == 0 ? 0.5 + random.nextDouble() : 1);
        report.record(Measure.PRODUCTION, Metal.AU, figure(Math.round(ounces)));
        report.record(Measure.PRODUCTION, Metal.AG, figure(Math.round(ounces * (2 + random.nextInt(5)))));
    }

    private void consolidatedFigure(Company company, ReportingPeriod period) {
        long sum = Math.round(reports.stream().filter(r -> r.mine().company().equals(company) && r.period().equals(period))
                .flatMap(r -> r.figure(Measure.PRODUCTION, Metal.AU).stream()).mapToDouble(f -> f.value().doubleValue()).sum());
        long value = random.nextInt(4) == 0 ? sum + 500 + random.nextInt(5000) : sum;
        consolidated.removeIf(c -> c.company().equals(company) && c.period().equals(period));
        consolidated.add(new ConsolidatedProduction(company, period, Metal.AU, figure(value), SOURCE));
    }

    private void designVersion(Mine mine, LocalDate from) {
        designs.add(new DesignParameters(mine, from, BigDecimal.valueOf(900 + random.nextInt(600)),
                Map.of(Metal.AU, BigDecimal.valueOf(85 + random.nextInt(10))), false, SOURCE));
    }

    private void guidanceVersion(Company company, Mine mine, int year) {
        long low = 20_000 + random.nextInt(80_000);
        LocalDate announced = LocalDate.of(year, 1, 15).plusDays(guidance.size());
        guidance.add(random.nextBoolean() ? Guidance.point(company, mine, year, Metal.AU, BigDecimal.valueOf(low), announced, SOURCE)
                : Guidance.range(company, mine, year, Metal.AU, BigDecimal.valueOf(low), BigDecimal.valueOf(low + 10_000), announced, SOURCE));
    }

    // ---- a random change, and its scope as the portal tells it ----

    private EvaluationScope change() {
        EvaluationScope.Builder scope = EvaluationScope.builder();
        int changes = 1 + random.nextInt(3);
        for (int i = 0; i < changes; i++) {
            Company company = companies.get(random.nextInt(companies.size()));
            List<Mine> ofCompany = mines.stream().filter(m -> m.company().equals(company)).toList();
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    // figures of a mine stored or restated: an existing quarter, a new one, a month or a year to date
                    Mine mine = random.nextInt(6) == 0 ? newMine(company, company.name().charAt(0) + " new mine " + nextId) : ofCompany.get(random.nextInt(ofCompany.size()));
                    int q = random.nextInt(14);
                    ReportingPeriod quarter = ReportingPeriod.quarter(2019 + q / 4, q % 4 + 1);
                    ReportingPeriod period = switch (random.nextInt(5)) {
                        case 0 -> ReportingPeriod.month(quarter.year(), quarter.number() * 3 - random.nextInt(3));
                        case 1 -> ReportingPeriod.yearToDate(quarter.year(), Math.max(2, quarter.number()));
                        default -> quarter;
                    };
                    var publishedBefore = published(company);
                    figures(mine, period);
                    scope.mineFigures(mine, period);
                    if (!publishedBefore.equals(published(company))) {
                        scope.publishedQuartersChanged(mines.stream().filter(m -> m.company().equals(company)).toList());
                    }
                }
                case 2 -> {
                    int q = random.nextInt(13);
                    ReportingPeriod period = random.nextInt(5) == 0 ? ReportingPeriod.fullYear(2019 + q / 4) : ReportingPeriod.quarter(2019 + q / 4, q % 4 + 1);
                    consolidatedFigure(company, period);
                    scope.consolidatedFigure(company, period);
                }
                case 3 -> {
                    Mine mine = ofCompany.get(random.nextInt(ofCompany.size()));
                    designVersion(mine, LocalDate.of(2019 + random.nextInt(3), 1 + random.nextInt(12), 1));
                    scope.design(mine);
                }
                default -> {
                    int year = 2020 + random.nextInt(2);
                    Mine mine = random.nextInt(3) == 0 ? ofCompany.get(random.nextInt(ofCompany.size())) : null;
                    guidanceVersion(company, mine, year);
                    scope.guidance(company, year);
                }
            }
        }
        return scope.build();
    }

    private java.util.NavigableSet<ReportingPeriod> published(Company company) {
        return Portfolio.quartersPublished(reports.stream().filter(r -> r.mine().company().equals(company)).map(ProductionReport::period).toList());
    }

    private static ReportedFigure figure(double value) {
        return ReportedFigure.printed(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    /** An entity as the database hands it out: with its id, which findings name it by. */
    private <T> T stored(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, nextId++);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
