package org.minewatch.domain.release;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;
import org.minewatch.domain.model.production.Measure;

/**
 * What a row label says: a section that sets the context of the rows under it (head grade, recovery,
 * production, a metal, the ore processed, or something not to read such as concentrate), or a row of
 * figures with its measure, metal and the factor that brings its unit to ours.
 */
final class RowLabels {

    enum Section { ORE, GRADE, RECOVERY, PRODUCTION, METAL, EXCLUDED, OTHER }

    /** A row's meaning: measure and metal (either may come from the section), and the unit factor. */
    record Metric(Measure measure, Metal metal, BigDecimal factor) {
    }

    private static final Pattern FOOTNOTE = Pattern.compile("\\(\\d\\)|\\*+|\u00b9|\u00b2|\u00b3");
    private static final Pattern EXCLUDED = Pattern.compile(
            "\\b(mined|sold|equivalent|ageq|aueq|geo|price|prices|cost|costs|aisc|placed|leach|pad|stacked|payable|revenue|sales|cash|"
                    + "tonnes produced|dry tonnes|concentrate production|concentrate grade|concentrates? produced|development|waste|strip)\\b");
    private static final Pattern CONCENTRATE_SECTION = Pattern.compile("\\bconcentrates?\\b");
    private static final Pattern THOUSANDS = Pattern.compile("'000|\\b000'?s\\b|\\(000|\\b000 |\\bkoz\\b|\\bklb\\b|\\bthousands?\\b|\\bkt\\b");
    private static final Pattern MILLIONS = Pattern.compile("\\bmoz\\b|\\bmlbs?\\b|\\bmillions?\\b|\\bmt\\b");
    private static final Pattern SHORT_TONS = Pattern.compile("\\btons\\b|\\bton\\b");
    private static final Pattern OZ_PER_TON = Pattern.compile("oz ?/ ?t(on)?\\b|\\bopt\\b|ounces per ton");

    private RowLabels() {
    }

    static String normalize(String label) {
        return FOOTNOTE.matcher(label).replaceAll(" ").replace('\u00a0', ' ').replaceAll("[:\u2013\u2014]", " ")
                .replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    static Optional<Metal> metal(String normalized) {
        if (Pattern.compile("\\b(silver|ag)\\b").matcher(normalized).find()) {
            return Optional.of(Metal.AG);
        }
        if (Pattern.compile("\\b(gold|au)\\b").matcher(normalized).find()) {
            return Optional.of(Metal.AU);
        }
        if (Pattern.compile("\\b(lead|pb)\\b").matcher(normalized).find()) {
            return Optional.of(Metal.PB);
        }
        if (Pattern.compile("\\b(zinc|zn)\\b").matcher(normalized).find()) {
            return Optional.of(Metal.ZN);
        }
        if (Pattern.compile("\\b(copper|cu)\\b").matcher(normalized).find()) {
            return Optional.of(Metal.CU);
        }
        return Optional.empty();
    }

    /** A label with no figures beside it: what section it opens. */
    static Section section(String label) {
        String n = normalize(label);
        if (n.isEmpty()) {
            return Section.OTHER;
        }
        if (EXCLUDED.matcher(n).find() || (CONCENTRATE_SECTION.matcher(n).find() && !n.contains("recover"))) {
            return Section.EXCLUDED;
        }
        if (n.contains("recover")) {
            return Section.RECOVERY;
        }
        if (n.contains("grade")) {
            return Section.GRADE;
        }
        if (n.contains("produc") && !n.contains("processed")) {
            return Section.PRODUCTION;
        }
        if (n.matches("(processed ore|ore processed|milling|mill|processing|ore milled).*")) {
            return Section.ORE;
        }
        if (metal(n).isPresent() && n.split(" ").length <= 2) {
            return Section.METAL;
        }
        return Section.OTHER;
    }

    /**
     * A label with figures beside it, in the context of the section above it; empty for rows that are not
     * production figures (tonnes mined, metal sold, prices, concentrate) or cannot be placed.
     */
    static Optional<Metric> metric(String label, Section section, Metal sectionMetal) {
        String n = normalize(label);
        if (n.isEmpty() || section == Section.EXCLUDED || EXCLUDED.matcher(n).find()) {
            return Optional.empty();
        }
        BigDecimal multiplier = THOUSANDS.matcher(n).find() ? BigDecimal.valueOf(1000)
                : MILLIONS.matcher(n).find() ? BigDecimal.valueOf(1_000_000) : BigDecimal.ONE;
        boolean shortTons = SHORT_TONS.matcher(n).find() && !n.contains("tonne");
        if (n.contains("tpd") || n.contains("per day") || n.contains("/day") || n.contains("t/d")) {
            return Optional.of(new Metric(Measure.TPD, null, shortTons ? Unit.TONNES_PER_SHORT_TON : BigDecimal.ONE));
        }
        boolean tonnage = n.matches(".*\\b(tonnes|tons|ore|throughput|milled|processed)\\b.*") && metal(n).isEmpty()
                && !n.contains("grade") && !n.contains("recover");
        if (tonnage && (n.contains("milled") || n.contains("processed") || n.contains("throughput") || section == Section.ORE)) {
            return Optional.of(new Metric(Measure.TONNES_MILLED, null, multiplier.multiply(shortTons ? Unit.TONNES_PER_SHORT_TON : BigDecimal.ONE)));
        }
        Metal metal = metal(n).orElse(sectionMetal);
        if (metal == null) {
            return Optional.empty();
        }
        Measure measure;
        if (n.contains("recover")) {
            measure = Measure.RECOVERY;
        } else if (n.contains("grade") || n.contains("g/t") || OZ_PER_TON.matcher(n).find() || n.contains("grams per tonne")) {
            measure = Measure.GRADE;
        } else if (n.contains("produc") || n.contains("(oz") || n.contains("ounces") || n.contains("(lb") || n.contains("pounds")
                || n.contains(" oz") || n.contains(" lbs")) {
            measure = Measure.PRODUCTION;
        } else {
            measure = switch (section) {
                case GRADE -> Measure.GRADE;
                case RECOVERY -> Measure.RECOVERY;
                case PRODUCTION -> Measure.PRODUCTION;
                default -> null;
            };
        }
        if (measure == null) {
            return Optional.empty();
        }
        BigDecimal factor = BigDecimal.ONE;
        if (measure == Measure.GRADE && OZ_PER_TON.matcher(n).find()) {
            factor = Unit.GRAMS_PER_TONNE_PER_OUNCE_PER_SHORT_TON;
        } else if (measure == Measure.PRODUCTION) {
            factor = multiplier;
        }
        return Optional.of(new Metric(measure, metal, factor));
    }
}
