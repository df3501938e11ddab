package org.minewatch.infrastructure.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.minewatch.application.AlertService.Evaluated;
import org.minewatch.application.ImportService.Imported;
import org.minewatch.domain.model.alert.AlertRepository;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.rules.Severity;

/**
 * What operations sees of imports and evaluations: MicroProfile metrics in the application scope of
 * {@code /metrics} and one {@link LogEvent} line each. Counted only once their transaction has committed, so
 * an import or an evaluation rolled back is neither counted nor logged as done.
 *
 * <ul>
 *   <li>{@code minewatch_imports_total{outcome="committed"|"unchanged"}}: commits that stored figures, and
 *       commits whose figures were all stored already;</li>
 *   <li>{@code minewatch_evaluations_total} and {@code minewatch_evaluation_duration_seconds}: evaluations of
 *       the rules and how long each took;</li>
 *   <li>{@code minewatch_open_alerts{severity=...}}: alerts OPEN now, read from the database when scraped
 *       (one grouped count), so that every node reports the shared truth rather than what it did itself.</li>
 * </ul>
 */
@ApplicationScoped
public class OperationsMonitor {

    static final String IMPORTS = "minewatch_imports";
    static final String EVALUATIONS = "minewatch_evaluations";
    static final String EVALUATION_DURATION = "minewatch_evaluation_duration";
    static final String OPEN_ALERTS = "minewatch_open_alerts";

    private static final Logger LOG = Logger.getLogger(OperationsMonitor.class.getName());

    @Inject
    private AlertRepository alerts;

    /** The metrics, once registered; until then what happened waits in {@link #pending}. */
    private volatile Metrics metrics;
    private final List<Consumer<Metrics>> pending = new ArrayList<>();

    private record Metrics(Counter importsCommitted, Counter importsUnchanged, Counter evaluations, Timer evaluationDuration) {
    }

    /**
     * Registers the metrics once the application is initialized. The registry is taken here rather than
     * injected into the bean: Payara's resolves the application's registry from the invocation context,
     * which the deployment's own work (the start-up's demo import and evaluation) does not have; what that
     * work did is counted here, late.
     */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started, MetricRegistry registry) {
        Metadata imports = Metadata.builder().withName(IMPORTS)
                .withDescription("Imports committed: outcome=committed stored figures, outcome=unchanged found them all stored already").build();
        Metrics registered = new Metrics(registry.counter(imports, new Tag("outcome", "committed")), registry.counter(imports, new Tag("outcome", "unchanged")),
                registry.counter(Metadata.builder().withName(EVALUATIONS).withDescription("Evaluations of the rules over every stored figure").build()),
                registry.timer(Metadata.builder().withName(EVALUATION_DURATION).withUnit(MetricUnits.SECONDS)
                        .withDescription("How long an evaluation took once it held the evaluation lock: rules and reconciliation of the alerts").build()));
        // Payara 6.2025.10 prints this timer's quantiles, _max and _mean in nanoseconds under the _seconds name
        // (fixed upstream, payara/Payara#8155); _sum (seconds) and _count are right: read the time as _sum / _count
        Metadata open = Metadata.builder().withName(OPEN_ALERTS).withDescription("Alerts OPEN now (not acknowledged, not resolved), by severity").build();
        // every severity its own gauge, at zero too, so that a dashboard's series never vanish
        for (Severity severity : Severity.values()) {
            registry.gauge(open, () -> openAlerts(severity.name()), new Tag("severity", severity.name()));
        }
        synchronized (pending) {
            pending.forEach(count -> count.accept(registered));
            pending.clear();
            metrics = registered;
        }
    }

    private void count(Consumer<Metrics> count) {
        synchronized (pending) {
            if (metrics == null) {
                pending.add(count);
                return;
            }
        }
        count.accept(metrics);
    }

    void imported(@Observes(during = TransactionPhase.AFTER_SUCCESS) Imported imported) {
        count(m -> (imported.changed() ? m.importsCommitted() : m.importsUnchanged()).inc());
        LOG.info(LogEvent.of(imported.changed() ? "import.committed" : "import.unchanged")
                .with("id", imported.id()).with("user", imported.user()).with("company", imported.company()).with("source", imported.source())
                .with("figuresRead", imported.figuresRead()).with("figuresAdded", imported.figuresAdded())
                .with("figuresOverwritten", imported.figuresOverwritten()).with("figuresUnchanged", imported.figuresUnchanged())
                .with("minesCreated", imported.minesCreated()).toString());
    }

    void evaluated(@Observes(during = TransactionPhase.AFTER_SUCCESS) Evaluated evaluated) {
        count(m -> {
            m.evaluations().inc();
            m.evaluationDuration().update(evaluated.duration());
        });
        var summary = evaluated.summary();
        LOG.info(LogEvent.of("evaluation.completed").with("findings", summary.findings()).with("raised", summary.raised())
                .with("reopened", summary.reopened()).with("resolved", summary.resolved()).with("open", summary.open())
                .with("durationMs", evaluated.duration().toMillis()).toString());
    }

    /** NaN when the database does not answer: the scrape still succeeds, and readiness says why. */
    private Double openAlerts(String severity) {
        try {
            return alerts.countBySeverity(AlertStatus.OPEN).getOrDefault(severity, 0L).doubleValue();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Open alerts could not be counted", e);
            return Double.NaN;
        }
    }
}
