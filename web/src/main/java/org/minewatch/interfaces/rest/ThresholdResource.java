package org.minewatch.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minewatch.application.ThresholdService;
import org.minewatch.application.ThresholdService.Setting;

/**
 * {@code /api/settings/thresholds}, administrators only: {@code GET} lists every threshold with its value,
 * default, unit and meaning; {@code PUT} with {@code {"recovery.tolerance.points": 3}} changes the named
 * ones (all or none) and re-evaluates the alerts.
 * <p>
 * Both answer with an {@code ETag} for the thresholds as a whole. A {@code PUT} that sends it back in
 * {@code If-Match} is refused with 412, changing nothing, if any threshold changed since that read, so that a
 * script working from an old read cannot silently undo another administrator's change; without
 * {@code If-Match} the change applies to the thresholds as they are now.
 */
@Path("settings/thresholds")
@RolesAllowed("ADMIN")
@Tag(name = "Alerts")
@Produces(MediaType.APPLICATION_JSON)
public class ThresholdResource {

    @Inject
    private ThresholdService thresholdService;

    @JsonbNillable
    @JsonbPropertyOrder({"key", "value", "default", "unit", "description", "updatedBy", "updatedAt"})
    public record ThresholdView(String key, BigDecimal value, @jakarta.json.bind.annotation.JsonbProperty("default") BigDecimal defaultValue,
                                String unit, String description, String updatedBy, String updatedAt) {
        static ThresholdView of(Setting s) {
            return new ThresholdView(s.key().key(), s.value(), s.defaultValue(), s.key().unit(), s.key().description(), s.updatedBy(),
                    s.updatedAt() == null ? null : s.updatedAt().toString());
        }
    }

    @GET
    @Operation(summary = "Every threshold of the rules", description = "Its value, default, unit, meaning and who changed it last.", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))
    @APIResponse(responseCode = "200", description = "The thresholds", headers = @Header(name = "ETag", description = "Their state, for If-Match on a change"))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Response thresholds() {
        List<Setting> settings = thresholdService.settings();
        return Response.ok(views(settings)).tag(tagOf(settings)).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change thresholds", description = "The named thresholds, all or none, e.g. {\"recovery.tolerance.points\": 3}; then re-evaluates.",
            extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))
    @Parameter(in = ParameterIn.HEADER, name = "If-Match", description = "The ETag of the read the change is based on: refused with 412 if any threshold changed since")
    @APIResponse(responseCode = "200", description = "Every threshold, as changed", headers = @Header(name = "ETag", description = "Their new state"))
    @APIResponse(responseCode = "400", description = "An unknown key, a value out of range, nothing to change or a malformed body")
    @APIResponse(responseCode = "403", description = "Not an administrator, or sent from another site's page")
    @APIResponse(responseCode = "409", description = "Another administrator changed a named threshold at the same moment; nothing was changed")
    @APIResponse(responseCode = "412", description = "A threshold changed since the read named in If-Match; nothing was changed")
    public Response change(Map<String, BigDecimal> changes, @Context Request request) {
        List<Setting> read = thresholdService.settings();
        EntityTag current = tagOf(read);
        if (request.evaluatePreconditions(current) != null) {
            return ApiError.response(Response.Status.PRECONDITION_FAILED, "The thresholds were changed since the read your If-Match names (now "
                    + current + "); nothing was changed: read them again and send the change with the new ETag");
        }
        // The versions just checked go with the change, so that one committed in between is refused too (409).
        Map<String, Long> readVersions = read.stream().collect(Collectors.toMap(r -> r.key().key(), Setting::version));
        List<Setting> changed = thresholdService.update(changes == null ? Map.of() : changes, readVersions);
        return Response.ok(views(changed)).tag(tagOf(changed)).build();
    }

    private static List<ThresholdView> views(List<Setting> settings) {
        return settings.stream().map(ThresholdView::of).toList();
    }

    /**
     * The thresholds' state as one tag: the sum of their versions. A change raises the version of each threshold it
     * changes and nothing lowers one or removes a threshold, so the sum grows with every change and never repeats.
     */
    static EntityTag tagOf(List<Setting> settings) {
        return new EntityTag(Long.toString(settings.stream().mapToLong(Setting::version).sum()));
    }
}
