package org.minewatch.domain.release;

import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * A guidance a release states: for a calendar year, of a metal (null when a withdrawal names none), for a
 * mine or the company (null), a range (low = high for a single figure) in our units, or a withdrawal; with
 * the sentence and line it was read from.
 */
public record ParsedGuidance(int year, String mine, Metal metal, ReportedFigure low, ReportedFigure high, boolean withdrawn, String sentence, int line) {
}
