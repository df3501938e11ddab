package org.minewatch.interfaces.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A page whose view can no longer be restored (left open past the session, or its session taken over without
 * it) is opened again rather than answered with the error page: the postback is redirected to the same page,
 * as a fresh request, which sends a visitor whose session ended to the sign-in page first. An ajax postback
 * gets the same redirect as a partial response. Any other failure goes on to Faces' own handling.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
            Throwable failure = events.next().getContext().getException();
            while (failure instanceof FacesException && !(failure instanceof ViewExpiredException) && failure.getCause() != null) {
                failure = failure.getCause();
            }
            if (failure instanceof ViewExpiredException expired && expired.getViewId() != null) {
                FacesContext faces = FacesContext.getCurrentInstance();
                ExternalContext external = faces.getExternalContext();
                try {
                    external.redirect(external.getRequestContextPath() + expired.getViewId());
                    faces.responseComplete();
                    events.remove();
                } catch (IOException e) {
                    // the response is gone: leave the failure to the default handling
                }
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
