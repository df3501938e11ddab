package org.minewatch.interfaces.web.faces;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.minewatch.interfaces.web.LanguageBean;

/**
 * Every view is created in the session's language ({@link LanguageBean}), the one place that decides it. Faces
 * would otherwise give a new view the browser's language and apply the template's {@code f:view locale} only
 * when rendering, so whatever a page's bean wrote while loading (the dashboard's key-figure tiles, messages)
 * stayed in the browser's language after the user had chosen the other one.
 */
public class SessionLanguageViewHandler extends ViewHandlerWrapper {

    public SessionLanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(LanguageBean.class).get().getLocale();
    }
}
