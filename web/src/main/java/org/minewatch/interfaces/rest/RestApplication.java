package org.minewatch.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API under {@code /api}, HTTP Basic (see the README for its resources). */
@ApplicationPath("api")
public class RestApplication extends Application {
}
