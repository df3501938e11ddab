package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.minewatch.application.AlertService;
import org.minewatch.application.AlertService.AlertFilter;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.alert.AlertTransition;
import org.minewatch.rules.Sentence;

/**
 * The alerts inbox: the alerts the caller may see, filtered by status and severity, each with its evidence
 * and history; acknowledge or resolve one with a comment. What an alert found is written in the page's
 * language from its sentence's key and arguments.
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
        ResourceBundle msg = messages(faces);
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
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString(refusal(acknowledge, e)), null));
        }
    }

    /** Why the alert refused, as a message key: the domain's own words are English, for the API. */
    private String refusal(boolean acknowledge, RuntimeException e) {
        if (e instanceof IllegalStateException) {
            return acknowledge ? "alerts.notOpen" : "alerts.alreadyResolved";
        }
        if (comment == null || comment.isBlank()) {
            return acknowledge ? "alerts.commentNeeded" : "alerts.reasonNeeded";
        }
        return "alerts.commentTooLong";
    }

    private static ResourceBundle messages(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    /**
     * What the alert found, in the page's language. An alert stored before sentences were kept, or whose
     * sentence this version no longer knows, shows the English message it was stored with.
     */
    public String message(Alert alert) {
        if (alert.messageKey().isEmpty()) {
            return alert.message();
        }
        try {
            return Sentence.of(alert.messageKey().get(), alert.messageArguments().orElse("[]"))
                    .in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        } catch (MissingResourceException | IllegalArgumentException | JsonException e) {
            return alert.message();
        }
    }

    /**
     * A step of the alert's history in the page's language: what the evaluation did for the system's own
     * steps (their stored notes are English), the person's comment as written otherwise.
     */
    public String note(AlertTransition step) {
        if (!Alert.SYSTEM.equals(step.actor())) {
            return step.note().orElse("");
        }
        String key = step.from().isEmpty() ? "alerts.history.raised"
                : step.to() == AlertStatus.OPEN ? "alerts.history.foundAgain" : "alerts.history.notFound";
        return messages(FacesContext.getCurrentInstance()).getString(key);
    }

    public List<Alert> getAlerts() {
        return alerts;
    }

    public List<String> getStatuses() {
        return Arrays.stream(AlertStatus.values()).map(Enum::name).toList();
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
