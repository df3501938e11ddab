package org.minewatch.interfaces.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.KeyFigure;

/**
 * A key figure as its dashboard tile writes it, in the page's language: the words and numbers are made once
 * when the dashboard loads, so that the page is plain text rather than a converter per number (the
 * dashboard is the page people open most).
 */
public record KeyFigureTile(String measure, String metal, String label, String value, String unit, String againstDesign, boolean reported,
                            List<Change> changes) implements Serializable {

    /** A change against an earlier quarter: its text and whether it is up, down or unknown (none). */
    public record Change(String text, String direction) implements Serializable {
    }

    static KeyFigureTile of(KeyFigure figure, Locale locale) {
        String unit = figure.unit().symbol();
        String label = Messages.text("measure." + figure.measure().code()) + (figure.metal() == null ? "" : " " + figure.metal().symbol());
        NumberFormat plain = NumberFormat.getNumberInstance(locale);
        plain.setMaximumFractionDigits(3);
        String design = null;
        Optional<BigDecimal> against = figure.againstDesign();
        if (against.isPresent()) {
            NumberFormat designFormat = NumberFormat.getNumberInstance(locale);
            designFormat.setMaximumFractionDigits(2);
            String designFigure = designFormat.format(figure.design()) + " " + unit;
            if (figure.changesInPoints()) {
                design = signed(locale, "0.0").format(against.get()) + " " + Messages.text("dashboard.points") + " "
                        + Messages.text("dashboard.vsDesign") + " " + designFigure;
            } else {
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                percent.setMaximumFractionDigits(1);
                design = percent.format(against.get()) + " " + Messages.text("dashboard.ofDesign") + " " + designFigure;
            }
        }
        String previous = figure.period().previousQuarter().code();
        String yearBefore = figure.period().sameQuarterPriorYear().code();
        return new KeyFigureTile(figure.measure().code(), figure.metal() == null ? null : figure.metal().name(), label,
                plain.format(figure.value()), unit, design, true,
                List.of(change(figure, figure.changeOnPreviousQuarter(), previous, locale), change(figure, figure.changeOnYearBefore(), yearBefore, locale)));
    }

    /** A figure the mine reported before and this quarter's report leaves out. */
    static KeyFigureTile notReported(Measure measure, Metal metal) {
        String none = "–";
        return new KeyFigureTile(measure.code(), metal == null ? null : metal.name(),
                Messages.text("measure." + measure.code()) + (metal == null ? "" : " " + metal.symbol()),
                Messages.text("dashboard.notReported"), "", null, false, List.of(new Change(none, "none"), new Change(none, "none")));
    }

    /** A metal the mine reported before and this quarter's report leaves out whole: one tile for the metal. */
    static KeyFigureTile metalNotReported(Metal metal) {
        KeyFigureTile production = notReported(Measure.PRODUCTION, metal);
        return new KeyFigureTile(production.measure(), production.metal(), metal.symbol(), production.value(), "", null, false, production.changes());
    }

    /** Where a tile stands among the quarter's: tonnes, tpd, then per metal grade, recovery, production. */
    int rank() {
        if (metal == null) {
            return measure.equals(Measure.TONNES_MILLED.code()) ? 0 : 1;
        }
        return 2 + Metal.valueOf(metal).ordinal() * 3 + List.of(Measure.GRADE.code(), Measure.RECOVERY.code(), Measure.PRODUCTION.code()).indexOf(measure);
    }

    private static Change change(KeyFigure figure, Optional<BigDecimal> change, String earlier, Locale locale) {
        String against = " " + Messages.text("dashboard.vs") + " " + earlier;
        if (change.isEmpty()) {
            return new Change("–" + against, "none");
        }
        String text = figure.changesInPoints()
                ? signed(locale, "0.0").format(change.get()) + " " + Messages.text("dashboard.points")
                : signed(locale, "0.0%").format(change.get());
        return new Change(text + against, change.get().signum() < 0 ? "down" : "up");
    }

    /** A pattern with an explicit sign both ways (+1.5 / -1.5), grouped, in the locale's symbols. */
    private static DecimalFormat signed(Locale locale, String pattern) {
        return new DecimalFormat("+#,##" + pattern + ";-#,##" + pattern, DecimalFormatSymbols.getInstance(locale));
    }
}
