package org.minewatch.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minewatch.application.GuidanceService;
import org.minewatch.application.GuidanceService.Compliance;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.rules.fact.GuidanceFact;

/** {@code GET /api/guidance?year=&asOf=}: each guidance in force for the year and where it stands. */
@Path("guidance")
@Tag(name = "Guidance")
@Produces(MediaType.APPLICATION_JSON)
public class GuidanceResource {

    @Inject
    private GuidanceService guidanceService;

    @JsonbNillable
    @JsonbPropertyOrder({"company", "mine", "metal", "unit", "guidance", "low", "high", "actualToDate", "lastQuarter", "quartersElapsed",
            "projection", "requiredPerQuarter", "pace", "proRataShare", "status", "projectionMethod", "message"})
    public record GuidanceView(String company, String mine, String metal, String unit, Double guidance, Double low, Double high, double actualToDate,
                               double lastQuarter, int quartersElapsed, double projection, double requiredPerQuarter, Double pace, Double proRataShare,
                               String status, String projectionMethod, String message) {

        static GuidanceView of(Compliance c) {
            GuidanceFact g = c.figures();
            return new GuidanceView(g.getCompany(), g.getMine(), g.getMetal(), g.getUnit(), g.isRange() ? null : g.getLow(),
                    g.isRange() ? g.getLow() : null, g.isRange() ? g.getHigh() : null, g.getActualToDate(), g.getLastQuarter(), g.getQuartersElapsed(),
                    Math.round(g.getProjection()), g.getRequiredPerQuarter(), g.getPace(), g.getProRataShare(), c.status().name(), g.getProjectionMethod(),
                    c.message());
        }
    }

    @GET
    @Operation(summary = "Each guidance in force for a year and where it stands",
            description = "Actual to date, projection, the rate each remaining quarter needs and a status. A mine manager gets their mines' guidance only.",
            extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ALL))
    @APIResponse(responseCode = "200", description = "The guidance with its compliance")
    @APIResponse(responseCode = "400", description = "No year, or asOf not a quarter of that year")
    public List<GuidanceView> guidance(@Parameter(description = "The year, four digits", required = true) @QueryParam("year") String yearText,
                                       @Parameter(description = "A quarter of that year, e.g. 2011-Q3: later figures are left out") @QueryParam("asOf") String asOf) {
        if (yearText == null || !yearText.strip().matches("\\d{4}")) {
            throw new IllegalArgumentException("year is required as four digits, e.g. /api/guidance?year=2011&asOf=2011-Q3");
        }
        int year = Integer.parseInt(yearText.strip());
        ReportingPeriod quarter = asOf == null || asOf.isBlank() ? null : ReportingPeriod.parse(asOf);
        return guidanceService.compliance(year, quarter).stream().map(GuidanceView::of).toList();
    }
}
