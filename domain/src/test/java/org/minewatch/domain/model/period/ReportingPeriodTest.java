package org.minewatch.domain.model.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2011-Q3", "2011-9M", "2011-FY", "2013-06", "2010-Q1", "2012-3M", "2012-12"})
    void codes_read_and_write_the_same(String code) {
        assertThat(ReportingPeriod.parse(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2011", "2011-Q5", "2011-Q0", "2011-7M", "2011-13", "Q3 2011", "2011-q3x", "11-Q3", "2011-FY2"})
    void anything_else_is_malformed_with_a_message(String code) {
        assertThatThrownBy(() -> ReportingPeriod.parse(code)).isInstanceOf(MalformedPeriodException.class).hasMessageNotContaining("Exception");
    }

    @Test
    void a_period_knows_its_days() {
        ReportingPeriod q3 = ReportingPeriod.parse("2011-Q3");
        assertThat(q3.startDate()).isEqualTo(LocalDate.of(2011, 7, 1));
        assertThat(q3.endDate()).isEqualTo(LocalDate.of(2011, 9, 30));
        assertThat(q3.calendarDays()).isEqualTo(92);
        assertThat(ReportingPeriod.parse("2012-FY").calendarDays()).isEqualTo(366);
        assertThat(ReportingPeriod.parse("2013-06").endDate()).isEqualTo(LocalDate.of(2013, 6, 30));
    }

    @Test
    void year_to_date_is_made_of_its_quarters() {
        ReportingPeriod nineMonths = ReportingPeriod.yearToDate(2011, 3);
        assertThat(nineMonths.code()).isEqualTo("2011-9M");
        assertThat(nineMonths.quarters()).extracting(ReportingPeriod::code).containsExactly("2011-Q1", "2011-Q2", "2011-Q3");
        assertThat(nineMonths.lastQuarter()).isEqualTo(ReportingPeriod.quarter(2011, 3));
        assertThat(ReportingPeriod.yearToDate(2011, 4)).isEqualTo(ReportingPeriod.fullYear(2011));
        assertThat(nineMonths.covers(ReportingPeriod.parse("2011-08"))).isTrue();
        assertThat(nineMonths.covers(ReportingPeriod.parse("2011-Q4"))).isFalse();
    }

    @Test
    void a_day_falls_in_its_calendar_quarter() {
        assertThat(ReportingPeriod.quarterOf(LocalDate.of(2011, 9, 30))).isEqualTo(ReportingPeriod.quarter(2011, 3));
        assertThat(ReportingPeriod.quarterOf(LocalDate.of(2011, 10, 1))).isEqualTo(ReportingPeriod.quarter(2011, 4));
        assertThat(ReportingPeriod.quarterOf(LocalDate.of(2012, 1, 1))).isEqualTo(ReportingPeriod.quarter(2012, 1));
    }

    @Test
    void quarters_have_neighbours() {
        ReportingPeriod q1 = ReportingPeriod.quarter(2011, 1);
        assertThat(q1.previousQuarter()).isEqualTo(ReportingPeriod.quarter(2010, 4));
        assertThat(ReportingPeriod.quarter(2011, 3).sameQuarterPriorYear()).isEqualTo(ReportingPeriod.quarter(2010, 3));
        assertThat(ReportingPeriod.parse("2011-06").lastQuarter()).isEqualTo(ReportingPeriod.quarter(2011, 2));
    }

    @Test
    void ordering_is_by_end_then_longer_first_and_agrees_with_equals() {
        ReportingPeriod q1 = ReportingPeriod.quarter(2011, 1);
        ReportingPeriod threeMonths = ReportingPeriod.parse("2011-3M");
        assertThat(q1).isNotEqualTo(threeMonths);
        assertThat(q1.compareTo(threeMonths)).isNotZero();
        assertThat(ReportingPeriod.parse("2011-9M").compareTo(ReportingPeriod.parse("2011-Q3"))).isNegative();
        assertThat(ReportingPeriod.parse("2011-Q2").compareTo(ReportingPeriod.parse("2011-Q3"))).isNegative();
    }
}
