package org.minewatch.domain.release;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * Figures as releases print them: "559,959", "0.35", "81%", "(1,234)", "$15.77", and the placeholders that
 * stand for no figure ("-", "--", "nil", "n/a"). A printed figure keeps its resolution (the unit of its last
 * digit), so that rounding can be judged later.
 */
final class Numbers {

    static final Pattern NUMBER = Pattern.compile("\\(?[-+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?\\)?|\\(?[-+]?\\d+(?:\\.\\d+)?%?\\)?|\\(?[-+]?\\.\\d+%?\\)?");
    static final Pattern PLACEHOLDER = Pattern.compile("-+|\u2013|\u2014|nil|n/?a|n\\.a\\.|nm|n\\.m\\.|\\*|\u2013\u2013|--+|\\.\\.|nd|s/d", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOOTNOTE = Pattern.compile("\\(\\d\\)|\\[\\d\\]");
    private static final Pattern MONEY = Pattern.compile("^(US)?\\$|^C\\$|^A\\$");
    /** An unmistakable decimal comma ("155,7", "81,80%"): one or two digits after it, never the three of a thousands comma. */
    static final Pattern DECIMAL_COMMA = Pattern.compile("[-+]?\\d{1,3},\\d{1,2}\\s*%?");
    /** A cell's one figure with its thousands parted by spaces, as Nordic and French tables print them: "47 621", "1 370.0". */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?:\\.\\d+)?");

    private Numbers() {
    }

    /** Whether a cell is a figure or a placeholder for one ("(1)" is a footnote marker, not a figure). */
    static boolean isValue(String cell) {
        String c = plain(cell);
        if (c.isEmpty() || FOOTNOTE.matcher(c).matches()) {
            return false;
        }
        // ("Head grade (Au gram/tonne) | 2,7 | 2,4": a table of decimal commas in an English text, whose reading says what it is worth)
        return NUMBER.matcher(c).matches() || DECIMAL_COMMA.matcher(c).matches() || SPACED_THOUSANDS.matcher(c).matches() || PLACEHOLDER.matcher(c).matches() || CUT_THOUSANDS.matcher(c).matches() || MONEY.matcher(c).find() && isValue(MONEY.matcher(c).replaceFirst(""));
    }

    static boolean isPlaceholder(String cell) {
        return PLACEHOLDER.matcher(plain(cell)).matches();
    }

    /** A cell with a percent sign set apart from its figure ("6 %", "(6 %)") written as one, "- %" as the placeholder it is. */
    private static String plain(String cell) {
        // "5,3001": a footnote's mark run into a figure, whose last group of thousands can only have three digits
        String c = FOOTNOTE_RUN_IN.matcher(cell.strip()).replaceFirst("$1");
        if (c.indexOf('%') < 0) {
            return c;
        }
        c = SPACED_PERCENT.matcher(c).replaceAll("%");
        return DASH_PERCENT.matcher(c).matches() ? "-" : c;
    }

    private static final Pattern FOOTNOTE_RUN_IN = Pattern.compile("^(\\d{1,3}(?:,\\d{3})*,\\d{3})\\d$");
    private static final Pattern SPACED_PERCENT = Pattern.compile("(?<=[\\d.\\-\u2013\u2014])\\s+%");
    private static final Pattern DASH_PERCENT = Pattern.compile("[-\u2013\u2014]+%");
    private static final Pattern CUT_THOUSANDS = Pattern.compile("\\d{1,3},");

    /** A money figure ("$15.77"): a price or a cost, never production. */
    static boolean isMoney(String cell) {
        return MONEY.matcher(cell.strip()).find();
    }

    /** A negative figure, "-3%" or "(1,234)": a change, never a quantity of ours. */
    static boolean isNegative(String cell) {
        String c = cell.strip();
        return c.startsWith("-") || c.startsWith("(") && c.endsWith(")");
    }

    /** The figure a cell prints, times a factor (thousands, a unit conversion); empty for placeholders and negative figures. */
    static Optional<ReportedFigure> figure(String cell, BigDecimal factor) {
        String c = plain(cell);
        if (SPACED_THOUSANDS.matcher(c).matches()) {
            c = c.replaceAll("[ \u00a0\u202f]", "");
        }
        if (c.isEmpty() || isPlaceholder(c) || !NUMBER.matcher(c).matches() || isNegative(c) || isMoney(c)) {
            return Optional.empty();
        }
        String number = c.replace("%", "").replace("+", "");
        if (number.startsWith(".")) {
            number = "0" + number;
        }
        try {
            return Optional.of(ReportedFigure.printed(number).times(factor));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
