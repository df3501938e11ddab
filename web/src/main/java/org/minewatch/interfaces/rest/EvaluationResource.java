package org.minewatch.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minewatch.application.AlertService;
import org.minewatch.application.AlertService.EvaluationSummary;

/** {@code POST /api/evaluations}: re-evaluates every rule now (administrators); it also runs after every change. */
@Path("evaluations")
@RolesAllowed("ADMIN")
@Tag(name = "Alerts")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    private AlertService alertService;

    @POST
    @Operation(summary = "Evaluate every rule now", description = "Raises, updates and resolves alerts; it also runs after every change.", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))
    @APIResponse(responseCode = "200", description = "What the evaluation did: findings, raised, reopened, resolved, open")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public EvaluationSummary evaluate() {
        return alertService.evaluate();
    }
}
