package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.TreeSet;
import org.minewatch.domain.model.company.CompanyRepository;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceRepository;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ProductionRepository;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.rules.AnomalyRules;
import org.minewatch.rules.Finding;
import org.minewatch.rules.Findings;
import org.minewatch.rules.PortfolioFacts;
import org.minewatch.rules.fact.GuidanceFact;

/**
 * Guidance compliance for a year as of a quarter: the figures known up to that quarter's end against the
 * guidance in force today, with the rules' verdict (ON_TRACK when no guidance rule fires).
 */
@ApplicationScoped
@Transactional
public class GuidanceService {

    public enum Status { ON_TRACK, AT_RISK, LIKELY_MISS, MISSED, BEATEN }

    /** One guidance (company or mine, one metal) and where it stands. */
    public record Compliance(GuidanceFact figures, Status status, String message) {
    }

    /**
     * A mine's share of its company's production of a metal over the year to date, with its open alerts:
     * which mine carries the company and which one drags. The share is of the sum of the mines' own
     * figures, so that the shares of a company's mines add up to one.
     */
    public record MineContribution(Mine mine, Metal metal, BigDecimal toDate, BigDecimal share, long openCritical, long open) {
    }

    private static final Map<String, Status> STATUS_OF_RULE = Map.of(
            Findings.GUIDANCE_AT_RISK, Status.AT_RISK, Findings.GUIDANCE_LIKELY_MISS, Status.LIKELY_MISS,
            Findings.GUIDANCE_MISSED, Status.MISSED, Findings.GUIDANCE_BEATEN, Status.BEATEN);

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

    /** The years that have guidance, newest first: the years an executive can review. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        companies.findAll().forEach(c -> guidance.findAll(c).stream().map(Guidance::year).forEach(years::add));
        return List.copyOf(years);
    }

    /**
     * The visible mines' production of each metal in the year's quarters up to the given one (all of the
     * year's quarters when null), ranked per metal by share, largest first.
     */
    public List<MineContribution> contributions(int year, ReportingPeriod asOf) {
        List<Mine> mines = production.visibleMines();
        Map<Mine, Map<Metal, BigDecimal>> toDate = new HashMap<>();
        for (ProductionReport report : reports.findReports(mines, null)) {
            ReportingPeriod p = report.period();
            if (p.kind() == PeriodKind.QUARTER && p.year() == year && (asOf == null || p.compareTo(asOf) <= 0)) {
                report.metals().forEach(m -> m.production().map(ReportedFigure::value).ifPresent(v ->
                        toDate.computeIfAbsent(report.mine(), k -> new HashMap<>()).merge(m.metal(), v, BigDecimal::add)));
            }
        }
        Map<String, BigDecimal> companyTotals = new HashMap<>();
        toDate.forEach((mine, metals) -> metals.forEach((metal, v) -> companyTotals.merge(mine.company().name() + "|" + metal, v, BigDecimal::add)));
        Map<Long, Map<String, Long>> openAlerts = alerts.unresolvedByMine();
        List<MineContribution> result = new ArrayList<>();
        toDate.forEach((mine, metals) -> metals.forEach((metal, v) -> {
            BigDecimal total = companyTotals.get(mine.company().name() + "|" + metal);
            BigDecimal share = total.signum() == 0 ? BigDecimal.ZERO : v.divide(total, MathContext.DECIMAL64);
            Map<String, Long> counts = openAlerts.getOrDefault(mine.id(), Map.of());
            result.add(new MineContribution(mine, metal, v, share, counts.getOrDefault("CRITICAL", 0L),
                    counts.values().stream().mapToLong(Long::longValue).sum()));
        }));
        result.sort(Comparator.comparing(MineContribution::metal).thenComparing(MineContribution::share, Comparator.reverseOrder())
                .thenComparing(c -> c.mine().name()));
        return result;
    }

    /**
     * @param year the guidance year
     * @param asOf the quarter whose figures count (those of later periods are left out); null for all known
     */
    public List<Compliance> compliance(int year, ReportingPeriod asOf) {
        if (asOf != null && (asOf.kind() != PeriodKind.QUARTER || asOf.year() != year)) {
            throw new IllegalArgumentException("asOf must be a quarter of " + year + ", such as " + year + "-Q3, not " + asOf.code());
        }
        UserAccount account = caller.account();
        LocalDate cutOff = asOf == null ? LocalDate.MAX : asOf.endDate();
        List<Object> facts = PortfolioFacts.of(portfolios.upTo(p -> !p.endDate().isAfter(cutOff)), thresholds.current(), LocalDate.now());
        Map<String, Finding> verdicts = rules.evaluate(facts).stream()
                .filter(f -> STATUS_OF_RULE.containsKey(f.getRule()))
                .collect(Collectors.toMap(f -> subject(f.getMineId(), f.getCompanyId(), f.getMetal(), f.getPeriod()), Function.identity(), (a, b) -> a));
        List<Compliance> result = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof GuidanceFact g && g.getYear() == year && visible(account, g)) {
                Optional<Finding> verdict = Optional.ofNullable(verdicts.get(subject(g.getMineId(), g.getCompanyId(), g.getMetal(), g.getPeriod())));
                result.add(new Compliance(g, verdict.map(f -> STATUS_OF_RULE.get(f.getRule())).orElse(Status.ON_TRACK),
                        verdict.map(Finding::getMessage).orElse(null)));
            }
        }
        result.sort(Comparator.comparing((Compliance c) -> c.figures().getCompany())
                .thenComparing(c -> c.figures().getMine() == null ? "" : c.figures().getMine())
                .thenComparing(c -> c.figures().getMetal()));
        return result;
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
