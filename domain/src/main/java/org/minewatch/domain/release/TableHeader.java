package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.release.ReleaseText.Row;

/**
 * A table's column headers, rebuilt from however they arrived: periods in one row, mines in a row above or
 * below them (spanning the columns under them when cells keep their places, repeated or grouped when they do
 * not), change and guidance columns that hold no period's figures, and year-to-date words that take their
 * year from the periods beside them. Each column ends with a period (or none, to skip) and a mine (a named
 * one, the company's consolidated figure, or none: the mine the table is about).
 */
final class TableHeader {

    /**
     * A column: its period (null: a column to skip), its mine (null: the table's own mine), where its cells stand, and the
     * year's plan it gives (null: none), whose figures are guidance and never production.
     */
    record Column(ReportingPeriod period, String mine, boolean consolidated, int position, Plan plan) {

        Column(ReportingPeriod period, String mine, boolean consolidated, int position) {
            this(period, mine, consolidated, position, null);
        }

        boolean skipped() {
            return period == null;
        }
    }

    /**
     * A column of a year's plan ("2012 Guidance", "Full year 2022 Revised Guidance", "Previous 2020 Outlook ('000 oz)"): the
     * year, whether it is a plan since replaced (as "previous" says of a sentence's figures), and the multiplier its own words
     * give its cells ("'000 ounces" beside rows of ounces).
     */
    record Plan(int year, boolean superseded, java.math.BigDecimal factor) {

        /** The plan a header's words name: a word of plan and a full year, no quarter's nor half's. */
        static Optional<Plan> named(String words) {
            if (!PeriodLabels.isOtherColumn(words) || !PLAN_WORD.matcher(words).find()) {
                return Optional.empty();
            }
            List<ReportingPeriod> years = PeriodLabels.mentions(words).stream().map(PeriodLabels.Mention::period)
                    .filter(p -> p != null).distinct().toList();
            if (years.isEmpty() && !FISCAL_LABEL.matcher(words).find()) {
                // "2012 Guidance": a bare year, which names no period by itself, is the plan's year; a fiscal year ("FY 2023",
                // left so in a text of fiscal years) is no calendar year
                years = BARE_YEAR_IN.matcher(words).results().map(m -> ReportingPeriod.fullYear(Integer.parseInt(m.group()))).distinct().toList();
            }
            if (years.size() != 1 || years.get(0).kind() != PeriodKind.FULL_YEAR) {
                return Optional.empty();
            }
            return Optional.of(new Plan(years.get(0).year(), GuidanceReader.SUPERSEDED_AFTER.matcher(words).find(), Vocabulary.read(words).multiplier()));
        }
    }

    private static final Pattern BARE_YEAR_IN = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern FISCAL_LABEL = Pattern.compile("(?i)\\bFY|\\bF\\d{2}\\b|fiscal");

    /** The header read: its columns, how many rows it took, and whether its cells keep their places. */
    record Parsed(List<Column> columns, int rows, boolean positional, int unitPosition) {
    }

    private enum Kind { PERIOD, YEAR_TO_DATE, OTHER, NAME, CONSOLIDATED, SPAN, DATE }

    /** A header cell read: what it is, its words, its period, its place, and the plan it names (a column of Kind.OTHER may). */
    private record Token(Kind kind, String text, ReportingPeriod period, int position, Plan plan) {

        Token(Kind kind, String text, ReportingPeriod period, int position) {
            this(kind, text, period, position, null);
        }
    }

    static final Pattern CONSOLIDATED = Pattern.compile("(?i)^(?:consolidated|total|totals|combined|company|group|consolidado|total\\s+compa\u00f1[i\u00ed]a)"
            + "(?:\\s+(?:total|consolidated|company|group|operations|production|mines|\\(\\d\\)))?\\s*[*\\d]?$");
    private static final Pattern HEADING = Pattern.compile("(?i)\\b(highlights?|results|summary|statistics|overview|data|performance|table|key|details|metrics|"
            + "report|reporting|figures|update|operating|production|resumen|resultados|datos|operaciones|producci[o\u00f3]n|notes?|quarter|quarterly)\\b");

    private TableHeader() {
    }

    /** Whether a header starts at this row: a row of periods, or a row of names just above one. */
    static boolean startsAt(List<Row> rows, int i) {
        Row row = rows.get(i);
        if (spanOverYears(rows, i).isPresent() || spanAboveItsYears(rows, i).isPresent()) {
            return true;
        }
        if (i > 0 && !row.prose() && (isBareYearRow(row) || isYearsAndChangesRow(row)) && spansJoinedToYears(rows, i).isPresent()) {
            return true; // "2013 2012 change 2013 2012 change" under "Three months ended June 30   Six months ended June 30"
        }
        if (row.prose() || row.hasValues() && !isPeriodRow(row)) {
            return false;
        }
        if (isPeriodRow(row) || captionOverNames(rows, i, name -> name).isPresent() || periodsWrappedOverLines(rows, i).isPresent()) {
            return true;
        }
        // (the row below first: it is checked for every row of every text, and is cheaper than reading names)
        return i + 1 < rows.size() && isPeriodRow(rows.get(i + 1)) && !rows.get(i + 1).hasValues() && (isNameRow(row) || namesBeforeBlanks(row) >= 2);
    }

    /**
     * "Operating results for the three months ended September 30, 2015" over "Alpha      Beta      Total", figures under
     * them: a caption of one period over a row of names (two or more mines, and the company's total), each name a column
     * of that period. Empty otherwise.
     */
    private static Optional<Parsed> captionOverNames(List<Row> rows, int i, java.util.function.UnaryOperator<String> clean) {
        Row row = rows.get(i);
        if (i == 0 || i + 1 >= rows.size() || row.prose() || row.hasValues() || !rows.get(i + 1).hasValues()) {
            return Optional.empty();
        }
        List<String> all = row.all();
        List<Integer> filled = java.util.stream.IntStream.range(0, all.size()).filter(k -> !all.get(k).isBlank()).boxed().toList();
        if (!namesBesideTotal(filled.stream().map(all::get).toList())) {
            return Optional.empty();
        }
        Row caption = rows.get(i - 1);
        List<PeriodLabels.Mention> periods = PeriodLabels.mentions(caption.label()).stream().filter(m -> m.period() != null).toList();
        if (caption.cells().stream().anyMatch(c -> !c.isBlank()) || caption.label().strip().length() > 100 || periods.size() != 1) {
            return Optional.empty();
        }
        ReportingPeriod period = periods.get(0).period();
        List<Column> columns = filled.stream().map(k -> {
            String cell = all.get(k).strip();
            boolean total = !isName(cell); // the company's total, as namesBesideTotal allowed
            return new Column(period, total ? null : clean.apply(cell), total, row.positional() ? k : -1);
        }).toList();
        return Optional.of(new Parsed(columns, 1, row.positional(), -1));
    }

    private static final Pattern BARE_YEAR = Pattern.compile("(?:19|20)\\d{2}");

    /**
     * One cell per line, "Three Months Ended March 31," then perhaps a caption ("CLG Production (100% Basis)"), then
     * the years, one per line: a column per year, each the span ending on that day of it.
     */
    private static Optional<Parsed> spanOverYears(List<Row> rows, int i) {
        Row first = rows.get(i);
        // ("Three months ended June 30   Six months ended June 30" over "2013 2012 2013 2012": two spans, each over its own years)
        if (first.prose() || first.cells().stream().anyMatch(c -> !c.isBlank())) {
            return Optional.empty();
        }
        Optional<java.util.function.IntFunction<Optional<ReportingPeriod>>> span = PeriodLabels.spanToDay(first.label());
        if (span.isEmpty() || i > 0 && !rows.get(i - 1).prose() && PeriodLabels.spanToDay(rows.get(i - 1).label()).isPresent()) {
            return Optional.empty(); // (the second of two spans one a line: the two share the years below, read from there)
        }
        int k = i + 1;
        if (k < rows.size() && !rows.get(k).hasValues() && !rows.get(k).prose() && !BARE_YEAR.matcher(rows.get(k).label().strip()).matches()
                && rows.get(k).label().length() < 60 && PeriodLabels.splitHeaderLine(rows.get(k).label()).isEmpty()
                && PeriodLabels.spanToDay(rows.get(k).label()).isEmpty()) {
            k++; // a caption between the span and its years (not another span: "Nine Months Ended September 30," has years of its own)
        }
        List<Column> columns = new ArrayList<>();
        if (k < rows.size() && !rows.get(k).cells().isEmpty() && rows.get(k).cells().stream().allMatch(c -> BARE_YEAR.matcher(c.strip()).matches())
                && PeriodLabels.splitHeaderLine(rows.get(k).label()).isEmpty()) {
            // the caption and its years on one row: "CLG Production (100% Basis) | 2024 | 2023"
            for (String year : rows.get(k).cells()) {
                Optional<ReportingPeriod> period = span.get().apply(Integer.parseInt(year.strip()));
                if (period.isEmpty()) {
                    return Optional.empty();
                }
                columns.add(new Column(period.get(), null, false, -1));
            }
            return Optional.of(new Parsed(columns, k + 1 - i, false, -1));
        }
        while (k < rows.size() && rows.get(k).cells().stream().allMatch(String::isBlank) && BARE_YEAR.matcher(rows.get(k).label().strip()).matches()) {
            Optional<ReportingPeriod> period = span.get().apply(Integer.parseInt(rows.get(k).label().strip()));
            if (period.isEmpty()) {
                return Optional.empty();
            }
            columns.add(new Column(period.get(), null, false, -1));
            k++;
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(new Parsed(columns, k - i, false, -1));
    }

    /**
     * One cell per line, "Six months ended June 30," above "Production Q2 2023 Q1 2023 % Var. Q2 2022" and then the span's
     * years, one a line ("2023", "2022"): the span's columns follow the header's own. The span, its header and its years
     * read as one header line, each year made the span's full label.
     */
    private static Optional<List<Row>> spanAboveItsYears(List<Row> rows, int i) {
        Row span = rows.get(i);
        if (span.prose() || !span.cells().isEmpty() || PeriodLabels.spanToDay(span.label()).isEmpty() || i + 1 >= rows.size()) {
            return Optional.empty();
        }
        Row header = rows.get(i + 1);
        if (header.prose() || header.positional() || header.cells().isEmpty() || PeriodLabels.splitHeaderLine(header.label()).isEmpty()
                || !header.cells().stream().allMatch(c -> BARE_YEAR.matcher(c.strip()).matches())) {
            return Optional.empty();
        }
        StringBuilder label = new StringBuilder(header.label());
        header.cells().forEach(year -> label.append(' ').append(span.label().strip()).append(' ').append(year.strip()));
        List<Row> combined = new ArrayList<>(rows);
        combined.set(i + 1, new Row(header.line(), label.toString(), List.of(), false, false, false));
        return Optional.of(combined);
    }

    /** Reads the header that starts at row i; empty if its periods and names do not make columns. */
    static Optional<Parsed> read(List<Row> rows, int i, MineNames mines) {
        return read(rows, i, mines, null);
    }

    /**
     * @param ownQuarter the release's own quarter, if known: the quarter a header's years to date run to when it names no
     *                   quarter of its own ("YTD 2021 | YTD 2020" in a release of the second quarter: the first six months)
     */
    static Optional<Parsed> read(List<Row> rows, int i, MineNames mines, ReportingPeriod ownQuarter) {
        Optional<Parsed> captioned = captionOverNames(rows, i, mines::clean);
        if (captioned.isPresent()) {
            return captioned;
        }
        Optional<Parsed> namesOverGroups = namesOverPeriodGroups(rows, i, mines, ownQuarter);
        if (namesOverGroups.isPresent()) {
            return namesOverGroups;
        }
        Optional<Parsed> spanned = spanOverYears(rows, i);
        if (spanned.isPresent()) {
            return spanned;
        }
        Optional<List<Row>> spanAbove = spanAboveItsYears(rows, i);
        if (spanAbove.isPresent()) {
            return readCombined(spanAbove.get(), i + 1, mines, true, ownQuarter).map(p -> new Parsed(p.columns(), p.rows() + 1, p.positional(), p.unitPosition()));
        }
        Optional<Parsed> wrapped = periodsWrappedOverLines(rows, i, mines, ownQuarter);
        if (wrapped.isPresent()) {
            return wrapped;
        }
        Optional<Parsed> quarterLines = yearsOverQuarterLines(rows, i, mines, ownQuarter);
        if (quarterLines.isPresent()) {
            return quarterLines;
        }
        if (i > 0 && (isBareYearRow(rows.get(i)) || isYearsAndChangesRow(rows.get(i)))) {
            Optional<Parsed> grouped = spansOverYearGroups(rows, i, mines, ownQuarter);
            if (grouped.isPresent()) {
                return grouped;
            }
        }
        if (i > 0 && isYearlessRow(rows.get(i - 1)) && isBareYearRow(rows.get(i))) {
            // "Q3 | Q2 | Year-to-date" over "2019 | 2018 | 2019": the years are the words' above, not full years
            List<String> cells = new ArrayList<>(rows.get(i).all());
            List<Integer> filled = java.util.stream.IntStream.range(0, cells.size()).filter(k -> !cells.get(k).isBlank()).boxed().toList();
            Optional<List<String>> spread = wordPerYear(rows.get(i - 1).all().stream().filter(c -> !c.isBlank()).map(String::strip).toList(),
                    filled.stream().map(k -> cells.get(k).strip()).toList());
            if (spread.isEmpty()) {
                return Optional.empty();
            }
            List<String> words = spread.get();
            for (int k = 0; k < filled.size(); k++) {
                // ("Full year guidance" over "2021": "Full year 2021 guidance", a plan's column, as a header of one line prints it)
                String whole = words.get(k).strip();
                // ("Year" over "2012" beside quarters over theirs, "Full" wrapped onto a line above it: the full year)
                whole = whole.equalsIgnoreCase("year") ? "Full year" : whole;
                String year = cells.get(filled.get(k)).strip();
                java.util.regex.Matcher plan = TRAILING_PLAN.matcher(whole);
                cells.set(filled.get(k), plan.find() ? whole.substring(0, plan.start()) + " " + year + whole.substring(plan.start()) : whole + " " + year);
            }
            Row year = rows.get(i);
            List<Row> combined = new ArrayList<>(rows);
            combined.set(i, new Row(year.line(), cells.get(0), cells.subList(1, cells.size()), year.positional(), year.separator(), year.prose()));
            return readCombined(combined, i, mines, true, ownQuarter);
        }
        // a mine's title right under a header of periods ("Q3 2019 | Q2 2019" over "Alpha", its rows under it) is no row of
        // the header's when the two do not make columns together: the header's periods alone then
        return readCombined(rows, i, mines, true, ownQuarter).or(() -> readCombined(rows, i, mines, false, ownQuarter));
    }

    /**
     * "Operations | Guanaco/ Amancaya Mines | Casposo Mine (100% basis) | Net to Austral Gold* | ||||||" over "Dec Quarter 2017 |
     * Sept Quarter 2017 | Dec Quarter 2016 | Dec Quarter 2017 | ...": cells apart by bars, each name over a group of the periods
     * below, the groups alike, the page having written the names in the first cells and left the rest blank. A name of what the
     * company is owed ("Net to Austral Gold", "Attributable") gives its group no mine's figures. Empty unless the periods below
     * repeat in as many groups as there are names.
     */
    private static Optional<Parsed> namesOverPeriodGroups(List<Row> rows, int i, MineNames mines, ReportingPeriod ownQuarter) {
        if (i + 1 >= rows.size() || !rows.get(i + 1).positional()) {
            return Optional.empty();
        }
        List<String> cells = rows.get(i).cells();
        int k = namesBeforeBlanks(rows.get(i));
        if (k < 2) {
            return Optional.empty();
        }
        Optional<Parsed> below = readCombined(rows, i + 1, mines, false, ownQuarter).filter(p -> p.rows() == 1);
        if (below.isEmpty()) {
            return Optional.empty();
        }
        List<Column> periods = below.get().columns();
        int n = periods.size() / k;
        if (n < 2 || periods.size() != n * k || periods.stream().anyMatch(Column::skipped)) {
            return Optional.empty();
        }
        for (int c = n; c < periods.size(); c++) {
            if (!periods.get(c).period().equals(periods.get(c % n).period())) {
                return Optional.empty();
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < periods.size(); c++) {
            String name = withoutAside(cells.get(c / n));
            Column under = periods.get(c);
            if (OWED.matcher(name).lookingAt()) {
                columns.add(new Column(null, null, false, under.position()));
            } else if (CONSOLIDATED.matcher(name).matches()) {
                columns.add(new Column(under.period(), null, true, under.position()));
            } else {
                columns.add(new Column(under.period(), mines.clean(name), false, under.position()));
            }
        }
        return Optional.of(new Parsed(columns, 2, below.get().positional(), below.get().unitPosition()));
    }

    /**
     * How many names a row of cells apart by bars gives in its first cells, the rest blank ("Guanaco/ Amancaya Mines | Casposo
     * Mine (100% basis) | Net to Austral Gold* | ||||||"): 0 if any cell is no name, or a cell after the blanks is filled.
     */
    private static int namesBeforeBlanks(Row row) {
        if (!row.positional() || row.prose()) {
            return 0;
        }
        List<String> cells = row.cells();
        int k = 0;
        while (k < cells.size() && !cells.get(k).isBlank()) {
            k++;
        }
        boolean names = cells.subList(0, k).stream().map(TableHeader::withoutAside)
                .allMatch(c -> isName(c) || CONSOLIDATED.matcher(c).matches() || OWED.matcher(c).lookingAt());
        return names && cells.subList(k, cells.size()).stream().allMatch(String::isBlank) ? k : 0;
    }

    /** A header cell without its aside: "Casposo Mine (100% basis)" is "Casposo Mine". */
    private static String withoutAside(String cell) {
        return cell.replaceAll("\\s*\\([^()]*\\)", "").strip();
    }

    /** A column of what the company is owed of its mines' output: "Net to Austral Gold", "Attributable". */
    private static final Pattern OWED = Pattern.compile("(?i)net\\s+to\\b|attributable\\b");

    /** A word of a period a header may print on a line of its own, its year apart: "Q4", "Year", "YTD", "H1", "Full". */
    private static final String PERIOD_WORDS = "Q[1-4]|[1-4]Q|H[12]|[12]H|year|FY|YTD|quarter";
    private static final Pattern PERIOD_WORD = Pattern.compile("(?i)" + PERIOD_WORDS + "|full");
    /** One period's words and its year: "Q4 2019", "Full Year 2018", "2019". */
    private static final Pattern ONE_PERIODS_WORDS = Pattern.compile("(?i)(?:(?:" + PERIOD_WORDS + "|full year) )?(?:19|20)\\d{2}");

    /**
     * "000's   Q4" over "2019", "Q4" and "2018", "Year" and "2019", "Year" and "2018": a header whose cells a page broke inside
     * their words, line by line, over rows of figures. The periods read in turn (a period's words up to its year) are the
     * header, as one row, when they are as many as the first row's figures under them; the words before the first period (the
     * corner's "000's", a caption) are no column. Empty unless a period's words lie on two lines: a header whose periods each
     * keep to their line is read as before.
     */
    private static Optional<Parsed> periodsWrappedOverLines(List<Row> rows, int i, MineNames mines, ReportingPeriod ownQuarter) {
        return periodsWrappedOverLines(rows, i).flatMap(wrapped -> {
            List<Row> combined = new ArrayList<>(rows);
            int last = wrapped.end() - 1;
            combined.set(last, new Row(rows.get(last).line(), "", wrapped.periods(), false, false, false));
            return readCombined(combined, last, mines, true, ownQuarter).filter(p -> p.rows() == 1 && p.columns().size() == wrapped.periods().size())
                    .map(p -> new Parsed(p.columns(), wrapped.end() - i, p.positional(), p.unitPosition()));
        });
    }

    /** A header's periods, each written out, and the row after its last line. */
    private record WrappedPeriods(List<String> periods, int end) {
    }

    private static Optional<WrappedPeriods> periodsWrappedOverLines(List<Row> rows, int i) {
        List<String> periods = new ArrayList<>();
        StringBuilder period = new StringBuilder();
        boolean broken = false;
        int end = i;
        for (; end < rows.size() && !rows.get(end).prose() && !rows.get(end).positional(); end++) {
            Row row = rows.get(end);
            List<String> words = new ArrayList<>();
            for (String cell : end == i ? row.cells() : row.all()) {
                words.addAll(List.of(cell.strip().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList());
            }
            if (words.isEmpty() || !words.stream().allMatch(w -> BARE_YEAR.matcher(w).matches() || PERIOD_WORD.matcher(w).matches())) {
                break;
            }
            if (end > i && !period.isEmpty()) {
                broken = true; // the period the line above began goes on here
            }
            for (String w : words) {
                period.append(period.isEmpty() ? "" : " ").append(w);
                if (BARE_YEAR.matcher(w).matches()) {
                    if (!ONE_PERIODS_WORDS.matcher(period.toString()).matches()) {
                        return Optional.empty(); // "Q3 Q2 Q3 2019": words of several periods over their years, not one period wrapped
                    }
                    // ("Year" over "2019" beside quarters: the full year)
                    periods.add(period.toString().replaceFirst("(?i)^year (?=\\d)", "Full year "));
                    period.setLength(0);
                }
            }
        }
        if (!broken || end - i < 2 || !period.isEmpty() || periods.size() < 2 || end >= rows.size() || !rows.get(end).hasValues()
                || rows.get(end).cells().size() != periods.size() || !rows.get(end).cells().stream().allMatch(Numbers::isValue)) {
            return Optional.empty();
        }
        return Optional.of(new WrappedPeriods(periods, end));
    }

    /**
     * "3 Months Ended December 31 | Year Ended December 31" over "2017 | 2016 | 2017 | 2016": each span over as many years
     * as the others, side by side, this year's first or last alike in every group: each year is its span's. Empty unless
     * every span with every year of its group names a period.
     */
    private static Optional<Parsed> spansOverYearGroups(List<Row> rows, int i, MineNames mines, ReportingPeriod ownQuarter) {
        // (a section's title right under the years, "Operational" over "Ore Mined (tonnes) | 120,985", is no name of the header's
        // when the two do not make columns together, as for any header)
        return spansJoinedToYears(rows, i).flatMap(combined -> readCombined(combined, i, mines, true, ownQuarter)
                .or(() -> readCombined(combined, i, mines, false, ownQuarter)));
    }

    /** How many spans one a line a header may stack above its years. */
    private static final int MAX_STACKED_SPANS = 4;

    /** The rows with each year of row i made its span's full label ("Three months ended June 30 2013"), when they make such a header. */
    private static Optional<List<Row>> spansJoinedToYears(List<Row> rows, int i) {
        Optional<List<Row>> oneYearEach = captionsOneALineOverTheirYears(rows, i);
        if (oneYearEach.isPresent()) {
            return oneYearEach;
        }
        // a row of bare rules between the spans and their years ("|||||||") divides nothing
        int a = i - 1;
        while (a > 0 && rows.get(a).all().stream().allMatch(String::isBlank)) {
            a--;
        }
        Row above = rows.get(a);
        if (above.prose() || above.hasValues()) {
            return Optional.empty();
        }
        List<String> spans = above.all().stream().filter(c -> !c.isBlank()).map(String::strip).toList();
        List<String> cells = new ArrayList<>(yearCells(rows.get(i)));
        String firstYear = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("").strip();
        // (the years' first after a caption in the corner: "(Unaudited) | 2012 | 2011")
        String yearOfSpans = cells.stream().skip(captionBesideYears(rows.get(i)) ? 1 : 0).filter(c -> !c.isBlank()).findFirst().orElse("").strip();
        if (spans.size() == 1 && BARE_YEAR.matcher(yearOfSpans).matches() && isSpanOfYear(spans.get(0), yearOfSpans)) {
            // "Three months ended 30 June" and "Six months ended 30 June" one a line over "2012 | 2011 | 2012 | 2011": the spans
            // of a header cut into one cell a line, each on its own
            List<String> stacked = new ArrayList<>(spans);
            for (int b = a - 1; b >= 0 && stacked.size() < MAX_STACKED_SPANS; b--) {
                Row r = rows.get(b);
                List<String> here = r.all().stream().filter(c -> !c.isBlank()).map(String::strip).toList();
                if (here.isEmpty() && !r.prose()) {
                    continue;
                }
                if (r.prose() || r.hasValues() || here.size() != 1 || !isSpanOfYear(here.get(0), yearOfSpans)) {
                    break;
                }
                stacked.add(0, here.get(0));
            }
            spans = stacked;
        }
        if (spans.size() == 1 && BARE_YEAR.matcher(firstYear).matches()) {
            // "Q2 H1", "Jul-Sep Jan-Sep" over "2018 2017 +/- 2018 2017 +/-": words of one period each, parted by single spaces
            // (after a caption: "Nyckeltal for production jul-sep jan-sep", its last words)
            List<String> words = List.of(spans.get(0).split("\\s+"));
            int first = words.size();
            while (first > 0 && PeriodLabels.parse(words.get(first - 1) + " " + firstYear).isPresent()) {
                first--;
            }
            if (words.size() - first >= 2) {
                spans = words.subList(first, words.size());
            }
        }
        if (spans.size() >= 3 && BARE_YEAR.matcher(firstYear).matches() && PeriodLabels.parse(spans.get(0) + " " + firstYear).isEmpty()
                && spans.subList(1, spans.size()).stream().allMatch(span -> PeriodLabels.parse(span + " " + firstYear).isPresent())) {
            // "Key production figures | Apr-Jun | Jan-Jun" over "2017 | 2016 | +/- | 2017 | 2016 | +/-": the table's caption in the
            // spans' row, over the labels, is no span
            spans = spans.subList(1, spans.size());
        }
        // (a caption in the corner, before the years, is no year of a span's)
        int firstYearCell = captionBesideYears(rows.get(i)) ? 1 : 0;
        List<Integer> filled = java.util.stream.IntStream.range(firstYearCell, cells.size()).filter(k -> !cells.get(k).isBlank()).boxed().toList();
        if (spans.isEmpty() || filled.size() % spans.size() != 0 || filled.size() / spans.size() < 2) {
            return Optional.empty();
        }
        int each = filled.size() / spans.size();
        List<String> years = filled.stream().map(k -> cells.get(k).strip()).toList();
        Integer order = null;
        Integer previousYear = null;
        for (int k = 0; k < filled.size(); k++) {
            String span = spans.get(k / each);
            String year = years.get(k);
            if (k % each > 0 && CHANGE_CELL.matcher(year).matches()) {
                // "2013 | 2012 | change" under each span: the change between its years, a column of no period
                continue;
            }
            if (!BARE_YEAR.matcher(year).matches()) {
                return Optional.empty();
            }
            if (k % each == 0) {
                previousYear = null;
            }
            if (PeriodLabels.parse(span + " " + year).isEmpty()) {
                if (PeriodLabels.spanToDay(span).isEmpty()) {
                    return Optional.empty();
                }
                // "Six months ended December 31 | 2022": a span to a day that is no period of ours leaves its columns
                // unread, not full years
                cells.set(filled.get(k), span + " " + year);
                continue;
            }
            if (k % each > 0 && previousYear != null) {
                int step = Integer.compare(Integer.parseInt(year), previousYear);
                if (step == 0 || order != null && step != order) {
                    return Optional.empty();
                }
                order = step;
            }
            previousYear = Integer.parseInt(year);
            cells.set(filled.get(k), span + " " + year);
        }
        Row year = rows.get(i);
        List<Row> combined = new ArrayList<>(rows);
        // (a row of years with no label of its own, cells parted by runs of spaces, stands over the rows' figures one by one as a
        // table's cells keeping their places do; so does one whose label is the table's caption in the corner, "CLG Production
        // (100% Basis) | 2023 | 2022 | 2023 | 2022", a name of no column)
        boolean corner = firstYearCell == 1 && !year.positional();
        combined.set(i, new Row(year.line(), corner ? "" : cells.get(0), cells.subList(1, cells.size()), year.positional() || corner || cells.get(0).isBlank(),
                year.separator(), year.prose()));
        return Optional.of(combined);
    }

    /**
     * A span that, with a year, names a period, or ends on a day of it ("Nine months ended March 31," of a fiscal year: no
     * period of ours, but a column of the header all the same).
     */
    private static boolean isSpanOfYear(String span, String year) {
        return PeriodLabels.parse(span + " " + year).isPresent() || PeriodLabels.spanToDay(span).isPresent();
    }

    /** How many captions one a line a header may stack above their years. */
    private static final int MAX_CAPTIONS_ONE_A_LINE = 16;

    /**
     * "Jan-Mar", "Apr-Jun", "Apr-Jun", "var %", "Jan-Jun", "Jan-Jun", "var %" one a line over "2022 | 2022 | 2021 | 2022 |
     * 2021" (the last caption on the years' line): a header cut into one cell a line, each span over one year in turn, the
     * changes between them over none. The rows with row i made the header's one row ("Jan-Mar 2022 | ... | var %"), when every
     * span with its year names a period and the spans are as many as the years.
     */
    private static Optional<List<Row>> captionsOneALineOverTheirYears(List<Row> rows, int i) {
        Row yearRow = rows.get(i);
        List<String> years = yearRow.cells().stream().filter(c -> !c.isBlank()).map(String::strip).toList();
        if (years.size() < 2 || !years.stream().allMatch(y -> BARE_YEAR.matcher(y).matches())) {
            return Optional.empty();
        }
        List<String> captions = new ArrayList<>();
        if (!yearRow.label().isBlank()) {
            captions.add(yearRow.label().strip());
        }
        for (int b = i - 1; b >= 0 && captions.size() < MAX_CAPTIONS_ONE_A_LINE; b--) {
            Row r = rows.get(b);
            if (r.prose() || r.hasValues() || r.cells().stream().anyMatch(c -> !c.isBlank()) || r.label().isBlank()
                    || !isSpanOrChange(r.label().strip(), years.get(0))) {
                break;
            }
            captions.add(0, r.label().strip());
        }
        if (captions.isEmpty() || CHANGE_CELL.matcher(captions.get(0)).matches()
                || captions.stream().filter(c -> !CHANGE_CELL.matcher(c).matches()).count() != years.size()
                || !captions.stream().allMatch(c -> isSpanOrChange(c, years.get(0)))) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        int y = 0;
        for (String caption : captions) {
            if (CHANGE_CELL.matcher(caption).matches()) {
                cells.add(caption);
            } else if (PeriodLabels.parse(caption + " " + years.get(y)).isPresent()) {
                cells.add(caption + " " + years.get(y++));
            } else {
                return Optional.empty();
            }
        }
        List<Row> combined = new ArrayList<>(rows);
        combined.set(i, new Row(yearRow.line(), "", cells, true, yearRow.separator(), false));
        return Optional.of(combined);
    }

    /** A span without its year ("Apr-Jun", "Jan-Jun") or a change's caption ("var %"). */
    private static boolean isSpanOrChange(String caption, String year) {
        return CHANGE_CELL.matcher(caption).matches() || !BARE_YEAR_IN.matcher(caption).find() && PeriodLabels.parse(caption + " " + year).isPresent();
    }

    /** A column of the change between a group's years: "change", "+/-", "%", "% Var.", "diff.". */
    private static final Pattern CHANGE_CELL = Pattern.compile("(?i)%?\\s*(?:change|chg\\.?|" + PeriodLabels.VARIANCE + "|diff(?:erence|\\.)?|inc(?:rease)?\\s*/\\s*\\(?dec(?:rease)?\\)?)?\\s*%?|\\+\\s*/\\s*[-\u2212]|\u0394\\s*%?");

    // ("Joint ventures and other investments3", "Corporate and other": what a company holds besides its mines, no mine)
    private static final Pattern NOT_A_NAME_CELL = Pattern.compile("(?i)units?|unidad|description|items?|metrics?|parameters?|mine|mines|operations?|minas?|F(?:Y\\s?)?'?\\d{2,4}|fiscal.*"
            + "|.*\\b(?:investments?|and\\s+others?)(?!\\p{L}).*");
    private static final Pattern SPANNING_WORD = Pattern.compile("(?i)q[1-4]|[1-4]q|h[12]");

    /**
     * Header words over their years ("Q3 | Q2 | Year-to-date" over "2019 | 2018 | 2019"), one word for each year: as
     * they stand when there are as many; when there is one year more, the one quarter over this year and the year before
     * ("Q3" over "2019 | 2018", the current first as tables print it) spans both, read only when exactly one word can be
     * that one. Empty when a word spans several years and which ones the text does not keep.
     */
    static Optional<List<String>> wordPerYear(List<String> words, List<String> years) {
        if (years.size() == words.size()) {
            return Optional.of(words);
        }
        if (years.size() != words.size() + 1) {
            return Optional.empty();
        }
        List<Integer> spanning = new ArrayList<>();
        for (int w = 0; w < words.size(); w++) {
            String first = years.get(w);
            String second = years.get(w + 1);
            if (SPANNING_WORD.matcher(words.get(w)).matches() && BARE_YEAR.matcher(first).matches() && BARE_YEAR.matcher(second).matches()
                    && Integer.parseInt(first) == Integer.parseInt(second) + 1) {
                spanning.add(w);
            }
        }
        if (spanning.size() != 1) {
            return Optional.empty();
        }
        List<String> spread = new ArrayList<>(words);
        spread.add(spanning.get(0) + 1, words.get(spanning.get(0)));
        return Optional.of(spread);
    }

    /** A word of plan after a period ("2021 Guidance"), right after it: the period's plan, no figure of the period's own. */
    /** The words of a plan's column. */
    private static final String PLAN_WORDS = "guidance|outlook|budget|forecast|plan|target";
    static final Pattern PLAN_WORD = Pattern.compile("(?i)\\s?(" + PLAN_WORDS + ")\\b");
    /** A quarter or a half without its year: "Q1", "Qtr 2", "3Q", "1T", "H1". */
    private static final String QUARTER_WITHOUT_YEAR = "q[1-4]|(?:qtr|quarter)\\.?\\s*[1-4]|[1-4][qt]|h[12]";
    static final Pattern YEARLESS = Pattern.compile("(?i)" + QUARTER_WITHOUT_YEAR + "|(first|second|third|fourth)\\s+quarter|ytd|year[- ]to[- ]date|"
            + "(updated\\s+)?full[- ]year|year|total|nine months|six months|9m|6m|"
            // "Sep Qtr" over "2020": a quarter by the month it ends in, its year below it
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(?:qtr|quarter)\\.?|quarter\\s+ended|three\\s+months\\s+ended");

    /** A cell that names a quarter (or a half) of the year below it. */
    private static final Pattern QUARTER_CELL = Pattern.compile("(?i)" + QUARTER_WITHOUT_YEAR + "|.*quarter|.*qtr\\.?|quarter\\s+ended|three\\s+months\\s+ended");
    /** A plan's word after a period's: "Full year guidance", "Year-to-date budget". */
    private static final Pattern TRAILING_PLAN = Pattern.compile("(?i)\\s+(?:revised\\s+)?(?:" + PLAN_WORDS + ")$");

    /** A row of quarters and year-to-date words without their years (a plan's among them: "Full year guidance"). */
    private static boolean isYearlessRow(Row row) {
        List<String> cells = row.all().stream().filter(c -> !c.isBlank()).map(String::strip).toList();
        return !row.prose() && !cells.isEmpty() && cells.stream().allMatch(c -> YEARLESS.matcher(TRAILING_PLAN.matcher(c).replaceFirst("")).matches())
                && cells.stream().anyMatch(c -> QUARTER_CELL.matcher(c).matches());
    }

    /**
     * A row's cells, or, for a row of years and changes parted by single spaces ("2013 2012 change 2013 2012 change", read as
     * one label), its words as cells after an empty label.
     */
    private static List<String> yearCells(Row row) {
        if (!row.cells().isEmpty() || row.prose()) {
            return row.all();
        }
        List<String> words = List.of(row.label().strip().split("\\s+"));
        if (!yearsAndChanges(words)) {
            return row.all();
        }
        List<String> cells = new ArrayList<>();
        cells.add("");
        cells.addAll(words);
        return cells;
    }

    /** A row of years and the changes between them ("2013 | 2012 | change | 2013 | 2012 | change"). */
    private static boolean isYearsAndChangesRow(Row row) {
        return !row.prose() && yearsAndChanges(yearCells(row).stream().filter(c -> !c.isBlank()).map(String::strip).toList());
    }

    /** Two years or more, and changes between them, nothing else. */
    private static boolean yearsAndChanges(List<String> cells) {
        return cells.stream().filter(c -> BARE_YEAR.matcher(c).matches()).count() >= 2
                && cells.stream().allMatch(c -> BARE_YEAR.matcher(c).matches() || CHANGE_CELL.matcher(c).matches());
    }

    /** A row of years alone ("2019 | 2018 | 2019 Guidance"), or beside the table's caption in its corner. */
    private static boolean isBareYearRow(Row row) {
        List<String> cells = row.all().stream().filter(c -> !c.isBlank()).map(String::strip).toList();
        return !row.prose() && !cells.isEmpty() && cells.stream().allMatch(c -> c.matches("(?:19|20)\\d{2}\\b.*")) || captionBesideYears(row);
    }

    /**
     * "CLG Production (100% Basis) | 2024 | 2023 | 2024 | 2023" under "Three Months Ended June 30, | Six Months Ended June 30,",
     * "Key Performance Metrics | 2024 | 2023 | Variation": the years of the spans above (and the changes between them), the
     * table's caption in the corner before them.
     */
    private static boolean captionBesideYears(Row row) {
        List<String> years = row.cells().stream().filter(c -> !c.isBlank()).map(String::strip).toList();
        String label = row.label().strip();
        return !row.prose() && yearsAndChanges(years) && !label.isEmpty() && !label.matches("(?:19|20)\\d{2}\\b.*") && !Numbers.isValue(label);
    }


    private static Optional<Parsed> readCombined(List<Row> rows, int i, MineNames mines, boolean namesBelow, ReportingPeriod ownQuarter) {
        List<Row> group = new ArrayList<>();
        group.add(rows.get(i));
        int end = i + 1;
        boolean seenPeriod = isPeriodRow(rows.get(i));
        while (end < rows.size() && group.size() < (rows.get(i).positional() ? 4 : 40)) {
            Row next = rows.get(end);
            if (isYearToDateWithItsYear(next)) {
                group.add(new Row(next.line(), next.label().strip() + " " + next.cells().get(0).strip(), List.of(), false, false, false));
                end++;
                continue;
            }
            if (isSplitYearToDate(rows, end)) {
                // "9m" and "2018" on lines of their own: one header cell, "9m 2018", wrapped
                Row year = rows.get(end + 1);
                group.add(new Row(next.line(), next.label().strip() + " " + year.label().strip(), List.of(), false, false, false));
                group.add(new Row(year.line(), "", List.of(), false, false, false));
                end += 2;
                continue;
            }
            if (!seenPeriod && !rows.get(i).positional() && next.positional() && next.cells().size() >= 2) {
                // "Pirquitas mine, Argentina" over "Q3 2014 | Q2 2014 | % Change | ||": a section's title over a table of cells apart
                // by bars, no cell of its header
                break;
            }
            if (next.prose() || next.hasValues() || !(isPeriodRow(next) || isNameRow(next) && (namesBelow && seenPeriod || isPeriodRowAhead(rows, end))
                    || seenPeriod && isOtherColumnRow(next))) {
                break;
            }
            seenPeriod |= isPeriodRow(next);
            group.add(next);
            end++;
        }
        boolean positional = group.stream().allMatch(Row::positional) && group.stream().anyMatch(r -> r.cells().size() > 0);
        List<List<Token>> tokenRows = spansOverDates(group.stream().map(r -> tokens(r, positional)).toList());
        if (!positional) {
            tokenRows = wrappedNames(tokenRows);
        }
        int unitPosition = positional ? unitPosition(group) : -1;
        List<Column> columns = positional ? aligned(tokenRows, ownQuarter) : null;
        int used = group.size();
        if (columns == null) {
            // names that do not fit the periods (a section title after a one-cell-per-line header) are not the header's
            while (columns == null && used > 0) {
                columns = sequence(tokenRows.subList(0, used).stream().flatMap(List::stream).toList(), positional, ownQuarter);
                if (columns == null) {
                    used--;
                }
            }
        }
        if (columns == null || columns.stream().allMatch(Column::skipped)) {
            return Optional.empty();
        }
        // one name over all the columns is the table's mine only if it is known as a mine: else it is a heading
        long distinct = columns.stream().map(Column::mine).filter(java.util.Objects::nonNull).distinct().count();
        boolean headingOnly = distinct == 1 && columns.stream().map(Column::mine).filter(java.util.Objects::nonNull)
                .noneMatch(m -> mines.isKnown(m) || mines.isTitle(m));
        List<Column> named = new ArrayList<>();
        for (Column c : columns) {
            if (c.mine() == null || c.consolidated()) {
                named.add(c);
            } else {
                named.add(new Column(c.period(), headingOnly ? null : mines.clean(c.mine()), false, c.position()));
            }
        }
        return Optional.of(new Parsed(named, used, positional, unitPosition));
    }

    /**
     * One cell per line, a name wraps before its place ("Caylloma," then "Peru"): the two lines are one name, and
     * the place's line is left empty so that lines and rows still count alike.
     */
    private static List<List<Token>> wrappedNames(List<List<Token>> rows) {
        List<List<Token>> out = new ArrayList<>(rows);
        for (int r = 0; r + 1 < out.size(); r++) {
            List<Token> row = out.get(r);
            List<Token> next = out.get(r + 1);
            if (row.size() == 1 && next.size() == 1 && row.get(0).kind() == Kind.NAME && row.get(0).text().endsWith(",")
                    && MineNames.PLACE.matcher(", " + next.get(0).text()).matches()) {
                Token name = row.get(0);
                out.set(r, List.of(new Token(Kind.NAME, name.text() + " " + next.get(0).text(), null, name.position())));
                out.set(r + 1, List.of());
            }
        }
        return out;
    }

    /**
     * "Three Months Ended" and "Full Year Ended" over "Dec. 31, 2012", "Dec. 31, 2011", ...: each span cell over as
     * many dates (by place, or in order), each date then the period of that many months ending on it.
     */
    private static List<List<Token>> spansOverDates(List<List<Token>> rows) {
        List<Token> spans = rows.stream().flatMap(List::stream).filter(t -> t.kind() == Kind.SPAN).toList();
        List<Token> dates = rows.stream().flatMap(List::stream).filter(t -> t.kind() == Kind.DATE).toList();
        if (spans.isEmpty() || dates.isEmpty() || dates.size() % spans.size() != 0) {
            return rows;
        }
        int per = dates.size() / spans.size();
        boolean byPlace = spans.stream().allMatch(t -> t.position() >= 0);
        List<List<Token>> out = new ArrayList<>();
        int k = -1; // the date's place among the dates: two cells may print the same date, one under each span
        for (List<Token> row : rows) {
            List<Token> kept = new ArrayList<>();
            for (Token t : row) {
                if (t.kind() == Kind.SPAN) {
                    continue;
                }
                if (t.kind() == Kind.DATE) {
                    k++;
                    Token span = byPlace ? spanning(spans, t.position()) : spans.get(k / per);
                    Optional<ReportingPeriod> period = span == null ? Optional.empty()
                            : PeriodLabels.endingOn(t.text(), PeriodLabels.spanMonths(span.text()).orElse(-1));
                    kept.add(period.map(p -> new Token(Kind.PERIOD, t.text(), p, t.position())).orElse(new Token(Kind.OTHER, t.text(), null, t.position())));
                } else {
                    kept.add(t);
                }
            }
            out.add(kept); // an emptied row keeps its place: the rows are counted against the header's lines
        }
        return out;
    }

    static boolean isPeriodRow(Row row) {
        List<String> cells = row.all();
        // ("YTD 2013   YTD 2012", parted by runs of spaces: a year to date with its year opens the row as a period does)
        // ("", then "Q3 2015 | Q2 2015 | 2015 Guidance" parted by runs of spaces: a header over the labels' blank place)
        if (row.positional() || cells.size() > 1 && !row.label().isBlank() && (PeriodLabels.parse(row.label()).isPresent()
                || PeriodLabels.isYearToDateOfYear(row.label()))
                || row.label().isBlank() && row.cells().size() > 1 && PeriodLabels.parse(row.cells().get(0)).isPresent()) {
            // ("YTD 2021 | YTD 2020": a year to date with its year is a period, whichever quarter it runs to)
            long periods = cells.stream().filter(c -> PeriodLabels.parse(c).isPresent() || PeriodLabels.spanMonths(c).isPresent() || PeriodLabels.isDate(c)
                    || PeriodLabels.isYearToDateOfYear(c)).count();
            return periods >= 1 && cells.stream().noneMatch(c -> !c.isBlank() && Numbers.isValue(c) && PeriodLabels.parse(c).isEmpty());
        }
        if (row.cells().stream().anyMatch(c -> !c.isBlank())) {
            return false;
        }
        if (PeriodLabels.spanMonths(row.label()).isPresent() || PeriodLabels.isDate(row.label())) {
            return true;
        }
        if (row.label().strip().length() < 25 && PeriodLabels.isYearToDateOfYear(row.label())) {
            return true; // "2024 YTD", one cell per line
        }
        List<PeriodLabels.Mention> opening = PeriodLabels.mentions(row.label());
        if (!opening.isEmpty() && periodOverNames(row.label(), opening).isPresent()) {
            return true; // "Q3 2015      Alpha      Beta      Total"
        }
        List<String> named = PeriodLabels.splitHeaderLine(row.label());
        if (named.isEmpty()) {
            return false;
        }
        // a header names periods and little else; a title that mentions a quarter is not a header
        String rest = row.label();
        for (PeriodLabels.Mention m : opening) {
            rest = rest.replace(row.label().substring(m.start(), m.end()), " "); // a year to date with its year ("YTD 19") too
        }
        // ("Bullfinch Operation   Units   Jun Qtr 2024   Sep Qtr 2024   FY25 YTD": a unit column's heading and a fiscal year to
        // date, which no calendar places, name no period of ours and no words of a title either)
        rest = rest.replaceAll("(?i)\\b(ytd|year to date|total|calendar|change|vs\\.?|and|q/q|y/y|units?|FY\\s?'?\\d{2}(?:\\d{2})?)\\b", " ").replaceAll("[()%\\-|/*]", " ").strip(); // ("*": a footnote's mark)
        // "GROUP RESULTS" glued before "December 2015 Quarter", one cell per line: a table's heading in capitals, then its first period
        boolean headingBefore = named.size() == 1 && rest.matches("\\p{Lu}{3,}(?:\\s+(?:&|\\p{Lu}{3,})){0,3}") && row.label().strip().startsWith(rest);
        return rest.isEmpty() || rest.split("\\s+").length <= 2 && named.size() > 1 || headingBefore;
    }

    /** A year-to-date word without its year, which a line of its own gives: "9m", "YTD". */
    // "YTD FY" over "2016": a fiscal year to date, its year on the line below
    private static final Pattern YEAR_TO_DATE_WORD = Pattern.compile("(?i)[369]m|ytd(?:\\s+fy)?|fy\\s+ytd|year[- ]to[- ]date");

    /** "9m" gathered with its year as the row's one cell: "9m | 2018". */
    private static boolean isYearToDateWithItsYear(Row row) {
        return !row.prose() && !row.positional() && row.cells().size() == 1 && YEAR_TO_DATE_WORD.matcher(row.label().strip()).matches()
                && BARE_YEAR.matcher(row.cells().get(0).strip()).matches();
    }

    /** "9m" and its year on lines of their own. */
    private static boolean isSplitYearToDate(List<Row> rows, int at) {
        if (at + 1 >= rows.size()) {
            return false;
        }
        Row word = rows.get(at);
        Row year = rows.get(at + 1);
        return !word.prose() && !word.positional() && word.cells().isEmpty() && YEAR_TO_DATE_WORD.matcher(word.label().strip()).matches()
                && !year.prose() && !year.positional() && year.cells().isEmpty() && BARE_YEAR.matcher(year.label().strip()).matches();
    }

    /** A row of a column that holds no period's figures ("% Change", "Variance") after the periods, one cell per line. */
    private static boolean isOtherColumnRow(Row row) {
        List<String> cells = row.all().stream().filter(c -> !c.isBlank()).toList();
        return !row.prose() && !row.positional() && cells.size() == 1 && cells.get(0).strip().length() < 25 && PeriodLabels.isOtherColumn(cells.get(0));
    }

    private static boolean isPeriodRowAhead(List<Row> rows, int i) {
        return i + 1 < rows.size() && isPeriodRow(rows.get(i + 1));
    }

    /** A row of mine names (or consolidated, change, unit words) with no figures. */
    static boolean isNameRow(Row row) {
        if (row.prose() || row.hasValues()) {
            return false;
        }
        List<String> cells = row.positional() ? row.all() : List.of(row.label());
        long names = cells.stream().filter(c -> !c.isBlank()).filter(c -> isName(c) || CONSOLIDATED.matcher(c.strip()).matches()).count();
        return names >= 1 && cells.stream().filter(c -> !c.isBlank()).allMatch(c -> isName(c) || CONSOLIDATED.matcher(c.strip()).matches()
                || PeriodLabels.isOtherColumn(c) || Vocabulary.isUnit(c) || c.strip().matches("(?i)units?"));
    }

    private static final Pattern YEARLESS_QUARTER_CELL = Pattern.compile("(?i)" + QUARTER_WITHOUT_YEAR);

    /**
     * "2021 | 2022" over "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", one a line: each year over its quarters, a new year where the
     * quarters start again. The header as one row of "Q1 2021", ..., "Q2 2022" and the lines it takes; empty unless the
     * quarters' runs are as many as the years.
     */
    private static Optional<Parsed> yearsOverQuarterLines(List<Row> rows, int i, MineNames mines, ReportingPeriod ownQuarter) {
        Row years = rows.get(i);
        // (a caption gathered into the years' row as its label, "Trending Highlights | 2021 | 2022", is no year's)
        List<String> yearCells = (BARE_YEAR.matcher(years.label().strip()).matches() ? years.all() : years.cells()).stream().filter(c -> !c.isBlank()).map(String::strip).toList();
        if (years.prose() || yearCells.size() < 2 || !yearCells.stream().allMatch(c -> BARE_YEAR.matcher(c).matches())) {
            return Optional.empty();
        }
        List<String> quarters = new ArrayList<>();
        int k = i + 1;
        while (k < rows.size() && !rows.get(k).prose() && rows.get(k).cells().stream().allMatch(String::isBlank)
                && YEARLESS_QUARTER_CELL.matcher(rows.get(k).label().strip()).matches()) {
            quarters.add(rows.get(k).label().strip());
            k++;
        }
        List<String> labels = new ArrayList<>();
        int year = 0;
        for (int q = 0; q < quarters.size(); q++) {
            if (q > 0 && quarterNumber(quarters.get(q)) <= quarterNumber(quarters.get(q - 1))) {
                year++;
            }
            if (year >= yearCells.size()) {
                return Optional.empty();
            }
            labels.add(quarters.get(q) + " " + yearCells.get(year));
        }
        if (quarters.size() < 2 || year != yearCells.size() - 1) {
            return Optional.empty();
        }
        List<Row> combined = new ArrayList<>(rows);
        combined.set(i, new Row(years.line(), "", labels, false, false, false));
        int taken = k - i;
        return readCombined(combined, i, mines, false, ownQuarter).filter(p -> p.rows() == 1)
                .map(p -> new Parsed(p.columns(), taken, p.positional(), p.unitPosition()));
    }

    private static int quarterNumber(String cell) {
        String digits = cell.replaceAll("\\D", "");
        return cell.toLowerCase(java.util.Locale.ROOT).startsWith("h") ? Integer.parseInt(digits) * 2 : Integer.parseInt(digits);
    }

    /** A cell that could name a mine: short, capitalized words, nothing of a measure, metal, unit or period. */
    static boolean isName(String cell) {
        String c = cell.strip();
        if (c.isEmpty() || c.length() > 45 || c.endsWith(":") || !Character.isUpperCase(c.codePointAt(0)) || c.split("\\s+").length > 6) {
            return false;
        }
        if (PeriodLabels.parse(c).isPresent() || PeriodLabels.isYearToDateWord(c) || PeriodLabels.isOtherColumn(c) || Numbers.isValue(c)
                || NOT_A_NAME_CELL.matcher(c).matches() || HEADING.matcher(c).find() || YEARLESS_QUARTER_CELL.matcher(c).matches()
                || PeriodLabels.isMonthName(c)) {
            return false;
        }
        return Vocabulary.read(c).isEmpty();
    }

    private static List<Token> tokens(Row row, boolean positional) {
        List<Token> tokens = new ArrayList<>();
        if (positional) {
            List<String> cells = row.all();
            for (int p = 0; p < cells.size(); p++) {
                String c = cells.get(p);
                if (!c.isBlank()) {
                    token(c, p).ifPresent(tokens::add);
                }
            }
            return tokens;
        }
        if (PeriodLabels.spanMonths(row.label()).isPresent() || PeriodLabels.isDate(row.label())) {
            token(row.label(), -1).ifPresent(tokens::add);
            return tokens;
        }
        if (row.label().isBlank() && !row.cells().isEmpty() && !row.positional()) {
            // "Q3 2015 | Q2 2015 | 2015 Guidance", runs of spaces over the labels' blank place: each cell a column, in order
            row.cells().stream().filter(c -> !c.isBlank()).forEach(c -> token(c, -1).ifPresent(tokens::add));
            return tokens;
        }
        // ("YTD 2013   YTD 2012" read as a label and a cell: the header's words are the line's, cells and all)
        boolean yearToDateFirst = PeriodLabels.isYearToDateOfYear(row.label());
        String label = row.cells().stream().allMatch(String::isBlank) || !yearToDateFirst ? row.label() : String.join("   ", row.all()).strip();
        List<PeriodLabels.Mention> mentions = PeriodLabels.mentions(label);
        if (mentions.isEmpty()) {
            token(label, -1).ifPresent(tokens::add);
            return tokens;
        }
        String before = label.substring(0, mentions.get(0).start());
        Optional<List<Token>> overMines = periodOverNames(label, mentions);
        if (overMines.isPresent()) {
            return overMines.get();
        }
        if (PeriodLabels.isYearToDateWord(before)) {
            tokens.add(new Token(Kind.YEAR_TO_DATE, before.strip(), null, -1));
        }
        for (int m = 0; m < mentions.size(); m++) {
            PeriodLabels.Mention mention = mentions.get(m);
            String text = label.substring(mention.start(), mention.end());
            int next = m + 1 < mentions.size() ? mentions.get(m + 1).start() : label.length();
            String between = label.substring(mention.end(), next);
            if (m + 1 < mentions.size() && VERSUS.matcher(between).matches()) {
                // "Q2 2013 vs Q2 2012": one column, the change between the two periods, no period's own
                PeriodLabels.Mention compared = mentions.get(++m);
                tokens.add(new Token(Kind.OTHER, label.substring(mention.start(), compared.end()), null, -1));
                next = m + 1 < mentions.size() ? mentions.get(m + 1).start() : label.length();
                between = label.substring(compared.end(), next);
                if (PeriodLabels.isOtherColumn(between) && between.strip().length() < 20) {
                    tokens.add(new Token(Kind.OTHER, between.strip(), null, -1));
                }
                continue;
            }
            tokens.add(mention.period() == null ? new Token(Kind.YEAR_TO_DATE, text, null, -1) : new Token(Kind.PERIOD, text, mention.period(), -1));
            if (PLAN_WORD.matcher(between).lookingAt()) {
                // "Full year 2021 Guidance": the period's plan, a column of no production figure (its cells are the year's guidance)
                tokens.set(tokens.size() - 1, new Token(Kind.OTHER, text + between, null, -1, Plan.named(text + between).orElse(null)));
            } else if (PeriodLabels.isOtherColumn(between) && between.strip().length() < 20) {
                tokens.add(new Token(Kind.OTHER, between.strip(), null, -1));
            } else if (PeriodLabels.isYearToDateWord(between)) {
                tokens.add(new Token(Kind.YEAR_TO_DATE, between.strip(), null, -1));
            }
        }
        // "Description Q1 2018 Q2 2018 Q3 2018 Q4 2018  2018": the quarters in words apart by single spaces, the year's column
        // apart by more, a cell of its own; periods every one, they are the header's last columns
        if (label == row.label() && !row.cells().isEmpty()) {
            List<Token> after = row.cells().stream().filter(c -> !c.isBlank()).map(c -> token(c, -1)).flatMap(Optional::stream).toList();
            if (after.size() == row.cells().stream().filter(c -> !c.isBlank()).count() && after.stream().allMatch(t -> t.kind() == Kind.PERIOD)) {
                tokens.addAll(after);
            }
        }
        return tokens;
    }

    /**
     * "Q3 2015      Alpha      Beta      Total", one line parted by runs of spaces: the period the line opens with, over the
     * names after it (two or more, and the company's total), each of them a column of that period. Empty otherwise.
     */
    private static Optional<List<Token>> periodOverNames(String label, List<PeriodLabels.Mention> mentions) {
        PeriodLabels.Mention first = mentions.get(0);
        if (first.period() == null || !label.substring(0, first.start()).isBlank()
                || mentions.stream().skip(1).anyMatch(m -> m.period() != null)) {
            return Optional.empty();
        }
        List<String> cells = ReleaseText.cellsApart(label.substring(first.end()));
        if (!namesBesideTotal(cells)) {
            return Optional.empty();
        }
        List<Token> tokens = new ArrayList<>();
        tokens.add(new Token(Kind.PERIOD, label.substring(first.start(), first.end()), first.period(), -1));
        cells.forEach(c -> tokens.add(new Token(isName(c) ? Kind.NAME : Kind.CONSOLIDATED, c.strip(), null, -1)));
        return Optional.of(tokens);
    }

    /** Between two periods of a header's line, the words that make them one column of their change: "vs", "vs.", "versus". */
    private static final Pattern VERSUS = Pattern.compile("(?i)\\s*(?:vs\\.?|versus|v\\.|compared\\s+(?:to|with))\\s*");

    /** A header cell whose year has a footnote's digit glued to it: "Q1 20173", "Q3/141" (a quarter's two digits of year). */
    private static final Pattern FOOTNOTE_GLUED_TO_YEAR = Pattern.compile("(.*\\b(?:19|20)\\d{2}|.*\\bQ[1-4][/'\u2019-]\\d{2})[1-9]");

    private static Optional<Token> token(String cell, int position) {
        String c = cell.strip();
        if (PeriodLabels.spanMonths(c).isPresent()) {
            return Optional.of(new Token(Kind.SPAN, c, null, position));
        }
        if (PeriodLabels.isDate(c)) {
            return Optional.of(new Token(Kind.DATE, c, null, position));
        }
        Optional<ReportingPeriod> period = PeriodLabels.parse(c);
        if (period.isPresent()) {
            return Optional.of(new Token(Kind.PERIOD, c, period.get(), position));
        }
        Matcher glued = FOOTNOTE_GLUED_TO_YEAR.matcher(c);
        Optional<ReportingPeriod> marked = glued.matches() ? PeriodLabels.parse(glued.group(1)) : Optional.empty();
        if (marked.isPresent()) {
            // "Q1 20173": the third footnote's mark glued to the year
            return Optional.of(new Token(Kind.PERIOD, glued.group(1), marked.get(), position));
        }
        if (PeriodLabels.isOtherColumn(c)) {
            return Optional.of(new Token(Kind.OTHER, c, null, position, Plan.named(c).orElse(null)));
        }
        if (CONSOLIDATED.matcher(c).matches()) {
            return Optional.of(new Token(c.matches("(?i)total|ytd.*|year to date.*") ? Kind.YEAR_TO_DATE : Kind.CONSOLIDATED, c, null, position));
        }
        if (PeriodLabels.isYearToDateWord(c)) {
            return Optional.of(new Token(Kind.YEAR_TO_DATE, c, null, position));
        }
        if (isName(c)) {
            return Optional.of(new Token(Kind.NAME, c, null, position));
        }
        if (PeriodLabels.splitHeaderLine(c).isEmpty() && !Vocabulary.isUnit(c) && !c.matches("(?i)units?")) {
            return Optional.of(new Token(Kind.OTHER, c, null, position)); // a fiscal label, a heading word: a column that holds no figure of ours
        }
        return Optional.empty();
    }

    private static int unitPosition(List<Row> group) {
        for (Row row : group) {
            List<String> cells = row.all();
            for (int p = 0; p < cells.size(); p++) {
                if (cells.get(p).strip().matches("(?i)units?|unidad(es)?")) {
                    return p;
                }
            }
        }
        return -1;
    }

    /**
     * Columns from header rows whose cells keep their places: each cell spans the columns under it up to the
     * next cell of its row. Null when the rows do not line up (a spanning row with its blank cells dropped).
     */
    private static List<Column> aligned(List<List<Token>> rows, ReportingPeriod ownQuarter) {
        List<Column> minesAcross = periodOverMines(rows, ownQuarter);
        if (minesAcross != null) {
            return minesAcross;
        }
        List<Token> leaf = rows.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
        int leafIndex = rows.indexOf(leaf);
        for (List<Token> row : rows) {
            if (row != leaf && !row.isEmpty() && row.size() > 1 && row.stream().anyMatch(t -> leaf.stream().noneMatch(l -> l.position() == t.position()))) {
                return null;
            }
        }
        if (rows.size() > 1 && rows.stream().filter(r -> r != leaf).allMatch(r -> r.size() > 1 && leaf.size() % r.size() == 0
                && positionsContiguous(r) && positionsContiguous(leaf) && r.size() < leaf.size())) {
            return null; // a spanning row whose blanks were dropped: read as a sequence
        }
        List<Token> combined = new ArrayList<>();
        for (Token l : leaf) {
            ReportingPeriod period = l.period();
            Kind kind = l.kind();
            String yearToDateWord = kind == Kind.YEAR_TO_DATE ? l.text() : null;
            String mine = kind == Kind.NAME ? l.text() : null;
            boolean consolidated = kind == Kind.CONSOLIDATED;
            for (int r = 0; r < rows.size(); r++) {
                if (r == leafIndex) {
                    continue;
                }
                Token over = spanning(rows.get(r), l.position());
                if (over == null) {
                    continue;
                }
                switch (over.kind()) {
                    case PERIOD -> period = period == null && kind != Kind.OTHER ? over.period() : period;
                    case YEAR_TO_DATE -> {
                        kind = period == null && kind != Kind.OTHER ? Kind.YEAR_TO_DATE : kind;
                        yearToDateWord = yearToDateWord == null ? over.text() : yearToDateWord;
                    }
                    case NAME -> mine = mine == null && !consolidated ? over.text() : mine;
                    case CONSOLIDATED -> consolidated = mine == null || consolidated;
                    case OTHER -> kind = Kind.OTHER;
                }
            }
            if (consolidated) {
                mine = null;
            }
            Kind k = kind == Kind.NAME || kind == Kind.CONSOLIDATED ? (period != null ? Kind.PERIOD : Kind.OTHER) : kind;
            if (k == Kind.YEAR_TO_DATE && period == null && yearToDateWord != null) {
                // "YTD 2020": its year goes with the token, as that year, for columns() to resolve (as join does)
                period = PeriodLabels.yearToDateYear(yearToDateWord).map(ReportingPeriod::fullYear).orElse(null);
            }
            combined.add(new Token(k == Kind.OTHER ? Kind.OTHER : k, (consolidated ? "\u0000" : "") + (mine == null ? "" : mine), k == Kind.OTHER ? null : period,
                    l.position(), k == Kind.OTHER ? l.plan() : null));
        }
        if (combined.stream().noneMatch(t -> t.period() != null)) {
            return null;
        }
        return columns(combined, ownQuarter);
    }

    /**
     * "Q3 2015 | Alpha | Beta | Total": the period over the rows' labels, mines (and the company's total) as the columns,
     * each column that period's; the label's place is no column of figures. Null unless the header is that one row.
     */
    /** Cells of two mines' names or more, and perhaps the company's total: "Alpha | Beta | Total". */
    private static boolean namesBesideTotal(List<String> cells) {
        return cells.stream().filter(TableHeader::isName).count() >= 2
                && cells.stream().allMatch(c -> isName(c) || CONSOLIDATED.matcher(c.strip()).matches());
    }

    private static List<Column> periodOverMines(List<List<Token>> rows, ReportingPeriod ownQuarter) {
        List<List<Token>> filled = rows.stream().filter(r -> !r.isEmpty()).toList();
        if (filled.size() != 1 || filled.get(0).size() < 3) {
            return null;
        }
        List<Token> row = filled.get(0);
        Token first = row.get(0);
        // ("Total" beside mines is the company's, whatever it is beside periods: a year's)
        List<Token> names = row.subList(1, row.size()).stream()
                .map(t -> CONSOLIDATED.matcher(t.text().strip()).matches() ? new Token(Kind.CONSOLIDATED, t.text(), null, t.position()) : t).toList();
        if (first.position() != 0 || first.kind() != Kind.PERIOD || first.period() == null
                || !names.stream().allMatch(t -> t.kind() == Kind.NAME || t.kind() == Kind.CONSOLIDATED)
                || names.stream().filter(t -> t.kind() == Kind.NAME).count() < 2) {
            return null;
        }
        return columns(names.stream().map(t -> join(first, t, t.position())).toList(), ownQuarter);
    }

    private static boolean positionsContiguous(List<Token> row) {
        for (int k = 1; k < row.size(); k++) {
            if (row.get(k).position() != row.get(k - 1).position() + 1) {
                return false;
            }
        }
        return true;
    }

    /** The cell of a row that spans a position: the last one at or before it. */
    private static Token spanning(List<Token> row, int position) {
        Token over = null;
        for (Token t : row) {
            if (t.position() <= position) {
                over = t;
            }
        }
        return over;
    }

    /** Columns from combined tokens (text: the mine, prefixed with NUL when consolidated), year-to-date words resolved. */
    private static List<Column> columns(List<Token> combined, ReportingPeriod ownQuarter) {
        return columns(combined, combined, ownQuarter);
    }

    /** Columns from combined tokens; year-to-date words read from the original cells ("YTD 2013" names its year). */
    private static List<Column> columns(List<Token> combined, List<Token> original, ReportingPeriod ownQuarter) {
        ReportingPeriod latest = combined.stream().map(Token::period).filter(p -> p != null && p.kind() == PeriodKind.QUARTER)
                .max(ReportingPeriod::compareTo).orElse(ownQuarter != null && ownQuarter.kind() == PeriodKind.QUARTER ? ownQuarter : null);
        List<Column> columns = new ArrayList<>();
        for (Token t : combined) {
            ReportingPeriod period = t.period();
            if (t.kind() == Kind.YEAR_TO_DATE) {
                // a year to date joined with a name carries its own year as a year (see join); else its word is read
                period = t.period() != null ? (latest == null ? null : ReportingPeriod.yearToDate(t.period().year(), latest.number()))
                        : yearToDate(original.get(columns.size()).text(), latest);
            }
            boolean consolidated = t.text().startsWith("\u0000");
            String mine = consolidated ? null : t.text().isEmpty() ? null : t.text();
            columns.add(new Column(t.kind() == Kind.OTHER ? null : period, mine, consolidated, t.position(), t.kind() == Kind.OTHER ? t.plan() : null));
        }
        return quartersByTheirLastMonths(columns);
    }

    /**
     * "Sept 2015 | June 2015 | Mar 2015 | Dec 2014": three months or more, each three after the one before, each the last month of a
     * calendar quarter, are the quarters that end in them. A month's own table runs month after month; one that skips two
     * months every time tells its quarters by the month they end in, as "for the three months ended:" above it says.
     */
    private static List<Column> quartersByTheirLastMonths(List<Column> columns) {
        List<ReportingPeriod> months = columns.stream().map(Column::period).filter(Objects::nonNull).toList();
        if (months.size() < 3 || months.stream().anyMatch(p -> p.kind() != PeriodKind.MONTH || p.number() % 3 != 0)) {
            return columns;
        }
        for (int k = 1; k < months.size(); k++) {
            if (Math.abs(monthIndex(months.get(k)) - monthIndex(months.get(k - 1))) != 3) {
                return columns; // "Dec 2015 | Sept 2015 | Dec 2014": a month's table beside the same month a year before
            }
        }
        return columns.stream().map(c -> c.period() == null ? c
                : new Column(ReportingPeriod.quarter(c.period().year(), c.period().number() / 3), c.mine(), c.consolidated(), c.position(), c.plan())).toList();
    }

    private static int monthIndex(ReportingPeriod month) {
        return month.year() * 12 + month.number();
    }

    private static ReportingPeriod yearToDate(String word, ReportingPeriod latest) {
        if (latest == null) {
            return null;
        }
        Optional<Integer> year = PeriodLabels.yearToDateYear(word);
        // "2023 YTD" beside "2024 YTD" in a table whose latest quarter is 2024-Q2: the same months of 2023
        return ReportingPeriod.yearToDate(year.orElse(latest.year()), latest.number());
    }

    /**
     * Columns from header cells in reading order, when they lost their places: periods then names (each period
     * over as many names: {@code P1 P2 N1 N2 N3 N1 N2 N3}), names then periods (each name over as many periods:
     * {@code N1 N2 P1 P2 P1 P2}), each period followed by its names, or periods alone. Null when they do not fit.
     */
    private static List<Column> sequence(List<Token> tokens, boolean positional, ReportingPeriod ownQuarter) {
        List<Token> periods = tokens.stream().filter(t -> t.kind() != Kind.NAME && t.kind() != Kind.CONSOLIDATED).toList();
        List<Token> names = tokens.stream().filter(t -> t.kind() == Kind.NAME || t.kind() == Kind.CONSOLIDATED).toList();
        // ("YTD 2013 | YTD 2012" alone, of a release whose quarter is known: years to date with their years are its periods)
        boolean yearsToDate = ownQuarter != null && !periods.isEmpty()
                && periods.stream().allMatch(t -> t.kind() == Kind.YEAR_TO_DATE && PeriodLabels.yearToDateYear(t.text()).isPresent());
        if (periods.stream().noneMatch(t -> t.kind() == Kind.PERIOD) && !yearsToDate) {
            return null;
        }
        if (names.isEmpty()) {
            return columns(periods.stream().map(t -> new Token(t.kind(), "", t.period(), t.position(), t.plan())).toList(), periods, ownQuarter);
        }
        List<List<Token>> runs = runs(tokens);
        boolean namesFirst = runs.get(0).get(0).kind() == Kind.NAME || runs.get(0).get(0).kind() == Kind.CONSOLIDATED;
        List<Token> combined = new ArrayList<>();
        if (runs.size() == 2 && !namesFirst && names.size() % periods.size() == 0) {
            int per = names.size() / periods.size();
            for (int n = 0; n < names.size(); n++) {
                combined.add(join(periods.get(n / per), names.get(n), positional ? names.get(n).position() : -1));
            }
        } else if (runs.size() == 2 && namesFirst && periods.size() % names.size() == 0) {
            int per = periods.size() / names.size();
            for (int p = 0; p < periods.size(); p++) {
                combined.add(join(periods.get(p), names.get(p / per), positional ? periods.get(p).position() : -1));
            }
        } else if (runs.size() > 2 && runs.size() % 2 == 0) {
            for (int r = 0; r < runs.size(); r += 2) {
                List<Token> outer = runs.get(r);
                List<Token> inner = runs.get(r + 1);
                if (outer.size() != 1) {
                    return null;
                }
                for (Token t : inner) {
                    Token period = namesFirst ? t : outer.get(0);
                    Token name = namesFirst ? outer.get(0) : t;
                    combined.add(join(period, name, positional ? t.position() : -1));
                }
            }
        } else {
            return null;
        }
        return columns(combined, ownQuarter);
    }

    private static List<List<Token>> runs(List<Token> tokens) {
        List<List<Token>> runs = new ArrayList<>();
        Boolean namesRun = null;
        for (Token t : tokens) {
            boolean name = t.kind() == Kind.NAME || t.kind() == Kind.CONSOLIDATED;
            if (namesRun == null || namesRun != name) {
                runs.add(new ArrayList<>());
                namesRun = name;
            }
            runs.get(runs.size() - 1).add(t);
        }
        return runs;
    }

    private static Token join(Token period, Token name, int position) {
        String mine = name.kind() == Kind.CONSOLIDATED ? "\u0000" : name.text();
        if (period.kind() == Kind.YEAR_TO_DATE) {
            // the word ("YTD 18") is the name's now: its year goes with the token, as that year, for columns() to resolve
            return new Token(period.kind(), mine, PeriodLabels.yearToDateYear(period.text()).map(ReportingPeriod::fullYear).orElse(null), position);
        }
        return new Token(period.kind(), mine, period.period(), position, period.plan());
    }
}
