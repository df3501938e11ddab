package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.minewatch.application.AlertService;
import org.minewatch.application.AlertService.AlertFilter;
import org.minewatch.application.ProductionService;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertOrder;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.interfaces.web.AlertDecisionBean.AlertsDecided;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The alerts inbox: the alerts the caller may see, filtered by mine, severity, status, rule and period, each
 * with its evidence and history; several can be acknowledged at once with one comment. The table reads one page
 * at a time: the database filters, sorts, pages and counts (there may be thousands of alerts), and the filters'
 * choices are the rules and periods the caller's alerts hold, each asked of the database once.
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
    // table's page, the selected alerts and the filters' choices are read again on a node that has not read them (transient).
    private transient List<Mine> mines;
    private transient List<String> rules;
    private transient List<String> periods;
    private transient AlertPages alerts;
    private transient List<Alert> selected;
    private List<Long> selectedIds = new ArrayList<>();

    @PostConstruct
    void load() {
        loadChoices();
    }

    /** The filters' choices: what the caller's alerts hold, read once for the view rather than at every render. */
    private void loadChoices() {
        mines = productionService.visibleMines();
        rules = alertService.rules();
        periods = alertService.periods();
    }

    /** A filter changed: the table reads its page anew as it renders; the selection keeps the alerts the filters still show. */
    public void reload() {
        selected = selectedIds.isEmpty() ? List.of() : alertService.alerts(filter(), selectedIds);
        selectedIds = new ArrayList<>(selected.stream().map(Alert::id).toList());
    }

    void onDecided(@Observes(notifyObserver = Reception.IF_EXISTS) AlertsDecided decided) {
        selectedIds.clear();
        selected = List.of();
    }

    private AlertFilter filter() {
        return new AlertFilter(blank(status) ? null : AlertStatus.valueOf(status), blank(mine) ? null : mine,
                blank(period) ? null : period, blank(rule) ? null : rule, blank(severity) ? null : severity);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The ids of the selected alerts that are still open: what a bulk acknowledgement applies to. */
    public List<Long> getSelectedOpenIds() {
        return getSelected().stream().filter(a -> a.status() == AlertStatus.OPEN).map(Alert::id).toList();
    }

    public LazyDataModel<Alert> getAlerts() {
        if (alerts == null) {
            alerts = new AlertPages();
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

    /**
     * The mine filter's choices, made here rather than by the page per item (an expression per label and value of 200
     * mines, twice: the menu's options and its panel, was a sixth of the page's time on the generated portfolio).
     */
    public List<SelectItem> getMineItems() {
        return getMines().stream().map(m -> new SelectItem(String.valueOf(m.id()), m.name())).toList();
    }

    /** The rule filter's choices, in the page's language. */
    public List<SelectItem> getRuleItems() {
        return getRules().stream().map(r -> new SelectItem(r, Messages.text("rule." + r))).toList();
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

    /** The selected alerts, on whatever page they are. */
    public List<Alert> getSelected() {
        if (selected == null) {
            selected = selectedIds.isEmpty() ? List.of() : alertService.alerts(filter(), selectedIds);
        }
        return selected;
    }

    public void setSelected(List<Alert> selected) {
        this.selected = selected == null ? List.of() : List.copyOf(selected);
        this.selectedIds = new ArrayList<>(this.selected.stream().map(Alert::id).toList());
    }

    /**
     * The table's pages, as the filters and the table's sorting ask for them. The sortable columns' fields name the
     * keys of {@link AlertOrder}. A selected alert's row key is its id; the table asks for the alert of each selected
     * key, and those of other pages are the selection read before.
     */
    private final class AlertPages extends LazyDataModel<Alert> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(alertService.count(filter()));
        }

        @Override
        public List<Alert> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            List<AlertOrder> order = sortBy.values().stream().filter(SortMeta::isActive).sorted()
                    .map(s -> new AlertOrder(AlertOrder.Key.valueOf(s.getField().toUpperCase(Locale.ROOT)), s.getOrder() == SortOrder.ASCENDING))
                    .toList();
            return alertService.alerts(filter(), order, first, pageSize);
        }

        @Override
        public String getRowKey(Alert alert) {
            return String.valueOf(alert.id());
        }

        @Override
        public Alert getRowData(String rowKey) {
            long id;
            try {
                id = Long.parseLong(rowKey);
            } catch (NumberFormatException e) {
                return null;
            }
            Predicate<Alert> withId = a -> a.id() == id;
            List<Alert> page = getWrappedData();
            return (page == null ? Stream.<Alert>empty() : page.stream()).filter(withId).findFirst()
                    .or(() -> getSelected().stream().filter(withId).findFirst())
                    // chosen on a page this node did not render (the session moved): read it, if the caller may see it
                    .or(() -> alertService.alerts(filter(), List.of(id)).stream().findFirst())
                    .orElse(null);
        }
    }
}
