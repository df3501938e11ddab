package org.minewatch.interfaces.web;

import jakarta.faces.context.FacesContext;

/** The page texts (the {@code msg} bundle) in the current view's language, for texts made in Java. */
final class Messages {

    private Messages() {
    }

    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    }
}
