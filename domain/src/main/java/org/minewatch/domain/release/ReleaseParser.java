package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.release.ReleaseText.Row;

/**
 * Reads production figures out of release text as it is copied from a web page or a PDF, whatever shape the
 * tables arrive in, and out of its sentences and highlights; says which company issued it and what guidance
 * it states. It never invents a figure: what it cannot place (a row, a column, a mine, a period) becomes a
 * warning, and a sentence of guidance, outlook or target is never read as production.
 *
 * <p>The steps: the text becomes rows ({@link ReleaseText}); the mines it speaks of are found
 * ({@link MineNames}); tables are read ({@link TableReader}); then sentences ({@link ProseReader}), for the
 * figures no table gave; the issuer ({@link IssuerReader}) and the guidance ({@link GuidanceReader}) are read
 * from the sentences as well.
 */
public final class ReleaseParser {

    private final Collection<String> knownMines;

    /** @param knownMines mine names already stored for the company, spelled as stored */
    public ReleaseParser(Collection<String> knownMines) {
        this.knownMines = List.copyOf(knownMines);
    }

    public ReleaseParser() {
        this(List.of());
    }

    public ParsedRelease parse(String text) {
        String plain = ReleaseText.normalize(text);
        List<Row> rows = ReleaseText.rows(plain);
        MineNames mines = new MineNames(knownMines, plain);
        String singleMine = mines.single(plain).orElse(null);
        ReportingPeriod period = releasePeriod(rows);
        Map<String, ParsedFigure> figures = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        TableReader tables = new TableReader(rows, mines, singleMine, period, f -> figures.putIfAbsent(key(f), f), warnings::add);
        boolean tableSeen = tables.read();
        List<ParsedGuidance> guidance = new ArrayList<>();
        GuidanceReader guidanceReader = new GuidanceReader(mines, period);
        ProseReader prose = new ProseReader(mines, singleMine, period);
        String sectionMine = null;
        for (Row row : rows) {
            if (!row.prose() && row.cells().isEmpty() && row.label().split("\\s+").length < 6) {
                if (mines.isTitle(row.label())) {
                    sectionMine = mines.clean(row.label());
                }
                continue;
            }
            String line = row.prose() ? row.label() : String.join(" ", row.all());
            for (String sentence : ProseReader.sentences(line)) {
                if (guidanceReader.isGuidance(sentence)) {
                    guidance.addAll(guidanceReader.read(sentence, row.line()));
                    continue;
                }
                prose.read(sentence, row.line(), sectionMine).forEach(f -> figures.putIfAbsent(key(f), f));
            }
        }
        if (figures.isEmpty()) {
            warnings.add(tableSeen ? "A table was found but no row of it could be read as production figures"
                    : "No production figures found: no table with periods in its header, and no sentence stating tonnes, grades, recoveries or metal produced");
        }
        return new ParsedRelease(List.copyOf(figures.values()), warnings, IssuerReader.read(plain), guidance, period);
    }

    private static String key(ParsedFigure f) {
        return f.mine() + "|" + f.period() + "|" + f.measure() + "|" + Objects.toString(f.metal());
    }

    /**
     * The period a release is about: the first quarter its title and opening lines name; else a month, when they
     * speak of a month's production; else none (a dateline's date is not the period).
     */
    static ReportingPeriod releasePeriod(List<Row> rows) {
        ReportingPeriod month = null;
        for (int r = 0; r < Math.min(rows.size(), 12); r++) {
            Row row = rows.get(r);
            String line = row.prose() ? row.label() : String.join(" ", row.all());
            for (PeriodLabels.Mention m : PeriodLabels.mentions(line)) {
                if (m.period() != null && m.period().kind() == PeriodKind.QUARTER) {
                    return m.period();
                }
                if (m.period() != null && m.period().kind() == PeriodKind.MONTH && month == null && line.toLowerCase(java.util.Locale.ROOT).contains("month")) {
                    month = m.period();
                }
            }
        }
        return month;
    }
}
