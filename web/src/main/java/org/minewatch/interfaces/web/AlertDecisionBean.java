package org.minewatch.interfaces.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.minewatch.application.AlertService;

/**
 * Acknowledging and resolving alerts with a comment, wherever alerts are listed (the inbox, a mine's
 * dashboard): one comment dialog and one way of acting. After a decision it announces {@link AlertsDecided}
 * so that the page listing the alerts reloads them.
 */
@Named
@ViewScoped
public class AlertDecisionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Fired after alerts were acknowledged or resolved in this view. */
    public record AlertsDecided(List<Long> ids) {
    }

    @Inject
    private AlertService alertService;

    @Inject
    private Event<AlertsDecided> decided;

    private List<Long> selectedIds = List.of();
    private String comment;

    /** Opens the comment for one alert: what the next acknowledge or resolve applies to. */
    public void select(long id) {
        select(List.of(id));
    }

    /** Opens the comment for several alerts at once (bulk acknowledge in the inbox). */
    public void select(Collection<Long> ids) {
        selectedIds = List.copyOf(ids);
        comment = null;
        if (selectedIds.isEmpty()) {
            refuse(FacesMessage.SEVERITY_WARN, Messages.text("alerts.noneSelected"));
        }
    }

    public void acknowledge() {
        decide(true);
    }

    public void resolve() {
        decide(false);
    }

    private void decide(boolean acknowledge) {
        if (selectedIds.isEmpty()) {
            refuse(FacesMessage.SEVERITY_WARN, Messages.text("alerts.noneSelected"));
            return;
        }
        try {
            if (acknowledge) {
                alertService.acknowledge(selectedIds, comment);
            } else {
                alertService.resolve(selectedIds, comment);
            }
            String summary = Messages.text(acknowledge ? "alerts.acknowledged" : "alerts.resolved");
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    selectedIds.size() == 1 ? summary : summary + " (" + selectedIds.size() + ")", null));
            decided.fire(new AlertsDecided(selectedIds));
            selectedIds = List.of();
            comment = null;
        } catch (IllegalStateException e) {
            // decided since this page was read (in another tab, by someone else): nothing is left to decide here, so
            // the dialog closes and the list is read again to show where the alerts stand now; nothing was stored
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.text(acknowledge ? "alerts.notOpen" : "alerts.alreadyResolved"), null));
            decided.fire(new AlertsDecided(selectedIds));
            selectedIds = List.of();
            comment = null;
        } catch (IllegalArgumentException e) {
            // the domain refused the comment (its words are English, for the API): say why in the page's language; nothing changed
            refuse(FacesMessage.SEVERITY_ERROR, Messages.text(refusal(acknowledge)));
        } catch (RuntimeException e) {
            // decided at the same moment by someone else (perhaps on another node): nothing of this decision was stored
            Messages.refusedIfConcurrent(e);
        }
    }

    /** Why a comment was refused, as a message key. */
    private String refusal(boolean acknowledge) {
        if (comment == null || comment.isBlank()) {
            return acknowledge ? "alerts.commentNeeded" : "alerts.reasonNeeded";
        }
        return "alerts.commentTooLong";
    }

    /** Keeps the dialog as it is (validation failed) and says why. */
    private static void refuse(FacesMessage.Severity severity, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(severity, message, null));
    }

    public int getSelectedCount() {
        return selectedIds.size();
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
