package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.period.MalformedPeriodException;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * The many spellings of a reporting period, in header cells and in sentences: {@code Q3 2011}, {@code 3Q11},
 * {@code Q3-2011}, {@code Third Quarter 2011}, {@code third quarter of 2011}, {@code C2011-Q3} (calendar; the
 * fiscal {@code F2012-Q1} beside it is not ours), {@code Three months ended September 30, 2011},
 * {@code Quarter ended June 30, 2013}, {@code September 2018 quarter}, {@code Nine months ended ...},
 * {@code H1 2017}, {@code YTD 2013}, {@code FY 2013}, {@code Year ended December 31, 2013}, {@code June 2013},
 * {@code Jun-13}, and Spanish ones ({@code 1T 2012}, {@code primer trimestre de 2012}, {@code junio 2013}).
 * Year-to-date words without a year (YTD, Total, Year to date) take their year and length from their neighbours.
 */
final class PeriodLabels {

    /** A period named in a text, where it stands, and whether it is a fiscal label we cannot place. */
    record Mention(int start, int end, ReportingPeriod period) {
    }

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3),
            Map.entry("fourth", 4), Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4), Map.entry("primer", 1),
            Map.entry("primero", 1), Map.entry("segundo", 2), Map.entry("tercer", 3), Map.entry("tercero", 3), Map.entry("cuarto", 4),
            Map.entry("primeiro", 1), Map.entry("terceiro", 3), Map.entry("quarto", 4),
            // "1er trim 2014", "2do trimestre": Spanish ordinals abbreviated
            Map.entry("1er", 1), Map.entry("1ro", 1), Map.entry("2do", 2), Map.entry("3er", 3), Map.entry("3ro", 3), Map.entry("4to", 4));
    static final Map<String, Integer> MONTH_COUNTS = Map.of("three", 3, "six", 6, "nine", 9, "twelve", 12, "3", 3, "6", 6, "9", 9, "12", 12);

    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
            + "|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
            + "|janeiro|fevereiro|mar\u00e7o|maio|junho|julho|setembro|outubro|novembro|dezembro)";
    private static final List<String> SPANISH_MONTHS = List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre");
    private static final List<String> PORTUGUESE_MONTHS = List.of("janeiro", "fevereiro", "mar\u00e7o", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro");
    private static final List<String> ENGLISH_MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static final String YEAR = "((?:19|20)\\d{2})";
    /** "30 September 2020": a day before its month, as Australian and European releases write dates (no group of its own). */
    private static final String DAY_FIRST = "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?";
    private static final String SHORT_YEAR = "((?:19|20)?\\d{2})";
    private static final String DASH = "\\s*[-\u2013\u2014/]\\s*";

    /** A spelling: its pattern, the period it names, and whether it names a year to date whose length comes from its neighbours. */
    private record Form(Pattern pattern, Function<Matcher, Optional<ReportingPeriod>> period, boolean yearToDate) {
    }

    /** "YTD 19": a year to date with its year in two digits (not "YTD 95,000", a figure). */
    private static final Pattern YTD_SHORT_YEAR = Pattern.compile("\\bYTD\\s*'?(\\d{2})\\b(?![\\d,.])");
    private static final List<Form> FORMS = new ArrayList<>();
    /** "of the 2011 financial year", "of the previous financial year": the words that make a quarter before them a fiscal one. */
    // ("of Weatherly's 2012/2013 financial year": the company's own, its two calendar years split)
    static final String OF_FISCAL_YEAR = "\\s+of\\s+(?:the\\s+|its\\s+|our\\s+|\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*){0,2}['\u2019]s?\\s+)?"
            + "(?:(?:19|20)\\d{2}(?:[/-](?:19|20)?\\d{2})?\\s+|new\\s+|previous\\s+|current\\s+|last\\s+|this\\s+)?(?:financial|fiscal)\\s+year\\b";
    private static final Pattern FISCAL = Pattern.compile("(?i)\\bF(?:Y\\s?)?\\d{2,4}" + DASH + "?Q[1-4]\\b|\\bQ[1-4]\\s*(?:of\\s+)?(?:fiscal|FY|F)\\s*'?\\d{2,4}\\b"
            + "|\\bfiscal\\s+(?:year\\s+)?\\d{4}\\b|\\bfiscal\\s+(?:first|second|third|fourth)\\s+quarter|\\b(?:first|second|third|fourth)\\s+(?:fiscal\\s+)?quarter\\s+(?:of\\s+)?fiscal\\b"
            // "the first quarter of the 2011 financial year", "the fourth quarter of the previous financial year"
            + "|\\b(?:first|second|third|fourth)\\s+quarter" + OF_FISCAL_YEAR);
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(?i)\\b(ytd|year[- ]to[- ]date|total|acumulado|a la fecha)\\b");
    /** A column's word of the change between periods: "var.", "variance", "Variation", "Variación", "Variação". */
    static final String VARIANCE = "var(?:iance|iation|iaci[o\u00f3]n|ia[c\u00e7][a\u00e3]o|\\.)?";
    private static final Pattern NOT_A_PERIOD = Pattern.compile(
            "(?i)\\b(guidance|outlook|forecasts?|budget(ed)?|plan(ned)?|targets?|estimates?|projected|expected|proyecci[o\u00f3]n|presupuesto|change|" + VARIANCE + "|vs\\.?|versus)\\b|%|\u0394"
            // a fiscal year the text does not place on the calendar ("FY21 YTD"): a column of no period the parser reads
            + "|\\bFY\\s?'?\\d{2,4}\\b");

    static {
        // C2011-Q3 (calendar) beside F2012-Q1 (fiscal)
        form("\\bC" + YEAR + DASH + "Q([1-4])\\b", m -> quarter(m.group(1), m.group(2)));
        // Three months ended September 30, 2011 / Six months ended June 30 2017 / Quarter ended March 31, 2012
        // six months to 30 June 2019 / nine months through September 2019 (the British and the newswires' "ended")
        // ("the nine months ending in September 2005": the month the span ended in)
        form("\\b(three|six|nine|twelve|3|6|9|12)[- ]months?\\s+(?:periods?\\s+)?(?:end(?:ed|ing)(?:\\s+in)?|to|through)\\s+" + DAY_FIRST + MONTH + "\\.?,?\\s*\\d{0,2},?\\s+" + YEAR + "\\b",
                m -> monthsEnded(MONTH_COUNTS.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(2), m.group(3)));
        // three months and year ended December 31, 2021: the release's quarter, the last of the year it also reports
        form("\\b(?:three\\s+months|(?:fourth\\s+)?quarter)\\s+and\\s+(?:the\\s+)?(?:full\\s+|twelve\\s+months\\s+|fiscal\\s+)?year\\s+end(?:ed|ing)\\s+" + DAY_FIRST + MONTH
                + "\\.?\\s*\\d{0,2},?\\s+" + YEAR + "\\b", m -> monthsEnded(3, m.group(1), m.group(2)));
        // third quarter and nine months ended September 30, 2020 / second quarter and first half ended 30 June 2020: the quarter
        // (and "the Quarter and Nine Months Ended September 30, 2007", the quarter without its ordinal)
        form("\\b(?:(?:first|second|third|fourth)\\s+)?quarter\\s+and\\s+(?:the\\s+)?(?:first\\s+half|half[- ]year|(?:three|six|nine|twelve)\\s+months|(?:full\\s+)?year)\\s+"
                + "(?:end(?:ed|ing)|to)\\s+" + DAY_FIRST + MONTH + "\\.?,?\\s*\\d{0,2}(?:st|nd|rd|th)?,?\\s+" + YEAR + "\\b", m -> monthsEnded(3, m.group(1), m.group(2)));
        // fourth quarter and year-end 2014 / fourth quarter and full year 2021: the release's quarter, the year's last
        // (and "the fourth quarter and the full year of 2020", "the fourth quarter and 2021")
        form("\\bfourth\\s+quarter\\s+and\\s+(?:(?:the\\s+)?(?:full[- ])?year(?:[- ]end(?:ed)?)?\\s+(?:of\\s+)?)?" + YEAR + "\\b",
                m -> Optional.of(ReportingPeriod.quarter(Integer.parseInt(m.group(1)), 4)));
        // ("the quarter to end-December 2010": the South African way)
        form("\\b(?:quarter|qtr\\.?)\\s+(?:end(?:ed|ing)|to|through)\\s+(?:end-)?" + DAY_FIRST + MONTH + "\\.?,?\\s*\\d{0,2},?\\s+" + YEAR + "\\b", m -> monthsEnded(3, m.group(1), m.group(2)));
        // "operational progress for the quarter, specifically as of December 31, 2024": the quarter that ends on that date
        form("\\bquarter,?\\s+(?:specifically\\s+|namely\\s+)?as\\s+(?:of|at)\\s+" + DAY_FIRST + MONTH + "\\.?,?\\s*\\d{0,2},?\\s+" + YEAR + "\\b",
                m -> monthsEnded(3, m.group(1), m.group(2)));
        // Quarter Ended 3/31/10 / Three months ended 30/09/2011: the end written in figures, the month first (as in the US) or the
        // day first, told apart by which of the two numbers is a quarter's last day
        form("\\b(?:(three|six|nine|twelve|3|6|9|12)[- ]months?|quarter|qtr\\.?)\\s+(?:periods?\\s+)?(?:end(?:ed|ing)|to|through)\\s+(\\d{1,2})/(\\d{1,2})/" + SHORT_YEAR + "\\b",
                m -> quarterEndInFigures(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), year(m.group(4)))
                        .flatMap(month -> monthsEnded(m.group(1) == null ? 3 : MONTH_COUNTS.get(m.group(1).toLowerCase(Locale.ROOT)), ENGLISH_MONTHS.get(month - 1), m.group(4))));
        // ("H1 ended 30 June 2011": a half by its short name, ended then)
        form("\\b(?:half[- ]year|half|first\\s+half|H1|1H)\\s+(?:end(?:ed|ing)|to|through)\\s+" + DAY_FIRST + MONTH + "\\.?,?\\s*\\d{0,2},?\\s+" + YEAR + "\\b",
                m -> monthsEnded(6, m.group(1), m.group(2)));
        form("\\byear\\s+(?:end(?:ed|ing)|to|through)\\s+" + DAY_FIRST + MONTH + "\\.?,?\\s*\\d{0,2},?\\s+" + YEAR + "\\b", m -> monthsEnded(12, m.group(1), m.group(2)));
        // Jan-Mar 2021 / January-June 2019 / enero-septiembre 2020: a span of months, a calendar period when it is one
        // (and "from January through March 2023", "January to June 2019" in words)
        form("\\b" + MONTH + "\\.?\\s*(?:[-\u2013/]|\\s(?:through|thru|to|until|a|hasta|at[e\u00e9])\\s)\\s*" + MONTH + "\\.?,?\\s+(?:de(?:l)?\\s+)?" + YEAR + "\\b", m -> monthSpan(m.group(1), m.group(2), m.group(3)));
        // "between January and September 2017", "entre enero y septiembre de 2017", "entre janeiro e setembro de 2018": the same span in words
        form("(?i)\\b(?:between|entre)\\s+" + MONTH + "\\s+(?:and|y|e)\\s+" + MONTH + ",?\\s+(?:de(?:l)?\\s+)?" + YEAR + "\\b", m -> monthSpan(m.group(1), m.group(2), m.group(3)));
        // September 2018 quarter / Sep-18 Qtr / September quarter 2018 (the quarter that ends in that month)
        form("\\b" + MONTH + "[\\s-]*'?" + SHORT_YEAR + "\\s+(?:quarter(?:ly)?|qtr|q)\\b", m -> monthsEnded(3, m.group(1), m.group(2)));
        // "the June quarter 2016", "the June quarter of 2016"
        form("\\b" + MONTH + "\\s+(?:quarter|qtr)\\.?,?\\s+(?:of\\s+)?" + YEAR + "\\b", m -> monthsEnded(3, m.group(1), m.group(2)));
        // "35.4kg in December Q4 2022 to 82.9kg in July (Q3 2023)": a month a figure was in, its quarter after it for the year
        // (only after "in", and only a month of that quarter: a heading's "September (Q3 2023)" and "for September Q3 2023" name
        // the quarter by its last month, and "in March Q2 2023" is no month of the quarter)
        String[] quarterMonths = {"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?", "apr(?:il)?|may|june?", "july?|aug(?:ust)?|sep(?:t(?:ember)?)?",
                "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"};
        for (int q = 1; q <= 4; q++) {
            form("(?<=\\bin\\s)(" + quarterMonths[q - 1] + ")\\s+\\(?\\s*Q" + q + "\\s*[-']?\\s*" + YEAR + "\\b\\)?", m -> month(m.group(1), m.group(2)));
        }
        // Quarterly Activities Report - March 2019: a quarter's report titled by the month it ended
        // Quarterly Report Period Ended 30 June 2010, Quarterly Activity Report for the Period Ended 31 March 2013
        // (and "Quarterly Activities Report to 31 December 2020")
        form("\\bquarterly\\s+(?:\\p{L}+\\s+){0,2}?report\\s*[-\u2013:]?\\s*(?:for\\s+the\\s+)?(?:(?:period|quarter)\\s+)?"
                + "(?:(?:end(?:ed|ing)|to)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTH + "\\.?\\s+(?:\\d{1,2},?\\s+)?" + YEAR + "\\b",
                m -> monthsEnded(3, m.group(1), m.group(2)));
        // first quarter of 2012 / Third Quarter 2011 / primer trimestre de 2012 / Q3 of 2011
        form("\\b(first|second|third|fourth|1st|2nd|3rd|4th|primer|primero|primeiro|segundo|tercer|tercero|terceiro|cuarto|1er|1ro|2do|3er|3ro|4to)(?:\\s+|-)(?:calendar\\s+)?(?:quarter|trimestre|trim\\b\\.?)"
                // ("el segundo trimestre de este 2021": this year, named; "fourth-quarter 2025", hyphenated as an adjective; "the fourth
                // quarter ("Q4") of 2022": its short name between)
                + "(?:\\s*\\(\\W*Q[1-4]\\W*\\)(?=\\s+of\\s))?(?:\\s+(?:of|del?|do))?(?:\\s+(?:calendar|the\\s+year|este|deste))?\\s*,?\\s*(?:\\(\\W*Q[1-4]\\W*\\)\\s*)?" + YEAR + "\\b",
                m -> Optional.of(ReportingPeriod.quarter(Integer.parseInt(m.group(2)), ORDINALS.get(m.group(1).toLowerCase(Locale.ROOT)))));
        // the last quarter of 2021 / the final quarter of 2021
        form("\\b(?:last|final)\\s+quarter\\s+of\\s+(?:the\\s+year\\s+)?" + YEAR + "\\b", m -> Optional.of(ReportingPeriod.quarter(Integer.parseInt(m.group(1)), 4)));
        // the 2017 third quarter, "In 2018's second quarter"
        form("\\b" + YEAR + "(?:['\u2019]s)?\\s+(first|second|third|fourth)\\s+quarter\\b",
                m -> Optional.of(ReportingPeriod.quarter(Integer.parseInt(m.group(1)), ORDINALS.get(m.group(2).toLowerCase(Locale.ROOT)))));
        // its 2017 metals production / our 2021 gold production: the year's, a year spoken of as the company's production's own
        form("\\b(?:its|our|their)\\s+" + YEAR + "\\s+(?:(?:metals?|gold|silver|copper|zinc|lead|total|annual|consolidated|group|mine)\\s+){0,2}production\\b(?!\\s+(?:guidance|outlook|forecast|target|plan))",
                m -> Optional.of(ReportingPeriod.fullYear(Integer.parseInt(m.group(1)))));
        // "improving annual production for 2011 to circa 250,000 ounces": the year's, named as an annual figure
        form("\\b(?:annual|full[- ]year|yearly)\\s+(?:(?:gold|silver|copper|zinc|lead|metal|total)\\s+)?(?:production|output)\\s+(?:for|in|of)\\s+(?:the\\s+year\\s+)?" + YEAR + "\\b"
                + "(?!\\s+(?:guidance|outlook|forecast|target|plan))", m -> Optional.of(ReportingPeriod.fullYear(Integer.parseInt(m.group(1)))));
        // 2024-Q2 / 2024 Q2
        form("\\b" + YEAR + "\\s*[-/]?\\s*Q([1-4])\\b", m -> quarter(m.group(1), m.group(2)));
        // Q3 2011 / Q3-2011 / Q3/11 / Q3'11 / Q3 FY2011 is fiscal: handled by FISCAL
        form("\\bQ([1-4])(?:" + DASH + "|\\s+|'|\u2019)" + SHORT_YEAR + "\\b(?![.,]\\d)", m -> quarter(year(m.group(2)), m.group(1)));
        form("\\bQ([1-4]),\\s*" + YEAR + "\\b", m -> quarter(m.group(2), m.group(1)));
        // "Q4 (2012)", "Q 1 (2013)": the year in brackets after the quarter
        form("\\bQ\\s?([1-4])\\s*\\(" + YEAR + "\\)", m -> quarter(m.group(2), m.group(1)));
        // "Qtr 1 2020", "Quarter 3, 2019": the quarter's word, its number, its year
        form("\\b(?:Qtr|Quarter)\\.?\\s*([1-4]),?\\s+" + YEAR + "\\b", m -> quarter(m.group(2), m.group(1)));
        // Q4 CY2024 / Q4 CY24 / CY2024: a calendar quarter or year, as companies whose financial year is another write them
        form("\\bQ([1-4])\\s*CY\\s*'?" + SHORT_YEAR + "\\b", m -> quarter(year(m.group(2)), m.group(1)));
        // ("CY20 production to 395,136oz (CY19 production of 384,731oz)": its two digits alone)
        form("\\bCY\\s*'?" + SHORT_YEAR + "\\b(?![.,]\\d)", m -> Optional.of(ReportingPeriod.fullYear(year(m.group(1)))));
        form("\\bQ([1-4])\\s*of\\s+" + YEAR + "\\b", m -> quarter(year(m.group(2)), m.group(1)));
        // 3Q 2011 / 3Q11 / 1T 2012 / 1T12 (Spanish: trimestre)
        form("\\b([1-4])[QT](?:" + DASH + "|\\s+|'|\u2019)?" + SHORT_YEAR + "\\b", m -> quarter(year(m.group(2)), m.group(1)));
        // 9M 2019 / 9m 2019 / 6M 2019 (the first so many months)
        form("\\b([369])M\\s*'?" + SHORT_YEAR + "\\b", m -> yearToDate(year(m.group(2)), Integer.parseInt(m.group(1)) / 3));
        // 12 mths 2023 / 9 months 2023: a year or its first months
        form("\\b(3|6|9|12)\\s*(?:mths|months)\\s+'?" + YEAR + "\\b", m -> m.group(1).equals("12") ? Optional.of(ReportingPeriod.fullYear(Integer.parseInt(m.group(2))))
                : yearToDate(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)) / 3));
        // first six months of 2024 / first nine months of 2013
        // (and "the first 9 months of 2013" in digits)
        form("\\bfirst\\s+(three|six|nine|3|6|9)\\s+months\\s+(?:of\\s+)?(?:the\\s+year\\s+)?" + YEAR + "\\b",
                m -> yearToDate(Integer.parseInt(m.group(2)), MONTH_COUNTS.get(m.group(1).toLowerCase(Locale.ROOT)) / 3));
        // H1 2017 / 1H 2017 / first half of 2017 / primer semestre 2017
        // 1S15: "primer semestre" as Spanish releases shorten it
        form("\\b(?:H1|1H|1S|first\\s+half(?:\\s+of)?|primer\\s+semestre(?:\\s+del?)?)" + "[\\s-]*'?" + SHORT_YEAR + "\\b", m -> yearToDate(year(m.group(1)), 2));
        // 2021 1H / 2021H1: the year first, as Hong Kong filings write it
        form("\\b" + YEAR + "\\s*-?\\s*(?:H1|1H)\\b", m -> yearToDate(Integer.parseInt(m.group(1)), 2));
        // YTD 2013 / 2013 YTD / year to date 2013
        FORMS.add(new Form(Pattern.compile("\\b(?:ytd|year[- ]to[- ]date|acumulado(?:\\s+al?)?)\\s*,?\\s*" + YEAR + "\\b", Pattern.CASE_INSENSITIVE),
                m -> Optional.empty(), true));
        // YTD 19: a header's year to date with its year in two digits
        FORMS.add(new Form(YTD_SHORT_YEAR, m -> Optional.empty(), true));
        // FY 2013 / FY2013 / Full year 2013 / 2013 full year / Año 2012
        // ("Annual 2017 gold production was 160.0 thousand ounces")
        form("\\b(?:full[- ]year|calendar\\s+year|a\u00f1o|annual)\\s+" + YEAR + "\\b", m -> Optional.of(ReportingPeriod.fullYear(Integer.parseInt(m.group(1)))));
        form("\\b" + YEAR + "\\s+(?:full[- ]year|annual)\\b", m -> Optional.of(ReportingPeriod.fullYear(Integer.parseInt(m.group(1)))));
        // "21,097 ounces for all of 2022", "the whole of 2022": the year, every month of it
        form("\\b(?:all|the\\s+whole|the\\s+entirety)\\s+of\\s+" + YEAR + "\\b", m -> Optional.of(ReportingPeriod.fullYear(Integer.parseInt(m.group(1)))));
        // "the period ending 31 March 2020": a span that ends on that day, of a length the words do not say, is not the month
        form("\\bperiod\\s+end(?:ed|ing)\\s+(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+" + YEAR + "\\b",
                m -> Optional.empty());
        // "Lima, 4 de septiembre de 2025 -", "LONDON, 4 September 2025 -": a dateline, the day a release was written, is no
        // month's figures (a date in the sentence, "from 1 June 2010", still names its month)
        form("\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:de\\s+)?" + MONTH + "\\.?,?\\s+(?:de(?:l)?\\s+)?" + YEAR + "\\b(?=\\s*(?:\\([^)]{0,40}\\)\\s*)?[-\u2013\u2014:]+\\s)",
                m -> Optional.empty());
        // June 2013 / Jun-13 / junio de 2013
        form("\\b" + MONTH + "\\.?(?:\\s*,?\\s*(?:de(?:l)?\\s+)?" + YEAR + "|(?:-|\\s*'|\\s*\u2019)(\\d{2}))\\b",
                m -> month(m.group(1), m.group(2) != null ? m.group(2) : m.group(3)));
    }

    private PeriodLabels() {
    }

    private static void form(String regex, Function<Matcher, Optional<ReportingPeriod>> period) {
        FORMS.add(new Form(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), period, false));
    }

    /**
     * Every period named in a text, in order, without overlaps (at each place the longest spelling wins). A
     * fiscal label ("Q2 Fiscal 2020", "F2012-Q1") is not a calendar period: it is left out, as is a spelling whose
     * date is impossible.
     */
    static List<Mention> mentions(String text) {
        return RECENT.of(text);
    }

    /** The periods of the texts read lately: finding them was a third of a parse (a JFR profile of the fuzz test). */
    private static final RecentReadings<List<Mention>> RECENT = new RecentReadings<>(2_048, 1_000, text -> List.copyOf(find(text)));

    private static List<Mention> find(String text) {
        List<Mention> found = new ArrayList<>();
        List<int[]> fiscal = new ArrayList<>();
        Matcher f = FISCAL.matcher(text);
        while (f.find()) {
            fiscal.add(new int[] {f.start(), f.end()});
        }
        // each form's next match, found again only once the scan has passed it: linear in the text's length
        Matcher[] matchers = new Matcher[FORMS.size()];
        int[] next = new int[FORMS.size()];
        for (int i = 0; i < FORMS.size(); i++) {
            matchers[i] = FORMS.get(i).pattern().matcher(text);
            next[i] = matchers[i].find() ? matchers[i].start() : -1;
        }
        int at = 0;
        while (true) {
            int bestForm = -1;
            for (int i = 0; i < matchers.length; i++) {
                while (next[i] >= 0 && next[i] < at) {
                    next[i] = matchers[i].find(at) ? matchers[i].start() : -1;
                }
                if (next[i] < 0) {
                    continue;
                }
                if (bestForm < 0 || next[i] < next[bestForm] || (next[i] == next[bestForm] && matchers[i].end() > matchers[bestForm].end())) {
                    bestForm = i;
                }
            }
            if (bestForm < 0) {
                break;
            }
            Matcher m = matchers[bestForm];
            Optional<ReportingPeriod> period;
            try {
                period = FORMS.get(bestForm).period().apply(m);
            } catch (MalformedPeriodException | NumberFormatException | IndexOutOfBoundsException e) {
                period = Optional.empty();
            }
            int start = m.start();
            int end = m.end();
            boolean isFiscal = fiscal.stream().anyMatch(r -> r[0] < end && start < r[1]);
            boolean yearToDate = FORMS.get(bestForm).yearToDate();
            if (!isFiscal && (period.isPresent() || yearToDate)) {
                found.add(new Mention(start, end, period.orElse(null)));
            }
            at = end;
        }
        return found;
    }

    /** A period named in a header cell, if any; fiscal labels, guidance and change columns, and impossible dates are not. */
    static Optional<ReportingPeriod> parse(String cell) {
        String text = cell.strip();
        if (NOT_A_PERIOD.matcher(text).find()) {
            return Optional.empty();
        }
        List<Mention> mentions = mentions(text);
        if (!mentions.isEmpty() && mentions.get(0).period() != null) {
            return Optional.of(mentions.get(0).period());
        }
        // a bare year in a header cell is that whole year ("2018" beside "4Q 2018")
        Matcher bare = BARE_YEAR_CELL.matcher(text);
        if (bare.matches()) {
            return Optional.of(ReportingPeriod.fullYear(Integer.parseInt(bare.group(1))));
        }
        return Optional.empty();
    }

    private static final Pattern SPAN = Pattern.compile("(?i)^(three|six|nine|twelve|3|6|9|12)[- ]months?(?:\\s+periods?)?\\s+end(?:ed|ing)$|^(quarter|(?:full\\s+)?year|fiscal year)\\s+end(?:ed|ing)$");
    private static final Pattern DATE = Pattern.compile("(?i)^" + MONTH + "\\.?\\s+\\d{1,2},?\\s+" + YEAR + "$");

    /** "Three Months Ended", "Full Year Ended": a header cell over dates; how many months it spans, if it is one. */
    static Optional<Integer> spanMonths(String cell) {
        Matcher m = SPAN.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(MONTH_COUNTS.get(m.group(1).toLowerCase(Locale.ROOT)));
        }
        return Optional.of(m.group(2).toLowerCase(Locale.ROOT).startsWith("quarter") ? 3 : m.group(2).toLowerCase(Locale.ROOT).startsWith("fiscal") ? -1 : 12);
    }

    private static final Pattern SPAN_TO_DAY = Pattern.compile("(?i)^(?:(three|six|nine|twelve|3|6|9|12)[- ]months?(?:\\s+periods?)?|(quarter|qtr\\.?))\\s+(?:end(?:ed|ing)|to)\\s+"
            + MONTH + "\\.?\\s+\\d{1,2},?$|^(?:(three|six|nine|twelve|3|6|9|12)[- ]months?(?:\\s+periods?)?|(quarter|qtr\\.?))\\s+(?:end(?:ed|ing)|to)\\s+\\d{1,2}\\s+" + MONTH + ",?$");

    /**
     * "Three Months Ended March 31," over "2024 | 2023": a span to a day of the year whose years stand below it; the
     * periods it makes of each year, in order. Empty when the cell is no such span.
     */
    static Optional<java.util.function.IntFunction<Optional<ReportingPeriod>>> spanToDay(String cell) {
        Matcher m = SPAN_TO_DAY.matcher(cell.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String count = m.group(1) != null ? m.group(1) : m.group(4);
        int months = count != null ? MONTH_COUNTS.get(count.toLowerCase(Locale.ROOT)) : 3;
        String month = m.group(3) != null ? m.group(3) : m.group(6);
        return Optional.of(year -> {
            try {
                return monthsEnded(months, month, String.valueOf(year));
            } catch (MalformedPeriodException e) {
                return Optional.empty();
            }
        });
    }

    /** "Dec. 31, 2012" under a span cell: the period of so many months ending then. */
    static Optional<ReportingPeriod> endingOn(String dateCell, int months) {
        Matcher m = DATE.matcher(dateCell.strip());
        if (!m.matches() || months <= 0) {
            return Optional.empty();
        }
        try {
            return monthsEnded(months, m.group(1), m.group(2));
        } catch (MalformedPeriodException e) {
            return Optional.empty();
        }
    }

    static boolean isDate(String cell) {
        return DATE.matcher(cell.strip()).matches();
    }

    /** Whether a header cell is a column that holds no period's figures: a change, a guidance, a budget. */
    static boolean isOtherColumn(String cell) {
        return NOT_A_PERIOD.matcher(cell).find();
    }

    /** Whether a header cell is a year to date that names its year ("YTD 2013", "2024 YTD"). */
    static boolean isYearToDateOfYear(String cell) {
        return isYearToDateWord(cell) && yearToDateYear(cell).isPresent();
    }

    /** Whether a header cell means "the year to date" without saying which (Total, YTD; "YTD 2013" names its year). */
    static boolean isYearToDateWord(String cell) {
        return YEAR_TO_DATE.matcher(cell).find() && parse(cell).isEmpty() && !isOtherColumn(cell);
    }

    /**
     * "ended June 30", "ending 31 March": the month a quarter ended, when it ends a calendar quarter, as group 1 (the
     * month's name). No year follows it here; those who read it add what follows.
     */
    static final String ENDED_IN_QUARTER_MONTH = "end(?:ed|ing)\\s+(?:on\\s+)?(?:\\d{1,2}\\s+)?(mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)\\.?(?:\\s+\\d{1,2})?";

    /** The calendar quarter a month ends ("June": 2). */
    static int quarterEndedIn(String month) {
        return (monthNumber(month) + 2) / 3;
    }

    /** "first" to "fourth" (and Spanish "primer" to "cuarto", Portuguese "primeiro" to "quarto"): 1 to 4. */
    static int ordinal(String word) {
        return ORDINALS.get(word.toLowerCase(Locale.ROOT));
    }

    private static final Pattern BARE_YEAR_CELL = Pattern.compile("^(?:FY\\s?)?" + YEAR + "(?:\\s*\\(\\d\\))?$", Pattern.CASE_INSENSITIVE);

    /** The year of a "YTD 2013" cell, if it names one. */
    static Optional<Integer> yearToDateYear(String cell) {
        Matcher m = Pattern.compile("(?i)\\b(?:ytd|year[- ]to[- ]date|acumulado)\\b.*?" + YEAR + "|" + YEAR + "\\s+(?:ytd|year[- ]to[- ]date)").matcher(cell);
        if (m.find()) {
            return Optional.of(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        Matcher shortYear = YTD_SHORT_YEAR.matcher(cell);
        if (shortYear.find()) {
            return Optional.of(2000 + Integer.parseInt(shortYear.group(1))); // "YTD 19"
        }
        return Optional.empty();
    }

    /** Every period named in a line of text, in order, as the text spells it (a header row whose cells are not delimited). */
    static List<String> splitHeaderLine(String line) {
        return mentions(line).stream().filter(m -> m.period() != null).map(m -> line.substring(m.start(), m.end())).toList();
    }

    // "the June quarterly production" too
    // ("strong December-quarter operational performance": the month joined to its quarter)
    private static final Pattern YEARLESS_MONTH_QUARTER = Pattern.compile("(?i)\\b(mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)\\.?(?:\\s+|-)(quarter(?:ly)?|qtr)\\b"
            + "(?!\\.?,?\\s*(?:of\\s+)?'?(?:19|20)?\\d{2}\\b)"
            // "(Q4 Jun: 99,359 oz)": a fiscal quarter by its last month, without its fiscal year
            + "|\\bQ[1-4]\\s+(mar(?:ch)?|june?|sep(?:t(?:ember)?)?|dec(?:ember)?)\\b(?!\\s*'?(?:FY|F\\d|(?:19|20)?\\d{2}\\b))");

    /**
     * The text with each quarter named by its last month without a year ("the June quarter", "Dec Qtr") given the
     * year it has: that of the last such quarter ended by a date the text is anchored at (its dateline), so that
     * "the March quarter" in a July release is that year's and "the December quarter" the year before's.
     */
    static String datingMonthQuarters(String text, java.time.LocalDate anchor) {
        return datingMonthQuarters(text, anchor, false);
    }

    /**
     * As {@link #datingMonthQuarters(String, java.time.LocalDate)}, or, when the anchor is only the latest date the text
     * names (no dateline: the text was written after it, by how much it does not say), the quarter that ends nearest it
     * on either side: "the March quarter" of a text that names January 2015 is that of 2015, "the December quarter" the
     * one just before.
     */
    static String datingMonthQuarters(String text, java.time.LocalDate anchor, boolean nearest) {
        return YEARLESS_MONTH_QUARTER.matcher(text).replaceAll(m -> {
            int lineEnd = text.indexOf('\n', m.end());
            int nextEnd = lineEnd < 0 ? -1 : text.indexOf('\n', lineEnd + 1);
            String next = lineEnd < 0 ? "" : text.substring(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd);
            if (YEARS_LINE.matcher(next).matches()) {
                return Matcher.quoteReplacement(m.group()); // "Sep Qtr | Jun Qtr" over "2020 | 2020": the header's years are below it
            }
            String monthName = m.group(1) != null ? m.group(1) : m.group(3);
            int month = monthNumber(monthName);
            int year = anchor.getYear();
            if (java.time.YearMonth.of(year, month).atEndOfMonth().isAfter(anchor)) {
                year--;
            }
            if (nearest && java.time.temporal.ChronoUnit.DAYS.between(java.time.YearMonth.of(year, month).atEndOfMonth(), anchor)
                    > java.time.temporal.ChronoUnit.DAYS.between(anchor, java.time.YearMonth.of(year + 1, month).atEndOfMonth())) {
                year++;
            }
            return Matcher.quoteReplacement(monthName + " " + (m.group(2) != null ? m.group(2).replaceFirst("(?i)ly$", "") : "quarter") + " " + year);
        });
    }

    /** Between a header's cells: a tab, a pipe, two spaces or more, or a line's end (a header of one cell a line, "July |"). */
    private static final String CELL_EDGE = "(?:[ \\t]*\\|?[ \\t]*\\n[ \\t]*\\|?[ \\t]*|\\t+|[ \\t]*\\|[ \\t]*| {2,})";

    /** Each quarter's three months as a header's cells ({@link #datingMonthColumns}), the first quarter's first. */
    private static final List<Pattern> MONTH_COLUMNS = java.util.stream.IntStream.rangeClosed(1, 4).mapToObj(PeriodLabels::monthColumns).toList();

    private static Pattern monthColumns(int quarter) {
        String[] names = new String[3];
        for (int i = 0; i < 3; i++) {
            String full = java.time.Month.of((quarter - 1) * 3 + i + 1).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
            names[i] = "(" + full + "|" + full.substring(0, 3) + (full.equals("September") ? "t?" : "") + ")\\.?";
        }
        // (after a line's start, a tab, a pipe, or a first cell that names the table: "Cerro Alto      July      August ...")
        return Pattern.compile("(?im)(?<=^|\\t|\\||\\S {2})([ \\t]*)" + names[0] + "(" + CELL_EDGE + ")" + names[1] + "(" + CELL_EDGE + ")" + names[2]
                + "(?:(" + CELL_EDGE + ")(total|quarter|qtr|qtd))?(?=[ \\t]*(?:\\||\\t|\\n|$| {2,}))");
    }

    /**
     * A quarter's three months as a header's cells without their year ("July | August | September | Total" under a report
     * "for the three months ended 30 September 2008"), dated with the quarter's year, and a "Total" or "Quarter" cell right
     * after them named as the quarter: a monthly table of the release's own quarter. Months of any other quarter, or not all
     * three in order, are left as they are.
     */
    static String datingMonthColumns(String text, ReportingPeriod quarter) {
        if (quarter != null && quarter.kind() == PeriodKind.MONTH) {
            return datingMonthsToDate(text, quarter);
        }
        if (quarter == null || quarter.kind() != PeriodKind.QUARTER) {
            return text;
        }
        int year = quarter.year();
        return MONTH_COLUMNS.get(quarter.number() - 1).matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + " " + year + m.group(3) + m.group(4) + " " + year + m.group(5)
                + m.group(6) + " " + year + (m.group(8) == null ? "" : m.group(7) + "Q" + quarter.number() + " " + year)));
    }

    /** A run of month names as a header's cells, one a cell: "January | February | ... | July |". */
    private static final Pattern MONTH_RUN = Pattern.compile("(?im)(?<=^|\\t|\\|)[ \\t]*" + MONTH + "\\.?(?:" + CELL_EDGE + MONTH + "\\.?)+(?=[ \\t]*(?:\\||\\t|\\n|$| {2,}))");
    private static final Pattern MONTH_CELL = Pattern.compile("(?i)\\b" + MONTH + "\\.?");

    /**
     * "January | February | ... | July" in a report of July 2020: the year's months to the one reported, as a header's cells
     * without their year, dated with the report's year. Only months that follow each other and end with the one reported.
     */
    private static String datingMonthsToDate(String text, ReportingPeriod month) {
        return MONTH_RUN.matcher(text).replaceAll(run -> {
            List<MatchResult> cells = MONTH_CELL.matcher(run.group()).results().toList();
            boolean consecutive = cells.size() >= 2 && monthNumber(cells.get(cells.size() - 1).group(1)) == month.number();
            for (int c = 1; consecutive && c < cells.size(); c++) {
                consecutive = monthNumber(cells.get(c).group(1)) == monthNumber(cells.get(c - 1).group(1)) + 1;
            }
            // (a run followed by other cells on its line, "| YTD ||", is not the whole header, whose columns it would misalign)
            int lineEnd = text.indexOf('\n', run.end());
            if (!consecutive || !text.substring(run.end(), lineEnd < 0 ? text.length() : lineEnd).matches("[\\s|]*")) {
                return Matcher.quoteReplacement(run.group());
            }
            StringBuilder dated = new StringBuilder();
            int at = 0;
            for (MatchResult cell : cells) {
                dated.append(run.group(), at, cell.end()).append(' ').append(month.year());
                at = cell.end();
            }
            return Matcher.quoteReplacement(dated.append(run.group().substring(at)).toString());
        });
    }

    private static final Pattern YEARS_LINE = Pattern.compile("[\\s|]*(?:(?:19|20)\\d{2}[\\s|]*){2,}");

    /** Whether a text names a quarter by its last month without a year. */
    static boolean namesYearlessMonthQuarter(String text) {
        return YEARLESS_MONTH_QUARTER.matcher(text).find();
    }

    private static Optional<ReportingPeriod> quarter(String year, String quarter) {
        return quarter(Integer.parseInt(year), quarter);
    }

    private static Optional<ReportingPeriod> quarter(int year, String quarter) {
        return Optional.of(ReportingPeriod.quarter(year, Integer.parseInt(quarter)));
    }

    private static Optional<ReportingPeriod> yearToDate(int year, int quarters) {
        // "the first three months of 2019", "3M 2019": a year's first three months are its first quarter, as a careful reader files them
        return Optional.of(quarters == 1 ? ReportingPeriod.quarter(year, 1) : ReportingPeriod.yearToDate(year, quarters));
    }

    /** "Apr-Jun 2019" is the second quarter, "Jan-Sep 2020" the first nine months; a span that is neither is no calendar period. */
    private static Optional<ReportingPeriod> monthSpan(String from, String to, String yearDigits) {
        int first = monthNumber(from);
        int last = monthNumber(to);
        if (last < first) {
            return Optional.empty();
        }
        if (first == 1 || last - first == 2 && first % 3 == 1) {
            return monthsEnded(last - first + 1 == 3 && first != 1 ? 3 : last, to, yearDigits);
        }
        return Optional.empty();
    }

    /** The calendar period of so many months ending with a month: a quarter, a year to date, a year; empty for fiscal spans. */
    private static Optional<ReportingPeriod> monthsEnded(int months, String monthName, String yearDigits) {
        int endMonth = monthNumber(monthName);
        int year = year(yearDigits);
        if (endMonth % 3 != 0) {
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

    /** The month of a quarter's last day written as two numbers ("3/31", "30/09"), either first; none if it is no such day. */
    private static Optional<Integer> quarterEndInFigures(int first, int second, int year) {
        return endsQuarter(first, second, year) ? Optional.of(first) : endsQuarter(second, first, year) ? Optional.of(second) : Optional.empty();
    }

    /** Whether a day of a month is the last of a quarter, as the domain's quarter ends. */
    private static boolean endsQuarter(int month, int day, int year) {
        return month % 3 == 0 && month >= 3 && month <= 12 && ReportingPeriod.quarter(year, month / 3).endDate().getDayOfMonth() == day;
    }

    private static Optional<ReportingPeriod> month(String monthName, String yearDigits) {
        return Optional.of(ReportingPeriod.month(year(yearDigits), monthNumber(monthName)));
    }

    private static final Pattern MONTH_NAME = Pattern.compile("(?i)" + MONTH + "\\.?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p|t)?tiembre|octubre|noviembre|diciembre");

    /** Whether a cell is a month's name and nothing more ("June", "Sept.", "agosto"). */
    static boolean isMonthName(String cell) {
        return MONTH_NAME.matcher(cell.strip()).matches();
    }

    private static final Pattern MONTH_SPAN = Pattern.compile("(?i)" + MONTH + "\\.?\\s*[-\u2013/]\\s*" + MONTH + "\\.?");

    /** Whether a cell is a span of months without its year and nothing more ("Apr-Jun", "Jan - Sep"). */
    static boolean isMonthSpan(String cell) {
        return MONTH_SPAN.matcher(cell.strip()).matches();
    }

    static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int spanish = SPANISH_MONTHS.indexOf(n.equals("setiembre") ? "septiembre" : n);
        if (spanish >= 0) {
            return spanish + 1;
        }
        if (PORTUGUESE_MONTHS.contains(n)) {
            return PORTUGUESE_MONTHS.indexOf(n) + 1;
        }
        return ENGLISH_MONTHS.indexOf(n.substring(0, 3)) + 1;
    }

    /** A year as written, in two digits ("FY18": 2018) or four. */
    static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }
}
