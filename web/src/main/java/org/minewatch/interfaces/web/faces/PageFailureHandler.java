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

/**
 * What a page answers when a postback cannot be carried out because of what the client sent, rather than
 * with the server-error page (a 500 and a stack trace in the log for something the server did not get wrong):
 * <ul>
 * <li>a view that can no longer be restored (left open past the session, or its session taken over without it),
 * or a view state the server cannot use at all (a forged {@code jakarta.faces.ViewState=stateless}): the page
 * is opened again, as a fresh request, which sends a visitor whose session ended to the sign-in page first; an
 * ajax postback gets the same redirect as a partial response;</li>
 * <li>a postback to a page that does not exist ({@code /ADMIN/users.xhtml}): 404, as a plain request gets.</li>
 * </ul>
 * Any other failure goes on to Faces' own handling.
 */
public class PageFailureHandler extends ExceptionHandlerWrapper {

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
                } else {
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
