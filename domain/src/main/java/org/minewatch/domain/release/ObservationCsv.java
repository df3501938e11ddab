package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.Observation;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * Figures as CSV in the observation format: a header {@code mine,period,measure,metal,value,unit}, then one
 * figure a line; an empty mine is a consolidated figure, an empty metal a tonnage. Values are written as
 * printed (their decimals give their resolution); fields may be quoted. Any line that does not fit refuses
 * the whole file, naming the line.
 */
public final class ObservationCsv {

    static final List<String> HEADER = List.of("mine", "period", "measure", "metal", "value", "unit");

    private ObservationCsv() {
    }

    /** @throws InvalidValueException naming the first lines that do not fit (at most ten) */
    public static ParsedRelease parse(String text) {
        // line by line, as String.lines() ends them (\n, \r\n or \r): an array of every line held a second copy of
        // the whole text, and the line endings made uniform first a third
        Iterator<String> lines = text.lines().iterator();
        int n = 0;
        String headerLine = null;
        while (headerLine == null && lines.hasNext()) {
            String line = lines.next();
            n++;
            if (!line.isBlank()) {
                headerLine = line;
            }
        }
        if (headerLine == null) {
            throw new InvalidValueException(new Sentence("csv.empty", String.join(",", HEADER)));
        }
        List<String> header = fields(headerLine).stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            throw new InvalidValueException(new Sentence("csv.header", n, String.join(",", HEADER), headerLine.strip()));
        }
        List<ParsedFigure> figures = new ArrayList<>();
        List<Sentence> problems = new ArrayList<>();
        while (lines.hasNext() && problems.size() < 10) {
            String line = lines.next();
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                figures.add(figure(fields(line), n));
            } catch (InvalidValueException e) {
                problems.add(new Sentence("csv.line", n, e.sentence()));
            } catch (IllegalArgumentException e) {
                problems.add(new Sentence("csv.line", n, e.getMessage())); // no sentence of its own: its English words
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(new Sentence("list", problems));
        }
        return new ParsedRelease(figures, figures.isEmpty() ? List.of(new Sentence("csv.header-only")) : List.of());
    }

    private static ParsedFigure figure(List<String> fields, int line) {
        if (fields.size() != HEADER.size()) {
            throw new InvalidValueException(new Sentence("csv.fields", fields.size(), HEADER.size()));
        }
        String mine = fields.get(0).strip();
        ReportingPeriod period = ReportingPeriod.parse(fields.get(1).strip());
        Measure measure = Measure.fromCode(fields.get(2).strip().toLowerCase(java.util.Locale.ROOT));
        Metal metal = fields.get(3).isBlank() ? null : Metal.parse(fields.get(3));
        ReportedFigure figure = ReportedFigure.printed(fields.get(4).strip());
        Unit unit = Unit.fromSymbol(fields.get(5).strip());
        Observation.of(mine.isEmpty() ? null : mine, period, measure, metal, figure); // checks measure, metal and unit agree
        if (unit != measure.unit(metal)) {
            throw new InvalidValueException(new Sentence("value.wrong-unit", measure.code(), measure.unit(metal).symbol(), unit.symbol()));
        }
        return new ParsedFigure(mine.isEmpty() ? null : mine, period, measure, metal, figure, line);
    }

    /** A line's fields, with double quotes around a field that holds a comma ("" for a quote inside). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
