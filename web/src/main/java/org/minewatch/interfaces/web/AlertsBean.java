package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.ResourceBundle;
import org.minewatch.application.AlertService;
import org.minewatch.application.AlertService.AlertFilter;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertStatus;

/**
 * The alerts inbox: the alerts the caller may see, filtered by status and severity, each with its evidence
 * and history; acknowledge or resolve one with a comment.
 */
@Named
@ViewScoped
public class AlertsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AlertService alertService;

    private String status = AlertStatus.OPEN.name();
    private String severity;
    private List<Alert> alerts;
    private Long selectedId;
    private String comment;

    @PostConstruct
    void load() {
        reload();
    }

    public void reload() {
        alerts = alertService.alerts(new AlertFilter(status == null || status.isBlank() ? null : AlertStatus.valueOf(status), null, null, null,
                severity == null || severity.isBlank() ? null : severity));
    }

    /** Opens the comment for an alert: what the next acknowledge or resolve applies to. */
    public void select(long id) {
        selectedId = id;
        comment = null;
    }

    public void acknowledge() {
        act(true);
    }

    public void resolve() {
        act(false);
    }

    private void act(boolean acknowledge) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            if (acknowledge) {
                alertService.acknowledge(selectedId, comment);
            } else {
                alertService.resolve(selectedId, comment);
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString(acknowledge ? "alerts.acknowledged" : "alerts.resolved"), null));
            selectedId = null;
            comment = null;
            reload();
        } catch (IllegalArgumentException | IllegalStateException e) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public List<Alert> getAlerts() {
        return alerts;
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(AlertStatus.values()).map(Enum::name).toList();
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

    public Long getSelectedId() {
        return selectedId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
