package org.minewatch.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.minewatch.domain.model.user.Role;

/**
 * Where a person lands after signing in: executives and administrators on guidance compliance, the
 * question they come with; mine managers on their mine's latest quarter.
 */
@Named
@RequestScoped
public class LandingBean {

    @Inject
    private SecurityContext securityContext;

    public String land() {
        boolean reviewsGuidance = securityContext.isCallerInRole(Role.EXECUTIVE.name()) || securityContext.isCallerInRole(Role.ADMIN.name());
        return (reviewsGuidance ? "/guidance" : "/dashboard") + "?faces-redirect=true";
    }
}
