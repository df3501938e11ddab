package org.minewatch.domain.release;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * A company's fiscal quarters, placed on the calendar by what its own text says: a fiscal quarter named beside
 * the date it ended ("second quarter of fiscal year 2023 ('Q2 FY2023'), ended March 31, 2023"; "second quarter
 * ended September 30, 2019 ('Q2 Fiscal 2020')"; "quarter ended 30 September 2019 (Q1 Sep FY20)"), or the day its
 * fiscal year ends ("fiscal year ending June 30"), or a calendar quarter by its month with the fiscal label beside it ("Sept 2019
 * qtr (Q1 20)"). Without such a statement a fiscal label is left unread: a
 * guess would put every figure in the wrong quarter.
 *
 * <p>Once placed, each fiscal quarter label of the text is restated as the calendar quarter it is ("Q2 FY2023"
 * as "Q1 2023"), within its line, so that tables and sentences read it like any other period and every figure
 * keeps its line. A fiscal year ("FY 2023") is restated so that no reader takes it for the calendar year.
 *
 * @param quarters how many quarters the calendar quarter lies from the fiscal quarter of the same number and year
 *                 (FY2023 Q2 is 2023 Q1: -1); never 0, a fiscal year that is the calendar year needs no restating
 * @param bare     whether the company writes its fiscal quarters as "Q2 2013" without a fiscal mark, as its text
 *                 declares ("quarter ended September 30, 2012 ('Q2 2013')"): every such label is then fiscal
 * @param statement the words that placed it, quoted in a warning so that a reader can check the reading
 */
record FiscalCalendar(int quarters, boolean bare, String statement) {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
            + "|nov(?:ember)?|dec(?:ember)?)";

    /** A fiscal quarter as companies write it; the groups give its quarter and its fiscal year (two or four digits). */
    private static final Pattern LABEL = Pattern.compile("(?i)"
            // Q2 FY2023, Q2 Fiscal 2020, Q2 FISCAL YEAR 2020, Q1 Sep FY20, Q4 June FY19, Q2 F2013
            + "\\bQ(?<qa>[1-4])\\s*(?:of\\s+)?(?:" + MONTH + "\\.?\\s+)?(?:fiscal(?:\\s+year)?\\s*|FY\\s*|F)'?(?<ya>(?:19|20)?\\d{2})\\b"
            // F2012-Q1, FY2013 Q1, FY13Q1
            + "|\\bF(?:Y\\s?)?'?(?<yb>(?:19|20)?\\d{2})\\s*[-\u2013/]?\\s*Q(?<qb>[1-4])\\b"
            // second quarter of fiscal year 2023, second quarter of fiscal 2023
            + "|\\b(?<oc>first|second|third|fourth)\\s+quarter\\s+of\\s+(?:the\\s+)?fiscal\\s+(?:year\\s+)?(?<yc>(?:19|20)\\d{2})\\b"
            // second fiscal quarter of 2023, second fiscal quarter of fiscal 2023
            + "|\\b(?<od>first|second|third|fourth)\\s+fiscal\\s+quarter\\s+(?:of\\s+)?(?:the\\s+)?(?:fiscal\\s+)?(?:year\\s+)?(?<yd>(?:19|20)\\d{2})\\b");
    /** A fiscal quarter named without a fiscal mark, as a company that declared it writes it ("Q2 2013"). */
    private static final Pattern BARE_LABEL = Pattern.compile("(?i)\\bQ([1-4])\\s*(?:[-/']|\\s)\\s*((?:19|20)?\\d{2})\\b");
    /** A fiscal year ("FY 2023", "FY20", "fiscal 2023", "fiscal year 2023") that is not a quarter's. */
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?i)\\b(?:FY\\s?'?|fiscal\\s+(?:year\\s+)?)((?:19|20)?\\d{2})\\b(?!\\s*[-\u2013/]?\\s*Q[1-4])");
    /** The date a quarter ended: "ended March 31, 2023", "ended 30 September 2019". */
    private static final Pattern ENDED = Pattern.compile("(?i)\\bend(?:ed|ing)\\s+(?:on\\s+)?(?:" + MONTH + "\\.?\\s+\\d{1,2},?\\s+((?:19|20)\\d{2})"
            + "|\\d{1,2}\\s+" + MONTH + "\\.?,?\\s+((?:19|20)\\d{2}))\\b");
    /** "fiscal year ends June 30", "fiscal year ending 30 June". */
    private static final Pattern YEAR_END = Pattern.compile("(?i)\\b(?:fiscal|financial)\\s+year\\s+(?:(?:starts|begins)\\s+in\\s+" + MONTH + "\\s+and\\s+)?"
            + "(?:end(?:s|ed|ing)?|closes)\\s+(?:on\\s+|in\\s+)?(?:" + MONTH + "(?:\\.?\\s+\\d{1,2})?"
            + "|\\d{1,2}\\s+" + MONTH + ")\\b");
    /** "the half-year ended December 2020": a half-year that ends in December is the first of a year that ends in June. */
    private static final Pattern HALF_YEAR_TO_DECEMBER = Pattern.compile("(?i)\\bhalf[- ]year\\s+(?:ended|ending|to)\\s+(?:(?:31\\s+)?dec(?:ember)?\\b|dec(?:ember)?\\.?\\s+31\\b)");
    /** An ordinal quarter and the date it ended, with an alias after it: "second quarter ended September 30, 2012 ('Q2 2013')". */
    private static final Pattern ALIAS = Pattern.compile("^\\W{0,4}Q([1-4])\\s*'?((?:19|20)?\\d{2})\\b");

    /** A calendar quarter named by its last month and year: "Sept 2019 qtr", "September 2019 quarter". */
    private static final Pattern MONTH_QUARTER = Pattern.compile("(?i)\\b" + MONTH + "\\.?\\s+((?:19|20)\\d{2})\\s+(?:quarter|qtr)\\b");

    /** How far a fiscal label may stand from the date its quarter ended and still be that quarter's. */
    private static final int NEAR = 80;

    /** The text's fiscal calendar, if it states one that is not the calendar year. */
    static Optional<FiscalCalendar> of(String text) {
        Matcher ended = ENDED.matcher(text);
        while (ended.find()) {
            ReportingPeriod calendar = endedQuarter(ended);
            if (calendar == null) {
                continue;
            }
            // the fiscal label nearest the date, on its side of the sentence
            int from = Math.max(0, ended.start() - NEAR);
            int to = Math.min(text.length(), ended.end() + NEAR);
            String window = text.substring(from, to);
            Matcher label = LABEL.matcher(window);
            FiscalCalendar nearest = null;
            int distance = Integer.MAX_VALUE;
            while (label.find()) {
                int at = from + label.start();
                String between = at < ended.start() ? text.substring(from + label.end(), ended.start()) : text.substring(ended.end(), at);
                if (between.contains(".") && !between.matches("(?s).*\\d\\.\\d.*") || between.contains("\n\n")) {
                    continue; // another sentence's
                }
                int d = Math.abs(at - ended.start());
                int[] fiscal = quarterAndYear(label);
                int offset = index(calendar.year(), calendar.number()) - index(fiscal[1], fiscal[0]);
                if (d < distance && offset != 0 && Math.abs(offset) < 4) {
                    nearest = new FiscalCalendar(offset, false, quote(text, Math.min(at, ended.start()), Math.max(from + label.end(), ended.end())));
                    distance = d;
                }
            }
            if (nearest != null) {
                return Optional.of(nearest);
            }
            // an alias without a fiscal mark, right after the date: "... ended September 30, 2012 ('Q2 2013')"
            Optional<FiscalCalendar> aliased = aliasAfter(text, calendar, ended.start(), ended.end());
            if (aliased.isPresent()) {
                return aliased;
            }
        }
        // "Sept 2019 qtr (Q1 20)": a calendar quarter by its month, its fiscal alias after it
        Matcher byMonth = MONTH_QUARTER.matcher(text);
        while (byMonth.find()) {
            int month = PeriodLabels.monthNumber(byMonth.group(1));
            Optional<FiscalCalendar> aliased = month % 3 != 0 ? Optional.empty()
                    : aliasAfter(text, ReportingPeriod.quarter(Integer.parseInt(byMonth.group(2)), month / 3), byMonth.start(), byMonth.end());
            if (aliased.isPresent()) {
                return aliased;
            }
        }
        Matcher yearEnd = YEAR_END.matcher(text);
        if (yearEnd.find()) {
            int month = PeriodLabels.monthNumber(yearEnd.group(2) != null ? yearEnd.group(2) : yearEnd.group(3));
            if (month % 3 == 0 && month != 12) {
                // the fiscal year is named by the calendar year it ends in: its fourth quarter ends in that month
                return Optional.of(new FiscalCalendar(month / 3 - 4, false, yearEnd.group()));
            }
        }
        Matcher halfYear = HALF_YEAR_TO_DECEMBER.matcher(text);
        if (halfYear.find()) {
            return Optional.of(new FiscalCalendar(-2, false, halfYear.group()));
        }
        return Optional.empty();
    }

    /** How far after a calendar quarter its fiscal alias may stand: "... ended September 30, 2012 ('Q2 2013')". */
    private static final int ALIAS_REACH = 24;

    /** The calendar a fiscal alias right after a calendar quarter (named between from and to) declares; empty if none. */
    private static Optional<FiscalCalendar> aliasAfter(String text, ReportingPeriod calendar, int from, int to) {
        Matcher alias = ALIAS.matcher(text.substring(to, Math.min(text.length(), to + ALIAS_REACH)));
        if (!alias.find()) {
            return Optional.empty();
        }
        int offset = index(calendar.year(), calendar.number()) - index(PeriodLabels.year(alias.group(2)), Integer.parseInt(alias.group(1)));
        return offset != 0 && Math.abs(offset) < 4 ? Optional.of(new FiscalCalendar(offset, true, quote(text, from, to + alias.end()))) : Optional.empty();
    }

    /** The text with each fiscal label restated as its calendar quarter, line for line. */
    String restate(String text) {
        StringBuilder out = new StringBuilder();
        Matcher label = LABEL.matcher(text);
        int at = 0;
        while (label.find()) {
            out.append(text, at, label.start());
            int[] fiscal = quarterAndYear(label);
            int calendar = index(fiscal[1], fiscal[0]) + quarters;
            out.append("Q").append(Math.floorMod(calendar, 4) + 1).append(' ').append(Math.floorDiv(calendar, 4));
            at = label.end();
        }
        out.append(text.substring(at));
        String restated = out.toString();
        if (bare) {
            restated = replaceBare(restated);
        }
        // "Production of 4,695 ounces in the fourth quarter" of a year ended June 30: the fiscal fourth quarter, April to June
        restated = YEARLESS_ORDINAL.matcher(restated).replaceAll(m -> ORDINAL_WORDS.get(Math.floorMod(PeriodLabels.ordinal(m.group(1)) - 1 + quarters, 4)) + m.group(2));
        // a fiscal year left alone would read as the calendar year of its number
        return FISCAL_YEAR.matcher(restated).replaceAll(m -> RESTATED_YEAR_WORDS + PeriodLabels.year(m.group(1)));
    }

    /** A quarter named by its ordinal without its year: "the fourth quarter", "fourth-quarter" (not "fourth quarter of 2018", "Q4 2018"). */
    private static final Pattern YEARLESS_ORDINAL = Pattern.compile("(?i)\\b(first|second|third|fourth)([\\s-]+quarter)\\b(?!\\s*,?\\s*(?:of\\s+)?(?:fiscal\\s+)?(?:19|20)\\d{2}\\b)");
    private static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth");
    private static final String RESTATED_YEAR_WORDS = "fiscal year ";
    private static final Pattern RESTATED_YEAR = Pattern.compile("(?i)fiscal\\s+year\\s+(?:19|20)\\d{2}");

    /** Whether a cell is a fiscal year as restated here ("fiscal year 2024"): a column of no calendar period. */
    static boolean isRestatedYear(String cell) {
        return RESTATED_YEAR.matcher(cell).matches();
    }

    private String replaceBare(String text) {
        // the statement's own calendar date stays as it is; every "Q2 2013" is the company's fiscal quarter
        return BARE_LABEL.matcher(text).replaceAll(m -> {
            int calendar = index(PeriodLabels.year(m.group(2)), Integer.parseInt(m.group(1))) + quarters;
            return "Q" + (Math.floorMod(calendar, 4) + 1) + " " + Math.floorDiv(calendar, 4);
        });
    }

    /** The fiscal year a calendar period falls in (its last quarter's), named as the company names it: by the calendar year it ends in. */
    int fiscalYearOf(ReportingPeriod period) {
        ReportingPeriod last = period.lastQuarter();
        return Math.floorDiv(index(last.year(), last.number()) - quarters, 4);
    }

    /** What a reader is told: how the fiscal labels were read. */
    Sentence explanation() {
        return new Sentence(quarters < 0 ? "fiscal-quarters.year-before" : "fiscal-quarters", Math.floorMod(quarters, 4) + 1, statement);
    }

    private static ReportingPeriod endedQuarter(Matcher ended) {
        String month = ended.group(1) != null ? ended.group(1) : ended.group(3);
        String year = ended.group(1) != null ? ended.group(2) : ended.group(4);
        int m = PeriodLabels.monthNumber(month);
        return m % 3 == 0 ? ReportingPeriod.quarter(Integer.parseInt(year), m / 3) : null;
    }

    /** The quarter and the fiscal year a label names. */
    private static int[] quarterAndYear(Matcher label) {
        if (label.group("qa") != null) {
            return new int[] {Integer.parseInt(label.group("qa")), PeriodLabels.year(label.group("ya"))};
        }
        if (label.group("qb") != null) {
            return new int[] {Integer.parseInt(label.group("qb")), PeriodLabels.year(label.group("yb"))};
        }
        String ordinal = label.group("oc") != null ? label.group("oc") : label.group("od");
        String year = label.group("yc") != null ? label.group("yc") : label.group("yd");
        return new int[] {PeriodLabels.ordinal(ordinal), PeriodLabels.year(year)};
    }

    /**
     * The first fiscal quarter label of a text that states no fiscal calendar ("Q2 FY2013" and nothing of when the year
     * ends), quoted so that a steward is told why its figures were left unread rather than only that nothing was found.
     */
    static Optional<String> unplacedLabel(String text) {
        if (ENDED.matcher(text).find() || YEAR_END.matcher(text).find()) {
            return Optional.empty(); // a date the text gives that placed nothing is another warning's ("ended October 31")
        }
        Matcher label = LABEL.matcher(text);
        return label.find() ? Optional.of(label.group().strip()) : Optional.empty();
    }

    private static int index(int year, int quarter) {
        return year * 4 + quarter - 1;
    }

    private static String quote(String text, int from, int to) {
        return text.substring(from, Math.min(to, from + 160)).replaceAll("\\s+", " ").strip();
    }
}
