package org.minewatch.domain.model.production;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * The figures of one release (or CSV, or form) in the flat observation form, each as printed, gathered
 * into the model's aggregates: a {@link ProductionReport} per mine and period, a
 * {@link ConsolidatedProduction} per period and metal. Every figure keeps the release as its source.
 */
public final class ReleaseFigures {

    private record Key(String mine, ReportingPeriod period, Measure measure, Metal metal) {
    }

    private final SourceReference source;
    private final Map<Key, ReportedFigure> figures = new LinkedHashMap<>();

    public ReleaseFigures(SourceReference source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Adds one figure. Mine null means consolidated, which is production only: grades and recoveries are
     * per mine.
     *
     * @throws IllegalArgumentException for a consolidated figure that is not production, a metal missing
     *                                  or superfluous, or a second, different value for the same figure
     */
    public ReleaseFigures add(String mine, ReportingPeriod period, Measure measure, Metal metal, ReportedFigure figure) {
        Objects.requireNonNull(figure, "figure");
        Observation.of(mine, period, measure, metal, figure); // validates measure, metal and unit together
        if (mine == null && measure != Measure.PRODUCTION) {
            throw new IllegalArgumentException("A consolidated figure is production only, not " + measure.code() + " (" + period + ")");
        }
        Key key = new Key(mine, period, measure, metal);
        ReportedFigure previous = figures.putIfAbsent(key, figure);
        if (previous != null && previous.value().compareTo(figure.value()) != 0) {
            throw new IllegalArgumentException("Two values for " + describe(key) + ": " + previous + " and " + figure);
        }
        return this;
    }

    /** Adds a figure given in the observation format, its value as printed (its scale gives its resolution). */
    public ReleaseFigures add(String mine, ReportingPeriod period, Measure measure, Metal metal, BigDecimal printedValue) {
        return add(mine, period, measure, metal, ReportedFigure.printed(printedValue.toPlainString()));
    }

    public SourceReference source() {
        return source;
    }

    public int size() {
        return figures.size();
    }

    /** Names of the mines the figures speak of, in the order they first appear. */
    public Set<String> mineNames() {
        Set<String> names = new LinkedHashSet<>();
        figures.keySet().stream().map(Key::mine).filter(Objects::nonNull).forEach(names::add);
        return names;
    }

    public List<Observation> observations() {
        return figures.entrySet().stream()
                .map(e -> Observation.of(e.getKey().mine(), e.getKey().period(), e.getKey().measure(), e.getKey().metal(), e.getValue()))
                .toList();
    }

    /** One report per mine and period; {@code mines} resolves a mine's name to the mine. */
    public List<ProductionReport> reports(Function<String, Mine> mines) {
        Map<String, Map<ReportingPeriod, ProductionReport>> reports = new LinkedHashMap<>();
        figures.forEach((key, figure) -> {
            if (key.mine() != null) {
                reports.computeIfAbsent(key.mine(), m -> new LinkedHashMap<>())
                        .computeIfAbsent(key.period(), p -> new ProductionReport(mines.apply(key.mine()), p, source))
                        .record(key.measure(), key.metal(), figure);
            }
        });
        return reports.values().stream().flatMap(byPeriod -> byPeriod.values().stream()).toList();
    }

    /** Each figure with where it belongs, for an import to compare with what is stored. */
    public Map<Observation, ReportedFigure> figures() {
        Map<Observation, ReportedFigure> result = new LinkedHashMap<>();
        figures.forEach((key, figure) -> result.put(Observation.of(key.mine(), key.period(), key.measure(), key.metal(), figure), figure));
        return result;
    }

    public List<ConsolidatedProduction> consolidated(Company company) {
        return figures.entrySet().stream()
                .filter(e -> e.getKey().mine() == null)
                .map(e -> new ConsolidatedProduction(company, e.getKey().period(), e.getKey().metal(), e.getValue(), source))
                .toList();
    }

    private static String describe(Key key) {
        return (key.mine() == null ? "consolidated" : key.mine()) + " " + key.period() + " " + key.measure().code()
                + (key.metal() == null ? "" : " " + key.metal());
    }
}
