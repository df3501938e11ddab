package org.minewatch.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minewatch.application.AlertService;
import org.minewatch.application.AlertService.AlertFilter;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.alert.AlertTransition;
import org.minewatch.domain.model.mine.Mine;

/**
 * {@code /api/alerts}: the alerts the caller may see, with filters; one alert with its history; acknowledge
 * and resolve with a comment.
 */
@Path("alerts")
@Tag(name = "Alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    // Json.createX looks the provider up anew on every call (a service-loader scan): look it up once
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    private AlertService alertService;

    @JsonbPropertyOrder({"from", "to", "by", "at", "note"})
    @JsonbNillable
    public record TransitionView(String from, String to, String by, String at, String note) {
        static TransitionView of(AlertTransition t) {
            return new TransitionView(t.from().map(Enum::name).orElse(null), t.to().name(), t.actor(), t.occurredAt().toString(), t.note().orElse(null));
        }
    }

    @JsonbNillable
    @JsonbPropertyOrder({"id", "rule", "severity", "status", "company", "mine", "metal", "period", "message", "evidence", "raisedAt", "updatedAt",
            "acknowledgedBy", "acknowledgedAt", "comment", "history"})
    public record AlertView(long id, String rule, String severity, String status, String company, String mine, String metal, String period,
                            String message, JsonObject evidence, String raisedAt, String updatedAt, String acknowledgedBy, String acknowledgedAt,
                            String comment, List<TransitionView> history) {

        static AlertView of(Alert a, boolean withHistory) {
            AlertTransition ack = a.acknowledgement().orElse(null);
            JsonObject evidence;
            try (var reader = JSON.createReader(new StringReader(a.evidence()))) {
                evidence = reader.readObject();
            }
            return new AlertView(a.id(), a.rule(), a.severity(), a.status().name(), a.company().name(), a.mine().map(Mine::name).orElse(null),
                    a.metal().orElse(null), a.period(), a.message(), evidence, a.raisedAt().toString(), a.updatedAt().toString(),
                    ack == null ? null : ack.actor(), ack == null ? null : ack.occurredAt().toString(), ack == null ? null : ack.note().orElse(null),
                    withHistory ? a.history().stream().map(TransitionView::of).toList() : null);
        }
    }

    /** The body of acknowledge and resolve. */
    public record CommentRequest(String comment) {
    }

    @GET
    @Operation(summary = "The alerts the caller may see, newest first", description = "Every filter is optional. A mine manager gets their mines' alerts only.",
            extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ALL))
    @APIResponse(responseCode = "200", description = "The alerts, without their history")
    @APIResponse(responseCode = "400", description = "An unknown status")
    @APIResponse(responseCode = "404", description = "A mine that does not exist or that the caller may not see")
    public List<AlertView> alerts(@Parameter(description = "OPEN, ACKNOWLEDGED or RESOLVED") @QueryParam("status") String status,
                                  @Parameter(description = "A mine's id or name") @QueryParam("mine") String mine,
                                  @Parameter(description = "e.g. 2011-Q3") @QueryParam("period") String period,
                                  @Parameter(description = "A rule id, e.g. recovery-below-design") @QueryParam("rule") String rule,
                                  @Parameter(description = "INFO, WARNING or CRITICAL") @QueryParam("severity") String severity) {
        AlertStatus statusFilter = blank(status) ? null : parseStatus(status);
        return alertService.alerts(new AlertFilter(statusFilter, blankToNull(mine), blankToNull(period), blankToNull(rule),
                        blank(severity) ? null : severity.trim().toUpperCase()))
                .stream().map(a -> AlertView.of(a, false)).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One alert with its history", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ALL))
    @APIResponse(responseCode = "200", description = "The alert")
    @APIResponse(responseCode = "404", description = "No such alert among those the caller may see")
    public AlertView alert(@PathParam("id") long id) {
        return AlertView.of(alertService.alert(id), true);
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge an OPEN alert with a comment", description = "Body: {\"comment\": \"...\"}.", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ALL))
    @APIResponse(responseCode = "200", description = "The alert, ACKNOWLEDGED")
    @APIResponse(responseCode = "400", description = "No comment, a comment over 2,000 characters or a malformed body")
    @APIResponse(responseCode = "404", description = "No such alert among those the caller may see")
    @APIResponse(responseCode = "409", description = "The alert is not OPEN")
    public AlertView acknowledge(@PathParam("id") long id, CommentRequest request) {
        return AlertView.of(alertService.acknowledge(id, request == null ? null : request.comment()), true);
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resolve an alert by hand, with the reason", description = "Body: {\"comment\": \"the reason\"}.", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ALL))
    @APIResponse(responseCode = "200", description = "The alert, RESOLVED")
    @APIResponse(responseCode = "400", description = "No reason, a reason over 2,000 characters or a malformed body")
    @APIResponse(responseCode = "404", description = "No such alert among those the caller may see")
    @APIResponse(responseCode = "409", description = "The alert is already RESOLVED")
    public AlertView resolve(@PathParam("id") long id, CommentRequest request) {
        return AlertView.of(alertService.resolve(id, request == null ? null : request.comment()), true);
    }

    private static AlertStatus parseStatus(String status) {
        try {
            return AlertStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown status '" + status + "': expected OPEN, ACKNOWLEDGED or RESOLVED");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
