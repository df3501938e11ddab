package org.minewatch.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.stream.Stream;
import org.minewatch.domain.model.user.Role;
import org.minewatch.infrastructure.persistence.DatabaseSettings;

/** What the page template shows on every page: who is signed in, in which role, and whether this is demo data. */
@Named
@RequestScoped
public class PortalBean {

    private static final boolean DEMO = DatabaseSettings.fromEnvironment().demoData();

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    public String getUsername() {
        Principal caller = securityContext.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    /** The caller's main role (the first of ADMIN, EXECUTIVE, MINE_MANAGER held), for {@code role.*} messages. */
    public String getRole() {
        return Stream.of(Role.values()).filter(r -> securityContext.isCallerInRole(r.name())).map(Role::name).findFirst().orElse(null);
    }

    public boolean isDemo() {
        return DEMO;
    }

    public void logout() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
