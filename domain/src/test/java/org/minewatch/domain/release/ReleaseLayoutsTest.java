package org.minewatch.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Layouts beyond the five samples, each a small table as releases print it: the parser must read each the
 * same way, and leave out what is not production.
 */
class ReleaseLayoutsTest {

    private final ReleaseParser parser = new ReleaseParser(List.of("Caylloma", "San Jose"));

    private Set<String> read(String text) {
        return parser.parse(text).figures().stream()
                .map(f -> String.join("|", String.valueOf(f.mine()), f.period().code(), f.measure().code(), String.valueOf(f.metal()),
                        f.figure().value().stripTrailingZeros().toPlainString()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void runs_of_spaces_with_a_single_mine_named_in_the_text() {
        String text = """
                The Caylloma mine processed more ore than a year before.
                                          Q3 2011        Q3 2010
                Tonnes milled             115,574        100,000
                Tonnes mined              120,000        101,000
                Silver grade (g/t)        186            170
                Silver recovery (%)       81             80
                Silver production (oz)    559,959        437,000
                Silver equivalent (oz)    600,000        470,000
                """;
        assertThat(read(text)).containsExactlyInAnyOrder(
                "Caylloma|2011-Q3|tonnes_milled|null|115574", "Caylloma|2010-Q3|tonnes_milled|null|100000",
                "Caylloma|2011-Q3|grade|AG|186", "Caylloma|2010-Q3|grade|AG|170",
                "Caylloma|2011-Q3|recovery|AG|81", "Caylloma|2010-Q3|recovery|AG|80",
                "Caylloma|2011-Q3|production|AG|559959", "Caylloma|2010-Q3|production|AG|437000");
    }

    @Test
    void pipe_delimited_rows_with_empty_padding_and_placeholders() {
        String text = """
                Caylloma mine
                |                   | 3Q 2011 | Q2 - 2011 |
                | Tonnes milled     | 115,574 | -         |
                | Silver            |         |           |
                | Grade (g/t)       | 186     | Nil       |
                | Recovery (%)      | 81      | --        |
                """;
        assertThat(read(text)).containsExactlyInAnyOrder(
                "Caylloma|2011-Q3|tonnes_milled|null|115574", "Caylloma|2011-Q3|grade|AG|186", "Caylloma|2011-Q3|recovery|AG|81");
    }

    @Test
    void a_whole_table_glued_onto_one_line() {
        String text = "Caylloma mine production Q3 2011 Q3 2010 Tonnes milled 115,574 100,000 Silver grade (g/t) 186 170 "
                + "Silver recovery (%) 81 80 Silver production (oz) 559,959 437,000";
        assertThat(read(text)).containsExactlyInAnyOrder(
                "Caylloma|2011-Q3|tonnes_milled|null|115574", "Caylloma|2010-Q3|tonnes_milled|null|100000",
                "Caylloma|2011-Q3|grade|AG|186", "Caylloma|2010-Q3|grade|AG|170",
                "Caylloma|2011-Q3|recovery|AG|81", "Caylloma|2010-Q3|recovery|AG|80",
                "Caylloma|2011-Q3|production|AG|559959", "Caylloma|2010-Q3|production|AG|437000");
    }

    @Test
    void mines_as_rows_and_metrics_as_columns() {
        String text = """
                Production by mine, Third Quarter 2011
                Mine\tTonnes milled\tAg grade (g/t)\tAg recovery (%)\tAg production (oz)\tAgEq production (oz)
                Caylloma\t115,574\t186\t81\t559,959\t600,000
                San Jose\t37,417\t108\t87\t113,178\t150,000
                """;
        assertThat(read(text)).containsExactlyInAnyOrder(
                "Caylloma|2011-Q3|tonnes_milled|null|115574", "Caylloma|2011-Q3|grade|AG|186", "Caylloma|2011-Q3|recovery|AG|81",
                "Caylloma|2011-Q3|production|AG|559959",
                "San Jose|2011-Q3|tonnes_milled|null|37417", "San Jose|2011-Q3|grade|AG|108", "San Jose|2011-Q3|recovery|AG|87",
                "San Jose|2011-Q3|production|AG|113178");
    }

    @Test
    void a_unit_column_beside_the_figures_and_thousands() {
        String text = """
                Caylloma mine
                \tUnit\tQ3 2011\tQ2 2011
                Tonnes milled\tt\t115,574\t110,000
                Silver grade\tg/t\t186\t180
                Gold production\t'000 oz\t1.6\t1.5
                Zinc production\tMlb\t5.8\t6.1
                """;
        assertThat(read(text)).containsExactlyInAnyOrder(
                "Caylloma|2011-Q3|tonnes_milled|null|115574", "Caylloma|2011-Q2|tonnes_milled|null|110000",
                "Caylloma|2011-Q3|grade|AG|186", "Caylloma|2011-Q2|grade|AG|180",
                "Caylloma|2011-Q3|production|AU|1600", "Caylloma|2011-Q2|production|AU|1500",
                "Caylloma|2011-Q3|production|ZN|5800000", "Caylloma|2011-Q2|production|ZN|6100000");
    }

    @Test
    void us_units_are_converted_with_their_resolution() {
        String text = """
                Bald Mountain mine
                \tQ3 2011
                Ore milled (tons)\t100,000
                Gold grade (oz/ton)\t0.102
                """;
        ParsedRelease release = parser.parse(text);
        assertThat(read(text)).containsExactlyInAnyOrder(
                "Bald Mountain|2011-Q3|tonnes_milled|null|90718.474", "Bald Mountain|2011-Q3|grade|AU|3.4971428586");
        ParsedFigure grade = release.figures().stream().filter(f -> f.metal() != null).findFirst().orElseThrow();
        assertThat(grade.figure().resolution()).isEqualByComparingTo("0.0342857143");
    }

    @Test
    void header_labels_that_wrap_over_lines_one_cell_per_line() {
        String text = """
                Operating highlights
                Q3 2011
                Caylloma,
                Peru
                San Jose,
                Mexico
                Consolidated
                Silver production (oz)
                559,959
                113,178
                673,137
                """;
        assertThat(read(text)).containsExactlyInAnyOrder(
                "Caylloma|2011-Q3|production|AG|559959", "San Jose|2011-Q3|production|AG|113178", "null|2011-Q3|production|AG|673137");
    }

    @Test
    void months_and_nine_months_spellings() {
        String text = """
                San Jose mine
                \tJune 2013\tNine months ended September 30, 2013\tThree months ended June 30, 2013
                Tonnes milled\t30,000\t250,000\t90,000
                """;
        assertThat(read(text)).containsExactlyInAnyOrder(
                "San Jose|2013-06|tonnes_milled|null|30000", "San Jose|2013-9M|tonnes_milled|null|250000", "San Jose|2013-Q2|tonnes_milled|null|90000");
    }

    @Test
    void prose_only_yields_nothing_and_says_so() {
        ParsedRelease release = parser.parse("Caylloma had a strong third quarter of 2011 and expects more in 2012.\nMore news soon.");
        assertThat(release.figures()).isEmpty();
        assertThat(release.warnings()).singleElement().asString().contains("No production figures found");
    }
}
