package org.minewatch.domain.model.metal;

import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;

/**
 * A metal reported in a production release. Precious metals are graded in g/t and produced in troy ounces,
 * base metals graded in % and produced in pounds: the unit of each figure follows from the metal.
 */
public enum Metal {
    AG("Ag", "Silver", true),
    AU("Au", "Gold", true),
    PB("Pb", "Lead", false),
    ZN("Zn", "Zinc", false),
    CU("Cu", "Copper", false);

    private final String symbol;
    private final String englishName;
    private final boolean precious;

    Metal(String symbol, String englishName, boolean precious) {
        this.symbol = symbol;
        this.englishName = englishName;
        this.precious = precious;
    }

    public String symbol() {
        return symbol;
    }

    public String englishName() {
        return englishName;
    }

    public boolean isPrecious() {
        return precious;
    }

    public Unit gradeUnit() {
        return precious ? Unit.GRAMS_PER_TONNE : Unit.PERCENT;
    }

    public Unit productionUnit() {
        return precious ? Unit.TROY_OUNCE : Unit.POUND;
    }

    /** Accepts the code ({@code AG}) or the chemical symbol ({@code Ag}), in any case. */
    public static Metal parse(String text) {
        if (text != null) {
            for (Metal metal : values()) {
                if (metal.name().equalsIgnoreCase(text.trim())) {
                    return metal;
                }
            }
        }
        throw new InvalidValueException(new Sentence("value.unknown-metal", String.valueOf(text)));
    }
}
