package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertOrder;
import org.minewatch.domain.model.alert.AlertQuery;
import org.minewatch.domain.model.alert.AlertRepository;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.infrastructure.persistence.jpa.EvaluationLock;
import org.minewatch.rules.EvaluationScope;
import org.minewatch.rules.AnomalyRules;
import org.minewatch.rules.Finding;
import org.minewatch.rules.Portfolio;
import org.minewatch.rules.PortfolioFacts;

/**
 * Alerts: the rules' findings kept and followed. An evaluation runs the rules over everything stored and
 * reconciles: a new finding raises an alert, a known one keeps it current (and reopens it if resolved), an
 * alert whose finding is gone resolves by itself. Evaluations are serialized across nodes by a row lock,
 * and the schema holds one alert per subject key, so running it again, anywhere, changes nothing.
 */
@ApplicationScoped
@Transactional
public class AlertService {

    // Json.createX looks the provider up anew on every call (a service-loader scan): look it up once
    private static final JsonProvider JSON = JsonProvider.provider();

    /** What one evaluation did. */
    public record EvaluationSummary(int findings, int raised, int reopened, int resolved, int open) {
    }

    /**
     * Fired when an evaluation has run, with how long it took once it held the evaluation lock (the rules
     * and the reconciliation, not the wait for another node's evaluation); observed after its transaction
     * commits, for the metrics and the log.
     */
    public record Evaluated(EvaluationSummary summary, Duration duration) {
    }

    /** The filters of the alert list; null means any. */
    public record AlertFilter(AlertStatus status, String mine, String period, String rule, String severity) {

        /** Every alert. */
        public static final AlertFilter ANY = new AlertFilter(null, null, null, null, null);
    }

    @Inject
    private AlertRepository alerts;

    @Inject
    private PortfolioLoader portfolios;

    @Inject
    private ThresholdService thresholds;

    @Inject
    private AnomalyRules rules;

    @Inject
    private EvaluationLock lock;

    @Inject
    private CurrentCaller caller;

    @Inject
    private ProductionService production;

    @Inject
    private Event<Evaluated> evaluated;

    /** Judges the whole portfolio (administrators' {@code POST /api/evaluations}, a threshold changed, the first change of a day). */
    public EvaluationSummary evaluate() {
        Instant now = Instant.now();
        lock.acquire(now);
        return evaluateAll(now);
    }

    /**
     * Judges a change in its scope (issue 14): the part of the portfolio that decides what the change can alter is read and
     * judged, and only the alerts the scope settles are raised, updated or resolved; the others stay as the last evaluation
     * left them, which is what a full evaluation would give them ({@code EvaluationScopeTest}, {@code ScopedEvaluationIT}).
     * The date moves findings no change touches (quarters falling due, the projections): on a day the whole portfolio has
     * not been judged on yet, the whole is judged. Nodes agree as they do for a full evaluation: under the evaluation lock,
     * each reads the database as it stands, so whichever node judges a change judges it on what every node committed.
     */
    public EvaluationSummary evaluate(EvaluationScope scope) {
        Instant now = Instant.now();
        lock.acquire(now);
        LocalDate today = LocalDate.now();
        if (!lock.fullyEvaluatedOn(today)) {
            return evaluateAll(now);
        }
        long started = System.nanoTime();
        Portfolio slice = portfolios.slice(scope);
        Map<Long, Mine> mines = new HashMap<>();
        Map<Long, Company> companies = new HashMap<>();
        slice.mines().forEach(m -> mines.put(m.id(), m));
        scope.companies().forEach(c -> companies.put(c.id(), c));
        List<Finding> findings = rules.evaluate(PortfolioFacts.of(slice, thresholds.current(), today)).stream()
                .filter(f -> scope.settles(f, mines, companies)).toList();
        List<Alert> settled = alerts.findOf(scope.mines(), scope.companies(), EvaluationScope.GUIDANCE_RULES).stream()
                .filter(a -> scope.settles(a.rule(), a.mine().orElse(null), a.company(), ReportingPeriod.parse(a.period()))).toList();
        return reconcile(findings, settled, mines, companies, now, started);
    }

    private EvaluationSummary evaluateAll(Instant now) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        Portfolio portfolio = portfolios.all();
        List<Finding> findings = rules.evaluate(PortfolioFacts.of(portfolio, thresholds.current(), today));
        Map<Long, Mine> mines = new HashMap<>();
        Map<Long, Company> companies = new HashMap<>();
        for (Mine mine : portfolio.mines()) {
            mines.put(mine.id(), mine);
            companies.put(mine.company().id(), mine.company());
        }
        // a company may have consolidated figures or guidance and no mine yet
        portfolio.consolidated().forEach(c -> companies.putIfAbsent(c.company().id(), c.company()));
        portfolio.guidance().forEach(g -> companies.putIfAbsent(g.company().id(), g.company()));
        lock.fullyEvaluated(today);
        return reconcile(findings, alerts.findAll(), mines, companies, now, started);
    }

    /**
     * Raises an alert for each finding without one, updates those found again (reopening a resolved one), and marks found no
     * more each alert of those given (the alerts the findings are the whole truth for) that no finding names.
     */
    private EvaluationSummary reconcile(List<Finding> findings, List<Alert> judged, Map<Long, Mine> mines, Map<Long, Company> companies,
                                        Instant now, long started) {
        Map<String, Alert> existing = new HashMap<>();
        judged.forEach(a -> existing.put(a.subjectKey(), a));
        Set<String> found = new HashSet<>();
        int raised = 0;
        int reopened = 0;
        for (Finding finding : findings) {
            found.add(finding.key());
            String evidence = evidenceJson(finding.getEvidence());
            // the sentence as key and arguments, for the pages to write in the reader's language
            String messageKey = finding.getSentence().key();
            String messageArguments = finding.getSentence().argumentsJson();
            Alert alert = existing.get(finding.key());
            if (alert == null) {
                alerts.store(new Alert(finding.key(), finding.getRule(), finding.getSeverity().name(), companies.get(finding.getCompanyId()),
                        finding.getMineId() == null ? null : mines.get(finding.getMineId()), finding.getPeriod(), finding.getMetal(),
                        finding.getMessage(), messageKey, messageArguments, evidence, now));
                raised++;
            } else {
                boolean wasResolved = alert.status() == AlertStatus.RESOLVED;
                alert.found(finding.getSeverity().name(), finding.getMessage(), messageKey, messageArguments, evidence, now);
                reopened += wasResolved && alert.status() != AlertStatus.RESOLVED ? 1 : 0;
            }
        }
        int resolved = 0;
        for (Alert alert : existing.values()) {
            if (!found.contains(alert.subjectKey()) && alert.isCurrentlyFound()) {
                resolved += alert.status() != AlertStatus.RESOLVED ? 1 : 0;
                alert.notFound(now);
            }
        }
        EvaluationSummary summary = new EvaluationSummary(findings.size(), raised, reopened, resolved, found.size());
        evaluated.fire(new Evaluated(summary, Duration.ofNanos(System.nanoTime() - started)));
        return summary;
    }

    private static String evidenceJson(Map<String, Object> evidence) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        evidence.forEach((key, value) -> {
            if (value == null) {
                json.addNull(key);
            } else if (value instanceof Boolean b) {
                json.add(key, b);
            } else if (value instanceof Integer i) {
                json.add(key, i);
            } else if (value instanceof Long l) {
                json.add(key, l);
            } else if (value instanceof Double d && Double.isFinite(d)) {
                json.add(key, d);
            } else {
                json.add(key, value.toString());
            }
        });
        return json.build().toString();
    }

    /** The alerts the caller may see, filtered, newest first. */
    public List<Alert> alerts(AlertFilter filter) {
        return alerts.find(visible(filter), List.of());
    }

    /** One page of the alerts the caller may see, filtered: from the first-th (from 0), at most max, in the order given. */
    public List<Alert> alerts(AlertFilter filter, List<AlertOrder> order, int first, int max) {
        return alerts.find(visible(filter), order, first, max);
    }

    /** Those of the alerts given that the caller may see and that pass the filter, newest first. */
    public List<Alert> alerts(AlertFilter filter, Collection<Long> ids) {
        return alerts.find(visible(filter).among(Set.copyOf(ids)), List.of());
    }

    /** How many alerts the caller may see pass the filter. */
    public long count(AlertFilter filter) {
        return alerts.count(visible(filter));
    }

    /** The rules of the alerts the caller may see, in alphabetical order. */
    public List<String> rules() {
        return alerts.rules(visible(AlertFilter.ANY)).stream().sorted().toList();
    }

    /** The periods of the alerts the caller may see, latest first. */
    public List<String> periods() {
        return alerts.periods(visible(AlertFilter.ANY)).stream().sorted(Comparator.reverseOrder()).toList();
    }

    /** The filter as the database asks it, among the alerts the caller may see ({@link #visibleTo}, as a query). */
    private AlertQuery visible(AlertFilter filter) {
        Mine mine = filter.mine() == null ? null : production.visibleMine(filter.mine());
        return new AlertQuery(filter.status(), mine, filter.period(), filter.rule(), filter.severity(), null, null)
                .onlyMines(caller.account().onlyMines().orElse(null));
    }

    /**
     * Alerts not resolved of the mines given that the caller may see: mine id to severity to count. A page asks for the
     * mines it shows: counting every mine's open alerts for a page of twenty was most of the guidance page's time on the
     * generated portfolio (issue 14).
     */
    public Map<Long, Map<String, Long>> unresolvedByMine(Collection<Mine> mines) {
        UserAccount account = caller.account();
        return alerts.countUnresolvedByMine(mines.stream().filter(account::maySee).toList());
    }

    /** @throws NotFoundException for an alert that does not exist or that the caller may not see */
    public Alert alert(long id) {
        UserAccount account = caller.account();
        return alerts.find(id).filter(a -> visibleTo(account, a))
                .orElseThrow(() -> new NotFoundException("No alert " + id + " among the alerts you may see"));
    }

    public Alert acknowledge(long id, String comment) {
        return acknowledge(List.of(id), comment).get(0);
    }

    /** Acknowledges every alert given, with one comment, or none of them (one transaction). */
    public List<Alert> acknowledge(Collection<Long> ids, String comment) {
        String user = caller.account().username();
        Instant now = Instant.now();
        List<Alert> decided = ids.stream().map(this::alert).toList();
        decided.forEach(a -> a.acknowledge(user, comment, now));
        return decided;
    }

    public Alert resolve(long id, String reason) {
        return resolve(List.of(id), reason).get(0);
    }

    /** Resolves every alert given, with one reason, or none of them (one transaction). */
    public List<Alert> resolve(Collection<Long> ids, String reason) {
        String user = caller.account().username();
        Instant now = Instant.now();
        List<Alert> decided = ids.stream().map(this::alert).toList();
        decided.forEach(a -> a.resolve(user, reason, now));
        return decided;
    }

    private static boolean visibleTo(UserAccount account, Alert alert) {
        return alert.mine().map(account::maySee).orElse(account.maySeeCompanyFigures());
    }
}
