package org.minewatch.domain.release;

import java.util.List;

/** What the parser understood of a release: its figures, and what it saw but could not place. */
public record ParsedRelease(List<ParsedFigure> figures, List<String> warnings) {

    public ParsedRelease {
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
    }
}
