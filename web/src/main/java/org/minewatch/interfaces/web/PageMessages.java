package org.minewatch.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.minewatch.application.AdministrationService.Refused;

/**
 * Messages of the administration pages, in the page's language: a confirmation by its key, or why a change
 * was refused. A refusal the application names ({@link Refused}) is said with {@code admin.refused.<reason>};
 * anything else with the service's own (English) sentence, which names the problem.
 */
final class PageMessages {

    private PageMessages() {
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        return new MessageFormat(msg.getString(key), faces.getViewRoot().getLocale()).format(arguments);
    }

    static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    /** Says why a change was refused and marks the request failed, so that dialogs stay open. */
    static void refused(RuntimeException e) {
        refused(describe(e));
    }

    static void refused(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    static String describe(RuntimeException e) {
        if (e instanceof Refused refused) {
            try {
                return text("admin.refused." + refused.reason(), refused.arguments());
            } catch (MissingResourceException missing) {
                return e.getMessage();
            }
        }
        return e.getMessage();
    }
}
