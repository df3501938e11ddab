package org.minewatch.domain.model;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ConsolidatedProduction;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.ProductionReport;
import org.minewatch.domain.model.production.ReleaseFigures;
import org.minewatch.domain.model.production.SourceReference;

/**
 * One of the real releases of shared/releases (copied under test resources), as the model holds it: the
 * figures a careful reader extracted, gathered into reports and consolidated figures. Mines are made as
 * the figures name them. An alteration can change one observation on the way in, to test that a check
 * catches a wrong figure.
 */
public final class ReleaseFixture {

    public static final List<String> RELEASES = List.of("fortuna-q3-2011-production", "fortuna_2010Q1", "fortuna_2012Q1", "excellon_2021Q1",
            "alexco_2011Q3");

    public final Company company;
    public final Map<String, Mine> mines = new LinkedHashMap<>();
    public final ReleaseFigures figures;
    public final List<ProductionReport> reports;
    public final List<ConsolidatedProduction> consolidated;

    public ReleaseFixture(String name) {
        this(name, UnaryOperator.identity());
    }

    /** @param alteration applied to each observation (as JSON) before it is read */
    public ReleaseFixture(String name, UnaryOperator<JsonObject> alteration) {
        this(name, new Company(companyOf(name)), alteration);
    }

    public ReleaseFixture(String name, Company company, UnaryOperator<JsonObject> alteration) {
        this.company = company;
        figures = new ReleaseFigures(new SourceReference(name, null));
        for (JsonValue value : json(name).getJsonArray("observations")) {
            JsonObject o = alteration.apply(value.asJsonObject());
            String mine = o.isNull("mine") ? null : o.getString("mine");
            if (mine != null) {
                mines.computeIfAbsent(mine, n -> new Mine(company, n, "PE", EnumSet.allOf(Metal.class)));
            }
            figures.add(mine, ReportingPeriod.parse(o.getString("period")), Measure.fromCode(o.getString("measure")),
                    o.isNull("metal") ? null : Metal.parse(o.getString("metal")), o.getJsonNumber("value").bigDecimalValue());
        }
        reports = figures.reports(mines::get);
        consolidated = figures.consolidated(company);
    }

    private static String companyOf(String name) {
        return name.startsWith("fortuna") ? "Fortuna Silver Mines" : name.startsWith("excellon") ? "Excellon Resources" : "Alexco Resource";
    }

    public static JsonObject json(String name) {
        try (InputStream in = ReleaseFixture.class.getResourceAsStream("/releases/" + name + ".json"); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every figure a careful reader takes from a shared release: its own extraction, and what the corpus adds to it
     * (corpus/shared/NAME.json: the highlight bullets' figures, which the shared extraction's convention leaves
     * out, each with its reason there).
     */
    public static List<JsonObject> everyFigure(String name) {
        List<JsonObject> observations = new java.util.ArrayList<>(json(name).getJsonArray("observations").getValuesAs(JsonObject.class));
        try (InputStream in = ReleaseFixture.class.getResourceAsStream("/corpus/shared/" + name + ".json")) {
            if (in != null) {
                try (JsonReader reader = Json.createReader(in)) {
                    observations.addAll(reader.readObject().getJsonArray("observations").getValuesAs(JsonObject.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return observations;
    }

    /** An alteration that multiplies the value of the first observation matching mine, period, measure and metal. */
    public static UnaryOperator<JsonObject> scale(String mine, String period, String measure, String metal, String factor) {
        boolean[] done = {false};
        return o -> {
            boolean match = !done[0] && (mine == null ? o.isNull("mine") : !o.isNull("mine") && o.getString("mine").equals(mine))
                    && o.getString("period").equals(period) && o.getString("measure").equals(measure)
                    && (metal == null ? o.isNull("metal") : !o.isNull("metal") && o.getString("metal").equals(metal));
            if (!match) {
                return o;
            }
            done[0] = true;
            BigDecimal altered = o.getJsonNumber("value").bigDecimalValue().multiply(new BigDecimal(factor));
            return Json.createObjectBuilder(o).add("value", altered.setScale(o.getJsonNumber("value").bigDecimalValue().scale(), java.math.RoundingMode.HALF_UP)).build();
        };
    }
}
