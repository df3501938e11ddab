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
import org.minewatch.domain.model.period.PeriodKind;
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
