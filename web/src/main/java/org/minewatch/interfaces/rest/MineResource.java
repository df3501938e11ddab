package org.minewatch.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.minewatch.application.ProductionService;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;

/** {@code GET /api/mines}: the mines the caller may see. */
@Path("mines")
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
    public List<MineView> mines() {
        return productionService.visibleMines().stream().map(MineView::of).toList();
    }
}
