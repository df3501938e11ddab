package org.minewatch.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import org.minewatch.application.ConcurrentChangeException;
import org.minewatch.application.ImportWorkLimit;
import org.minewatch.application.Refused;
import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;

/**
 * The page texts (the {@code msg} bundle) in the page's language, for texts made in Java: a text by its key,
 * a confirmation, or why a change was refused. A refusal the application names ({@link Refused}) is said with its key ({@code admin.refused.<reason>}, {@code import.refused.<reason>});
 * anything else with the service's own (English) sentence, which names the problem.
 */
final class Messages {

    private Messages() {
    }

    /** A text; with arguments, a pattern formatted in the page's locale (numbers as the reader writes them). */
    static String text(String key, Object... arguments) {
        return PageTexts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    /** A sentence of the domain or the rules (a parser's warning, a finding) in the page's language. */
    static String said(Sentence sentence) {
        return sentence.in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
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

    /**
     * Says that someone changed the same record since it was read or at the same moment, if that is why the
     * change failed (nothing was stored, so the page may be read again); any other failure goes on to the
     * error page.
     */
    static void refusedIfConcurrent(RuntimeException e) {
        if (ConcurrentChangeException.in(e).isEmpty()) {
            throw e;
        }
        refused(text("concurrentChange"));
    }

    /**
     * The node works on as many previews and imports as it takes ({@link ImportWorkLimit}): said in the page's language,
     * with the API's Retry-After. A plain request is answered 503 as the API is; an ajax one keeps its 200, or the page
     * would not show the message (PrimeFaces takes any other status for a failure of its own).
     */
    static void busy() {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().setResponseHeader("Retry-After", Integer.toString(ImportWorkLimit.Busy.RETRY_AFTER_SECONDS));
        if (!faces.getPartialViewContext().isAjaxRequest()) {
            faces.getExternalContext().setResponseStatus(503);
        }
        refused(text("import.busy", ImportWorkLimit.Busy.RETRY_AFTER_SECONDS));
    }

    static String describe(RuntimeException e) {
        if (e instanceof InvalidValueException invalid) {
            return said(invalid.sentence()); // a period, metal, unit, figure or CSV line that cannot be read as written
        }
        if (e instanceof Refused refused) {
            Object[] arguments = refused.arguments();
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof Sentence sentence) {
                    arguments[i] = said(sentence); // a parser's warning or a figure's problem, in the page's words too
                }
            }
            try {
                return text(refused.key(), arguments);
            } catch (MissingResourceException missing) {
                return e.getMessage();
            }
        }
        return e.getMessage();
    }
}
