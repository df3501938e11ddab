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
import org.minewatch.application.ThresholdService;
import org.minewatch.application.ThresholdService.Setting;

/**
 * {@code /api/settings/thresholds}, administrators only: {@code GET} lists every threshold with its value,
 * default, unit and meaning; {@code PUT} with {@code {"recovery.tolerance.points": 3}} changes the named
 * ones (all or none) and re-evaluates the alerts.
 */
@Path("settings/thresholds")
@RolesAllowed("ADMIN")
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
    public List<ThresholdView> thresholds() {
        return thresholdService.settings().stream().map(ThresholdView::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ThresholdView> change(Map<String, BigDecimal> changes) {
        return thresholdService.update(changes == null ? Map.of() : changes).stream().map(ThresholdView::of).toList();
    }
}
