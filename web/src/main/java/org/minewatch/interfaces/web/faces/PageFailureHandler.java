package org.minewatch.interfaces.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minewatch.application.AccessDeniedException;
import org.minewatch.application.NotFoundException;

/**
 * What a page answers when a postback cannot be carried out because of what the client sent, rather than
 * with the server-error page (a 500 and a stack trace in the log for something the server did not get wrong):
 * <ul>
 * <li>a view that can no longer be restored (left open past the session, or its session taken over without it),
 * or a view state the server cannot use at all (a forged {@code jakarta.faces.ViewState=stateless}): the page
 * is opened again, as a fresh request, which sends a visitor whose session ended to the sign-in page first; an
 * ajax postback gets the same redirect as a partial response;</li>
 * <li>a postback to a page that does not exist ({@code /ADMIN/users.xhtml}): 404, as a plain request gets;</li>
 * <li>a postback that asks for what the caller may not see (another mine's, by a tampered parameter): the
 * not-found or forbidden page, as the same request without a postback gets;</li>
 * <li>any other failure of an ajax postback: the server-error page, the failure in the log with a reference.
 * Faces' own answer would name the failure's class in the partial response ({@code <error-name>}), telling
 * the client about the implementation.</li>
 * </ul>
 * Any other failure of a plain postback goes on to Faces' own handling (the server-error page).
 */
public class PageFailureHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageFailureHandler.class.getName());

    public PageFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            ExceptionQueuedEvent event = events.next();
            Throwable failure = event.getContext().getException();
            while (failure instanceof FacesException && !(failure instanceof ViewExpiredException) && failure.getCause() != null) {
                failure = failure.getCause();
            }
            try {
                if (failure instanceof FileNotFoundException) {
                    // Faces has usually sent its 404 already, and the failure it queues on top would turn it into a 500
                    if (!faces.getExternalContext().isResponseCommitted()) {
                        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
                    }
                } else if (failure instanceof ViewExpiredException expired && expired.getViewId() != null) {
                    openAgain(faces.getExternalContext(), expired.getViewId());
                } else if (event.getContext().getPhaseId() == PhaseId.RESTORE_VIEW && isPost(faces)) {
                    openAgain(faces.getExternalContext(), faces.getExternalContext().getRequestServletPath());
                } else if (!answeredWithErrorPage(faces, failure)) {
                    continue;
                }
                faces.responseComplete();
                events.remove();
            } catch (IOException e) {
                // the response is gone: leave the failure to the default handling
            }
        }
        getWrapped().handle();
    }

    /**
     * The error page for what the caller may not see, or for any failure of an ajax postback; false when the
     * failure is left to Faces (a plain postback's unexpected failure) or the answer has begun already.
     */
    private static boolean answeredWithErrorPage(FacesContext faces, Throwable failure) throws IOException {
        ExternalContext external = faces.getExternalContext();
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        // the services' refusals arrive wrapped by the expression language and Faces
        for (Throwable cause = failure; cause != null && status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR; cause = cause.getCause()) {
            status = cause instanceof NotFoundException ? HttpServletResponse.SC_NOT_FOUND
                    : cause instanceof AccessDeniedException ? HttpServletResponse.SC_FORBIDDEN : status;
        }
        if (external.isResponseCommitted() || (!ajax && status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR)) {
            return false;
        }
        external.responseReset();
        if (!ajax) {
            external.responseSendError(status, null);
            return true;
        }
        if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            LOG.log(Level.SEVERE, "Unexpected failure of an ajax postback, reference " + UUID.randomUUID(), failure);
        }
        // an ajax postback follows a redirect given in the partial response: the page the same request would show
        String page = switch (status) {
            case HttpServletResponse.SC_NOT_FOUND -> "/error/not-found.html";
            case HttpServletResponse.SC_FORBIDDEN -> "/error/forbidden.html";
            default -> "/error/server-error.html";
        };
        external.redirect(external.getRequestContextPath() + page);
        return true;
    }

    private static boolean isPost(FacesContext faces) {
        return faces.getExternalContext().getRequest() instanceof HttpServletRequest request && "POST".equals(request.getMethod());
    }

    private static void openAgain(ExternalContext external, String viewId) throws IOException {
        external.redirect(external.getRequestContextPath() + viewId);
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageFailureHandler(getWrapped().getExceptionHandler());
        }
    }
}
