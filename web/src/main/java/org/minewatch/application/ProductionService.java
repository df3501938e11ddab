package org.minewatch.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.design.DesignParametersRepository;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.mine.MineRepository;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.Observation;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ProductionRepository;
import org.minewatch.domain.model.production.QuarterReview;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.infrastructure.persistence.jpa.EvaluationLock;

/**
 * Reads production figures for the current caller, and only those the caller may see: every mine for
 * admins and executives, the assigned mines and no consolidated figures for a mine manager.
 */
@ApplicationScoped
@Transactional
public class ProductionService {

    @Inject
    private CurrentCaller caller;

    @Inject
    private MineRepository mines;

    @Inject
    private ProductionRepository production;

    @Inject
    private DesignParametersRepository designs;

    @Inject
    private EvaluationLock lock;

    /** The one key of {@link #consolidated}: the companies of every mine, as whoever may see company figures sees them. */
    private static final String EVERY_MINES_COMPANY = "every mine's company";

    private final VersionedCache<String, List<ConsolidatedProduction>> consolidated = new VersionedCache<>(1);

    /** The one key of {@link #everyMine}. */
    private static final String EVERY_MINE = "every mine";

    /**
     * Every mine stored, kept per data version ({@link VersionedCache}): mines come in only by imports (and the demo data's
     * first load), which raise the version; each dashboard, inbox and guidance page of the generated 200-mine portfolio read
     * all 201 with their commodities for its mine choices, a fifth of the dashboard's CPU there (issue 14). A mine's company
     * and commodities are read with it (eagerly), so that the entities kept hold no reading left for another request to do;
     * they are only read from, by requests that may run at once.
     */
    private final VersionedCache<String, List<Mine>> everyMine = new VersionedCache<>(1);

    /** The mines the caller may see, by company and name (read once per request: {@link CurrentCaller#visibleMines}). */
    public List<Mine> visibleMines() {
        return caller.visibleMines(() -> everyMine.get(EVERY_MINE, lock.dataVersion(), () -> List.copyOf(mines.findAll())));
    }

    /**
     * A mine by id (digits) or name (case-insensitive), among those the caller may see.
     *
     * @throws NotFoundException for a mine that does not exist or that the caller may not see
     */
    public Mine visibleMine(String idOrName) {
        UserAccount account = caller.account();
        List<Mine> candidates = idOrName.matches("\\d{1,18}")
                ? mines.find(Long.parseLong(idOrName)).map(List::of).orElse(List.of())
                : mines.findByName(idOrName);
        List<Mine> visible = candidates.stream().filter(account::maySee).toList();
        if (visible.isEmpty()) {
            throw new NotFoundException("No mine '" + idOrName + "' among the mines you may see");
        }
        if (visible.size() > 1) {
            throw new IllegalArgumentException("Several mines are named '" + idOrName + "': give the mine's id instead");
        }
        return visible.get(0);
    }

    /**
     * Figures in the observation format: of one mine or every visible mine, of one period or all; with the
     * consolidated figures of the mines' companies when no mine is named and the caller may see them.
     */
    public List<Observation> observations(Optional<String> mine, Optional<ReportingPeriod> period) {
        List<Mine> selected = mine.map(m -> List.of(visibleMine(m))).orElseGet(this::visibleMines);
        List<Observation> observations = new ArrayList<>();
        for (ProductionReport report : production.findReports(selected, period.orElse(null))) {
            observations.addAll(report.observations());
        }
        if (mine.isEmpty() && caller.account().maySeeCompanyFigures()) {
            for (Company company : selected.stream().map(Mine::company).distinct().toList()) {
                production.findConsolidated(company, period.orElse(null)).stream()
                        .map(ConsolidatedProduction::observation)
                        .forEach(observations::add);
            }
        }
        return observations;
    }

    /**
     * A visible mine's quarter for its dashboard: the given quarter, or the latest the mine reported when none
     * is given (or, for a mine that never reported, the current quarter, which the review shows as empty).
     *
     * @throws NotFoundException for a mine that does not exist or that the caller may not see
     */
    public QuarterReview review(String mine, Optional<ReportingPeriod> quarter) {
        Mine visible = visibleMine(mine);
        List<ProductionReport> reports = production.findReports(List.of(visible), null);
        ReportingPeriod reviewed = quarter
                .or(() -> QuarterReview.latestQuarter(reports))
                .orElseGet(() -> ReportingPeriod.quarterOf(LocalDate.now()));
        return QuarterReview.of(visible, reviewed, reports, designs.findByMine(visible));
    }

    /**
     * The published consolidated production of the visible mines' companies; none for a caller who may not see company
     * figures. Kept per data version ({@link VersionedCache}): an import is the only way figures and companies come in,
     * and it raises the version. Whoever may see company figures sees every mine, so all of them read one list; the
     * guidance page read every mine and each company's figures for its chart at each request (issue 14).
     */
    public List<ConsolidatedProduction> consolidatedProduction() {
        if (!caller.account().maySeeCompanyFigures()) {
            return List.of();
        }
        return consolidated.get(EVERY_MINES_COMPANY, lock.dataVersion(), () -> visibleMines().stream().map(Mine::company).distinct()
                .flatMap(company -> production.findConsolidated(company, null).stream())
                .toList());
    }
}
