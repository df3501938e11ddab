package org.minewatch.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.minewatch.application.AlertService;
import org.minewatch.application.AlertService.EvaluationSummary;

/** {@code POST /api/evaluations}: re-evaluates every rule now (administrators); it also runs after every change. */
@Path("evaluations")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    private AlertService alertService;

    @POST
    public EvaluationSummary evaluate() {
        return alertService.evaluate();
    }
}
