package org.minewatch.domain.model;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
 * The seed release (Fortuna, Q3 2011) as the model holds it, built from the figures a careful reader
 * extracted from it (shared/releases/fortuna-q3-2011-production.json, copied under test resources).
 */
public final class SeedRelease {

    public static final ReportingPeriod Q3_2011 = ReportingPeriod.quarter(2011, 3);
    public static final ReportingPeriod NINE_MONTHS_2011 = ReportingPeriod.yearToDate(2011, 3);

    public final Company fortuna = new Company("Fortuna Silver Mines");
    public final Mine caylloma = new Mine(fortuna, "Caylloma", "PE", EnumSet.of(Metal.AG, Metal.AU, Metal.PB, Metal.ZN));
    public final Mine sanJose = new Mine(fortuna, "San Jose", "MX", EnumSet.of(Metal.AG, Metal.AU));
    public final ReleaseFigures figures;
    public final List<ProductionReport> reports;
    public final List<ConsolidatedProduction> consolidated;

    public SeedRelease() {
        figures = new ReleaseFigures(new SourceReference("Fortuna Silver Mines, production release Q3 2011", LocalDate.of(2011, 10, 24)));
        for (JsonValue value : expected().getJsonArray("observations")) {
            JsonObject o = value.asJsonObject();
            figures.add(o.isNull("mine") ? null : o.getString("mine"),
                    ReportingPeriod.parse(o.getString("period")),
                    Measure.fromCode(o.getString("measure")),
                    o.isNull("metal") ? null : Metal.parse(o.getString("metal")),
                    o.getJsonNumber("value").bigDecimalValue());
        }
        Map<String, Mine> mines = Map.of(caylloma.name(), caylloma, sanJose.name(), sanJose);
        reports = figures.reports(mines::get);
        consolidated = figures.consolidated(fortuna);
    }

    /** The reader's extraction of the seed, as a JSON object with its observations. */
    public static JsonObject expected() {
        try (InputStream in = SeedRelease.class.getResourceAsStream("/releases/fortuna-q3-2011-production.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ProductionReport report(Mine mine, ReportingPeriod period) {
        return reports.stream().filter(r -> r.mine().equals(mine) && r.period().equals(period)).findFirst().orElseThrow();
    }

    public List<ProductionReport> reports(ReportingPeriod period) {
        return reports.stream().filter(r -> r.period().equals(period)).toList();
    }
}
