package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * Reads production figures out of release text as it is copied from a web page or a PDF, whatever shape the
 * tables arrive in: cells split by tabs, by {@code |}, by runs of spaces, or one cell per line; column
 * headers that name periods (and mines); rows that name a measure and a metal, or sections that do.
 *
 * <p>It works in three steps: each line becomes a row (a label and its cells); rows spread over several
 * lines (one cell per line) are gathered into one; then each table's header gives the columns and each
 * row under it the figures. It never invents a figure: a row or column it cannot place becomes a warning.
 */
public final class ReleaseParser {

    private static final Pattern NUMBER = Pattern.compile("\\(?-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?\\)?|\\(?-?\\d+(?:\\.\\d+)?%?\\)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("-+|\u2013|\u2014|nil|n/?a|n\\.a\\.|nm|\\*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MINE_IN_TEXT = Pattern.compile("\\b([A-Z][A-Za-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+(?: [A-Z][A-Za-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+)?) [Mm]ine\\b");
    private static final Pattern CONSOLIDATED = Pattern.compile("(?i)\\b(consolidated|total|combined|company)\\b");

    /** A line, read as a label and cells; positional when its cells keep their columns (tabs, pipes). */
    private record Row(int line, String label, List<String> cells, boolean positional, boolean separator) {
    }

    /** A table column: its period, its mine (null for consolidated or for a single-mine table). */
    private record Column(ReportingPeriod period, String mine, boolean consolidated) {
    }

    private final Collection<String> knownMines;

    /** @param knownMines mine names already known (from the database), to place a single-mine table's figures */
    public ReleaseParser(Collection<String> knownMines) {
        this.knownMines = List.copyOf(knownMines);
    }

    public ReleaseParser() {
        this(List.of());
    }

    public ParsedRelease parse(String text) {
        List<String> warnings = new ArrayList<>();
        List<Row> rows = gather(rows(text));
        Map<String, ParsedFigure> figures = new LinkedHashMap<>();
        String singleMine = singleMine(text);

        List<Column> columns = List.of();
        List<Integer> columnCells = List.of();
        int unitCell = -1;
        RowLabels.Section section = RowLabels.Section.OTHER;
        Metal sectionMetal = null;
        boolean tableSeen = false;
        ReportingPeriod contextPeriod = null;
        List<Optional<RowLabels.Metric>> metricColumns = List.of();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<String> mentioned = PeriodLabels.splitHeaderLine(row.label());
            if (!mentioned.isEmpty()) {
                contextPeriod = PeriodLabels.parse(mentioned.get(0)).orElse(contextPeriod);
            }
            if (row.positional() && isMetricHeader(row)) {
                // mines as rows, metrics as columns: the period is the one the caption or title named
                metricColumns = row.cells().stream().map(c -> RowLabels.metric(c, RowLabels.Section.OTHER, null)).toList();
                columns = List.of();
                tableSeen = true;
                continue;
            }
            if (!metricColumns.isEmpty()) {
                if (row.positional() && !row.label().isBlank() && row.cells().stream().anyMatch(ReleaseParser::isValue)) {
                    readMineRow(row, metricColumns, contextPeriod, figures, warnings);
                    continue;
                }
                metricColumns = List.of();
            }
            List<String> periodCells = headerCells(row);
            if (!periodCells.isEmpty() && !row.positional()) {
                // one cell per line: the header's periods follow one another
                periodCells = new ArrayList<>(periodCells);
                while (i + 1 < rows.size() && !rows.get(i + 1).positional() && !headerCells(rows.get(i + 1)).isEmpty()) {
                    periodCells.addAll(headerCells(rows.get(++i)));
                }
            }
            if (!periodCells.isEmpty()) {
                // a header: its periods, and the mines of the row after it if it names them
                List<Integer> periodPositions = new ArrayList<>();
                List<ReportingPeriod> periods = periods(periodCells, row, periodPositions);
                // a unit column beside the figures: its cells qualify each row's label ("'000 oz")
                unitCell = row.positional() ? row.cells().stream().map(String::strip).toList().indexOf("Unit") : -1;
                if (unitCell < 0 && row.positional()) {
                    unitCell = row.cells().stream().map(c -> c.strip().toLowerCase(java.util.Locale.ROOT)).toList().indexOf("units");
                }
                List<String> mines = new ArrayList<>();
                List<Integer> minePositions = new ArrayList<>();
                int consumed = mineHeader(rows, i + 1, periods.size(), mines, minePositions);
                i += consumed;
                columns = new ArrayList<>();
                columnCells = new ArrayList<>();
                if (mines.isEmpty()) {
                    for (int p = 0; p < periods.size(); p++) {
                        columns.add(new Column(periods.get(p), singleMine, false));
                        columnCells.add(row.positional() ? periodPositions.get(p) : p);
                    }
                } else {
                    for (int m = 0; m < mines.size(); m++) {
                        int period = row.positional() && !minePositions.isEmpty() ? periodAt(periodPositions, minePositions.get(m))
                                : m / (mines.size() / periods.size());
                        String mine = mines.get(m);
                        boolean consolidated = CONSOLIDATED.matcher(mine).find();
                        columns.add(new Column(periods.get(period), consolidated ? null : mineName(mine), consolidated));
                        columnCells.add(row.positional() && !minePositions.isEmpty() ? minePositions.get(m) : m);
                    }
                }
                tableSeen = true;
                section = RowLabels.Section.OTHER;
                sectionMetal = null;
                continue;
            }
            List<String> values = row.cells();
            boolean hasFigures = values.stream().anyMatch(c -> !c.isBlank());
            if (!hasFigures) {
                RowLabels.Section opened = RowLabels.section(row.label());
                if (opened == RowLabels.Section.METAL) {
                    sectionMetal = RowLabels.metal(RowLabels.normalize(row.label())).orElse(null);
                    if (section == RowLabels.Section.EXCLUDED) {
                        section = RowLabels.Section.OTHER;
                    }
                } else if (opened != RowLabels.Section.OTHER || !row.label().isBlank()) {
                    section = opened;
                    if (opened == RowLabels.Section.OTHER || opened == RowLabels.Section.ORE || opened == RowLabels.Section.EXCLUDED) {
                        sectionMetal = opened == RowLabels.Section.EXCLUDED ? sectionMetal : null;
                    }
                }
                continue;
            }
            if (columns.isEmpty()) {
                continue;
            }
            String label = row.positional() && unitCell >= 0 && unitCell < row.cells().size()
                    ? row.label() + " (" + row.cells().get(unitCell) + ")" : row.label();
            Optional<RowLabels.Metric> metric = RowLabels.metric(label, section, sectionMetal);
            if (metric.isEmpty()) {
                continue;
            }
            read(row, metric.get(), columns, columnCells, figures, warnings);
        }
        if (!tableSeen) {
            warnings.add("No table of production figures found: the text names no periods in a table header");
        } else if (figures.isEmpty()) {
            warnings.add("A table was found but no row of it could be read as production figures");
        }
        return new ParsedRelease(List.copyOf(figures.values()), warnings);
    }

    // step 1: lines to rows

    private static List<Row> rows(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.matches("\\|+")) {
                for (int k = 0; k < trimmed.length(); k++) {
                    rows.add(new Row(n + 1, "", List.of(), false, true));
                }
                continue;
            }
            if (trimmed.matches("[-=_ ]{3,}")) {
                continue; // a ruler
            }
            if (line.indexOf('\t') >= 0 || trimmed.indexOf('|') >= 0) {
                List<String> cells = new ArrayList<>(List.of(line.indexOf('\t') >= 0 ? line.split("\t", -1) : trimmed.split("\\|", -1)));
                if (line.indexOf('\t') < 0) {
                    if (!cells.isEmpty() && cells.get(0).isBlank()) {
                        cells.remove(0);
                    }
                    if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                        cells.remove(cells.size() - 1);
                    }
                }
                cells.replaceAll(String::strip);
                String label = cells.isEmpty() ? "" : cells.remove(0);
                rows.add(new Row(n + 1, label, cells, true, false));
                continue;
            }
            if (!PeriodLabels.splitHeaderLine(trimmed).isEmpty()) {
                List<Row> glued = glued(n + 1, trimmed);
                if (!glued.isEmpty()) {
                    rows.addAll(glued);
                    continue;
                }
                if (!hasValueOutsidePeriods(trimmed)) {
                    rows.add(new Row(n + 1, trimmed, List.of(), false, false));
                    continue;
                }
            }
            String[] spaced = trimmed.split("\\s{2,}");
            if (spaced.length > 1) {
                List<String> cells = new ArrayList<>(List.of(spaced));
                String label = isValue(cells.get(0)) || !PeriodLabels.splitHeaderLine(cells.get(0)).isEmpty() ? "" : cells.remove(0);
                rows.add(new Row(n + 1, label, splitValues(cells), false, false));
                continue;
            }
            rows.add(splitTrailingValues(n + 1, trimmed));
        }
        return rows;
    }

    /** Whether a line holds figures besides the years of the periods it names. */
    private static boolean hasValueOutsidePeriods(String line) {
        String rest = line;
        for (String period : PeriodLabels.splitHeaderLine(line)) {
            rest = rest.replace(period, " ");
        }
        return Arrays.stream(rest.trim().split("\\s+")).anyMatch(w -> !w.isEmpty() && NUMBER.matcher(w).matches());
    }

    /**
     * A whole table glued onto one line ("Q3 2011 Q3 2010 Tonnes milled 115,574 100,000 Silver grade (g/t) 186
     * 170 ..."): the periods are its header, then each run of words and the figures after it a row. Empty
     * unless the line holds at least two such rows after its periods.
     */
    private static List<Row> glued(int line, String text) {
        java.util.regex.Matcher periods = Pattern.compile(String.join("|", PeriodLabels.splitHeaderLine(text).stream().map(Pattern::quote).toList()))
                .matcher(text);
        int headerStart = -1;
        int headerEnd = -1;
        while (periods.find()) {
            if (headerStart < 0) {
                headerStart = periods.start();
            } else if (!text.substring(headerEnd, periods.start()).isBlank()) {
                break;
            }
            headerEnd = periods.end();
        }
        List<Row> rows = new ArrayList<>();
        String label = "";
        List<String> values = new ArrayList<>();
        for (String word : text.substring(headerEnd).trim().split("\\s+")) {
            if (isValue(word)) {
                values.add(word);
            } else {
                if (!values.isEmpty()) {
                    rows.add(new Row(line, label.strip(), values, false, false));
                    label = "";
                    values = new ArrayList<>();
                }
                label += " " + word;
            }
        }
        if (!values.isEmpty()) {
            rows.add(new Row(line, label.strip(), values, false, false));
        }
        if (rows.size() < 2) {
            return List.of();
        }
        List<Row> table = new ArrayList<>();
        String before = text.substring(0, headerStart).strip();
        if (!before.isEmpty()) {
            table.add(new Row(line, before, List.of(), false, false));
        }
        table.add(new Row(line, text.substring(headerStart, headerEnd), List.of(), false, false));
        table.addAll(rows);
        return table;
    }

    /** Cells that hold several values separated by single spaces ("813 792") become one cell each. */
    private static List<String> splitValues(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String cell : cells) {
            String[] parts = cell.split(" ");
            if (parts.length > 1 && Arrays.stream(parts).allMatch(ReleaseParser::isValue)) {
                out.addAll(List.of(parts));
            } else {
                out.add(cell);
            }
        }
        return out;
    }

    /** A line with single spaces only: the values at its end are its cells, the words before them its label. */
    private static Row splitTrailingValues(int line, String text) {
        if (!PeriodLabels.splitHeaderLine(text).isEmpty()) {
            return new Row(line, text, List.of(), false, false);
        }
        String[] words = text.split(" ");
        int firstValue = words.length;
        while (firstValue > 0 && isValue(words[firstValue - 1])) {
            firstValue--;
        }
        String label = String.join(" ", Arrays.copyOfRange(words, 0, firstValue));
        List<String> cells = List.of(Arrays.copyOfRange(words, firstValue, words.length));
        return new Row(line, label, cells, false, false);
    }

    private static boolean isValue(String cell) {
        String c = cell.strip();
        if (c.matches("\\(\\d\\)")) {
            return false; // a footnote marker, "(1)", not a figure
        }
        return NUMBER.matcher(c).matches() || PLACEHOLDER.matcher(c).matches() || c.matches("\\d{1,3},");
    }

    // step 2: rows spread over lines, gathered

    private static List<Row> gather(List<Row> rows) {
        List<Row> out = new ArrayList<>();
        String label = null;
        int line = 0;
        List<String> cells = null;
        boolean afterSeparator = false;
        for (Row row : rows) {
            if (row.separator()) {
                if (cells != null && afterSeparator) {
                    cells.add("");
                }
                afterSeparator = true;
                continue;
            }
            boolean valuesOnly = row.label().isBlank() && !row.cells().isEmpty() && row.cells().stream().allMatch(ReleaseParser::isValue);
            if (valuesOnly && cells != null) {
                cells.addAll(row.cells());
            } else if (row.cells().isEmpty() && !row.label().isBlank() && isValue(row.label()) && cells != null) {
                cells.add(row.label());
            } else {
                if (cells != null) {
                    out.add(new Row(line, label, trimTrailingBlanks(cells), false, false));
                    cells = null;
                }
                if (row.cells().isEmpty() && !row.positional()) {
                    label = row.label();
                    line = row.line();
                    cells = new ArrayList<>();
                } else {
                    out.add(row);
                }
            }
            afterSeparator = false;
        }
        if (cells != null) {
            out.add(new Row(line, label, trimTrailingBlanks(cells), false, false));
        }
        return out;
    }

    private static List<String> trimTrailingBlanks(List<String> cells) {
        int end = cells.size();
        while (end > 0 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }

    // step 3: headers and figures

    /** The cells of a row that name periods, if the row is a header: no figures, at least one period. */
    private static List<String> headerCells(Row row) {
        if (row.positional()) {
            List<String> all = new ArrayList<>();
            all.add(row.label());
            all.addAll(row.cells());
            if (all.stream().anyMatch(c -> !c.isBlank() && isValue(c))) {
                return List.of();
            }
            return all.stream().anyMatch(c -> PeriodLabels.parse(c).isPresent()) ? all : List.of();
        }
        List<String> named = PeriodLabels.splitHeaderLine(row.label());
        if (named.isEmpty() || row.cells().stream().anyMatch(c -> !c.isBlank())) {
            return List.of();
        }
        // a header names periods and little else; a sentence that mentions a quarter is prose
        String rest = row.label();
        for (String period : named) {
            rest = rest.replace(period, " ");
        }
        if (rest.isBlank() ? false : rest.strip().split("\\s+").length > 4) {
            return List.of();
        }
        List<String> cells = new ArrayList<>();
        if (PeriodLabels.isYearToDateWord(row.label().substring(0, row.label().indexOf(named.get(0))))) {
            cells.add("Total");
        }
        cells.addAll(named);
        return cells;
    }

    /** The periods of a header's cells, with their cell positions; year-to-date words take the year and the last quarter of their neighbours. */
    private static List<ReportingPeriod> periods(List<String> cells, Row row, List<Integer> positions) {
        List<ReportingPeriod> periods = new ArrayList<>();
        List<Integer> yearToDate = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            Optional<ReportingPeriod> period = PeriodLabels.parse(cell);
            // positional rows: cell 0 is the label column, figures start at cell 1
            int position = row.positional() ? c - 1 : c - (cells.size() - countPeriods(cells));
            if (period.isPresent()) {
                periods.add(period.get());
                positions.add(row.positional() ? c - 1 : periods.size() - 1 + yearToDate.size());
            } else if (PeriodLabels.isYearToDateWord(cell)) {
                yearToDate.add(periods.size());
                periods.add(null);
                positions.add(row.positional() ? c - 1 : Math.max(position, periods.size() - 1));
            }
        }
        ReportingPeriod latest = periods.stream().filter(p -> p != null && p.kind() == PeriodKind.QUARTER).max(ReportingPeriod::compareTo).orElse(null);
        for (int index : yearToDate) {
            periods.set(index, latest == null ? null : ReportingPeriod.yearToDate(latest.year(), latest.number()));
        }
        return periods;
    }

    private static int countPeriods(List<String> cells) {
        return (int) cells.stream().filter(c -> PeriodLabels.parse(c).isPresent() || PeriodLabels.isYearToDateWord(c)).count();
    }

    /** The period column a mine column at the given cell falls under: the nearest period cell at or before it. */
    private static int periodAt(List<Integer> periodPositions, int cell) {
        int period = 0;
        for (int p = 0; p < periodPositions.size(); p++) {
            if (periodPositions.get(p) <= cell) {
                period = p;
            }
        }
        return period;
    }

    /**
     * Reads the mine names under a header, if the rows after it name them: a positional row of names, or
     * consecutive labels, as many as a multiple of the periods. Returns how many rows it used.
     */
    private static int mineHeader(List<Row> rows, int from, int periods, List<String> mines, List<Integer> positions) {
        if (from >= rows.size()) {
            return 0;
        }
        Row next = rows.get(from);
        if (next.positional() && next.label().isBlank() && next.cells().stream().anyMatch(c -> !c.isBlank())
                && next.cells().stream().noneMatch(ReleaseParser::isValue)) {
            for (int c = 0; c < next.cells().size(); c++) {
                if (!next.cells().get(c).isBlank()) {
                    mines.add(next.cells().get(c));
                    positions.add(c);
                }
            }
            return 1;
        }
        List<String> names = new ArrayList<>();
        int r = from;
        while (r < rows.size() && isMineLabel(rows.get(r))) {
            String name = rows.get(r).label();
            // a label that wraps: "Caylloma," then "Peru"
            if (name.endsWith(",") && r + 1 < rows.size() && isMineLabel(rows.get(r + 1))) {
                name = name + " " + rows.get(++r).label();
            }
            names.add(name);
            r++;
        }
        if (!names.isEmpty() && periods > 0 && names.size() % periods == 0) {
            mines.addAll(names);
            return r - from;
        }
        return 0;
    }

    private static boolean isMineLabel(Row row) {
        return row.cells().isEmpty() && !row.label().isBlank() && RowLabels.section(row.label()) == RowLabels.Section.OTHER
                && looksLikeMine(row.label());
    }

    private static boolean looksLikeMine(String label) {
        return label.length() <= 40 && !label.endsWith(":") && label.strip().split("\\s+").length <= 4
                && PeriodLabels.splitHeaderLine(label).isEmpty()
                && (CONSOLIDATED.matcher(label).find() || Character.isUpperCase(label.charAt(0)));
    }

    /** "Caylloma, Peru" is the mine Caylloma. */
    private static String mineName(String cell) {
        String name = cell.replaceAll("\\(.*?\\)", "").strip();
        int comma = name.indexOf(',');
        return comma > 0 ? name.substring(0, comma).strip() : name;
    }

    /**
     * The mine a table that names none is about: the one mine the text speaks of. Known mines found in the text
     * and mines it names ("its San Jose mine") together must come to exactly one; two or more, and no guess.
     */
    private String singleMine(String text) {
        Set<String> spokenOf = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        knownMines.stream().filter(text::contains).forEach(spokenOf::add);
        spokenOf.addAll(minesNamed(text));
        return spokenOf.size() == 1 ? spokenOf.iterator().next() : null;
    }

    /** "the Bellekeno mine", "its San Jose mine": the names the text gives mines. */
    private static Set<String> minesNamed(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MINE_IN_TEXT.matcher(text);
        while (m.find()) {
            String name = m.group(1).replaceFirst("^(The|Its|Our|This) ", "");
            if (!name.matches("(?i)(the|its|our|this|each|open|underground|pit)")) {
                names.add(name);
            }
        }
        return names;
    }

    private static void read(Row row, RowLabels.Metric metric, List<Column> columns, List<Integer> columnCells, Map<String, ParsedFigure> figures,
                             List<String> warnings) {
        List<String> cells = row.cells();
        List<Integer> targets = new ArrayList<>();
        if (row.positional()) {
            for (int c = 0; c < columns.size(); c++) {
                targets.add(columnCells.get(c));
            }
        } else {
            List<String> values = trimTrailingBlanks(new ArrayList<>(cells));
            List<Integer> usable = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                usable.add(c);
            }
            if (values.size() < columns.size() && metric.measure() != Measure.PRODUCTION) {
                usable.removeIf(c -> columns.get(c).consolidated());
            }
            if (values.size() > usable.size()) {
                warnings.add("Line " + row.line() + " (" + row.label().strip() + "): " + values.size() + " values for " + usable.size()
                        + " columns; not read");
                return;
            }
            if (values.size() < usable.size() && !isTruncatedTail(values)) {
                warnings.add("Line " + row.line() + " (" + row.label().strip() + "): " + values.size() + " values for " + usable.size()
                        + " columns; not read");
                return;
            }
            for (int c = 0; c < columns.size(); c++) {
                int at = usable.indexOf(c);
                targets.add(at < 0 ? -1 : at);
            }
            cells = values;
        }
        for (int c = 0; c < columns.size(); c++) {
            int cell = targets.get(c);
            if (cell < 0 || cell >= cells.size()) {
                continue;
            }
            Column column = columns.get(c);
            if (column.period() == null) {
                continue;
            }
            if (column.consolidated() && metric.measure() != Measure.PRODUCTION) {
                continue;
            }
            if (!column.consolidated() && column.mine() == null) {
                warnings.add("Line " + row.line() + " (" + row.label().strip() + "): the mine of these figures is not named; not read");
                return;
            }
            Optional<ReportedFigure> figure = figure(cells.get(cell), metric);
            if (figure.isEmpty()) {
                continue;
            }
            Metal metal = metric.measure().isPerMetal() ? metric.metal() : null;
            String key = column.mine() + "|" + column.period() + "|" + metric.measure() + "|" + metal;
            figures.putIfAbsent(key, new ParsedFigure(column.mine(), column.period(), metric.measure(), metal, figure.get(), row.line()));
        }
    }

    /** A header of metric columns over rows of mines: its first cell names mines, two or more of its cells are metrics. */
    private static boolean isMetricHeader(Row row) {
        return row.label().strip().matches("(?i)(mines?|operations?|propert(y|ies)|sites?|)")
                && row.cells().stream().noneMatch(ReleaseParser::isValue)
                && row.cells().stream().filter(c -> RowLabels.metric(c, RowLabels.Section.OTHER, null).isPresent()).count() >= 2;
    }

    private static void readMineRow(Row row, List<Optional<RowLabels.Metric>> metrics, ReportingPeriod period, Map<String, ParsedFigure> figures,
                                    List<String> warnings) {
        if (period == null) {
            warnings.add("Line " + row.line() + " (" + row.label().strip() + "): no period is named for this table; not read");
            return;
        }
        boolean consolidated = CONSOLIDATED.matcher(row.label()).find();
        String mine = consolidated ? null : mineName(row.label());
        for (int c = 0; c < Math.min(metrics.size(), row.cells().size()); c++) {
            Optional<RowLabels.Metric> metric = metrics.get(c);
            if (metric.isEmpty() || (consolidated && metric.get().measure() != Measure.PRODUCTION)) {
                continue;
            }
            Optional<ReportedFigure> figure = figure(row.cells().get(c), metric.get());
            if (figure.isPresent()) {
                Metal metal = metric.get().measure().isPerMetal() ? metric.get().metal() : null;
                figures.putIfAbsent(mine + "|" + period + "|" + metric.get().measure() + "|" + metal,
                        new ParsedFigure(mine, period, metric.get().measure(), metal, figure.get(), row.line()));
            }
        }
    }

    /** A row cut off mid-way (the last cell a number cut short) keeps the figures that are whole. */
    private static boolean isTruncatedTail(List<String> values) {
        return !values.isEmpty() && values.get(values.size() - 1).matches("\\d{1,3},");
    }

    private static Optional<ReportedFigure> figure(String cell, RowLabels.Metric metric) {
        String c = cell.strip();
        if (c.isEmpty() || PLACEHOLDER.matcher(c).matches() || !NUMBER.matcher(c).matches()) {
            return Optional.empty();
        }
        String number = c.replace("%", "").replace("(", "").replace(")", "");
        if (number.startsWith("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReportedFigure.printed(number).times(metric.factor()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
