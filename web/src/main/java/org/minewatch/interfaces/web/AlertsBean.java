package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.minewatch.application.AlertService;
import org.minewatch.application.AlertService.AlertFilter;
import org.minewatch.application.ProductionService;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.interfaces.web.AlertDecisionBean.AlertsDecided;

/**
 * The alerts inbox: the alerts the caller may see, filtered by mine, severity, status, rule and period, each
 * with its evidence and history; several can be acknowledged at once with one comment.
 */
@Named
@ViewScoped
public class AlertsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AlertService alertService;

    @Inject
    private ProductionService productionService;

    private String status = AlertStatus.OPEN.name();
    private String severity;
    private String mine;
    private String rule;
    private String period;
    // The view lives in the session, which moves between nodes: it keeps the filters and the selected ids; the
    // alerts and the filters' choices are read again on a node that has not read them (transient).
    private transient List<Mine> mines;
    private transient List<String> rules;
    private transient List<String> periods;
    private transient List<Alert> alerts;
    private List<Long> selectedIds = new ArrayList<>();

    @PostConstruct
    void load() {
        loadChoices();
        reload();
    }

    /** The filters' choices: what the caller's alerts hold, read once for the view rather than at every render. */
    private void loadChoices() {
        mines = productionService.visibleMines();
        List<Alert> all = alertService.alerts(new AlertFilter(null, null, null, null, null));
        rules = all.stream().map(Alert::rule).distinct().sorted().toList();
        periods = all.stream().map(Alert::period).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    public void reload() {
        alerts = alertService.alerts(new AlertFilter(blank(status) ? null : AlertStatus.valueOf(status), blank(mine) ? null : mine,
                blank(period) ? null : period, blank(rule) ? null : rule, blank(severity) ? null : severity));
        Set<Long> shown = alerts.stream().map(Alert::id).collect(Collectors.toSet());
        selectedIds = new ArrayList<>(selectedIds.stream().filter(shown::contains).toList());
    }

    void onDecided(@Observes(notifyObserver = Reception.IF_EXISTS) AlertsDecided decided) {
        selectedIds.clear();
        reload();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The ids of the selected alerts that are still open: what a bulk acknowledgement applies to. */
    public List<Long> getSelectedOpenIds() {
        return getSelected().stream().filter(a -> a.status() == AlertStatus.OPEN).map(Alert::id).toList();
    }

    public List<Alert> getAlerts() {
        if (alerts == null) {
            reload();
        }
        return alerts;
    }

    public List<String> getStatuses() {
        return Arrays.stream(AlertStatus.values()).map(Enum::name).toList();
    }

    public List<Mine> getMines() {
        if (mines == null) {
            loadChoices();
        }
        return mines;
    }

    /** The rules and periods of the alerts the caller may see, for the filters. */
    public List<String> getRules() {
        if (rules == null) {
            loadChoices();
        }
        return rules;
    }

    public List<String> getPeriods() {
        if (periods == null) {
            loadChoices();
        }
        return periods;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getMine() {
        return mine;
    }

    public void setMine(String mine) {
        this.mine = mine;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<Alert> getSelected() {
        return getAlerts().stream().filter(a -> selectedIds.contains(a.id())).toList();
    }

    public void setSelected(List<Alert> selected) {
        this.selectedIds = selected == null ? new ArrayList<>() : new ArrayList<>(selected.stream().map(Alert::id).toList());
    }
}
