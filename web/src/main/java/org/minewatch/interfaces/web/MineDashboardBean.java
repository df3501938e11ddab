package org.minewatch.interfaces.web;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.minewatch.application.AlertService;
import org.minewatch.application.AlertService.AlertFilter;
import org.minewatch.application.NotFoundException;
import org.minewatch.application.ProductionService;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.MalformedPeriodException;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.QuarterReview;
import org.minewatch.domain.model.production.QuarterReview.TrendPoint;
import org.minewatch.interfaces.web.AlertDecisionBean.AlertsDecided;
import org.minewatch.rules.Findings;

/**
 * A mine's quarter, the mine manager's landing page: key figures against design and earlier quarters,
 * trends, and the mine's alerts to acknowledge or resolve. Mine and quarter are in the address
 * ({@code dashboard.xhtml?mine=1&quarter=2011-Q3}) so that a view can be bookmarked and shared; a mine the
 * caller may not see answers 404, as if it did not exist.
 */
@Named
@ViewScoped
public class MineDashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProductionService production;

    @Inject
    private AlertService alertService;

    @Inject
    private AlertTextBean alertText;

    // The view lives in the session, which moves between nodes: it keeps what was asked (mine, quarter, the
    // choices made); what was read from the database is transient and read again where it is missing.
    private String mine;
    private String quarter;
    private boolean thisQuarterOnly = true;
    private Metal trendMetal;
    private boolean reviewed;
    private transient List<Mine> mines;
    private transient QuarterReview review;
    private transient List<KeyFigureTile> keyFigures;
    private transient List<Alert> alerts;
    private transient Map<String, TrendChart> charts;

    /** Runs on the initial request: resolves the mine and quarter asked for, or answers 404. */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        mines = production.visibleMines();
        if (mines.isEmpty()) {
            return;
        }
        try {
            Optional<ReportingPeriod> asked = quarter == null || quarter.isBlank() ? Optional.empty() : Optional.of(ReportingPeriod.parse(quarter));
            if (asked.isPresent() && asked.get().kind() != PeriodKind.QUARTER) {
                throw new MalformedPeriodException(new Sentence("period.not-a-quarter", quarter));
            }
            review(production.review(mine == null || mine.isBlank() ? String.valueOf(mines.get(0).id()) : mine, asked));
        } catch (NotFoundException | MalformedPeriodException e) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            faces.responseComplete();
            return;
        }
        reviewed = true;
        mine = String.valueOf(review.mine().id());
        quarter = review.quarter().code();
        List<Metal> metals = review.metalsReported();
        trendMetal = metals.isEmpty() ? null : metals.get(0);
        reloadAlerts();
    }

    private void review(QuarterReview read) {
        review = read;
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<KeyFigureTile> tiles = new ArrayList<>(review.keyFigures().stream().map(k -> KeyFigureTile.of(k, locale)).toList());
        // a metal missing whole (its grade, recovery and production) is one tile, not three
        List<QuarterReview.MissingFigure> missing = review.figuresNotReported();
        Map<Metal, Long> missingPerMetal = missing.stream().filter(m -> m.metal() != null)
                .collect(Collectors.groupingBy(QuarterReview.MissingFigure::metal, Collectors.counting()));
        for (QuarterReview.MissingFigure figure : missing) {
            boolean wholeMetal = figure.metal() != null && missingPerMetal.get(figure.metal()) == 3;
            if (!wholeMetal) {
                tiles.add(KeyFigureTile.notReported(figure.measure(), figure.metal()));
            } else if (figure.measure() == Measure.PRODUCTION) {
                tiles.add(KeyFigureTile.metalNotReported(figure.metal()));
            }
        }
        tiles.sort(Comparator.comparingInt(KeyFigureTile::rank));
        keyFigures = List.copyOf(tiles);
    }

    /** The review shown, read again on a node that took the view over from another. */
    private QuarterReview review() {
        if (review == null && reviewed) {
            review(production.review(mine, Optional.of(ReportingPeriod.parse(quarter))));
        }
        return review;
    }

    /** Another mine or quarter was chosen: show it at its own address. */
    public void show(boolean mineChanged) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target = external.getRequestContextPath() + "/dashboard.xhtml?mine=" + URLEncoder.encode(mine, StandardCharsets.UTF_8)
                + (mineChanged ? "" : "&quarter=" + URLEncoder.encode(quarter, StandardCharsets.UTF_8));
        external.redirect(target);
    }

    /**
     * The mine's unresolved alerts; with "this quarter only", those of the quarter and of its year (the mine's
     * guidance for the year is judged on every quarter, so a miss belongs to each of them).
     */
    public void reloadAlerts() {
        String year = quarter == null ? null : quarter.substring(0, 4) + "-FY";
        alerts = alertService.alerts(new AlertFilter(null, mine, null, null, null)).stream()
                .filter(a -> a.status() != AlertStatus.RESOLVED)
                .filter(a -> !thisQuarterOnly || a.period().equals(quarter) || a.period().equals(year))
                .sorted(Comparator.comparing((Alert a) -> severityRank(a.severity())).thenComparing(Alert::period, Comparator.reverseOrder()))
                .toList();
    }

    void onDecided(@Observes(notifyObserver = Reception.IF_EXISTS) AlertsDecided decided) {
        if (reviewed) {
            reloadAlerts();
        }
    }

    private static int severityRank(String severity) {
        return switch (severity) {
            case "CRITICAL" -> 0;
            case "WARNING" -> 1;
            default -> 2;
        };
    }

    public boolean isNoReport() {
        return review() == null || review.report().isEmpty();
    }

    public List<Mine> getMines() {
        if (mines == null) {
            mines = production.visibleMines();
        }
        return mines;
    }

    public Mine getCurrentMine() {
        return review() == null ? null : review.mine();
    }

    /** The mine's quarters, newest first. */
    public List<String> getQuarters() {
        return review() == null ? List.of() : review.quarters().stream().sorted(Comparator.reverseOrder()).map(ReportingPeriod::code).toList();
    }

    public QuarterReview getReview() {
        return review();
    }

    public List<KeyFigureTile> getKeyFigures() {
        return review() == null ? List.of() : keyFigures;
    }

    public List<Alert> getAlerts() {
        if (alerts == null && reviewed) {
            reloadAlerts();
        }
        return alerts;
    }

    /**
     * What a tile's edge says, the one meaning of its colour: the severity of the most severe unresolved alert on
     * that figure in this quarter (critical, warning or info), or nothing. A figure short of design that no rule
     * flags (98.7 % of design throughput) keeps its plain edge; its text still says how far it is from design.
     */
    public String flag(KeyFigureTile tile) {
        return alertsOn(tile).stream().map(Alert::severity).min(Comparator.comparing(MineDashboardBean::severityRank))
                .map(s -> "mw-kpi-" + s.toLowerCase(Locale.ROOT)).orElse("");
    }

    /** The sentences of the alerts on a tile's figure, for its tooltip. */
    public String flagText(KeyFigureTile tile) {
        return alertsOn(tile).stream().map(alertText::message).collect(Collectors.joining(" · "));
    }

    private List<Alert> alertsOn(KeyFigureTile tile) {
        List<Alert> open = getAlerts();
        if (open == null) {
            return List.of();
        }
        return open.stream().filter(a -> a.period().equals(quarter) && Objects.equals(a.metal().orElse(null), tile.metal())
                && Findings.measureOf(a.rule()).filter(tile.measure()::equals).isPresent()).toList();
    }

    public List<Metal> getTrendMetals() {
        return review() == null ? List.of() : review.metalsReported();
    }

    // the charts: throughput against design, and the chosen metal's production, head grade and recovery against design

    /**
     * Whether a chart (throughput, production, grade or recovery) has a figure to draw; without, the page says so
     * instead of an empty axis.
     */
    public boolean hasData(String chart) {
        TrendChart built = switch (chart) {
            case "throughput" -> throughputChart();
            case "production" -> productionChart();
            case "grade" -> gradeChart();
            case "recovery" -> recoveryChart();
            default -> throw new IllegalArgumentException("No chart " + chart);
        };
        return !built.isEmpty();
    }

    /** A chart built once for the view and metal shown: the page asks for it and for whether it has data. */
    private TrendChart chart(String name, Supplier<TrendChart> build) {
        if (charts == null) {
            charts = new HashMap<>();
        }
        return charts.computeIfAbsent(name + "|" + trendMetal, key -> build.get());
    }

    public String getThroughputChart() {
        return throughputChart().toJson();
    }

    private TrendChart throughputChart() {
        return chart("throughput", () -> {
            List<TrendPoint> tpd = review().trend(Measure.TPD, null);
            return TrendChart.bars(categories(tpd))
                    .series(Messages.text("measure.tpd"), tpd, TrendPoint::value, "#3b82f6")
                    .design(Messages.text("dashboard.design"), tpd, TrendPoint::design, "#dc2626")
                    .unit(Measure.TPD.unit(null).symbol());
        });
    }

    public String getProductionChart() {
        return productionChart().toJson();
    }

    private TrendChart productionChart() {
        return chart("production", () -> {
            List<TrendPoint> points = review().trend(Measure.PRODUCTION, trendMetal);
            return TrendChart.bars(categories(points))
                    .series(Messages.text("measure.production") + " " + trendMetal.symbol(), points, TrendPoint::value, "#0d9488")
                    .unit(trendMetal.productionUnit().symbol());
        });
    }

    public String getGradeChart() {
        return gradeChart().toJson();
    }

    private TrendChart gradeChart() {
        return chart("grade", () -> {
            List<TrendPoint> points = review().trend(Measure.GRADE, trendMetal);
            return TrendChart.lines(categories(points))
                    .series(Messages.text("measure.grade") + " " + trendMetal.symbol(), points, TrendPoint::value, "#a16207")
                    .unit(trendMetal.gradeUnit().symbol());
        });
    }

    public String getRecoveryChart() {
        return recoveryChart().toJson();
    }

    private TrendChart recoveryChart() {
        return chart("recovery", () -> {
            List<TrendPoint> points = review().trend(Measure.RECOVERY, trendMetal);
            return TrendChart.lines(categories(points))
                    .series(Messages.text("measure.recovery") + " " + trendMetal.symbol(), points, TrendPoint::value, "#7c3aed")
                    .design(Messages.text("dashboard.design"), points, TrendPoint::design, "#dc2626")
                    .unit("%");
        });
    }

    private static List<String> categories(List<TrendPoint> points) {
        return points.stream().map(p -> p.quarter().code()).toList();
    }

    public String getMine() {
        return mine;
    }

    /**
     * The mine asked for: by the page's address before the view is loaded, then by the mine menu (whose choices are
     * the caller's mines). A postback whose address names a mine the caller may not see, which only a tampered
     * request does, is refused as that address would be, not found, rather than shown the mine it had.
     */
    public void setMine(String mine) {
        if (reviewed && mine != null && !mine.equals(this.mine)) {
            production.visibleMine(mine); // NotFoundException, the page's not-found answer, for another's mine
        }
        this.mine = mine;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public boolean isThisQuarterOnly() {
        return thisQuarterOnly;
    }

    public void setThisQuarterOnly(boolean thisQuarterOnly) {
        this.thisQuarterOnly = thisQuarterOnly;
    }

    public Metal getTrendMetal() {
        return trendMetal;
    }

    public void setTrendMetal(Metal trendMetal) {
        this.trendMetal = trendMetal;
    }
}
