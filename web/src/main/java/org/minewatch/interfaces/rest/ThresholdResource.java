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
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minewatch.application.ThresholdService;
import org.minewatch.application.ThresholdService.Setting;

/**
 * {@code /api/settings/thresholds}, administrators only: {@code GET} lists every threshold with its value,
 * default, unit and meaning; {@code PUT} with {@code {"recovery.tolerance.points": 3}} changes the named
 * ones (all or none) and re-evaluates the alerts.
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
    @APIResponse(responseCode = "200", description = "The thresholds")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<ThresholdView> thresholds() {
        return thresholdService.settings().stream().map(ThresholdView::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change thresholds", description = "The named thresholds, all or none, e.g. {\"recovery.tolerance.points\": 3}; then re-evaluates.",
            extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))
    @APIResponse(responseCode = "200", description = "Every threshold, as changed")
    @APIResponse(responseCode = "400", description = "An unknown key, a value out of range, nothing to change or a malformed body")
    @APIResponse(responseCode = "403", description = "Not an administrator, or sent from another site's page")
    public List<ThresholdView> change(Map<String, BigDecimal> changes) {
        return thresholdService.update(changes == null ? Map.of() : changes).stream().map(ThresholdView::of).toList();
    }
}
