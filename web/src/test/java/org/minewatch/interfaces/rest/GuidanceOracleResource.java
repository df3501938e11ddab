package org.minewatch.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.minewatch.application.GuidanceService;
import org.minewatch.application.GuidanceService.Compliance;
import org.minewatch.application.GuidanceService.Status;
import org.minewatch.application.PortfolioLoader;
import org.minewatch.application.ThresholdService;
import org.minewatch.domain.model.alert.AlertRepository;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.rules.AnomalyRules;
import org.minewatch.rules.Finding;
import org.minewatch.rules.Portfolio;
import org.minewatch.rules.PortfolioFacts;
import org.minewatch.rules.fact.GuidanceFact;

/**
 * Test only, added to the portal by {@code GuidanceVerdictsIT}: guidance compliance as the service answers it,
 * against what a full evaluation says (every fact of the portfolio up to the quarter's end, every rule: what the
 * service did for each request before issue 14), for every year with figures or guidance, as of each quarter and
 * the latest figures; and, for the latest figures, against the guidance alerts the last evaluation stored.
 */
@Path("test/guidance-oracle")
@RequestScoped
@Transactional
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class GuidanceOracleResource {

    @Inject
    private GuidanceService guidance;

    @Inject
    private PortfolioLoader portfolios;

    @Inject
    private ThresholdService thresholds;

    @Inject
    private AnomalyRules rules;

    @Inject
    private AlertRepository alerts;

    /** One comparison: how many guidance rows of each status were compared, and every difference. */
    public record Comparison(int years, Map<String, Integer> statuses, List<String> differences) {
    }

    @GET
    public Comparison compare() {
        Portfolio all = portfolios.all();
        TreeSet<Integer> years = new TreeSet<>();
        all.reports().forEach(r -> years.add(r.period().year()));
        all.consolidated().forEach(c -> years.add(c.period().year()));
        all.guidance().forEach(g -> years.add(g.year()));
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        for (int year : years) {
            List<ReportingPeriod> asOfs = new ArrayList<>();
            asOfs.add(null);
            for (int q = 1; q <= 4; q++) {
                asOfs.add(ReportingPeriod.quarter(year, q));
            }
            for (ReportingPeriod asOf : asOfs) {
                List<String> expected = fullEvaluation(year, asOf).stream().map(GuidanceOracleResource::describe).toList();
                List<Compliance> answered = guidance.compliance(year, asOf);
                answered.forEach(c -> statuses.merge(c.status().name(), 1, Integer::sum));
                List<String> actual = answered.stream().map(GuidanceOracleResource::describe).toList();
                if (!expected.equals(actual)) {
                    differences.add(year + " as of " + (asOf == null ? "latest" : asOf.code()) + ": full evaluation " + expected + ", answered " + actual);
                }
            }
            List<String> stored = storedVerdicts(year);
            List<String> latest = guidance.compliance(year, null).stream().filter(c -> c.status() != Status.ON_TRACK)
                    .map(GuidanceOracleResource::verdict).sorted().toList();
            if (!stored.equals(latest)) {
                differences.add(year + ": stored alerts " + stored + ", answered " + latest);
            }
        }
        return new Comparison(years.size(), statuses, differences);
    }

    /** As GuidanceService.compliance did before issue 14, for a caller who sees everything. */
    private List<Compliance> fullEvaluation(int year, ReportingPeriod asOf) {
        LocalDate cutOff = asOf == null ? LocalDate.MAX : asOf.endDate();
        List<Object> facts = PortfolioFacts.of(portfolios.upTo(p -> !p.endDate().isAfter(cutOff)), thresholds.current(), LocalDate.now());
        Map<String, Finding> verdicts = rules.evaluate(facts).stream().filter(f -> GuidanceService.STATUS_OF_RULE.containsKey(f.getRule()))
                .collect(Collectors.toMap(f -> subject(f.getMineId(), f.getCompanyId(), f.getMetal(), f.getPeriod()), f -> f, (a, b) -> a));
        List<Compliance> result = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof GuidanceFact g && g.getYear() == year) {
                Finding verdict = verdicts.get(subject(g.getMineId(), g.getCompanyId(), g.getMetal(), g.getPeriod()));
                result.add(new Compliance(g, verdict == null ? Status.ON_TRACK : GuidanceService.STATUS_OF_RULE.get(verdict.getRule()),
                        verdict == null ? null : verdict.getSentence()));
            }
        }
        result.sort(Comparator.comparing((Compliance c) -> c.figures().getCompany())
                .thenComparing(c -> c.figures().getMine() == null ? "" : c.figures().getMine()).thenComparing(c -> c.figures().getMetal()));
        return result;
    }

    private static String subject(Long mineId, long companyId, String metal, String period) {
        return (mineId == null ? "company:" + companyId : "mine:" + mineId) + "|" + metal + "|" + period;
    }

    /** Every figure of the row, its status and its sentence (key and arguments, to the last digit). */
    private static String describe(Compliance c) {
        GuidanceFact g = c.figures();
        return String.join(" ", String.valueOf(g.getCompanyId()), String.valueOf(g.getMineId()), g.getCompany(), String.valueOf(g.getMine()),
                g.getMetal(), g.getUnit(), String.valueOf(g.getLow()), String.valueOf(g.getHigh()), String.valueOf(g.getActualToDate()),
                String.valueOf(g.getLastQuarter()), String.valueOf(g.getQuartersElapsed()), String.valueOf(g.getCompanyReportedThrough()),
                String.valueOf(g.getRemaining()), String.valueOf(g.getRequiredPerQuarter()), String.valueOf(g.getPace()),
                String.valueOf(g.getProRataShare()), String.valueOf(g.getProjection()), g.getProjectionSentence().key(),
                g.getProjectionSentence().argumentsJson(), c.status().name(), c.verdict() == null ? "-" : c.verdict().key() + c.verdict().argumentsJson());
    }

    /** A verdict as an alert keeps it: rule, subject, sentence. */
    private static String verdict(Compliance c) {
        String rule = GuidanceService.STATUS_OF_RULE.entrySet().stream().filter(e -> e.getValue() == c.status()).findFirst().orElseThrow().getKey();
        GuidanceFact g = c.figures();
        return String.join(" ", rule, g.getCompany(), Objects.toString(g.getMine(), "-"), g.getMetal(), g.getPeriod(), c.verdict().key(),
                c.verdict().argumentsJson());
    }

    private List<String> storedVerdicts(int year) {
        return alerts.findAll().stream().filter(a -> GuidanceService.STATUS_OF_RULE.containsKey(a.rule()) && a.isCurrentlyFound() && a.period().equals(year + "-FY"))
                .map(a -> String.join(" ", a.rule(), a.company().name(), a.mine().map(m -> m.name()).orElse("-"), a.metal().orElse("-"), a.period(),
                        a.messageKey().orElse("?"), a.messageArguments().orElse("?")))
                .sorted().toList();
    }
}
