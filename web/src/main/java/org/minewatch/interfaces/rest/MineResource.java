package org.minewatch.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minewatch.application.ProductionService;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;

/** {@code GET /api/mines}: the mines the caller may see. */
@Path("mines")
@Tag(name = "Production")
@Produces(MediaType.APPLICATION_JSON)
public class MineResource {

    @Inject
    private ProductionService productionService;

    @JsonbNillable
    @JsonbPropertyOrder({"id", "name", "company", "country", "commodities", "commercialProductionStart"})
    public record MineView(long id, String name, String company, String country, List<String> commodities, String commercialProductionStart) {

        static MineView of(Mine mine) {
            return new MineView(mine.id(), mine.name(), mine.company().name(), mine.country(),
                    mine.commodities().stream().map(Metal::name).toList(),
                    mine.commercialProductionStart().map(Object::toString).orElse(null));
        }
    }

    @GET
    @Operation(summary = "The mines the caller may see", description = "A mine manager gets their mines only.", extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ALL))
    @APIResponse(responseCode = "200", description = "The mines")
    public List<MineView> mines() {
        return productionService.visibleMines().stream().map(MineView::of).toList();
    }
}
