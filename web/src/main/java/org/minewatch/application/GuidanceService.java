package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.company.CompanyRepository;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceRepository;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.MetalResult;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ProductionRepository;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.production.YearToDate;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.infrastructure.persistence.jpa.EvaluationLock;
import org.minewatch.rules.AnomalyRules;
import org.minewatch.rules.Finding;
import org.minewatch.rules.Findings;
import org.minewatch.rules.PortfolioFacts;
import org.minewatch.rules.fact.GuidanceFact;

/**
 * Guidance compliance for a year as of a quarter: the figures known up to that quarter's end against the
 * guidance in force today, with the rules' verdict (ON_TRACK when no guidance rule fires). What it derives from the
 * stored data is kept until the data changes, so that a page read by many does not judge the same year each time.
 */
@ApplicationScoped
@Transactional
public class GuidanceService {

    /** Where a guidance stands; NOT_REPORTED when its metal is missing from a quarter the company published. */
    public enum Status { ON_TRACK, AT_RISK, LIKELY_MISS, MISSED, BEATEN, NOT_REPORTED }

    /** One guidance (company or mine, one metal) and where it stands, with the rules' sentence when one fired. */
    public record Compliance(GuidanceFact figures, Status status, Sentence verdict) {

        /** The verdict in English, as the API gives it. */
        public String message() {
            return verdict == null ? null : verdict.toString();
        }
    }

    /**
     * A mine's share of its company's production of a metal over the year to date, with its open alerts:
     * which mine carries the company and which one drags. The share is of the sum of the mines' own
     * figures, so that the shares of a company's mines add up to one. The year to date reaches the end of
     * {@code throughQuarter}, the mine's latest quarter with the metal up to the "as of" quarter; toDate and
     * share are null when a quarter before it is missing.
     */
    public record MineContribution(Mine mine, Metal metal, BigDecimal toDate, int throughQuarter, BigDecimal share, long openCritical, long open) {

        /** The same, with its mine's open alerts: severity to count. */
        MineContribution withOpenAlerts(Map<String, Long> counts) {
            return new MineContribution(mine, metal, toDate, throughQuarter, share, counts.getOrDefault("CRITICAL", 0L),
                    counts.values().stream().mapToLong(Long::longValue).sum());
        }
    }

    /** The status each guidance rule's finding gives; ON_TRACK when none fired. */
    public static final Map<String, Status> STATUS_OF_RULE = Map.of(
            Findings.GUIDANCE_AT_RISK, Status.AT_RISK, Findings.GUIDANCE_LIKELY_MISS, Status.LIKELY_MISS,
            Findings.GUIDANCE_MISSED, Status.MISSED, Findings.GUIDANCE_BEATEN, Status.BEATEN, Findings.GUIDANCE_NOT_REPORTED, Status.NOT_REPORTED);

    @Inject
    private PortfolioLoader portfolios;

    @Inject
    private ThresholdService thresholds;

    @Inject
    private AnomalyRules rules;

    @Inject
    private CurrentCaller caller;

    @Inject
    private CompanyRepository companies;

    @Inject
    private GuidanceRepository guidance;

    @Inject
    private ProductionService production;

    @Inject
    private ProductionRepository reports;

    @Inject
    private AlertService alerts;

    @Inject
    private EvaluationLock lock;

    /** What was asked: a year, a quarter (null for the latest figures) and, for guidance in force, the day. */
    private record Asked(int year, ReportingPeriod asOf, LocalDate today) {
    }

    /** A mine's year to date of a metal, through its latest quarter with it; null when a quarter before is missing. */
    private record ToDate(long mineId, String company, Metal metal, BigDecimal value, int through) {
    }

    /** A ranking asked for: year and as-of, the ids of the mines the caller may see (null: every mine), the order. */
    private record Ranked(Asked asked, Set<Long> visibleMines, List<MineRanking.Order> order) {
    }

    // a few years and quarters are looked at; the bound only keeps addresses typed by hand from piling up
    private final VersionedCache<Asked, List<Compliance>> verdicts = new VersionedCache<>(64);
    private final VersionedCache<Asked, List<ToDate>> yearsToDate = new VersionedCache<>(64);
    /** The one key of {@link #guidanceYears}: the years are every company's, whoever asks. */
    private static final String EVERY_COMPANY = "every company";
    private final VersionedCache<String, List<Integer>> guidanceYears = new VersionedCache<>(1);
    // per year and as-of, a kept ranking for each sort of the page (13 orders) and each set of mines managers see
    private final VersionedCache<Ranked, List<MineContribution>> rankings = new VersionedCache<>(512);

    /**
     * The years that have guidance, newest first: the years an executive can review. Kept per data version, as the page
     * asks for them each time it opens: guidance and companies change only by imports and administration, which raise it.
     */
    public List<Integer> years() {
        return guidanceYears.get(EVERY_COMPANY, lock.dataVersion(), () -> {
            TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
            companies.findAll().forEach(c -> guidance.findAll(c).stream().map(Guidance::year).forEach(years::add));
            return List.copyOf(years);
        });
    }

    /**
     * How many rows the ranking of the visible mines' production of each metal in the year up to the given quarter
     * has ({@link #contributions}).
     */
    public int contributionCount(int year, ReportingPeriod asOf) {
        return ranked(year, asOf, List.of()).size();
    }

    /**
     * One page of the visible mines' production of each metal in the year up to the given quarter (all of the year's
     * quarters when null), with their open alerts: from the first-th row (from 0), at most max, in the order given,
     * then in the ranking's own ({@link MineRanking}). The year to date is read as the guidance reads it
     * ({@link YearToDate}): a nine months' figure stands for the quarters it holds; a mine whose year cannot be pieced
     * together (a quarter missing) is listed without a year to date or share, last, rather than ranked on part of its
     * year.
     *
     * <p>The rows, built and put in order, are kept per data version ({@link VersionedCache}), for each year, as-of,
     * set of visible mines and order: the page's count and its page, and every reader after them until the data
     * changes, cut one kept list, where each request used to read every mine, build the 400 rows of the generated
     * portfolio twice and sort them (about a third of the page's time, issue 14). The open alerts are not kept: a
     * decision on an alert (acknowledged, resolved) does not change the data's version, so they are counted for the
     * page's mines at each request, or for every row when the order is by them.
     */
    public List<MineContribution> contributions(int year, ReportingPeriod asOf, List<MineRanking.Order> order, int first, int max) {
        if (MineRanking.byOpenAlerts(order)) {
            return MineRanking.page(withOpenAlerts(ranked(year, asOf, List.of())), order, first, max);
        }
        return withOpenAlerts(MineRanking.slice(ranked(year, asOf, order), first, max));
    }

    /**
     * Every row of the ranking the caller may see, in the order given then the ranking's own, with no alert counted:
     * kept per data version. The rows in another order are sorted from those in the ranking's own, kept too.
     */
    private List<MineContribution> ranked(int year, ReportingPeriod asOf, List<MineRanking.Order> order) {
        return ranked(new Ranked(new Asked(year, asOf, null), visibleMineIds(caller.account()), List.copyOf(order)), lock.dataVersion());
    }

    private List<MineContribution> ranked(Ranked asked, long version) {
        return rankings.get(asked, version, () -> asked.order().isEmpty()
                ? List.copyOf(MineRanking.ordered(ranking(asked.asked(), version), List.of()))
                : List.copyOf(MineRanking.ordered(ranked(new Ranked(asked.asked(), asked.visibleMines(), List.of()), version), asked.order())));
    }

    /**
     * The mines an account may see, as ids, to tell kept rankings apart without reading any mine: null for an account that
     * sees every mine ({@link UserAccount#onlyMines()}), the mines assigned to it otherwise. An account's assignment is read
     * with it at each request, so a change of it is seen at once, although it does not change the data's version.
     */
    private static Set<Long> visibleMineIds(UserAccount account) {
        return account.onlyMines().map(mines -> mines.stream().map(Mine::id).collect(Collectors.toUnmodifiableSet())).orElse(null);
    }

    /** Every row of the ranking, in no particular order, with no alert counted yet. */
    private List<MineContribution> ranking(Asked asked, long version) {
        Map<Long, Mine> visible = new HashMap<>();
        production.visibleMines().forEach(m -> visible.put(m.id(), m));
        List<ToDate> toDates = yearsToDate.get(asked, version, () -> yearsToDate(asked.year(), asked.asOf())).stream()
                .filter(t -> visible.containsKey(t.mineId())).toList();
        Map<String, BigDecimal> companyTotals = new HashMap<>();
        toDates.stream().filter(t -> t.value() != null).forEach(t -> companyTotals.merge(t.company() + "|" + t.metal(), t.value(), BigDecimal::add));
        List<MineContribution> result = new ArrayList<>();
        for (ToDate t : toDates) {
            BigDecimal total = companyTotals.get(t.company() + "|" + t.metal());
            BigDecimal share = t.value() == null ? null : total.signum() == 0 ? BigDecimal.ZERO : t.value().divide(total, MathContext.DECIMAL64);
            result.add(new MineContribution(visible.get(t.mineId()), t.metal(), t.value(), t.through(), share, 0, 0));
        }
        return result;
    }

    /** The rows with their mines' open alerts, counted in one query for those mines alone. */
    private List<MineContribution> withOpenAlerts(List<MineContribution> rows) {
        Map<Long, Map<String, Long>> counts = alerts.unresolvedByMine(rows.stream().map(MineContribution::mine).distinct().toList());
        return rows.stream().map(c -> c.withOpenAlerts(counts.getOrDefault(c.mine().id(), Map.of()))).toList();
    }

    /** Each mine's year to date of each metal it produced, through its latest quarter up to the "as of" quarter. */
    private List<ToDate> yearsToDate(int year, ReportingPeriod asOf) {
        Map<Mine, Map<ReportingPeriod, ProductionReport>> byMine = new HashMap<>();
        for (ProductionReport report : reports.findReportsOfYear(year)) {
            ReportingPeriod p = report.period();
            if (p.kind() != PeriodKind.MONTH && (asOf == null || !p.endDate().isAfter(asOf.endDate()))) {
                byMine.computeIfAbsent(report.mine(), k -> new HashMap<>()).put(p, report);
            }
        }
        List<ToDate> toDates = new ArrayList<>();
        byMine.forEach((mine, periods) -> {
            Map<Metal, Integer> lastQuarter = new HashMap<>();
            periods.values().forEach(r -> r.metals().stream().filter(m -> m.production().isPresent())
                    .forEach(m -> lastQuarter.merge(m.metal(), r.period().lastQuarter().number(), Math::max)));
            lastQuarter.forEach((metal, through) -> toDates.add(new ToDate(mine.id(), mine.company().name(), metal,
                    YearToDate.of(year, through, mine.firstProducingQuarter(year), period -> Optional.ofNullable(periods.get(period))
                            .flatMap(r -> r.metal(metal)).flatMap(MetalResult::production).map(ReportedFigure::value)).orElse(null), through)));
        });
        return List.copyOf(toDates);
    }

    /**
     * Each guidance of the year the caller may see, with the rules' verdict as of the quarter.
     *
     * <p>The verdicts are those of a full evaluation of the figures up to the quarter's end (the same facts, the same
     * rules), without its work: a guidance is judged on its own year's figures only, and only the guidance rules read
     * it, so the year's guidance facts alone are built and fired. They are kept per year, quarter and day until the
     * data changes ({@link VersionedCache}: any node's import, edit or threshold change raises the data's version). The
     * alerts an evaluation stores hold the same verdicts for the latest figures, but not the figures a page shows
     * beside them, nor any earlier quarter's, and they are judged on the day of the evaluation, not today's guidance.
     *
     * @param year the guidance year
     * @param asOf the quarter whose figures count (those of later periods are left out); null for all known
     */
    public List<Compliance> compliance(int year, ReportingPeriod asOf) {
        if (asOf != null && (asOf.kind() != PeriodKind.QUARTER || asOf.year() != year)) {
            throw new IllegalArgumentException("asOf must be a quarter of " + year + ", such as " + year + "-Q3, not " + asOf.code());
        }
        UserAccount account = caller.account();
        LocalDate today = LocalDate.now();
        return verdicts.get(new Asked(year, asOf, today), lock.dataVersion(), () -> judge(year, asOf, today)).stream()
                .filter(c -> visible(account, c.figures())).toList();
    }

    /** Every guidance of the year, judged by the rules on the figures up to the quarter's end, in the page's order. */
    private List<Compliance> judge(int year, ReportingPeriod asOf, LocalDate today) {
        LocalDate cutOff = asOf == null ? LocalDate.MAX : asOf.endDate();
        List<Object> facts = PortfolioFacts.guidance(portfolios.ofYear(year, p -> !p.endDate().isAfter(cutOff)), thresholds.current(), today);
        Map<String, Finding> verdicts = rules.evaluate(facts).stream()
                .filter(f -> STATUS_OF_RULE.containsKey(f.getRule()))
                .collect(Collectors.toMap(f -> subject(f.getMineId(), f.getCompanyId(), f.getMetal(), f.getPeriod()), Function.identity(), (a, b) -> a));
        List<Compliance> result = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof GuidanceFact g && g.getYear() == year) {
                Optional<Finding> verdict = Optional.ofNullable(verdicts.get(subject(g.getMineId(), g.getCompanyId(), g.getMetal(), g.getPeriod())));
                result.add(new Compliance(g, verdict.map(f -> STATUS_OF_RULE.get(f.getRule())).orElse(Status.ON_TRACK),
                        verdict.map(Finding::getSentence).orElse(null)));
            }
        }
        result.sort(Comparator.comparing((Compliance c) -> c.figures().getCompany())
                .thenComparing(c -> c.figures().getMine() == null ? "" : c.figures().getMine())
                .thenComparing(c -> c.figures().getMetal()));
        return List.copyOf(result);
    }

    /** A guidance's subject: mine or company, metal and year (its period, 2011-FY). */
    private static String subject(Long mineId, long companyId, String metal, String period) {
        return (mineId == null ? "company:" + companyId : "mine:" + mineId) + "|" + metal + "|" + period;
    }

    private static boolean visible(UserAccount account, GuidanceFact g) {
        if (g.getMineId() == null) {
            return account.maySeeCompanyFigures();
        }
        return account.assignedMines().stream().anyMatch(m -> g.getMineId().equals(m.id())) || account.maySeeCompanyFigures();
    }
}
