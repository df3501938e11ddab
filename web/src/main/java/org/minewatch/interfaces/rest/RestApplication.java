package org.minewatch.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}, HTTP Basic (see the README for its resources).
 *
 * <p>A resource for some roles only says so with {@code @RolesAllowed}: Payara enforces it before the
 * request's body is read, so a caller without the role gets 403 whatever they send, never a 400 that
 * judged a body they had no right to send. The application services check the role again, for the pages.
 */
@ApplicationPath("api")
public class RestApplication extends Application {
}
