package org.minewatch.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The Chart.js configuration that PrimeFaces' {@code p:chart} draws, as JSON: one category axis of
 * quarters and its series. A series of design figures is drawn dashed and stepped, since design holds from
 * the day a version takes effect until the next; a quarter without a figure is a gap, not a zero.
 */
final class TrendChart {

    // Json.createX looks the provider up anew on every call (a service-loader scan): look it up once
    private static final JsonProvider JSON = JsonProvider.provider();

    /** One line or set of bars over the categories; values may be null. */
    record Series(String label, List<BigDecimal> values, String colour, boolean design, boolean bars) {
    }

    private final String type;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();
    private String unit = "";

    private TrendChart(String type, List<String> categories) {
        this.type = type;
        this.categories = categories;
    }

    static TrendChart lines(List<String> categories) {
        return new TrendChart("line", categories);
    }

    static TrendChart bars(List<String> categories) {
        return new TrendChart("bar", categories);
    }

    <T> TrendChart series(String label, List<T> points, Function<T, BigDecimal> value, String colour) {
        series.add(new Series(label, points.stream().map(value).toList(), colour, false, "bar".equals(type)));
        return this;
    }

    /** Adds the design line, unless there is no design figure in any quarter. */
    <T> TrendChart design(String label, List<T> points, Function<T, BigDecimal> value, String colour) {
        List<BigDecimal> values = points.stream().map(value).toList();
        if (values.stream().anyMatch(v -> v != null)) {
            series.add(new Series(label, values, colour, true, false));
        }
        return this;
    }

    /** The unit written on the value axis. */
    TrendChart unit(String unit) {
        this.unit = unit;
        return this;
    }

    /** No series has a value in any category: a chart would draw an empty axis from 0 to 1. */
    boolean isEmpty() {
        return series.stream().filter(s -> !s.design()).allMatch(s -> s.values().stream().allMatch(v -> v == null));
    }

    String toJson() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        categories.forEach(labels::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            s.values().forEach(v -> {
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            });
            JsonObjectBuilder dataset = JSON.createObjectBuilder()
                    .add("label", s.label())
                    .add("data", data)
                    .add("borderColor", s.colour())
                    .add("backgroundColor", s.bars() ? s.colour() + "99" : s.colour())
                    .add("spanGaps", false);
            // the legend draws each series' own mark: a box for bars, a line for lines (the design line's dashes, not a box
            // outlined in dashes, which read as a red zigzag)
            if (s.design()) {
                dataset.add("type", "line").add("borderDash", JSON.createArrayBuilder().add(6).add(4)).add("stepped", true)
                        .add("pointRadius", 0).add("fill", false).add("pointStyle", "line");
            } else if (!s.bars()) {
                dataset.add("tension", 0).add("fill", false).add("pointStyle", "line");
            } else {
                dataset.add("pointStyle", "rect");
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder yAxis = JSON.createObjectBuilder().add("beginAtZero", "bar".equals(type));
        if (!unit.isEmpty()) {
            yAxis.add("title", JSON.createObjectBuilder().add("display", true).add("text", unit));
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        // Chart.js writes the axes' and tooltips' numbers in this language: 1.000 and 88,0 in Spanish
                        .add("locale", FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag())
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "bottom")
                                .add("labels", JSON.createObjectBuilder().add("usePointStyle", true))))
                        .add("scales", JSON.createObjectBuilder().add("y", yAxis)))
                .build().toString();
    }
}
