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
    public List<AlertView> alerts(@QueryParam("status") String status, @QueryParam("mine") String mine, @QueryParam("period") String period,
                                  @QueryParam("rule") String rule, @QueryParam("severity") String severity) {
        AlertStatus statusFilter = blank(status) ? null : parseStatus(status);
        return alertService.alerts(new AlertFilter(statusFilter, blankToNull(mine), blankToNull(period), blankToNull(rule),
                        blank(severity) ? null : severity.trim().toUpperCase()))
                .stream().map(a -> AlertView.of(a, false)).toList();
    }

    @GET
    @Path("{id}")
    public AlertView alert(@PathParam("id") long id) {
        return AlertView.of(alertService.alert(id), true);
    }

    @POST
    @Path("{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertView acknowledge(@PathParam("id") long id, CommentRequest request) {
        return AlertView.of(alertService.acknowledge(id, request == null ? null : request.comment()), true);
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
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
