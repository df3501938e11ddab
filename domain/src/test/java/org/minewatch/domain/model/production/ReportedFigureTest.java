package org.minewatch.domain.model.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.metal.Unit;

class ReportedFigureTest {

    @Test
    void the_resolution_is_one_unit_of_the_last_printed_digit() {
        assertThat(ReportedFigure.printed("559,959").resolution()).isEqualByComparingTo("1");
        assertThat(ReportedFigure.printed("0.35").resolution()).isEqualByComparingTo("0.01");
        assertThat(ReportedFigure.printed("0.35").lowest()).isEqualByComparingTo("0.345");
        assertThat(ReportedFigure.printed("0.35").highest()).isEqualByComparingTo("0.355");
        assertThat(ReportedFigure.printed("1,270").value()).isEqualByComparingTo("1270");
        assertThat(ReportedFigure.printed("1,270").value().toPlainString()).isEqualTo("1270");
    }

    @Test
    void conversions_carry_the_resolution_along() {
        ReportedFigure thousands = ReportedFigure.printed("1,472").times(new BigDecimal("1000"));
        assertThat(thousands.value()).isEqualByComparingTo("1472000");
        assertThat(thousands.roundingHalfWidth()).isEqualByComparingTo("500");
        ReportedFigure shortTons = ReportedFigure.printed("100").times(Unit.TONNES_PER_SHORT_TON);
        assertThat(shortTons.value()).isEqualByComparingTo("90.718474");
    }

    @Test
    void units_follow_domain_md() {
        // 1 t = 1,000 kg = 2,204.62262 lb, consistent with 1 lb = 0.45359237 kg to the printed digits
        assertThat(new BigDecimal(1000).divide(Unit.KILOGRAMS_PER_POUND, java.math.MathContext.DECIMAL64).doubleValue())
                .isCloseTo(Unit.POUNDS_PER_TONNE.doubleValue(), org.assertj.core.api.Assertions.within(0.000005));
        assertThat(Unit.GRAMS_PER_TROY_OUNCE.divide(Unit.TONNES_PER_SHORT_TON, java.math.MathContext.DECIMAL64).doubleValue())
                .isCloseTo(Unit.GRAMS_PER_TONNE_PER_OUNCE_PER_SHORT_TON.doubleValue(), org.assertj.core.api.Assertions.within(0.0000001));
        assertThat(Unit.fromSymbol("t/d")).isEqualTo(Unit.TONNES_PER_DAY);
    }
}
