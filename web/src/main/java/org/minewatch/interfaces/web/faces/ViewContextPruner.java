package org.minewatch.interfaces.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Drops the session's record of @ViewScoped beans for views whose beans Faces has already destroyed.
 * <p>
 * Mojarra (4.0.11, in Payara 6.2025.10) keeps the view maps of a session's last 25 views and destroys the beans
 * of the oldest when a 26th opens, but the small map telling which beans a view had stays in the session until the
 * session ends: one more entry for every page opened. Under the load run that was about 14,000 entries in four
 * minutes for 16 people, growth without end for anyone who stays signed in, and a map that a cluster copies in
 * full each time a page opens. After each page is rendered this removes the entries of views no longer among the
 * active view maps, which is where Mojarra itself looks them up, so no live view loses a bean.
 * <p>
 * The two session attributes are Mojarra's (the names are public constants of its ViewScopeManager); with
 * another Faces implementation they are absent and this does nothing. Registered in faces-config.xml.
 */
public class ViewContextPruner implements PhaseListener {

    private static final long serialVersionUID = 1L;

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        Map<String, Object> session = external.getSessionMap();
        if (session.get(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> viewMaps
                && session.get(ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> viewContexts
                && prune(viewMaps, viewContexts) > 0) {
            // Setting the attribute again marks it changed, so that a distributed session is copied without them.
            session.put(ACTIVE_VIEW_CONTEXTS, viewContexts);
        }
    }

    /**
     * Removes from {@code viewContexts} every view id that {@code viewMaps} no longer holds; returns how many.
     * <p>
     * Done holding the view maps' lock, which Mojarra holds while it registers a new view: a view's context entry
     * is made only after its view map is registered, so any entry seen here whose view is not among the view maps
     * belongs to a view already evicted, never to one being opened at the same moment.
     */
    static int prune(Map<?, ?> viewMaps, Map<?, ?> viewContexts) {
        synchronized (viewMaps) {
            Set<Object> stale = new HashSet<>(viewContexts.keySet());
            stale.removeAll(viewMaps.keySet());
            viewContexts.keySet().removeAll(stale);
            return stale.size();
        }
    }
}
