package org.minewatch.domain.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.minewatch.domain.model.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The CSV is read line by line (not split into an array of every line first): lines end and are counted as before. */
class ObservationCsvTest {

    @Test
    void lines_end_with_any_of_lf_crlf_or_cr_and_blank_ones_are_skipped() {
        ParsedRelease read = ObservationCsv.parse("\r\n  \nmine,period,measure,metal,value,unit\r\nCaylloma,2013-Q1,tpd,,1500,t/d\r\n\r"
                + "Caylloma,2013-Q2,tpd,,1510,t/d\rCaylloma,2013-Q3,tpd,,1520,t/d\n");

        assertThat(read.figures()).extracting(ParsedFigure::line).containsExactly(4, 6, 7);
        assertThat(read.figures()).extracting(f -> f.figure().value().intValue()).containsExactly(1500, 1510, 1520);
    }

    @Test
    void a_line_that_cannot_be_read_is_named_by_its_number_counting_blank_lines_and_any_line_ending() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, () -> ObservationCsv.parse(
                "\nmine,period,measure,metal,value,unit\r\n\rCaylloma,2013-Q5,tpd,,1500,t/d\n"));

        assertThat(refused.getMessage()).isEqualTo("Line 4: Malformed period '2013-Q5': a quarter is 1 to 4, not 5");
    }

    @Test
    void the_header_is_the_first_line_that_is_not_blank_and_is_named_by_its_number_when_wrong() {
        InvalidValueException refused = catchThrowableOfType(InvalidValueException.class, () -> ObservationCsv.parse("\r\n\r\nmine,period,value\n"));
        assertThat(refused.getMessage()).startsWith("Line 3: the CSV header must be mine,period,measure,metal,value,unit");

        InvalidValueException empty = catchThrowableOfType(InvalidValueException.class, () -> ObservationCsv.parse(" \n\r\n"));
        assertThat(empty.sentence().key()).isEqualTo("csv.empty");
    }
}
