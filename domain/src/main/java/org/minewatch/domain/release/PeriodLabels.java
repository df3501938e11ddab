package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.period.MalformedPeriodException;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * Reads the many spellings of a reporting period in column headers: {@code Q3 2011}, {@code 3Q 2011},
 * {@code Q3 - 2011}, {@code Third Quarter 2011}, {@code C2011-Q3} (calendar; fiscal {@code F2012-Q1} beside it
 * is ignored), {@code Three months ended September 30, 2011}, {@code Nine months ended September 30, 2011},
 * {@code June 2013}, {@code 2011} (a full year), and year-to-date words (YTD, Total, year to date) whose
 * year and length come from their neighbours.
 */
final class PeriodLabels {

    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4);
    private static final Map<String, Integer> MONTH_COUNTS = Map.of("three", 3, "six", 6, "nine", 9, "twelve", 12);
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december");

    private static final String DASH = "\\s*[-\u2013\u2014]\\s*";
    private static final Pattern CALENDAR = Pattern.compile("\\bC(\\d{4})" + DASH + "Q([1-4])\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FISCAL = Pattern.compile("\\bF\\d{4}" + DASH + "Q[1-4]\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern Q_YEAR = Pattern.compile("\\bQ([1-4])(?:" + DASH + "|\\s+|')(\\d{4}|\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NQ_YEAR = Pattern.compile("\\b([1-4])Q(?:" + DASH + "|\\s+|')?(\\d{4}|\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL_QUARTER = Pattern.compile("\\b(first|second|third|fourth)\\s+(?:calendar\\s+)?quarter(?:\\s+of)?(?:\\s+(?:calendar|fiscal))?\\s*,?\\s*(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTHS_ENDED = Pattern.compile("\\b(three|six|nine|twelve)\\s+months\\s+ended\\s+([a-z]+)\\s+\\d{1,2},?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\s*,?\\s*(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_TO_DATE = Pattern.compile("\\b(ytd|year[- ]to[- ]date|total)\\b", Pattern.CASE_INSENSITIVE);

    private PeriodLabels() {
    }

    /** A period named in a header cell, if any; fiscal labels and impossible dates (Q3 4030) are not periods of ours. */
    static Optional<ReportingPeriod> parse(String cell) {
        try {
            return read(cell.trim());
        } catch (MalformedPeriodException impossible) {
            return Optional.empty();
        }
    }

    private static Optional<ReportingPeriod> read(String text) {
        Matcher m = CALENDAR.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (FISCAL.matcher(text).find() && !Q_YEAR.matcher(text.replaceAll("(?i)\\bF\\d{4}" + DASH + "Q[1-4]\\b", "")).find()) {
            return Optional.empty();
        }
        m = MONTHS_ENDED.matcher(text);
        if (m.find()) {
            int months = MONTH_COUNTS.get(m.group(1).toLowerCase(Locale.ROOT));
            int endMonth = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
            int year = Integer.parseInt(m.group(3));
            if (endMonth == 0 || endMonth % 3 != 0) {
                return Optional.empty();
            }
            if (months == 3) {
                return Optional.of(ReportingPeriod.quarter(year, endMonth / 3));
            }
            if (months == endMonth) {
                return Optional.of(months == 12 ? ReportingPeriod.fullYear(year) : ReportingPeriod.yearToDate(year, endMonth / 3));
            }
            return Optional.empty(); // a fiscal year to date: not a calendar period
        }
        m = ORDINAL_QUARTER.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.quarter(Integer.parseInt(m.group(2)), ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT))));
        }
        m = Q_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.quarter(year(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = NQ_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.quarter(year(m.group(2)), Integer.parseInt(m.group(1))));
        }
        m = MONTH_YEAR.matcher(text);
        if (m.find()) {
            return Optional.of(ReportingPeriod.month(Integer.parseInt(m.group(2)), MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1));
        }
        return Optional.empty();
    }

    /** Whether a header cell means "the year to date" without saying which (Total, YTD). */
    static boolean isYearToDateWord(String cell) {
        return YEAR_TO_DATE.matcher(cell).find() && parse(cell).isEmpty();
    }

    /** Every period named in a line of text, in order (a header row whose cells are not delimited). */
    static List<String> splitHeaderLine(String line) {
        List<String> cells = new ArrayList<>();
        Matcher m = Pattern.compile(CALENDAR.pattern() + "|" + Q_YEAR.pattern() + "|" + NQ_YEAR.pattern() + "|" + ORDINAL_QUARTER.pattern()
                + "|" + MONTHS_ENDED.pattern() + "|" + MONTH_YEAR.pattern(), Pattern.CASE_INSENSITIVE).matcher(line);
        while (m.find()) {
            cells.add(m.group());
        }
        return cells;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }
}
