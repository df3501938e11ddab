package org.minewatch.domain.model.metallurgy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.Observation;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * Whether the figures of an import can be right, before they are stored: a figure far past what real mines
 * report (a guidance sentence's 7.5 billion ounces read as a quarter's silver), a metal balance that does not
 * close within the printed rounding, tonnes per day that the period's tonnes and days contradict, or a figure
 * many times its mine's own history. Each finding carries the arithmetic that shows why. The bounds are data
 * ({@code plausible-ranges.properties}), from DOMAIN.md's orders of magnitude.
 */
public final class Plausibility {

    /** What a figure contradicts. */
    public enum Kind { MAGNITUDE, BALANCE, DAYS, HISTORY }

    /** A figure that cannot be right as it stands, what it contradicts, and why, with the arithmetic. */
    public record Implausible(Observation observation, Kind kind, Sentence reason) {
    }

    /** The largest figure a mine has reported in a quarter for a measure and metal, if it has any stored. */
    @FunctionalInterface
    public interface History {
        Optional<BigDecimal> largestQuarter(String mine, Measure measure, Metal metal);

        History NONE = (mine, measure, metal) -> Optional.empty();
    }

    private static final MathContext MC = MathContext.DECIMAL64;

    private final Properties ranges;

    private Plausibility(Properties ranges) {
        this.ranges = ranges;
    }

    /** The bounds as the product ships them. */
    public static Plausibility standard() {
        Properties p = new Properties();
        try (InputStream in = Plausibility.class.getResourceAsStream("plausible-ranges.properties")) {
            p.load(Objects.requireNonNull(in, "plausible-ranges.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Plausibility(p);
    }

    /** What cannot be right among an import's figures (each observation with its printed rounding). */
    public List<Implausible> check(Map<Observation, ReportedFigure> figures, History history) {
        List<Implausible> out = new ArrayList<>();
        Index index = new Index(figures);
        for (Map.Entry<Observation, ReportedFigure> e : figures.entrySet()) {
            Observation o = e.getKey();
            magnitude(o).ifPresent(out::add);
            if (o.mine() != null) {
                pastHistory(o, history).ifPresent(out::add);
            }
            if (o.measure() == Measure.PRODUCTION && o.mine() != null) {
                balance(o, e.getValue(), index).ifPresent(out::add);
            }
            if (o.measure() == Measure.TPD && o.mine() != null) {
                days(o, index).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Past the upper end of real figures, scaled to the period and to a company's several mines: what no careful reader
     * takes as a figure (a release's reader leaves it out with this reason, the import check stops it).
     */
    public Optional<Implausible> magnitude(Observation o) {
        String key = switch (o.measure()) {
            case TPD, TONNES_MILLED -> "tpd.high";
            case GRADE -> "grade." + o.metal().name() + ".high";
            case PRODUCTION -> "production." + o.metal().name() + ".high";
            default -> null;
        };
        if (key == null || ranges.getProperty(key) == null) {
            return Optional.empty();
        }
        BigDecimal high = number(key);
        Sentence basis;
        if (o.measure() == Measure.TONNES_MILLED) {
            high = high.multiply(BigDecimal.valueOf(o.period().calendarDays()));
            basis = new Sentence("plausible.tpd-over-days", number(key), o.period().calendarDays());
        } else if (o.measure() == Measure.PRODUCTION) {
            high = high.multiply(BigDecimal.valueOf(quarters(o)));
            basis = quarters(o) == 1 ? new Sentence("plausible.a-quarter", number(key), o.unit().symbol())
                    : new Sentence("plausible.a-quarter-over", number(key), o.unit().symbol(), quarters(o));
        } else {
            basis = new Sentence("plausible.value", high, o.unit().symbol());
        }
        boolean company = o.mine() == null && o.measure() != Measure.GRADE && o.measure() != Measure.TPD;
        if (company) {
            high = high.multiply(number("consolidated.mines"));
            basis = new Sentence("plausible.each-mine", basis, number("consolidated.mines"));
        }
        BigDecimal limit = high.multiply(number("beyond"));
        if (o.value().compareTo(limit) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Implausible(o, Kind.MAGNITUDE, new Sentence("implausible.magnitude", describe(o), o.value().divide(high, 2, RoundingMode.HALF_UP), basis)));
    }

    private Optional<Implausible> pastHistory(Observation o, History history) {
        if (o.measure() == Measure.RECOVERY) {
            return Optional.empty();
        }
        Optional<BigDecimal> largest = history.largestQuarter(o.mine(), o.measure(), o.metal());
        if (largest.isEmpty() || largest.get().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal perQuarter = o.measure() == Measure.TONNES_MILLED || o.measure() == Measure.PRODUCTION
                ? o.value().divide(BigDecimal.valueOf(quarters(o)), MC) : o.value();
        BigDecimal times = perQuarter.divide(largest.get(), 2, RoundingMode.HALF_UP);
        if (times.compareTo(number("history.factor")) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Implausible(o, Kind.HISTORY, new Sentence("implausible.history", describe(o), times, o.mine(), largest.get(), o.unit().symbol())));
    }

    /** Tonnes x grade x recovery against the metal produced, within the printed rounding (DOMAIN.md). */
    private Optional<Implausible> balance(Observation o, ReportedFigure production, Index figures) {
        Optional<Balance> balance = balanceOf(o, figures);
        if (balance.isEmpty() || balance.get().interval().admits(production)) {
            return Optional.empty();
        }
        Balance b = balance.get();
        ProductionInterval interval = b.interval();
        return Optional.of(new Implausible(o, Kind.BALANCE, new Sentence("implausible.balance", describe(o), b.tonnes().value(),
                b.grade().value(), o.metal().gradeUnit().symbol(), b.recovery().value(), interval.computed().setScale(0, RoundingMode.HALF_UP),
                o.unit().symbol(), interval.lowest().setScale(0, RoundingMode.FLOOR), interval.highest().setScale(0, RoundingMode.CEILING))));
    }

    /**
     * How many production figures among these close their metal balance (DOMAIN.md): those whose mine and period give
     * tonnes, grade and recovery too, and lie within what those allow with the printed rounding.
     */
    public static int closedBalances(Map<Observation, ReportedFigure> figures) {
        int closed = 0;
        Index index = new Index(figures);
        for (Map.Entry<Observation, ReportedFigure> e : figures.entrySet()) {
            if (e.getKey().measure() == Measure.PRODUCTION && balanceOf(e.getKey(), index).filter(b -> b.interval().admits(e.getValue())).isPresent()) {
                closed++;
            }
        }
        return closed;
    }

    /** The tonnes, grade and recovery of a production figure's mine and period, and the production they allow. */
    private record Balance(Observation tonnes, Observation grade, Observation recovery, ProductionInterval interval) {
    }

    /** The balance of a production figure, when its mine and period give tonnes, grade and recovery, and these are possible. */
    private static Optional<Balance> balanceOf(Observation production, Index figures) {
        Optional<Map.Entry<Observation, ReportedFigure>> tonnes = figures.find(production, Measure.TONNES_MILLED, null);
        Optional<Map.Entry<Observation, ReportedFigure>> grade = figures.find(production, Measure.GRADE, production.metal());
        Optional<Map.Entry<Observation, ReportedFigure>> recovery = figures.find(production, Measure.RECOVERY, production.metal());
        if (tonnes.isEmpty() || grade.isEmpty() || recovery.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Balance(tonnes.get().getKey(), grade.get().getKey(), recovery.get().getKey(),
                    ProductionInterval.of(production.metal(), tonnes.get().getKey().value(), grade.get().getValue(), recovery.get().getValue())));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an impossible grade or recovery, reported as such on its own
        }
    }

    /** Tonnes / tpd are the operating days: no more than the period has. */
    private Optional<Implausible> days(Observation tpd, Index figures) {
        Optional<Map.Entry<Observation, ReportedFigure>> tonnes = figures.find(tpd, Measure.TONNES_MILLED, null);
        if (tonnes.isEmpty() || tpd.value().signum() <= 0) {
            return Optional.empty();
        }
        if (daysFit(tonnes.get().getKey().value(), tpd.value(), tpd.period())) {
            return Optional.empty();
        }
        BigDecimal implied = tonnes.get().getKey().value().divide(tpd.value(), MC);
        return Optional.of(new Implausible(tpd, Kind.DAYS, new Sentence("implausible.days", describe(tpd), tonnes.get().getKey().value(), tpd.value(),
                implied.setScale(0, RoundingMode.HALF_UP), tpd.period().calendarDays())));
    }

    /**
     * Whether tonnes milled at a rate of {@code tpd} take no more operating days than the period has (plus {@code days.over}
     * for rounding and days counted differently). Fewer days than the period's is no contradiction: a mine starts, stops or
     * ramps up part-way through it.
     */
    public boolean daysFit(BigDecimal tonnes, BigDecimal tpd, ReportingPeriod period) {
        BigDecimal implied = tonnes.divide(tpd, MC);
        return implied.compareTo(BigDecimal.valueOf(period.calendarDays()).multiply(BigDecimal.ONE.add(number("days.over")))) <= 0;
    }

    /** The quarters a figure's period spans, at least one: a year to date or a year is judged by its average quarter, a month as a quarter. */
    private static int quarters(Observation o) {
        return Math.max(1, o.period().quarters().size());
    }

    /**
     * The figures by mine, period, measure and metal, made once per check: a figure's tonnes, grade and recovery (or its
     * tonnes for its tpd) are looked up here rather than by a scan of all the figures, which made a check of a large
     * file quadratic (199,998 tpd figures: 4 x 10^10 comparisons, a preview still at work after 180 s).
     */
    private static final class Index {
        private final Map<List<Object>, Map.Entry<Observation, ReportedFigure>> byKey = new HashMap<>();

        Index(Map<Observation, ReportedFigure> figures) {
            for (Map.Entry<Observation, ReportedFigure> e : figures.entrySet()) {
                Observation o = e.getKey();
                byKey.putIfAbsent(key(o.mine(), o.period(), o.measure(), o.metal()), e); // the first, as a scan in order found
            }
        }

        Optional<Map.Entry<Observation, ReportedFigure>> find(Observation of, Measure measure, Metal metal) {
            return Optional.ofNullable(byKey.get(key(of.mine(), of.period(), measure, metal)));
        }

        private static List<Object> key(String mine, ReportingPeriod period, Measure measure, Metal metal) {
            return Arrays.asList(mine, period, measure, metal);
        }
    }

    /** A figure as a reader names it: whose, when, what and how much. */
    private static Sentence describe(Observation o) {
        return o.mine() == null ? new Sentence("figure.of-company", o.period().code(), o.measure().named(o.metal()), o.value(), o.unit().symbol())
                : new Sentence("figure.of-mine", o.mine(), o.period().code(), o.measure().named(o.metal()), o.value(), o.unit().symbol());
    }

    private BigDecimal number(String key) {
        return new BigDecimal(Objects.requireNonNull(ranges.getProperty(key), key).strip());
    }

}
