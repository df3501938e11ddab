package org.minewatch.domain.release;

import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * One figure the parser read: where it belongs (mine, null for consolidated; period; measure; metal, null
 * for tonnes and tpd), its value and resolution in normalized units, and the line it came from.
 */
public record ParsedFigure(String mine, ReportingPeriod period, Measure measure, Metal metal, ReportedFigure figure, int line) {
}
