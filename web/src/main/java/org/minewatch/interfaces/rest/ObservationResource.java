package org.minewatch.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minewatch.application.ProductionService;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Observation;

/**
 * {@code GET /api/observations?mine=&period=}: figures in the observation format of the import, {@code mine}
 * null for consolidated figures, {@code metal} null for tonnes and tpd.
 */
@Path("observations")
@Tag(name = "Production")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {

    @Inject
    private ProductionService productionService;

    @JsonbNillable
    @JsonbPropertyOrder({"mine", "period", "measure", "metal", "value", "unit"})
    public record ObservationView(String mine, String period, String measure, String metal, BigDecimal value, String unit) {

        static ObservationView of(Observation o) {
            return new ObservationView(o.mine(), o.period().code(), o.measure().code(), o.metal() == null ? null : o.metal().name(),
                    o.value(), o.unit().symbol());
        }
    }

    /**
     * @param mine   a mine's id or name; all visible mines (and consolidated figures) when absent
     * @param period {@code 2011-Q3}, {@code 2011-9M}, {@code 2011-FY} or {@code 2013-06}; all when absent
     */
    @GET
    @Operation(summary = "Figures in the observation format",
            description = "Without mine: every mine the caller may see and, for executives and administrators, the consolidated figures.", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ALL))
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "A malformed period")
    @APIResponse(responseCode = "404", description = "A mine that does not exist or that the caller may not see")
    public List<ObservationView> observations(@Parameter(description = "A mine's id or name") @QueryParam("mine") String mine,
                                              @Parameter(description = "2011-Q3, 2011-9M, 2011-FY or 2013-06") @QueryParam("period") String period) {
        Optional<ReportingPeriod> reportingPeriod = blank(period) ? Optional.empty() : Optional.of(ReportingPeriod.parse(period));
        return productionService.observations(blank(mine) ? Optional.empty() : Optional.of(mine), reportingPeriod)
                .stream().map(ObservationView::of).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
