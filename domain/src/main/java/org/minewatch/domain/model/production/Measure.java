package org.minewatch.domain.model.production;

import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;

/** What a figure measures, with the codes of the observation format. */
public enum Measure {
    TONNES_MILLED("tonnes_milled", false),
    TPD("tpd", false),
    GRADE("grade", true),
    RECOVERY("recovery", true),
    PRODUCTION("production", true);

    private final String code;
    private final boolean perMetal;

    Measure(String code, boolean perMetal) {
        this.code = code;
        this.perMetal = perMetal;
    }

    public String code() {
        return code;
    }

    public boolean isPerMetal() {
        return perMetal;
    }

    /** The normalized unit of this measure, for the given metal where the measure is per metal. */
    public Unit unit(Metal metal) {
        return switch (this) {
            case TONNES_MILLED -> Unit.TONNE;
            case TPD -> Unit.TONNES_PER_DAY;
            case GRADE -> metal.gradeUnit();
            case RECOVERY -> Unit.PERCENT;
            case PRODUCTION -> metal.productionUnit();
        };
    }

    /** The measure named in a sentence, in any language ("recovery of AG"; {@code measure.<code>} in the reading bundle). */
    public Sentence named(Metal metal) {
        Sentence measure = new Sentence("measure." + code);
        return metal == null ? measure : new Sentence("measure.of-metal", measure, metal.name());
    }

    public static Measure fromCode(String code) {
        for (Measure measure : values()) {
            if (measure.code.equals(code)) {
                return measure;
            }
        }
        throw new InvalidValueException(new Sentence("value.unknown-measure", String.valueOf(code)));
    }
}
