package org.minewatch.domain.release;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.period.ReportingPeriod;

/**
 * What the parser understood of a release: its figures, the guidance it states, the company that issued it
 * (if its text says), the period it is about (if its title or first lines say), the date of its dateline (if
 * it has one), and what it saw but could not place (sentences of the {@code reading} bundle, in any language).
 */
public record ParsedRelease(List<ParsedFigure> figures, List<Sentence> warnings, Optional<ReleaseIssuer> issuer, List<ParsedGuidance> guidance,
                            ReportingPeriod period, Optional<LocalDate> published) {

    public ParsedRelease {
        figures = List.copyOf(figures);
        warnings = List.copyOf(warnings);
        guidance = List.copyOf(guidance);
    }

    /** Figures without a text behind them (a CSV): no issuer, guidance or period of their own. */
    public ParsedRelease(List<ParsedFigure> figures, List<Sentence> warnings) {
        this(figures, warnings, Optional.empty(), List.of(), null, Optional.empty());
    }
}
