package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release's text as rows: each line split into a label and cells, however the page flattened its tables
 * (tabs, {@code |}, runs of spaces, single spaces before trailing figures, one cell per line, one cell per line
 * between lines of {@code |}), with the lines of prose (sentences, bullets) told apart from table rows.
 */
final class ReleaseText {

    /**
     * A line, read as a label and cells. Positional when its cells keep their columns (tabs, pipes), so that a
     * blank cell is a blank column; prose when it is a sentence or a bullet rather than a row of a table.
     */
    record Row(int line, String label, List<String> cells, boolean positional, boolean separator, boolean prose) {

        boolean hasValues() {
            return cells.stream().anyMatch(c -> !c.isBlank() && Numbers.isValue(c));
        }

        /** The line's words: a sentence as written, a table's row as its label and cells in turn. */
        String text() {
            return prose ? label : String.join(" ", all());
        }

        /** Whether the line holds four words or more: a page's menu ("- Home", "- Corporate") does not. */
        boolean wordy() {
            return text().strip().split("\\s+").length >= 4;
        }

        /** Label and cells together, as the line's cells from the left. */
        List<String> all() {
            List<String> all = new ArrayList<>();
            all.add(label);
            all.addAll(cells);
            return all;
        }
    }

    // ("o Record gold production", "o 477kt milled": a sub-bullet that a page's conversion to text printed as the letter o;
    // "-- Fourth quarter gold production": a bullet of two dashes)
    /**
     * "NICOSIA, October 13, 2021 - Atalaya Mining plc ...", "PERTH, 13 October 2021 /": a dateline, the first words of a
     * release's body, which a headline above it without a full stop never runs into.
     */
    private static final Pattern DATELINE_OPENING = Pattern.compile("^\\p{Lu}[\\p{L}.'\u2019 -]{1,40},\\s+(?:\\p{Lu}[\\p{L}.' -]{1,30},\\s+)?"
            + "(?i:" + PeriodLabels.MONTH + "\\.?\\s+\\d{1,2}|\\d{1,2}\\s+" + PeriodLabels.MONTH + "\\.?),?\\s+(?:19|20)\\d{2}\\b");
    static final Pattern BULLET = Pattern.compile("^(?:[\u2022\u00b7\u25aa\u25cf\u2023\u2043\u25e6*\u2013\u2014-]+\\s*(?=\\S)|o\\s+(?=[\\p{Lu}\\d]))");

    /** A line without its bullet's mark: "Kounrad" of "- Kounrad". */
    static String withoutBullet(String line) {
        return BULLET.matcher(line.strip()).replaceFirst("");
    }

    private static final Pattern FUNCTION_WORD = Pattern.compile(
            "(?i)\\b(of|the|to|in|and|was|were|is|for|with|at|by|from|compared|than|during|which|de|la|el|en|(?-i:y)|con|del|los|las|que|se)\\b");

    private ReleaseText() {
    }

    /** "12, 664,820", "28, 092 onzas": a figure whose thousands a stray space split after a comma. */
    private static final Pattern SPLIT_THOUSANDS = Pattern.compile("\\b(\\d{1,3}), (\\d{3},\\d{3})\\b"
            + "|\\b(\\d{1,3}), (\\d{3})(?=\\s*(?:onzas|oz|ounces|toneladas|tonnes|libras|lbs?|pounds)\\b)");

    /** "Q4 2023Q3 2023Q4 202212 mths": a header's periods glued together, as a page without spaces between its cells gives them. */
    private static final Pattern GLUED_PERIODS = Pattern.compile("(?<=(?:Q[1-4]|H[12])\\s?(?:19|20)\\d{2})(?=Q[1-4]\\b|Q[1-4]\\s|H[12]\\s|(?:3|6|9|12)\\s*(?:mths|months)\\b)"
            + "|(?<=\\p{Ll})(?=Q[1-4]\\s(?:19|20)\\d{2})"
            // "SEPTEMBER 2021QUARTER", "DECEMBER 2021HALF YEAR": a header's year glued to the word of the period it ends
            + "|(?<=\\b(?:19|20)\\d{2})(?=(?:QUARTER|HALF|YEAR|Quarter|Half|Year)\\b)");

    static String normalize(String text) {
        String plain = GLUED_PERIODS.matcher(SPLIT_THOUSANDS.matcher(plainCharacters(text)).replaceAll(m -> m.group(1) != null ? "$1,$2" : "$3,$4")).replaceAll(" ");
        plain = GLUED_ARTICLE.matcher(plain).replaceAll("the ");
        // "about 281 000 (382 000) ounces of silver": the year before's figure in brackets between a figure and its unit, as
        // Nordic reports write them, left out (which period it is of, the text says elsewhere, and it is not read)
        plain = BRACKETED_BETWEEN_FIGURE_AND_UNIT.matcher(plain).replaceAll("$1 $3");
        return quartersOfOneYear(BRACKETED_ORDINAL.matcher(plain).replaceAll("$1 "));
    }

    private static final String PLAIN_FIGURE = "\\d{1,3}(?:[ ,]\\d{3})*(?:\\.\\d+)?";
    private static final Pattern BRACKETED_BETWEEN_FIGURE_AND_UNIT = Pattern.compile("(?<![\\d.,])(" + PLAIN_FIGURE + ")[ \\t]*\\((" + PLAIN_FIGURE + ")\\)[ \\t]+"
            + "(ounces|oz|tonnes|pounds|lbs?|kilograms|kg|g/t)\\b");

    /** "Production at theOmai mine": a page that lost the space after "the" before a name. */
    private static final Pattern GLUED_ARTICLE = Pattern.compile("(?<![\\p{L}])the(?=\\p{Lu}\\p{Ll}{2,})");

    /**
     * "30(th)  June 2024", "31(st) March": a day's superscript ordinal as a news service prints it, in brackets and with the space
     * it took, the day's (a header's cells are parted by runs of spaces, which the day and its month are not).
     */
    private static final Pattern BRACKETED_ORDINAL = Pattern.compile("(?<=\\d)\\((st|nd|rd|th)\\)[ \\t]*(?=\\p{L})");

    /** A header of the quarters of one year, from the first, and the year last: "Q1 Q2 Q3 Q4 2023". */
    private static final Pattern QUARTERS_THEN_YEAR = Pattern.compile("(?m)^([ \\t]*)(Q1(?:[ \\t]+Q[2-4]){1,3})[ \\t]+((?:19|20)\\d{2})[ \\t]*$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])-?\\d[\\d,.]*%?(?![\\p{L}\\d])");

    /**
     * "Q1 Q2 Q3 Q4 2023" over rows of five figures: the four quarters of 2023 and the year's total, the year to date of as many
     * quarters as there are (over rows of four figures, the quarters alone). Written out ("Q1 2023 ... Full Year 2023") for
     * the header reader, which reads periods with their years.
     */
    private static String quartersOfOneYear(String text) {
        return QUARTERS_THEN_YEAR.matcher(text).replaceAll(m -> {
            String[] quarters = m.group(2).strip().split("[ \\t]+");
            for (int q = 0; q < quarters.length; q++) {
                if (!quarters[q].equals("Q" + (q + 1))) {
                    return Matcher.quoteReplacement(m.group());
                }
            }
            int figures = figuresInNextRow(text, m.end());
            String year = m.group(3);
            StringBuilder out = new StringBuilder(m.group(1));
            for (String quarter : quarters) {
                out.append(quarter).append(' ').append(year).append("   ");
            }
            if (figures == quarters.length + 1) {
                out.append(quarters.length == 4 ? "Full Year" : quarters.length == 3 ? "9M" : "H1").append(' ').append(year);
            } else if (figures != quarters.length) {
                return Matcher.quoteReplacement(m.group()); // figures a row that fit neither reading: left as printed
            }
            return Matcher.quoteReplacement(out.toString().stripTrailing());
        });
    }

    /** How many figures the first line with any after a place holds. */
    private static int figuresInNextRow(String text, int from) {
        for (String line : text.substring(from).split("\n", 6)) {
            long count = NUMBER.matcher(line).results().count();
            if (count > 0) {
                return (int) count;
            }
        }
        return -1;
    }

    private static final Pattern ENDS_WITH_YEARLESS_SPAN = Pattern.compile("(?i)(?:^|\\s)(?:(?:3|6|9|12)\\s*(?:mths|months)|[369]m|ytd)\\s*$");
    private static final Pattern BARE_YEAR = Pattern.compile("\\s*(?:19|20)\\d{2}\\s*");

    /**
     * "Q4 2023 Q3 2023 Q4 2022 12 mths" over "2023", then "12 mths" over "2022": a header cell wrapped before its year. The
     * year is put back on its cell's line, its own line left blank so that every line keeps its number.
     */
    private static String[] yearsOnTheirOwnLines(String[] lines) {
        String[] out = lines.clone();
        for (int n = 0; n + 1 < out.length; n++) {
            if (out[n].indexOf('\t') < 0 && out[n].indexOf('|') < 0 && ENDS_WITH_YEARLESS_SPAN.matcher(out[n]).find() && BARE_YEAR.matcher(out[n + 1]).matches()) {
                out[n] = out[n].stripTrailing() + " " + out[n + 1].strip();
                out[n + 1] = "";
            }
        }
        return out;
    }

    private static final Pattern GLUED_PERIOD_WORD = Pattern.compile("Q[1-4]|H[12]|Y/Y|Q/Q|YTD|FY|[369]M");
    private static final Pattern GLUED_YEAR_WORD = Pattern.compile("(?:19|20)\\d{2}|%?\\s?Change|Var\\.?|%");

    /**
     * "Q3Q3Y/YQ2Q/Q" over "20172016Change2017Change": a header's words glued together over their years, glued too, as a
     * page without spaces between cells gives them. Each word is put with its year ("Q3 2017 Q3 2016 Y/Y Change ..."),
     * on the years' line, the words' own line left blank so that every line keeps its number.
     */
    private static String[] gluedWordsOverYears(String[] lines) {
        String[] out = lines.clone();
        for (int n = 0; n + 1 < out.length; n++) {
            List<String> words = wholly(GLUED_PERIOD_WORD, out[n].strip());
            List<String> years = words.size() < 2 ? List.of() : wholly(GLUED_YEAR_WORD, out[n + 1].strip());
            if (words.size() < 2 || words.size() != years.size() || years.stream().noneMatch(y -> y.matches("(?:19|20)\\d{2}"))) {
                continue;
            }
            StringBuilder header = new StringBuilder();
            for (int k = 0; k < words.size(); k++) {
                header.append(k == 0 ? "" : "   ").append(words.get(k)).append(' ').append(years.get(k));
            }
            out[n] = "";
            out[n + 1] = header.toString();
        }
        return out;
    }

    /** A line's last words, periods without their years: "Rio Tinto 1Q 2Q 3Q 4Q 1Q Full Year". */
    // ("3M" over a year may be the first quarter or the quarter reported: left alone)
    private static final Pattern YEARLESS_WORD = Pattern.compile("(?i)[1-4]Q|Q[1-4]|H[12]|[12]H|full\\s+year|FY|YTD|[69]M");
    private static final Pattern YEARLESS_WORDS_AT_END = Pattern.compile("(?i)^(.*?)((?:(?:^|\\s+)(?:" + YEARLESS_WORD.pattern().substring(4) + ")){2,})\\s*$");
    /** A fiscal year's words beside a header's periods: its quarters are no calendar's. */
    private static final Pattern FISCAL_LABEL = Pattern.compile("(?i)\\b(?:fiscal|FY|financial)\\b");
    /** A line's last cells, years: "interest 2014 2014 2014 2014 2015 2014". */
    private static final Pattern YEARS_AT_END = Pattern.compile("^(\\p{L}[\\p{L}'\u2019 -]{0,30}?)?\\s*((?:(?:19|20)\\d{2}\\s+)+(?:19|20)\\d{2})\\s*$");

    /**
     * "Rio Tinto 1Q 2Q 3Q 4Q 1Q Full Year" over "interest 2014 2014 2014 2014 2015 2014": a header's two lines, the words of a
     * column's label first, then the periods without their years over the years, as many of each. Each period is put with its
     * year on the years' line ("Rio Tinto interest   1Q 2014   2Q 2014 ..."), the words' line left blank so that every line
     * keeps its number.
     */
    private static String[] periodWordsOverYearsLine(String[] lines) {
        String[] out = lines.clone();
        for (int n = 0; n + 1 < out.length; n++) {
            if (out[n].indexOf('\t') >= 0 || out[n].indexOf('|') >= 0) {
                continue;
            }
            Matcher words = YEARLESS_WORDS_AT_END.matcher(out[n].strip());
            Matcher years = words.matches() ? YEARS_AT_END.matcher(out[n + 1].strip()) : null;
            if (years == null || !years.matches() || FISCAL_LABEL.matcher(words.group(1) + " " + (years.group(1) == null ? "" : years.group(1))).find()) {
                continue;
            }
            List<String> periods = YEARLESS_WORD.matcher(words.group(2)).results().map(MatchResult::group).toList();
            String[] yearCells = years.group(2).split("\\s+");
            if (periods.size() != yearCells.length) {
                continue;
            }
            // (the words before the periods, "Rio Tinto" over "interest", label a column of no period, which rows of figures do not fill)
            StringBuilder header = new StringBuilder();
            for (int c = 0; c < periods.size(); c++) {
                header.append(header.length() == 0 ? "" : "   ").append(periods.get(c)).append(' ').append(yearCells[c]);
            }
            out[n] = "";
            out[n + 1] = header.toString();
        }
        return out;
    }

    private static final Pattern YEAR_CELL = Pattern.compile("((?:19|20)\\d{2})(\\s+\\p{L}[\\p{L} ]{0,20})?");

    /**
     * "Q2", "Q1", "Full year" one a line, then "2021", "2020", "2021", "2021 Guidance" one a line: a header's words over their
     * years, one cell per line. The words with their years are put on the first word's line ("Q2 2021   Q2 2020   Q1 2021
     * Full year 2021 Guidance"), the other lines left blank so that every line keeps its number. One year more than words:
     * the one quarter over two years that follow each other (this year's first) spans both, read only when exactly one can.
     */
    private static String[] yearlessWordsOverYearLines(String[] lines) {
        String[] out = lines.clone();
        for (int n = 0; n < out.length; n++) {
            if (!TableHeader.YEARLESS.matcher(out[n].strip()).matches()) {
                continue; // only a word can start such a header: blank lines are walked over from a word, never from each one
            }
            List<Integer> words = new ArrayList<>();
            int k = n;
            for (; k < out.length && (out[k].isBlank() || TableHeader.YEARLESS.matcher(out[k].strip()).matches()); k++) {
                if (!out[k].isBlank()) {
                    words.add(k);
                }
            }
            int wordsEnd = k;
            List<Integer> years = new ArrayList<>();
            for (; k < out.length && years.size() <= words.size() && (out[k].isBlank() || YEAR_CELL.matcher(out[k].strip()).matches()); k++) {
                if (!out[k].isBlank()) {
                    years.add(k);
                }
            }
            Optional<List<String>> spread = words.size() < 2 ? Optional.empty()
                    : TableHeader.wordPerYear(words.stream().map(w -> out[w].strip()).toList(), years.stream().map(y -> out[y].strip()).toList());
            if (spread.isEmpty()) {
                n = wordsEnd - 1; // the run of words and blank lines is walked once, whatever follows it
                continue;
            }
            List<String> spelled = spread.get();
            StringBuilder header = new StringBuilder();
            for (int c = 0; c < spelled.size(); c++) {
                header.append(c == 0 ? "" : "   ").append(spelled.get(c)).append(' ').append(out[years.get(c)].strip());
            }
            words.forEach(w -> out[w] = "");
            years.forEach(y -> out[y] = "");
            out[words.get(0)] = header.toString();
            n = k - 1;
        }
        return out;
    }

    /** The text cut into the pattern's matches one after the other, nothing between; empty unless the whole is so cut. */
    private static List<String> wholly(Pattern word, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = word.matcher(text);
        int at = 0;
        while (at < text.length() && m.find(at) && m.start() == at) {
            out.add(m.group());
            at = m.end();
        }
        return at == text.length() && !text.isEmpty() ? out : List.of();
    }

    private static final Pattern SPACED_CELL = Pattern.compile("\\S+(?: \\S+)*");

    /**
     * "YTD" over the "19" of "3Q19   2Q19 ...   19    YTD 18": a header's words stacked over the cells they belong to, in
     * a table laid out by runs of spaces. Each word is put before the cell under it, on the header's line, its own line
     * left blank so that every line keeps its number.
     */
    private static String[] wordsStackedOverCells(String[] lines) {
        String[] out = lines.clone();
        for (int n = 0; n + 1 < out.length; n++) {
            String upper = out[n];
            String lower = out[n + 1];
            if (upper.isBlank() || upper.indexOf('\t') >= 0 || upper.indexOf('|') >= 0 || upper.chars().anyMatch(Character::isDigit)
                    || !upper.startsWith("  ") || !lower.contains("  ") || PeriodLabels.splitHeaderLine(lower).size() < 2) {
                continue;
            }
            List<MatchResult> words = SPACED_CELL.matcher(upper).results().toList();
            if (words.isEmpty() || words.size() > 4 || words.stream().anyMatch(w -> w.group().length() > 12 || TableHeader.PLAN_WORD.matcher(w.group()).lookingAt())) {
                continue; // "Actual   Budget" over "Q3 2019   Q3 2019": which cell a plan stands over is left as it is
            }
            // cells of the header line apart by runs of two spaces or more
            List<int[]> spans = SPACED_CELL.matcher(lower).results().map(c -> new int[] {c.start(), c.end()}).toList();
            java.util.Map<Integer, String> before = new java.util.HashMap<>();
            for (MatchResult w : words) {
                int best = -1;
                for (int k = 0; k < spans.size(); k++) {
                    if (spans.get(k)[0] < w.end() && w.start() < spans.get(k)[1]) {
                        best = k;
                    }
                }
                if (best < 0 || before.containsKey(best)) {
                    best = -1;
                    break;
                }
                before.put(best, w.group());
            }
            if (before.size() != words.size() || spans.isEmpty()) {
                continue;
            }
            StringBuilder merged = new StringBuilder();
            int at = 0;
            for (int k = 0; k < spans.size(); k++) {
                merged.append(lower, at, spans.get(k)[0]);
                if (before.containsKey(k)) {
                    merged.append(before.get(k)).append(' ');
                }
                merged.append(lower, spans.get(k)[0], spans.get(k)[1]);
                at = spans.get(k)[1];
            }
            merged.append(lower.substring(at));
            out[n] = "";
            out[n + 1] = merged.toString();
        }
        return out;
    }

    /** The text's characters made plain: non-breaking spaces, exotic dashes and quotes, carriage returns. */
    private static String plainCharacters(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('\u2009', ' ').replace('\u202f', ' ')
                .replace('\u2212', '-').replace('\u2010', '-').replace('\u2011', '-').replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }

    static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = unwrapSentences(joinBarLedWraps(labelsAmidTheirFigures(joinWrappedCells(yearsOnTheirOwnLines(wordsStackedOverCells(gluedWordsOverYears(periodWordsOverYearsLine(yearlessWordsOverYearLines(spanHeadsOverTheirDays(joinWrappedPeriodHeads(normalize(text).split("\n", -1))))))))))));
        for (int n = 0; n < lines.length; n++) {
            rows.addAll(row(n + 1, lines[n]));
        }
        return spaceThousandsJoined(headerShortOfItsRows(barPaddingDropped(periodsOneCellPerLine(gather(rows)))));
    }

    /** A cell of one figure as a row split by spaces gives it: "80", "939", "-2", "86.7". */
    private static final Pattern FIGURE_TOKEN = Pattern.compile("[-\u2212]?\\d+(?:\\.\\d+)?%?");
    /** A figure's first group of digits, which groups of three may follow: "80" of "80 939". */
    private static final Pattern THOUSANDS_HEAD = Pattern.compile("[-\u2212]?\\d{1,3}");
    /** A group of three digits inside a figure: "939" of "80 939 412". */
    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    /** A group of three digits after the first, the last of a figure with its decimals: "939", "028", "209.5". */
    private static final Pattern THOUSANDS_TAIL = Pattern.compile("\\d{3}(?:\\.\\d+)?");

    /**
     * "Ore processed (tonnes) 80 939 64 730 16 209 139 795 126 326 13 469" among rows of six figures ("Recovery (%) 86.7 86.6
     * 0.1 87.5 86.1 1.4"): a text that parts its thousands by spaces, as Nordic, French and South African releases do, split
     * into twelve cells. Where rows of figures stand together and some have as many cells as the others' figures could be,
     * no fewer, a row of more cells is read as that many figures, when one way of joining its groups of three does so with
     * the fewest groups to a figure; a row that can be joined more ways than one is left as it is.
     */
    private static List<Row> spaceThousandsJoined(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        int start = 0;
        while (start < out.size()) {
            int end = start;
            while (end < out.size() && onlyFigures(out.get(end))) {
                end++;
            }
            if (end - start >= 2) {
                joinThousands(out, start, end);
            }
            start = Math.max(end, start + 1);
        }
        return out;
    }

    private static boolean onlyFigures(Row row) {
        return !row.prose() && !row.cells().isEmpty() && row.cells().stream().allMatch(c -> FIGURE_TOKEN.matcher(c.strip()).matches());
    }

    private static void joinThousands(List<Row> rows, int start, int end) {
        int width = 0;
        for (int i = start; i < end; i++) {
            width = Math.max(width, fewestFigures(rows.get(i).cells()));
        }
        int figures = width;
        boolean someAsWide = rows.subList(start, end).stream().anyMatch(r -> r.cells().size() == figures);
        if (!someAsWide) {
            return; // no row says how many figures a row holds
        }
        for (int i = start; i < end; i++) {
            Row row = rows.get(i);
            if (row.cells().size() > width) {
                List<String> joined = joined(row.cells(), width);
                if (joined != null) {
                    rows.set(i, new Row(row.line(), row.label(), joined, row.positional(), row.separator(), row.prose()));
                }
            }
        }
    }

    /** The fewest figures the cells can be joined into. */
    private static int fewestFigures(List<String> cells) {
        int n = cells.size();
        int[] fewest = new int[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j <= n && oneFigure(cells, i, j); j++) {
                fewest[j] = Math.min(fewest[j], fewest[i] + 1);
            }
        }
        return fewest[n];
    }

    /**
     * The cells joined into the number of figures given, each a head of one to three digits and groups of three after it,
     * the one way that puts the fewest cells into the largest figure; null when there is none, or more than one.
     */
    private static List<String> joined(List<String> cells, int figures) {
        for (int largest = 1; largest <= cells.size(); largest++) {
            long ways = ways(cells, figures, largest);
            if (ways == 1) {
                return joinedWithin(cells, figures, largest);
            }
            if (ways > 1) {
                return null;
            }
        }
        return null;
    }

    /** How many ways the cells join into so many figures of at most so many cells each. */
    private static long ways(List<String> cells, int figures, int largest) {
        int n = cells.size();
        long[][] ways = new long[n + 1][figures + 1];
        ways[0][0] = 1;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < figures; k++) {
                if (ways[i][k] == 0) {
                    continue;
                }
                for (int j = i + 1; j <= n && j - i <= largest && oneFigure(cells, i, j); j++) {
                    ways[j][k + 1] += ways[i][k];
                }
            }
        }
        return ways[n][figures];
    }

    /** The one joining that {@link #ways} counted, figure by figure from the left. */
    private static List<String> joinedWithin(List<String> cells, int figures, int largest) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (int k = figures; k > 0; k--) {
            for (int j = i + 1; j <= cells.size() && j - i <= largest && oneFigure(cells, i, j); j++) {
                if (ways(cells.subList(j, cells.size()), k - 1, largest) == 1) {
                    out.add(j - i == 1 ? cells.get(i) : String.join(",", cells.subList(i, j).stream().map(String::strip).toList()));
                    i = j;
                    break;
                }
            }
        }
        return out;
    }

    /** Whether cells i to j - 1 make one figure: one cell, or a head of one to three digits and groups of three, decimals only last. */
    private static boolean oneFigure(List<String> cells, int i, int j) {
        if (j - i == 1) {
            return true;
        }
        if (!THOUSANDS_HEAD.matcher(cells.get(i).strip()).matches()) {
            return false;
        }
        for (int c = i + 1; c < j; c++) {
            String cell = cells.get(c).strip();
            if (c < j - 1 ? !THREE_DIGITS.matcher(cell).matches() : !THOUSANDS_TAIL.matcher(cell).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "January | February | ... | July | ||" over "Mineral Processed | Dry Tonnes | 14,349 | ... | 17,216 |": a header of periods
     * alone, its cells from the left where the rows' label and unit stand, blank where their last figures do. Under it, a row
     * whose last figures are as many as the periods keeps them alone, in their order, the words before them its label.
     */
    private static List<Row> headerShortOfItsRows(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        List<String> periods = null;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<String> all = row.all();
            List<String> filled = all.stream().filter(c -> !c.isBlank()).toList();
            if (row.positional() && filled.size() >= 2 && all.size() > filled.size() && all.subList(0, filled.size()).equals(filled)
                    && filled.stream().allMatch(c -> PeriodLabels.parse(c.strip()).isPresent())) {
                // (only over a first row of figures that fits it: a row of more figures than its periods, "3.4 | 3.8 | 3.3 | 10.0 | 13.2"
                // under "2021 | 2020 | 2021 | 2021", says the header lost cells elsewhere, and it is left as it stands)
                Row next = r + 1 < rows.size() ? rows.get(r + 1) : null;
                if (next == null || !next.hasValues() || lastFiguresFit(next, filled.size())) {
                    periods = filled;
                    out.add(new Row(row.line(), "", filled, true, false, false));
                    continue;
                }
            }
            int n = periods == null ? 0 : periods.size();
            if (periods == null || !lastFiguresFit(row, n)) {
                periods = null;
                out.add(row);
                continue;
            }
            List<String> cells = row.cells();
            String units = String.join(" ", cells.subList(0, cells.size() - n)).strip();
            out.add(new Row(row.line(), units.isEmpty() ? row.label() : row.label() + " (" + units + ")", cells.subList(cells.size() - n, cells.size()), true, false, false));
        }
        return out;
    }

    /** Whether a row's last {@code n} cells are its figures, and none before them. */
    private static boolean lastFiguresFit(Row row, int n) {
        List<String> cells = row.cells();
        return row.positional() && cells.size() >= n + 1
                && cells.subList(cells.size() - n, cells.size()).stream().allMatch(c -> Numbers.isValue(c) || c.strip().matches("[-\u2013\u2014]|n/?a"))
                && cells.subList(0, cells.size() - n).stream().noneMatch(Numbers::isValue);
    }

    /**
     * A filing's table flattened one cell a line, each column padded by cells of a lone {@code |} ("Tonnes processed (000's)" /
     * "|" / "|" / "|880" / "|" / "|" / "|" / "|837"): gathered, its rows hold blank cells where the page had spacer columns,
     * which line up with no header. Under a header of periods alone whose cells hold no blank, a row whose figures are as
     * many as the header's periods keeps its figures alone, in their order; a row of any other count keeps its blanks.
     */
    private static List<Row> barPaddingDropped(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows.size());
        int header = -1;
        for (Row row : rows) {
            if (!row.prose() && !row.positional() && row.cells().size() >= 2
                    && row.cells().stream().allMatch(c -> !c.isBlank() && PeriodLabels.parse(c.strip()).isPresent())) {
                header = out.size();
                out.add(row);
                continue;
            }
            List<String> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
            // (figures and dashes only: a row with "n/m" or a word among its cells may have a blank that is a column of its own)
            boolean padded = !row.prose() && !row.positional() && filled.size() < row.cells().size()
                    && filled.stream().allMatch(c -> Numbers.isValue(c) || c.strip().matches("[-\u2013\u2014]"));
            if (padded && header >= 0 && filled.size() == out.get(header).cells().size()) {
                // the figures now stand in the header's columns, one each: both rows are read by column
                Row periods = out.get(header);
                out.set(header, new Row(periods.line(), periods.label(), periods.cells(), true, false, false));
                out.add(new Row(row.line(), row.label(), filled, true, false, false));
            } else {
                out.add(row);
            }
        }
        return out;
    }

    /**
     * "Q2 2021" / "Q2 2020" / "Q1 2021", one cell per line, over rows of a mine and its figures ("Lamaque | 35,643 | 33,095 |
     * 28,835"): a header's periods, one a line, made one header row whose cells are the periods in their order, on the first
     * period's line. Only where at least two lines are periods (a plan's column beside them, "Full Year 2021 Guidance", may
     * close the run) and the row right after holds no more figures than the run has lines.
     */
    private static List<Row> periodsOneCellPerLine(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int k = i;
            int periods = 0;
            while (k < rows.size() && !rows.get(k).prose() && !rows.get(k).positional()) {
                String cell = withoutAlias(oneCell(rows.get(k)));
                if (!isPeriodCell(cell) || PeriodLabels.mentions(cell).size() >= 2) {
                    break; // ("Q3 2014  YTD 2014", a header's line of its own, is no one cell of one)
                }
                periods += PeriodLabels.parse(cell).isPresent() || PeriodLabels.yearToDateYear(cell).isPresent() ? 1 : 0;
                k++;
            }
            // ("Production Summary" between the periods and the first row of figures: a section's title, the table's still)
            int first = k + 1 < rows.size() && !rows.get(k).prose() && rows.get(k).cells().isEmpty() && !rows.get(k).hasValues()
                    && !isPeriodCell(rows.get(k).label()) && !rows.get(k + 1).cells().isEmpty() ? k + 1 : k;
            boolean header = periods >= 2 && first < rows.size() && !rows.get(first).prose() && !rows.get(first).label().isBlank()
                    && rows.get(first).cells().size() >= 2 && rows.get(first).cells().size() <= k - i
                    && rows.get(first).cells().stream().allMatch(c -> Numbers.isValue(c) || RANGE_CELL.matcher(c.strip()).matches()); // a plan's range too
            if (!header) {
                out.add(rows.get(i));
                continue;
            }
            List<String> heads = new ArrayList<>();
            for (Row r : rows.subList(i, k)) {
                String cell = withoutAlias(FOOTNOTE_MARKS.matcher(oneCell(r)).replaceFirst(""));
                if (!heads.isEmpty() && TableHeader.PLAN_WORD.matcher(cell).find() && !ProseReader.A_YEAR.matcher(cell).find()) {
                    // "FY 2024" over "Revised Guidance": a plan's head wrapped onto the next line, one column; a plan of a fiscal year,
                    // which no calendar year is, is no column at all: its range, where a row gives one, trails the row's figures
                    // ("Production (oz) | 9,888 | ... | 36,488 | 37,000 – 39,000"), and the other rows leave it blank
                    String last = heads.remove(heads.size() - 1);
                    if (!FiscalCalendar.isRestatedYear(last)) {
                        heads.add(last + " " + cell);
                    }
                } else {
                    heads.add(cell);
                }
            }
            out.add(new Row(rows.get(i).line(), "", heads, true, false, false));
            i = k - 1;
        }
        return out;
    }

    /** A row of one cell, as its line prints it: "fiscal year 2024", which a row splits into a label and its year as a figure. */
    private static String oneCell(Row row) {
        // ("fiscal year 2024", as FiscalCalendar restates "FY2024", is a column of no period of ours; "YTD" beside its year is left to
        // TableHeader, which reads it with the row of names above it)
        if (row.cells().isEmpty()) {
            return row.label().strip();
        }
        String joined = row.cells().size() == 1 ? row.label().strip() + " " + row.cells().get(0).strip() : "";
        return FiscalCalendar.isRestatedYear(joined) ? joined : "";
    }

    /** Footnotes' marks after a cell or a name: "2007 (1) (2)", "Jerritt Canyon(1)". */
    static final Pattern FOOTNOTE_MARKS = Pattern.compile("(?:\\s*\\(\\d\\))+$");
    /**
     * The short name a heading gives its period in parentheses, a footnote's star after it: '30 September 2017 ("Q3 2017")',
     * '("YTD 2016")*'. It names the period the heading does, no second one.
     */
    private static final Pattern PERIOD_ALIAS = Pattern.compile("\\s*\\(\\s*[\"'\u201c]?(?:Q[1-4]|H[12]|YTD|FY|[369]M)\\s*\\d{2,4}[\"'\u201d]?\\s*\\)\\s*\\**$");

    /**
     * A heading without the short name it gives its period, where its own words name the period ("Nine months to 30 September
     * 2017"); with it, its star dropped, where they need the short name's year ("Three months to 30 September ("Q3 2016")*").
     */
    private static String withoutAlias(String cell) {
        Matcher alias = PERIOD_ALIAS.matcher(cell);
        if (!alias.find() || alias.start() == 0) {
            return cell;
        }
        String bare = cell.substring(0, alias.start()).strip();
        if (PeriodLabels.parse(bare).isPresent() || PeriodLabels.yearToDateYear(bare).isPresent()) {
            return bare;
        }
        return yearlessSpan(bare) ? cell.replaceFirst("\\s*\\*+$", "") : cell;
    }

    /** A span to its day without a year, whose short name after it gives the year: "Three months to 30 September". */
    private static boolean yearlessSpan(String heading) {
        return heading.length() <= 40 && PeriodLabels.spanToDay(heading).isPresent() && !ProseReader.A_YEAR.matcher(heading).find();
    }

    private static boolean isPeriodCell(String cell) {
        String c = withoutAlias(FOOTNOTE_MARKS.matcher(cell.strip()).replaceFirst(""));
        Matcher alias = PERIOD_ALIAS.matcher(c);
        if (alias.find() && alias.start() > 0 && yearlessSpan(c.substring(0, alias.start()).strip())) {
            return PeriodLabels.parse(c).isPresent();
        }
        return c.length() <= 40 && (PeriodLabels.parse(c).isPresent() || PeriodLabels.yearToDateYear(c).isPresent() || FiscalCalendar.isRestatedYear(c)
                || TableHeader.PLAN_WORD.matcher(c).find() && PeriodLabels.mentions(c).size() <= 1);
    }

    /**
     * Cells between lines of a lone {@code |}, each wrapped over lines of its own ("Change" / "Q2 vs" / "Q1", "Material
     * Processed" / "(tonnes milled)"): each cell made one line again, on the first of its lines, the others left blank
     * so that every line keeps its number. Only where bars stand between every few lines, and never two figures joined.
     */
    private static String[] joinWrappedCells(String[] lines) {
        List<Integer> bars = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            if (isLoneBar(lines[n])) {
                bars.add(n);
            }
        }
        String[] out = lines.clone();
        for (int b = 1; b < bars.size(); b++) {
            int from = bars.get(b - 1) + 1;
            int to = bars.get(b);
            boolean amongBars = b >= 2 && from - 1 - bars.get(b - 2) <= 5 || b + 1 < bars.size() && bars.get(b + 1) - to <= 5;
            if (to - from < 2 || to - from > 4 || !amongBars) {
                continue;
            }
            List<String> cell = Arrays.asList(lines).subList(from, to);
            boolean short_ = cell.stream().allMatch(l -> !l.isBlank() && l.strip().length() <= 40 && l.indexOf('|') < 0);
            long figures = cell.stream().filter(l -> Numbers.isValue(l.strip())).count();
            if (short_ && figures <= 1) {
                out[from] = String.join(" ", cell.stream().map(String::strip).toList());
                for (int n = from + 1; n < to; n++) {
                    out[n] = "";
                }
            }
        }
        return out;
    }

    /** A cell of a table of one cell a line: its text, the first and last of its lines that are not blank. */
    private record LineCell(String text, int first, int last) {
    }

    /**
     * A table of one cell a line whose rows' labels stand amid their figures: the quarter's figures, the label, then the
     * half year's ("157,371" | "118,224" | "33 %" | "Total Mill Feed (dry tonnes)" | "311,119" | ...), under a header whose
     * empty cell marks the labels' column ("Q2 2023" | "Q2 2022" | "Change" | | "H1 2023" | ...). Each row's cells are
     * written again on its lines with the label first, and the header's empty cell dropped, so that the table reads as one
     * whose labels come first; every line keeps its number. Only when periods head the columns on both sides of the empty
     * cell and at least two rows follow, each a label exactly where the empty cell is and figures everywhere else.
     */
    private static String[] labelsAmidTheirFigures(String[] lines) {
        String[] out = lines.clone();
        for (int n = 0; n < out.length; n++) {
            int next = nextNotBlank(out, n + 1);
            if (!isLoneBar(out[n]) || next < 0 || !isLoneBar(out[next])) {
                continue;
            }
            List<LineCell> before = headerCellsBefore(out, n);
            List<LineCell> after = new ArrayList<>();
            int at = next;
            for (LineCell cell = cellAfter(out, at); cell != null && !Numbers.isValue(cell.text()) && isHeaderCell(cell.text()); cell = cellAfter(out, at)) {
                after.add(cell);
                at = nextNotBlank(out, cell.last() + 1);
            }
            if (before.stream().noneMatch(c -> isPeriodCell(c.text())) || after.stream().noneMatch(c -> isPeriodCell(c.text()))) {
                continue;
            }
            int width = before.size() + 1 + after.size();
            List<List<LineCell>> rows = new ArrayList<>();
            int from = at;
            while (true) {
                List<LineCell> row = new ArrayList<>();
                int k = from;
                for (LineCell cell = cellAfter(out, k); cell != null && row.size() < width; cell = cellAfter(out, k)) {
                    row.add(cell);
                    k = nextNotBlank(out, cell.last() + 1);
                }
                if (row.size() < width || !isLabelAmidFigures(row, before.size())) {
                    break;
                }
                rows.add(row);
                from = k;
            }
            if (rows.size() < 2) {
                continue;
            }
            out[next] = "";
            before.forEach(cell -> writeCell(out, cell, cell.text()));
            for (List<LineCell> row : rows) {
                List<String> texts = new ArrayList<>(row.stream().map(LineCell::text).toList());
                texts.add(0, texts.remove(before.size()));
                for (int c = 0; c < row.size(); c++) {
                    writeCell(out, row.get(c), texts.get(c));
                }
            }
            n = from;
        }
        return out;
    }

    /** A cell's place written with {@code text}: on its first line, its other lines left blank. */
    private static void writeCell(String[] lines, LineCell place, String text) {
        for (int n = place.first(); n <= place.last(); n++) {
            lines[n] = n == place.first() ? text : "";
        }
    }

    private static boolean isLoneBar(String line) {
        return line.strip().equals("|");
    }

    private static int nextNotBlank(String[] lines, int from) {
        for (int n = from; n < lines.length; n++) {
            if (!lines[n].isBlank()) {
                return n;
            }
        }
        return -1;
    }

    /** A period or a few words over a column: "Q2 2023", "Change", "% Change". */
    private static boolean isHeaderCell(String cell) {
        return isPeriodCell(cell) || cell.length() <= 20 && cell.split("\\s+").length <= 3 && !cell.matches(".*[.;:!?]$");
    }

    private static boolean isLabelAmidFigures(List<LineCell> row, int labelAt) {
        for (int c = 0; c < row.size(); c++) {
            String text = row.get(c).text();
            boolean label = !Numbers.isValue(text) && !isPeriodCell(text) && text.length() <= 60;
            if (c == labelAt ? !label : !Numbers.isValue(text)) {
                return false;
            }
        }
        return true;
    }

    /** The cell that a lone bar at {@code bar} opens: the lines up to the next lone bar, none of them a bar of a row. */
    private static LineCell cellAfter(String[] lines, int bar) {
        if (bar < 0 || !isLoneBar(lines[bar])) {
            return null;
        }
        List<Integer> held = new ArrayList<>();
        for (int n = bar + 1; n < lines.length && !isLoneBar(lines[n]); n++) {
            if (lines[n].indexOf('|') >= 0 || held.size() == 4) {
                return null;
            }
            if (!lines[n].isBlank()) {
                held.add(n);
            }
        }
        int end = held.isEmpty() ? -1 : nextNotBlank(lines, held.get(held.size() - 1) + 1);
        if (held.isEmpty() || end < 0 || !isLoneBar(lines[end])) {
            return null;
        }
        return new LineCell(String.join(" ", held.stream().map(n -> lines[n].strip()).toList()), held.get(0), held.get(held.size() - 1));
    }

    /**
     * The header's cells before the lone bar at {@code bar}, in order: cells between bars while they are a header's, and the
     * first, which no bar opens, from the one or two lines above its bar that make a period ("Q2" / "2023").
     */
    private static List<LineCell> headerCellsBefore(String[] lines, int bar) {
        List<LineCell> cells = new ArrayList<>();
        int end = bar;
        while (true) {
            int open = end - 1;
            while (open >= 0 && !isLoneBar(lines[open]) && lines[open].indexOf('|') < 0 && end - open <= 5) {
                open--;
            }
            LineCell cell = open >= 0 && isLoneBar(lines[open]) ? cellAfter(lines, open) : null;
            if (cell != null && isHeaderCell(cell.text()) && !Numbers.isValue(cell.text())) {
                cells.add(0, cell);
                end = open;
                continue;
            }
            List<Integer> above = new ArrayList<>();
            for (int n = end - 1; n >= 0 && above.size() < 2 && end - n <= 4 && lines[n].indexOf('|') < 0; n--) {
                if (!lines[n].isBlank()) {
                    above.add(0, n);
                }
            }
            for (int k = 0; k < above.size(); k++) {
                String text = String.join(" ", above.subList(k, above.size()).stream().map(n -> lines[n].strip()).toList());
                if (isPeriodCell(text)) {
                    cells.add(0, new LineCell(text, above.get(k), above.get(above.size() - 1)));
                    break;
                }
            }
            return cells;
        }
    }

    /** The words that open a period's heading and wait for its end date: "Year to", "Three months ended", "Quarter ending". */
    private static final String MONTHS_SPAN = "(?:three|six|nine|twelve|3|6|9|12)\\s+months?";
    private static final Pattern PERIOD_HEAD = Pattern.compile("(?i)(?:year|financial year|fiscal year|half[- ]year|quarter|period|"
            + MONTHS_SPAN + ")\\s+(?:to|ended|ending)");

    /**
     * A column's heading wrapped onto the next line of a table of one cell a line ("Year to" / "31 December 2023", "Three
     * months ended" / "September 30, 2011"): joined on the first line, the other left blank so that every line keeps its
     * number. Only when the opening words stand alone on their line and the next line that is not blank (at most one blank
     * between) makes a period of them; a figure is never joined.
     */
    private static String[] joinWrappedPeriodHeads(String[] lines) {
        String[] out = lines.clone();
        for (int n = 0; n < out.length; n++) {
            if (SPAN_HEAD.matcher(out[n].strip()).matches()) {
                joinSpanInPieces(out, n);
                continue;
            }
            if (!PERIOD_HEAD.matcher(out[n].strip()).matches()) {
                continue;
            }
            int next = n + 1 < out.length && out[n + 1].isBlank() ? n + 2 : n + 1;
            if (next >= out.length || out[next].isBlank() || Numbers.isValue(out[next].strip()) || out[next].strip().length() > 30) {
                continue;
            }
            String joined = out[n].strip() + " " + out[next].strip();
            // ("Three Months Ended" / "September 30," with the years on a line further down: a span to its day, its year apart)
            if ((isPeriodCell(joined) || PeriodLabels.spanToDay(joined).isPresent()) && !isPeriodCell(out[n].strip())) {
                out[n] = joined;
                out[next] = "";
                // ("Three months to" / "30 September" / '("Q3 2016")*': the short name that gives the span its year, a line further)
                int alias = next + 1 < out.length && out[next + 1].isBlank() ? next + 2 : next + 1;
                if (alias < out.length && PERIOD_ALIAS.matcher(out[alias]).lookingAt() && yearlessSpan(joined)) {
                    out[n] = joined + " " + out[alias].strip();
                    out[alias] = "";
                }
            }
        }
        return out;
    }

    /** A day of a month that ends a span: "Dec. 31,", "June 30", "31 December". */
    private static final Pattern SPAN_DAY = Pattern.compile("(?i)(?:" + PeriodLabels.MONTH + "\\.?\\s*\\d{1,2},?|\\d{1,2}\\s+" + PeriodLabels.MONTH + "\\.?,?)");

    /**
     * "Three months ended         Year ended" over "Dec. 31,              Dec. 31,", then the years: the heads of spans side by
     * side, laid out by runs of spaces, each wrapped before its end day. Each head is joined to the day under it on the heads'
     * line ("Three months ended Dec. 31,   Year ended Dec. 31,"), the days' line left blank so that every line keeps its number.
     */
    private static String[] spanHeadsOverTheirDays(String[] lines) {
        String[] out = lines.clone();
        for (int n = 0; n + 1 < out.length; n++) {
            // (the heads' words looked for first: every line of every text passes here)
            if (out[n + 1].isBlank() || out[n].indexOf('|') >= 0 || !PERIOD_HEAD.matcher(out[n]).find()) {
                continue;
            }
            List<String> heads = cellsApart(out[n]);
            List<String> days = cellsApart(out[n + 1]);
            if (heads.size() < 2 || heads.size() != days.size() || !heads.stream().allMatch(h -> PERIOD_HEAD.matcher(h).matches())
                    || !days.stream().allMatch(d -> SPAN_DAY.matcher(d).matches())) {
                continue;
            }
            StringBuilder joined = new StringBuilder();
            for (int c = 0; c < heads.size(); c++) {
                joined.append(c == 0 ? "" : "   ").append(heads.get(c)).append(' ').append(days.get(c));
            }
            out[n] = joined.toString();
            out[n + 1] = "";
        }
        return out;
    }

    /** A span's first words alone on their line, its end further down: "Three Months", "Six Months". */
    private static final Pattern SPAN_HEAD = Pattern.compile("(?i)" + MONTHS_SPAN);
    /** A piece of a span's end date: "Ended June 30,", "Ended March", "31, 2021", "2021". */
    private static final Pattern SPAN_PIECE = Pattern.compile("(?i)(?:end(?:ed|ing)\\s+)?(?:\\d{1,2},?\\s+)?(?:" + PeriodLabels.MONTH + "\\.?\\s*)?(?:\\d{1,2},?\\s*)?(?:(?:19|20)\\d{2})?");

    /**
     * "Three Months" / "Ended June 30," / "2021", each piece on its own line, blank lines between: a column's heading of one
     * cell a line wrapped three times over. Joined on the first line when three pieces at most make a period, the others left
     * blank so that every line keeps its number; else left as it is.
     */
    private static void joinSpanInPieces(String[] out, int n) {
        StringBuilder joined = new StringBuilder(out[n].strip());
        List<Integer> pieces = new ArrayList<>();
        int next = n + 1;
        while (pieces.size() < 3) {
            next = next < out.length && out[next].isBlank() ? next + 1 : next;
            if (next >= out.length || out[next].isBlank() || !SPAN_PIECE.matcher(out[next].strip()).matches()) {
                return;
            }
            joined.append(' ').append(out[next].strip());
            pieces.add(next);
            next++;
            if (isPeriodCell(joined.toString())) {
                out[n] = joined.toString();
                pieces.forEach(k -> out[k] = "");
                return;
            }
        }
    }

    /** Between a header's cells laid out on one line: tabs, or two spaces or more. */
    private static final Pattern CELLS_APART = Pattern.compile("\\t+|\\s{2,}");

    /** A header line's cells, apart by tabs or runs of spaces: "Q3 2015      Alpha      Beta      Total". */
    static List<String> cellsApart(String line) {
        return List.of(CELLS_APART.split(line.strip()));
    }

    /** A line that is one cell led by its bar: "|Tonnes ore milled", "|24,820", "|Three Months Ended". */
    private static final Pattern BAR_LED_CELL = Pattern.compile("^\\s*\\|[^|]+$");

    /**
     * A table of one cell a line, each led by its bar, whose header cells wrapped onto a line without one ("|Three Months
     * Ended" / "September 30, 2011"): the wrapped words joined to the cell above, on its line, the other left blank so that
     * every line keeps its number. Only among bar-led lines (one before, one after) and never a figure: a line of its own
     * that is a figure or a sentence is no cell's end, nor a line far from others led by a bar.
     */
    private static String[] joinBarLedWraps(String[] lines) {
        String[] out = lines.clone();
        for (int n = 1; n + 1 < out.length; n++) {
            String line = out[n].strip();
            if (line.isEmpty() || line.indexOf('|') >= 0 || line.length() > 40 || Numbers.isValue(line) || line.matches(".*[.;:!?]$")) {
                continue;
            }
            int above = n - 1;
            if (!BAR_LED_CELL.matcher(out[above]).matches() || !BAR_LED_CELL.matcher(out[n + 1]).matches() || Numbers.isValue(out[above].strip().substring(1).strip())
                    || barLedAround(lines, n) < 4) {
                continue;
            }
            out[above] = out[above].stripTrailing() + " " + line;
            out[n] = "";
        }
        return out;
    }

    /** How many lines within six of a line are one cell led by its bar. */
    private static int barLedAround(String[] lines, int n) {
        int count = 0;
        for (int k = Math.max(0, n - 6); k <= Math.min(lines.length - 1, n + 6); k++) {
            count += BAR_LED_CELL.matcher(lines[k]).matches() ? 1 : 0;
        }
        return count;
    }

    /**
     * A sentence hard-wrapped over lines, as a PDF's or a wire's text gives it ("... is pleased to announce Q3-2020
     * production results from Minera Valle Central ("MVC"), the Company's operation located near" / "Rancagua, Chile."):
     * its lines joined on the first, the others left blank so that every line keeps its number. A line continues the
     * sentence above only when that sentence has not ended and the line reads on from it: it starts in lower case, or
     * it is a sentence's end itself; never a bullet, a row of figures or a table's header.
     */
    /** A line that ends on a word no sentence ends on ("Consolidated gold production was 111,039 ounces for the"): it goes on below. */
    private static final Pattern ENDS_MIDWAY = Pattern.compile("(?i)\\b(?:the|an?|of|for|and|or|to|in|at|on|with|by|from|as|its|their|our|was|were|is|are|de|del|la|el|los|las|en|y|con)$");

    private static String[] unwrapSentences(String[] lines) {
        String[] out = lines.clone();
        int open = -1;
        boolean openIsBullet = false;
        String before = "";
        for (int n = 0; n < out.length; n++) {
            String line = out[n].strip();
            if (line.isEmpty() || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
                open = -1;
                continue;
            }
            // a bullet's item often has no full stop: only a line in lower case goes on with it
            // (a line in capitals that could not have fitted on the one above, "Firefinch hits production guidance in first quarter of
            // 2022" over a line twice as long, did not wrap from it: the line above is a headline of its own)
            if (open >= 0 && !BULLET.matcher(line).find() && !DATELINE_OPENING.matcher(line).lookingAt() && (Character.isLowerCase(line.codePointAt(0))
                    || !openIsBullet && continues(line) && (line.length() <= before.length() * 3 / 2 || ENDS_MIDWAY.matcher(before).find()))) {
                out[open] = out[open].stripTrailing() + " " + line;
                out[n] = "";
            } else {
                open = -1;
            }
            // the sentence is judged by its first line once, then by where each line ends: no line is read twice
            boolean ends = line.matches(".*[.!?:;\"')]$");
            boolean unended = open >= 0 ? !ends && out[open].length() < MAX_UNWRAPPED
                    : line.length() >= 30 && !ends && (isProse(line) || readsOnAsProse(line, out, n)) || namedBulletReadsOn(line, out, n);
            if (unended && open < 0) {
                open = n;
                openIsBullet = BULLET.matcher(line).find() || before.length() == 1 && !Character.isLetterOrDigit(before.charAt(0));
            } else if (!unended) {
                open = -1;
            }
            before = line;
        }
        return out;
    }

    /**
     * "Strong second quarter consolidated" over "silver production totalling 651,125 ounces with": words that are no sentence
     * alone, whose next line goes on in lower case and makes one with them.
     */
    private static boolean readsOnAsProse(String line, String[] lines, int n) {
        String next = n + 1 < lines.length ? lines[n + 1].strip() : "";
        // (a heading is no sentence's start: "Nine Months Ended September 30, 2019 Production Summary", "Three months ended
        // September 30, 2019 compared with 2018", in title case or opening with its period)
        List<PeriodLabels.Mention> periods = PeriodLabels.mentions(line);
        if (!periods.isEmpty() && periods.get(0).start() == 0 || PeriodLabels.spanToDay(line).isPresent() || SPAN_HEAD.matcher(line).lookingAt() || titleCase(line)) {
            return false;
        }
        return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0)) && !BULLET.matcher(next).find() && next.indexOf('|') < 0 && next.indexOf('\t') < 0
                && isProse(line + " " + next);
    }

    /**
     * "- La Encantada" over "produced 978,416 silver ounces, representing ...": a bullet's item that is a name alone, whose next
     * line goes on in lower case with what it did: one sentence, the name its subject. So do a bullet's first words wrapped
     * short ("- Copper cathode" over "production was 900 tonnes at an average grade of 0.57% ...").
     */
    private static boolean namedBulletReadsOn(String line, String[] lines, int n) {
        Matcher bullet = BULLET.matcher(line);
        if (!bullet.find() || !BULLETED_NAME.matcher(line.substring(bullet.end())).matches() && !WRAPPED_WORDS.matcher(line.substring(bullet.end())).matches()) {
            return false; // (run for every line of every text: the bullet first)
        }
        String next = n + 1 < lines.length ? lines[n + 1].strip() : "";
        return !next.isEmpty() && Character.isLowerCase(next.codePointAt(0))
                && !BULLET.matcher(next).find() && next.indexOf('|') < 0 && next.indexOf('\t') < 0 && isProse(line.substring(bullet.end()) + " " + next);
    }

    /** Up to four capitalized words: a name's or a title's. */
    private static final String TITLE = "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3}";
    /** A name alone: up to four capitalized words ("La Encantada", "San Dimas", "Santa Elena"); a metal's is a measure's subject, no name's. */
    private static final Pattern BULLETED_NAME = Pattern.compile("(?!(?:Gold|Silver|Copper|Zinc|Lead|Nickel|Metal)\\b)(?:(?:La|El|Los|Las|San|Santa)\\s+)?" + TITLE);

    /** A bullet's first words, a few and no sentence's end among them, that a narrow page wrapped: "Copper cathode", "Achieved cash". */
    private static final Pattern WRAPPED_WORDS = Pattern.compile("\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){1,3}");

    /** Most of a line's words capitalized: a heading's. */
    private static boolean titleCase(String line) {
        List<String> words = List.of(line.strip().split("\\s+")).stream().filter(w -> Character.isLetter(w.codePointAt(0))).toList();
        long capitalized = words.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        return words.size() >= 2 && capitalized * 3 >= words.size() * 2;
    }

    /**
     * "Gold Production (ounces) Fosterville 25,779 25,416 Stawell 22,392 20,066": rows of a wire's table between two of its
     * rulers, run together, each a name and as many figures as the others (two or more): one row each. A caption with its
     * unit in parentheses before the first name is a row of its own. None when the piece is not so regular.
     */
    private static List<Row> rowsRunTogether(int number, String piece) {
        List<Row> runs = labelledRuns(number, piece);
        int count = runs.isEmpty() ? 0 : runs.get(0).cells().size();
        // (words after the last figures, or one row alone: no run of rows)
        if (runs.size() < 2 || count < 2 || runs.stream().anyMatch(r -> r.cells().size() != count || r.label().isEmpty() || r.label().length() > 60)) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        Matcher caption = CAPTION_BEFORE_NAME.matcher(runs.get(0).label());
        if (caption.matches()) {
            rows.add(new Row(number, caption.group(1).strip(), List.of(), false, false, false));
            runs.set(0, new Row(number, caption.group(2).strip(), runs.get(0).cells(), false, false, false));
        }
        rows.addAll(runs);
        return rows;
    }

    /**
     * "Ocampo Mine (100%) Jul-09 Aug-09 Sep-09" between a wire's rulers: the table's title, then its header of periods (two or
     * more, nothing after them): a title row and a header row. None when the piece is not so.
     */
    private static List<Row> titleOverPeriods(int number, String ruled) {
        String piece = SHORT_RULES_AFTER.matcher(ruled).replaceFirst(""); // ("Sep-09 —————— —— —— ——-": the header's own short rules)
        List<PeriodLabels.Mention> periods = PeriodLabels.mentions(piece).stream().filter(m -> m.period() != null).toList();
        if (periods.size() < 2 || periods.get(0).start() == 0 || !piece.substring(periods.get(periods.size() - 1).end()).isBlank()) {
            return List.of();
        }
        String title = piece.substring(0, periods.get(0).start()).strip();
        String header = piece.substring(periods.get(0).start());
        if (hasValueOutsidePeriods(header) || !BARE_TITLE_WITH_SHARE.matcher(title).matches()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(number, title, List.of(), false, false, false));
        rows.addAll(row(number, header));
        return rows;
    }

    private static final Pattern SHORT_RULES_AFTER = Pattern.compile("(?:\\s+[-\u2014]{2,})+\\s*$");
    /** A title of a few capitalized words, an owner's share in parentheses after it maybe: "Ocampo Mine (100%)". */
    private static final Pattern BARE_TITLE_WITH_SHARE = Pattern.compile(TITLE + "(?:\\s*\\(\\d{1,3}(?:\\.\\d+)?\\s*%\\))?");

    /** A figure glued to the word after it: "404Mine Production", "96.0%Gold Produced", "$1025Silver". */
    private static final Pattern FIGURE_GLUED_TO_WORD = Pattern.compile("(\\d%?)(\\p{Lu}\\p{Ll})");

    /**
     * "Development (m) 404 Mine Production (t) 35,951 ... Gold Produced (oz) 10,816" under a header of one period: rows run
     * together, one figure each; empty unless every run has one figure and a label of its own.
     */
    private static List<Row> rowsOfOneFigure(int number, String piece) {
        List<Row> runs = labelledRuns(number, piece);
        boolean rows = runs.size() >= 3 && runs.stream().allMatch(r -> r.cells().size() == 1 && !r.label().isEmpty() && r.label().length() <= 60);
        return rows ? runs : List.of();
    }

    /**
     * Words read as rows run together: each run of words, then the figures after it ("Fosterville 25,779 25,416 Stawell
     * 22,392 20,066"), a row; words after the last figures a row of no cells.
     */
    private static List<Row> labelledRuns(int line, String words) {
        List<Row> rows = new ArrayList<>();
        StringBuilder label = new StringBuilder();
        List<String> values = new ArrayList<>();
        for (String word : words.strip().split("\\s+")) {
            if (Numbers.isValue(word)) {
                values.add(word);
                continue;
            }
            if (!values.isEmpty()) {
                rows.add(new Row(line, label.toString().strip(), values, false, false, false));
                label = new StringBuilder();
                values = new ArrayList<>();
            }
            label.append(' ').append(word);
        }
        if (!values.isEmpty() || !label.toString().isBlank()) {
            rows.add(new Row(line, label.toString().strip(), values, false, false, false));
        }
        return rows;
    }

    /** "Gold Production (ounces) Fosterville": a caption ending in its unit, then a name. */
    private static final Pattern CAPTION_BEFORE_NAME = Pattern.compile("(.+\\([^()]+\\))\\s+(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,3})");

    /** The same words in parentheses repeated, then as many years: "(1er trim) (1er trim) 2014 2013". */
    private static final Pattern WORDS_REPEATED_OVER_YEARS = Pattern.compile("((\\([^()]{2,20}\\))(?:\\s+\\2)+)((?:\\s+(?:19|20)\\d{2}){2,})");

    /** A ruler of a wire's table: a run of dashes or equals signs. */
    // (a page may print its dashes as em dashes: "————————————————————————- Ocampo Mine (100%) Jul-09 Aug-09 Sep-09")
    private static final Pattern RULER = Pattern.compile("\\s*(?:[-\u2014]{10,}|={10,})\\s*");
    /** A line that holds rows between rulers: two rulers with something between them. */
    private static final Pattern RULED_RUN = Pattern.compile("(?:[-\u2014]{10,}|={10,})\\s*[^-\u2014=\\s][^\\n]*?\\s*(?:[-\u2014]{10,}|={10,})");

    /** How long a sentence unwrapped from lines may grow: longer, it is no sentence but a page without full stops. */
    private static final int MAX_UNWRAPPED = 2000;

    /** Whether a line that starts in upper case reads on from an unended sentence: it ends a sentence and is no row of figures, or it is prose. */
    private static boolean continues(String line) {
        long words = Arrays.stream(line.split("\\s+")).filter(t -> t.chars().anyMatch(Character::isLetter)).count();
        long figures = Arrays.stream(line.split("\\s+")).filter(t -> Numbers.isValue(t.replaceAll("[;:,.)]+$", ""))).count();
        return line.matches("(?s).*[.!?]$") && figures * 2 <= words && PeriodLabels.splitHeaderLine(line).isEmpty() || isProse(line);
    }

    private static List<Row> row(int number, String line) {
        String trimmed = line.strip();
        Matcher repeated = WORDS_REPEATED_OVER_YEARS.matcher(trimmed);
        String repeatedWords = repeated.matches() ? repeated.group(2).substring(1, repeated.group(2).length() - 1).strip() : null;
        if (repeatedWords != null && trimmed.split("\\(").length - 1 == repeated.group(3).strip().split("\\s+").length
                && PeriodLabels.parse(repeatedWords + " " + repeated.group(3).strip().split("\\s+")[0]).isPresent()) {
            // "(1er trim) (1er trim) 2014 2013": a header whose period's words stood over each year's column, one line each (not
            // "(unaudited) (unaudited) 2021 2020", whose words are no period's)
            String words = repeatedWords;
            trimmed = String.join("   ", Arrays.stream(repeated.group(3).strip().split("\\s+")).map(y -> words + " " + y).toList());
            line = trimmed;
        }
        if (RULED_RUN.matcher(trimmed).find()) {
            // "----- Production Q1-2010 Q2-2010 Q3-2010 ----- Gold Ounces Produced 21,855 24,963 27,018 -----": a wire's table,
            // its rows between rulers, run into one line: each piece between rulers a row of its own, on the line's number
            List<Row> pieces = new ArrayList<>();
            boolean onePeriodBefore = false; // the piece before is a header of one period ("Quarter ending 31 March 2008 *")
            for (String piece : RULER.split(trimmed)) {
                if (!piece.isBlank()) {
                    List<Row> run = onePeriodBefore ? rowsOfOneFigure(number, FIGURE_GLUED_TO_WORD.matcher(piece.strip()).replaceAll("$1 $2")) : List.of();
                    run = run.isEmpty() ? rowsRunTogether(number, piece.strip()) : run;
                    run = run.isEmpty() ? titleOverPeriods(number, piece.strip()) : run;
                    pieces.addAll(run.isEmpty() ? row(number, piece) : run);
                    String bare = FOOTNOTE_MARKS.matcher(piece.strip()).replaceAll("").strip();
                    onePeriodBefore = PeriodLabels.parse(bare).isPresent();
                }
            }
            return pieces;
        }
        if (trimmed.isEmpty() || trimmed.matches("[-=_ ]{3,}") || trimmed.matches("[-:| ]{3,}") && trimmed.contains("---")) {
            return List.of(); // blank, or a ruler (a markdown table's "---|---|" too)
        }
        if (trimmed.matches("\\|+")) {
            List<Row> separators = new ArrayList<>();
            for (int k = 0; k < trimmed.length(); k++) {
                separators.add(new Row(number, "", List.of(), false, true, false));
            }
            return separators;
        }
        if (trimmed.length() > RUN_ON_TABLE) {
            List<Row> table = runOnTable(number, trimmed);
            if (!table.isEmpty()) {
                return table;
            }
        }
        if (isProse(trimmed) && !periodsApart(trimmed)) {
            return List.of(new Row(number, withoutBullet(trimmed), List.of(), false, false, true));
        }
        if (line.indexOf('\t') >= 0 || trimmed.indexOf('|') >= 0) {
            return List.of(positional(number, line, trimmed));
        }
        if (!PeriodLabels.splitHeaderLine(trimmed).isEmpty()) {
            // a header laid out by runs of spaces keeps its cells apart: nothing of it is glued
            // and a page run into one line, words by the hundred, is no glued table: it is read as prose, near each figure
            List<Row> glued = trimmed.contains("   ") || trimmed.length() > RUN_ON_TABLE && isRunOnPage(trimmed) ? List.of() : glued(number, trimmed);
            if (!glued.isEmpty()) {
                return glued;
            }
            if (!hasValueOutsidePeriods(trimmed)) {
                return List.of(new Row(number, trimmed, List.of(), false, false, false));
            }
        }
        Matcher glued = GLUED_FIGURES.matcher(trimmed);
        if (glued.matches()) {
            Optional<List<String>> figures = gluedFigures(glued.group(2));
            if (figures.isPresent()) {
                return List.of(new Row(number, glued.group(1).strip(), figures.get(), false, false, false));
            }
        }
        String[] spaced = trimmed.split("\\s{2,}");
        if (spaced.length > 1) {
            List<String> cells = new ArrayList<>(List.of(spaced));
            String label = Numbers.isValue(cells.get(0)) || !PeriodLabels.splitHeaderLine(cells.get(0)).isEmpty() ? "" : cells.remove(0);
            return List.of(splitTrailingValues(number, label, splitValues(cells)));
        }
        return List.of(splitTrailingValues(number, trimmed));
    }

    /** How long a line must be to be a page run into one line, whose tables are looked for inside it. */
    private static final int RUN_ON_TABLE = ProseReader.RUN_ON;
    /** How far after its header a table run into a page is looked for: a table's rows are a few hundred characters. */
    private static final int RUN_ON_TABLE_REACH = 5000;
    private static final Pattern WORD_TOKEN = Pattern.compile("\\S+");
    private static final String YEARLESS_PERIOD = "(?:Q[1-4]|H[12]|YTD|FY|Full year|[369]M|Qtr|Quarter)";
    private static final Pattern YEARLESS_PERIOD_WORD = Pattern.compile(YEARLESS_PERIOD);
    /** "Q1 Q2 Q3 YTD FY 2018 2018 2018 2018 2018": a header's periods over their years, run into one line with a page. */
    private static final Pattern RUN_ON_HEADER = Pattern.compile("(?<![\\p{L}\\d])((?:" + YEARLESS_PERIOD + "\\s+){1,7}" + YEARLESS_PERIOD + ")\\s+((?:(?:19|20)\\d{2}\\s+){1,7}(?:19|20)\\d{2})\\b");
    /** A guidance's range in a table's cell ("106,000-116,500"): a cell, though no figure. */
    static final Pattern RANGE_CELL = Pattern.compile("\\d[\\d,.]*\\s?[-\u2013]\\s?\\d[\\d,.]*");

    /**
     * A page run into one line, a table inside it ("... Metal Production & Costs Q1 Q2 Q3 YTD FY 2018 2018 2018 2018 2018
     * Guidance Total Copper (Tonnes) 27,466 27,131 ... Prominent Hill 27,466 ..."): the header's periods paired with their
     * years, then rows of a few words and as many cells as the header has columns, each row its own; the words before
     * and after stay prose. Empty when the line holds no such table (two rows at least).
     */
    private static List<Row> runOnTable(int number, String line) {
        Matcher header = RUN_ON_HEADER.matcher(line);
        while (header.find()) {
            String[] periods = YEARLESS_PERIOD_WORD.matcher(header.group(1)).results().map(MatchResult::group).toArray(String[]::new);
            String[] years = header.group(2).split("\\s+");
            if (periods.length != years.length) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            for (int k = 0; k < periods.length; k++) {
                columns.add(periods[k] + " " + years[k]);
            }
            // the words after the header, so far as a table could reach: a header's words need not start one
            List<String> words = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            Matcher word = WORD_TOKEN.matcher(line).region(header.end(), Math.min(line.length(), header.end() + RUN_ON_TABLE_REACH));
            while (word.find()) {
                words.add(word.group());
                ends.add(word.end());
            }
            String[] tokens = words.toArray(String[]::new);
            int t = 0;
            while (t < tokens.length && PeriodLabels.isOtherColumn(tokens[t])) {
                // "FY 2018 Guidance": the last period's column is its guidance, no figure of the period
                columns.set(columns.size() - 1, columns.get(columns.size() - 1) + " " + tokens[t++]);
            }
            List<Row> rows = new ArrayList<>();
            int n = columns.size();
            int end = t;
            while (t < tokens.length) {
                int start = t;
                if (!rows.isEmpty() && tokens[t].matches("[1-9]") && t + 1 < tokens.length && !isCell(tokens[t + 1])) {
                    start = ++t; // a footnote's mark after the row before
                }
                while (t < tokens.length && !isCell(tokens[t]) && t - start < 8) {
                    t++;
                }
                int values = t;
                while (t < tokens.length && isCell(tokens[t]) && t - values < n) {
                    t++;
                }
                if (values == start || t - values < Math.max(2, n - 1)) {
                    break;
                }
                List<String> cells = new ArrayList<>(Arrays.asList(tokens).subList(values, t));
                while (cells.size() < n) {
                    cells.add(""); // the last column (a guidance) left without a cell
                }
                rows.add(new Row(number, String.join(" ", Arrays.asList(tokens).subList(start, values)), cells, true, false, false));
                end = t;
            }
            if (rows.size() < 2) {
                continue;
            }
            List<Row> out = new ArrayList<>();
            String before = line.substring(0, header.start()).strip();
            if (!before.isEmpty()) {
                out.add(new Row(number, before, List.of(), false, false, true));
            }
            List<String> headerCells = new ArrayList<>(columns);
            out.add(new Row(number, "", headerCells, true, false, false));
            out.addAll(rows);
            String after = line.substring(end == 0 ? header.end() : ends.get(end - 1)).strip();
            if (!after.isEmpty()) {
                out.addAll(row(number, after));
            }
            return out;
        }
        return List.of();
    }

    /** A line of a page run together: long, most of its words words, not figures, and the small words of sentences among them. */
    private static boolean isRunOnPage(String line) {
        String[] tokens = line.split("\\s+");
        long words = Arrays.stream(tokens).filter(t -> t.chars().filter(Character::isLetter).count() > 1).count();
        return words >= 60 && words * 2 >= tokens.length && FUNCTION_WORD.matcher(line).find();
    }

    private static boolean isCell(String token) {
        return Numbers.isValue(token) || RANGE_CELL.matcher(token).matches();
    }

    private static Row positional(int number, String line, String trimmed) {
        boolean tabs = line.indexOf('\t') >= 0;
        List<String> cells = new ArrayList<>(List.of(tabs ? line.split("\t", -1) : trimmed.split("\\|", -1)));
        if (!tabs) {
            if (!cells.isEmpty() && cells.get(0).isBlank() && trimmed.startsWith("|")) {
                cells.remove(0);
            }
            if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank() && trimmed.endsWith("|")) {
                cells.remove(cells.size() - 1);
            }
        }
        cells.replaceAll(String::strip);
        if (cells.stream().filter(c -> !c.isBlank()).count() <= 1) {
            // "Ore tonnes processed |": one cell a line, a bar after each; the bars keep no columns
            String only = cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
            return new Row(number, only, List.of(), false, false, false);
        }
        if (!cells.isEmpty() && !cells.get(0).isBlank() && Numbers.isValue(cells.get(0)) && cells.size() > 1) {
            cells.add(0, ""); // a row whose label wrapped onto the lines before it: its figures start at once
        }
        String label = cells.isEmpty() ? "" : cells.remove(0);
        return new Row(number, label, cells, true, false, false);
    }

    /**
     * "3 months to 30th June 2024   3 months to 31st March 2024  3 months to 30th June 2023": periods parted by runs of spaces, a
     * header however many words of "months to" it holds, no sentence.
     */
    private static boolean periodsApart(String line) {
        if (!line.contains("  ") && line.indexOf('\t') < 0) {
            return false;
        }
        String[] cells = RUN_OF_SPACES.split(line.strip());
        return cells.length >= 2 && Arrays.stream(cells).allMatch(c -> PeriodLabels.parse(c).isPresent());
    }

    private static final Pattern RUN_OF_SPACES = Pattern.compile("[ \\t]{2,}");

    /**
     * A sentence or a bullet, not a row: enough words, few figures among them, and the small words of a sentence.
     * "Silver production of 953,091 ounces; 4.3% increase over Q4 2011" is prose; "Lead in lead con (pounds)
     * 11,575,554 3,908,517" is a row.
     */
    static boolean isProse(String line) {
        String[] tokens = line.split("\\s+");
        if (line.indexOf('\t') >= 0 || line.chars().filter(c -> c == '|').count() > 1) {
            // a sentence may quote tickers between bars ("NYSE: FSM | TSX: FVI"); a row of a table is not that long in words
            long words = Arrays.stream(line.split("[\\s|\t]+")).filter(t -> t.chars().filter(Character::isLetter).count() > 1).count();
            if (line.length() < 150 || words < 18 || !FUNCTION_WORD.matcher(line).find()) {
                return false;
            }
            long figures = Arrays.stream(line.split("[\\s|\t]+")).filter(t -> !t.isEmpty() && Numbers.isValue(t.replaceAll("[;:,.)]+$", ""))).count();
            return figures * 3 <= words;
        }
        long words = Arrays.stream(tokens).filter(t -> t.chars().anyMatch(Character::isLetter)).count();
        if (line.strip().endsWith("|") && words < 10 && !line.strip().matches(".*[.;:!?]\\s*\\|$")) {
            return false; // a table's cell, one per line, ends with its bar: "Silver - in both lead and zinc concentrates |"
        }
        long figures = Arrays.stream(tokens).filter(t -> !t.isEmpty() && Numbers.isValue(t.replaceAll("[;:,.)]+$", ""))).count();
        // ("- 92.9% gold recoveries": a bullet that opens on its figure states it, however few its words)
        Matcher bulletMark = BULLET.matcher(line);
        boolean bullet = bulletMark.find() && (words >= 3 || words == 2 && FIGURE_OPENING.matcher(line.substring(bulletMark.end())).lookingAt());
        boolean sentence = words >= 7 && figures * 2 <= words && FUNCTION_WORD.matcher(line).find();
        // "Gold production totaled 36,800 ounces.": a short sentence, ended by its full stop after a word
        boolean shortSentence = words >= 3 && figures <= 2 && figures * 2 <= words && SENTENCE_ENDED.matcher(line).find();
        return bullet && figures * 2 <= words + 2 || sentence || shortSentence;
    }

    /** A figure and its percent sign or unit at the start of a bullet's text: "92.9% gold recoveries", "429 tpd milled". */
    private static final Pattern FIGURE_OPENING = Pattern.compile("\\d[\\d,.]*\\s*%?\\s");

    // ("Copper production was 21.4 Mlbs.": a unit's abbreviation ends one as a word does)
    // ("Gold production of 24.5koz.", "... (June quarter: 22.1koz).": a unit glued to its figure, an aside closed before the stop)
    private static final Pattern SENTENCE_ENDED = Pattern.compile("^\\s*\\p{Lu}.*[\\s\\d](?:\\p{Ll}{2,}|[kM]?(?:lbs?|oz|t))\\)?\\.\\s*$");

    /** A row whose figures the page glued together and onto its label: "Silver production (koz)3,0863,2053,632". */
    private static final Pattern GLUED_FIGURES = Pattern.compile("(.*[\\p{L})])\\s*(-?\\d[\\d,.%-]*\\d%?)");

    /**
     * The figures of a glued run, when they can be told apart without guessing: each figure with thousands separators
     * ("3,0863,205" is 3,086 and 3,205; "691,8336%" is 691,833 and 6%), or each with the same count of decimals, the one
     * count that splits the whole run ("64.4160.81" is 64.41 and 60.81). Empty when the run is one figure, or when a
     * figure of the run could end in more than one place ("186166").
     */
    static Optional<List<String>> gluedFigures(String run) {
        if (GLUED_YEARS.matcher(run).matches()) {
            // "CLG Production (100% Basis)2023202220232022": a header's years glued onto its caption, four digits each
            return Optional.of(java.util.stream.IntStream.range(0, run.length() / 4).mapToObj(k -> run.substring(4 * k, 4 * k + 4)).toList());
        }
        if (run.indexOf(',') >= 0) {
            return byThousands(run);
        }
        if (run.indexOf('.') < 0) {
            return Optional.empty();
        }
        Optional<List<String>> found = Optional.empty();
        for (int decimals = 1; decimals <= 3; decimals++) {
            Optional<List<String>> split = byDecimals(run, decimals);
            if (split.isPresent()) {
                if (found.isPresent()) {
                    return Optional.empty(); // two counts of decimals split it: which one the text does not say
                }
                found = split;
            }
        }
        return found;
    }

    private static final Pattern GLUED_YEARS = Pattern.compile("(?:(?:19|20)\\d{2}){2,8}");

    private static final Pattern THOUSANDS_FIGURE = Pattern.compile("-?(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d+)?%)");

    private static Optional<List<String>> byThousands(String run) {
        return splitWhole(run, THOUSANDS_FIGURE);
    }

    /** A figure of so many decimals, one pattern per count (1 to 3). */
    private static final List<Pattern> DECIMALS_FIGURE = java.util.stream.IntStream.rangeClosed(1, 3)
            .mapToObj(d -> Pattern.compile("-?(?:0|[1-9]\\d{0,3})\\.\\d{" + d + "}%?")).toList();

    private static Optional<List<String>> byDecimals(String run, int decimals) {
        return splitWhole(run, DECIMALS_FIGURE.get(decimals - 1));
    }

    /** The run as figures of the pattern, one after the other with nothing between; empty unless it is two or more. */
    private static Optional<List<String>> splitWhole(String run, Pattern figure) {
        List<String> out = new ArrayList<>();
        Matcher m = figure.matcher(run);
        int at = 0;
        while (at < run.length()) {
            if (!m.find(at) || m.start() != at) {
                return Optional.empty();
            }
            out.add(m.group());
            at = m.end();
        }
        return out.size() >= 2 ? Optional.of(out) : Optional.empty();
    }

    /** Whether a line holds figures besides the years of the periods it names. */
    private static boolean hasValueOutsidePeriods(String line) {
        String rest = line;
        // every period named, a year to date with its year too ("YTD 19")
        for (PeriodLabels.Mention m : PeriodLabels.mentions(line)) {
            rest = rest.replace(line.substring(m.start(), m.end()), " ");
        }
        return Arrays.stream(rest.trim().split("\\s+")).anyMatch(w -> !w.isEmpty() && Numbers.NUMBER.matcher(w).matches());
    }

    /** A figure's multiplier, written out: the words quantities are read with, and "billion", which says as surely that the figure goes on. */
    private static final Pattern MULTIPLIER_WORD = Pattern.compile("(?i)" + Quantities.MULTIPLIER_WORDS + "|billion");

    /**
     * A whole table glued onto one line ("Q3 2011 Q3 2010 Tonnes milled 115,574 100,000 Silver grade (g/t) 186
     * 170 ..."): the periods are its header, then each run of words and the figures after it a row. Empty
     * unless the line holds at least two such rows after its periods.
     */
    private static List<Row> glued(int line, String text) {
        List<PeriodLabels.Mention> mentions = PeriodLabels.mentions(text).stream().filter(m -> m.period() != null).toList();
        int headerStart = mentions.get(0).start();
        int headerEnd = mentions.get(0).end();
        for (int i = 1; i < mentions.size() && text.substring(headerEnd, mentions.get(i).start()).isBlank(); i++) {
            headerEnd = mentions.get(i).end();
        }
        List<Row> rows = new ArrayList<>(labelledRuns(line, text.substring(headerEnd)));
        if (!rows.isEmpty() && rows.get(rows.size() - 1).cells().isEmpty()) {
            rows.remove(rows.size() - 1); // words after the last figures
        }
        if (rows.size() < 2) {
            return List.of();
        }
        // "Q2 2018 copper production: 21.4 Mlbs; gold: 12.3 koz.": a figure's unit after it makes the line a sentence's, whose
        // figures keep their units, not a table's (split so, "Mlbs" opened the next row and 21.4 was read as pounds); so does
        // its multiplier ("Q3-2023 copper production of 11.1 million pounds *")
        if (rows.stream().skip(1).anyMatch(r -> {
            String[] words = r.label().strip().split("[\\s;:,.]+", 2);
            return words.length > 0 && !words[0].isEmpty() && (Vocabulary.isUnit(words[0]) || MULTIPLIER_WORD.matcher(words[0]).matches());
        })) {
            return List.of();
        }
        List<Row> table = new ArrayList<>();
        String before = text.substring(0, headerStart).strip();
        if (!before.isEmpty()) {
            table.add(new Row(line, before, List.of(), false, false, false));
        }
        table.add(new Row(line, text.substring(headerStart, headerEnd), List.of(), false, false, false));
        table.addAll(rows);
        return table;
    }

    /** Cells that hold several values separated by single spaces ("813 792") become one cell each. */
    private static List<String> splitValues(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String cell : cells) {
            String[] parts = cell.split(" ");
            if (parts.length > 1 && Arrays.stream(parts).allMatch(Numbers::isValue) && !RANGE_CELL.matcher(cell.strip()).matches()) {
                out.addAll(List.of(parts));
            } else {
                out.add(cell);
            }
        }
        return out;
    }

    /** A row of runs-of-spaces cells: a unit cell or label words before the first figure belong to the label. */
    private static Row splitTrailingValues(int line, String label, List<String> cells) {
        int first = 0;
        while (first < cells.size() && !Numbers.isValue(cells.get(first))) {
            first++;
        }
        if (first == 0 || first == cells.size()) {
            return new Row(line, label, cells, false, false, false);
        }
        String more = String.join(" ", cells.subList(0, first));
        return new Row(line, (label + " " + more).strip(), new ArrayList<>(cells.subList(first, cells.size())), false, false, false);
    }

    /** A line with single spaces only: the values at its end are its cells, the words before them its label. */
    private static Row splitTrailingValues(int line, String text) {
        if (!PeriodLabels.splitHeaderLine(text).isEmpty() || PeriodLabels.spanToDay(text).isPresent()) {
            // a header's periods, or a span to a day whose years stand below it ("Six months ended June 30,"): no figures
            return new Row(line, text, List.of(), false, false, false);
        }
        if (RANGE_CELL.matcher(text.strip()).matches()) {
            return new Row(line, "", List.of(text.strip()), false, false, false); // "15.0 - 15.5": a guidance's range, one cell
        }
        String[] words = text.split(" ");
        int firstValue = words.length;
        while (firstValue > 0 && Numbers.isValue(words[firstValue - 1])) {
            firstValue--;
        }
        String label = String.join(" ", Arrays.copyOfRange(words, 0, firstValue));
        List<String> cells = List.of(Arrays.copyOfRange(words, firstValue, words.length));
        return new Row(line, label, cells, false, false, false);
    }

    /**
     * Rows spread over lines, gathered: a label on a line of its own followed by lines of figures only (one cell
     * per line, or a wrapped row) becomes one row; a line of {@code |} alone between two cells is an empty cell.
     */
    private static List<Row> gather(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        Row open = null;
        List<String> cells = null;
        boolean afterSeparator = false;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.prose() && r + 1 < rows.size() && isLabelOfFiguresBelow(row.label(), rows.get(r + 1))) {
                // "- Containing: Zinc metal (tonnes)" over "5,914" / "4,425": a bullet that labels the figures under it, no sentence
                row = new Row(row.line(), row.label(), List.of(), false, false, false);
            }
            if (row.separator()) {
                if (cells != null && afterSeparator) {
                    cells.add("");
                }
                afterSeparator = true;
                continue;
            }
            boolean valuesOnly = valuesOnly(row);
            boolean singleValue = singleValue(row);
            if (cells != null && !cells.isEmpty() && !cells.get(cells.size() - 1).isBlank() && row.cells().isEmpty() && row.label().strip().equals("%")) {
                // "22" over "%": a percentage whose sign the page put on a line of its own
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + "%");
            } else if (cells != null && valuesOnly) {
                cells.addAll(row.cells());
            } else if (cells != null && singleValue) {
                cells.add(row.label());
            } else if (cells != null && !cells.isEmpty() && !row.prose() && row.cells().isEmpty() && RANGE_CELL.matcher(row.label().strip()).matches()) {
                // "Kestrel" / "90,188" / "110,066" / "140,000 - 150,000": a plan's range after the row's figures is the row's last cell
                cells.add(row.label().strip());
            } else {
                if (cells != null) {
                    out.add(new Row(open.line(), open.label(), trimTrailingBlanks(cells), false, false, false));
                    cells = null;
                }
                if (!row.prose() && row.cells().isEmpty() && !row.positional()) {
                    open = row;
                    if (!out.isEmpty() && opensParenthesis(out.get(out.size() - 1))) {
                        // "Metal production (Silver equivalent" over "ounces)1": one label wrapped inside its parenthesis
                        Row start = out.remove(out.size() - 1);
                        open = new Row(start.line(), start.label().strip() + " " + row.label().strip(), List.of(), false, false, false);
                    }
                    cells = new ArrayList<>();
                } else if (row.positional() && !row.label().isBlank() && !out.isEmpty() && opensParenthesis(out.get(out.size() - 1))) {
                    // "Metal production (Silver equivalent" over "ounces)1 | 1,002,169 | ...": one label wrapped inside its parenthesis
                    Row start = out.remove(out.size() - 1);
                    out.add(new Row(start.line(), start.label().strip() + " " + row.label().strip(), row.cells(), true, false, false));
                } else if (row.positional() && valuesOnly && !out.isEmpty() && isLabelOnly(out.get(out.size() - 1))) {
                    // a positional row whose label wrapped onto the line(s) above
                    Row label = out.remove(out.size() - 1);
                    out.add(new Row(label.line(), label.label(), row.cells(), true, false, false));
                } else {
                    out.add(row);
                }
            }
            afterSeparator = false;
        }
        if (cells != null) {
            out.add(new Row(open.line(), open.label(), trimTrailingBlanks(cells), false, false, false));
        }
        return out;
    }

    /** A few words, no figure, no sentence's end, right over a line of figures alone. */
    private static boolean isLabelOfFiguresBelow(String label, Row below) {
        String l = label.strip();
        return (valuesOnly(below) || singleValue(below)) && l.split("\\s+").length <= 8 && !l.matches("(?s).*\\d.*") && !l.matches("(?s).*[.!?;]$");
    }

    /** A line of figures and nothing else, which {@link #gather} puts on the label above it. */
    private static boolean valuesOnly(Row row) {
        return !row.prose() && row.label().isBlank() && !row.cells().isEmpty() && row.cells().stream().allMatch(Numbers::isValue);
    }

    /** One figure on a line of its own, one cell per line. */
    private static boolean singleValue(Row row) {
        return !row.prose() && row.cells().isEmpty() && !row.label().isBlank() && Numbers.isValue(row.label());
    }

    private static boolean opensParenthesis(Row row) {
        String label = row.label();
        return isLabelOnly(row) && !row.positional() && label.lastIndexOf('(') > label.lastIndexOf(')');
    }

    private static boolean isLabelOnly(Row row) {
        return !row.prose() && !row.label().isBlank() && row.cells().stream().allMatch(String::isBlank) && PeriodLabels.splitHeaderLine(row.label()).isEmpty();
    }

    static List<String> trimTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }
}
