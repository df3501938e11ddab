package org.minewatch.domain.model.metal;

import java.math.BigDecimal;
import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;

/**
 * The normalized units in which MineWatch stores every figure, with the conversion factors of DOMAIN.md.
 * Figures published in other units (short tons, oz per short ton, thousands of ounces) are converted to
 * these before they are stored.
 */
public enum Unit {
    TONNE("t"),
    TONNES_PER_DAY("t/d"),
    GRAMS_PER_TONNE("g/t"),
    PERCENT("%"),
    TROY_OUNCE("oz"),
    POUND("lb");

    /** 1 troy ounce = 31.1034768 g (exact by definition). */
    public static final BigDecimal GRAMS_PER_TROY_OUNCE = new BigDecimal("31.1034768");
    /** 1 lb = 0.45359237 kg (exact by definition). */
    public static final BigDecimal KILOGRAMS_PER_POUND = new BigDecimal("0.45359237");
    /** 1 t = 1,000 kg = 2,204.62262 lb, the factor DOMAIN.md fixes for base-metal production. */
    public static final BigDecimal POUNDS_PER_TONNE = new BigDecimal("2204.62262");
    /** 1 short ton = 0.90718474 t (exact by definition). */
    public static final BigDecimal TONNES_PER_SHORT_TON = new BigDecimal("0.90718474");
    /** Troy ounces in a kilogram: 1,000 g / 31.1034768 g. */
    public static final BigDecimal OUNCES_PER_KILOGRAM = BigDecimal.valueOf(1000).divide(GRAMS_PER_TROY_OUNCE, java.math.MathContext.DECIMAL64);
    /** Troy ounces in a gram: 1 g / 31.1034768 g. */
    public static final BigDecimal OUNCES_PER_GRAM = BigDecimal.ONE.divide(GRAMS_PER_TROY_OUNCE, java.math.MathContext.DECIMAL64);
    /** 1 oz per short ton = 34.2857143 g/t. */
    public static final BigDecimal GRAMS_PER_TONNE_PER_OUNCE_PER_SHORT_TON = new BigDecimal("34.2857143");

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Unit fromSymbol(String symbol) {
        for (Unit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new InvalidValueException(new Sentence("value.unknown-unit", String.valueOf(symbol)));
    }
}
