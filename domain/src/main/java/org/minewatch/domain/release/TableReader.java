package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metallurgy.Consolidation;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.release.ReleaseText.Row;
import org.minewatch.domain.release.TableHeader.Column;
import org.minewatch.domain.release.Vocabulary.Meaning;
import org.minewatch.domain.release.Vocabulary.Metric;

/**
 * Reads the figures of a release's tables. A table is a header (periods as columns, with or without mines:
 * {@link TableHeader}) and the rows under it; or a header of measures over rows of mines. Each row's label is
 * read by the {@link Vocabulary} in the context of the section rows above it ("Silver", "Head grade",
 * "Concentrate production"), with a unit column or header cell where there is one; its cells go to the
 * columns by their places, or by their count where places were lost. A table is about the mine its columns
 * name, else the mine whose title stands above it, else the one mine the text speaks of; a figure whose mine
 * or period cannot be placed is a warning, not a guess.
 */
final class TableReader {

    private final List<Row> rows;
    private final MineNames mines;
    private final String singleMine;
    private final ReportingPeriod releasePeriod;
    private final Consumer<ParsedFigure> figures;
    private final Consumer<Sentence> warnings;

    // the table being read
    private List<Column> columns;
    private boolean positional;
    private int unitPosition = -1;
    /** The lines read as rows of a table: whatever they hold, the table said it, and no sentence is to be read in them. */
    private final java.util.Set<Integer> tableLines = new java.util.HashSet<>();
    /** A mine's name on a line of its own, whose row of figures follows under its unit. */
    private String pendingMine;
    /** What each column measures when metrics stand over groups of its periods; null when they do not. */
    private List<Meaning> columnGroups;
    /** The one mine a caption above a table of periods as rows names ("Comparative Table of Guanacevi Mines Operations"). */
    private String metricCaptionMine;
    /** Whether the metrics of the mines-as-rows table came one per line, and its rows' figures are counted, not placed. */
    private boolean metricOneCellPerLine;
    /** Whether the table is a heap leach's: ore placed on pads, whose grade and recovery are not a mill's. */
    private boolean heapLeach;
    /** Whether the rows read are under a smelter's or refinery's section ("Palabora smelter/refinery"): its products are no mine's. */
    private boolean refinerySection;
    /** Whether the table writes its decimals with commas, whatever the text around it does. */
    private boolean decimalComma;
    /** What the caption line just above the header says the table measures, for its rows of mines; null if it says nothing. */
    private Meaning captionMeasure;
    /** The table's own multiplier, from its caption or header ("in thousands, unless otherwise noted", "('000)"): 1 if none. */
    private java.math.BigDecimal tableFactor = java.math.BigDecimal.ONE;
    /** Whether the last tonnes of the table were ore mined, not milled: a grade right under them is the mined ore's. */
    private boolean afterMined;
    /** Whether rows of the current section were mines' by their names, the section giving their measure (see {@link #readRow}). */
    private boolean rowsNamedUnderSection;
    /** The mines the current table's rows have named, each row a mine's under a header of periods. */
    private final java.util.Set<String> minesOfRows = new java.util.HashSet<>();
    private static final Pattern HEAP_LEACH = Pattern.compile("(?i)\\b(leach pads?|to (?:the )?pads?|heap leach|stacked|placed)\\b");
    private int shift;
    private String tableMine;
    /** The rows of their own that title the mines of the table being read (see {@link #sectionMines}). */
    private java.util.Set<String> sectionMines = java.util.Set.of();
    /** The mine of the table apart from its sections' (its caption's, the text's one mine): the mine of rows after the last block. */
    private String blockParent;
    /** How many rows of figures the first of {@link #sectionMines} holds: the last holds as many, and a row after them is the whole's. */
    private int blockRows;
    /** The last of {@link #sectionMines} in the table. */
    private String lastBlockTitle;
    /** Whether the rows being read stand under one of {@link #sectionMines}, and how many of them have been read. */
    private boolean inBlock;
    private int rowsInBlock;
    /** The measures and metals read under the current section's title. */
    private final java.util.Set<String> blockRead = new java.util.HashSet<>();
    /** The metric of a total over rows of mines ("Total Copper (Tonnes)"), which the mines' rows under it share; null when none. */
    private Metric breakdown;
    /** Whether the table says it is the company's (a consolidated summary): figures no column or row names a mine of are the company's. */
    private boolean tableConsolidated;
    private final boolean severalMines;
    private String titleMine;
    private Meaning measureSection;
    private Meaning metalSection;
    private List<Meaning> metricColumns;
    /** The headings of {@link #metricColumns}, as printed. */
    private List<String> metricHeadings = List.of();
    private ReportingPeriod metricPeriod;
    /** Whether the table of mines as rows is a plan's: its header or caption says guidance, budget, forecast. */
    private boolean metricPlan;

    /** @param severalMines whether the text says the company runs several mines: only then is a "consolidated" table the company's */
    TableReader(List<Row> rows, MineNames mines, String singleMine, boolean severalMines, ReportingPeriod releasePeriod, Optional<ReleaseIssuer> issuer,
                Metal onlyPrecious, Metal onlyMetal, Metal onlyBase, Consumer<ParsedFigure> figures, Consumer<Sentence> warnings) {
        this.rows = rows;
        this.onlyBase = onlyBase;
        this.onlyPrecious = onlyPrecious;
        this.onlyMetal = onlyMetal;
        this.issuer = issuer;
        this.mines = mines;
        this.singleMine = singleMine;
        this.severalMines = severalMines;
        this.releasePeriod = releasePeriod;
        this.figures = figures;
        this.warnings = warnings;
    }

    /** The one precious metal, and the one metal, the whole text names (null if several): "Grade, g/t" in a gold miner's table is gold's. */
    private final Metal onlyPrecious;
    private final Metal onlyMetal;
    /** The one metal a text names when it is a base metal and no other is named: "producción ... en miles de toneladas" in Codelco's is copper's. */
    private final Metal onlyBase;
    /** The company the release is of: a caption that opens with its name is over the company's figures. */
    private final Optional<ReleaseIssuer> issuer;

    /** Whether the text stops mid-line, as an excerpt cut off does: its last row may be cut too. */
    private boolean textCutOff;

    TableReader cutOff(boolean cut) {
        this.textCutOff = cut;
        return this;
    }

    /** Where the guidance of a table's columns of a year's plan goes ("FY 2022 Revised Guidance" beside a quarter's figures). */
    private Consumer<ParsedGuidance> guidance = g -> { };

    TableReader guidance(Consumer<ParsedGuidance> plans) {
        this.guidance = plans;
        return this;
    }

    /**
     * The quarter a header's years to date run to when the release's own period is not known: the last quarter ended before
     * its date ("YTD 2021 | YTD 2020" in a report dated 29 October 2021: the first nine months).
     */
    private ReportingPeriod datedQuarter;

    TableReader yearsToDateDatedBy(ReportingPeriod quarter) {
        this.datedQuarter = quarter;
        return this;
    }

    /** Whether any table header was found. */
    boolean read() {
        boolean tableSeen = false;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.prose()) {
                endTable();
                continue;
            }
            if (metricColumns != null && isPeriodCaption(row)) {
                metricPeriod = PeriodLabels.parse(row.label()).get(); // "Full-Year 2020" under the quarter's rows: the year's rows follow
                continue;
            }
            Optional<Row> metricsUnderAPeriod = metricHeaderUnderOnePeriod(row);
            if (metricsUnderAPeriod.isPresent()) {
                i = startMetricTableWithItsUnits(metricsUnderAPeriod.get(), i);
                tableSeen = true;
                continue;
            }
            if (TableHeader.startsAt(rows, i)) {
                Optional<TableHeader.Parsed> header = TableHeader.read(rows, i, mines, releasePeriod != null ? releasePeriod : datedQuarter);
                if (header.isPresent()) {
                    startTable(header.get(), i);
                    i += header.get().rows() - 1;
                    tableSeen = true;
                    continue;
                }
                if (!row.hasValues()) {
                    endTable(); // a header it cannot read: the rows under it are not the last table's
                }
            }
            if (isMetricHeader(row)) {
                i = startMetricTableWithItsUnits(row, i);
                tableSeen = true;
                continue;
            }
            int metricLines = metricHeaderLines(i);
            if (metricLines > 0) {
                // the metrics one per line ("Tonnes", "Grade Ag g/t", ...) over rows of mines: as if they were one row
                List<String> cells = metricsOneCellPerLine(metricLabels(i, i + metricLines), mineValues(firstRowUnder(i + metricLines)).size());
                startMetricTable(new Row(row.line(), "", cells, true, false, false), i);
                metricOneCellPerLine = true;
                metricCaptionMine = captionNaming(i);
                tableSeen = true;
                i += metricLines - 1;
                continue;
            }
            // ("Bingham Canyon mine 100.0%" over its rows: a mine's title with the company's interest in it, no figure of its own)
            // (not in a table of one column, whose "Osprey mine | 88.1%" is the mine's figure: the rows of figures under a title hold more)
            if (!row.hasValues() || columns != null && row.cells().size() == 1 && nextFiguresCount(i) >= 2 && INTEREST_CELL.matcher(row.cells().get(0).strip()).matches()
                    && mines.isTitle(row.label()) && Vocabulary.read(row.label()).isEmpty()) {
                section(row, i);
                continue;
            }
            if (metricColumns != null && (metricPlan || row.positional() || metricOneCellPerLine || row.all().size() == metricColumns.size())) {
                readMineRow(row);
                tableLines.add(row.line());
            } else if (metricColumns != null) {
                // cells apart by spaces, fewer or more than the header's: which column a figure is in cannot be told
                warnings.accept(new Sentence("table.figures-for-columns", row.line(), row.label().strip(), row.cells().size(), metricColumns.size() - 1));
                tableLines.add(row.line());
            } else if (columns != null) {
                readRow(row, i);
                tableLines.add(row.line());
            }
        }
        return tableSeen;
    }

    /** Whether a line was read as a row of a table. */
    boolean inTable(int line) {
        return tableLines.contains(line);
    }

    private void endTable() {
        heapLeach = false;
        minesOfRows.clear();
        refinerySection = false;
        decimalComma = false;
        captionMeasure = null;
        tableFactor = java.math.BigDecimal.ONE;
        afterMined = false;
        columnGroups = null;
        metricOneCellPerLine = false;
        columns = null;
        metricColumns = null;
        measureSection = null;
        metalSection = null;
    }

    /**
     * "Gold Production (oz) | Silver Production (oz)" in the lines just above "Q2 2024 | Q2 2023 | Q2 2024 | Q2 2023": each
     * metric over as many columns, the periods repeating under each. Null when the lines above say no such thing.
     */
    private List<Meaning> columnGroups(int at) {
        List<Meaning> groups = new ArrayList<>();
        int seen = 0;
        for (int k = at - 1; k >= 0 && seen < 4; k--) {
            Row r = rows.get(k);
            if (r.separator()) {
                continue;
            }
            seen++;
            if (r.prose() || r.hasValues() || !PeriodLabels.splitHeaderLine(String.join(" ", r.all())).isEmpty()) {
                break; // a caption naming the table's quarter is above the groups
            }
            List<Meaning> here = new ArrayList<>();
            for (String cell : r.all()) {
                Meaning m = Vocabulary.read(cell);
                if (!cell.isBlank() && (m.resolvedMeasure().isPresent() || m.metal() != null)) {
                    here.add(m);
                }
            }
            groups.addAll(0, here);
        }
        int g = groups.size();
        int n = columns.size();
        if (g < 2 || n % g != 0) {
            return null;
        }
        int per = n / g;
        for (int c = 0; c + per < n; c++) {
            if (!java.util.Objects.equals(columns.get(c).period(), columns.get(c + per).period())) {
                return null;
            }
        }
        List<Meaning> out = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            out.add(groups.get(c / per));
        }
        return out;
    }

    /**
     * The one mass a row of units under the header gives every column of figures ("'000oz", "koz", "t", "Mlbs"; a change's "%"
     * aside); empty if none does.
     */
    private Optional<String> unitRowUnder(int at, TableHeader.Parsed header) {
        for (int k = at; k <= at + header.rows() && k < rows.size(); k++) {
            Row r = rows.get(k);
            List<String> cells = r.all().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
            if (r.prose() || cells.isEmpty() || !cells.stream().allMatch(Vocabulary::isUnit)) {
                continue;
            }
            List<String> units = cells.stream().filter(c -> !c.equals("%")).distinct().toList();
            return units.size() == 1 && isMass(Vocabulary.read("(" + spacedThousands(units.get(0)) + ")").unit()) ? Optional.of(units.get(0)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isMass(Vocabulary.UnitHint unit) {
        return unit == Vocabulary.UnitHint.PRECIOUS_MASS || unit == Vocabulary.UnitHint.BASE_MASS || unit == Vocabulary.UnitHint.TONNES;
    }

    /** A unit with its thousands glued on, apart as the vocabulary reads them: "'000oz" as "'000 oz". */
    private static String spacedThousands(String unit) {
        return unit.replaceFirst("(?<=000)(?=\\p{L})", " ");
    }

    /** The one mine a caption in the three lines above names ("Comparative Table of Guanacevi Mines Operations"); null if none. */
    private String captionNaming(int at) {
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            List<String> named = mines.namedIn(rows.get(k).label());
            String label = rows.get(k).label().strip();
            boolean sentence = label.endsWith(".") && label.split("\\s+", 5).length >= 4; // "The Inmaculada Mine led the quarter."
            if (!rows.get(k).hasValues() && !rows.get(k).prose() && !sentence && named.size() == 1) {
                return named.get(0);
            }
        }
        return null;
    }

    /**
     * The rows of their own that title the mines of a table of periods, when it has two or more ("PEAK" over its rows, then
     * "HERA", then "DARGUES"): each a name above rows of figures. One such row alone may be anything, a heading among them.
     */
    private java.util.Set<String> sectionMines(int from) {
        java.util.Set<String> titles = new java.util.LinkedHashSet<>();
        // titles of a looser form ("Fresh tailings", "Cauquenes tailings"), each with the label of the row under it
        java.util.Map<String, String> blocks = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> titleAt = new java.util.HashMap<>();
        for (int k = from; k < rows.size(); k++) {
            Row r = rows.get(k);
            if (r.prose() || TableHeader.startsAt(rows, k)) {
                break; // the next table's header
            }
            if (r.separator() || r.hasValues() || !r.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            titleAt.putIfAbsent(r.label().strip(), k);
            boolean figuresBelow = k + 1 < rows.size() && (rows.get(k + 1).hasValues() || !Vocabulary.read(rows.get(k + 1).label()).isEmpty());
            // ("Apr-Jun" one a line: the caption of a column of the header below, its year on a line after it)
            if (!figuresBelow || TableHeader.CONSOLIDATED.matcher(r.label().strip()).find() || PeriodLabels.isMonthSpan(r.label())) {
                continue;
            }
            if (MineNames.couldTitleMine(r.label())) {
                titles.add(r.label().strip());
            } else if (MineNames.couldTitleBlock(r.label())) {
                blocks.put(r.label().strip(), rows.get(k + 1).label().strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        // a looser title is a mine's (or a circuit's) when another title's rows open with the same measure: blocks of one
        // form, one per unit, are what a table of units sectioned by rows of their own looks like
        blocks.forEach((title, opening) -> {
            if (java.util.Collections.frequency(blocks.values(), opening) >= 2) {
                titles.add(title);
            }
        });
        if (titles.size() < 2) {
            return java.util.Set.of();
        }
        List<Integer> at = titles.stream().map(titleAt::get).sorted().toList();
        blockRows = (int) rows.subList(at.get(0), at.get(1)).stream().filter(Row::hasValues).count();
        lastBlockTitle = rows.get(at.get(at.size() - 1)).label().strip();
        return titles;
    }

    private void startTable(TableHeader.Parsed header, int at) {
        endTable();
        sectionMines = sectionMines(at + header.rows());
        inBlock = false;
        columns = withoutRepeatedPeriods(header, at);
        columnGroups = columnGroups(at);
        positional = header.positional();
        unitPosition = header.unitPosition();
        Row first = rows.get(at);
        // a header row whose first period (or date) stands in the label's place is shifted against the rows of figures
        boolean periodInLabel = false;
        for (int k = at; k < at + header.rows() && k < rows.size(); k++) {
            Row r = rows.get(k);
            periodInLabel |= r.positional() && !r.label().isBlank() && !r.cells().isEmpty()
                    && (PeriodLabels.parse(r.label()).isPresent() || PeriodLabels.isDate(r.label()));
        }
        // "Caylloma, Peru | San Jose, Mexico | Consolidated | ..." under the periods: a page that dropped the labels' blank cell
        // put the first mine's column in the label's place (the rows under it have their labels)
        periodInLabel |= columns.stream().anyMatch(c -> !c.skipped() && c.position() == 0 && (c.mine() != null || c.consolidated()));
        // ("Q3 2015 | Alpha | Beta | Total": a period over the labels, no column of its own, shifts nothing)
        periodInLabel &= firstPeriodPosition() == 0 || columns.stream().noneMatch(c -> c.mine() != null)
                || !columns.stream().filter(c -> !c.skipped()).allMatch(c -> c.mine() != null || c.consolidated());
        boolean unitHeadingInLabel = positional && !periodInLabel && unitHeadingInLabel(at + header.rows());
        shift = !positional ? 0 : periodInLabel ? labelColumns(at + header.rows()) : unitHeadingInLabel ? 1 : unitColumns(at + header.rows());
        if (unitHeadingInLabel) {
            unitPosition = 1; // the rows' units stand in their second cell
        }
        if (positional && (periodInLabel || shift > 0) && figuresBeyondTheHeader(at, header)) {
            return;
        }
        for (int k = Math.max(0, at - 3); k < at + header.rows() && k < rows.size(); k++) {
            Row r = rows.get(k);
            String words = String.join(" ", r.all());
            if (k < at && words.length() > 100) {
                continue; // a caption is short; a sentence of the text above is no caption
            }
            // ("000's" alone in the header's corner, the periods beside it)
            if (MONEY_THOUSANDS.matcher(words).find()) {
                continue; // "Q3-2024 Operational and Financial Highlights (in 000's of $)": the money's thousands, not the tonnes'
            }
            if (TABLE_THOUSANDS.matcher(words).find() || !r.prose() && TABLE_THOUSANDS.matcher(r.label()).find()) {
                tableFactor = java.math.BigDecimal.valueOf(1000);
            } else if (TABLE_MILLIONS.matcher(words).find()) {
                tableFactor = java.math.BigDecimal.valueOf(1_000_000);
            }
        }
        decimalComma = writesDecimalCommas(at);
        // "Refined gold production by mines, '000 oz" just above "Q1 2012 | Q1 2011": what the rows of mines under it measure
        captionMeasure = null;
        if (at > 0) {
            // (a "Mine" heading of the names' column, on a line of its own, between the caption and the periods)
            int captionAt = at - 1 > 0 && rows.get(at - 1).cells().isEmpty() && NAMES_HEADING.matcher(rows.get(at - 1).label().strip()).matches() ? at - 2 : at - 1;
            Row caption = rows.get(captionAt);
            List<String> headed = caption.cells().stream().filter(c -> !c.isBlank()).toList();
            if (caption.positional() && NAMES_HEADING.matcher(caption.label().strip()).matches() && headed.size() == 1) {
                // "Mine | Gold Production (oz) | |||" over "Q4 2024 | Q3 2024": the names' column's heading, then what the figures under
                // the periods measure
                caption = new Row(caption.line(), headed.get(0), List.of(), false, false, false);
            }
            // "... Codelco es el mayor productor mundial de cobre. A continuación el detalle de la producción ... en miles de
            // toneladas entre enero y marzo:": a paragraph's last sentence, ending in a colon, leads the table under it
            String captionText = caption.label().strip();
            Meaning meaning = Vocabulary.read(captionText);
            if (captionText.endsWith(":") && captionText.length() >= 100) {
                String last = captionText.substring(captionText.lastIndexOf(". ") + 1).strip();
                Meaning ofLast = Vocabulary.read(last);
                // (a production's only: "producción de mineral tratado ..., en miles de toneladas:" reads no multiplier for ore)
                if (ofLast.resolvedMeasure().orElse(null) == Measure.PRODUCTION) {
                    captionText = last;
                    meaning = ofLast;
                }
            }
            if (meaning.unit() == Vocabulary.UnitHint.NONE && meaning.resolvedMeasure().orElse(null) == Measure.PRODUCTION) {
                // "Attributable production" over the periods and a row of units under them ("'000oz | % | '000oz | '000oz | %"): the
                // caption's figures are in the one unit the row gives its figures' columns
                Optional<String> unit = unitRowUnder(at, header);
                if (unit.isPresent()) {
                    meaning = Vocabulary.read(captionText + " (" + spacedThousands(unit.get()) + ")");
                }
            }
            int captionLength = captionText.endsWith(":") && meaning.resolvedMeasure().orElse(null) == Measure.PRODUCTION ? 160 : 100;
            if (meaning.metric().isEmpty() && meaning.metal() == null && meaning.resolvedMeasure().orElse(null) == Measure.PRODUCTION
                    && meaning.unit() == Vocabulary.UnitHint.PRECIOUS_MASS && onlyPrecious != null) {
                meaning = meaning.within(Meaning.ofMetal(onlyPrecious)); // "Production (oz)" in a text of gold alone: gold's
            } else if (meaning.metric().isEmpty() && meaning.metal() == null && meaning.resolvedMeasure().orElse(null) == Measure.PRODUCTION
                    && (meaning.unit() == Vocabulary.UnitHint.BASE_MASS || meaning.unit() == Vocabulary.UnitHint.TONNES) && onlyBase != null) {
                meaning = meaning.within(Meaning.ofMetal(onlyBase)); // "la producción ... en miles de toneladas" in a text of copper alone
            }
            if (!caption.hasValues() && captionText.length() < captionLength && meaning.metric().isPresent() && !meaning.excluded()) {
                captionMeasure = meaning;
            }
        }
        // "Bestobe (CIL)    Q4 2020    Q4 2019": a name before the header's periods is its table's mine, whatever a caption above said
        blockParent = headerName(first).or(() -> captionMine(at)).or(() -> Optional.ofNullable(captionNaming(at))).orElse(singleMine);
        tableMine = titleMine != null ? titleMine : blockParent;
        // a company with one mine reports that mine as "consolidated": its figures are the mine's, which the text must name
        // a text that names no mine at all speaks of the company's consolidated figures as well
        boolean ofNoMineNamed = tableMine == null && sectionMines.isEmpty() && header.columns().stream().allMatch(c -> c.mine() == null);
        tableConsolidated = tableMine == null && (severalMines || !mines.namesAny() || mines.namedCount() >= 2) && saysConsolidated(at)
                // a table of a company of several mines that names none of them, whose rows give its totals: the company's
                || ofNoMineNamed && severalMines && totalsWithoutNames(at + header.rows())
                // a table of no mine in a text that names no place of work at all, in any words: the company's
                || ofNoMineNamed && !mines.namesAny() && !mines.mentionsSite();
        // the header's own label cell may say what the table measures ("Gold production (oz)")
        if (first.positional() && !first.label().isBlank() && PeriodLabels.parse(first.label()).isEmpty()) {
            section(new Row(first.line(), first.label(), List.of(), false, false, false), -1);
        }
    }

    /**
     * A period repeated over columns of parts ("Q3 2021 | Q3 2021 | Q3 2021" over "Heap leach | Mill | Total"): the column a
     * label below or within the header calls the total is the period's; the parts are not, and without a total none is read.
     */
    private List<Column> withoutRepeatedPeriods(TableHeader.Parsed header, int at) {
        List<Column> out = new ArrayList<>(header.columns());
        for (int c = 0; c < out.size(); c++) {
            Column column = out.get(c);
            if (column.skipped()) {
                continue;
            }
            List<Integer> same = new ArrayList<>();
            for (int d = 0; d < out.size(); d++) {
                Column other = out.get(d);
                if (!other.skipped() && other.period().equals(column.period()) && java.util.Objects.equals(other.mine(), column.mine())
                        && other.consolidated() == column.consolidated()) {
                    same.add(d);
                }
            }
            if (same.size() < 2) {
                continue;
            }
            Integer total = null;
            boolean parts = false;
            for (int d : same) {
                for (int k = at; k <= at + header.rows() && k < rows.size(); k++) {
                    Row r = rows.get(k);
                    int position = out.get(d).position();
                    if (k >= at + header.rows() && r.hasValues()) {
                        break;
                    }
                    if (r.positional() && position >= 0 && position < r.all().size()) {
                        String cell = r.all().get(position);
                        total = isTotal(cell) ? Integer.valueOf(d) : total;
                        parts |= PART_COLUMN.matcher(cell).find();
                    }
                }
            }
            if (!parts) {
                continue; // a period again in another group of columns ("Gold Production" and "Silver Production" over the same quarters)
            }
            warnings.accept(new Sentence(total == null ? "table.parts-without-total" : "table.parts-and-total", rows.get(at).line(), same.size(), column.period().code()));
            for (int d : same) {
                if (total == null || d != total) {
                    Column part = out.get(d);
                    out.set(d, new Column(null, part.mine(), part.consolidated(), part.position()));
                }
            }
        }
        return out;
    }

    /**
     * A header over the figures without a heading for the unit column between the label and the figures ("2019 | 2018"
     * over "Ore milled | (M tonnes) | 2.6 | 2.5"): 1 when the first row of figures shows that unit column, else 0.
     */
    private int unitColumns(int from) {
        int firstPeriod = firstPeriodPosition();
        List<String> row = firstRowOfFigures(from);
        int p = firstFigure(row);
        return p >= 0 && p == firstPeriod + 1 && isUnitCell(row.get(firstPeriod)) && unitPosition < 0 ? 1 : 0;
    }

    /**
     * "Unit | Q1 2021 | Q4 2020" over "Gold poured | oz | 22,781 | 22,012": the unit column's heading stands in the label's
     * place, the header having no cell for the labels, so its cells stand one to the left of the rows' (as the first row of
     * figures shows: its unit where the header's first period is, its first figure after it).
     */
    private boolean unitHeadingInLabel(int from) {
        if (unitPosition != 0) {
            return false;
        }
        int firstPeriod = firstPeriodPosition();
        List<String> row = firstRowOfFigures(from);
        return firstPeriod == 1 && firstFigure(row) == 2 && isUnitCell(row.get(1));
    }

    /**
     * A header whose first period stands in the label's place leaves out the columns before the figures: the label,
     * and a unit column when there is one ("Ore milled | Kt | 394 | 365" under "Q3 2013 | Q2 2013"). How many, as the
     * first row of figures shows: 1 when it does not say.
     */
    private int labelColumns(int from) {
        List<String> row = firstRowOfFigures(from);
        int p = firstFigure(row);
        if (p < 0) {
            return 1;
        }
        int shift = p - firstPeriodPosition();
        return shift >= 1 && shift <= 2 && (shift == 1 || isUnitCell(row.get(1))) ? shift : 1;
    }

    private int firstPeriodPosition() {
        return columns.stream().filter(c -> !c.skipped()).mapToInt(Column::position).min().orElse(0);
    }

    /** The cells of the first row with a figure among the next three rows of a table whose cells keep their places; empty if none. */
    private List<String> firstRowOfFigures(int from) {
        for (int k = from; k < Math.min(rows.size(), from + 3); k++) {
            Row row = rows.get(k);
            if (row.all().stream().allMatch(String::isBlank)) {
                continue; // a row of empty cells ("|") under the header holds nothing back
            }
            if (row.prose() || !row.positional()) {
                break;
            }
            if (firstFigure(row.all()) >= 0) {
                return row.all();
            }
        }
        return List.of();
    }

    /**
     * "2021 | 2020 | 2021 | 2021" over "Ore milled | (M tonnes) | 3.9 | 4.0 | 4.0 | 12.0 | 15.5 - 16.0": a header whose places
     * against its rows had to be inferred (it stood in the labels' or the units' place) lost cells, and its first row of
     * figures holds more than its columns (a spanning "Q3" over two years printed once): which figure is which column's
     * cannot be told, so the table is said and not read. The table is then ended.
     */
    private boolean figuresBeyondTheHeader(int at, TableHeader.Parsed header) {
        List<String> first = firstRowOfFigures(at + header.rows());
        // (a plan's range after the last column, "2,100 - 2,200" under a guidance heading the periods' row does not hold, is no figure)
        int lastFigure = -1;
        for (int p = first.size() - 1; p > 0 && lastFigure < 0; p--) {
            lastFigure = Numbers.isValue(first.get(p)) ? p : -1;
        }
        int lastColumn = columns.stream().mapToInt(Column::position).max().orElse(-1) + shift;
        if (lastFigure <= lastColumn) {
            return false;
        }
        int figures = (int) first.subList(1, first.size()).stream().filter(c -> !c.isBlank() && !isUnitCell(c)).count();
        warnings.accept(new Sentence("table.header-short", rows.get(at).line(), first.get(0).strip(), columns.size(), figures));
        endTable();
        return true;
    }

    /** Where a row's first figure stands after its label; -1 if it has none. */
    private static int firstFigure(List<String> cells) {
        for (int p = 1; p < cells.size(); p++) {
            if (Numbers.isValue(cells.get(p))) {
                return p;
            }
        }
        return -1;
    }

    private static final Pattern SHARE_ROW = Pattern.compile("(?i)\\b(?:equity\\s+interest|attributable|share\\s+of|minority\\s+interest|non-controlling)\\b");

    private static boolean isUnitCell(String cell) {
        return Vocabulary.isUnit(cell.replaceAll("[()]", "").strip());
    }

    private static final Pattern CONSOLIDATED_CAPTION = Pattern.compile(
            "(?i)\\b(consolidated|combined|company[- ]wide|group|consolidado|total de la compa\u00f1\u00eda)\\b|[-\u2013\u2014:]\\s*total\\d?\\s*:?$"); // ("Production from own sources - Total1": its footnote's mark)

    /**
     * Whether the header's own label cell, or a caption line just above it, says the table is the company's
     * ("Consolidated Operations Summary | Q2 2018 | ...", "Consolidated Production Results:").
     */
    private boolean saysConsolidated(int at) {
        Row first = rows.get(at);
        if (CONSOLIDATED_CAPTION.matcher(first.label()).find()) {
            return true;
        }
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            Row r = rows.get(k);
            if (!r.hasValues() && r.label().length() < 80 && (CONSOLIDATED_CAPTION.matcher(r.label()).find() || opensWithIssuer(r.label()))) {
                return true; // "Consolidated Production Results:", "Nordgold operating highlights for Q1:"
            }
        }
        return false;
    }

    private boolean opensWithIssuer(String caption) {
        return issuer.isPresent() && !ReleaseIssuer.key(issuer.get().name()).isEmpty()
                && ReleaseIssuer.key(caption).startsWith(ReleaseIssuer.key(issuer.get().name()) + " ");
    }

    /** A line just above a header that names a mine ("Caylloma mine", "San Jose Mine, Mexico"). */
    private Optional<String> captionMine(int at) {
        for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
            Row r = rows.get(k);
            if (!r.prose() && !r.hasValues() && mines.isTitle(r.label())) {
                return Optional.of(mines.clean(r.label()));
            }
        }
        // "KYZYL" on the line right above "3 months ended Mar 31,": a name in capitals alone over the periods titles their table
        Row above = at > 0 ? rows.get(at - 1) : null;
        if (above != null && !above.prose() && !above.hasValues() && above.label().strip().equals(above.label().strip().toUpperCase(java.util.Locale.ROOT))
                && MineNames.couldTitleMine(above.label())) {
            return Optional.of(mines.clean(above.label()));
        }
        return Optional.empty();
    }

    /**
     * A row without figures: a mine's title, a mine's name above its row of figures, or a section that sets the measure
     * or metal of the rows under it. {@code at} is its index among the rows (-1: a header's own label, which no row follows).
     */
    private void section(Row row, int at) {
        String label = row.label();
        if ((columns != null || metricColumns != null) && HEAP_LEACH.matcher(label).find()) {
            heapLeach = true;
        } else if (label.strip().matches("(?i)(mill|milling|mill circuit|concentrator|flotation( plant)?|plant)")) {
            heapLeach = false; // a mill's section after the pads'
        }
        if (label.isBlank() && row.positional()) {
            label = row.cells().stream().filter(c -> !c.isBlank()).findFirst().orElse("");
        }
        if (label.isBlank()) {
            return;
        }
        if (columns != null && ProseReader.REFINERY.matcher(label).find() && Vocabulary.read(label).measure() == null) {
            refinerySection = true; // "Palabora smelter/refinery" after "Palabora mine": anodes and cathodes of concentrate smelted, bought ore's too
            return;
        }
        pendingMine = null;
        rowsNamedUnderSection = false;
        if (columns != null && at >= 0 && at + 1 < rows.size() && Vocabulary.read(label).isEmpty() && TableHeader.isName(label)
                && rows.get(at + 1).hasValues() && Vocabulary.isUnit(rows.get(at + 1).label())) {
            pendingMine = label; // "Aktogay" over "kt | 111.4 | 95.4": a mine's row, its label wrapped above its unit
            return;
        }
        if (columns != null && TableHeader.CONSOLIDATED.matcher(label.strip()).find() && !sectionMines.isEmpty()) {
            // "GROUP" after the mines' sections: the rows under it are the company's
            titleMine = null;
            inBlock = false;
            tableMine = null;
            tableConsolidated = true;
            measureSection = null;
            metalSection = null;
            return;
        }
        if ((mines.isTitle(label) || columns != null && sectionMines.contains(label.strip())) && Vocabulary.read(label).isEmpty()) {
            refinerySection = false;
            titleMine = mines.clean(label);
            inBlock = columns != null && sectionMines.contains(label.strip());
            rowsInBlock = 0;
            blockRead.clear();
            if (columns != null && columns.stream().noneMatch(c -> c.mine() != null)) {
                tableMine = titleMine;
            }
            measureSection = null;
            metalSection = null;
            return;
        }
        Meaning m = Vocabulary.read(label);
        if (m.measure() != null || m.excluded() || m.ore()) {
            measureSection = m;
            metalSection = null;
        } else if (m.metal() != null) {
            metalSection = m;
            if (measureSection != null && measureSection.excluded()) {
                measureSection = null;
            }
        } else if (m.isEmpty() && measureSection != null && measureSection.excluded() && OPERATIONS_HEADING.matcher(label).find()) {
            measureSection = null; // "Operating Results" after "Sales Prices": the rows under it are production's again
        }
    }

    /** A heading of the operations' figures, which no section of prices or costs before it goes on over. */
    private static final Pattern OPERATIONS_HEADING = Pattern.compile("(?i)\\b(?:operating|operational|operations|production)\\b");

    private void readRow(Row row, int at) {
        if (inBlock) {
            rowsInBlock++;
        }
        String label = row.label();
        if (positional && unitPosition >= 0 && row.positional() && unitPosition < row.all().size()) {
            label = label + " (" + row.all().get(unitPosition) + ")";
        } else {
            // a unit column without a heading of its own: "Silver produced | '000 oz | 2,028"
            for (String cell : row.cells()) {
                if (cell.isBlank() || Numbers.isValue(cell)) {
                    break;
                }
                if (Vocabulary.isUnit(cell)) {
                    label = label + " (" + cell.strip() + ")";
                }
            }
        }
        Meaning own = Vocabulary.read(label);
        Meaning read = own.within(metalSection).within(measureSection);
        Optional<Metric> metric = metricOrTheOnlyMetals(read);
        if (HEAP_LEACH.matcher(label).find()) {
            heapLeach = true; // "Ore to leach pad": the grades and recoveries under it are the pad's, not a mill's
        }
        if (heapLeach && metric.isPresent() && metric.get().measure() != Measure.PRODUCTION || refinerySection) {
            return;
        }
        String rowMine = null;
        if (pendingMine != null && Vocabulary.isUnit(row.label())) {
            rowMine = pendingMine;
        }
        pendingMine = null;
        List<Optional<Metric>> groupMetrics = null;
        // "Fekola | oz | 129,933": a mine's row with a unit cell beside its name is still a mine's row
        String name = row.label();
        if (SHARE_ROW.matcher(name).find()) {
            return; // "Equity interest in Calibre", "Attributable": a share of production, no mine's nor the company's own
        }
        String beforeWhole = name.replaceAll("\\(\\d\\)", "").replaceFirst("(?i)\\s+(?:consolidated|total|group)\\s*$", "").strip();
        if (!beforeWhole.equals(name.strip()) && issuer.isPresent() && issuer.get().isCalled(beforeWhole)) {
            return; // "B2Gold Consolidated (1)" above the table's "Total": one of the company's totals, which the Total row says
        }
        // "El Peñón | 304 | 314" under "PRODUCTION DATA (in 000's of ounces)" and "Gold", in a table whose mines title its
        // sections above: the sections give the measure and metal, the row's name its mine
        // "Fosterville | 25,779 | 25,416" under "Gold Production (ounces)" in a table of no mine: a mine the text names (or a name
        // that could title a mine, in a text of several), the row's
        // (never a part of a mine's: "Open Pit", "Underground", "Dore" under a mine's own section are its parts)
        boolean namedUnderSections = metric.isPresent() && own.isEmpty() && !PART_ROW.matcher(name).find()
                && (!sectionMines.isEmpty() && titleMine != null
                        && (sectionMines.contains(name.strip()) || mines.isKnown(name) || rowsNamedUnderSection && MineNames.couldTitleMine(name))
                    || tableMine == null && !tableConsolidated && (mines.isKnown(name) || severalMines && MineNames.couldTitleMine(name)));
        if (metric.isPresent() && rowsNamedUnderSection && isTotal(name)) {
            rowMine = name; // "Total Gold" after the mines' rows under "Gold": the company's
        }
        if ((metric.isEmpty() || namedUnderSections) && (own.isEmpty() || !name.equals(label) && Vocabulary.read(name).isEmpty()) && !name.isBlank()
                && (mines.isKnown(name) || TableHeader.isName(name) || isConsolidated(name))) {
            label = name;
            // a row of a mine under a header of periods: the table's measure comes from its caption or sections, or from
            // the group over each column ("Gold Production (oz)" over two periods, "Silver Production (oz)" over two more)
            metric = (metalSection == null ? Meaning.NOTHING : metalSection).within(measureSection).metric();
            if (metric.isEmpty() && measureSection == null && metalSection == null && captionMeasure != null) {
                metric = captionMeasure.metric();
            }
            if (metric.isEmpty() && breakdown != null) {
                metric = Optional.of(breakdown); // "Prominent Hill" under "Total Copper (Tonnes)": its share of the total
            }
            rowMine = label;
            rowsNamedUnderSection |= namedUnderSections;
            if (metric.isPresent()) {
                minesOfRows.add(label);
            }
            if (columnGroups != null) {
                groupMetrics = columnGroups.stream().map(g -> g.within(metalSection).within(measureSection).metric()).toList();
                metric = groupMetrics.stream().flatMap(Optional::stream).findFirst();
            }
        }
        boolean totalOverMines = false;
        if (rowMine == null) {
            // "Total Copper (Tonnes)" over rows of names only: the company's total, the rows under it its mines' shares
            totalOverMines = metric.isPresent() && isTotal(label) && nextRowIsNamed(at);
            breakdown = totalOverMines ? metric.get() : null;
        }
        if (metric.isEmpty()) {
            afterMined |= MINED_ROW.matcher(label).find();
            return;
        }
        Measure measure = metric.get().measure();
        if (measure == Measure.TONNES_MILLED) {
            afterMined = false;
        } else if (afterMined && (measure == Measure.GRADE || measure == Measure.RECOVERY) && !MILLED_WORD.matcher(label).find() && milledFollows(at)) {
            return; // "Ore mined (t)", "Grade (g/t Au)", then "Ore milled (t)": the mined ore's grade, not the mill's head grade
        }
        if (measure == Measure.PRODUCTION && rowMine == null && PART_ROW.matcher(label).find() && totalFollows(at, metric.get())) {
            return; // "Gold produced - heap leach (oz)" above "Total gold produced (oz)": a part of the total below it
        }
        if (tableFactor.compareTo(java.math.BigDecimal.ONE) != 0 && (measure == Measure.TONNES_MILLED || measure == Measure.PRODUCTION)
                && !OWN_MULTIPLIER.matcher(label).find()) {
            // "Production summary (in thousands, unless otherwise noted)" over "Gold produced (ounces) | 34.1": 34,100 ounces
            metric = Optional.of(new Metric(measure, metric.get().metal(), metric.get().factor().multiply(tableFactor)));
        }
        if (rowMine == null && inBlock && !blockRead.add(metric.get().measure() + " " + metric.get().metal()) && rowsInLastBlockDone()) {
            // "Copper produced (M lbs)" after the last block's rows, as many as the first block's, giving again what the block
            // gave: the blocks have ended, the row is the whole's
            titleMine = null;
            inBlock = false;
            tableMine = blockParent;
            tableConsolidated = blockParent == null;
        }
        boolean byPlace = row.positional() && positional && !blanksMovedToTheEnd(row);
        if (byPlace && collapsedIntoPadding(row)) {
            // "Tonnes milled | 131,887 | 259,803 | 132,741 | 246,826 | |||||||||" under two quarters of four columns each, every row
            // padded with blanks past the header's last column: the page moved each row's blanks to its end, so its figures no
            // longer stand under their columns, and which mine or quarter a missing figure was is not written; only a first
            // period's figures as many as its columns, its total the sum of its mines', are its own
            List<String> printed = values(row);
            int group = firstGroupSize();
            if (group < columns.size() && printed.size() > group && closesAsTotal(printed.subList(0, group), metric.get())) {
                for (int c = 0; c < group; c++) {
                    Column column = columns.get(c);
                    emit(column.consolidated() ? null : column.mine(), column.period(), metric.get(), printed.get(c), row.line());
                }
            }
            warnings.accept(new Sentence("table.figures-for-columns", row.line(), row.label().strip(), printed.size(), columns.size()));
            return;
        }
        List<Integer> cells = cellsOf(row, byPlace);
        if (cells == null) {
            warnings.accept(new Sentence("table.figures-for-columns", row.line(), row.label().strip(), values(row).size(), columns.size()));
            return;
        }
        List<String> all = byPlace ? row.all() : withoutLeadingUnit(values(row));
        // the text's last row, ending without a closing bar, cut off mid-number: fewer figures than periods ("8" of "89%"),
        // or a last figure far shorter than the one before it ("472,407 | 4")
        boolean endsOpen = !row.all().get(row.all().size() - 1).isBlank();
        long periods = columns.stream().filter(c -> !c.skipped()).count();
        List<String> printed = values(row);
        boolean stub = printed.size() >= 2 && digits(printed.get(printed.size() - 1)) + 3 <= digits(printed.get(printed.size() - 2));
        int cut = row == rows.get(rows.size() - 1) && endsOpen && (printed.size() < periods || stub) ? lastFilled(all) : -1;
        for (int c = 0; c < columns.size(); c++) {
            int cell = cells.get(c);
            if (cell < 0 || cell >= all.size() || cell == cut) {
                continue;
            }
            Column column = columns.get(c);
            String mine = rowMine != null ? rowMineName(rowMine) : column.consolidated() ? null : column.mine() != null ? column.mine() : tableMine;
            boolean consolidated = rowMine != null ? isConsolidated(rowMine) : column.consolidated() || mine == null && tableConsolidated;
            if (column.skipped() && column.plan() == null) {
                continue;
            }
            if (mine == null && !consolidated && (severalMines || mines.namedCount() >= 2 || totalOverMines || minesOfRows.size() >= 2) && isTotal(row.label())) {
                // "Total Silver Produced" in a table of no mine, in a text of several, or under rows of several mines: the company's
                consolidated = true;
            }
            if (column.skipped()) {
                // a column of a year's plan: the mine's (or, on the total's row, the company's) guidance of the row's metal, never
                // production; a row whose mine the table does not say gives no one's plan
                Optional<Metric> planned = groupMetrics != null ? groupMetrics.get(c) : metric;
                if ((mine != null || consolidated) && planned.isPresent() && planned.get().measure() == Measure.PRODUCTION && planned.get().metal() != null) {
                    GuidanceReader.ofTableCell(ownNumber(all.get(cell)), planned.get().factor().multiply(column.plan().factor()), column.plan().year(), mine,
                            planned.get().metal(), column.plan().superseded(), String.join(" | ", row.all()).strip(), row.line()).ifPresent(guidance);
                }
                continue;
            }
            if (mine == null && !consolidated) {
                if (Numbers.figure(ownNumber(all.get(cell)), metric.get().factor()).isPresent()) {
                    warnings.accept(new Sentence("table.mine-not-named", row.line(), row.label().strip()));
                    return;
                }
                continue;
            }
            Optional<Metric> columnMetric = groupMetrics != null ? groupMetrics.get(c) : metric;
            if (columnMetric.isPresent()) {
                emit(mine, column.period(), columnMetric.get(), all.get(cell), row.line());
            }
        }
    }

    /** Whether a table's rows from here give a total ("Total silver ounces produced") and none is labelled by a name alone. */
    private boolean totalsWithoutNames(int from) {
        boolean total = false;
        for (int k = from; k < rows.size() && !rows.get(k).prose() && !TableHeader.startsAt(rows, k); k++) {
            Row r = rows.get(k);
            if (!r.hasValues()) {
                if (!r.label().isBlank() && Vocabulary.read(r.label()).isEmpty() && (TableHeader.isName(r.label()) || mines.isTitle(r.label()))) {
                    return false; // a mine's title among the rows
                }
                continue;
            }
            if (Vocabulary.read(r.label()).isEmpty() && TableHeader.isName(r.label())) {
                return false;
            }
            total |= isTotal(r.label());
        }
        return total;
    }

    /** Whether the rows of the last block have all been read, as many as the first block holds. */
    private boolean rowsInLastBlockDone() {
        return titleMine != null && lastBlockTitle != null && mines.clean(lastBlockTitle).equals(titleMine) && rowsInBlock > blockRows;
    }

    /** Whether the row after the one at a place is a row of figures labelled by a name alone. */
    private boolean nextRowIsNamed(int at) {
        int k = at + 1;
        if (k >= rows.size()) {
            return false;
        }
        Row next = rows.get(k);
        return !next.prose() && next.hasValues() && Vocabulary.read(next.label()).isEmpty() && TableHeader.isName(next.label());
    }

    private static int digits(String cell) {
        return (int) cell.chars().filter(Character::isDigit).count();
    }

    private static int lastFilled(List<String> cells) {
        for (int k = cells.size() - 1; k >= 0; k--) {
            if (!cells.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    // ("Total Recovery %": the ore's recovery over all its circuits, no sum of mines)
    private static final Pattern TOTAL = Pattern.compile("(?i)total\\b(?!\\s+(?:metallurgical\\s+)?recover).*");

    /** Whether a row's label gives a total ("Total Silver Produced", "Total Copper (Tonnes)"). */
    private static boolean isTotal(String label) {
        return TOTAL.matcher(label.strip()).matches();
    }

    private static boolean isConsolidated(String label) {
        return label.strip().matches("(?i)(consolidated|total|combined|company|group).*");
    }

    private String rowMineName(String label) {
        return isConsolidated(label) ? null : mines.clean(label);
    }

    private static List<String> values(Row row) {
        return ReleaseText.trimTrailingBlanks(row.cells());
    }

    /**
     * The cell of each column (-1: none): by place when both header and row keep their places, else by count,
     * leaving out the columns a row of fewer figures most plausibly leaves blank (consolidated columns, change
     * columns) or, when the text was cut off mid-row, the columns after the cut. Null when no reading fits.
     */
    private List<Integer> cellsOf(Row row, boolean byPlace) {
        List<Integer> cells = new ArrayList<>();
        if (byPlace) {
            int own = withoutUnitCell(row) ? shift - 1 : shift;
            for (Column c : columns) {
                cells.add(c.position() + own);
            }
            return cells;
        }
        List<String> values = withoutLeadingUnit(values(row));
        int n = columns.size();
        // "19.3 | 1 |": a footnote's number after the last column, glued to the row; "8,341 | 46,000 - 51,000": a plan's range
        // after the last column, in a column the header names no plan for
        int v = values.size() == n + 1 && (values.get(n).strip().matches("[1-9]") || ReleaseText.RANGE_CELL.matcher(values.get(n).strip()).matches())
                || signedChangesAfter(values, n) ? n : values.size();
        long consolidated = columns.stream().filter(Column::consolidated).count();
        long other = columns.stream().filter(Column::skipped).count();
        // "209,752 22": the text's last row, cut off after its first figures, the last of them perhaps cut too
        // (a text that ends in a line break ended where it meant to: its last row "91 90" under three columns is no cut row)
        boolean truncated = v > 0 && values.get(v - 1).matches("\\d{1,3},") || v >= 2 && v < n && row == rows.get(rows.size() - 1) && textCutOff;
        if (v == n) {
            return sequence(n, c -> true);
        }
        List<Integer> filled = java.util.stream.IntStream.range(0, v).filter(k -> !values.get(k).isBlank()).boxed().toList();
        if (filled.size() == n && filled.size() < v) {
            return filled; // "138,980 | 129,590 | 98,010 | 135,398 | | 136,844": a blank between two years' columns, which holds no column
        }
        if (v == n - consolidated && consolidated > 0) {
            return sequence(n, c -> !columns.get(c).consolidated());
        }
        if (v == n - other && other > 0) {
            return sequence(n, c -> !columns.get(c).skipped());
        }
        if (v == n - other - consolidated && other > 0 && consolidated > 0) {
            return sequence(n, c -> !columns.get(c).skipped() && !columns.get(c).consolidated());
        }
        if (truncated && v <= n) {
            List<Integer> head = sequence(n, c -> true);
            head.replaceAll(x -> x >= v - 1 ? -1 : x);
            return head;
        }
        return null;
    }

    /** "Mt | 2.29" of "Total ore processed | Mt | 2.29 |": a unit's cell before the figures is no column's figure (the label took it). */
    private static List<String> withoutLeadingUnit(List<String> values) {
        return !values.isEmpty() && !Numbers.isValue(values.get(0)) && Vocabulary.isUnit(values.get(0)) ? values.subList(1, values.size()) : values;
    }

    // "+7%", "-26%", "−3.5 %": a change in per cent, signed
    private static final Pattern SIGNED_CHANGE = Pattern.compile("[-+\u2212\u2013]\\s?\\d+(?:\\.\\d+)?\\s?%");

    /**
     * "563 | 526 | +7%" under two periods, the "% change" heading on a line of its own that the header did not take: figures past
     * the columns that are each a signed change in per cent, after figures that are none, are the changes' column.
     */
    private static boolean signedChangesAfter(List<String> values, int n) {
        return n > 0 && values.size() > n && values.subList(n, values.size()).stream().allMatch(c -> SIGNED_CHANGE.matcher(c.strip()).matches())
                && values.subList(0, n).stream().noneMatch(c -> SIGNED_CHANGE.matcher(c.strip()).matches());
    }

    /**
     * "Gold grade (g/t) | 6.66 | 5.91 | ... | 7.02 | |" among rows of a unit cell ("Milled ore | Tonnes | 40,465 | ..."): a row whose
     * unit is in its label has a figure where the others have their unit, and a blank past the last column; its figures
     * start a cell earlier.
     */
    private boolean withoutUnitCell(Row row) {
        List<String> all = row.all();
        int unitPlace = firstPeriodPosition() + shift - 1;
        int last = columns.stream().mapToInt(Column::position).max().orElse(-1) + shift;
        return unitPlace >= 1 && unitPlace < all.size() && Numbers.isValue(all.get(unitPlace)) && last < all.size() && all.get(last).isBlank();
    }

    /**
     * "Tonnes milled | 134,123 | 263,383 | 131,974 | 268,456 | ||||" under "Caylloma | San Jose | Consolidated" of two quarters:
     * a page that dropped a row's blank cells and printed them after its figures. Its figures, as many as the columns that
     * are no consolidated total's and then blanks alone, are those columns' in order (a consolidated column is the one a
     * table leaves blank for grades, recoveries and rates), not the first columns' by place.
     */
    private boolean blanksMovedToTheEnd(Row row) {
        List<String> values = values(row);
        long consolidated = columns.stream().filter(Column::consolidated).count();
        return consolidated > 0 && row.cells().size() > values.size() && values.size() == columns.size() - consolidated
                && values.stream().noneMatch(String::isBlank) && columns.stream().anyMatch(c -> c.consolidated() && c.position() < columns.get(columns.size() - 1).position());
    }

    /**
     * Whether a row kept by place holds fewer figures than the columns, all before its first blank, and blanks past the header's
     * last column: its blanks were moved to the end, its places are no longer its columns'.
     */
    private boolean collapsedIntoPadding(Row row) {
        List<String> all = row.all();
        int last = columns.stream().mapToInt(c -> c.position() + shift).max().orElse(-1);
        List<String> values = values(row);
        long columnsOfFigures = columns.stream().filter(c -> !c.skipped()).count();
        return all.size() > last + 1 && values.size() < columnsOfFigures && !values.isEmpty() && values.stream().noneMatch(String::isBlank)
                && all.subList(last + 1, all.size()).stream().allMatch(String::isBlank);
    }

    /** How many columns the header's first period spans, each a mine's or the total's: "Caylloma | San Jose | Lindero | Consolidated". */
    private int firstGroupSize() {
        int n = 0;
        while (n < columns.size() && !columns.get(n).skipped() && java.util.Objects.equals(columns.get(n).period(), columns.get(0).period())
                && (columns.get(n).mine() != null || columns.get(n).consolidated())) {
            n++;
        }
        return n >= 2 && columns.get(n - 1).consolidated() ? n : columns.size();
    }

    /** Whether the last of these figures is the sum of the others, within the rounding of each as printed. */
    private boolean closesAsTotal(List<String> cells, Metric metric) {
        List<ReportedFigure> figures = cells.stream().map(c -> Numbers.figure(ownNumber(c), metric.factor())).flatMap(Optional::stream).toList();
        return figures.size() == cells.size() && figures.size() >= 2
                && Consolidation.agrees(figures.get(figures.size() - 1), figures.subList(0, figures.size() - 1));
    }

    private static List<Integer> sequence(int n, java.util.function.IntPredicate used) {
        List<Integer> cells = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < n; c++) {
            cells.add(used.test(c) ? next++ : -1);
        }
        return cells;
    }

    private void emit(String mine, ReportingPeriod period, Metric metric, String cell, int line) {
        Optional<ReportedFigure> figure = Numbers.figure(ownNumber(cell), metric.factor());
        if (figure.isEmpty() || period == null) {
            return;
        }
        figures.accept(new ParsedFigure(mine, period, metric.measure(), metric.metal(), figure.get(), line));
    }

    private static final Pattern DECIMAL_POINT_CELL = Pattern.compile(".*\\d\\.\\d.*");
    private static final Pattern COMMA_NUMBER = Pattern.compile("[-+]?\\d+,\\d+\\s*%?");

    /**
     * Whether the table starting at a row writes its decimals with commas, though the text around it writes numbers the English
     * way (a newswire's English story around a Russian table: "Grade, g/t | 2,17", "Ore milled, mln tonnes | 2,602"): some cell
     * has a comma before one or two digits, and none a decimal point.
     */
    private boolean writesDecimalCommas(int at) {
        boolean comma = false;
        for (int k = at; k < rows.size() && !rows.get(k).prose(); k++) {
            List<String> cells = values(rows.get(k));
            for (int j = 0; j < cells.size(); j++) {
                if (textCutOff && k == rows.size() - 1 && j == cells.size() - 1) {
                    continue; // "145,0" where the excerpt stops is a number cut short, no decimal comma
                }
                String c = cells.get(j).strip();
                if (DECIMAL_POINT_CELL.matcher(c).matches()) {
                    return false;
                }
                comma |= Numbers.DECIMAL_COMMA.matcher(c).matches();
            }
        }
        return comma;
    }

    /** A cell's number as the table writes it: "2,602" is 2.602 in a table of decimal commas. */
    private String ownNumber(String cell) {
        return decimalComma && COMMA_NUMBER.matcher(cell.strip()).matches() ? cell.replace(',', '.') : cell;
    }

    private static final Pattern UNIT_HEADING_AFTER = Pattern.compile("(?i)\\s{2,}units?$");

    /** The name a header row gives before its periods ("Bestobe (CIL)    Q4 2020    Q4 2019"), if it is a mine's name. */
    private Optional<String> headerName(Row header) {
        if (header.positional() || header.label().isBlank()) {
            return Optional.empty();
        }
        List<PeriodLabels.Mention> named = PeriodLabels.mentions(header.label());
        if (named.isEmpty() || named.get(0).start() == 0) {
            return Optional.empty();
        }
        String name = header.label().substring(0, named.get(0).start()).replaceAll("\\(.*?\\)", " ").strip();
        // ("Bullfinch Operation        Units    Jun Qtr 2024": the unit column's heading, a cell of its own, is no part of the name)
        name = UNIT_HEADING_AFTER.matcher(name).replaceFirst("").strip();
        return !name.isEmpty() && TableHeader.isName(name) && Vocabulary.read(name).isEmpty() && !isTotal(name) && !isConsolidated(name)
                && name.split("\\s+").length <= 4 ? Optional.of(mines.clean(name)) : Optional.empty();
    }

    /** A row of a part of a metal's production: a heap leach's, a mill's, a circuit's, the metal in concentrate or poured. */
    private static final Pattern PART_ROW = Pattern.compile(
            "(?i)\\b(?:heap\\s+leach|leach|mill|cil|cip|flotation|oxides?|sulph?ides?|open[- ]pit|underground|in\\s+concentrates?|poured|dor[e\u00e9]|ingots?|bullion)\\b");

    /** Whether a later row of the same table, before prose or another header, gives ore milled. */
    private boolean milledFollows(int at) {
        return laterRowOfTable(at, r -> Vocabulary.read(r.label()).metric().filter(m -> m.measure() == Measure.TONNES_MILLED).isPresent());
    }

    /** Whether a later row of the same table, before prose or another header, gives the same metric as a total. */
    private boolean totalFollows(int at, Metric metric) {
        return laterRowOfTable(at, r -> isTotal(r.label()) && Vocabulary.read(r.label()).within(metalSection).within(measureSection).metric()
                .filter(other -> other.measure() == metric.measure() && other.metal() == metric.metal()).isPresent());
    }

    /** Whether one of the next rows of the table that holds row {@code at} (up to 15, before prose or another header) is such a row. */
    private boolean laterRowOfTable(int at, java.util.function.Predicate<Row> wanted) {
        for (int k = at + 1; k < rows.size() && k <= at + 15; k++) {
            Row r = rows.get(k);
            if (r.prose() || TableHeader.startsAt(rows, k) && !r.hasValues()) {
                return false;
            }
            if (wanted.test(r)) {
                return true;
            }
        }
        return false;
    }

    /** A column of a part of a mine's processing: a heap leach beside a mill, a circuit, a pit. */
    private static final Pattern PART_COLUMN = Pattern.compile(
            "(?i)\\b(?:heap\\s+leach|leach|mill|cil|cip|flotation|oxides?|sulph?ides?|open[- ]pit|underground|lixiviaci[o\u00f3]n|planta)\\b");
    private static final Pattern TABLE_THOUSANDS = Pattern.compile(
            "(?i)\\bin\\s+thousands\\b|\\(\\s*'?000'?s?\\s*\\)|\\bin\\s+'?000s?\\b|^\\s*'?000'?s?\\s*$|\\(\\s*in\\s+thousands"
            // "en miles de toneladas": Spanish
            + "|\\ben\\s+miles\\s+de\\b");
    private static final Pattern TABLE_MILLIONS = Pattern.compile("(?i)\\bin\\s+millions\\b");
    /** A caption's thousands of money: "(in 000's of $)", "in thousands of US dollars", "(000s of C$)". */
    private static final Pattern MONEY_THOUSANDS = Pattern.compile("(?i)\\b(?:thousands|'?000'?s?)\\s+of\\s+(?:(?:US|CA?|AU?|A)?\\$|(?:\\p{L}+\\s+)?dollars\\b)");
    /** A row's own multiplier or unit of thousands or millions ("'000 oz", "koz", "Mlbs", "(000 t)"), which the table's does not multiply again. */
    private static final Pattern OWN_MULTIPLIER = Pattern.compile(
            "(?i)'?000|\\bthousands?\\b|\\bmillions?\\b|\\bmln\\b|\\bk\\s?(?:oz|t|lbs?)\\b|\\bm\\s?(?:oz|t|lbs?)\\b|\\bkoz\\b|\\bmoz\\b|\\bkt\\b|\\bmt\\b|\\bmlbs?\\b|\\bklbs?\\b");
    /** How many cells the next row with figures after row {@code i} holds (0: none follows). */
    private int nextFiguresCount(int i) {
        for (int k = i + 1; k < rows.size(); k++) {
            if (rows.get(k).hasValues()) {
                return rows.get(k).cells().size();
            }
        }
        return 0;
    }

    /** An owner's interest, the one cell beside a mine's title: "100.0%", "40%". */
    private static final Pattern INTEREST_CELL = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?\\s?%");
    private static final Pattern MINED_ROW = Pattern.compile("(?i)\\b(?:ore\\s+)?mined\\b|\\bmine\\s+production\\b|\\bstacked\\b|\\bplaced\\b|\\bminad[oa]\\b|\\bextra[i\u00ed]d[oa]\\b");
    private static final Pattern MILLED_WORD = Pattern.compile("(?i)\\b(?:head|feed|mill(?:ed)?|processed|treated|milled)\\b");

    // mines as rows, measures as columns

    /** A header of measure columns over rows of mines: no figures, two or more cells that say a measure. */
    private static boolean isMetricHeader(Row row) {
        if (row.prose() || row.hasValues()) {
            return false; // cells apart by tabs, pipes or runs of spaces alike: rows of another count of cells are not read
        }
        long measures = row.cells().stream().filter(c -> !c.isBlank() && Vocabulary.read(c).resolvedMeasure().isPresent()).count();
        return measures >= 2 && row.cells().stream().noneMatch(c -> PeriodLabels.parse(c).isPresent());
    }

    /**
     * "Q3 2015      Tonnes milled (t)   Grade (g/t Ag)   Recovery (%)   Silver (oz)": a period in the first cell of a header
     * whose other cells are measures, laid out by runs of spaces, over rows of mines: the measures' header of that period (a
     * line of periods is kept as one label for the periods' header, which would take it for a header of one column).
     */
    private static Optional<Row> metricHeaderUnderOnePeriod(Row row) {
        if (row.prose() || row.hasValues() || !row.cells().isEmpty()) {
            return Optional.empty();
        }
        List<String> cells = ReleaseText.cellsApart(row.label());
        if (cells.size() < 3 || PeriodLabels.parse(cells.get(0)).isEmpty()) {
            return Optional.empty();
        }
        Row split = new Row(row.line(), cells.get(0), cells.subList(1, cells.size()), true, false, false);
        return isMetricHeader(split) ? Optional.of(split) : Optional.empty();
    }

    /**
     * Starts a table of mines as rows under the header at {@code at}, its units perhaps on the line below ("Tonnes milled   Grade
     * Silver" over "(t)   (g/t Ag)   (oz)": each unit under its measure, none under the mines' column), and returns the last
     * line of the header.
     */
    private int startMetricTableWithItsUnits(Row header, int at) {
        Row units = at + 1 < rows.size() ? rows.get(at + 1) : null;
        List<String> measures = header.cells();
        if (units != null && !units.prose() && !units.hasValues() && units.all().size() == measures.size()
                && units.all().stream().allMatch(c -> !c.isBlank() && Vocabulary.isUnit(c))) {
            List<String> joined = new ArrayList<>();
            for (int c = 0; c < measures.size(); c++) {
                joined.add(measures.get(c) + " " + units.all().get(c).strip());
            }
            startMetricTable(new Row(header.line(), header.label(), joined, header.positional(), false, false), at);
            return at + 1;
        }
        startMetricTable(header, at);
        return at;
    }

    /**
     * How many lines from here, one label each, name the metrics of a table of mines as rows ("Tonnes", "Tonnes per
     * day", "Grade Ag g/t", ..., "Recovery Au %"), the next line being a mine's row with a figure for each; 0 if none.
     */
    private int metricHeaderLines(int at) {
        // a header of one period above the metrics ("Q3 2019" over "Production by Mine | Tonnes Processed" / "Silver Oz" ...) is their caption
        if (metricColumns != null || columns != null && columns.size() > 1) {
            return 0;
        }
        int k = at;
        while (k < rows.size() && k - at < 25 && !rows.get(k).prose()
                && (rows.get(k).cells().isEmpty() && !(k > at && isPeriodCaption(rows.get(k))) || k == at && isHeadedMetric(rows.get(k)) || isUnitOverMetric(rows.get(k)))
                && !rows.get(k).label().isBlank() && !Numbers.isValue(rows.get(k).label())) {
            k++;
        }
        if (k >= rows.size() || k - at < 3) {
            return 0;
        }
        Row first = firstRowUnder(k);
        boolean mineRow = !first.prose() && (mines.isKnown(first.label()) || TableHeader.isName(first.label()) || PeriodLabels.parse(first.label()).isPresent())
                && first.hasValues();
        List<String> metrics = mineRow ? metricsOneCellPerLine(metricLabels(at, k), mineValues(first).size()) : List.of();
        long measures = metrics.stream().filter(c -> Vocabulary.read(c).resolvedMeasure().isPresent()).count();
        return measures >= 2 && measures * 2 >= metrics.size() ? k - at : 0;
    }

    /** "Production by Mine | Tonnes Processed": the mines' heading and the first metric on one row, the other metrics one per line below. */
    private static boolean isHeadedMetric(Row row) {
        return row.positional() && row.cells().size() == 1 && !row.cells().get(0).isBlank() && !Numbers.isValue(row.cells().get(0))
                && Vocabulary.read(row.cells().get(0)).resolvedMeasure().isPresent();
    }

    /** The first row under a header's lines: the one after a period's caption ("Q4 2020", read as the table goes), or the next. */
    private Row firstRowUnder(int k) {
        return isPeriodCaption(rows.get(k)) && k + 1 < rows.size() ? rows.get(k + 1) : rows.get(k);
    }

    /** "(Kt) | Gold (K oz)": a column's unit, then the next column's metric, on one line of a header of labels one per line. */
    private static boolean isUnitOverMetric(Row row) {
        return row.positional() && row.cells().size() == 1 && isUnitCell(row.label()) && Vocabulary.read(row.cells().get(0)).resolvedMeasure().isPresent();
    }

    /** "Q4 2020", "Full-Year 2020": a period alone on its line, over the rows of a table. */
    private static boolean isPeriodCaption(Row row) {
        return !row.hasValues() && PeriodLabels.parse(row.label()).isPresent();
    }

    /** The metrics' labels one per line, the first perhaps after the mines' heading on its row, or after the unit of a column before. */
    private List<String> metricLabels(int from, int to) {
        return rows.subList(from, to).stream()
                .flatMap(r -> isUnitOverMetric(r) ? Stream.of(r.label(), r.cells().get(0)) : Stream.of(isHeadedMetric(r) ? r.cells().get(0) : r.label())).toList();
    }

    /**
     * The metrics of so many columns from their labels one per line: one label each, or two rows of them ("Grade" ...
     * then "Ag(gpt)" ...), perhaps with the rows' own heading between ("Period"), each column's two words joined.
     * Empty when the count of labels fits neither.
     */
    private static List<String> metricsOneCellPerLine(List<String> labels, int columns) {
        if (labels.size() == columns) {
            return labels;
        }
        if (columns > 0 && labels.size() == columns + 1 && NAMES_HEADING.matcher(labels.get(0).strip()).matches()) {
            return labels.subList(1, labels.size()); // "Name" over the mines' column, then a metric a line
        }
        if (columns > 0 && (labels.size() == 2 * columns || labels.size() == 2 * columns + 1)) {
            List<String> joined = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                joined.add(labels.get(c) + " " + labels.get(labels.size() - columns + c));
            }
            return joined;
        }
        if (columns > 0 && labels.size() > columns && labels.size() < 2 * columns) {
            return groupsOverColumns(labels.subList(0, labels.size() - columns), labels.subList(labels.size() - columns, labels.size()));
        }
        return List.of();
    }

    /**
     * "Ore processed", "Metals contained in concentrate produced", "Payable metals in concentrate sold" over "(Kt)", "Gold (K oz)",
     * "Copper (Mlbs)", "Gold (K oz)", "Copper (Mlbs)": each group over a run of its columns, a run of metals each named once or a
     * column naming none, each column's metric its group's words and its own. Empty when the runs are not as many as the groups.
     */
    private static List<String> groupsOverColumns(List<String> groups, List<String> columns) {
        List<Integer> runOf = new ArrayList<>();
        Set<Metal> runMetals = new HashSet<>();
        int run = -1;
        for (String column : columns) {
            Metal metal = Vocabulary.read(column).metal();
            if (run < 0 || metal == null || runMetals.isEmpty() || !runMetals.add(metal)) {
                run++;
                runMetals.clear();
                if (metal != null) {
                    runMetals.add(metal);
                }
            }
            runOf.add(run);
        }
        if (run + 1 != groups.size()) {
            return List.of();
        }
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            joined.add(groups.get(runOf.get(c)) + " " + columns.get(c));
        }
        return joined;
    }

    /** A row of the rest together: "Total of other mines", "Other mines", "Others", "Otras". */
    private static final Pattern OTHERS_ROW = Pattern.compile("(?i)(?:total\\s+(?:of\\s+)?)?(?:other|others|otras|otros)(?:\\s+(?:mines|operations|assets|minas|unidades))?");

    /** The heading of a column of the company's share in each mine: "Interest held by the Group", "Ownership %", "Attributable interest". */
    private static final Pattern SHARE_HEADING = Pattern.compile("(?i)\\b(?:interest|ownership|owned|stake|equity)\\b");

    /** The heading of a table's column of names: "Name", "Mine", "Operation", "Mina". */
    private static final Pattern NAMES_HEADING = Pattern.compile("(?i)names?|mines?|operations?|assets?|sites?|minas?|unidad(?:es)?|operaci[o\u00f3]n");

    /** A mine's figures on a row of metrics one per line, a figure's aside in parentheses ("358 (11.5)") left out. */
    private List<String> mineValues(Row row) {
        List<String> values = new ArrayList<>(values(row));
        int wanted = metricColumns == null ? 0 : metricColumns.size() - 1; // before the table starts, every aside goes
        for (int v = values.size() - 1; v > 0 && values.size() > wanted; v--) {
            if (values.get(v).strip().matches("\\([\\d.,]+\\)") && Numbers.isValue(values.get(v - 1)) && !values.get(v - 1).strip().startsWith("(")) {
                values.remove(v);
            }
        }
        return values;
    }

    /** A label's metric; "Grade, g/t" and "Recovery, %", naming no metal, in a text of one metal: that metal's. */
    private Optional<Metric> metricOrTheOnlyMetals(Meaning read) {
        Optional<Metric> metric = read.metric();
        if (metric.isEmpty() && read.metal() == null && !read.excluded() && read.resolvedMeasure().isPresent()) {
            Measure measure = read.resolvedMeasure().get();
            Metal only = measure == Measure.GRADE && read.unit() == Vocabulary.UnitHint.GRADE ? onlyPrecious : measure == Measure.RECOVERY ? onlyMetal : null;
            if (only != null) {
                metric = read.within(Meaning.ofMetal(only)).metric();
            }
        }
        return metric;
    }

    private void startMetricTable(Row row, int at) {
        endTable();
        metricColumns = new ArrayList<>();
        for (String cell : row.all()) {
            // ("Head grade (g/t)" and "Recovery (%)" beside "Gold produced (oz)" in a text of gold alone: gold's)
            Meaning read = Vocabulary.read(cell);
            metricColumns.add(read.metric().isEmpty() ? metricOrTheOnlyMetals(read).map(m -> read.within(Meaning.ofMetal(m.metal()))).orElse(read) : read);
        }
        metricHeadings = row.all();
        metricPlan = row.all().stream().anyMatch(c -> TableHeader.PLAN_WORD.matcher(c).find());
        for (int k = at - 1; k >= Math.max(0, at - 3) && !rows.get(k).prose(); k--) {
            metricPlan |= TableHeader.PLAN_WORD.matcher(rows.get(k).label()).find(); // "2016 Guidance" over its mines' rows
        }
        metricPeriod = PeriodLabels.parse(row.label()).orElse(null);
        for (int k = at - 1; metricPeriod == null && k >= Math.max(0, at - 3); k--) {
            List<String> named = PeriodLabels.splitHeaderLine(rows.get(k).label());
            metricPeriod = named.isEmpty() ? null : PeriodLabels.parse(named.get(0)).orElse(null);
        }
        if (metricPeriod == null) {
            metricPeriod = releasePeriod;
        }
    }

    private void readMineRow(Row row) {
        if (metricPlan) {
            if (!row.label().isBlank()) {
                warnings.accept(new Sentence("table.plan-row", row.line(), row.label().strip()));
            }
            return;
        }
        if (metricPeriod == null) {
            warnings.accept(new Sentence("table.no-period", row.line(), row.label().strip()));
            return;
        }
        if (row.label().isBlank() || OTHERS_ROW.matcher(row.label().strip()).matches()) {
            return; // "Total of other mines", "Others": neither a mine nor the company
        }
        String mine = rowMineName(row.label());
        ReportingPeriod period = metricPeriod;
        List<String> cells = row.all();
        if (PeriodLabels.isMonthName(row.label().strip()) || PeriodLabels.parse(row.label()).isPresent() && !metricOneCellPerLine) {
            // months as rows ("April | 97,300 | 6,120") of the text's one mine: a month of the table's quarter, never a mine
            String monthsMine = singleMine != null ? singleMine : metricCaptionMine;
            Optional<ReportingPeriod> labelled = PeriodLabels.parse(row.label());
            int month = labelled.isPresent() ? -1 : PeriodLabels.monthNumber(row.label().strip());
            boolean inQuarter = month > 0 && period.kind() == org.minewatch.domain.model.period.PeriodKind.QUARTER && (month - 1) / 3 + 1 == period.number();
            boolean company = monthsMine == null && !mines.namesAny(); // a text that names no mine: the company's months
            if (monthsMine == null && !company || labelled.isEmpty() && !inQuarter) {
                warnings.accept(new Sentence("table.period-row-unplaced", row.line(), row.label().strip()));
                return;
            }
            period = labelled.orElseGet(() -> ReportingPeriod.month(metricPeriod.year(), month));
            mine = monthsMine;
        }
        if (metricOneCellPerLine) {
            // periods as rows ("Q1, 2006", "Q4, 2006") of the text's only mine; a comparison row ("Q1/07:Q1/06") is not a period's
            Optional<ReportingPeriod> rowPeriod = PeriodLabels.parse(row.label());
            if (rowPeriod.isPresent() || PeriodLabels.isOtherColumn(row.label()) || row.label().contains(":")) {
                String periodsMine = singleMine != null ? singleMine : metricCaptionMine;
                if (rowPeriod.isEmpty() || row.label().contains(":") || periodsMine == null || PeriodLabels.splitHeaderLine(row.label()).size() > 1) {
                    return;
                }
                period = rowPeriod.get();
                mine = periodsMine;
            }
            cells = new ArrayList<>();
            cells.add(row.label());
            cells.addAll(mineValues(row));
            if (cells.size() > metricColumns.size()) {
                // a row without a label ran on after this one's figures: the first are this row's, the rest are not read
                warnings.accept(new Sentence("table.run-on-figures", row.line(), row.label().strip(), cells.size() - metricColumns.size()));
                cells = cells.subList(0, metricColumns.size());
            }
            if (cells.size() == metricColumns.size() - 1) {
                // "Total | 342,131 | 36,072 | 378,203" under "Interest held by the Group": a total holds no share of its own
                List<Integer> shares = new ArrayList<>();
                for (int p = 1; p < metricHeadings.size(); p++) {
                    if (SHARE_HEADING.matcher(metricHeadings.get(p)).find() && metricColumns.get(p).metric().isEmpty()) {
                        shares.add(p);
                    }
                }
                if (shares.size() == 1) {
                    cells = new ArrayList<>(cells);
                    cells.add(shares.get(0), "");
                }
            }
            if (cells.size() != metricColumns.size()) {
                warnings.accept(new Sentence("table.figures-for-columns", row.line(), row.label().strip(), cells.size() - 1, metricColumns.size() - 1));
                return;
            }
        }
        for (int p = 1; p < Math.min(cells.size(), metricColumns.size()); p++) {
            Optional<Metric> metric = metricColumns.get(p).metric();
            if (metric.isPresent()) {
                emit(mine, period, metric.get(), cells.get(p), row.line());
            }
        }
    }
}
