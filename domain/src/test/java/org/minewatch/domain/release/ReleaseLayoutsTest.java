package org.minewatch.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.period.ReportingPeriod;

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

    @Test
    void fiscal_quarters_are_read_as_the_calendar_quarters_the_text_says_they_ended() {
        String text = """
                Lomas Verdes reports production for the second quarter of fiscal year 2024 ("Q2 FY2024"), ended March 31, 2024.
                Q2 FY2024 | Q1 FY2024 | Q2 FY2023 | FY 2024 |
                Ore milled (tonnes) | 120,000 | 110,000 | 100,000 | |
                Gold |
                Grade (g/t) | 2.10 | 2.00 | 1.90 | |
                Production (oz) | 7,400 | 6,500 | 5,600 | 28,000 - 30,000 |
                Copper |
                Production (K lbs) | 1,144 | 1,216 | 797 | |
                """;
        ReleaseParser parser = new ReleaseParser(List.of("Lomas Verdes"));
        ParsedRelease parsed = parser.parse(text);
        assertThat(parsed.period().code()).isEqualTo("2024-Q1");
        assertThat(parsed.warnings()).anyMatch(w -> w.toString().startsWith("Fiscal quarters read as calendar quarters"));
        assertThat(parsed.figures().stream().map(f -> f.period().code() + "|" + f.measure().code() + "|" + f.metal() + "|"
                + f.figure().value().stripTrailingZeros().toPlainString()).toList()).containsExactlyInAnyOrder(
                "2024-Q1|tonnes_milled|null|120000", "2023-Q4|tonnes_milled|null|110000", "2023-Q1|tonnes_milled|null|100000",
                "2024-Q1|grade|AU|2.1", "2023-Q4|grade|AU|2", "2023-Q1|grade|AU|1.9",
                "2024-Q1|production|AU|7400", "2023-Q4|production|AU|6500", "2023-Q1|production|AU|5600",
                "2024-Q1|production|CU|1144000", "2023-Q4|production|CU|1216000", "2023-Q1|production|CU|797000");
    }

    @Test
    void fiscal_quarters_the_text_does_not_place_are_named_in_the_warning_not_guessed() {
        String text = """
                Northern Star Gold Ltd reports production for the quarter

                                        Q2 FY2013    Q1 FY2013
                Ore milled (t)            412,300      398,100
                Gold produced (oz)         29,740       28,270
                """;
        ParsedRelease parsed = parser.parse(text);
        assertThat(parsed.figures()).isEmpty();
        assertThat(parsed.warnings()).filteredOn(w -> w.key().equals("fiscal-quarters.unplaced")).singleElement().asString()
                .contains("\"Q2 FY2013\"", "neither when its fiscal year ends");
    }

    @Test
    void a_fiscal_alias_without_a_fiscal_mark_is_read_throughout_as_the_text_declares_it() {
        String text = """
                Minera Norte Corp. reported results for the second quarter ended September 30, 2012 ("Q2 2013").
                In Q2 2013 the Caylloma mine milled 80,000 tonnes, compared to 75,000 tonnes in Q2 2012.
                """;
        assertThat(read(text)).containsExactlyInAnyOrder("Caylloma|2012-Q3|tonnes_milled|null|80000", "Caylloma|2011-Q3|tonnes_milled|null|75000");
    }

    @Test
    void a_fiscal_label_without_its_end_date_is_not_read_as_a_calendar_quarter() {
        String text = """
                Caylloma mine
                | | Q2 FY2024 | Q1 FY2024 |
                | Tonnes milled | 120,000 | 110,000 |
                """;
        assertThat(read(text)).isEmpty();
    }

    @Test
    void quarters_over_a_row_of_years_are_those_years_quarters_and_not_read_when_they_do_not_pair() {
        String paired = """
                Caylloma mine
                | | Q3 | Q2 | Q3 |
                | | 2019 | 2019 | 2018 |
                | Ore milled (tonnes) | 120,000 | 110,000 | 100,000 |
                """;
        assertThat(read(paired)).containsExactlyInAnyOrder("Caylloma|2019-Q3|tonnes_milled|null|120000",
                "Caylloma|2019-Q2|tonnes_milled|null|110000", "Caylloma|2018-Q3|tonnes_milled|null|100000");
        String spanned = """
                Caylloma mine
                | | Q3 | Q2 | Year-to-date |
                | | 2019 | 2018 | 2019 | 2019 |
                | Ore milled (tonnes) | 120,000 | 100,000 | 110,000 | 330,000 |
                """;
        // Q3 spans this year and the year before, the current first: the one reading that fits
        assertThat(read(spanned)).containsExactlyInAnyOrder("Caylloma|2019-Q3|tonnes_milled|null|120000", "Caylloma|2018-Q3|tonnes_milled|null|100000",
                "Caylloma|2019-Q2|tonnes_milled|null|110000", "Caylloma|2019-9M|tonnes_milled|null|330000");
        String ambiguous = """
                Caylloma mine
                | | Q3 | Q2 |
                | | 2019 | 2018 | 2017 |
                | Ore milled (tonnes) | 120,000 | 100,000 | 110,000 |
                """;
        assertThat(read(ambiguous)).as("either word could span two years: nothing read as full years or guessed").isEmpty();
    }

    @Test
    void a_unit_multiplier_is_not_a_figure_and_a_quarter_before_of_is_not_a_year() {
        String text = """
                Caylloma mine, third quarter of 2011
                | | | Q3 2011 | Q3 2010 |
                | Silver produced | '000 oz | 2,028 | 1,890 |
                At the Caylloma mine, copper production in Q3 of 37.3 kt was a record.
                """;
        // 37.3 kt of copper = 37,300 t x 2,204.62262 lb/t, in the release's own quarter, not in a year 2037
        assertThat(read(text)).containsExactlyInAnyOrder("Caylloma|2011-Q3|production|AG|2028000", "Caylloma|2010-Q3|production|AG|1890000",
                "Caylloma|2011-Q3|production|CU|82232423.726");
    }

    @Test
    void a_text_that_names_no_mine_speaks_of_the_company_and_a_subject_that_produced_is_a_mine() {
        ReleaseParser newcomer = new ReleaseParser();
        String company = """
                Minera Norte Corp. reports its third quarter 2019 results.
                Produced approximately 1.9 million ounces of silver and 1,100 ounces of gold, compared to 1.8 million ounces of silver and 1,000 ounces of gold in the prior year quarter.
                """;
        assertThat(newcomer.parse(company).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal()).toList())
                .containsExactlyInAnyOrder("null|2019-Q3|AG", "null|2019-Q3|AU", "null|2018-Q3|AG", "null|2018-Q3|AU");
        String subject = """
                Minera Norte Corp. reports its second quarter 2013 production.
                Hycroft produced 39,195 oz of gold in the second quarter of 2013.
                """;
        assertThat(newcomer.parse(subject).figures()).singleElement().satisfies(f -> assertThat(f.mine()).isEqualTo("Hycroft"));
        String otherName = """
                Minera Norte Corp. reports its second quarter 2013 production.
                Gold production was 39,195 oz of gold in the second quarter, helped by Lomas grades.
                """;
        assertThat(newcomer.parse(otherName).figures()).as("a name the text never calls a mine: whose figure it is is not guessed").isEmpty();
    }

    @Test
    void one_cell_per_line_with_a_change_column_and_a_heap_leach_whose_grades_are_the_pads() {
        String text = """
                San Jose mine
                Q3 2011
                Q2 2011
                % Change
                Ore milled
                kt
                394
                365
                7.9%
                Ore to leach pad
                kt
                7,099
                5,843
                21.5%
                Gold grade to leach pad
                g/t
                0.37
                0.37
                0.0%
                Gold recovery
                %
                74%
                74%
                0.0%
                Gold produced
                oz
                42,960
                41,000
                4.8%
                """;
        assertThat(read(text)).containsExactlyInAnyOrder("San Jose|2011-Q3|tonnes_milled|null|394000", "San Jose|2011-Q2|tonnes_milled|null|365000",
                "San Jose|2011-Q3|production|AU|42960", "San Jose|2011-Q2|production|AU|41000");
    }

    @Test
    void a_quarter_named_by_its_last_month_takes_its_year_from_the_dateline() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                PERTH, 20th July 2018 - Minera Sur Ltd reports on the June quarter.
                Gold production at the Cowal mine in the June quarter reached 63 777 oz, up from the 61 000 oz produced in the March quarter.
                In the December quarter the Cowal mine produced 60 100 oz of gold.
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Cowal|2018-Q2|63777", "Cowal|2018-Q1|61000", "Cowal|2017-Q4|60100");
    }

    @Test
    void names_with_their_place_in_parentheses_are_mines_and_a_consolidated_figure_is_the_companys() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur Ltd quarterly report, September quarter 2015.
                Consolidated gold production was 111,039 ounces for the quarter.
                Leonora (Western Australia) production was 81,500 ounces of gold for the quarter.
                Simberi (PNG) gold production was a record 29,539 ounces for the quarter.
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2015-Q3|111039", "Leonora|2015-Q3|81500", "Simberi|2015-Q3|29539");
    }

    @Test
    void a_range_whose_ends_both_carry_their_multiplier_is_one_guidance_and_the_one_it_replaces_is_withdrawn() {
        String text = """
                Minera Sur Ltd, July 17, 2018: second quarter 2018 production of 2.8-million ounces of silver at the Caylloma mine.
                The company increased its 2018 silver production guidance to between 12-million ounces and 13.2-million ounces.
                This compares to the previous 2018 production guidance of between 10.6-million and 11.8-million ounces of silver.
                """;
        ParsedRelease parsed = parser.parse(text);
        assertThat(parsed.figures()).singleElement().satisfies(f -> assertThat(f.figure().value()).isEqualByComparingTo("2800000"));
        assertThat(parsed.guidance().stream().map(g -> g.year() + "|" + g.metal() + "|" + g.low().value().toPlainString() + "-"
                + g.high().value().toPlainString() + "|" + g.withdrawn()).toList())
                .containsExactlyInAnyOrder("2018|AG|12000000-13200000|false", "2018|AG|10600000-11800000|true");
    }

    @Test
    void a_span_to_a_day_over_its_years_one_cell_per_line_at_a_mine_with_a_short_name() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur Inc. today announced production results at its Cerro Verde Alto ("CVA") mine in Mexico.
                "The CVA mine delivered another strong quarter," said the CEO.
                |
                Three Months Ended March 31, |
                CVA Production (100% Basis) |
                2024 |
                2023 |
                Tonnes milled (dmt) |
                292,114 |
                260,428 |
                Recoveries |
                |
                |
                Silver - in both lead and zinc concentrates |
                88.8% |
                88.3% |
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|"
                + f.figure().value().toPlainString()).toList()).containsExactlyInAnyOrder(
                "Cerro Verde Alto|2024-Q1|tonnes_milled|292114", "Cerro Verde Alto|2023-Q1|tonnes_milled|260428",
                "Cerro Verde Alto|2024-Q1|recovery|88.8", "Cerro Verde Alto|2023-Q1|recovery|88.3");
    }

    @Test
    void cells_wrapped_between_bars_with_change_and_year_to_date_columns_under_a_total_caption() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur Ltd. reports its Q2 2024 production results from its Bolivar mine and its Zimapan mine.
                Production Summary – Total
                |
                2024-Q2
                |
                2024-Q1
                |
                Change
                Q2 vs
                Q1
                |
                2024
                YTD
                |
                2023
                YTD
                |
                Material Processed
                (tonnes milled)
                |
                500,754
                |
                470,345
                |
                6 %
                |
                971,099
                |
                926,466
                |
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2024-Q2|500754", "null|2024-Q1|470345", "null|2024-6M|971099", "null|2023-6M|926466");
    }

    @Test
    void metrics_one_per_line_over_rows_of_mines_and_over_rows_of_periods() {
        String mines = """
                Third quarter 2011 production at the Caylloma mine and the San Jose mine.
                |
                Tonnes per
                day
                |
                Grade Ag
                g/t
                |
                Silver
                Ounces
                |
                Recovery
                Ag %
                |
                Caylloma
                |
                1,270
                |
                186
                |
                559,959
                |
                81.0
                |
                Combined
                |
                1,680
                |
                167
                |
                673,137
                |
                82.1
                |
                """;
        assertThat(read(mines)).containsExactlyInAnyOrder("Caylloma|2011-Q3|tpd|null|1270", "Caylloma|2011-Q3|grade|AG|186",
                "Caylloma|2011-Q3|production|AG|559959", "Caylloma|2011-Q3|recovery|AG|81",
                "null|2011-Q3|tpd|null|1680", "null|2011-Q3|grade|AG|167", "null|2011-Q3|production|AG|673137", "null|2011-Q3|recovery|AG|82.1");
        String periods = """
                The Caylloma mine reports its production for the first quarter, 2012.
                |Comparative Table of Caylloma Operations
                |Plant
                |Grade
                |Produced
                |Period
                |T'put(t)
                |Ag(gpt)
                |Ag (oz)
                |Q4, 2011
                |24,805
                |479
                |300,872
                |Q1, 2012
                |27,585
                |492
                |350,087
                |Q1/12:Q4/11
                |+11%
                |+3%
                |+16%
                """;
        assertThat(read(periods)).containsExactlyInAnyOrder("Caylloma|2011-Q4|tonnes_milled|null|24805", "Caylloma|2011-Q4|grade|AG|479",
                "Caylloma|2011-Q4|production|AG|300872", "Caylloma|2012-Q1|tonnes_milled|null|27585", "Caylloma|2012-Q1|grade|AG|492",
                "Caylloma|2012-Q1|production|AG|350087");
    }

    @Test
    void a_mine_on_a_property_a_markdown_ruler_a_footnote_number_and_the_finer_of_two_units() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur Ltd. announces Q1 2013 production results from its Santa Rita mine operation on the Lomas property near Durango, Mexico.
                Q4 2012
                |
                Q1 2013
                |
                % Change
                |
                ||
                ---|---|---|---|---|
                Feed Grade Silver (g/t) |
                259
                |
                309
                |
                19.3
                |
                1 |
                Total Silver Produced (kg) |
                4,000
                |
                4,960
                |
                24.0
                |
                |
                Total Silver Produced (oz) calculated |
                128,607
                |
                159,582
                |
                24.1
                |
                |
                Total Gold Produced (g) |
                14,161
                |
                17,875
                |
                26.2
                |
                |
                Total Gold Produced (oz) calculated |
                455
                |
                574
                |
                26.2
                |
                |
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.metal()
                + "|" + f.figure().value().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()).toList()).containsExactlyInAnyOrder(
                "Santa Rita|2012-Q4|grade|AG|259.0", "Santa Rita|2013-Q1|grade|AG|309.0",
                "Santa Rita|2012-Q4|production|AG|128607.0", "Santa Rita|2013-Q1|production|AG|159582.0",
                // 14,161 g / 31.1034768 g/oz, and 17,875 g: grams are finer than whole ounces
                "Santa Rita|2012-Q4|production|AU|455.3", "Santa Rita|2013-Q1|production|AU|574.7");
    }

    @Test
    void metrics_over_groups_of_period_columns_and_a_year_to_date_sentence_beside_an_equivalent() {
        String text = """
                Minera Sur Corp. reports production results for the second quarter of 2024 from its two operating mines.
                Consolidated gold and silver production for the first six months of 2024 totaled 182,394 ounces and 2.1 million ounces, respectively, or 229,113 ounces of gold equivalent.
                Q2 2024 Consolidated Gold and Silver Production
                Gold Production (oz) |
                Silver Production (oz) |
                |||
                Q2 2024 | Q2 2023 | Q2 2024 | Q2 2023 | |
                San Jose Mine | 5,269 | 5,778 | 684,176 | 957,265 |
                Caylloma Mine | 143 | 89 | 306,398 | 305,296 |
                Total | 5,412 | 5,867 | 990,574 | 1,262,561 |
                """;
        assertThat(read(text)).containsExactlyInAnyOrder(
                "null|2024-6M|production|AU|182394", "null|2024-6M|production|AG|2100000",
                "San Jose|2024-Q2|production|AU|5269", "San Jose|2023-Q2|production|AU|5778",
                "San Jose|2024-Q2|production|AG|684176", "San Jose|2023-Q2|production|AG|957265",
                "Caylloma|2024-Q2|production|AU|143", "Caylloma|2023-Q2|production|AU|89",
                "Caylloma|2024-Q2|production|AG|306398", "Caylloma|2023-Q2|production|AG|305296",
                "null|2024-Q2|production|AU|5412", "null|2023-Q2|production|AU|5867",
                "null|2024-Q2|production|AG|990574", "null|2023-Q2|production|AG|1262561");
    }

    @Test
    void a_gold_miners_ounces_are_gold_and_a_sentence_naming_no_mine_of_several_is_the_companys() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                PERTH, 20th July 2018 - Australian gold miner Minera Sur Ltd reports higher production in its June quarter.
                Gold production in the June quarter reached 202 254 oz, up from the 191 474 oz produced in the March quarter.
                The Cowal mine produced 63 777 oz during the quarter.
                The Mt Carlton mine produced 26 708 oz during the quarter.
                Pilar record production of 11,068 ounces was a highlight.
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal() + "|"
                + f.figure().value().toPlainString()).toList()).containsExactlyInAnyOrder(
                "null|2018-Q2|AU|202254", "null|2018-Q1|AU|191474", "Cowal|2018-Q2|AU|63777", "Mt Carlton|2018-Q2|AU|26708");
    }

    @Test
    void a_base_metals_grade_and_tonnes_in_a_sentence_and_a_date_things_run_to_is_no_dateline() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                NICOSIA, July 13, 2021 - Minera Sur Plc announces its operations update for the second quarter of 2021 at Proyecto Riotinto.
                The permit was renewed for another 10 years to September 14, 2031.
                Copper production in Q2 2021 was 14,353 tonnes. An average copper head grade of 0.42% and a recovery rate of 84.83% for the 4.0 Mt of ore processed.
                Silver metal recovery at the plant reached 90.1%.
                """;
        ParsedRelease parsed = newcomer.parse(text);
        assertThat(parsed.published()).hasValue(java.time.LocalDate.of(2021, 7, 13));
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.metal() + "|"
                + f.figure().value().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).toList()).containsExactlyInAnyOrder(
                // 14,353 t x 2,204.62262 lb/t
                "Riotinto|2021-Q2|production|CU|31642948.46", "Riotinto|2021-Q2|grade|CU|0.42", "Riotinto|2021-Q2|recovery|CU|84.83",
                "Riotinto|2021-Q2|tonnes_milled|null|4000000.00", "Riotinto|2021-Q2|recovery|AG|90.10");
    }

    @Test
    void tons_are_tonnes_in_a_text_of_metric_grades_and_short_tons_beside_ounces_per_ton() {
        String metric = "At the Caylloma mine an average of 1,287 tons per day was processed in the third quarter of 2011, at a head grade of 14.7 g/t gold.";
        assertThat(read(metric)).containsExactlyInAnyOrder("Caylloma|2011-Q3|tpd|null|1287", "Caylloma|2011-Q3|grade|AU|14.7");
        assertThat(parser.parse(metric).warnings()).anyMatch(w -> w.toString().startsWith("\"Tons\" read as metric tonnes"));
        String us = "At the Caylloma mine an average of 1,000 tons per day was processed in the third quarter of 2011, at a head grade of 0.40 oz/ton gold.";
        // 1,000 short tons = 907.18474 tonnes; 0.40 oz/ton = 13.714 g/t
        assertThat(read(us)).containsExactlyInAnyOrder("Caylloma|2011-Q3|tpd|null|907.18474", "Caylloma|2011-Q3|grade|AU|13.71428572");
    }

    @Test
    void tons_beside_metric_grades_are_short_tons_when_only_so_the_metal_balance_closes() {
        // 100,000 short tons = 90,718.474 t; x 5.00 g/t x 90% / 31.1034768 = 13,125 oz; as tonnes it would be 14,468 oz
        String shortTons = "The Rice Lake mill processed 100,000 tons in the fourth quarter of 2013 at a head grade of 5.00 g/t gold and a recovery of 90%, "
                + "producing 13,125 ounces of gold.";
        assertThat(read(shortTons)).contains("Rice Lake|2013-Q4|tonnes_milled|null|90718.474", "Rice Lake|2013-Q4|production|AU|13125");
        assertThat(parser.parse(shortTons).warnings()).anyMatch(w -> w.key().equals("short-tons"));

        String tonnes = shortTons.replace("13,125", "14,468");
        assertThat(read(tonnes)).contains("Rice Lake|2013-Q4|tonnes_milled|null|100000", "Rice Lake|2013-Q4|production|AU|14468");
        assertThat(parser.parse(tonnes).warnings()).anyMatch(w -> w.key().equals("metric-tons"));

        // an impossible recovery has no balance to weigh the two readings by: read as tonnes, the recovery left to the checks
        String impossible = shortTons.replace("90%", "190%");
        assertThat(read(impossible)).contains("Rice Lake|2013-Q4|tonnes_milled|null|100000", "Rice Lake|2013-Q4|recovery|AU|190");
    }

    @Test
    void a_month_of_the_release_quarter_and_the_quarter_itself_in_one_sentence() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur has completed commissioning at its Edikan gold mine, located in Ghana, during December 2011.
                Mill throughput – 395,500 dry tonnes for December and 1,089,000 dry tonnes for the December quarter;
                Calculated recovery – 82.6 per cent for December and 81.0 per cent for the quarter;
                Gold recovered – 13,510 ounces for December and 35,801 ounces for the quarter;
                Plant availability was 90 per cent in July.
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.metal() + "|"
                + f.figure().value().toPlainString()).toList()).containsExactlyInAnyOrder(
                "Edikan|2011-12|tonnes_milled|null|395500", "Edikan|2011-Q4|tonnes_milled|null|1089000",
                "Edikan|2011-12|recovery|AU|82.6", "Edikan|2011-Q4|recovery|AU|81",
                "Edikan|2011-12|production|AU|13510", "Edikan|2011-Q4|production|AU|35801");
    }

    @Test
    void total_rows_of_a_company_with_two_mines_and_a_row_run_on_by_an_unlabelled_one() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur Ltd. announces its Q2 2013 production from its San Gonzalo mine and its Avino Mine.
                |
                Total Mill Feed (metric tonnes) |
                Feed Grade Silver (g/t) |
                Total Silver Produced (oz) |
                San Gonzalo |
                6,580 |
                285 |
                52,182 |
                Avino |
                6,324 |
                78 |
                9,525 |
                |
                12,904 |
                |
                61,707 |
                Production numbers from Q2 2013 compared to Q1 2013 are presented below:
                Q1 2013 |
                Q2 2013 |
                % Change |
                |
                Total Silver Produced (oz) |
                159,582 |
                175,166 |
                9.76 |
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|"
                + f.figure().value().toPlainString()).toList()).containsExactlyInAnyOrder(
                "San Gonzalo|2013-Q2|tonnes_milled|6580", "San Gonzalo|2013-Q2|grade|285", "San Gonzalo|2013-Q2|production|52182",
                "Avino|2013-Q2|tonnes_milled|6324", "Avino|2013-Q2|grade|78", "Avino|2013-Q2|production|9525",
                "null|2013-Q1|production|159582", "null|2013-Q2|production|175166");
    }

    @Test
    void a_year_to_date_cell_wrapped_over_two_lines_and_mines_named_above_their_units() {
        String text = """
                Minera Sur's two mines report production for the third quarter of 2011.
                Group production summary

                9m 2011

                9m

                2010

                Q3 2011

                Q2 2011

                Copper production
                kt
                230.5
                216.8
                82.9
                77.6
                Aktogay
                kt
                111.4
                95.4
                37.3
                37.4
                """;
        // kt of copper: x 1,000 t x 2,204.62262 lb/t
        assertThat(new ReleaseParser().parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal() + "|"
                + f.figure().value().toPlainString()).toList()).containsExactlyInAnyOrder(
                "null|2011-9M|CU|508165513.91", "null|2010-9M|CU|477962184.016",
                "null|2011-Q3|CU|182763215.198", "null|2011-Q2|CU|171078715.312",
                "Aktogay|2011-9M|CU|245594959.868", "Aktogay|2010-9M|CU|210320997.948",
                "Aktogay|2011-Q3|CU|82232423.726", "Aktogay|2011-Q2|CU|82452885.988");
    }

    @Test
    void production_beside_its_cost_and_a_fiscal_quarter_by_its_month_without_a_year() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Quarterly Report / Q1 September 2015 - Minera Sur Ltd
                Leonora (Western Australia) production was 81,500 ounces of gold for the September quarter (Q4 Jun: 72,222 oz) at AISC of A$692 per ounce.
                Simberi (PNG) gold production was a record 29,539 ounces for the quarter. AISC was A$1,252 per ounce.
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Leonora|2015-Q3|81500", "Leonora|2015-Q2|72222", "Simberi|2015-Q3|29539");
    }

    @Test
    void a_spanish_half_year_release_with_a_bound_in_its_title_and_a_split_thousands() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Producción de plata de Minera Sur supera las 12 millones de onzas en primer semestre
                La empresa Minera Sur registró 12, 664,820 de onzas en la producción de plata en el primer semestre del 2017, gracias a sus cinco unidades operativas.
                """;
        ParsedRelease parsed = newcomer.parse(text);
        assertThat(parsed.period().code()).isEqualTo("2017-6M");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactly("null|2017-6M|AG|12664820");
    }

    @Test
    void a_span_to_a_day_above_the_header_whose_years_follow_it_and_percent_signs_on_lines_of_their_own() {
        ReleaseParser newcomer = new ReleaseParser();
        // one cell per line; the prose just above names one of the two mines, the table is the company's
        String text = """
                The company runs two mines, Caylloma and San Jose.

                The Caylloma mine operated below its capacity of 1,500 tonnes per day, as we expected.

                Consolidated Production Results

                Six months ended June 30,
                Consolidated Production Q2 2023 Q1 2023 % Var. Q2 2022 % Var.

                2023

                2022

                Tonnes processed

                702,052

                577,284

                22

                %

                640,181

                10

                %

                1,279,336

                1,230,911
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2023-Q2|702052", "null|2023-Q1|577284", "null|2022-Q2|640181", "null|2023-6M|1279336", "null|2022-6M|1230911");
    }

    @Test
    void mines_titled_by_rows_of_their_own_in_a_table_of_fiscal_quarters_with_a_unit_line_under_each_label() {
        ReleaseParser newcomer = new ReleaseParser();
        // one cell per line; "Mar-21 Q" is the quarter ended in March 2021; the fiscal year to date is left out, the group's rows are the company's
        String text = """
                Group gold production of 34.9 koz, with first figures from the Dargues operation.

                OPERATING SNAPSHOT

                Mar-21 Q

                Dec-20 Q

                % chg QoQ

                FY21 YTD

                PEAK

                Ore processed

                t

                128,399

                166,241

                -23%

                468,939

                HERA

                Gold produced

                oz

                11,658

                5,796

                101%

                26,904

                GROUP

                Gold production

                oz

                34,901

                15,874

                120%

                80,769
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Peak|2021-Q1|tonnes_milled|128399", "Peak|2020-Q4|tonnes_milled|166241", "Hera|2021-Q1|production|11658",
                        "Hera|2020-Q4|production|5796", "null|2021-Q1|production|34901", "null|2020-Q4|production|15874");
    }

    @Test
    void sentences_wrapped_over_lines_a_mine_titled_in_capitals_and_base_metal_grades_after_gold() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Quarterly Report for the period ending 31 December 2015 DECEMBER QUARTER HIGHLIGHTS
                  • Record zinc recoveries of 93%

                    HERA OPERATIONS
                  • Ore processed of 71,703 t, grading 5.5 g/t gold, 2.65% lead and 2.64% zinc
                  • Strong base metal recoveries including record zinc recovery of 93.3% and lead recoveries at 90.2%
                The Hera mine produced 9,432 ounces of gold in the quarter at an all-in sustaining cost of A$1,100 per
                ounce, its best quarter since the mine began.
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.measure().code() + "|" + f.metal() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Hera|tonnes_milled|null|71703", "Hera|grade|AU|5.5", "Hera|grade|PB|2.65", "Hera|grade|ZN|2.64",
                        "Hera|recovery|ZN|93.3", "Hera|recovery|PB|90.2", "Hera|production|AU|9432");
    }

    @Test
    void a_table_whose_cells_the_page_glued_together_and_a_group_table_of_a_company_naming_one_mine_and_its_fellows() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                The Inmaculada Mine led the quarter.
                Total production includes 100% of all production from Inmaculada, Pallancata and Arcata.

                TOTAL GROUP PRODUCTION

                 Q4 2023Q3 2023Q4 202212 mths\u0020
                2023
                12 mths\u0020
                2022
                Silver production (koz)3,0863,2053,63211,68313,596
                Gold production (koz)64.4160.8168.11225.77244.63

                Inmaculada

                ProductQ4 2023Q3 2023Q4 202212 mths\u0020
                2023
                12 mths\u0020
                2022
                Ore production (tonnes treated)301,127300,076323,8701,137,1091,329,177
                Average grade silver (g/t)186166
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal() + "|" + f.figure().value().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2023-Q4|AG|3086000", "null|2023-Q3|AG|3205000", "null|2022-Q4|AG|3632000", "null|2023-FY|AG|11683000",
                        "null|2022-FY|AG|13596000", "null|2023-Q4|AU|64410", "null|2023-Q3|AU|60810", "null|2022-Q4|AU|68110", "null|2023-FY|AU|225770",
                        "null|2022-FY|AU|244630", "Inmaculada|2023-Q4|null|301127", "Inmaculada|2023-Q3|null|300076", "Inmaculada|2022-Q4|null|323870",
                        "Inmaculada|2023-FY|null|1137109", "Inmaculada|2022-FY|null|1329177");
    }

    @Test
    void glued_figures_are_split_only_where_each_can_end_in_one_place() {
        assertThat(ReleaseText.gluedFigures("3,0863,2053,63211,68313,596")).contains(List.of("3,086", "3,205", "3,632", "11,683", "13,596"));
        assertThat(ReleaseText.gluedFigures("730,652838,233-13%691,8336%")).contains(List.of("730,652", "838,233", "-13%", "691,833", "6%"));
        assertThat(ReleaseText.gluedFigures("64.4160.8168.11225.77244.63")).contains(List.of("64.41", "60.81", "68.11", "225.77", "244.63"));
        assertThat(ReleaseText.gluedFigures("186166")).isEmpty();
        assertThat(ReleaseText.gluedFigures("3,086")).isEmpty();
        assertThat(ReleaseText.gluedFigures("1.21.3")).as("one decimal or two: 1.2|1.3 against 1.21|.3").contains(List.of("1.2", "1.3"));
    }

    @Test
    void a_full_year_section_in_a_release_of_the_quarter_and_year_and_ore_the_metal_came_from() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                A Strong Finish to 2021 as Minera Sur Exceeds the High-End of Gold Production Guidance With 182,755 Ounces
                VANCOUVER, Feb. 23, 2022 -- Minera Sur Corp. announces financial and operating results for the three months and year ended December 31, 2021.

                2021 HIGHLIGHTS

                  • Gold production of 182,755 ounces:
                    • Limon produced 67,352 ounces from 495,668 tonnes of ore at an average grade of 4.69 g/t Au and average recoveries of 89.7%
                    • Libertad produced 115,403 ounces from 1,462,912 tonnes of ore at an average grade of 2.68 g/t Au and average recoveries of 92.8%;

                FOURTH QUARTER HIGHLIGHTS

                  • Gold production of 48,100 ounces, compared to 41,000 ounces in the prior year quarter.
                """;
        ParsedRelease parsed = newcomer.parse(text);
        assertThat(parsed.period().code()).isEqualTo("2021-Q4");
        assertThat(parsed.guidance()).as("a guidance exceeded is no guidance stated").isEmpty();
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2021-FY|production|182755", "Limon|2021-FY|production|67352", "Limon|2021-FY|tonnes_milled|495668",
                        "Limon|2021-FY|grade|4.69", "Limon|2021-FY|recovery|89.7", "Libertad|2021-FY|production|115403",
                        "Libertad|2021-FY|tonnes_milled|1462912", "Libertad|2021-FY|grade|2.68", "Libertad|2021-FY|recovery|92.8",
                        "null|2021-Q4|production|48100", "null|2020-Q4|production|41000");
    }

    @Test
    void an_australian_quarter_by_its_day_first_end_and_sentences_that_open_with_the_mine_beside_the_guidance_they_met() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur Resources (ASX: MSR) today provided its activities report for the quarter ending 30 September 2020.
                Gruyere produced 55,919 ounces of gold during the quarter (June quarter: 71,865 ounces) in line with updated quarterly guidance of 53,000 to 57,000 ounces.
                Gruyere ore tonnes processed totalled 1.9 Mt at a head grade of 1.03 g/t Au and a gold recovery of 91.5%.
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Gruyere|2020-Q3|production|55919", "Gruyere|2020-Q2|production|71865", "Gruyere|2020-Q3|tonnes_milled|1900000",
                        "Gruyere|2020-Q3|grade|1.03", "Gruyere|2020-Q3|recovery|91.5");
    }

    @Test
    void a_mine_named_where_output_came_from_and_a_calendar_full_year_labelled_fy() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                TORONTO, Jan. 07, 2021 -- Minera Sur Inc. reports Q4 2020 gold production of 130,640 ounces. Annual output at El Lim\u00f3n Guajes (ELG) beat guidance.
                Q4 & Full YEAR 2020 OPERATIONAL Highlights
                |Q4 2020
                |FY 2020
                |Gold Produced
                |oz
                |130,640
                |430,480
                |Average Plant Throughput
                |tpd
                |12,560
                |11,370
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("El Lim\u00f3n Guajes|2020-Q4|production|130640", "El Lim\u00f3n Guajes|2020-FY|production|430480",
                        "El Lim\u00f3n Guajes|2020-Q4|tpd|12560", "El Lim\u00f3n Guajes|2020-FY|tpd|11370");
    }

    @Test
    void a_calendar_quarter_by_its_month_with_its_fiscal_alias_places_the_fiscal_labels() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                A mill shutdown has cut Sept 2019 qtr (Q1 20) production from the Duketon mine to 87,633 ounces of gold.
                Q4 19 production was 90,966 ounces of gold.
                """;
        ParsedRelease parsed = newcomer.parse(text);
        assertThat(parsed.period().code()).isEqualTo("2019-Q3");
        assertThat(parsed.warnings()).anyMatch(w -> w.toString().contains("Sept 2019 qtr (Q1 20"));
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Duketon|2019-Q3|87633", "Duketon|2019-Q2|90966");
    }

    @Test
    void spanish_fine_tonnes_annual_figures_and_a_yearless_quarter_of_a_text_without_dateline() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Lima, 17 de febrero de 2025 \u2013 Minera Andina cerr\u00f3 el cuarto trimestre de 2024 con una producci\u00f3n de 64,000 toneladas m\u00e9tricas finas (TMF) de zinc, la m\u00e1s alta registrada en el a\u00f1o y un aumento del 2.6 % en comparaci\u00f3n con las 62,400 TMF del mismo periodo en 2023.
                Sin embargo, la producci\u00f3n anual consolidada de zinc en 2024 fue de 230,100 TMF, lo que representa una ca\u00edda del 4.9 % respecto a las 242,000 TMF obtenidas en 2023.
                """;
        assertThat(newcomer.parse(text).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal() + "|" + f.figure().value().setScale(0, java.math.RoundingMode.HALF_UP)).toList())
                .containsExactlyInAnyOrder("null|2024-Q4|ZN|141095848", "null|2023-Q4|ZN|137568451", "null|2024-FY|ZN|507283665", "null|2023-FY|ZN|533518674");
    }

    @Test
    void a_text_with_decimal_commas_and_thousands_points_and_an_equivalent_named_before_its_figure() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Hoy es Viernes 26 de Abril de 2024
                Nacional , 19 de Julio de 2016
                Minera Andina produjo 3,0 millones de onzas (Moz) de plata equivalente en sus minas en M\u00e9xico y Per\u00fa el segundo trimestre, 9% menos en la comparaci\u00f3n interanual.
                La producci\u00f3n de cobre equivalente se redujo 9%, a 19,7 millones de libras (Mlb, 8.936t).
                En otras producciones, la plata se elev\u00f3 33% a 780.000oz, el oro baj\u00f3 2% a 2.197oz, el cobre merm\u00f3 10% a 5,25Mlb.
                """;
        ParsedRelease parsed = newcomer.parse(text);
        assertThat(parsed.period().code()).isEqualTo("2016-Q2");
        assertThat(parsed.warnings()).anyMatch(w -> w.toString().contains("decimal comma"));
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal() + "|" + f.figure().value().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2016-Q2|AG|780000", "null|2016-Q2|AU|2197", "null|2016-Q2|CU|5250000");
    }

    @Test
    void a_text_that_writes_decimals_with_points_keeps_its_commas_as_thousands() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Minera Andina reports Q2 2016 production: silver production of 780,000 ounces at a head grade of 2.5 g/t gold and 5,25 words.
                """);
        assertThat(parsed.warnings()).noneMatch(w -> w.toString().contains("decimal comma"));
    }

    @Test
    void a_release_of_a_year_that_names_no_quarter() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur's Segovia continues to deliver with over 220,000 oz gold in 2020

                By staff / January 13, 2021

                Minera Sur (TSX: MSR) produced 220,194 oz. of gold in 2020 from its operations in Antioquia.

                Most of its production came from the company's Segovia operations, consisting of three underground mines.

                The Segovia operations processed an average of 1,280 tonnes per day in 2020 at an average head grade of 14.5 grams gold per tonne.

                In 2019, the company produced a total of 239,991 oz. gold, including 214,241 oz. of gold from Segovia.
                """;
        ParsedRelease parsed = newcomer.parse(text);
        assertThat(parsed.period().code()).isEqualTo("2020-FY");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2020-FY|production|220194", "Segovia|2020-FY|tpd|1280", "Segovia|2020-FY|grade|14.5",
                        "null|2019-FY|production|239991", "Segovia|2019-FY|production|214241");
    }

    @Test
    void metrics_one_per_line_after_the_mines_heading_under_a_caption_of_one_period_and_a_plan_for_the_next_quarter() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = """
                Minera Sur Ltd. (TSX: MSR) announces its third quarter 2019 production results from its Avino property near Durango, Mexico.
                The expectations are for higher production in Q4 2019 as we change our feed mix.
                Consolidated Production Tables
                Q3 2019
                Production by Mine | Tonnes Processed
                Silver Oz
                Gold Oz
                Copper Lbs
                AgEq
                Avino | 122,208 | 139,419 | 900 | 1,307,622 | 418,352
                San Gonzalo | 17,800 | 29,568 | 194 | \u2013 | 56,203
                """;
        ParsedRelease parsed = newcomer.parse(text);
        assertThat(parsed.period().code()).isEqualTo("2019-Q3");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|" + f.metal() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Avino|2019-Q3|tonnes_milled|null|122208", "Avino|2019-Q3|production|AG|139419", "Avino|2019-Q3|production|AU|900",
                        "Avino|2019-Q3|production|CU|1307622", "San Gonzalo|2019-Q3|tonnes_milled|null|17800", "San Gonzalo|2019-Q3|production|AG|29568",
                        "San Gonzalo|2019-Q3|production|AU|194");
    }

    @Test
    void a_page_run_into_one_line_by_a_company_named_resources_with_its_sales_beside_its_production() {
        ReleaseParser newcomer = new ReleaseParser();
        String text = "Silver Lake Resources Limited Suite 4, Level 3 South Shore Centre 85 South Perth Esplanade South Perth WA 6151 ASX Code: SLR "
                + "MARCH 2020 QUARTERLY ACTIVITIES REPORT Quarterly group production was 65,548 ounces gold and 438 tonnes copper, and record sales "
                + "of 68,183 ounces gold and 452 tonnes copper at an average gold sale price of A$2,170/oz Drill platforms have been established along "
                + "the development drive and drilling commenced on the Maiden Deflector South West Mineral Resource of 634kt @ 14.9g/t gold for "
                + "304,000 ounces gold declared in the quarter and more drilling is planned for the rest of the year across the whole of the lease";
        ParsedRelease parsed = newcomer.parse(text);
        assertThat(parsed.period().code()).isEqualTo("2020-Q1");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.metal() + "|" + f.figure().value().setScale(0, java.math.RoundingMode.HALF_UP)).toList())
                .containsExactlyInAnyOrder("null|AU|65548", "null|CU|965625");
    }

    @Test
    void a_release_of_the_fourth_quarter_and_year_end() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Minera Sur Corp. has released its fourth quarter and year-end 2014 operating results.
                Gold production for the fourth quarter was 71,278 ounces.
                """);
        assertThat(parsed.period().code()).isEqualTo("2014-Q4");
        assertThat(parsed.figures().stream().map(f -> f.period().code() + "|" + f.figure().value().toPlainString()).toList()).containsExactly("2014-Q4|71278");
    }

    @Test
    void blocks_of_one_form_titled_by_circuits_then_the_whole_and_a_metal_not_followed() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Minera Sur Ltd. reports Q3-2020 production from its tailings plant.
                The plant produced 14.7 million pounds of copper and 0.4 M lbs of molybdenum.
                |
                |
                July 2020 |
                Q3-2020 |
                Fresh tailings |
                |
                |
                Tonnes processed |
                3,198,361 |
                10,974,235 |
                Copper produced (million of pounds) |
                2.27 |
                6.68 |
                Cauquenes tailings |
                |
                |
                Tonnes processed |
                940,953 |
                4,362,040 |
                Copper produced (million of pounds) |
                1.70 |
                8.00 |
                Copper produced (M lbs) |
                3.97 |
                14.68 |
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("Fresh tailings|2020-07|TONNES_MILLED|3198361", "Fresh tailings|2020-Q3|TONNES_MILLED|10974235",
                        "Fresh tailings|2020-07|PRODUCTION|2270000", "Fresh tailings|2020-Q3|PRODUCTION|6680000",
                        "Cauquenes tailings|2020-07|TONNES_MILLED|940953", "Cauquenes tailings|2020-Q3|TONNES_MILLED|4362040",
                        "Cauquenes tailings|2020-07|PRODUCTION|1700000", "Cauquenes tailings|2020-Q3|PRODUCTION|8000000",
                        // the row after both blocks that gives their copper again is the whole's, and the molybdenum is no copper
                        "null|2020-07|PRODUCTION|3970000", "null|2020-Q3|PRODUCTION|14680000");
    }

    @Test
    void a_table_run_into_one_line_with_a_page_its_periods_over_their_years_and_totals_over_their_mines() {
        ParsedRelease parsed = new ReleaseParser().parse("Page | 1 Minera Sur Third Quarter 2018 Results FOR THE THREE MONTHS ENDING 30 SEPTEMBER 2018 "
                + "Metal Production & Costs Q1 Q2 Q3 YTD FY 2018 2018 2018 2018 2018 Guidance Total Copper (Tonnes) 27,466 27,131 31,919 86,516 "
                + "106,000-116,500 Prominent Hill 27,466 27,131 28,915 83,512 100,000-110,000 Antas - - 3,004 3,004 6,000-6,500 1 Total Gold (Ounces) "
                + "30,873 28,121 36,601 95,595 - Prominent Hill 30,873 28,121 34,143 93,137 120,000-130,000 Antas - - 2,458 2,458 - C1 Cash Costs "
                + "(US cents/lb) 97.4 72.4 77.2 82.2 - Prominent Hill 97.4 72.4 70.9 80.1 75-85 Antas - - 139.0 139.0 - The third quarter saw "
                + "positive progress across our assets and projects and the team delivered on its plans for the year.");
        List<String> gold = parsed.figures().stream().filter(f -> f.metal() == org.minewatch.domain.model.metal.Metal.AU)
                .map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList();
        assertThat(gold).containsExactlyInAnyOrder("null|2018-Q1|30873", "null|2018-Q2|28121", "null|2018-Q3|36601", "null|2018-9M|95595",
                "Prominent Hill|2018-Q1|30873", "Prominent Hill|2018-Q2|28121", "Prominent Hill|2018-Q3|34143", "Prominent Hill|2018-9M|93137",
                "Antas|2018-Q3|2458", "Antas|2018-9M|2458");
        // the guidance column is no full year's production, and the costs under the totals are no copper
        assertThat(parsed.figures()).hasSize(20).noneMatch(f -> f.period().code().endsWith("FY"));
    }

    @Test
    void spans_over_groups_of_years_a_year_of_the_companys_production_and_a_quarter_after_its_year() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                - Home
                - Corporate
                - Operations
                - Shareholders
                - Careers
                - Contact
                - Legal Notice
                Copyright 2024
                Minera Sur
                All rights reserved.
                January 11, 2018
                Vancouver | January 11, 2018 | Minera Sur Corporation (TSX:MSR) reports its 2017 metals production from all operations totaled 93.7 million pounds copper.
                Red Chris Mine
                Fourth quarter production totaled 23.23 million pounds copper, compared to 19.65 million pounds copper in the 2017 third quarter.
                3 Months Ended December 31 | Year Ended December 31 | ||||
                2017 | 2016 | 2017 | 2016 | ||
                Ore milled - tonnes | 2,498,900 | 2,291,150 | 10,378,181 | 9,651,738 | |
                Ore milled per calendar day - tonnes | 27,162 | 24,904 | 28,433 | 26,371 | |
                """);
        // a page's menu does not hide the release's own first lines: its quarter is the fourth of 2017
        assertThat(parsed.period().code()).isEqualTo("2017-Q4");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2017-FY|PRODUCTION|93700000", "Red Chris|2017-Q4|PRODUCTION|23230000", "Red Chris|2017-Q3|PRODUCTION|19650000",
                        "Red Chris|2017-Q4|TONNES_MILLED|2498900", "Red Chris|2016-Q4|TONNES_MILLED|2291150", "Red Chris|2017-FY|TONNES_MILLED|10378181",
                        "Red Chris|2016-FY|TONNES_MILLED|9651738", "Red Chris|2017-Q4|TPD|27162", "Red Chris|2016-Q4|TPD|24904", "Red Chris|2017-FY|TPD|28433",
                        "Red Chris|2016-FY|TPD|26371");
    }

    @Test
    void a_year_after_a_figure_and_a_quarter_without_its_year_under_a_pages_later_date() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                03:56:47 EDT Tue 16 Apr 2024
                Aurora Gold Corp
                Aurora Gold produces 211,823 oz Au in 2014
                AURORA GOLD'S FOURTH QUARTER MARKS STRONG END TO A SUCCESSFUL YEAR
                Aurora Gold Corp. has released its fourth quarter and year-end 2014 operating results.
                """);
        assertThat(parsed.period().code()).isEqualTo("2014-Q4");
        assertThat(parsed.figures().stream().map(f -> f.period().code() + "|" + f.figure().value().toPlainString()).toList()).containsExactly("2014-FY|211823");
    }

    @Test
    void a_fiscal_quarter_ended_off_the_calendar_and_months_as_rows_are_no_mines() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                MINERA SUR PROVIDES AN UPDATE - 9,385 OUNCES OF GOLD PRODUCED IN Q1
                September 14, 2011
                Minera Sur Limited (TSXV: MSR) reports that for its first quarter ended August 31, 2011 gold production from the Arena Mine was 9,385 ounces of gold.
                |Ore (tonnes)
                |Au g/t
                |Au Ozs Poured
                |June
                |209,756
                |0.53
                |0
                |July
                |342,529
                |0.46
                |3,277
                """);
        // the fiscal first quarter (June to August) is no calendar quarter, and "June" is no mine
        assertThat(parsed.period()).isNull();
        assertThat(parsed.figures()).noneMatch(f -> f.mine() != null && PeriodLabels.isMonthName(f.mine())).noneMatch(f -> f.period().code().equals("2011-Q1"));
    }

    /** Made-up wording two reviews found read worse by the first forms of the nineteenth gathering's rules; each reads as before them. */
    @Test
    void ordinary_wording_beside_the_nineteenths_rules_reads_as_it_did() {
        // another company's quarter ended off the calendar, told in passing, leaves the release's own calendar quarter alone
        assertThat(figuresOf("""
                VANCOUVER, British Columbia, October 12, 2023 - Aurora Ridge Gold Corp. (TSX: ARG) announces production results for the third quarter ended September 30, 2023 at its Kestrel mine.
                The Kestrel mine is operated under a joint venture with Maple Bay Resources Inc., which reported its own results for its quarter ended October 31, 2022 last month.
                Kestrel produced 12,450 ounces of gold in Q3 2023, compared with 11,020 ounces in Q2 2023.
                """)).contains("Kestrel|2023-Q3|PRODUCTION|AU|12450", "Kestrel|2023-Q2|PRODUCTION|AU|11020");
        assertThat(figuresOf("""
                TORONTO, Ontario, July 14, 2023 - Great Lakes Gold Corp. reports second quarter 2023 production at its Harbour mine.
                Harbour produced 24,700 ounces of gold in Q2 2023. Unit costs in the quarter ended may rise when the new contract starts.
                """)).contains("Harbour|2023-Q2|PRODUCTION|AU|24700");
        // kilograms of gold restated in ounces: the ounces; kilograms beside another period's ounces: both, each its period
        assertThat(figuresOf("""
                Kopje Resources Plc announces gold production for the three-month period ended 30 June 2023 ("Q2 2023").
                Lode Hill produced 192Kg of gold (equivalent to approximately 6,173 ounces) in Q2 2023.
                """)).containsExactly("Lode Hill|2023-Q2|PRODUCTION|AU|6173");
        assertThat(figuresOf("""
                Kopje Resources Plc announces gold production for the three-month period ended 30 June 2023 ("Q2 2023").
                Lode Hill production was 192 kg (4,823 oz in Q1 2023).
                """)).anyMatch(f -> f.startsWith("Lode Hill|2023-Q2|PRODUCTION|AU|6172.9")).contains("Lode Hill|2023-Q1|PRODUCTION|AU|4823");
        // a heading's month with its quarter names the quarter; a month of another quarter takes nothing from it
        assertThat(figuresOf("""
                PERTH, Western Australia, October 18, 2023 - Jarrah Gold Ltd (ASX: JRG) reports on its Boab mine.
                Quarterly Activities Report - September (Q3 2023)
                Boab produced 10,240 ounces of gold during the quarter.
                """)).containsExactly("Boab|2023-Q3|PRODUCTION|AU|10240");
        assertThat(figuresOf("""
                PERTH, Western Australia, July 18, 2023 - Jarrah Gold Ltd (ASX: JRG) reports on its Boab mine.
                After the mill shutdown in March Q2 2023 production at Boab recovered to 9,600 ounces.
                """)).containsExactly("Boab|2023-Q2|PRODUCTION|AU|9600");
        // a partner's quarter ended off the calendar on a line of its own, or after the release's, leaves the release's alone
        assertThat(figuresOf("""
                VANCOUVER, British Columbia, December 12, 2023 - Aurora Ridge Gold Corp. reports an operational update on its Kestrel mine.
                Maple Bay Resources Inc., our joint venture partner, reported results for the quarter ended October 31, 2023.
                Kestrel produced 12,450 ounces of gold in Q3 2023 and 4,300 ounces in October 2023.
                """)).contains("Kestrel|2023-Q3|PRODUCTION|AU|12450");
        assertThat(figuresOf("""
                TORONTO, Ontario, October 10, 2023 - Boreal Metals Inc. reports third quarter 2023 production at its Spruce mine.
                Spruce produced 9,500 ounces of gold in Q3 2023. The Company also reports that its offtaker settled all shipments for the quarter ended August 31, 2023.
                """)).contains("Spruce|2023-Q3|PRODUCTION|AU|9500");
        // a notice of a month's report, and a month's summary under a quarterly report, date no figure by that month
        assertThat(figuresOf("""
                ASX Release
                2 April 2021
                Timing of March production report
                Kangaroo Gold Limited (ASX: KGL) advises that the March production report for its Wattle Creek mine will be released on 14 April 2021.
                February production was 1,020 oz of gold at a grade of 13.8 g/t Au.
                """)).noneMatch(f -> f.contains("2021-03"));
        assertThat(figuresOf("""
                ASX Release
                2 July 2021
                JUNE PRODUCTION REPORT DUE 16 JULY
                Kangaroo Gold Limited (ASX: KGL) advises that its June production report for the Wattle Creek mine will be released on 16 July 2021.
                Gold produced in May was 980 oz at an average grade of 12.1 g/t Au.
                """)).noneMatch(f -> f.contains("2021-06"));
        assertThat(figuresOf("""
                PERTH, Western Australia, 20 October 2021 - Redgum Minerals Limited (ASX: RGM)
                QUARTERLY ACTIVITIES REPORT
                September production summary
                Wattle Creek produced 9,640 ounces of gold during the quarter, including a record 3,720 ounces in September.
                The plant processed 188,000 tonnes during the quarter at 1.72 g/t gold.
                """)).noneMatch(f -> f.contains("2021-09|TONNES_MILLED") || f.contains("|9640"));
        // a country's production operations name no mine
        assertThat(figuresOf("""
                DENVER, Colorado, July 25, 2023 - Front Range Gold Inc. reports second quarter 2023 results from its US production operations.
                Gold production was 18,200 ounces in Q2 2023 at a grade of 2.1 g/t.
                """)).noneMatch(f -> f.startsWith("US|"));
        // a mine's share of the group's production is the mine's own
        assertThat(figuresOf("""
                TORONTO, Ontario, January 18, 2024 - Savanna Gold Corp. reports Q4 2023 production.
                Group production was 52,000 ounces of gold in Q4 2023, of which the Obuasi West mine's share was 31,000 ounces and the Tamale mine's share was 21,000 ounces.
                """)).contains("Obuasi West|2023-Q4|PRODUCTION|AU|31000", "Tamale|2023-Q4|PRODUCTION|AU|21000");
    }

    @Test
    void a_month_s_operational_update_named_without_its_year_is_of_the_month_before_its_date() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                ASX Release
                18 May 2021
                KANGAROO GOLD APRIL OPERATIONAL UPDATE
                Highlights
                412 Oz fine gold and 51 Oz silver produced and sold for the month;
                A further 600 kg of gold bearing concentrate was produced containing an estimated 1.0 - 1.3kg Au;
                Kangaroo Gold Limited (ASX: KGL) is pleased to provide shareholders with an operational update at its Wattle Creek production operations in Victoria.
                Milling processed 1,020 dry tonnes in April. Average grade for the month was 14.2g/t Au.
                """);
        // April 2021, the month before the release's date; the concentrate's mass no gold; "its Wattle Creek production operations" the mine
        assertThat(parsed.period()).hasToString("2021-04");
        assertThat(parsed.figures()).extracting(f -> f.mine() + " " + f.period().code() + " " + f.measure().code() + " " + f.metal() + " " + f.figure().value().toPlainString())
                .containsExactlyInAnyOrder("Wattle Creek 2021-04 production AU 412", "Wattle Creek 2021-04 production AG 51",
                        "Wattle Creek 2021-04 tonnes_milled null 1020", "Wattle Creek 2021-04 grade AU 14.2");
    }

    @Test
    void a_month_s_update_under_a_date_long_after_the_month_is_placed_by_nothing() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                date 2020-01-01
                KANGAROO GOLD APRIL OPERATIONAL UPDATE
                Kangaroo Gold Limited (ASX: KGL) is pleased to provide shareholders with an operational update at its Wattle Creek production operations in Victoria.
                Milling processed 1,020 dry tonnes in the month.
                """);
        // a page's stamp eight months after April: no April is placed by it
        assertThat(parsed.period()).isNull();
        assertThat(parsed.figures()).isEmpty();
    }

    @Test
    void a_holder_s_share_of_a_mine_s_gold_is_not_the_mine_s_production() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Kopje Resources Plc: Q3 2021 Gold Production Update
                Kopje Resources PLC (LON:KOP) is seeing output from the Lode Hill mine in Ghana start to pick up.
                Kopje's subsidiary receives 25% of all the gold produced, meaning its share this time was around 512oz (Q2:397oz).
                """);
        assertThat(parsed.figures()).noneMatch(f -> f.figure().value().intValue() == 512);
    }

    @Test
    void an_annual_production_for_a_year_beside_a_quarter_named_before_it_is_the_year_s() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Plata Alta Corporation announces its results for the year ended 31 December 2014
                LONDON -- (Marketwire - Feb. 27, 2015) - Plata Alta Corporation, a silver producer in Mexico, today announced its results for the year ended 31 December 2014.
                "The Rio Claro mine increased production to 41,200 ounces of silver during Q4 of 2014, improving annual production for 2014 to circa 150,000 ounces."
                """);
        assertThat(parsed.figures()).extracting(f -> f.mine() + " " + f.period().code() + " " + f.metal() + " " + f.figure().value().toPlainString())
                .contains("Rio Claro 2014-FY AG 150000").doesNotContain("Rio Claro 2014-Q4 AG 150000");
    }

    @Test
    void ounces_written_ozs_paired_with_the_metals_listed_before_them() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                VANCOUVER, Feb. 8, 2010 /CNW/ - Kurumbu Gold Corporation reports on its Wanigela Gold Mine.
                Gold and silver production for the December quarter totaled 2,311.5ozs and 604.2ozs respectively.
                """);
        assertThat(parsed.figures()).extracting(f -> f.mine() + " " + f.period().code() + " " + f.metal() + " " + f.figure().value().toPlainString())
                .containsExactlyInAnyOrder("Wanigela 2009-Q4 AU 2311.5", "Wanigela 2009-Q4 AG 604.2");
    }

    @Test
    void kilograms_glued_to_their_figure_restated_in_ounces_in_parentheses_under_a_heading_with_its_colon() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Kopje Resources Plc
                Kopje Q3 2021 Gold Production Update
                Kopje Resources Plc ("Kopje" or the "Company") announces gold production for the Lode Hill deposit for the three-month period ended 30 September 2021 ("Q3 2021").
                Highlights
                Lode Hill:
                · Lode Hill gold production rose again during Q3 2021 and was reported to be 150Kg (equivalent to approximately 4,823 ounces) by the operator
                · Lode Hill produced 31.5kg of gold in June Q2 2021
                """);
        // the ounces as printed, not 150 kg converted (4,822.6 oz); June of Q2 2021 a month, not the quarter; the heading's colon no part of the name
        assertThat(parsed.figures()).extracting(f -> f.mine() + " " + f.period().code() + " " + f.measure().code() + " " + f.figure().value().toPlainString())
                .contains("Lode Hill 2021-Q3 production 4823").anyMatch(s -> s.startsWith("Lode Hill 2021-06 production 1012.7"))
                .noneMatch(s -> s.contains("Lode Hill:") || s.contains("2021-Q2"));
    }

    @Test
    void quarter_labels_of_a_text_whose_quarter_ended_off_the_calendar_are_fiscal_ones_it_does_not_place() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Vancouver, British Columbia--(Newsfile Corp. - March 12, 2019) - Sierra Azul Mining Corp. (TSX: SAZ) announces production results for the second fiscal quarter ended November 30, 2018, at its Los Pinos mine in Durango, Mexico.
                |Los Pinos Production
                | Q2 2018
                | Q1 2018
                | YTD 2018
                |Ore Milled (Tonnes)
                |61,200
                |57,480
                |118,680
                |Gold Grade (Grams/Ton)
                |2.11
                |1.97
                |2.04
                In November 2018, the mill processed 21,400 tonnes of ore.
                """);
        // "Q2 2018" is the fiscal quarter of September to November, "YTD 2018" the fiscal half from June: no calendar period
        assertThat(parsed.figures()).as("no fiscal quarter read as a calendar one")
                .noneMatch(f -> f.period().code().equals("2018-Q2") || f.period().code().equals("2018-Q1") || f.period().code().startsWith("2018-6M"));
        assertThat(parsed.figures()).extracting(f -> f.period().code() + " " + f.measure().code() + " " + f.figure().value().toPlainString())
                .containsExactly("2018-11 tonnes_milled 21400");
        assertThat(parsed.warnings()).anyMatch(w -> w.key().equals("fiscal-quarters.off-calendar"));
    }

    @Test
    void quarters_ended_on_the_calendar_beside_a_month_s_name_read_as_before() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Toronto, Ontario - April 9, 2019 - Rio Verde Gold Corp. (TSX: RVG) announces production results for the first quarter ended March 31, 2019 at its Cerro Bajo mine.
                |Cerro Bajo Production
                | Q1 2019
                | Q4 2018
                |Ore Milled (Tonnes)
                |61,200
                |57,480
                The company's fiscal year ends December 31. In January, the mill processed 21,400 tonnes of ore.
                """);
        assertThat(parsed.figures()).extracting(f -> f.period().code() + " " + f.measure().code() + " " + f.figure().value().toPlainString())
                .contains("2019-Q1 tonnes_milled 61200", "2018-Q4 tonnes_milled 57480");
        assertThat(parsed.warnings()).noneMatch(w -> w.key().equals("fiscal-quarters.off-calendar"));
    }

    @Test
    void spanish_thousands_points_without_decimal_commas_a_split_thousand_and_quarters_named_without_their_year() {
        ParsedRelease spanish = new ReleaseParser().parse("""
                Publicado 07/04/2014 18:17
                La minera canadiense Minera Sur dijo el lunes que la producción de oro en su mina La Arena creció en el primer trimestre, a 53.463 onzas del metal.
                Minera Sur había producido 36.355 onzas de oro en el primer trimestre del 2013.
                """);
        assertThat(spanish.published()).contains(java.time.LocalDate.of(2014, 4, 7));
        assertThat(spanish.issuer().map(ReleaseIssuer::name)).contains("Minera Sur");
        assertThat(spanish.figures().stream().map(f -> f.period().code() + "|" + f.metal() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("2014-Q1|AU|53463", "2013-Q1|AU|36355");
        ParsedRelease split = new ReleaseParser().parse("En el primer trimestre del 2020, Minera Sur produjo 28, 092 onzas de oro, 21% por debajo de las 35,799 onzas del mismo periodo del año anterior.");
        assertThat(split.figures().stream().map(f -> f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("2020-Q1|28092", "2019-Q1|35799");
        ParsedRelease english = new ReleaseParser().parse("""
                17th July 2023
                Aim-listed Aurora Mining's Blanket gold mine produced 17 436 oz for the quarter ended June 30, an 8.7% increase on the 16 036 oz produced in the first quarter of the year.
                """);
        assertThat(english.period().code()).isEqualTo("2023-Q2");
        assertThat(english.issuer().map(ReleaseIssuer::name)).contains("Aurora Mining");
        assertThat(english.figures().stream().map(f -> f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("2023-Q2|17436", "2023-Q1|16036");
        // a short name in capitals that the text never gives anything is no mine; one it gives something is
        assertThat(new ReleaseParser().parse("Aurora Gold and Kumtor Gold Company report. In the nine months of 2014, KGC produced 276,058 ounces of gold.").figures())
                .noneMatch(f -> "KGC".equals(f.mine()));
        assertThat(new ReleaseParser().parse("Aurora Resources Ltd. is pleased to announce Q3-2020 production results from Minera Valle Central (\"MVC\"), "
                + "the Company's 100% owned operation. MVC produced 14.7 million pounds of copper.").figures()).extracting(ParsedFigure::mine).containsExactly("MVC");
        // a weekday between the company and its verb, a report titled by its company
        assertThat(ReleaseParser.issuerOf("PERTH - ASX-listed Aurora Minerals on Friday reported that the mine had produced 14 943 oz of gold.").map(ReleaseIssuer::name))
                .contains("Aurora Minerals");
        assertThat(ReleaseParser.issuerOf("Page | 1 Aurora Minerals Third Quarter 2018 Results ASX QUARTERLY RELEASE").map(ReleaseIssuer::name)).contains("Aurora Minerals");
    }

    @Test
    void a_quarterly_report_titled_by_its_month_a_total_with_its_mines_shares_an_abbreviated_range_and_a_drill_intercept() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Aurora Mineral Holdings Limited
                Quarterly Report - March 2019
                Record quarterly gold production of 89,208oz(Carosue Dam 49,038oz; Thunderbox 40,170oz) at AISC of A$1,035/oz.
                Thunderbox delivered a record quarter as the C Zone open pit mine steadily progresses into higher grade ore.
                YTD production of 266,981oz, in line with the upwardly revised FY19 ounces guidance of 345-365,000oz.
                Drill results from Carosue Dam included; Karari 69m @ 4.1g/t and 54m @ 3.4g/t
                """);
        assertThat(parsed.period().code()).isEqualTo("2019-Q1");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.measure() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|PRODUCTION|89208", "Carosue Dam|PRODUCTION|49038", "Thunderbox|PRODUCTION|40170");
        assertThat(parsed.guidance()).singleElement().satisfies(g -> {
            assertThat(g.low().value()).isEqualByComparingTo("345000");
            assertThat(g.high().value()).isEqualByComparingTo("365000");
        });
    }

    @Test
    void a_spaced_table_with_a_word_stacked_over_its_cell_and_its_last_row_cut_off() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Aurora PLC
                23 October 2019
                THIRD QUARTER PRODUCTION REPORT
                We continued to improve our Fresnillo District mines during the quarter.
                TOTAL PRODUCTION
                                                                                          YTD
                                    3Q19       2Q19   % Change      3Q18   % Change        19    YTD 18   % Change
                 Silver (koz)     12,624     13,636       -7.4    14,738      -14.3    38,633    43,432      -11.0
                 Gold (oz)       209,752    22""");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2019-Q3|AG|12624000", "null|2019-Q2|AG|13636000", "null|2018-Q3|AG|14738000", "null|2019-9M|AG|38633000",
                        "null|2018-9M|AG|43432000", "null|2019-Q3|AU|209752");
    }

    @Test
    void the_last_quarter_of_a_year_an_annual_figure_and_a_metal_named_only_in_words() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Aurora Gold has announced a 7 percent higher annual throughput than its prior budget.
                The gold producer recorded an annual throughput of 834,607 tonnes milled.
                The gold miner's quarterly production went down to 12,244 oz of gold during the last quarter of 2021 from 14,194 oz in the previous quarter.
                Its assets include New Luika Gold Mine in Tanzania.
                The Dore bars are sold under a Gold and Silver Sales Agreement.
                During the last quarter of 2021, the mill head grade averaged 3.05 g/t with a recovery of 72.7%.
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.metal() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("New Luika|2021-FY|TONNES_MILLED|null|834607", "New Luika|2021-Q4|PRODUCTION|AU|12244",
                        "New Luika|2021-Q3|PRODUCTION|AU|14194", "New Luika|2021-Q4|GRADE|AU|3.05", "New Luika|2021-Q4|RECOVERY|AU|72.7");
    }

    @Test
    void metals_listed_before_their_figures_in_turn_metal_in_concentrate_and_guidance_met_stated_once() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Aurora Resources S.A. is pleased to announce operational results for 2023.
                Zinc production totaled 333kt in 2023.
                Copper, lead, and silver production of 33kt, 65kt and 10MMoz, respectively, achieved the upper range of the annual guidance.
                - Sasa zinc in concentrate production, 5,240 tonnes
                Aurora expects an annual gold production between 68,000 and 76,000 oz in 2024.
                "Looking ahead to 2024, we've announced increased production guidance of 68,000 - 76,000 oz of gold," added the chief executive.
                Gold production2 of 14 koz, now forecast to exceed full year guidance of 40-45 koz.
                """);
        assertThat(parsed.figures().stream().filter(f -> f.mine() == null).map(f -> f.period().code() + "|" + f.metal() + "|" + f.figure().value().setScale(0, java.math.RoundingMode.HALF_UP)).toList())
                .contains("2023-FY|ZN|734139332", "2023-FY|CU|72752546", "2023-FY|PB|143300470", "2023-FY|AG|10000000");
        assertThat(parsed.figures()).anySatisfy(f -> {
            assertThat(f.mine()).isEqualTo("Sasa");
            assertThat(f.metal()).isEqualTo(org.minewatch.domain.model.metal.Metal.ZN);
        });
        // the guidance stated twice is one; the quarter's 14 koz before "forecast" is what was done
        assertThat(parsed.guidance().stream().map(g -> g.year() + "|" + g.low().value().toPlainString() + "-" + g.high().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("2024|68000-76000", "2023|40000-45000");
    }

    @Test
    void a_glued_header_over_its_glued_years_and_a_table_of_totals_of_a_company_of_several_mines() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Aurora Silver Corp. announces total production in the third quarter of 2017 from its six operating silver mines.
                Production Details Table:
                 Q3Q3Y/YQ2Q/Q
                20172016Change2017Change
                Ore processed/tonnes milled730,652838,233-13%691,8336%
                Total silver ounces produced2,415,9623,114,627-22%2,287,1886%
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2017-Q3|TONNES_MILLED|730652", "null|2016-Q3|TONNES_MILLED|838233", "null|2017-Q2|TONNES_MILLED|691833",
                        "null|2017-Q3|PRODUCTION|2415962", "null|2016-Q3|PRODUCTION|3114627", "null|2017-Q2|PRODUCTION|2287188");
        // "Y/Y" is no Spanish "y": a header of periods is no sentence
        assertThat(ReleaseText.isProse("Q3 2017   Q3 2016   Y/Y Change   Q2 2017   Q/Q Change")).isFalse();
    }

    @Test
    void quarters_one_a_line_over_their_years_one_a_line_a_quarter_spanning_two_years_and_a_guidance_column() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Aurora Mining Plc is pleased to announce its operations update for the second quarter of 2021.
                Proyecto Riotinto Operating Highlights
                Q2

                Q1

                Full year

                2021

                2020

                2021

                2021 Guidance

                Ore milled

                (M tonnes)

                4.0

                3.6

                4.0

                15.0 - 15.5

                Cu grade

                (%)

                0.42

                0.44

                0.41

                0.42
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("Riotinto|2021-Q2|TONNES_MILLED|4000000", "Riotinto|2020-Q2|TONNES_MILLED|3600000", "Riotinto|2021-Q1|TONNES_MILLED|4000000",
                        "Riotinto|2021-Q2|GRADE|0.42", "Riotinto|2020-Q2|GRADE|0.44", "Riotinto|2021-Q1|GRADE|0.41");
    }

    @Test
    void a_project_that_produced_is_a_mine_and_the_figure_a_change_went_to_is_the_quarters() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                A mill shutdown has cut Q3 2019 production from Aurora Resources' Duketon Gold Project to 87,633oz from Q2 2019's 90,966oz.
                Ore milled eased to 2.31Mt from 2.33Mt, due to the mill shutdown, along with head grade down to 1.26g/t from 1.29g/t and recovery to 93.6% from 94.3%.
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("Duketon|2019-Q3|PRODUCTION|87633", "Duketon|2019-Q2|PRODUCTION|90966", "Duketon|2019-Q3|TONNES_MILLED|2310000",
                        "Duketon|2019-Q3|GRADE|1.26", "Duketon|2019-Q3|RECOVERY|93.6");
    }

    @Test
    void production_from_the_companys_mines_and_a_mills_size() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Aurora Silver production hits record
                17th July 2018
                Total production from dual-listed Aurora's seven operating silver mines reached a new company record in the second quarter, comprising 2.8-million ounces of silver and 25 449 oz of gold.
                About 12% of total production came from small mines under contract to deliver ore to Aurora's 1,500 tonne per day mill for processing.
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2018-Q2|PRODUCTION|2800000", "null|2018-Q2|PRODUCTION|25449");
    }

    @Test
    void a_page_run_into_one_line_is_no_glued_table_a_month_is_no_mine_and_its_guidance_is_read_near_its_words() {
        String page = "ASX ANNOUNCEMENT 30 JULY 2010 Code: AUR " + FILLER + " QUARTERLY REPORT PERIOD ENDED 30 JUNE 2010 Key Points Acquisition of the high-grade "
                + "Paulsens Gold Mine scheduled for completion today Paulsens generating benefit from 1 June 2010 June gold processing recovered 6,623 ounces 21,611 t @ 9.8 g/t with 97% recovery "
                + "June underground mine production of 4,761 ounces 18,976 t @ 7.8 g/t Milled Tonnes Ounces Produced Mine " + FILLER;
        ParsedRelease parsed = new ReleaseParser().parse(page);
        assertThat(parsed.figures()).isNotEmpty().allSatisfy(f -> assertThat(f.mine()).isEqualTo("Paulsens"));
        assertThat(parsed.figures().stream().map(f -> f.period().code() + "|" + f.measure() + "|" + f.figure().value().toPlainString()).toList())
                .contains("2010-06|PRODUCTION|6623", "2010-06|TONNES_MILLED|21611");
        // "scheduled" stands a sentence away from the figures: no guidance is read from them
        assertThat(parsed.guidance()).isEmpty();
    }

    /** Sentences of a page that say nothing of production, to make a line a page long. */
    private static final String FILLER = "The board met with the directors of the company in the city to review the plans for the year and the people of the region and the board met with the directors of the company in the city to review the plans for the year and the people of the region and the board met with the directors of the company in the city to review the plans for the year and the people of the region and the board met with the directors of the company in the city to review the plans for the year and the people of the region";

    @Test
    void ore_mined_beside_ore_milled_in_one_sentence_and_a_subordinate_opening_no_mine() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Aurora Metals reports its third quarter of 2014.
                During the third quarter of 2014 total ore mined at Ying was 70,898 tonnes and total ore milled was 69,144 tonnes.
                Although silver ounces produced in the quarter decreased, mill throughput at Ying remained solid at an average 223 tonnes per day.
                Ore mined was 80,000 tonnes, grading 5.1 g/t silver.
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.measure() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Ying|TONNES_MILLED|69144", "Ying|TPD|223");
    }

    @Test
    void what_a_review_of_the_third_gatherings_rules_found_stays_mended() {
        java.util.function.Function<String, List<String>> read = ReleaseLayoutsTest::figuresOf;
        // a block that gives a measure twice (tonnes, then pounds) has not ended: nothing of Alpha's is the company's
        assertThat(read.apply("""
                Minera Sur reports Q3 2019 production from its Alpha and Bravo mines.
                | | Q3 2019 | Q2 2019 |
                | Alpha | | |
                | Ore milled (t) | 1,000,000 | 900,000 |
                | Copper produced (tonnes) | 5,000 | 4,500 |
                | Copper produced (000 lbs) | 11,023 | 9,921 |
                | Bravo | | |
                | Ore milled (t) | 800,000 | 700,000 |
                | Copper produced (tonnes) | 3,000 | 2,800 |
                | Copper produced (000 lbs) | 6,614 | 6,173 |
                """)).isNotEmpty().noneMatch(f -> f.startsWith("null|"));
        // "Actual" and "Budget" stacked over two cells of one quarter: the budget is never the quarter's figure
        assertThat(read.apply("""
                Minera Sur reports Q3 2019 production from its Arena mine.
                                      Actual      Budget
                                      Q3 2019     Q3 2019
                Gold produced (oz)    45,000      50,000
                """)).noneMatch(f -> f.endsWith("|50000"));
        // a comparison opening the sentence, "of last year" after a yearless quarter, and the figure after the comma
        assertThat(read.apply("""
                Minera Sur reports Q3 2019 production from its Arena mine.
                Compared with 45,000 ounces of gold in the third quarter of last year, the Arena mine produced 50,000 ounces of gold.
                """)).containsExactlyInAnyOrder("Arena|2019-Q3|PRODUCTION|AU|50000", "Arena|2018-Q3|PRODUCTION|AU|45000");
        // a date that reads both ways dates nothing
        assertThat(new ReleaseParser().parse("Minera Sur Limited\nPerth, 03/10/2014\nGold production at the Arena mine was 40,000 ounces in Q3.").published()).isEmpty();
        // a breakdown by ways of mining or by month names no mine
        assertThat(new MineNames(List.of(), "Gold production was 60,000 ounces (Underground 35,000 oz; Open Pit 25,000 oz).").named()).isEmpty();
        assertThat(new MineNames(List.of(), "Gold production was 48,000 ounces (January 15,000 oz; February 16,000 oz; March 17,000 oz).").named()).isEmpty();
        // a change "to" inside a comparison stays the comparison's; "the annual plant shutdown" makes no year's figure
        assertThat(read.apply("""
                Minera Sur reports Q3 2019 production from its Arena mine.
                The Arena mine produced 50,000 ounces of gold, lower than the prior-year quarter when head grade improved to 1.9 g/t.
                """)).contains("Arena|2018-Q3|GRADE|AU|1.9").noneMatch(f -> f.startsWith("Arena|2019-Q3|GRADE"));
        assertThat(read.apply("""
                Minera Sur reports fourth quarter 2019 production from its Arena mine.
                Following the annual plant shutdown, gold production at the Arena mine in the fourth quarter was 52,000 ounces.
                """)).containsExactly("Arena|2019-Q4|PRODUCTION|AU|52000");
        // a text that ends its last row with a line break was not cut off: the row's blank column stays blank
        assertThat(read.apply("""
                Minera Sur reports Q3 2019 production from its Arena mine.
                                      Q3 2019    Q2 2019    Q3 2018
                Gold produced (oz)    45,000     40,000     38,000
                Gold recovery (%)     91                    90
                """)).noneMatch(f -> f.contains("RECOVERY"));
        // an aside in parentheses is the figure before it's metal; "by-product credits" produce nothing
        assertThat(read.apply("""
                Minera Sur reports Q3 2019 production from its Arena mine.
                Gold and silver production of 50,000 ounces (Q2 2019: 45,000 ounces) and 1.2 million ounces, respectively.
                By-product credits included 1,000 ounces of gold.
                """)).containsExactlyInAnyOrder("Arena|2019-Q3|PRODUCTION|AU|50000", "Arena|2019-Q2|PRODUCTION|AU|45000", "Arena|2019-Q3|PRODUCTION|AG|1200000");
        // "Mexican Operations" is where mines are; a webcast's quarter is no release's
        assertThat(read.apply("""
                Minera Sur reports Q3 2019 production from its Alpha and Bravo mines.
                Mexican Operations
                | | Q3 2019 | Q2 2019 |
                | Ore milled (t) | 500,000 | 450,000 |
                """)).noneMatch(f -> f.startsWith("Mexican"));
        assertThat(new ReleaseParser().parse("Minera Sur\nThird Quarter 2019\nArena Mine\nContacts\nQ4 2019 Webcast\nArena produced 45,000 ounces of gold.").period().code())
                .isEqualTo("2019-Q3");
    }

    @Test
    void what_a_review_of_the_session_found_stays_mended() {
        // a named mine beside a list of a thousand names: no stack overflow
        String list = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "Name" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26)).collect(Collectors.joining(", "));
        assertThat(new ReleaseParser().parse("The Caylloma mine produced 100 ounces of gold in the third quarter of 2011, with " + list + " and Zeta.").warnings()).isNotNull();
        // a short name in capitals before "mine" is a mine's: "the CLG mine"
        assertThat(new MineNames(List.of(), "Production at the CLG mine rose.").named()).containsExactly("CLG");
        // "exceeded expectations" is past: the quarter it names is the release's
        assertThat(new ReleaseParser().parse("Q3 2023 production exceeded expectations: the mine produced 50,000 ounces of gold.").period().code()).isEqualTo("2023-Q3");
        // a year named in a plan dates no yearless quarter
        assertThat(new ReleaseParser().parse("""
                Production rose in the second quarter.
                The new mill will be completed in the first half of 2026.
                """).period()).isNull();
        // a company's name in capitals keeps its legal form
        assertThat(ReleaseParser.issuerOf("GOLD FIELDS Ltd. (NYSE: GFI) reports its production.").map(ReleaseIssuer::name)).contains("GOLD FIELDS Ltd.");
        // "from the Duketon Mine" is where the metal came from; "Limon's gold production" is Limon's
        assertThat(new ReleaseParser().parse("""
                Minera Sur reports Q3 2019 production.
                Production from the Duketon Mine was 87,633 ounces of gold.
                Limon's gold production was 18,000 ounces.
                """).figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Duketon|2019-Q3|87633", "Limon|2019-Q3|18000");
    }

    /** A release's figures as "mine|period|MEASURE|METAL|value", the value as printed without trailing zeros. */
    private static List<String> figuresOf(String text) {
        return figuresOf(new ReleaseParser().parse(text));
    }

    private static List<String> figuresOf(ParsedRelease read) {
        return read.figures().stream()
                .map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.metal() + "|" + f.figure().value().stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void made_up_releases_of_kinds_not_seen_read_no_wrong_figure() {
        // an issuer's name with a particle ("d'Alene"); its first word producing "from all of its operations" is the company
        assertThat(ReleaseParser.issuerOf("Coeur d'Alene Mines Corporation (NYSE:CDE) today reported production.").map(ReleaseIssuer::name))
                .contains("Coeur d'Alene Mines Corporation");
        assertThat(figuresOf("""
                Coeur d'Alene Mines Reports Third Quarter 2009 Production
                Coeur d'Alene Mines Corporation (NYSE:CDE) today reported production for the third quarter of 2009.
                Coeur produced 4,500,000 ounces of silver from all of its operations in the quarter.
                Palmarejo produced 1,500,000 ounces of silver in the third quarter.
                """)).containsExactlyInAnyOrder("null|2009-Q3|PRODUCTION|AG|4500000", "Palmarejo|2009-Q3|PRODUCTION|AG|1500000");
        // "The mine produced" names no mine "The"; tonnes "per calendar day" are a rate; a sum "since 2010" is no period's,
        // "its highest since 2019" leaves its figure the quarter's
        assertThat(figuresOf("""
                Golden Hill Mining Corp. (TSX:GHM) announced production for the quarter ended September 30, 2014 at its El Cerro mine.
                The mine produced 150,000 ounces of gold in 2013 and 52,000 ounces of gold in the quarter, its highest since 2019.
                Mill throughput averaged 5,500 tonnes per calendar day, for a total of 506,000 tonnes.
                Total production from all our operations since 2010 was 600,000 ounces.
                """)).containsExactlyInAnyOrder("El Cerro|2013-FY|PRODUCTION|AU|150000", "El Cerro|2014-Q3|PRODUCTION|AU|52000",
                "El Cerro|2014-Q3|TPD|null|5500", "El Cerro|2014-Q3|TONNES_MILLED|null|506000");
        // Spanish: "Unidad Minera Los Andes" before "la producción" is Los Andes; "toneladas" are no short tons; "se trataron",
        // "recuperación" (an accented letter is no \w)
        assertThat(figuresOf("""
                Compañía Minera Andina S.A.A. (BVL: ANDINA) informa sus resultados de producción del tercer trimestre de 2018.
                En la Unidad Minera San Rafael se trataron 285,400 toneladas de mineral, con una ley de 1.85% de cobre y una recuperación de 88.4%.
                En la Unidad Minera Los Andes la producción de plata alcanzó 1.2 millones de onzas.
                """)).containsExactlyInAnyOrder("San Rafael|2018-Q3|TONNES_MILLED|null|285400", "San Rafael|2018-Q3|GRADE|CU|1.85",
                "San Rafael|2018-Q3|RECOVERY|CU|88.4", "Los Andes|2018-Q3|PRODUCTION|AG|1200000");
    }

    @Test
    void made_up_tables_and_us_units_read_no_wrong_figure() {
        // mines as rows, measures as columns, cells apart by runs of spaces; a table of guidance below it reads no figure
        List<String> read = figuresOf("""
                Sierra Plata Resources Ltd. (TSX: SPR) reports Q2 2016 production from its Mexican mines.
                Production by mine, Q2 2016
                Mine        Tonnes milled   Silver grade (g/t)   Silver recovery (%)   Silver (oz)
                Alamo         85,200            210                 86.5              497,700
                El Toro       60,150            155                 84.0              251,800
                2016 Guidance
                Mine        Silver (Moz)      Gold (koz)
                Alamo        2.1                4.0
                """);
        assertThat(read).containsExactlyInAnyOrder("Alamo|2016-Q2|TONNES_MILLED|null|85200", "Alamo|2016-Q2|GRADE|AG|210", "Alamo|2016-Q2|RECOVERY|AG|86.5",
                "Alamo|2016-Q2|PRODUCTION|AG|497700", "El Toro|2016-Q2|TONNES_MILLED|null|60150", "El Toro|2016-Q2|GRADE|AG|155",
                "El Toro|2016-Q2|RECOVERY|AG|84", "El Toro|2016-Q2|PRODUCTION|AG|251800");
        // a row of another count of cells than its header's is not read: which column a figure is in cannot be told
        assertThat(new ReleaseParser().parse("""
                Sierra Plata Resources Ltd. (TSX: SPR) reports Q2 2016 production from its Mexican mines.
                Mine        Tonnes milled   Silver grade (g/t)   Silver (oz)
                Alamo         85,200            210
                """).warnings()).anyMatch(w -> w.toString().contains("2 figures for 3 columns"));
        // "Gold Hill" is a mine's name; ounces of gold per ton are a grade; ore placed on the pad has no grade of ours; a short
        // sentence is prose; the figure a guidance was revised from is no guidance now
        ParsedRelease parsed = new ReleaseParser().parse("""
                Nevada Range Gold Corp. (NYSE MKT: NRG) today reported third quarter 2012 production from its Gold Hill mine.
                The mill processed 152,300 tons of ore at an average grade of 0.265 ounces of gold per ton.
                Heap leach operations placed 1,250,000 tons on the pad at 0.018 ounces per ton.
                Gold production totaled 36,800 ounces.
                The Company now expects 2012 production of 175,000 to 185,000 ounces of gold, revised from 190,000 ounces.
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.measure() + "|" + f.figure().value().setScale(2, java.math.RoundingMode.HALF_UP)).toList())
                .containsExactlyInAnyOrder("Gold Hill|TONNES_MILLED|138164.24", "Gold Hill|GRADE|9.09", "Gold Hill|PRODUCTION|36800.00");
        assertThat(parsed.guidance()).filteredOn(g -> !g.withdrawn()).singleElement()
                .satisfies(g -> assertThat(g.low().value()).isEqualByComparingTo("175000"));
        // "FY18 guidance" is of 2018, the year it ends; "A$45.2 million" over a heading "Operations" counts no mines
        parsed = new ReleaseParser().parse("""
                Westfield Gold Limited (ASX: WGL)
                Quarter ended 30 September 2017
                • Gold production of 28,450 ounces
                • FY18 production guidance of 110,000 to 120,000 ounces reaffirmed
                • Cash and bullion of A$45.2 million
                Operations
                Lakeview Operation
                """);
        assertThat(parsed.guidance()).singleElement().satisfies(g -> assertThat(g.year()).isEqualTo(2018));
        assertThat(parsed.figures()).singleElement().satisfies(f -> assertThat(f.mine()).isEqualTo("Lakeview"));
        // a fiscal quarter that ended in October is no calendar quarter: nothing is read, and the warning says why
        parsed = new ReleaseParser().parse("""
                Tundra Gold Mines Ltd. (TSX: TGM) announces results for the first quarter of fiscal 2022, ended October 31, 2021.
                The Polar Bear mine produced 18,450 ounces of gold in the quarter, compared with 16,900 ounces in the first quarter of fiscal 2021.
                """);
        assertThat(parsed.period()).isNull();
        assertThat(parsed.figures()).isEmpty();
        assertThat(parsed.warnings()).singleElement().asString().contains("could not be placed on the calendar");
    }

    @Test
    void a_mine_after_from_is_where_the_metal_came_from_and_a_units_point_ends_no_clause() {
        String opening = "Lakeshore Gold Corp. (TSX: LGC) reports production for the third quarter of 2015 from its Tamarack mine in Ontario.\n\n";
        // "from Tamarack" names the source, not a level compared with: the quarter's figure was lost to the year before's
        assertThat(read(opening + "Gold production from Tamarack decreased 6% to 34,540 ounces from 36,703 ounces for the same period in 2014.\n"))
                .containsExactlyInAnyOrder("Tamarack|2015-Q3|production|AU|34540", "Tamarack|2014-Q3|production|AU|36703");
        assertThat(read(opening + "Gold production from Tamarack was 34,540 ounces, down from 36,703 ounces for the same period in 2014.\n"))
                .containsExactlyInAnyOrder("Tamarack|2015-Q3|production|AU|34540", "Tamarack|2014-Q3|production|AU|36703");
        assertThat(read(opening + "Gold production from Tamarack decreased 6% to 34,540 ounces.\n"))
                .containsExactly("Tamarack|2015-Q3|production|AU|34540");
        // tonnes graded are ore even without the word; "oz." goes on with its clause
        assertThat(read(opening + "The operation produced 29,400 oz. gold from 395,000 tonnes grading 2.47 g/t.\n")).containsExactlyInAnyOrder(
                "Tamarack|2015-Q3|production|AU|29400", "Tamarack|2015-Q3|tonnes_milled|null|395000", "Tamarack|2015-Q3|grade|AU|2.47");
        // several mines after "from" share one figure, which is none of theirs alone; a part "from Tau of" beside the whole is no mine's figure
        assertThat(read("""
                Sierra Plata Resources Ltd. (TSX: SPR) reports Q1 2015 production.
                Tonnes processed in the quarter from the Alamo, El Toro and Cerro Azul mines amounted to 631,609 t.
                """)).isEmpty();
    }

    @Test
    void mines_as_columns_under_one_period_are_each_that_periods_and_the_total_the_companys() {
        String opening = "Westbrook Mining Corp. (TSX: WBM) reports third quarter 2015 production.\n\n";
        List<String> expected = List.of("Alpha|2015-Q3|tonnes_milled|null|412300", "Beta|2015-Q3|tonnes_milled|null|198000",
                "null|2015-Q3|tonnes_milled|null|610300", "Alpha|2015-Q3|production|AU|29740", "Beta|2015-Q3|production|AU|10610",
                "null|2015-Q3|production|AU|40350");
        // the period over the labels, with pipes: before, Alpha's figures were read as the company's
        assertThat(read(opening + """
                | Q3 2015 | Alpha | Beta | Total |
                | Tonnes milled | 412,300 | 198,000 | 610,300 |
                | Gold produced (oz) | 29,740 | 10,610 | 40,350 |
                """)).containsExactlyInAnyOrderElementsOf(expected);
        // the same parted by runs of spaces; and under a caption that names the period, the names alone on the header's line
        assertThat(read(opening + """
                Q3 2015                        Alpha        Beta       Total
                Tonnes milled                412,300     198,000     610,300
                Gold produced (oz)            29,740      10,610      40,350
                """)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(read(opening + """
                Operating results for the three months ended September 30, 2015
                                            Alpha Mine   Beta Mine       Total
                Tonnes milled                412,300     198,000     610,300
                Head grade (g/t Au)             2.41        1.85
                Gold produced (oz)            29,740      10,610      40,350
                """)).containsAll(expected).contains("Alpha|2015-Q3|grade|AU|2.41", "Beta|2015-Q3|grade|AU|1.85").hasSize(8);
    }

    @Test
    void grade_and_recovery_columns_naming_no_metal_over_mines_as_rows_are_the_texts_one_metals() {
        // before, only the tonnes and the gold were read: "Head grade (g/t)" and "Recovery (%)" named no metal
        assertThat(read("""
                Westbrook Mining Corp. (TSX: WBM) reports third quarter 2015 production.

                Q3 2015 production by mine
                Mine        Ore milled (t)   Head grade (g/t)   Recovery (%)   Gold produced (oz)
                Alpha       412,300          2.41               93.1           29,740
                Beta        198,000          1.85               90.2           10,610
                """)).containsExactlyInAnyOrder("Alpha|2015-Q3|tonnes_milled|null|412300", "Alpha|2015-Q3|grade|AU|2.41",
                "Alpha|2015-Q3|recovery|AU|93.1", "Alpha|2015-Q3|production|AU|29740", "Beta|2015-Q3|tonnes_milled|null|198000",
                "Beta|2015-Q3|grade|AU|1.85", "Beta|2015-Q3|recovery|AU|90.2", "Beta|2015-Q3|production|AU|10610");
    }

    @Test
    void a_figures_unit_after_it_keeps_a_sentence_whole_and_half_a_years_plan_is_no_years_guidance() {
        String opening = "Cobalt Ridge Resources Inc. (TSX: CRR) announces second quarter 2018 production results from its Rio Verde copper-gold mine.\n\n";
        // before: split as a table glued onto one line, "Mlbs" opening the next row, 21.4 read as pounds
        assertThat(read(opening + "Q2 2018 copper production: 21.4 Mlbs; gold: 12.3 koz.\n")).contains("Rio Verde|2018-Q2|production|CU|21400000")
                .noneMatch(f -> f.endsWith("|21.4"));
        // before: nothing, a line ending in "Mlbs." not being taken for a sentence
        assertThat(read(opening + "Copper production was 21.4 Mlbs.\n")).containsExactly("Rio Verde|2018-Q2|production|CU|21400000");
        // before: the grade of what "will" be processed was read as the quarter's, its tonnes rightly not
        assertThat(read("Lakeshore Gold Corp. (TSX: LGC) reports production for the second quarter of 2015 from its Tamarack mine.\n\n"
                + "The mill will process 450,000 tonnes in the third quarter at a grade of 2.6 g/t.\n")).isEmpty();
        // before: the second half's 44 million pounds stored as the year's guidance
        assertThat(parser.parse(opening + "Production in the second half is forecast at 44 million pounds of copper.\n").guidance()).isEmpty();
    }

    @Test
    void mines_named_together_share_their_figure_and_a_part_told_after_a_total_is_no_owner_of_it() {
        String opening = "Andes Silver Corp. (TSX: ASC) reports third quarter 2015 production from its Caylloma mine in Peru and its San Jose mine in Mexico.\n\n";
        // before: both given to San Jose, the last mine named before the figure, or the one named after it
        assertThat(read(opening + "Silver production at Caylloma and San Jose totalled 1.75 million ounces.\n"))
                .containsExactly("null|2015-Q3|production|AG|1750000");
        assertThat(read(opening + "Silver production was 1.75 million ounces, of which San Jose contributed 1.2 million ounces.\n"))
                .containsExactly("San Jose|2015-Q3|production|AG|1200000");
        // before: the lead, its unit left to the zinc's figure, was not read
        assertThat(read(opening + "Lead and zinc production at Caylloma were 6.1 million and 8.9 million pounds, respectively.\n"))
                .containsExactlyInAnyOrder("Caylloma|2015-Q3|production|PB|6100000", "Caylloma|2015-Q3|production|ZN|8900000");
    }

    @Test
    void a_plan_column_beside_the_periods_of_a_header_parted_by_runs_of_spaces_leaves_the_periods_read() {
        // before: the header's line, split into cells because of "2015 Guidance", was no header at all and nothing was read
        ParsedRelease parsed = parser.parse("""
                Westbrook Mining Corp. (TSX: WBM) reports third quarter 2015 production from its Alpha mine.

                                              Q3 2015    Q2 2015    2015 Guidance
                Ore mined (t)                 455,000    430,100
                Ore milled (t)                412,300    398,100    1,600,000
                Gold produced (oz)             29,740     28,270    110,000 - 120,000
                Gold sold (oz)                 28,900     27,950
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure().code() + "|"
                + f.figure().value().stripTrailingZeros().toPlainString()).toList()).containsExactlyInAnyOrder(
                "Alpha|2015-Q3|tonnes_milled|412300", "Alpha|2015-Q2|tonnes_milled|398100", "Alpha|2015-Q3|production|29740",
                "Alpha|2015-Q2|production|28270");
        assertThat(parsed.guidance()).singleElement().satisfies(g -> assertThat(g.high().value()).isEqualByComparingTo("120000"));
    }

    @Test
    void an_operations_name_and_a_unit_heading_before_quarter_columns_and_a_unit_glued_before_the_stop() {
        // before: nothing (the header's words before its periods were too many for a header), then "Bullfinch Operation Units"
        assertThat(read("""
                Goldfields West Limited (ASX: GFW) Quarterly Activities Report for the quarter ended 30 September 2024.

                Bullfinch Operation        Units    Jun Qtr 2024    Sep Qtr 2024    FY25 YTD
                Ore milled                 kt              395             412           412
                Gold produced              oz           22,100          24,512        24,512
                """)).containsExactlyInAnyOrder("Bullfinch|2024-Q2|tonnes_milled|null|395000", "Bullfinch|2024-Q3|tonnes_milled|null|412000",
                "Bullfinch|2024-Q2|production|AU|22100", "Bullfinch|2024-Q3|production|AU|24512");
        // before: nothing, "opt" (ounces per short ton) being no unit of a sentence's grade
        assertThat(read("Nevada Range Gold Corp. (NYSE American: NRG) today reported third quarter 2016 production from its Gold Hill mine "
                + "in Nevada.\n\nMill feed grade was 0.265 opt gold.\n")).singleElement().asString().startsWith("Gold Hill|2016-Q3|grade|AU|9.08");
        // before: nothing, "24.5koz." not ending a sentence
        assertThat(read("Goldfields West Limited (ASX: GFW) Quarterly Activities Report for the quarter ended 30 September 2024, from its "
                + "Bullfinch operation.\n\nGold production of 24.5koz.\n")).containsExactly("Bullfinch|2024-Q3|production|AU|24500");
    }

    @Test
    void the_same_period_last_year_of_a_span_named_without_its_year_is_that_span_a_year_before() {
        // before: the year before's nine months were read as its third quarter
        assertThat(read("""
                TORONTO, Oct 27, 2015 (Reuters) - Andes Silver Corp said on Tuesday its third-quarter silver output rose at its San Jose mine in Mexico.

                For the first nine months, silver production totaled 3.4 million ounces, compared with 3.1 million ounces in the same period last year.
                """)).containsExactlyInAnyOrder("San Jose|2015-9M|production|AG|3400000", "San Jose|2014-9M|production|AG|3100000");
    }

    @Test
    void a_year_heading_its_production_dates_the_sentences_figures_to_that_year() {
        // before: read as the fourth quarter's, the release's own period
        assertThat(read("""
                Sierra Plata Resources Ltd. (TSX: SPR) reports fourth quarter and full year 2016 production from its Alamo silver mine in Mexico.

                2016 production: 4.1 million ounces of silver and 6,200 ounces of gold.
                """)).containsExactlyInAnyOrder("Alamo|2016-FY|production|AG|4100000", "Alamo|2016-FY|production|AU|6200");
    }

    @Test
    void what_probes_of_made_up_releases_found_stays_mended() {
        // a half year compared with the year before: no crash (a year to date is numbered by its months)
        assertThat(figuresOf("""
                Limpopo Gold reports H1 2019 production.
                The Modderfontein West mine produced 88,300 ounces of gold in the first half of 2019, down from 113,200 ounces a year earlier.
                """)).containsExactlyInAnyOrder("Modderfontein West|2019-6M|PRODUCTION|AU|88300", "Modderfontein West|2018-6M|PRODUCTION|AU|113200");
        // "six months to 30 June", "Apr-Jun 2019", "enero-septiembre de 2020": spans, not their last month
        assertThat(PeriodLabels.parse("six months to 30 June 2019").map(ReportingPeriod::code)).contains("2019-6M");
        assertThat(PeriodLabels.parse("quarter to 31 March 2021").map(ReportingPeriod::code)).contains("2021-Q1");
        assertThat(PeriodLabels.parse("year to December 2019").map(ReportingPeriod::code)).contains("2019-FY");
        assertThat(PeriodLabels.parse("Apr-Jun 2019").map(ReportingPeriod::code)).contains("2019-Q2");
        assertThat(PeriodLabels.parse("enero-septiembre de 2020").map(ReportingPeriod::code)).contains("2020-9M");
        assertThat(PeriodLabels.parse("Feb-Apr 2020")).isEmpty();
        // "Nine-month" and "Attributable" name no mine; nine months are 9M in any quarter; a full year not yet over is no figure;
        // ", and gold production was" begins a clause the comparison before it does not reach
        assertThat(figuresOf("""
                Altyn Steppe plc reports production for Q3 2020 at its Akbakai mine.
                Nine-month gold production was 152,300 oz.
                Full-year gold production was 212,300 oz.
                Silver production of 4.1 million ounces was 12% higher than the same quarter last year, and gold production was 21,300 ounces.
                """)).containsExactlyInAnyOrder("Akbakai|2020-9M|PRODUCTION|AU|152300", "Akbakai|2020-Q3|PRODUCTION|AG|4100000",
                "Akbakai|2020-Q3|PRODUCTION|AU|21300");
    }

    @Test
    void what_probes_of_made_up_spanish_and_guidance_releases_found_stays_mended() {
        // thousands points in twos and a comma after a lone zero: the text writes the Spanish way, every comma a decimal one
        assertThat(figuresOf("""
                Minera Ejemplo S.A.A. (BVL: EJEM)
                Reporte de producción del tercer trimestre de 2019
                En la mina Cerro Lindo Norte se trataron 1.250.400 toneladas con una ley de oro de 0,785 g/t. La producción de oro fue de 27.310 onzas.
                """)).containsExactlyInAnyOrder("Cerro Lindo Norte|2019-Q3|TONNES_MILLED|null|1250400", "Cerro Lindo Norte|2019-Q3|GRADE|AU|0.785",
                "Cerro Lindo Norte|2019-Q3|PRODUCTION|AU|27310");
        // Spanish guidance, outlook headings and sales are no production; "entre X y Y" is a range; "La" names no mine
        ParsedRelease parsed = new ReleaseParser().parse("""
                Minera Ejemplo S.A.A. (BVL: EJEM)
                Reporte de producción del tercer trimestre de 2019
                Producción por unidad
                La producción total de plata en el tercer trimestre de 2019 fue de 1,40 millones de onzas.
                Se vendieron 31.900 onzas de oro y se produjeron 32.180 onzas de oro.
                Perspectivas
                La producción de plata esperada para el 4T19 es de 2,9 millones de onzas.
                Para 2019, la Compañía mantiene su guía de producción de oro entre 165.000 y 175.000 onzas.
                """);
        assertThat(parsed.period().code()).isEqualTo("2019-Q3");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.metal() + "|" + f.figure().value().stripTrailingZeros().toPlainString()).toList())
                .containsExactlyInAnyOrder("null|2019-Q3|AG|1400000", "null|2019-Q3|AU|32180");
        assertThat(parsed.guidance()).anySatisfy(g -> {
            assertThat(g.low().value()).isEqualByComparingTo("165000");
            assertThat(g.high().value()).isEqualByComparingTo("175000");
        });
        // English: a figure governed by a word of a plan is the plan's; payable metal and a concentrate's grade are no production
        // figures of ours; "to produce" after what was done is an actual; a month opening a sentence dates all its figures
        assertThat(figuresOf("""
                Harrier Gold Ltd (ASX: HGL) reports production for the December 2020 quarter at its Harrier mine.
                Production exceeded guidance of 160,000 to 170,000 ounces.
                Fourth quarter production was 45,880 ounces.
                Payable gold production of 41,200 ounces.
                Expected gold production for the March quarter of 40,000 ounces.
                The mill produced 2,450 tonnes of concentrate grading 24.1 g/t gold.
                In December the mill treated 110,000 tonnes of ore at 4.1 g/t gold to produce 13,210 ounces of gold.
                """)).containsExactlyInAnyOrder("Harrier|2020-Q4|PRODUCTION|AU|45880", "Harrier|2020-12|TONNES_MILLED|null|110000",
                "Harrier|2020-12|GRADE|AU|4.1", "Harrier|2020-12|PRODUCTION|AU|13210");
    }

    @Test
    void a_figures_own_year_span_or_equivalent_is_not_the_release_quarters() {
        // a year that is over is its own figure's; a span not yet over, or one that is no calendar period of ours, is none
        assertThat(figuresOf("""
                Great Dyke Gold plc - production report for the quarter ended 30 September 2020 at the Freda-Rebecca West mine.
                Gold production in 2019 was 146,020 oz.
                """)).containsExactly("Freda-Rebecca West|2019-FY|PRODUCTION|AU|146020");
        for (String line : List.of("Gold production last year was 146,022 oz.", "Gold production for the year was 46,020 oz.",
                "Gold production for the half was 26,020 oz.", "Gold production since the start of the year was 46,023 oz.")) {
            assertThat(figuresOf("Great Dyke Gold plc - production report for the quarter ended 30 September 2020 at the Freda-Rebecca West mine.\n" + line))
                    .as(line).isEmpty();
        }
        // "third quarter and nine months ended September 30, 2020" is the release's quarter; "in the nine months" after a figure is 9M;
        // a heading's own period, compared with another, dates its bullets; equivalents are no metal's production
        assertThat(figuresOf("""
                Kivu Gold Corp. reports production results for the third quarter and nine months ended September 30, 2020 from its Twangiza-Nord mine.
                - Gold produced: 34,115 oz (Q3 2019: 31,020 oz)
                - Gold production of 98,412 ounces in the nine months
                - Gold equivalent production, including silver converted at 80:1, was 101.0 koz.
                - The mine produced 2,100 oz of GE from its stockpiles.
                """)).containsExactlyInAnyOrder("Twangiza-Nord|2020-Q3|PRODUCTION|AU|34115", "Twangiza-Nord|2019-Q3|PRODUCTION|AU|31020",
                "Twangiza-Nord|2020-9M|PRODUCTION|AU|98412");
        assertThat(ReleaseParser.headingPeriod("Nine-month highlights (9M 2020 vs 9M 2019):").map(ReportingPeriod::code)).contains("2020-9M");
    }

    @Test
    void what_probes_of_made_up_tables_found_stays_mended() {
        // a caption's multiplier; "Sep Qtr" over "2020"; a grade between ore mined and ore milled is the mined ore's
        assertThat(figuresOf("""
                Lynx Mining Corp. (TSX: LYX) Q4 2022 Production
                Production summary (in thousands, unless otherwise noted)
                Timber Mine
                | | Q4 2022 | Q4 2021 |
                | Ore milled (tonnes) | 1,012 | 978 |
                | Head grade (g/t Au) | 1.15 | 1.21 |
                | Gold produced (ounces) | 34.1 | 35.2 |
                """)).containsExactlyInAnyOrder("Timber|2022-Q4|TONNES_MILLED|null|1012000", "Timber|2021-Q4|TONNES_MILLED|null|978000",
                "Timber|2022-Q4|GRADE|AU|1.15", "Timber|2021-Q4|GRADE|AU|1.21", "Timber|2022-Q4|PRODUCTION|AU|34100", "Timber|2021-Q4|PRODUCTION|AU|35200");
        assertThat(figuresOf("""
                Magpie Gold Limited (ASX: MPG)
                Quarterly Activities Report - September 2020 Quarter
                Currawong Gold Mine
                \tSep Qtr\tJun Qtr
                \t2020\t2020
                Ore mined (t)\t500,800\t480,600
                Grade (g/t Au)\t1.95\t1.88
                Ore milled (t)\t455,100\t447,800
                Grade (g/t Au)\t2.01\t1.93
                """)).containsExactlyInAnyOrder("Currawong|2020-Q3|TONNES_MILLED|null|455100", "Currawong|2020-Q2|TONNES_MILLED|null|447800",
                "Currawong|2020-Q3|GRADE|AU|2.01", "Currawong|2020-Q2|GRADE|AU|1.93");
        // a period repeated over a heap leach, a mill and their total: the total's; part rows above a total row: the total's
        assertThat(figuresOf("""
                Arctic Fox Gold Inc. (TSX-V: AFX) Q3 2021 Production
                Tundra Mine
                \tQ3 2021\tQ3 2021\tQ3 2021
                \tHeap leach\tMill\tTotal
                Gold produced (oz)\t14,210\t18,880\t33,090
                """)).containsExactly("Tundra|2021-Q3|PRODUCTION|AU|33090");
        assertThat(figuresOf("""
                Arctic Fox Gold Inc. (TSX-V: AFX) Q3 2021 Production
                Tundra Mine
                \tQ3 2021\tQ3 2020
                Gold produced - heap leach (oz)\t14,210\t13,100
                Gold produced - mill (oz)\t18,880\t17,340
                Total gold produced (oz)\t33,090\t30,440
                """)).containsExactlyInAnyOrder("Tundra|2021-Q3|PRODUCTION|AU|33090", "Tundra|2020-Q3|PRODUCTION|AU|30440");
        // months as rows are months of the quarter, never mines
        assertThat(figuresOf("""
                Emu Creek Mining Limited (ASX: ECM)
                Quarterly Activities Report - June 2021 Quarter
                Month      Ore milled (t)   Gold produced (oz)
                April      97,300           6,120
                May        101,800          6,630
                """)).containsExactlyInAnyOrder("null|2021-04|TONNES_MILLED|null|97300", "null|2021-04|PRODUCTION|AU|6120",
                "null|2021-05|TONNES_MILLED|null|101800", "null|2021-05|PRODUCTION|AU|6630");
    }

    @Test
    void what_probes_of_made_up_prose_of_several_mines_found_stays_mended() {
        // "respectively" pairs figures with the names listed before them; "At San Cristóbal," names a mine, so the consolidated
        // figure is the company's; a comparison's period is never a word cut in two ("Q3 20|17")
        assertThat(figuresOf("""
                Oro Verde Mining Ltd. (TSX: OVM) reports third quarter 2018 results.
                Consolidated production was 13,560 ounces of gold and 1,221,600 ounces of silver, versus 12,990 ounces of gold and 1,305,100 ounces of silver in Q3 2017.
                At San Cristobal, the plant processed 265,400 tonnes at an average head grade of 182 g/t silver.
                At the Huaylillas mine, the plant processed 120,400 tonnes.
                San Cristobal and Huaylillas had silver recoveries of 89.5% and 84.0%, respectively.
                """)).containsExactlyInAnyOrder("null|2018-Q3|PRODUCTION|AU|13560", "null|2018-Q3|PRODUCTION|AG|1221600",
                "null|2017-Q3|PRODUCTION|AU|12990", "null|2017-Q3|PRODUCTION|AG|1305100", "San Cristobal|2018-Q3|TONNES_MILLED|null|265400",
                "San Cristobal|2018-Q3|GRADE|AG|182", "Huaylillas|2018-Q3|TONNES_MILLED|null|120400", "San Cristobal|2018-Q3|RECOVERY|AG|89.5",
                "Huaylillas|2018-Q3|RECOVERY|AG|84");
        // a place after another figure is that figure's: the total before a colon is no mine's; "se molieron" is milled
        assertThat(figuresOf("""
                Minera Ejemplo S.A.A. (BVL: EJEM) - Reporte de producción del tercer trimestre de 2019
                Las operaciones son la mina Cerro Negro Alto y la mina Pallca Sur.
                La producción de plata fue de 2.055.700 onzas: 1.210.400 onzas en Cerro Negro Alto y 845.300 onzas en Pallca Sur.
                En Pallca Sur se molieron 712.300 toneladas.
                """)).containsExactlyInAnyOrder("Cerro Negro Alto|2019-Q3|PRODUCTION|AG|1210400", "Pallca Sur|2019-Q3|PRODUCTION|AG|845300",
                "Pallca Sur|2019-Q3|TONNES_MILLED|null|712300");
    }

    @Test
    void a_quarters_plan_a_metal_only_sold_and_a_reports_word_are_not_taken_for_more() {
        // a quarter's plan is no year's guidance; the year's beside it is
        assertThat(new ReleaseParser().parse("""
                Wombat Gold NL (ASX: WGN) - March 2021 Quarterly Activities Report
                Guidance for the June 2021 quarter is 21,000 - 23,000oz.
                FY21 production guidance of 85,000 to 92,000oz is maintained.
                """).guidance()).singleElement().satisfies(g -> assertThat(g.low().value()).isEqualByComparingTo("85000"));
        // ounces without their metal in a text whose silver is only sold or in an equivalent: no guess of silver
        assertThat(new ReleaseParser().parse("""
                Polar Ridge PJSC today released its operating results for the second quarter of 2020.
                The Beaver Dam mine produced 45,210 ounces in the quarter.
                The company also sold 1.2 Moz of silver.
                """).figures()).noneMatch(f -> f.metal() == org.minewatch.domain.model.metal.Metal.AG);
        // "Monthly operating update" names no issuer "Monthly"
        assertThat(ReleaseParser.issuerOf("Monthly operating update - March 2021\nThe concentrator treated 1.21 Mt of ore.")).isEmpty();
    }

    @Test
    void another_companys_figures_and_a_header_named_for_its_mine() {
        // a rival's, a neighbour's or another company's reported figure is no figure of the release
        assertThat(figuresOf("""
                Ural Polymetals plc (LSE: UPM) reports Q3 2020 production at its Vostochny mine.
                Analysts at Numis noted that rival Amur Gold had produced 155,000 ounces in the third quarter.
                Zijin reported 12,400 oz produced at Taldy-Bulak in Q3 2020.
                """)).isEmpty();
        // a name before a header's periods is that table's mine, not the caption's above an earlier table
        assertThat(figuresOf("""
                Tethys Gold Mining plc reports production for the quarter ended 31 December 2020 from the Syrymbet mine and the Bestobe plant.
                Bestobe (CIL)                Q4 2020     Q4 2019
                Gold poured (oz)               34,980      35,412
                """)).containsExactlyInAnyOrder("Bestobe|2020-Q4|PRODUCTION|AU|34980", "Bestobe|2019-Q4|PRODUCTION|AU|35412");
    }

    @Test
    void a_company_named_mines_a_mine_named_later_a_mining_rate_and_a_range_are_not_figures_of_a_mine() {
        // "Cordillera Mines Inc." is the issuer, not a second mine: its only mine's figures are that mine's
        assertThat(figuresOf("""
                Cordillera Mines Inc. is pleased to announce second quarter 2016 results from its 100% owned Tres Cruces Mine.
                - Silver production of 412,000 ounces.
                """)).containsExactly("Tres Cruces|2016-Q2|PRODUCTION|AG|412000");
        // a mine named only in a sentence after the figure's is that sentence's subject, not the figure's
        assertThat(figuresOf("""
                Andes Copper Holdings reports production of the first quarter of 2014 from the Loma Alta mine, the Quebrada mine and partners.
                The company produced 120,000 tonnes of copper in the first quarter. Its figures do not include its share of the Cerro Ancho mine, run by a partner.
                """)).containsExactly("null|2014-Q1|PRODUCTION|CU|264554714.4");
        // the rate ore is mined at is no mill's throughput; a range is a plan's, not what was produced
        assertThat(figuresOf("""
                Boreal Gold Corp. reports second quarter 2016 results at its Spruce Lake mine.
                The mining continues to pick up pace, averaging 910 t/d. Gold production for 2016 is estimated to be between 60,000 and 65,000 ounces.
                Gold production estimates for 2017 were revealed: entre 70,000 y 75,000 onzas de oro.
                Byproduct silver production was 1,000 oz in gold equivalent.
                """)).isEmpty();
    }

    @Test
    void a_spanish_company_described_before_its_name_produced_between_two_months_and_projected_a_range() {
        String text = """
                La empresa chilena Minera Atacama Sur, el brazo minero del grupo Ortega, produjo 312.400 toneladas de cobre fino entre enero y septiembre de 2017, informó la compañía.
                La producción creció en las minas Quebrada Honda y Cerro Azul.
                Minera Atacama Sur proyectó para 2018 una producción de cobre entre 400.000 y 420.000 toneladas.
                """;
        ParsedRelease parsed = new ReleaseParser().parse(text);
        assertThat(parsed.issuer()).hasValueSatisfying(i -> assertThat(i.name()).isEqualTo("Minera Atacama Sur"));
        assertThat(figuresOf(text)).containsExactly("null|2017-9M|PRODUCTION|CU|688724106.488");
        assertThat(parsed.guidance()).singleElement().satisfies(g -> {
            assertThat(g.year()).isEqualTo(2018);
            assertThat(g.low().value()).isEqualByComparingTo("881849048");
        });
        // "Proyecto Riotinto" is a mine's name, not a projection: its sentence is production
        assertThat(figuresOf("""
                Aim-listed copper miner Iberia Copper produced 10 446 t of copper at its Proyecto Riotinto mine, in Spain, in the second quarter of 2018.
                """)).containsExactly("Riotinto|2018-Q2|PRODUCTION|CU|23029487.88852");
    }

    @Test
    void a_figure_whose_mine_the_text_does_not_say_is_a_warning_not_a_figure() {
        ParsedRelease parsed = new ReleaseParser().parse("""
                Sierra Plata Mining Inc. reports first quarter 2012 production at its two Mexican mines, Guadalupe and Topia.
                Silver recovery at the plant reached an all-time high of 90.1% in the quarter.
                """);
        assertThat(parsed.figures()).isEmpty();
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w.toString()).contains("Line 2").contains("90.1%").contains("recovery of AG in 2012-Q1")
                .contains("does not say which mine"));
    }

    @Test
    void an_english_story_around_a_table_of_decimal_commas_captioned_by_the_company_and_a_table_of_mines_captioned_by_its_measure() {
        assertThat(figuresOf("""
                Taiga Gold cuts Q1 gold production 11%
                MOSCOW. April 24 (Interfax) - Russian gold miner Taiga Gold reduced production 11% year-on-year in Q1 2012 to 156,000 oz, the company said.
                Production was lower at Kedrovy, Sosnovka and Lisiy due to temporary bottlenecks.
                Taiga Gold operating highlights for Q1:
                Q1 2012 | Q1 2011 | % | |
                Ore milled, mln tonnes | 2,602 | 2,969 | -12% |
                Grade, g/t | 2,17 | 2,17 | 0% |
                Gold production, '000 oz | 155,7 | 174,2 | -11% |
                Refined gold production by mines, '000 oz
                Q1 2012 | Q1 2011 | % | |
                Kedrovy | 39,8 | 56,7 | -30% |
                Sosnovka | 32,4 | 37,3 | -13% |
                Lisiy | 83,5 | 80,2 | 4% |
                """)).containsExactlyInAnyOrder("null|2012-Q1|TONNES_MILLED|null|2602000", "null|2011-Q1|TONNES_MILLED|null|2969000",
                "null|2012-Q1|GRADE|AU|2.17", "null|2011-Q1|GRADE|AU|2.17", "null|2012-Q1|PRODUCTION|AU|155700", "null|2011-Q1|PRODUCTION|AU|174200",
                "Kedrovy|2012-Q1|PRODUCTION|AU|39800", "Kedrovy|2011-Q1|PRODUCTION|AU|56700", "Sosnovka|2012-Q1|PRODUCTION|AU|32400",
                "Sosnovka|2011-Q1|PRODUCTION|AU|37300", "Lisiy|2012-Q1|PRODUCTION|AU|83500", "Lisiy|2011-Q1|PRODUCTION|AU|80200");
    }

    @Test
    void a_heading_in_capitals_glued_to_the_first_period_a_fiscal_year_to_date_column_and_a_titled_mine_with_an_aside() {
        String cells = String.join("\n|\n", "GROUP RESULTS\nDecember 2015 Quarter", "September 2015 Quarter", "YTD FY 2016", "Gold Produced (oz.)", "10,264",
                "8,200", "18,464");
        String mine = String.join("\n|\n", "December 2015 Quarter", "September 2015 Quarter", "YTD FY 2016", "Processed (t)", "109,239", "112,981", "222,220");
        assertThat(figuresOf("Andes Gold Ltd reports its December 2015 quarter at its two mines, Casposo and Karouni.\n" + cells
                + "\nCASPOSO, Argentina (Andes 100% through Andes Gold Argentina Ltd)\nProduction Summary\n|\n" + mine + "\n"))
                .containsExactlyInAnyOrder("null|2015-Q4|PRODUCTION|AU|10264", "null|2015-Q3|PRODUCTION|AU|8200",
                        "Casposo|2015-Q4|TONNES_MILLED|null|109239", "Casposo|2015-Q3|TONNES_MILLED|null|112981");
    }

    @Test
    void an_iso_dateline_a_months_quarterly_production_and_mounts_that_are_no_million_tonnes() {
        assertThat(figuresOf("""
                date 2018-07-06 PERTH (miningweekly.com) \u2013 Junior gold miner Bluegum Gold has reported a maiden quarterly production of 34 155 oz from its Mt Ridley project.
                The ASX-listed miner noted that the June quarterly production was within the stated guidance.
                During the three months under review, mill throughput at Mt Ridley reached a rate of 6 600 t/d, with an average gold recovery of 90.9%.
                """)).containsExactlyInAnyOrder("Mt Ridley|2018-Q2|PRODUCTION|AU|34155", "Mt Ridley|2018-Q2|TPD|null|6600", "Mt Ridley|2018-Q2|RECOVERY|AU|90.9");
        // a clause of its own, its subject a mount's project and its verb in -ing: that project's figure, not the mine named before
        assertThat(figuresOf("""
                1st April 2020 By: A Writer
                Gold miner Wattle Resources reported the production of 51 825 oz of gold in the March quarter.
                Gold production at the Edna Creek operation reached 12 844 oz, with the Mt Arrow project delivering a further 38 981 oz.
                """)).contains("Edna Creek|2020-Q1|PRODUCTION|AU|12844", "Mt Arrow|2020-Q1|PRODUCTION|AU|38981");
    }

    @Test
    void the_quarters_of_one_year_with_the_year_last_over_rows_of_as_many_figures_and_the_years_total() {
        assertThat(figuresOf("""
                Yukon Gold Corp. (TSX: YGC) reports its fourth quarter 2023 production at the Raven mine.
                    Q1 Q2 Q3 Q4 2023
                Gold produced ounces 37,619 45,568 41,561 41,982 166,730
                """)).containsExactlyInAnyOrder("Raven|2023-Q1|PRODUCTION|AU|37619", "Raven|2023-Q2|PRODUCTION|AU|45568", "Raven|2023-Q3|PRODUCTION|AU|41561",
                "Raven|2023-Q4|PRODUCTION|AU|41982", "Raven|2023-FY|PRODUCTION|AU|166730");
        // three quarters and the year's figures to date; four figures a row under four quarters are the quarters alone
        assertThat(figuresOf("""
                Yukon Gold Corp. (TSX: YGC) reports its third quarter 2023 production at the Raven mine.
                Q1 Q2 Q3 2023
                Gold produced ounces 37,619 45,568 41,561 124,748
                """)).contains("Raven|2023-9M|PRODUCTION|AU|124748");
        assertThat(figuresOf("""
                Yukon Gold Corp. (TSX: YGC) reports its fourth quarter 2023 production at the Raven mine.
                Q1 Q2 Q3 Q4 2023
                Gold produced ounces 37,619 45,568 41,561 41,982
                """)).containsExactlyInAnyOrder("Raven|2023-Q1|PRODUCTION|AU|37619", "Raven|2023-Q2|PRODUCTION|AU|45568", "Raven|2023-Q3|PRODUCTION|AU|41561",
                "Raven|2023-Q4|PRODUCTION|AU|41982");
    }

    @Test
    void a_unit_column_run_into_its_labels() {
        assertThat(figuresOf("""
                Savanna Gold plc (AIM: SVG) reports production for the second quarter of 2021 at its Kourou mine.
                UnitQ2 2021Q1 2021
                Gold pouredoz        24,494        22,781
                Ore processedt      391,652      345,374
                Avg. grade mill feedg/t             2.14             2.16
                """)).containsExactlyInAnyOrder("Kourou|2021-Q2|PRODUCTION|AU|24494", "Kourou|2021-Q1|PRODUCTION|AU|22781",
                "Kourou|2021-Q2|TONNES_MILLED|null|391652", "Kourou|2021-Q1|TONNES_MILLED|null|345374", "Kourou|2021-Q2|GRADE|AU|2.14",
                "Kourou|2021-Q1|GRADE|AU|2.16");
    }

    @Test
    void metals_contained_in_concentrate_produced_are_production_and_payable_metals_sold_are_not() {
        assertThat(figuresOf("""
                Balkan Copper Inc. (TSX: BCU) reports third quarter 2018 production at the Vitosha mine.
                Q3 2018 | YTD 2018 |
                Ore milled ('000s tonnes) | 578.9 | 1,692 |
                Metals contained in concentrate produced | |
                Gold ('000s ounces) | 49.6 | 155.2 |
                Payable metals in concentrate sold | |
                Gold ('000s ounces) | 40.3 | 130.1 |
                """)).containsExactlyInAnyOrder("Vitosha|2018-Q3|TONNES_MILLED|null|578900", "Vitosha|2018-9M|TONNES_MILLED|null|1692000",
                "Vitosha|2018-Q3|PRODUCTION|AU|49600", "Vitosha|2018-9M|PRODUCTION|AU|155200");
    }

    @Test
    void the_mine_a_headline_reports_operating_results_at_is_the_mine_of_the_figures() {
        assertThat(figuresOf("""
                Birchwood Reports Third Quarter Operating Results at Kestrel Ridge
                TORONTO, Oct. 12, 2015 - Birchwood Metals Ltd. ("Birchwood" or the "Company") announces its results.
                The third quarter saw production of 7,500,000 lbs of copper and 90,000 ozs of silver.
                """)).containsExactlyInAnyOrder("Kestrel Ridge|2015-Q3|PRODUCTION|CU|7500000", "Kestrel Ridge|2015-Q3|PRODUCTION|AG|90000");
        // results "at Top End of Guidance" are at a place in a plan's range, no mine: the release's one mine stays the only one
        assertThat(figuresOf("""
                Birchwood Reports Q1 2016 Production Results at Top End of Guidance
                TORONTO, April 12, 2016 - Birchwood Metals Ltd. reports production at the Kestrel Ridge mine.
                Gold production in the first quarter of 2016 was 40,000 ounces.
                """)).containsExactly("Kestrel Ridge|2016-Q1|PRODUCTION|AU|40000");
    }

    @Test
    void a_pit_s_rate_in_tonnes_a_day_is_ore_mined_and_the_mill_s_row_below_it_is_the_throughput() {
        // "(tpd)" of the open pit is the rate ore and waste are mined at; the mill's row is the one milled
        assertThat(figuresOf("""
                Birchwood Metals Ltd. reports third quarter 2014 results at the Kestrel Ridge mine.
                | Q2-14 | Q3-14 |
                Open Pit (tpd) | 21,400 | 24,050 |
                Mill throughput (tpd) | 4,300 | 5,866 |
                """)).containsExactlyInAnyOrder("Kestrel Ridge|2014-Q2|TPD|null|4300", "Kestrel Ridge|2014-Q3|TPD|null|5866");
    }

    @Test
    void a_footnote_s_mark_run_into_a_figure_s_last_thousands_is_no_digit_of_it() {
        // "5,3001": no group of thousands has four digits; the last is footnote 1's mark
        assertThat(figuresOf("""
                Birchwood Metals Ltd. reports third quarter 2014 results at the Kestrel Ridge mine.
                | Q2-14 | Q3-14 |
                Mill throughput (tpd) | 4,300 | 5,3001 |
                """)).containsExactlyInAnyOrder("Kestrel Ridge|2014-Q2|TPD|null|4300", "Kestrel Ridge|2014-Q3|TPD|null|5300");
    }

    @Test
    void a_minimum_the_mill_was_to_reach_is_a_threshold_not_its_throughput() {
        assertThat(figuresOf("""
                Birchwood Metals Ltd. reports third quarter 2014 results at the Kestrel Ridge mine.
                Commercial production was declared once the mill averaged a minimum throughput level of 5,100 tonnes per day over 30 days.
                """)).isEmpty();
    }

    @Test
    void a_mill_s_availability_in_percent_is_no_tonnage() {
        assertThat(figuresOf("""
                Birchwood Metals Ltd. reports second quarter 2016 production at the Kestrel Ridge mine.
                | Q2 2016 | Q2 2015 |
                Average Daily Mill Throughput (tonnes) | 49,980 | 44,940 |
                Mill Availability (%) | 90.9% | 91.2% |
                """)).containsExactlyInAnyOrder("Kestrel Ridge|2016-Q2|TPD|null|49980", "Kestrel Ridge|2015-Q2|TPD|null|44940");
    }

    @Test
    void pounds_of_payable_copper_are_what_is_paid_for_not_what_was_produced() {
        assertThat(figuresOf("""
                DENVER, July 12, 2016 - Birchwood Metals Inc. announced production results for the three months ended June 30, 2016.
                Concentrate production at the Kestrel Ridge mine for the quarter was 32.3 thousand dry tonnes, with 14.6 million pounds of payable copper.
                """)).isEmpty();
    }

    @Test
    void a_word_alone_above_the_sentence_that_first_names_the_issuer_is_the_page_s_not_a_mine_s_section() {
        assertThat(figuresOf("""
                QUARTERLY REPORT FOR THE PERIOD ENDING 30 SEPTEMBER 2018

                Transcription

                Birchwood Metals Limited (ASX: BWM) reports for the quarter ended 30 September 2018. Copper production of 6,000 tonnes, a record.
                """)).containsExactly("null|2018-Q3|PRODUCTION|CU|13227735.72");
    }

    @Test
    void an_undated_text_reports_the_three_months_to_the_month_it_names_in_the_year_of_the_quarter_it_names_in_passing() {
        assertThat(figuresOf("""
                Birchwood Metals has had a strong quarter at its Kestrel Ridge mine.
                Gold production was up 10% over the three months to September at 40,000 ounces.
                "Drill holes completed in Q2 2014 have provided samples for the study," Birchwood said.
                """)).containsExactly("Kestrel Ridge|2014-Q3|PRODUCTION|AU|40000");
    }

    @Test
    void the_grade_of_ore_open_cut_mining_delivered_is_no_head_grade() {
        assertThat(figuresOf("""
                Birchwood Metals Ltd. reports third quarter 2014 results at the Kestrel Ridge mine.
                Open cut mining delivered 20% fewer ore tonnes over the quarter at a higher grade of 1.4 grams per tonne gold.
                """)).isEmpty();
    }

    @Test
    void a_year_to_date_beside_a_first_quarter_is_a_fiscal_year_s_which_the_text_does_not_place() {
        assertThat(figuresOf("""
                PERTH, April 17, 2020 - Birchwood Resources reported a solid March quarter at its Kestrel Ridge mine.
                Gold production for the quarter was 9,352 oz. In the year-to-date, Birchwood produced 28,778 oz of gold.
                """)).containsExactly("Kestrel Ridge|2020-Q1|PRODUCTION|AU|9352");
    }

    @Test
    void two_mines_each_named_with_the_two_metals_they_yield_are_two_mines() {
        // "copper/gold mine": both are mines, so the company's figure is no one mine's
        assertThat(figuresOf("""
                PERTH, April 17, 2020 - Birchwood Resources reported its production for the March quarter.
                Gold production for the quarter reached 9,352 oz.
                The Kestrel copper/gold mine delivered 302 791 t of ore, while the Osprey copper/gold mine delivered a further 133 533 t.
                Work at the Kestrel operation continued at full capacity.
                """)).containsExactly("null|2020-Q1|PRODUCTION|AU|9352");
    }

    @Test
    void tonnes_of_ore_a_mine_delivered_are_ore_mined_and_its_grade_no_head_grade() {
        assertThat(figuresOf("""
                PERTH, April 17, 2020 - Birchwood Resources reported its production for the March quarter.
                The Kestrel mine delivered 302 791 t of ore, grading 4.5% copper, during the quarter.
                """)).isEmpty();
    }

    @Test
    void the_day_a_company_reported_on_is_no_other_company_reporting() {
        assertThat(figuresOf("""
                PERTH, April 17, 2020 - Birchwood Resources reported its production for the March quarter at the Kestrel mine.
                The miner on Friday reported that gold production for the quarter reached 9,352 oz.
                """)).containsExactly("Kestrel|2020-Q1|PRODUCTION|AU|9352");
    }

    @Test
    void the_issuer_s_whole_name_ending_in_mines_is_no_mine() {
        // "Birchwood Mines" is the company: its consolidated output is the company's, the mines' shares theirs
        assertThat(figuresOf("""
                TORONTO, July 12, 2016 - Birchwood Mines has recorded a drop in gold output during the three months ended June 30, 2016.
                Birchwood reported consolidated output of 23 320 oz of gold, with the Kestrel mine accounting for 18 617 oz, and the Osprey mine contributing 4 703 oz.
                """)).contains("null|2016-Q2|PRODUCTION|AU|23320").doesNotContain("Birchwood|2016-Q2|PRODUCTION|AU|23320");
    }

    @Test
    void the_platinum_group_s_ounces_and_a_cost_per_ounce_in_a_year_are_no_gold_and_date_nothing() {
        // "1.8Moz of PGMs (platinum, palladium, rhodium, gold, ...)": the platinum group's basket, not gold (before: 1.8 Moz of gold)
        assertThat(figuresOf("""
                Kestrel Platinum Annual Report 2017
                In 2017, Kestrel produced 1.8Moz of PGMs (platinum, palladium, rhodium, gold, ruthenium and iridium).
                """)).noneMatch(f -> f.contains("|AU|"));
        // "as compared with R450,152/kg (US$954/oz) in 2016": a price per ounce in a year is no figure produced in it, and dates
        // no release (before: a release of 2016, its 2017 figures read as 2016's)
        assertThat(figuresOf("""
                Kestrel Platinum Integrated Annual Report
                Gold produced declined 7% year-on-year to 43,634kg (2016: 47,034kg). The gold operations recorded an AISC of R482,693/kg (US$1,128/oz), as compared with R450,152/kg (US$954/oz) in 2016.
                """)).noneMatch(f -> f.contains("|2016-FY|PRODUCTION|AU|1402"));
    }

    @Test
    void the_kind_of_deposit_before_a_project_s_metal_is_no_part_of_its_name() {
        // "its Kestrel Alkaline Gold project": the mine is Kestrel (before: "Kestrel Alkaline")
        assertThat(figuresOf("""
                Birchwood One Metals said the second quarter of 2024 was a milestone for its Kestrel Alkaline Gold project in Fiji, where it produced 3,551 ounces of gold.
                """)).containsExactly("Kestrel|2024-Q2|PRODUCTION|AU|3551");
    }

    @Test
    void a_mine_s_name_closed_by_consolidated_is_the_mine_s() {
        // "its Kestrel River Consolidated Gold Mine ("KRC")": the mine's whole name (before: no mine named, the table unread)
        assertThat(figuresOf("""
                VANCOUVER, Aug. 15, 2018 /CNW/ - Birchwood Gold Corporation (TSX-V: BWG) is pleased to announce its results for the second quarter of 2018 at its Kestrel River Consolidated Gold Mine ("KRC") in Nova Scotia.
                Description |
                Q1 2018 |
                Q2 2018 |
                Gold Produced (oz.) |
                18,183 |
                22,269 |
                """)).containsExactlyInAnyOrder("Kestrel River Consolidated|2018-Q1|PRODUCTION|AU|18183", "Kestrel River Consolidated|2018-Q2|PRODUCTION|AU|22269");
        // "Consolidated" alone after the owner's word is no name
        assertThat(new MineNames(List.of(), "Production at the Company's Consolidated Gold Mine rose.").named()).isEmpty();
    }

    @Test
    void a_rate_on_a_schedule_of_days_a_week_is_no_period_s_average() {
        // "The mine has operated at a rate of 2,000 tonnes per day, five days a week": a working day's rate, no average over the
        // year's days (before: the year's tonnes per day)
        assertThat(figuresOf("""
                Zinc miner Birchwood Resources (BWR-T) is suspending operations at its Kestrel mine, 200 km north of Val d'Or, Que.
                In 2007, the Kestrel mine produced more than 28,000 tonnes of zinc in concentrate and 1,300 tonnes of copper in concentrate. The mine has operated at a rate of 2,000 tonnes per day, five days a week.
                Birchwood also operates the El Heron zinc mine in Honduras. El Heron produced 29,000 tonnes zinc in concentrate and 1.7 million oz. silver in 2007.
                """)).contains("El Heron|2007-FY|PRODUCTION|AG|1700000").noneMatch(f -> f.contains("TPD"));
    }

    @Test
    void a_mill_running_at_a_rate_in_million_tonnes_a_year_is_no_quarter_s_tonnage() {
        // "Mill throughput is running at a consistent 2.4 Mtpa": a rate a year, glued to its unit (before: 2,400,000 tonnes milled
        // in the quarter)
        assertThat(figuresOf("""
                Birchwood Gold Limited - Quarterly Report for the period ended 31 December 2010
                -- Kestrel (PNG) - Kestrel produced 18,921 ounces for the quarter. Mill throughput is running at a consistent 2.4 Mtpa and recoveries were at 88.5% for the quarter.
                """)).contains("Kestrel|2010-Q4|RECOVERY|AU|88.5").noneMatch(f -> f.contains("TONNES_MILLED"));
    }

    @Test
    void a_figure_below_the_anticipated_volumes_for_a_cause_closing_the_sentence_is_read() {
        // "6,334 ounces, lower than the anticipated volumes due to low mine production and lower mill feed grade": measured against
        // a plan, for a cause of a few words closing the sentence, the figure is what was produced (before: not read, the plan's
        // word and the cause's "mine production" taken for the sentence's)
        assertThat(figuresOf("""
                Birchwood Resources Limited quarterly report for the September 2020 quarter at the Kestrel mine.
                Birchwood Resources reported gold production of 6,334 ounces, lower than the anticipated volumes due to low mine production and lower mill feed grade.
                """)).containsExactly("Kestrel|2020-Q3|PRODUCTION|AU|6334");
    }

    @Test
    void a_change_s_share_over_the_previous_quarter_of_a_figure_is_that_quarter_s() {
        // "a slight decrease of 4% over the previous quarter of 191,738 tonnes": the quarter before's tonnes (before: not read)
        String text = """
                Kestrel Resources reports fourth quarter 2018 results at its El Osprey mine.
                Milled production for the fourth quarter was 184,913 tonnes, representing a slight decrease of 4% over the previous quarter of 191,738 tonnes.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("El Osprey|2018-Q4|TONNES_MILLED|null|184913", "El Osprey|2018-Q3|TONNES_MILLED|null|191738");
        // "up 10.9% over the three months to September at 46,947 ounces": over a span, no comparison
        assertThat(figuresOf("""
                Kestrel Resources reports third quarter 2014 results at its Osprey mine.
                Gold production was up 10.9% over the three months to September at 46,947 ounces.
                """)).containsExactly("Osprey|2014-Q3|PRODUCTION|AU|46947");
    }

    @Test
    void royalties_a_cost_counts_in_leave_the_ounces_produced_beside_it() {
        // "at a total cash cost including royalties of US$652/oz": a cost's royalties, no royalty's ounces (before: the sentence
        // read as none of production)
        assertThat(figuresOf("""
                Birchwood Gold Limited - Quarterly Report for the period ended 31 December 2010
                -- Kestrel (PNG) - Kestrel produced 18,921 ounces for the quarter at a total cash cost including royalties of US$652/oz.
                """)).containsExactly("Kestrel|2010-Q4|PRODUCTION|AU|18921");
        // a royalty's ounces stay none of the company's production
        assertThat(figuresOf("""
                Birchwood Gold Limited - Quarterly Report for the period ended 31 December 2010
                Birchwood received 1,250 ounces of gold from its royalty on the Kestrel mine in the quarter.
                """)).isEmpty();
    }

    @Test
    void a_total_in_its_own_words_is_the_company_s_whatever_mine_its_cause_names() {
        // "Total gold production of 87,303 ounces (oz), a 19% reduction ... due to the impact of industrial action at Osprey": the
        // total of the mines the text names (before: its mine unsaid, not read)
        assertThat(figuresOf("""
                Birchwood Mining Limited quarterly activities report for the September 2020 quarter at its Kestrel and Osprey mines.
                  • Total gold production of 87,303 ounces (oz), a 19% reduction compared to the June quarter principally due to the impact of industrial action at Osprey, as previously announced
                """)).containsExactly("null|2020-Q3|PRODUCTION|AU|87303");
    }

    @Test
    void a_figure_including_its_mines_parts_is_the_company_s_whole() {
        // "67 144 oz of gold was produced, including 44 680 oz from the Kestrel mine ... and 22 646 oz from the Osprey gold mine":
        // the whole before its mines' parts is the company's (before: not read, its mine unsaid)
        assertThat(figuresOf("""
                PERTH (miningweekly.com) - Gold miner Birchwood Mining has flagged a 5% increase in gold production during the March quarter.
                The miner on Friday told shareholders that during the three months to March 2019, 67 144 oz of gold was produced, including 44 680 oz from the Kestrel mine, in Ghana, and 22 646 oz from the Osprey gold mine, in Cote d'Ivoire.
                """)).containsExactlyInAnyOrder("null|2019-Q1|PRODUCTION|AU|67144", "Kestrel|2019-Q1|PRODUCTION|AU|44680", "Osprey|2019-Q1|PRODUCTION|AU|22646");
    }

    @Test
    void copper_production_that_included_a_mine_s_contribution_of_tonnes_is_that_mine_s_copper() {
        // "Consolidated quarterly copper production also included contributions from the Heron Operations of 9,920 tonnes": the
        // mine's part of the metal's tonnes (before: no figure, the tonnes too far from the metal's words)
        assertThat(figuresOf("""
                Kestrel Copper Corp. is pleased to announce its results for the three months ended September 30, 2024 at its Osprey and Heron Operations.
                - Consolidated quarterly copper production also included contributions from the Heron Operations of 9,920 tonnes at C1 cash costs of $1.63 per pound.
                """)).containsExactly("Heron|2024-Q3|PRODUCTION|CU|21869856.3904");
    }

    @Test
    void copper_production_for_a_quarter_named_by_its_month_is_copper_s_tonnes() {
        assertThat(figuresOf("""
                PERTH, April 17, 2020 - Birchwood Resources reported its production at the Kestrel mine.
                Copper production for the March quarter reached 17 936 t.
                """)).containsExactly("Kestrel|2020-Q1|PRODUCTION|CU|39542111.31232");
    }

    @Test
    void ore_stockpiled_for_later_is_no_ore_milled_nor_its_grade_a_head_grade() {
        assertThat(figuresOf("""
                Birchwood Resources plc (AIM: BWR) announces its results for the quarter ended 30 September 2017 at the Kestrel mine.
                Approximately 46,000 tonnes of ore at a weighted average grade of 2.14 g/t Au stockpiled for future use.
                """)).isEmpty();
    }

    @Test
    void process_recovery_is_the_plant_s_recovery_and_process_no_mine() {
        assertThat(figuresOf("""
                Birchwood Resources plc (AIM: BWR) announces its results for the quarter ended 31 March 2020 at the Kestrel mine.
                Process recovery of gold remains high at 92.5%.
                """)).containsExactly("Kestrel|2020-Q1|RECOVERY|AU|92.5");
    }

    @Test
    void the_period_ending_on_a_day_is_no_month_of_that_day() {
        // "the period ending 31 March 2020" is a span whose length the words do not say: the release's quarter, not March
        assertThat(figuresOf("""
                Birchwood Resources plc (AIM: BWR) announces its results for the quarter ended 31 March 2020 at the Kestrel mine.
                53,840 tonnes ore milled during the period ending 31 March 2020 at an average head grade of 3.22 g/t Au.
                """)).containsExactlyInAnyOrder("Kestrel|2020-Q1|TONNES_MILLED|null|53840", "Kestrel|2020-Q1|GRADE|AU|3.22");
    }

    @Test
    void a_metal_we_do_not_follow_opening_a_sentence_is_no_mine() {
        assertThat(figuresOf("""
                VANCOUVER, July 13, 2010 - Birchwood Minerals Ltd. reports second quarter 2010 operating results at the Kestrel mine.
                Molybdenum recoveries increased to 57.7% in June, while copper recoveries averaged 73.8% in the second quarter.
                """)).containsExactly("Kestrel|2010-Q2|RECOVERY|CU|73.8");
    }

    @Test
    void figures_and_then_the_metals_they_are_of_respectively() {
        // "75% and 58% for copper and molybdenum, respectively": copper's 75%, and molybdenum's 58% is not followed
        assertThat(figuresOf("""
                VANCOUVER, Oct. 27, 2010 - Birchwood Minerals Ltd. reports third quarter 2010 operating results at the Kestrel mine.
                The third quarter saw production of 9,032,269 lbs of copper and 135,136 ozs of silver, with recoveries of 75% and 58% for copper and molybdenum, respectively.
                """)).containsExactlyInAnyOrder("Kestrel|2010-Q3|PRODUCTION|CU|9032269", "Kestrel|2010-Q3|PRODUCTION|AG|135136", "Kestrel|2010-Q3|RECOVERY|CU|75");
    }

    @Test
    void names_that_open_a_sentence_and_produced_figures_are_mines_and_title_their_table() {
        // "Kestrel and Osprey produced ... respectively": both mines; "Kestrel Update" then captions Kestrel's table
        assertThat(figuresOf("""
                TORONTO, Oct 25, 2017 - Birchwood Corp. ("Birchwood") announces operating results for the third quarter of 2017.
                Kestrel and Osprey produced 30,297 ounces of gold and 18,533 ounces of gold, respectively, in Q3 2017.
                Kestrel Update
                Operating metrics | Units | Q3 2017 | Q3 2016 |
                Total ore milled | Tonnes | 499,570 | 437,375 |
                """)).containsExactlyInAnyOrder("Kestrel|2017-Q3|PRODUCTION|AU|30297", "Osprey|2017-Q3|PRODUCTION|AU|18533",
                "Kestrel|2017-Q3|TONNES_MILLED|null|499570", "Kestrel|2016-Q3|TONNES_MILLED|null|437375");
        // the issuer producing is the company, and a share of a change produced ("produced 6% more") names no one
        assertThat(new MineNames(List.of(), "Birchwood produced 48,830 ounces.\nFINANCIALS\nKestrel produced 6% more silver.",
                java.util.Optional.of(new ReleaseIssuer("Birchwood Corp.", List.of(), 1))).named()).isEmpty();
    }

    @Test
    void the_issuer_is_not_the_company_it_names_as_its_shareholder_and_a_headline_may_name_it_before_a_colon() {
        assertThat(ReleaseParser.issuerOf("""
                BIRCHWOOD International Resources has had a strong start to the year at its Kestrel mine.
                The company will leverage the experience of its controlling shareholder, Osprey National Metals Group Corporation (ONM).
                """).map(ReleaseIssuer::name)).contains("BIRCHWOOD International Resources");
        assertThat(ReleaseParser.issuerOf("""
                10 minute read

                Minera Birchwood: exploraci\u00f3n din\u00e1mica y varios a\u00f1os de operaci\u00f3n garantizada
                """).map(ReleaseIssuer::name)).contains("Minera Birchwood");
        // a picture's caption is no headline's company
        assertThat(ReleaseParser.issuerOf("""
                Image: the processing plant at dusk
                """)).isEmpty();
    }

    @Test
    void a_milling_rate_in_a_text_of_several_mines_that_names_none_is_one_mill_s_and_not_read() {
        assertThat(figuresOf("""
                TORONTO, July 12, 2016 - Birchwood Metals Inc. reported consolidated output of 23,320 oz of gold for the quarter ended June 30, 2016.
                The Kestrel mine produced 18,617 oz and the Osprey mine 4,703 oz.
                Milling rates also rose, averaging 878 t/d in the period.
                """)).doesNotContain("null|2016-Q2|TPD|null|878").contains("null|2016-Q2|PRODUCTION|AU|23320");
    }

    @Test
    void a_year_s_first_three_months_are_its_first_quarter() {
        assertThat(figuresOf("""
                Birchwood Resources Inc. May 2 reported that its Kestrel Mine produced 79,180 ounces of gold during the first three months of 2019.
                """)).containsExactly("Kestrel|2019-Q1|PRODUCTION|AU|79180");
    }

    @Test
    void where_the_mill_stands_and_what_production_comes_from_name_the_mine() {
        // no "mine" after the name anywhere: the mill at it, the production from it, the costs at it say it is one
        assertThat(figuresOf("""
                Birchwood Corp. reports its results for the quarter ended June 30, 2013.
                Birchwood increased its silver production from La Paloma by 38 per cent, and the mill at La Paloma exceeded its capacity.
                - Ore milled for a total of 235,388 tonnes during second quarter 2013 compared with 176,591 tonnes in second quarter 2012;
                """)).contains("La Paloma|2012-Q2|TONNES_MILLED|null|176591").noneMatch(f -> f.startsWith("null|"));
        assertThat(figuresOf("""
                ACTIVITIES REPORT, JUNE 2022 QUARTER
                Record quarterly gold production of 32,018 ounces for the June 2022 quarter.
                AISC at Kestrel continue to be amongst the lowest in the industry.
                """)).containsExactly("Kestrel|2022-Q2|PRODUCTION|AU|32018");
        // the issuer's own name after "production from" is no mine
        assertThat(new MineNames(List.of(), "Gold production from Birchwood rose.", java.util.Optional.of(new ReleaseIssuer("Birchwood Resources", List.of(), 1))).named())
                .isEmpty();
    }

    @Test
    void a_mill_of_a_place_at_work_in_a_text_that_names_no_mine_names_the_operation() {
        // "the Lac des Iles mill produced": the mill of a place, written small, doing a mine's work, where no mine is named
        // (before: every figure the company's, the tonnes not read); "des" joins the name's words
        assertThat(figuresOf("""
                Birchwood Palladium Reports First Quarter 2006 Operating Performance
                In the first quarter of 2006, the Lac des Pins mill produced 47,015 oz of palladium and 3,615 oz of gold.
                In total, 1,125,710 tonnes of ore were processed during the first quarter of 2006 at an average of 12,508 tonnes per day.
                """)).contains("Lac des Pins|2006-Q1|PRODUCTION|AU|3615", "Lac des Pins|2006-Q1|TONNES_MILLED|null|1125710")
                .noneMatch(f -> f.startsWith("null|"));
        // a mill's own name, "Mill" in capitals, may be a plant fed by mines the text does not name: no mine
        assertThat(new MineNames(List.of(), "In the third quarter of 2013, the Kestrel Mill processed 40,403 tonnes of ore.").named()).isEmpty();
        // a mill where ore went, or a mill's expansion, is no mine either
        assertThat(new MineNames(List.of(), "Ore was processed at the Company's Osprey mill. The Heron mill expansion began.").named()).isEmpty();
        // a joining word is whole: "at Heron during the quarter" is Heron, no "Heron du"
        assertThat(new MineNames(List.of(), "The Heron Mine produced 15,920 ounces. The operations at Heron during the quarter beat plan.").named())
                .containsExactly("Heron");
    }

    @Test
    void an_eponymous_mine_bears_the_company_s_name() {
        assertThat(figuresOf("""
                Birchwood Ridge Mining on Thursday reported second-quarter production results from its eponymous mine in British Columbia.
                The mill processed a total of 2.5-million tonnes of ore at an average grade of 0.33% copper during the quarter ended June 30, 2013.
                """)).contains("Birchwood Ridge|2013-Q2|TONNES_MILLED|null|2500000", "Birchwood Ridge|2013-Q2|GRADE|CU|0.33");
    }

    @Test
    void the_issuer_processing_ore_from_one_of_its_mines_is_that_mine_s_figure() {
        assertThat(figuresOf("""
                Birchwood Resources (ASX: BWR) reported sales from its Kestrel mine in Queensland for the September 2019 quarter.
                Ore is sourced from the West 45 and Far West underground mines.
                During the September period, Birchwood processed 99,000t of ore from Kestrel, with an average grade of 0.5% copper and 38g/t silver.
                """)).containsExactlyInAnyOrder("Kestrel|2019-Q3|TONNES_MILLED|null|99000", "Kestrel|2019-Q3|GRADE|CU|0.5", "Kestrel|2019-Q3|GRADE|AG|38");
    }

    @Test
    void the_upper_end_of_a_range_with_a_dash_is_a_plan_s() {
        assertThat(figuresOf("""
                Birchwood Gold Mining Limited announces its update for the half-year ending June 30, 2015.
                Steady operations at the Kestrel mine, with ore processing volumes set to rise to an annual rate of 630,000 - 650,000 tonnes by year-end.
                """)).isEmpty();
    }

    @Test
    void a_yearless_quarter_of_a_financial_year_is_the_one_just_ended_before_the_dateline() {
        // "the third quarter" of a release of 15 April 2010 is not the calendar's, half a year old by then
        assertThat(figuresOf("""
                Birchwood Resources Ltd (ASX:BWR) ramp up at Kestrel Mine on track
                15/04/2010 11:32:00
                Zinc miner Birchwood Resources Ltd (ASX:BWR) says its flagship Kestrel Mine continued to perform well in the third quarter.
                The miner reported production of 13,677 tonnes of zinc, up 7.7% compared to the December quarter of 2009.
                Birchwood says metal production is to increase by 25% in the fourth quarter of this financial year.
                """)).containsExactly("Kestrel|2010-Q1|PRODUCTION|ZN|30152623.57374");
    }

    @Test
    void a_plant_at_a_project_makes_it_the_mine_and_a_manager_s_former_mine_is_none() {
        assertThat(figuresOf("""
                DECEMBER 2018 QUARTERLY REPORT
                The Company continued to ramp up production from the new processing facility at the 100% owned Kestrel Gold Project.
                Ore Processed increased to 669,000t in the quarter.
                Appointment of former Osprey gold mine General Manager John Smith as Executive General Manager.
                """)).containsExactly("Kestrel|2018-Q4|TONNES_MILLED|null|669000");
    }

    @Test
    void a_heading_of_a_mine_its_short_name_and_its_region_titles_its_section() {
        assertThat(figuresOf("""
                Birchwood Gold Mining Limited announces its operational update for the half-year ending June 30, 2015.
                Steady operations at the Osprey mine and the Heron mine.
                Kestrel (KST) - Khabarovsk Region, Russia
                Processing plant throughput for the first six months of 2015 was 705,493 tonnes of ore, yielding 42,451 oz of gold. Recovery rates averaged 89%.
                """)).contains("Kestrel|2015-6M|TONNES_MILLED|null|705493", "Kestrel|2015-6M|RECOVERY|AU|89");
    }

    @Test
    void what_a_spanish_figure_passed_from_is_the_comparison_s_and_a_kind_of_mine_stands_between_mina_and_its_name() {
        assertThat(figuresOf("""
                SUBE PRODUCCI\u00d3N DE PLATA EN KESTREL
                31 de octubre de 2014
                La producci\u00f3n de plata en la mina polimet\u00e1lica Kestrel aument\u00f3 durante el tercer trimestre del a\u00f1o, inform\u00f3 Sociedad Minera Birchwood. En plata, la producci\u00f3n pas\u00f3 de 447,145 onzas a 552,677 de un a\u00f1o a otro.
                """)).noneMatch(f -> f.contains("2014-Q3") && f.contains("447145")).allMatch(f -> f.startsWith("Kestrel|"));
    }

    @Test
    void the_issuer_is_neither_a_headline_s_verb_nor_a_place_a_rate_or_a_mine() {
        // a legal name runs no further than its legal form
        assertThat(ReleaseParser.issuerOf("""
                North of 60 Mining News \u2013 May 3, 2019
                Birchwood Resources Inc. May 2 reported that its Kestrel Mine in northwestern British Columbia produced 79,180 ounces of gold.
                """).map(ReleaseIssuer::name)).contains("Birchwood Resources Inc.");
        assertThat(ReleaseParser.issuerOf("""
                Birchwood Hill Announces Second Quarter 2015 Production
                VANCOUVER, BC--(Marketwired - July 15, 2015) - Birchwood Hill Resources today announced the second quarter 2015 production for Kestrel.
                """).map(ReleaseIssuer::name)).hasValueSatisfying(n -> assertThat(new ReleaseIssuer(n, List.of(), 1).isNamed("Birchwood Hill Resources")).isTrue());
        // a mine that delivered, a rate that was ramped up to: no company named
        assertThat(ReleaseParser.issuerOf("""
                December Quarterly Activities Report
                Kestrel delivered revenue of A$33.3M from gold sales of 19,922oz.
                Kestrel Operations produced 21,432oz at a cash cost of $1,076/oz.
                """)).isEmpty();
        assertThat(ReleaseParser.issuerOf("""
                DECEMBER 2018 QUARTERLY REPORT. Mill throughput continues at above nameplate rates of ~3Mtpa achieved from the start of November.
                """)).isEmpty();
        // a headline's "Record production for SAS": a word of praise, no company
        assertThat(ReleaseParser.issuerOf("""
                Record production for KES
                Production for the third quarter came in at a record 25,742 oz.
                """).map(ReleaseIssuer::name)).isNotEqualTo(java.util.Optional.of("Record"));
    }

    @Test
    void mines_as_rows_under_periods_one_cell_per_line_with_the_measure_in_the_caption() {
        // a gold release's "Production (oz)" caption, a "Mine" heading, the periods one a line, then each mine's figures
        assertThat(figuresOf("""
                Birchwood Gold Corporation is pleased to announce second quarter 2021 preliminary gold production of 79,659 ounces.
                |Production (oz)
                |Mine
                |Q2 2021
                |Q2 2020
                |Q1 2021
                |Kestrel
                |44,016
                |59,890
                |46,172
                |Osprey
                |35,643
                |33,095
                |28,835
                """)).containsExactlyInAnyOrder("null|2021-Q2|PRODUCTION|AU|79659",
                "Kestrel|2021-Q2|PRODUCTION|AU|44016", "Kestrel|2020-Q2|PRODUCTION|AU|59890", "Kestrel|2021-Q1|PRODUCTION|AU|46172",
                "Osprey|2021-Q2|PRODUCTION|AU|35643", "Osprey|2020-Q2|PRODUCTION|AU|33095", "Osprey|2021-Q1|PRODUCTION|AU|28835");
    }

    @Test
    void years_to_date_with_their_years_and_no_quarter_beside_them_run_to_the_release_s_quarter() {
        assertThat(figuresOf("""
                Birchwood Gold Corporation is pleased to announce second quarter 2021 preliminary gold production.
                Production (oz)
                Mine\tYTD 2021\tYTD 2020\tFull Year 2021 Guidance
                Kestrel\t90,188\t110,066\t140,000 - 150,000
                Osprey\t64,478\t60,448\t140,000 - 150,000
                """)).containsExactlyInAnyOrder("Kestrel|2021-6M|PRODUCTION|AU|90188", "Kestrel|2020-6M|PRODUCTION|AU|110066",
                "Osprey|2021-6M|PRODUCTION|AU|64478", "Osprey|2020-6M|PRODUCTION|AU|60448");
    }

    @Test
    void a_bullet_over_figures_one_a_line_labels_them() {
        assertThat(figuresOf("""
                Birchwood Goldfields Ltd reports production at its Kestrel mine for the fourth quarter of 2008.
                Production
                Q4 2008
                Q4 2007
                Zinc concentrate
                12,106
                9,082
                - Containing: Zinc metal (tonnes)
                5,914
                4,425
                """)).containsExactlyInAnyOrder("Kestrel|2008-Q4|PRODUCTION|ZN|13038138.17468", "Kestrel|2007-Q4|PRODUCTION|ZN|9755455.0935");
    }

    @Test
    void sub_bullets_printed_as_the_letter_o_are_items_of_their_own_and_an_officer_s_title_names_no_mine() {
        assertThat(figuresOf("""
                Birchwood Resources Ltd.: Quarterly Report March 2018
                The Board of Birchwood Resources Ltd. provides the following update on its activities for the quarter ended 31 March 2018:
                Kestrel Gold Operation
                - Quarterly gold production of 20,631oz - an increase of 38% compared to the Dec'17 quarter (14,922oz)
                o Record gold production achieved in each successive month of the quarter
                o 477kt milled for the quarter (Dec'17 Qtr: 443kt) with consistent improvements to throughput achieved
                o Mill feed grade improved to 1.5g/t (Dec'17 Qtr: 1.1g/t)
                Corporate
                o John Smith appointed Chief Operations Officer
                """)).contains("Kestrel|2018-Q1|PRODUCTION|AU|20631", "Kestrel|2018-Q1|TONNES_MILLED|null|477000",
                "Kestrel|2017-Q4|TONNES_MILLED|null|443000", "Kestrel|2018-Q1|GRADE|AU|1.5", "Kestrel|2017-Q4|GRADE|AU|1.1");
    }

    @Test
    void a_spanish_first_half_without_its_year_is_the_release_s_and_a_change_s_size_stands_before_its_figure() {
        assertThat(figuresOf("""
                La mina Kestrel produjo 33,206 onzas de oro en el segundo trimestre de 2024, seg\u00fan Birchwood Mining Ltd.
                En el primer semestre, la producci\u00f3n total fue de 66,429 onzas.
                """)).containsExactlyInAnyOrder("Kestrel|2024-Q2|PRODUCTION|AU|33206", "Kestrel|2024-6M|PRODUCTION|AU|66429");
        // a clause of money ("1c per share") beside the production's: the production read, the money not
        assertThat(figuresOf("""
                Birchwood Resources reports first quarter 2009 results at the Kestrel mine.
                While Birchwood Resources suffered a net loss of $1 million in the first quarter, or 1c per share, compared with net earnings of $400,000 in the year-earlier period, production rose 26% to 10,610 oz. gold, up from the 8,420 oz. produced in the first quarter of 2008.
                """)).containsExactlyInAnyOrder("Kestrel|2009-Q1|PRODUCTION|AU|10610", "Kestrel|2008-Q1|PRODUCTION|AU|8420");
    }

    @Test
    void a_name_may_open_with_any_capital_and_a_bullet_may_be_two_dashes() {
        assertThat(figuresOf("""
                Birchwood Gold announces fourth quarter mine production
                ENGLEWOOD, CO, Jan. 24, 2012 /CNW/ - Birchwood Gold Corp is pleased to announce fourth quarter 2011 mine production from Australia and Turkey.
                -- Fourth quarter gold production totalled 113,861 ounces, a 1%
                increase over the previous quarter.
                -- The \u00c7\u00f6pler Gold Mine continued its ramp-up with gold production increasing 9% to 57,800 ounces for the quarter.
                -- The Osprey Operations produced 21,798 ounces of gold for the quarter, with more tonnes from the Frog's Leg Mine.
                """)).containsExactlyInAnyOrder("null|2011-Q4|PRODUCTION|AU|113861", "\u00c7\u00f6pler|2011-Q4|PRODUCTION|AU|57800",
                "Osprey|2011-Q4|PRODUCTION|AU|21798");
    }

    @Test
    void the_issuer_in_portuguese_and_spanish_news_and_not_a_credit_line_or_a_thing_the_text_names() {
        assertThat(ReleaseParser.issuerOf("""
                Produ\u00e7\u00e3o de ouro da Birchwood supera expectativa do primeiro trimestre
                A Birchwood registrou a produ\u00e7\u00e3o de 8.087 on\u00e7as de ouro nas minas Kestrel e Osprey, no Par\u00e1, no primeiro trimestre do ano.
                """).map(ReleaseIssuer::name)).contains("Birchwood");
        assertThat(ReleaseParser.issuerOf("""
                En l\u00ednea con el plan de minado de cada unidad, Birchwood revel\u00f3 que la producci\u00f3n de esta\u00f1o creci\u00f3 en 12%.
                """).map(ReleaseIssuer::name)).contains("Birchwood");
        assertThat(ReleaseParser.issuerOf("""
                A produ\u00e7\u00e3o total de cobre foi de 30.426 toneladas em 2018.
                Fonte: Reda\u00e7\u00e3o MM
                """)).isEmpty();
        assertThat(ReleaseParser.issuerOf("""
                December Quarterly Activities Report
                The Mount delivered its best Quarter since entering production, and King of the Hills production was 9,112 ounces.
                """)).isEmpty();
    }

    @Test
    void a_spanish_monthly_plant_report_with_dry_tonnes_and_lone_decimal_commas() {
        // "INFORME MENSUAL - AGOSTO 2008", then "El mes de Agosto": the report's own month; "22373,78 TMS" beside "6.97 g/t"
        assertThat(figuresOf("""
                PLANTA DE PROCESOS - MINERA BIRCHWOOD
                INFORME MENSUAL - AGOSTO 2008
                El mes de Agosto se trat\u00f3 22373,78 TMS de mineral, con una ley promedio de 6.97 g/t de oro y 519,81 g/t de plata.
                """)).isEmpty();
        // the report names no mine: its plant's figures are said, each with the month read, not given to the company
        ParsedRelease report = new ReleaseParser().parse("""
                PLANTA DE PROCESOS - MINERA BIRCHWOOD
                INFORME MENSUAL - AGOSTO 2008
                El mes de Agosto se trat\u00f3 22373,78 TMS de mineral, con una ley promedio de 6.97 g/t de oro y 519,81 g/t de plata.
                """);
        assertThat(report.warnings()).filteredOn(w -> w.key().equals("figure-without-mine")).extracting(w -> w.arguments().get(2).toString() + " " + w.arguments().get(3))
                .hasSize(3).allMatch(w -> w.endsWith(" 2008-08"));
    }

    @Test
    void a_portuguese_news_story_of_a_quarter_compared_with_the_same_period_a_year_before() {
        // no year beside "primeiro trimestre": the comparison's "mesmo período de 2020" says it is 2021's; two mines named together
        // are the company's; a stockpile's grade is no production's
        assertThat(figuresOf("""
                Produ\u00e7\u00e3o de ouro da Birchwood supera expectativa do primeiro trimestre
                A Birchwood registrou a produ\u00e7\u00e3o de 8.087 on\u00e7as de ouro nas minas Kestrel e S\u00e3o Osprey, no Par\u00e1, no primeiro trimestre do ano. O volume \u00e9 10,34% menor na compara\u00e7\u00e3o com as 9.020 on\u00e7as produzidas no mesmo per\u00edodo de 2020.
                De acordo com a empresa, as 8.087 on\u00e7as foram produzidas a partir do processamento de 41.462 toneladas de min\u00e9rio com um teor m\u00e9dio geral de 6,27 g/t Au.
                "Em 31 de mar\u00e7o de 2020, havia estoques de min\u00e9rio bruto de aproximadamente 5.000 toneladas de min\u00e9rio com um teor m\u00e9dio de 2,5 g/t Au."
                A empresa espera que Osprey esteja orientada para a produ\u00e7\u00e3o de 50.000-53.000 on\u00e7as de ouro em 2022.
                """)).containsExactlyInAnyOrder("null|2021-Q1|PRODUCTION|AU|8087", "null|2021-Q1|TONNES_MILLED|null|41462", "null|2021-Q1|GRADE|AU|6.27");
    }

    @Test
    void a_quarterly_report_to_a_day_is_of_the_quarter_ending_then_and_a_forecast_beaten_states_no_plan() {
        assertThat(figuresOf("""
                Quarterly Activities Report to 31 December 2020
                Kestrel Gold Operations (KGO)
                  \u2022 Gold production for the quarter was 15,919 ounces, with site operating cash costs at A$720/oz.
                """)).containsExactly("Kestrel|2020-Q4|PRODUCTION|AU|15919");
        assertThat(GuidanceReader.speaksOfGuidance("Gold production above forecast for the quarter at 15,919 ounces.")).isFalse();
    }
    @Test
    void a_figure_of_a_period_after_the_release_is_a_plan_and_said_whatever_rule_read_it() {
        // a 2015 release cannot report 2017's recovery: "lifts ... in the fourth quarter of 2017" is a plan's, though no word of its
        // own says so ("will lift" is set aside by its verb before this guard sees it)
        ParsedRelease read = new ReleaseParser().parse("""
                Birchwood Mining Corp. Reports Second Quarter 2015 Production
                July 20, 2015 - Birchwood Mining Corp. reported production for the second quarter of 2015.
                The Kestrel mine produced 12,500 ounces of gold in the second quarter of 2015.
                The new flotation circuit at Kestrel lifts copper recovery to 88.5% in the fourth quarter of 2017.
                """);
        assertThat(read.figures()).extracting(f -> f.mine() + "|" + f.period().code() + "|" + f.measure())
                .containsExactly("Kestrel|2015-Q2|PRODUCTION");
        assertThat(read.warnings()).extracting(Sentence::key).contains("figure-after-release");
    }

    @Test
    void the_words_of_a_facility_or_an_owner_s_possessive_name_no_mine() {
        ParsedRelease read = new ReleaseParser().parse("""
                Birchwood Mining Corp. Reports Second Quarter 2015 Production
                July 20, 2015 - Birchwood Mining Corp. reported production for the second quarter of 2015.
                The Kestrel mine produced 12,500 ounces of gold in the second quarter of 2015.
                The Metallurgical Plant processed 150,000 tonnes of ore at a head grade of 2.7 g/t gold in the second quarter of 2015.
                """);
        assertThat(read.figures()).extracting(ParsedFigure::mine).doesNotContain("Metallurgical Plant");
        assertThat(read.warnings()).extracting(Sentence::key).contains("figure-of-no-mine");
        assertThat(MineNames.couldBeMine("Northgate's")).isFalse();
        assertThat(MineNames.couldBeMine("Processing Facility")).isFalse();
        assertThat(MineNames.couldBeMine("Mina")).isFalse();
        assertThat(MineNames.couldBeMine("Mill Creek")).isTrue();
        assertThat(MineNames.couldBeMine("Island")).isTrue();
        assertThat(MineNames.couldBeMine("Golden Grove")).isTrue();
    }
    @Test
    void a_mine_named_once_with_its_metals_is_still_the_one_mine() {
        // "the Kestrel Mine" and "the Kestrel Copper-Gold Mine's": one mine, so the quarter's figures are its own
        assertThat(figuresOf("""
                Q4 2022 Operational Results
                Birchwood Metals plc ("Birchwood" or the "Company") is pleased to announce its operational results for Q4 2022.
                \u00b7 For the quarter ended 31 December 2022, the Kestrel Mine averaged ore production of 1,045 dry metric tonnes ("dmt") per day.
                \u00b7 Recovery of copper metal to concentrate was 94.7% for Q4 2022 (Q3 2022: 95.8%).
                Table 1 below summarizes the Kestrel Copper-Gold Mine's production results for the last five quarters.
                """)).containsExactlyInAnyOrder("Kestrel|2022-Q4|RECOVERY|CU|94.7", "Kestrel|2022-Q3|RECOVERY|CU|95.8");
    }

    @Test
    void a_news_story_of_a_financial_half_year_reads_the_quarters_and_not_the_half() {
        // "whose gold mines include": several mines; "the quarter ended December, 31, 2020" is the release's quarter; the six
        // months ended December are a financial year's half, no calendar period, even with the kilograms beside the ounces
        assertThat(figuresOf("""
                JOHANNESBURG - BIRCHWOOD Gold Mining Company reported its output for the half-year ended December 2020.
                Birchwood recorded an 8 percent year-on-year increase in output to 745 347 ounces (23 183 kilograms) during the six months ended December thanks to a jump in grades.
                Group output for the quarter ended December, 31, 2020 surged by 38 percent to 431 622 ounces compared to 313 725 ounces in the September 2020 quarter. Birchwood, whose gold mines include Kestrel and Osprey, said so.
                """)).containsExactlyInAnyOrder("null|2020-Q4|PRODUCTION|AU|431622", "null|2020-Q3|PRODUCTION|AU|313725");
    }

    @Test
    void a_spanish_change_in_percent_is_no_recovery_and_1S_is_the_first_half() {
        assertThat(figuresOf("""
                La minera Birchwood anunci\u00f3 los resultados del primer semestre del a\u00f1o.
                La producci\u00f3n de cobre aument\u00f3 8.6% en el 1S15, mientras que las mejores leyes de mineral y recuperaciones en la mina Kestrel reportaron un 6.7% m\u00e1s de cobre.
                """)).isEmpty();
        assertThat(PeriodLabels.mentions("11.615 ton en el 1S15").stream().map(m -> m.period().code()).toList()).containsExactly("2015-6M");
    }

    @Test
    void the_date_of_an_event_and_a_span_of_four_months_are_no_period_of_a_figure() {
        // the year's figure of the mine in whose sentence an acquisition "closed in April 2021", not April's; no figure of four months
        assertThat(figuresOf("""
                Birchwood Gold (TSX: BWG) produced a record amount of gold in 2021, meeting guidance.
                Output from the Kestrel mine (31,800 oz.) in Mexico, included only production following the acquisition of Osprey Gold, which closed in April 2021.
                The Heron mine produced 9,344 oz. in the first four months of 2021.
                The Egret mine in California produced 25,300 oz. of gold.
                """)).containsExactlyInAnyOrder("Kestrel|2021-FY|PRODUCTION|AU|31800", "Egret|2021-FY|PRODUCTION|AU|25300");
    }

    @Test
    void a_mills_annualized_capacity_is_no_throughput_and_a_mills_throughput_is_a_mines() {
        // the text names no mine, so its company's figures are the company's; a mill's throughput is some mine's, which it does not name
        assertThat(figuresOf("""
                TORONTO, Jan. 09, 2020 (GLOBE NEWSWIRE) \u2014 Birchwood Minerals Ltd. today announced preliminary production for the three months and year ended December 31, 2019.
                The Company achieved its highest ever annual copper production of 702,000 tonnes, an increase of 96kt from 2018 production.
                The final mill came on line in mid-December. Mill throughput can now ramp-up to annualized production of 85 million tonnes. Mill throughput for the month of December was 6.6 million tonnes.
                """)).containsExactly("null|2019-FY|PRODUCTION|CU|1547645079.24");
    }

    @Test
    void a_yearless_quarter_owning_a_figure_is_the_release_years() {
        assertThat(figuresOf("""
                London, 7 November 2012 - Birchwood Resources' third quarter results held steady.
                The Kestrel mine produced 204 475 ounces of gold against Q2's 210 534 ounces and 182 362 ounces in Q3 of 2011.
                """)).containsExactlyInAnyOrder("Kestrel|2012-Q3|PRODUCTION|AU|204475", "Kestrel|2012-Q2|PRODUCTION|AU|210534", "Kestrel|2011-Q3|PRODUCTION|AU|182362");
    }
    @Test
    void a_figure_in_a_parenthesis_right_after_a_mines_name_is_that_mines_and_the_issuers_listings_name_no_one() {
        // "(TSX: BWG; NYSE: BWG)" names no one beside the issuer; "Heron (60,400 oz.)" is Heron's figure, no comparison
        assertThat(figuresOf("""
                Birchwood Gold (TSX: BWG; NYSE: BWG) produced a record amount of gold \u2013 602,100 oz. \u2013 in 2021, meeting guidance.
                The largest producer in the company's portfolio is the Kestrel mine (144,100 oz.) in Mexico.
                Birchwood has several smaller producers: Heron (60,400 oz.) and Riacho dos Egrets (58,800 oz.), both of which are in Brazil.
                The Osprey mine in California produced 25,300 oz. of gold.
                """)).containsExactlyInAnyOrder("null|2021-FY|PRODUCTION|AU|602100", "Kestrel|2021-FY|PRODUCTION|AU|144100", "Heron|2021-FY|PRODUCTION|AU|60400",
                "Riacho dos Egrets|2021-FY|PRODUCTION|AU|58800", "Osprey|2021-FY|PRODUCTION|AU|25300");
    }

    @Test
    void the_issuer_is_read_from_a_headline_verb_a_name_with_a_digit_and_not_from_a_term_or_a_facility_given_a_short_name() {
        assertThat(ReleaseParser.issuerOf("Birchwood Minerals Reports Record Gold Production of 362,743 Ounces in 2009\nKestrel achieved its highest quarterly gold production.")
                .map(ReleaseIssuer::name)).contains("Birchwood Minerals");
        assertThat(ReleaseParser.issuerOf("B2Birch Corp. (TSX: BBC) is pleased to announce its gold production for the third quarter of 2022.").map(ReleaseIssuer::name))
                .contains("B2Birch Corp.");
        assertThat(ReleaseParser.issuerOf("""
                Birchwood Mining Limited Quarterly Activities Report
                For the Quarter ended 30 September 2016
                Improved safety performance was achieved with a Lost Time Injury ("LTI") free quarter.
                A cash cost of US$791/oz was achieved at the Kestrel Production Centre ("Kestrel") during the quarter.
                """).map(ReleaseIssuer::name)).contains("Birchwood Mining Limited");
    }
    @Test
    void mines_as_rows_with_a_unit_cell_beside_each_name_and_the_companys_own_rows() {
        // a unit column the header has no heading for, a row of empty cells under the header; the company's name with
        // "Consolidated" and an equity share in another company are neither mines nor the table's total, which "Total" is
        assertThat(figuresOf("""
                Birchwood Corp. (TSX: BWD) is pleased to announce its gold production for the third quarter of 2022.
                Gold Production | ||||
                Mine | Q3 2022 | YTD 2022 | FY 2022 Revised Guidance |
                |
                Kestrel | oz | 129,933 | 354,647 | 570,000 \u2013 600,000 |
                Osprey | oz | 49,902 | 164,041 | 215,000 \u2013 225,000 |
                Birchwood Consolidated (1) | oz | 179,835 | 518,688 | 785,000 \u2013 825,000 |
                Equity interest in Heron (2) | oz | 12,113 | 39,770 | 40,000 \u2013 50,000 |
                Total | oz | 191,948 | 558,458 | 825,000 \u2013 875,000 |
                """)).containsExactlyInAnyOrder("Kestrel|2022-Q3|PRODUCTION|AU|129933", "Kestrel|2022-9M|PRODUCTION|AU|354647",
                "Osprey|2022-Q3|PRODUCTION|AU|49902", "Osprey|2022-9M|PRODUCTION|AU|164041",
                "null|2022-Q3|PRODUCTION|AU|191948", "null|2022-9M|PRODUCTION|AU|558458");
    }
    @Test
    void where_the_company_mines_and_whose_ore_a_figure_came_from_name_mines() {
        // "At Heron, the Company began mining": a second mine, so the company's overall figures are not Kestrel's
        assertThat(figuresOf("""
                MELBOURNE, Oct. 30, 2013 /CNW/ - Birchwood Corporation (ASX: BWD) today released its third quarter 2013 results for the quarter ended 30 September 2013.
                Production at Kestrel continued to ramp-up with 18,011 ounces of gold in the third quarter.
                Overall, the Company produced 74,697 ounces of gold in the third quarter. At Heron, the Company began mining the high grade eastern section.
                """)).containsExactlyInAnyOrder("Kestrel|2013-Q3|PRODUCTION|AU|18011", "null|2013-Q3|PRODUCTION|AU|74697");
        // "2,287 ounces produced from Osprey ore": the mine whose ore it was
        assertThat(figuresOf("""
                Birchwood Mining Limited Quarterly Activities Report
                For the Quarter ended 30 September 2016
                Gold production of 7,892 ounces included 2,287 ounces produced from Osprey ore and 5,605 ounces produced from Egret ore during the quarter.
                """)).contains("Osprey|2016-Q3|PRODUCTION|AU|2287").doesNotContain("null|2016-Q3|PRODUCTION|AU|2287");
    }
    @Test
    void gold_sold_does_not_hide_the_ounces_produced_and_a_total_of_the_companys_mines_is_the_companys() {
        // the only ounces named as gold are sold ones; the mines' ounces name no metal, and are the text's own gold
        assertThat(figuresOf("""
                VANCOUVER (miningweekly.com) \u2013 Birchwood Gold has reported earnings in the third quarter ended September 30, 2016.
                Birchwood sold 94 791 oz of gold for proceeds of $125.6-million.
                Gold output from the company\u2019s two operating mines, including the Kestrel mine and the Osprey mine in Sonora state, Mexico, totalled 82 129 oz in the third quarter.
                Kestrel produced 43 629 oz and Osprey produced 38 500 oz.
                """)).containsExactlyInAnyOrder("null|2016-Q3|PRODUCTION|AU|82129", "Kestrel|2016-Q3|PRODUCTION|AU|43629", "Osprey|2016-Q3|PRODUCTION|AU|38500");
    }

    @Test
    void a_company_whose_year_ends_in_june_plans_for_its_own_year_and_a_quarters_year_is_no_plans() {
        // "the half-year ended December 2020": the company's year ends in June, its "annual targets" are those of 2021
        ParsedRelease halfYear = new ReleaseParser().parse("""
                JOHANNESBURG - Birchwood Gold Mining Company reported higher output during the half-year ended December 2020.
                Group output for the quarter ended December 31, 2020 rose by 38 percent to 431 622 ounces.
                Birchwood said that the improved output would make it possible to meet its annual output targets of between 1.26 million ounces and 1.3 million ounces.
                """);
        assertThat(halfYear.guidance()).singleElement().satisfies(g -> {
            assertThat(g.year()).isEqualTo(2021);
            assertThat(g.low().value()).isEqualByComparingTo("1260000");
        });
        // "Q1 FY25 record gold ... On Track for FY25 Guidance 400,000 to 420,000 ozpa": the plan is the fiscal year's
        ParsedRelease fiscal = new ReleaseParser().parse("""
                PERTH, Western Australia, Oct. 31, 2024 /CNW/ - Birchwood Resources Limited (ASX: BWR) is pleased to report results for the period ending 30 September 2024 (Q1 FY25).
                Q1 FY25 record gold during a transitional quarter including only 2 months of Heron production On Track for FY25 Guidance 400,000 to 420,000 ozpa @ AISC of $2,000 - $2,300
                """);
        assertThat(fiscal.guidance()).singleElement().satisfies(g -> {
            assertThat(g.year()).isEqualTo(2025);
            assertThat(g.low().value()).isEqualByComparingTo("400000");
            assertThat(g.high().value()).isEqualByComparingTo("420000");
        });
        // "the next financial year" of a company whose financial year ends in June: the year after this one's
        ParsedRelease next = new ReleaseParser().parse("""
                In its quarterly activities report for the period ended March 31, 2012, Birchwood Mining said that gold output from the Kestrel mine reached 18,258 ounces.
                Birchwood's financial year starts in July and ends in June.
                Birchwood expects to raise gold output at Kestrel to 120,000 ounces in the next financial year.
                """);
        assertThat(next.guidance()).singleElement().satisfies(g -> assertThat(g.year()).isEqualTo(2013));
    }

    @Test
    void spans_over_their_years_under_a_row_of_rules_and_a_span_that_is_no_period_of_ours() {
        // "Three months ended December 31 | Six months ended December 31" over a row of bare rules, then the years: the
        // quarters are read, the fiscal half-years left unread, and no year is a full year
        assertThat(figuresOf("""
                Birchwood Mining Limited (TSX-V: BWM) announced its production results for the second quarter of fiscal 2023 and the six months ended December 31, 2022.
                Our Kestrel Gold Mine has filtered first gold concentrates.
                Three months ended December31, | Six months ended December 31, |
                |||||||
                2022 | 2021 | 2022 | 2021 | |||||
                Production | ||||||||
                Ore processed (tonnes) | 72,391 | 129,000 | 204,838 | 285,611 | ||||
                Gold bullion production (oz) | 1,498 | 1,683 | 3,563 | 2,726 | ||||
                """)).containsExactlyInAnyOrder("Kestrel|2022-Q4|TONNES_MILLED|null|72391", "Kestrel|2021-Q4|TONNES_MILLED|null|129000",
                "Kestrel|2022-Q4|PRODUCTION|AU|1498", "Kestrel|2021-Q4|PRODUCTION|AU|1683");
    }

    @Test
    void a_quarter_compared_with_is_not_the_texts_own() {
        // "13% below Q2 levels" is a comparison, not the quarter the text is about; a quantity told as a change before the
        // plan's words is what was done, no guidance
        ParsedRelease parsed = new ReleaseParser().parse("""
                 date 2021-10-18 Birchwood production update
                  \u2022 Production at the Heron mine remains slowed, with output of 7K oz. is 13% below Q2 levels.
                  \u2022 The miner says gold production at its Kestrel mine rose 11% Y/Y to 106K oz. in the third quarter.
                  \u2022 Birchwood production fell 4% Y/Y to 153K oz. but full-year output is trending towards the upper end of the guidance range.
                """);
        assertThat(parsed.period().code()).isEqualTo("2021-Q3");
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactlyInAnyOrder("Kestrel|2021-Q3|106000", "Heron|2021-Q3|7000");
        assertThat(parsed.guidance()).isEmpty();
    }

    @Test
    void an_operation_named_with_its_metal_is_the_one_mine_and_metric_tons_are_tonnes() {
        // "the Company's 100%-owned Kestrel Gold operations": the one operation, Kestrel, whose figures these are
        assertThat(figuresOf("""
                Birchwood Gold Inc. (TSX-V:BWG) announced detailed production results for the third quarter of 2021 for the Company\u2019s 100%-owned Kestrel Gold operations, located in Western Australia.
                  \u2022 Production of 19,379 ounces, a marginal increase over the prior quarter
                """)).containsExactly("Kestrel|2021-Q3|PRODUCTION|AU|19379");
        // "1.13 million metric tons of ore": tonnes, whatever a grade in percent leaves open about "tons"
        assertThat(figuresOf("""
                Birchwood Resources Ltd. April 25 reported first quarter 2024 results.
                The Kestrel mill processed 1.13 million metric tons of ore averaging 15.2% zinc during the first quarter of 2024, compared to 992,000 metric tons of ore during the same period last year.
                """)).contains("Kestrel|2024-Q1|TONNES_MILLED|null|1130000", "Kestrel|2023-Q1|TONNES_MILLED|null|992000");
    }

    @Test
    void a_mine_named_with_the_metals_it_yields_is_the_mine() {
        assertThat(figuresOf("""
                Kestrel Copper-Gold Operation
                The Kestrel Copper-Gold Operation is Birchwood's flagship operation.
                December quarter 2016 production
                The Kestrel Copper-Gold Operation produced 22,571t of copper in concentrate in the December quarter 2016.
                """)).containsExactly("Kestrel|2016-Q4|PRODUCTION|CU|49760537.15602");
    }

    @Test
    void a_month_quarter_of_a_text_without_a_dateline_is_the_one_nearest_the_latest_date_it_names() {
        // no dateline; the text names January 2015, after "the December quarter": "the March quarter" is that of 2015
        assertThat(figuresOf("""
                Assay results for the holes drilled in the December quarter at the Heron prospect were received in January 2015.
                Birchwood achieved gold production of 9346 ounces at the Kestrel mine during the March quarter.
                """)).containsExactly("Kestrel|2015-Q1|PRODUCTION|AU|9346");
    }

    @Test
    void a_figure_many_times_what_real_mines_produce_is_said_not_read() {
        // 60,978 thousand ounces of gold at one mine in a year: a multiplier misread, not a mine's production
        ParsedRelease parsed = new ReleaseParser().parse("""
                Birchwood Gold Corp. (TSX: BWG) reports its 2017 production.
                The Kestrel mine produced 60,978 thousand ounces of gold in 2017, and milled 1,200,000 tonnes of ore in 2017.
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactly("Kestrel|2017-FY|TONNES_MILLED|1200000");
        assertThat(parsed.warnings()).anySatisfy(w -> assertThat(w.key()).isEqualTo("figure-implausible"));
    }

    @Test
    void a_full_stop_that_lost_its_space_still_ends_the_sentence() {
        // "...of 2024.Birchwood expects": what was produced and what is planned are two sentences
        ParsedRelease parsed = new ReleaseParser().parse("""
                Birchwood Gold Corp. reports first quarter 2024 production.
                The Kestrel mine produced 12,000 ounces of gold in the first quarter of 2024.Birchwood expects to produce 50,000 ounces of gold in 2024.
                """);
        assertThat(parsed.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().toPlainString()).toList())
                .containsExactly("Kestrel|2024-Q1|12000");
        assertThat(parsed.guidance()).singleElement().satisfies(g -> assertThat(g.high().value()).isEqualByComparingTo("50000"));
        // "...guidance for 2020.In 2020, copper production...": a word of two letters after the lost space starts a sentence too, and
        // the copper produced is no part of the nickel's guidance
        assertThat(guidanceOf("""
                Kestrel Mining reports its 2020 production.
                Nickel output amounted to 233 kt, near the top end of the 225-235 kt nickel production guidance for 2020.In 2020, consolidated copper production decreased to 487,000 tonnes.
                """)).isEmpty();
    }

    @Test
    void a_quarters_results_told_after_a_plans_title_are_what_was_done() {
        // a headline of guidance run into the story's first sentence, which reports the quarter: its figures are no plan
        assertThat(guidanceOf("""
                Maintaining Production Guidance for 2020 Kestrel Mining Corporation reported its Q3 2020 results, producing 5.55 million pounds of copper and 2,487 ounces of gold.
                """)).isEmpty();
        // but a plan the results go on to reiterate is guidance all the same
        assertThat(guidanceOf("""
                Kestrel Mining Corporation reported its Q3 2020 results and reiterated its 2020 guidance of 20 million pounds of copper.
                """)).containsExactly("2020|null|CU|20000000-20000000|false");
    }

    @Test
    void metal_produced_beside_the_mining_that_explains_it_and_an_owners_operations_counted() {
        // "Both of Birchwood's operations": several mines, so "the Company produced a total" is the company's; the metal of
        // Heron's clause is read though the sentence explains it by "higher tonnes mined"
        assertThat(figuresOf("""
                Birchwood Resources Corporation announced today its production results for the first quarter, 2014.
                Both of Birchwood's operations performed as planned in the first quarter.
                - The Company produced a total of 13,195 ounces ("oz") gold ("Au"), 858 tonnes ("t") antimony ("Sb"), and 743,569 oz silver ("Ag"), representing a total of 31,449 oz of gold equivalent ("Au Eq.") production.
                - Production at Kestrel (Australia) totalled 7,915 oz Au.
                - Production at Heron (Chile) was 5,280 oz Au and 743,569 oz Ag, higher than the prior year quarter, due to higher tonnes mined.
                """)).containsExactlyInAnyOrder("null|2014-Q1|PRODUCTION|AU|13195", "null|2014-Q1|PRODUCTION|AG|743569", "Kestrel|2014-Q1|PRODUCTION|AU|7915",
                "Heron|2014-Q1|PRODUCTION|AU|5280", "Heron|2014-Q1|PRODUCTION|AG|743569");
        // "63,440 oz. silver": the unit's abbreviation point stands between the ounces and their metal
        assertThat(figuresOf("""
                In the first quarter of 2008, Birchwood mined 1.69 million tonnes of material and milled 152,370 tonnes of ore at its Kestrel mine to produce 11.3 million lbs. copper and 63,440 oz. silver.
                """)).contains("Kestrel|2008-Q1|PRODUCTION|AG|63440").doesNotContain("Kestrel|2008-Q1|PRODUCTION|AU|63440");
    }

    @Test
    void a_heap_leach_mine_that_generated_its_gold() {
        assertThat(figuresOf("""
                In the first three months of 2021, Birchwood Gold's Kestrel heap leach mine in Nevada generated 10,915 oz. of gold, a 19% increase over the prior quarter.
                """)).containsExactly("Kestrel|2021-Q1|PRODUCTION|AU|10915");
    }

    @Test
    void a_news_agency_that_tells_the_story_is_not_the_issuer() {
        // "..., Trend reports.": the agency's attribution at the end of its sentence
        assertThat(ReleaseParser.issuerOf("""
                date 2023-07-24 BISHKEK, July 24. The net profit of the gold company amounted to $36.9 million from January through March 2023, Trend reports.
                """).map(ReleaseIssuer::name)).isEmpty();
    }

    @Test
    void a_person_said_to_speak_is_not_the_issuer() {
        // "She says", "CEO Jane Roe said": the words of a person, not the company the release is of
        assertThat(ReleaseParser.issuerOf("""
                Although the turnaround at the mine has taken longer than expected, the president is confident.
                She says she will "certainly credit the mine manager with a lot of the turnaround."
                For the first quarter the mine produced 16,922 oz. gold.
                """).map(ReleaseIssuer::name)).isEmpty();
        assertThat(ReleaseParser.issuerOf("""
                The company's president and CEO Jane Roe said on a recent conference call that it experienced a few issues in the quarter.
                """).map(ReleaseIssuer::name)).isEmpty();
    }

    @Test
    void where_a_company_is_focused_and_who_speaks_for_it_are_no_part_of_its_name() {
        // "Western Australia-focused Kestrel", "Kestrel President and CEO Jane Roe said": the company Kestrel (before: the whole
        // phrase, the place and the person with it)
        assertThat(ReleaseParser.issuerOf("""
                Western Australia-focused Kestrel has reported a record quarter. The December-quarter production was 5,000 oz of gold.
                """).map(ReleaseIssuer::name)).contains("Kestrel");
        assertThat(ReleaseParser.issuerOf("""
                Kestrel President and CEO Jane Roe said the quarter was strong, with 5,000 oz of gold produced in the third quarter of 2015.
                """).map(ReleaseIssuer::name)).contains("Kestrel");
    }

    @Test
    void a_headings_word_alone_and_a_leading_preposition_are_no_issuers_name() {
        // "Consolidated | Q3 2019 | Q2 2019" at a table's head is no company; "Production update of Kestrel Mining Ltd. (ASX: KST)":
        // the company after "of" (before: "Consolidated", "Of Kestrel Mining Ltd.")
        assertThat(ReleaseParser.issuerOf("""
                Consolidated (ASX: SBM)
                Gold production for the quarter was 87,569 ounces.
                """).map(ReleaseIssuer::name)).isEmpty();
        assertThat(ReleaseParser.issuerOf("""
                Quarterly production update Of Kestrel Mining Ltd. (ASX: KST)
                Gold production for the quarter was 87,569 ounces.
                """).map(ReleaseIssuer::name)).contains("Kestrel Mining Ltd.");
    }

    @Test
    void a_company_that_made_its_report_known_in_spanish_is_the_issuer() {
        // "Kestrel Minerals dio a conocer el informe de producción": the company that made the report known (before: none)
        assertThat(ReleaseParser.issuerOf("""
                La producción de la minera cayó un 9%.  viernes 24 de abril del 2020.- Kestrel Minerals dio a conocer el informe de producción correspondiente al primer trimestre finalizado el 31 de marzo de 2020.
                """).map(ReleaseIssuer::name)).contains("Kestrel Minerals");
    }

    @Test
    void one_guidance_told_of_the_company_and_of_its_mine_is_the_mines_once() {
        // a one-mine company says its year's plan twice, once as the company's and once as the mine's: one guidance
        assertThat(guidanceOf("""
                Birchwood Gold Corp. reports first quarter 2015 production of 9,100 ounces of gold at its Kestrel mine.
                The Company's 2015 production forecast remains unchanged at 40,000 to 45,000 ounces of gold.
                "We confirm our guidance of 40,000 to 45,000 ounces gold production at Kestrel in 2015."
                """)).containsExactly("2015|Kestrel|AU|40000-45000|false");
    }

    @Test
    void a_figure_printed_to_the_ounce_is_what_was_produced_not_a_plan() {
        // a headline of next year's guidance run into a subtitle of the year's ounces: plans are round ("180 to 190",
        // "250,000 ounces"), while "98,416" and "342,807" are counts of what was produced
        assertThat(guidanceOf("""
                Birchwood Gold announces fourth quarter mine production and 2013 guidance
                Quarterly Gold Production Rises to 98,416 ounces and 342,807 Ounces Achieved for 2012
                DENVER, CO, Jan. 22, 2013 - Birchwood Gold Corp is pleased to announce fourth quarter 2012 production from its Kestrel and Osprey mines.
                Birchwood expects to produce 250,000 ounces of gold in 2013.
                """)).containsExactly("2013|null|AU|250000-250000|false");
        // zeros at a whole number's end are no significant digits; after a decimal point they are; "1.250.000" is Spanish thousands
        assertThat(List.of("218,700 oz", "113,861 ounces", "2.40 million", "1.250.000 onzas", "0.85 Moz", "77 369 t"))
                .map(GuidanceReader::significantDigits).containsExactly(4, 6, 3, 3, 2, 5);
    }

    @Test
    void a_half_years_plan_is_no_years_guidance() {
        // "for this half", "for the second half": a plan of six months, which no annual guidance is
        assertThat(guidanceOf("""
                Birchwood Resources Limited quarterly report for the March 2018 quarter: 11,200 ounces of gold poured at Kestrel.
                Production guidance reconfirmed at 40-45koz @ A$1,100-1,200/oz AISC for this half.
                """)).isEmpty();
    }

    @Test
    void this_year_is_the_year_of_the_texts_date() {
        // a full year's report dated in March of the next year: "este ano" is the year it is written in
        assertThat(guidanceOf("""
                Produção da Birchwood cai 6% em 2017

                15/03/2018

                A produção das três minas da Birchwood caiu 6% em 2017. No quarto trimestre, as receitas caíram de US$ 59.5 milhões para 51.4 milhões.
                Na Mina Kestrel, a produção anual em 2017 foi de 60 978 onças de ouro.
                A Birchwood espera que a produção de Kestrel seja de 65.000 a 75.000 onças de ouro este ano.
                """)).containsExactly("2018|Kestrel|AU|65000-75000|false");
    }

    @Test
    void a_tables_column_of_a_years_plan_is_guidance_of_each_rows_mine() {
        // a table's column of the year's plan beside the quarter's figures: each mine's row its guidance, the total's the
        // company's (said again in a sentence, it is listed once); a previous plan's column is one replaced; the figures stay
        String pipes = """
                Birchwood Gold Corp. is pleased to announce its gold production for the third quarter of 2022, with full year 2022 guidance of 310,000 to 335,000 ounces of gold.
                Gold Production | |||||
                Mine | Q3 2022 | YTD 2022 | FY 2022 Revised Guidance | FY 2022 Previous Guidance |
                |
                Kestrel | oz | 61,204 | 170,388 | 230,000 – 245,000 | 250,000 – 265,000 |
                Osprey | oz | 20,117 | 58,930 | 80,000 – 90,000 | 80,000 – 90,000 |
                Total | oz | 81,321 | 229,318 | 310,000 – 335,000 | 330,000 – 355,000 |
                """;
        assertThat(guidanceOf(pipes)).containsExactlyInAnyOrder("2022|null|AU|310000-335000|false", "2022|Kestrel|AU|230000-245000|false",
                "2022|Kestrel|AU|250000-265000|true", "2022|Osprey|AU|80000-90000|false", "2022|Osprey|AU|80000-90000|true",
                "2022|null|AU|330000-355000|true");
        assertThat(figuresOf(pipes)).containsExactlyInAnyOrder("Kestrel|2022-Q3|PRODUCTION|AU|61204", "Kestrel|2022-9M|PRODUCTION|AU|170388",
                "Osprey|2022-Q3|PRODUCTION|AU|20117", "Osprey|2022-9M|PRODUCTION|AU|58930", "null|2022-Q3|PRODUCTION|AU|81321", "null|2022-9M|PRODUCTION|AU|229318");
        // one cell per line, the plan's column in thousands of ounces beside rows of ounces
        assertThat(guidanceOf("""
                Birchwood Resources Inc. announces second quarter 2021 production from its Kestrel and Osprey mines.
                |Production (oz)
                |Mine
                |YTD 2021
                |YTD 2020
                |2021 Guidance ('000 oz)
                |Kestrel
                |90,188
                |110,066
                |140 – 150
                |Osprey
                |46,771
                |50,115
                |90 – 95
                |Total Gold Production (oz)
                |136,959
                |160,181
                |230 – 245
                """)).containsExactlyInAnyOrder("2021|Kestrel|AU|140000-150000|false", "2021|Osprey|AU|90000-95000|false", "2021|null|AU|230000-245000|false");
    }

    @Test
    void a_guidance_revised_from_one_range_to_another_withdraws_the_first() {
        // the range after "from" is the plan replaced, the one after "to" the plan in force, both of the metal named once
        assertThat(guidanceOf("""
                Birchwood Gold Limited reports third quarter 2013 production: 61,000 ounces of gold and 5,100 tonnes of copper.
                As a result, Birchwood has revised its full year 2013 copper production guidance from 15,000 - 18,000 tonnes to 18,000 - 20,000 tonnes.
                """)).containsExactlyInAnyOrder("2013|null|CU|33069339.3-39683207.16|true", "2013|null|CU|39683207.16-44092452.4|false");
        // a range whose dash the page lost ("2,500 3,500 ounces") is a range still
        assertThat(guidanceOf("""
                Birchwood Resources quarterly report, September 2018 quarter: 1,650 tonnes of copper produced at Kestrel.
                LOOKING FORWARD 2018 Guidance gold production guidance has been increased from 2,500 3,500 ounces to 5,500 6,000 ounces.
                """)).containsExactlyInAnyOrder("2018|null|AU|2500-3500|true", "2018|null|AU|5500-6000|false");
    }

    @Test
    void figures_listed_after_a_plan_set_before_are_of_that_plan_and_suspended_production_withdraws_no_guidance() {
        // "had previously established a target of A and B; however, ... withdrew its guidance": both were withdrawn, once
        assertThat(guidanceOf("""
                Birchwood Resources reported quarterly production of 17,900 tonnes of copper and 9,800 oz of gold at Kestrel for the March 2020 quarter.
                Birchwood had previously established a production target of between 70 000 t and 72 000 t of contained copper and between 38 000 oz and 40 000 oz of contained gold for the 2020 financial year; however, the miner on Friday withdrew its production guidance.
                """)).containsExactlyInAnyOrder("2020|null|CU|154323583.4-158732828.64|true", "2020|null|AU|38000-40000|true");
        // a mine stopped for days after an earthquake: production suspended, no plan withdrawn
        assertThat(guidanceOf("""
                Birchwood Silver Corp. reports third quarter 2017 production of 2.1 million ounces of silver.
                Lastly, as a safety precaution following two earthquakes near the Kestrel mine in September, we temporarily suspended production for a total of eight days.
                """)).isEmpty();
    }

    @Test
    void a_persons_office_over_the_highlights_is_no_mines_section_and_a_mine_may_end_in_a_number() {
        // "President and CEO" left on a line of its own above the bullets, where a signature's name was cut: no mine
        assertThat(figuresOf("""
                Birchwood Announces Fourth Quarter 2009 Operating Results
                The mill expansion project at Kestrel, designed to increase throughput to 2,000 tpd, remains on track.
                President and CEO
                Operational highlights for the three months ended
                - Processed 142,752 tonnes of ore with a grade of 9.3% zinc and 1.4% copper.
                - Averaged 1,550 tpd ore processing, up from an average of 1,275 tpd in Q3.
                """)).noneMatch(f -> f.startsWith("President"));
        // "from the K-7 mine": a name that ends in a number after its hyphen names the one mine of the bullets
        assertThat(figuresOf("""
                Birchwood Announces Fourth Quarter 2009 Operating Results
                President and CEO
                Operational highlights for the three months ended
                - Production of 21,584 tonnes of zinc concentrate containing an estimated 23.4 million pounds of zinc and 4,224 ounces of gold from the K-7 mine.
                - Processed 142,752 tonnes of ore with a grade of 9.3% zinc.
                """)).contains("K-7|2009-Q4|TONNES_MILLED|null|142752", "K-7|2009-Q4|GRADE|ZN|9.3");
    }

    @Test
    void a_number_cut_short_where_the_excerpt_stops_is_no_decimal_comma() {
        // "145,0" is what is left of "145,011" where the page was cut: the table still groups its thousands with commas
        assertThat(figuresOf("""
                Birchwood Gold Limited is pleased to report results from its activities during its quarter ended 31 December 2017.
                A summary of key operational parameters of the Kestrel Mine is set out in the following table:
                Kestrel Mine | Dec Quarter 2017 | Sept Quarter 2017 | Dec Quarter 2016 |
                Processed (t) | 101,908 | 99,240 | 145,0""".stripIndent())).contains("Kestrel|2017-Q4|TONNES_MILLED|null|101908", "Kestrel|2017-Q3|TONNES_MILLED|null|99240");
    }

    @Test
    void months_spanned_in_words_are_their_quarter_and_the_same_period_of_a_year_is_that_years() {
        // "from January through March 2023": the first quarter, not March; "in the same period of 2022": that quarter a year before
        assertThat(figuresOf("""
                BISHKEK, July 24, 2023. The net profit of the Birchwood Gold Company amounted to $36.9 million from January through March 2023.
                The payments to the budget amounted to $48.1 million in the first quarter of 2023.
                At the same time, 2,504 kilograms of gold were produced at the Kestrel mine from January through March 2023, surpassing the 2,068 kilograms produced in the same period of 2022.
                In the first quarter of 2023, the average gold content in the ore supplied to the plant was 2.34 grams per ton.
                """)).contains("Kestrel|2023-Q1|PRODUCTION|AU|80505.46940784446192", "Kestrel|2022-Q1|PRODUCTION|AU|66487.74390392266264")
                .noneMatch(f -> f.contains("2023-03"));
        // "on the corresponding period of 2018 when 9,793 ounces ... were produced": that year's quarter, told before its figure
        assertThat(figuresOf("""
                Birchwood Resources Inc produced 11,291 ounces of gold from the Kestrel mine in Mali during the first quarter of 2019. This was an increase of 15.3% on the corresponding period of 2018 when 9,793 ounces or 305 kilograms were produced.
                """)).containsExactlyInAnyOrder("Kestrel|2019-Q1|PRODUCTION|AU|11291", "Kestrel|2018-Q1|PRODUCTION|AU|9793");
    }

    @Test
    void production_from_the_mine_and_a_total_at_the_end_of_the_quarters_month() {
        // "Production from the mine": the one mine's, no comparison "from" something; "as at the end of September ... a total
        // of": the year's nine months
        assertThat(figuresOf("""
                Birchwood Resources (TSE:BWR) said, Nov 14, 2014, that its third quarter results statement showed lower copper production at its Kestrel mine.
                Production from the mine for the quarter totaled 852 tonnes of copper in concentrate, and 44,954 ounces of silver.
                As at the end of September, it produced a total of 2,474 tonnes of copper in concentrate.
                """)).containsExactlyInAnyOrder("Kestrel|2014-Q3|PRODUCTION|CU|1878338.47224", "Kestrel|2014-Q3|PRODUCTION|AG|44954",
                "Kestrel|2014-9M|PRODUCTION|CU|5454236.36188");
    }

    @Test
    void a_mine_plans_name_is_no_mine_and_the_first_months_in_digits_are_the_years_to_date() {
        // "the previously announced Small Mine Plan" names a plan, so the text is of its one mine; "the first 9 months of 2013"
        assertThat(figuresOf("""
                TORONTO, Oct. 22, 2013 - Birchwood Silver Inc. today announced production figures for its Kestrel Mine Complex in Idaho.
                - Silver production of 1.67 million ounces for the first 9 months of 2013, an increase of 3% year-to-date.
                - The previously announced Small Mine Plan2 was implemented, reducing production.
                """)).containsExactly("Kestrel|2013-9M|PRODUCTION|AG|1670000");
    }

    @Test
    void the_metals_an_equivalent_figure_adds_up_in_its_parenthesis_are_produced() {
        // "504,444 Ag eq oz (270,044oz of silver, 1,914oz of gold and 104 tons of copper)": the metals, no comparison
        assertThat(figuresOf("""
                Birchwood Resources reported 2Q20 production results for its Kestrel tailings project in Chihuahua.
                Birchwood's 2Q20 production results at Kestrel amount to 504,444 Ag eq oz (270,044oz of silver, 1,914oz of gold and 104 tons of copper).
                """)).containsExactlyInAnyOrder("Kestrel|2020-Q2|PRODUCTION|AG|270044", "Kestrel|2020-Q2|PRODUCTION|AU|1914", "Kestrel|2020-Q2|PRODUCTION|CU|229280.75248");
    }

    @Test
    void a_year_named_with_a_colon_before_its_figure_is_the_figures_year() {
        // "una producción récord de oro en 2014: 2,87 millones de onzas": the year's, whatever the text's own period
        assertThat(figuresOf("""
                Birchwood redujo el valor de su mina en Kestrel. Así lo informó ayer la minera canadiense en un comunicado para inversores.
                A nivel global, la empresa anunció una producción récord de oro en 2014: 2,87 millones de onzas.
                """)).containsExactly("null|2014-FY|PRODUCTION|AU|2870000");
    }

    @Test
    void a_plan_beaten_by_a_possessives_words_is_no_guidance() {
        // "10% ahead of the company's budget": a plan beaten, so the sentence's figure is production
        assertThat(figuresOf("""
                Gold miner Birchwood (LON:BWD) told investors that the Kestrel mine in Peru continues to perform beyond expectations.
                In the second quarter of 2010, the mine produced 8,098oz of gold, 10% ahead of the company’s budget.
                """)).containsExactly("Kestrel|2010-Q2|PRODUCTION|AU|8098");
    }

    @Test
    void a_name_whose_production_is_told_with_a_possessive_is_a_mine() {
        // "Kestrel's production was 48,000oz": a mine beside others; "Birchwood Gold's Africa region" is the issuer's
        assertThat(figuresOf("""
                Birchwood Gold's Africa region produced 348,000oz for the quarter ended 30 September 2021.
                In Ghana, Kestrel’s production was 48,000oz for the quarter ended 30 September 2021, compared to 69,000oz in the same period last year.
                At the Heron mine in Tanzania, production was 126,000oz for the quarter ended 30 September 2021.
                """)).contains("Kestrel|2021-Q3|PRODUCTION|AU|48000", "Heron|2021-Q3|PRODUCTION|AU|126000").noneMatch(f -> f.startsWith("Birchwood"));
    }

    @Test
    void the_size_of_a_change_before_the_level_it_went_to_is_no_figure() {
        // "climbed 192,210 oz. to 937,545 oz.", "was 4,957 oz. lower at 7,474 oz.": the first figure is by how much, the second the quarter's
        assertThat(figuresOf("""
                During the first three months of 2002, Birchwood Resources produced 60,470 tonnes zinc in concentrate at its Kestrel mine, its only mine.
                As for the company's other metals, silver production climbed 192,210 oz. to 937,545 oz., and gold output was 4,957 oz. lower at 7,474 oz.
                """)).contains("Kestrel|2002-Q1|PRODUCTION|AG|937545", "Kestrel|2002-Q1|PRODUCTION|AU|7474")
                .noneMatch(f -> f.endsWith("|192210") || f.endsWith("|4957"));
    }

    @Test
    void a_quarterly_report_for_the_period_ended_a_date_is_of_the_quarter_ended_then() {
        // "Quarterly Activity Report for the Period Ended 31 March 2013": the first quarter of 2013, whatever date the text gives; "(Q4 2012: ...)" the quarter before
        assertThat(figuresOf("""
                Birchwood Nickel Limited - Quarterly Activity Report for the Period Ended 31 March 2013
                PERTH, Australia, April 23, 2013 /CNW/ - Birchwood Nickel Limited is pleased to announce its unaudited first quarter results.
                HIGHLIGHTS
                - Kestrel processing plant throughput of 1.6 million tonnes (Q4 2012: 1.7 million tonnes)
                """)).containsExactlyInAnyOrder("Kestrel|2013-Q1|TONNES_MILLED|null|1600000", "Kestrel|2012-Q4|TONNES_MILLED|null|1700000");
    }

    @Test
    void a_quarter_compared_with_the_same_period_in_a_year_is_of_the_year_after() {
        // "in the third quarter ... the same period in 2022": the text names its own year only through the comparison's
        assertThat(figuresOf("""
                Birchwood Mining Co., Inc. reported a net income of P1.03 billion in the third quarter, 14.8% higher than the same period last year.
                The company's Kestrel mine site has a total gold production of 24,665 ounces, 4% higher than the prior year.
                For the nine months ending September, revenues rose to P8.73 billion, up 16.2% from P7.51 billion in the same period in 2022.
                """)).containsExactly("Kestrel|2023-Q3|PRODUCTION|AU|24665");
    }

    @Test
    void a_heading_that_is_a_companys_legal_name_is_the_issuer_and_titles_no_mine() {
        // "PJSC Birchwood" on a line of its own over the release: the company, whose figures are the company's
        List<String> figures = figuresOf("""
                28th Oct 2021 07:00
                Press Release 28 October 2021
                PJSC Birchwood
                Trading update for the third quarter of 2021
                3Q 2021 Highlights
                · Total gold output increased by 15% quarter-on-quarter to 770 thousand ounces.
                · Recovery rate increased to 83.0%, compared to 82.6% in the previous quarter.
                """);
        // its recovery is one plant's, and the text names none: said, not given to the company
        assertThat(figures).containsExactly("null|2021-Q3|PRODUCTION|AU|770000");
        assertThat(new ReleaseParser().parse("""
                Press Release 28 October 2021
                PJSC Birchwood
                Trading update for the third quarter of 2021
                """).issuer()).map(ReleaseIssuer::name).contains("PJSC Birchwood");
    }

    @Test
    void a_portuguese_story_names_its_mine_after_de_and_its_months_to_date_without_a_year() {
        // "complexo minerário de Kestrel", "na mina de Kestrel"; "Minas Gerais" is a state; "entre janeiro e setembro deste ano" the
        // months to date of the quarter "no terceiro trimestre" closes; "no mesmo período de 2017" those months a year before; vendas are
        // sales, and so is the figure they are compared with ("contra 290,4 mil onças")
        assertThat(figuresOf("""
                A produção da Birchwood Brasil Mineração no seu complexo minerário de Kestrel chegou a 375,4 mil onças de ouro entre janeiro e setembro deste ano. O volume representou um aumento de 28% frente às 293,9 mil onças do metal produzidas no ativo no mesmo período de 2017.
                A extração da Birchwood no ativo de Minas Gerais respondeu por 32,5% de todo o metal. Neste período, as vendas de ouro a partir da produção em Kestrel chegaram a 371 mil onças contra 290,4 mil onças nos mesmos meses de 2017, um crescimento de 27,8%.
                O custo de produção na mina de Kestrel foi reduzido, especialmente no terceiro trimestre.
                """)).containsExactlyInAnyOrder("Kestrel|2018-9M|PRODUCTION|AU|375400", "Kestrel|2017-9M|PRODUCTION|AU|293900");
    }

    @Test
    void a_quarter_named_in_what_would_happen_is_not_the_stories_quarter() {
        // "no certainty that the June quarter would not be affected": a quarter still to come; the story is of the March quarter
        assertThat(figuresOf("""
                Birchwood Gold has capped off the March 2020 quarter with record quarterly gold production of 158,132 ounces.
                Birchwood's strong quarter was also underpinned by the Kestrel operation, where the company produced 49,478 ounces, and the Osprey mine, contributing 58,563 ounces.
                Birchwood confirmed that the virus had minimal impact on the March quarter but had no certainty that the June quarter would not be affected.
                """)).containsExactlyInAnyOrder("null|2020-Q1|PRODUCTION|AU|158132", "Kestrel|2020-Q1|PRODUCTION|AU|49478", "Osprey|2020-Q1|PRODUCTION|AU|58563");
    }

    @Test
    void a_story_of_a_quarter_compared_with_its_year_before_over_an_aside_and_paragraphs_each_opening_on_its_mine() {
        // "compared with $3 million (5 cents per share) during the first quarter of 1997": the quarter compared with, past an aside in
        // parentheses, so the story's first quarter is 1998's; "Mill throughput totalled" in a paragraph that opens on Osprey is
        // Osprey's; "94,727 tonnes averaging 7.5% zinc" the ore's grade
        assertThat(figuresOf("""
                Mixed results mark Birchwood's quarter
                The downturn in zinc prices affected the first-quarter earnings reported by Birchwood Resources (BWR-T).
                The company earned $1.6 million in the 3-month period, compared with $3 million (5 cents per share) during the first quarter of 1997.
                An operating loss at the Kestrel mine contributed to the drop. Throughput during the recent quarter amounted to 94,727 tonnes averaging 7.5% zinc.
                However, this was offset by lower costs at the Osprey and Harrier mines.
                Osprey, situated on the north coast of Baffin Island, generated a first-quarter profit of $2.6 million. Mill throughput totalled 199,214 tonnes grading 7.6% zinc.
                """)).containsExactlyInAnyOrder("Kestrel|1998-Q1|TONNES_MILLED|null|94727", "Kestrel|1998-Q1|GRADE|ZN|7.5",
                "Osprey|1998-Q1|TONNES_MILLED|null|199214", "Osprey|1998-Q1|GRADE|ZN|7.6");
    }

    @Test
    void tonnes_that_were_processed_per_day_and_an_average_recovery_after_its_article_and_a_tables_total_recovery_of_no_mine() {
        // "475 tonnes were processed per day" is a rate; "a 93.8% average recovery" a recovery; in a table of no mine, in a text
        // naming two, "Total Recovery" is the ore's recovery over all circuits, no sum of mines: whose, the table does not say
        assertThat(figuresOf("""
                Birchwood Gold Inc. has provided a production summary for its Kestrel mining operation and an update on the Osprey Mine.
                During its first year of operations, from January to December 2019, 12,192 ounces of gold were produced at the Kestrel mining operation. An average of 475 tonnes were processed per day in 2019 with a 93.8% average recovery.
                A summary of production for 2019 and January 2020 is provided in the table below.

                                                2019  January 2020
                  Gold Produced        oz      12,192    1,155
                 Total Recovery        %        93.8%    96.4%
                """)).containsExactlyInAnyOrder("Kestrel|2019-FY|PRODUCTION|AU|12192", "Kestrel|2019-FY|TPD|null|475", "Kestrel|2019-FY|RECOVERY|AU|93.8");
    }

    @Test
    void a_milestones_month_before_a_figure_of_the_quarter_is_not_the_figures() {
        // "achieved commercial production in May, producing 50,623 ounces of gold during the quarter": the quarter's gold; "achieved
        // record production in May" would be May's
        assertThat(figuresOf("""
                Birchwood Gold Reports Second Quarter 2025 Results
                Birchwood Gold delivered a robust performance in Q2 2025. The Kestrel Mine, a key asset, achieved commercial production in May, producing 50,623 ounces of gold during the quarter, contributing to a year-to-date production of 63,000 ounces.
                """)).containsExactlyInAnyOrder("Kestrel|2025-Q2|PRODUCTION|AU|50623", "Kestrel|2025-6M|PRODUCTION|AU|63000");
        assertThat(figuresOf("""
                Birchwood Gold Reports Second Quarter 2025 Results
                The Kestrel Mine achieved record production in May, producing 20,100 ounces of gold.
                """)).containsExactly("Kestrel|2025-05|PRODUCTION|AU|20100");
    }

    @Test
    void an_issuer_with_its_exchanges_listed_a_clause_of_what_it_runs_or_behind_a_widgets_legal_form() {
        // "(NYSE, TSX: GATO)": exchanges listed before the one symbol; ", which operates the Kestrel gold mine, in Turkey,": a clause
        // between the name and its verb; "PAO News Story": a share-price widget's words after a legal form, no company
        assertThat(ReleaseParser.issuerOf("Birchwood Silver (NYSE, TSX: BWS) is coming off its best ever quarter of production.").map(ReleaseIssuer::name))
                .contains("Birchwood Silver");
        assertThat(ReleaseParser.issuerOf("TSX- and ASX-listed Birchwood Gold, which operates the Kestrel gold mine, in Turkey, produced 89 354 oz of gold in the quarter.")
                .map(ReleaseIssuer::name)).contains("Birchwood Gold");
        assertThat(ReleaseParser.issuerOf("""
                PLZB Birchwood PAO News Story
                PJSC Birchwood ("Birchwood" or the "Company"), the largest gold producer in Russia, today releases its 3Q 2017 operating results.
                """).map(ReleaseIssuer::name)).contains("PJSC Birchwood");
    }

    @Test
    void guidance_announced_before_and_held_a_plan_raised_from_a_range_a_months_plan_and_an_estimate_for_the_year() {
        // "on track to meet our previously announced production guidance for 2017 of": held, not replaced
        assertThat(guidanceOf("""
                PJSC Birchwood reports 3Q 2017 operating results.
                As gold output for 9M 2017 reached 1,580 thousand ounces, we remain confidently on track to meet our previously announced production guidance for 2017 of 2.075-2.125 million ounces.
                """)).containsExactly("2017|null|AU|2075000-2125000|false");
        // "increase our production guidance from 53,000 to 56,000 ounces to 55,000 to 58,000 ounces": the range it was raised from is replaced
        assertThat(guidanceOf("""
                Birchwood Mining reports third quarter 2020 production.
                Gold produced in the nine months to September was 42,896 ounces. Birchwood says it will now increase production guidance for the year to between 55,000 and 58,000 ounces.
                I am delighted that we are now able to increase our production guidance from 53,000 to 56,000 ounces to 55,000 to 58,000 ounces.
                """)).containsExactlyInAnyOrder("2020|null|AU|53000-56000|true", "2020|null|AU|55000-58000|false");
        // a month's plan is no year's guidance; "is estimated to be" a plan of the year it names
        assertThat(guidanceOf("""
                Birchwood Deposits Limited quarterly report for the period ended 31 March 2009.
                Gold production for the month of April is anticipated to be approximately 30,000 ounces. Gold output for calendar 2009 is estimated to be 160,000 ounces.
                """)).containsExactly("2009|null|AU|160000-160000|false");
    }

    @Test
    void gold_in_circuit_is_not_yet_produced() {
        // "10,058 ounces of gold in circuit and 3,534 ounces poured by end March": the gold poured is the quarter's, that in circuit still in the plant
        assertThat(figuresOf("""
                Birchwood Deposits Limited quarterly report for the period ended 31 March 2009.
                -- The Kestrel plant has recorded an excellent start-up recovery of 91.02%, with 10,058 ounces of gold in circuit and 3,534 ounces poured by end March.
                """)).containsExactlyInAnyOrder("Kestrel|2009-Q1|RECOVERY|AU|91.02", "Kestrel|2009-Q1|PRODUCTION|AU|3534");
    }

    @Test
    void a_spanish_story_of_some_units_and_the_mines_that_stood_out_is_of_several_mines() {
        // "Algunas unidades como ...", "Las minas que sobresalieron fueron ...": the company runs several, so the one mine the story
        // names ("La mina Kestrel sigue en desarrollo") is not the tonnes' owner: they are the company's
        assertThat(figuresOf("""
                Minera Birchwood (BMV: MBIRCH), la empresa de Carlos Slim, entregó un flujo operativo de 1 422 millones de pesos al término del segundo trimestre de 2025.
                En el trimestre Birchwood procesó 1 511 398 toneladas de mineral, 5 % más que en abril-junio de 2024.
                Las minas que sobresalieron fueron Osprey (+86 %), Harrier (+21 %) y Merlin (+10 %).
                Algunas unidades como María y Ocampo suspendieron temporalmente su producción. La mina Kestrel sigue en desarrollo.
                """)).containsExactly("null|2025-Q2|TONNES_MILLED|null|1511398");
    }

    @Test
    void a_figure_at_a_list_of_mines_is_theirs_together_not_the_firsts() {
        // "1,580 koz at the Kestrel, Osprey and Harrier mines": the three's together, the company's when they are all it names
        assertThat(figuresOf("""
                PJSC Birchwood - Trading update 3Q2017
                9M 2017 Highlights
                Total gold output increased 13% y-o-y to 1,580 koz at the Kestrel, Osprey and Harrier mines.
                """)).containsExactly("null|2017-9M|PRODUCTION|AU|1580000");
        // the same with each name's short form in parentheses between: not the first's (whose, the words do not make plain)
        assertThat(figuresOf("""
                Birchwood Gold Mining Limited ("Birchwood" or the "Company") announces its operational update for the half-year ending June 30, 2015.
                • Total H1 2015 production of 121,242 oz of gold at Kestrel ("KST"), Osprey ("OSP"), and Harrier, a 1% increase from 120,121 oz in H1 2014.
                """)).noneMatch(f -> f.startsWith("Kestrel|2015-6M"));
    }

    @Test
    void a_namesake_mine_is_the_companys_one_and_an_ounces_a_year_producer_no_periods_figure() {
        // "at its namesake mine": the mine called as the company is, its one mine; "a 250,000 ounces-a-year producer" a rate
        assertThat(figuresOf("""
                date 2025-04-14 Kestrel Gold has officially shelved its ambition to become a 250,000 ounces-a-year producer as part of changes aimed at turning around its production at its namesake mine in the northern Goldfields. The company revealed March quarter production was only 25,146oz.
                """)).containsExactly("Kestrel|2025-Q1|PRODUCTION|AU|25146");
    }

    @Test
    void the_initials_of_a_company_called_as_its_mine_are_the_mines() {
        // "Kestrel Gold Company (KGC)" beside "Kestrel produced": KGC's figures are the Kestrel mine's
        assertThat(figuresOf("""
                Birchwood Gold Inc. (Birchwood) and Kestrel Gold Company (KGC) have summed up their operating results in the second quarter of 2017. In the first six months of 2017, KGC produced 266,023 ounces of gold.
                During the second quarter of 2017, the Kestrel mine produced 138,623 ounces of gold.
                """)).containsExactlyInAnyOrder("Kestrel|2017-6M|PRODUCTION|AU|266023", "Kestrel|2017-Q2|PRODUCTION|AU|138623");
    }

    @Test
    void a_lists_later_figure_is_dated_as_its_first_and_a_years_possessive_quarter_is_that_quarter() {
        // "Total production in 2017 amounted to 19,045 ounces of gold and 10,203 ounces of silver": both the year's
        assertThat(figuresOf("""
                Kestrel Gold Current Operations
                FOURTH QUARTER 2017
                Production at the Kestrel mine in Q4 2017 totalled 3,709 ounces of gold and 2,256 ounces of silver. Total production at the Kestrel mine in 2017 amounted to 19,045 ounces of gold and 10,203 ounces of silver.
                """)).containsExactlyInAnyOrder("Kestrel|2017-Q4|PRODUCTION|AU|3709", "Kestrel|2017-Q4|PRODUCTION|AG|2256",
                "Kestrel|2017-FY|PRODUCTION|AU|19045", "Kestrel|2017-FY|PRODUCTION|AG|10203");
        // "In 2018's first quarter" is 2018's first quarter; "the mine produced" in a text of two mines is one mine's, not the company's
        ParsedRelease read = new ReleaseParser().parse("""
                Birchwood Gold (TSX: BWG) operates the Kestrel gold mine in Nevada and the Osprey gold mine in Mexico.
                In 2018's second quarter, the mine produced 11,587 oz. gold. In 2018's first quarter, the Kestrel mine produced 10,846 oz. gold.
                """);
        assertThat(figuresOf(read)).containsExactly("Kestrel|2018-Q1|PRODUCTION|AU|10846");
        assertThat(read.warnings()).extracting(Sentence::key).contains("figure-without-mine");
    }

    @Test
    void a_concentrates_grades_with_decimals_and_a_rate_something_began_at_are_no_ores_figures() {
        // "Zinc Concentrate - 44.5% zinc, 410 g/t silver, 1.25 g/t gold": the concentrate's grades, past a decimal point
        assertThat(figuresOf("""
                Birchwood Mining reports second quarter 2018 results.
                During this period average grades of concentrate produced at the Kestrel mine were; Zinc Concentrate - 44.5% zinc, 410 g/t silver, 1.25 g/t gold.
                """)).isEmpty();
        // "processing operations in mid-January 2021 at a rate of approximately 200 tonnes per day": a start's rate, no month's
        assertThat(figuresOf("""
                Birchwood Minerals reports January 2021 operations.
                Birchwood began mining activities at the Kestrel site in December 2020, followed by the commencement of processing operations in mid-January 2021 at a rate of approximately 200 tonnes per day ("tpd").
                """)).isEmpty();
    }

    @Test
    void a_region_before_mine_is_no_mines_name() {
        // "the Interior Alaska mine" is the mine the sentence spoke of, in a region of Alaska
        assertThat(figuresOf("""
                Birchwood Gold Corp. July 29 reported higher gold production at its Kestrel Mine in Alaska.
                During the second quarter of 2020, Kestrel produced 56,031 ounces of gold, slightly better than the 55,440 oz produced at the Interior Alaska mine during the second quarter of 2019.
                """)).containsExactlyInAnyOrder("Kestrel|2020-Q2|PRODUCTION|AU|56031", "Kestrel|2019-Q2|PRODUCTION|AU|55440");
    }

    @Test
    void a_span_of_months_opening_a_sentence_is_its_figures_period() {
        // "From January to September, the Heron mine milled 104,270 tonnes": the year to date of the release's third quarter
        assertThat(figuresOf("""
                Birchwood Mining reported its results for the third quarter of 2023.
                From January to September, the Heron mine milled 104,270 tonnes of ore, 15% higher than the previous year.
                """)).containsExactly("Heron|2023-9M|TONNES_MILLED|null|104270");
        // the span's own months, whatever the release's quarter: "From January to June" in a release of the third quarter
        assertThat(figuresOf("""
                Birchwood Mining reported its results for the third quarter of 2023.
                From January to June, the Heron mine milled 70,100 tonnes of ore.
                """)).containsExactly("Heron|2023-6M|TONNES_MILLED|null|70100");
    }

    @Test
    void tons_of_a_text_with_no_grade_are_tonnes_unless_it_names_a_site_in_the_united_states() {
        // a Philippine story of "tons" and no grade: tonnes; the same words of a mine in Nevada: US short tons
        assertThat(figuresOf("""
                Birchwood Mining reported its results for the third quarter of 2023.
                Total tons milled at its Kestrel mine in Mindanao rose by 4% for the three-month period to 218,879 tons.
                """)).containsExactly("Kestrel|2023-Q3|TONNES_MILLED|null|218879");
        assertThat(figuresOf("""
                Birchwood Mining reported its results for the third quarter of 2023.
                Total tons milled at its Kestrel mine in Nevada rose by 4% for the three-month period to 218,879 tons.
                """)).containsExactly("Kestrel|2023-Q3|TONNES_MILLED|null|198563.68870646");
        assertThat(figuresOf("""
                Birchwood Mining reported its results for the third quarter of 2023.
                Total tons milled at its Kestrel mine in the US rose by 4% for the three-month period to 218,879 tons.
                """)).containsExactly("Kestrel|2023-Q3|TONNES_MILLED|null|198563.68870646");
        // "US$", "Pan American", "Sierra Nevada" name no American site
        assertThat(figuresOf("""
                Birchwood Mining, a partner of Pan American Silver, reported its results for the third quarter of 2023 at US$1,900 gold.
                Total tons milled at its Kestrel mine in the Sierra Nevada de Santa Marta rose by 4% for the three-month period to 218,879 tons.
                """)).containsExactly("Kestrel|2023-Q3|TONNES_MILLED|null|218879");
    }

    @Test
    void a_recovered_grade_is_no_head_grade_and_a_same_period_before_its_figures_dates_them() {
        // "Underground grade recoveries ... 5.80 grams per ton": a yield; "during the same period in 2022, these figures stood at
        // 2.27 grams per ton": the release's quarter a year before
        assertThat(figuresOf("""
                Birchwood Gold reported that gold output at its Kestrel mine for the first quarter of 2023 rose to 80,505 ounces.
                Underground grade recoveries during the quarter increased by 9 percent to 5.80 grams per ton from 5.31 grams per ton.
                The average grade of ore processed was 2.34 grams per ton. In comparison, during the same period in 2022, these figures stood at 2.27 grams per ton.
                """)).containsExactlyInAnyOrder("Kestrel|2023-Q1|PRODUCTION|AU|80505", "Kestrel|2023-Q1|GRADE|AU|2.34", "Kestrel|2022-Q1|GRADE|AU|2.27");
        // a comparison that opens the sentence dates nothing after it: "Compared with the same period of 2022, ... was"
        assertThat(figuresOf("""
                Birchwood Gold reported its production for the first quarter of 2023.
                Compared with the same period of 2022, gold production at its Kestrel mine was 80,505 ounces.
                """)).containsExactly("Kestrel|2023-Q1|PRODUCTION|AU|80505");
    }

    @Test
    void a_monthly_table_of_the_quarters_months_without_their_year_is_dated_by_the_quarter() {
        // "July | August | September | Total" under a report for the three months ended 30 September 2008, one cell a line;
        // "Contained gold" is the gold in the ore, "Recovered gold (oz)" the gold produced; "(gm)" grams
        assertThat(figuresOf("""
                Production Update
                Birchwood Mining Plc is pleased to report the following production details from its Kestrel mine for the three months ended 30 September 2008.
                |
                July |
                August |
                September |
                Total |
                Milled tonnage (dry tonnes) |
                55,483 |
                35,685 |
                70,938 |
                162,106 |
                Contained gold (gm) |
                73,074 |
                53,431 |
                93,516 |
                220,021 |
                Recovered gold (oz) |
                1,786 |
                1,332 |
                2,190 |
                5,308 |
                """)).containsExactlyInAnyOrder("Kestrel|2008-07|TONNES_MILLED|null|55483", "Kestrel|2008-08|TONNES_MILLED|null|35685",
                "Kestrel|2008-09|TONNES_MILLED|null|70938", "Kestrel|2008-Q3|TONNES_MILLED|null|162106", "Kestrel|2008-07|PRODUCTION|AU|1786",
                "Kestrel|2008-08|PRODUCTION|AU|1332", "Kestrel|2008-09|PRODUCTION|AU|2190", "Kestrel|2008-Q3|PRODUCTION|AU|5308");
    }

    @Test
    void a_plants_figure_given_to_no_mine_is_said_not_given_to_the_company() {
        // a company that names no mine of its own: its gold is the company's, but throughput, grade and recovery are one plant's,
        // and which plant the words do not say
        String oneUnnamedPlant = """
                Westmoor Gold Corp. reports production for the second quarter of 2021.
                - Processing plant throughput of 450,000 tonnes at a head grade of 1.21 g/t gold.
                - Recoveries continue to improve, averaging 91.5% for the quarter.
                - Gold production of 16,020 ounces.
                """;
        ParsedRelease release = new ReleaseParser().parse(oneUnnamedPlant);
        assertThat(figuresOf(oneUnnamedPlant)).containsExactly("null|2021-Q2|PRODUCTION|AU|16020");
        assertThat(release.warnings()).filteredOn(w -> w.key().equals("figure-without-mine")).hasSize(3);
        // said of several mines together, the same figures are the company's
        assertThat(figuresOf("""
                Westmoor Gold Corp. reports production for the second quarter of 2021.
                - Consolidated throughput of 450,000 tonnes at a head grade of 1.21 g/t gold.
                - Recoveries at the two operations averaged 91.5% for the quarter.
                - Gold production of 16,020 ounces.
                """)).containsExactlyInAnyOrder("null|2021-Q2|PRODUCTION|AU|16020", "null|2021-Q2|TONNES_MILLED|null|450000",
                "null|2021-Q2|GRADE|AU|1.21", "null|2021-Q2|RECOVERY|AU|91.5");
    }

    @Test
    void a_quarter_still_running_at_the_texts_date_is_not_the_one_it_reports() {
        // dated in October, a release that names "4Q21" in passing reports the quarter just ended, "the third quarter"
        String text = """
                date 2021-10-27 Kestrel Gold reports a 40% rise in quarterly gold production; expects a 4Q21 mill rate of 700 tpd
                - Kestrel Gold has released 3Q production figures for the Osprey mine, with throughput of 61,500 tonnes.
                - Gold production rose to 9,120 ounces at a head grade of 4.9 g/t Au and a recovery of 94.1%.
                - Kestrel CEO commented, "The third quarter was a strong quarter for the Osprey mine." The East Ramp stopes represent a key growth opportunity for the Osprey mine in 4Q21 and into 2022.
                """;
        assertThat(figuresOf(text)).isNotEmpty().allMatch(f -> f.split("\\|")[1].equals("2021-Q3"), "of 2021-Q3");
        // a date near the head that the text refers to ("See news release dated January 18, 2024.") is no dateline: the quarter
        // named stands, and a figure sentence that names no period of its own is of it
        assertThat(figuresOf("""
                Kestrel Gold reports production for the second quarter of 2024 from the Kestrel mine.
                See news release dated January 18, 2024.
                In the quarter the Kestrel mine produced 9,120 ounces of gold.
                """)).containsExactly("Kestrel|2024-Q2|PRODUCTION|AU|9120");
    }

    @Test
    void a_table_of_one_bar_led_cell_a_line_whose_headers_wrapped_is_read_as_a_grid() {
        // each cell on a line of its own after its bar, each header's date wrapped onto a line without one; the mine in a
        // heading of capitals after its owner's possessive
        String text = """
                KESTREL'S LA PALOMA MINE
                ACHIEVES FULL CAPACITY
                Vancouver, BC – November 9, 2011 – Kestrel Resources Inc. announces that full capacity has been reached at its La Paloma mine.
                Production Details:
                |Three Months Ended
                September 30, 2011
                |Three Months Ended
                June 30, 2011
                |Tonnes ore milled
                |24,820
                |16,164
                |Silver grade (g/t)
                |181
                |174
                |Silver recovery (%)
                |89.0%
                |90.0%
                |Silver produced (ounces)
                |129,384
                |81,400
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder(
                "La Paloma|2011-Q3|TONNES_MILLED|null|24820", "La Paloma|2011-Q2|TONNES_MILLED|null|16164",
                "La Paloma|2011-Q3|GRADE|AG|181", "La Paloma|2011-Q2|GRADE|AG|174",
                "La Paloma|2011-Q3|RECOVERY|AG|89", "La Paloma|2011-Q2|RECOVERY|AG|90",
                "La Paloma|2011-Q3|PRODUCTION|AG|129384", "La Paloma|2011-Q2|PRODUCTION|AG|81400");
    }

    @Test
    void a_sentence_that_turns_to_the_plan_still_names_the_quarter_it_reports() {
        // the quarter is named only in a sentence that also speaks of guidance: what was done comes before "but says"
        assertThat(figuresOf("""
                date 2021-10-18 Kestrel Gold says on track to meet annual production guidance
                - Kestrel Gold reports Q3 production fell 4% Y/Y but says full-year output is trending towards the upper end of the guidance range.
                - The miner says gold production at its Osprey mine in Ghana rose 11% Y/Y to 106,000 oz.
                """)).containsExactly("Osprey|2021-Q3|PRODUCTION|AU|106000");
        // the year is named only before ", which puts the operation on pace to hit ... guidance"; the quarter "of this year" after it
        assertThat(figuresOf("""
                Kestrel Resources July 23 reported that its Osprey mine produced 54,300 ounces of gold over the first six months of 2024, which puts the operation on pace to hit the upper end of its production guidance.
                During the second quarter of this year, the Osprey mill processed 1.07 million tonnes of ore.
                """)).contains("Osprey|2024-Q2|TONNES_MILLED|null|1070000");
    }

    @Test
    void a_year_before_what_was_produced_is_the_year_a_text_reports() {
        // a trading statement of a year, which names no quarter: "2007 gold production of 236,142 ounces"
        assertThat(figuresOf("""
                Trading Statement
                Kestrel Group Ltd
                Kestrel Group Limited issues this statement as an unaudited update on trading and in advance of its full year results
                Business Highlights
                - 2007 gold production of 236,142 ounces, slightly above forecast, from its three mines
                """)).containsExactly("null|2007-FY|PRODUCTION|AU|236142");
    }

    @Test
    void a_base_metals_production_that_rose_to_a_level_in_tonnes_is_the_metals_not_ores() {
        // "Copper cathode production increased to 65,402 tonnes ... from 59,424 tonnes": both levels are copper's, in tonnes of metal
        assertThat(figuresOf("""
                Kestrel Mining reports its fourth quarter 2019 production at the Osprey mine.
                Copper cathode production increased to 65,402 tonnes in Q4 2019 from 59,424 tonnes in Q3 2019.
                """)).containsExactlyInAnyOrder("Osprey|2019-Q4|PRODUCTION|CU|144186728.59324", "Osprey|2019-Q3|PRODUCTION|CU|131007494.57088");
    }

    @Test
    void a_groups_year_told_after_its_quarter_and_full_year_is_the_groups_whatever_one_mine_the_text_names() {
        // "the fourth quarter and the full year of 2020" dates the release, though the sentence goes on to reiterate an outlook;
        // "In 2020, consolidated copper production decreased 2% YoY to 487 kt" is the year's copper of the group, though the text
        // names one mine (Osprey) and no other
        assertThat(figuresOf("""
                Kestrel Nickel announced preliminary consolidated production results for the fourth quarter and the full year of 2020 and reiterates its production outlook for the full year 2021. Copper output was within the guidance driven by the ramp-up of the Osprey mine that reached its design capacity in 4Q 2020.In 2020, consolidated copper production decreased 2% YoY to 487 kt.
                """)).containsExactly("null|2020-FY|PRODUCTION|CU|1073651215.94");
        // a company whose one mine is "its sole operation": consolidated is that mine's
        assertThat(figuresOf("""
                Kestrel Gold reports 2020 production from the Osprey mine, its sole operation.
                Consolidated gold production was 50,000 ounces in 2020.
                """)).containsExactly("Osprey|2020-FY|PRODUCTION|AU|50000");
    }

    @Test
    void a_quarter_of_este_year_and_a_headers_year_glued_to_its_word_are_read() {
        // Spanish "el segundo trimestre de este 2021": that year's second quarter
        assertThat(figuresOf("""
                La multinacional, en el segundo trimestre de este 2021, produjo 1.4 millones de onzas de oro en su mina Kestrel.
                """)).containsExactly("Kestrel|2021-Q2|PRODUCTION|AU|1400000");
        // "SEPTEMBER 2021QUARTER": a header's year glued to its word
        assertThat(figuresOf("""
                Kestrel Gold Limited quarterly report for the March 2022 quarter at the Osprey mine.
                Osprey | SEPTEMBER 2021QUARTER | DECEMBER 2021QUARTER | MARCH 2022QUARTER
                Gold produced (oz) | 120,000 | 125,000 | 130,523
                """)).containsExactlyInAnyOrder("Osprey|2021-Q3|PRODUCTION|AU|120000", "Osprey|2021-Q4|PRODUCTION|AU|125000", "Osprey|2022-Q1|PRODUCTION|AU|130523");
    }

    @Test
    void a_period_a_data_steward_gives_dates_a_text_that_prints_no_year() {
        // a story that names "the September quarter" and no year: nothing placed, unless the steward says which quarter it is
        String story = """
                PERTH - Kestrel Minerals on Friday reported that the Osprey gold mine had produced 14,943 oz of gold in the September quarter, from the milling of 84,494 t of ore at an average head grade of 5.6 g/t gold.
                """;
        ParsedRelease unplaced = new ReleaseParser().parse(story);
        assertThat(unplaced.figures()).isEmpty();
        assertThat(unplaced.warnings()).anySatisfy(w -> assertThat(w.key()).isEqualTo("nothing-found.no-period"));
        ParsedRelease given = new ReleaseParser().reporting(ReportingPeriod.parse("2016-Q3")).parse(story);
        assertThat(given.figures().stream().map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().stripTrailingZeros().toPlainString()))
                .containsExactly("Osprey|2016-Q3|PRODUCTION|14943");
        assertThat(given.warnings()).anySatisfy(w -> {
            assertThat(w.key()).isEqualTo("period-given");
            assertThat(w.toString()).contains("2016-Q3");
        });
        // a text that says its own quarter: the steward's period stands, and the preview says the text reads otherwise
        ParsedRelease other = new ReleaseParser().reporting(ReportingPeriod.parse("2016-Q2")).parse("""
                Kestrel Minerals reports third quarter 2016 production.
                The Osprey mine produced 14,943 ounces of gold.
                """);
        assertThat(other.figures()).extracting(f -> f.period().code()).containsExactly("2016-Q2");
        assertThat(other.warnings()).anySatisfy(w -> {
            assertThat(w.key()).isEqualTo("period-given.other");
            assertThat(w.toString()).contains("2016-Q2", "2016-Q3");
        });
    }

    @Test
    void a_first_quarter_told_against_the_fourth_of_a_year_is_the_quarter_after_it() {
        // an undated story of "first-quarter" results that compares with "the fourth quarter of 2020" and reads the quarter's
        // figures in "the first three months of the year": the first quarter of 2021, not the fourth of 2020
        assertThat(figuresOf("""
                Kestrel Gold's first-quarter operational results show higher gold production when compared with the output for the fourth quarter of 2020.
                In the first three months of the year, the Osprey mine produced 9,785 oz. of gold, a 31% increase over the 7,485 oz. of gold produced in the last quarter of 2020.
                """)).containsExactlyInAnyOrder("Osprey|2021-Q1|PRODUCTION|AU|9785", "Osprey|2020-Q4|PRODUCTION|AU|7485");
    }

    @Test
    void a_quarter_compared_with_a_few_words_before_it_is_not_the_texts() {
        // "when compared with the output for the second quarter of 2021": the quarter compared with; the text's is the third
        assertThat(figuresOf("""
                Kestrel Gold's third-quarter results show higher gold production when compared with the output for the second quarter of 2021.
                The Osprey mine produced 9,785 oz of gold in the quarter.
                """)).containsExactly("Osprey|2021-Q3|PRODUCTION|AU|9785");
    }

    @Test
    void a_quarter_of_a_financial_year_is_no_calendar_quarter() {
        // "the first quarter of the 2011 financial year" of a company whose year ends in March is April to June 2010; the
        // text's own "quarter ended June 30, 2010" is read, the financial year's quarters are not taken for calendar ones
        assertThat(figuresOf("""
                Gold output at the Osprey mine fell 27% to 17 879 oz in the quarter ended June 30, 2010.
                This was compared with the 24 541 oz of gold produced in the fourth quarter of the 2010 financial year.
                The Falcon mine had seen a 24% decline in output to 17 599 oz in the first quarter of the 2011 financial year, down from the 23 011 oz produced in the fourth quarter of the previous financial year.
                """)).containsExactlyInAnyOrder("Osprey|2010-Q2|PRODUCTION|AU|17879", "Falcon|2010-Q2|PRODUCTION|AU|17599");
    }

    @Test
    void the_end_of_the_issuers_name_is_no_mine() {
        // "Kestrel & Falcon Mines" issues the release: "Falcon Mines" is the end of its name, not a mine called Falcon
        assertThat(new ReleaseParser().parse("""
                JOHANNESBURG - Gold output by South African miner Kestrel & Falcon Mines (Kestrels) rose to 17 879 oz in the quarter ended June 30, 2010, after the Osprey mine and the Heron mine both milled more ore.
                """).figures()).extracting(ParsedFigure::mine).containsExactly((String) null);
    }

    @Test
    void a_comparison_over_a_quarter_ends_the_words_of_the_figure_before_it() {
        // "199,944 tonnes demonstrated an improvement over Q3 2018": the quarter after "over" is the one compared with, not
        // the figure's; the figure is the release's quarter's
        assertThat(figuresOf("""
                Kestrel Resources reports third quarter 2019 production at its Osprey mine.
                Milled production of 199,944 tonnes demonstrated an improvement over Q3 2018 of 4.3% (191,738 tonnes) and Q2 2019 of 2.2% (195,706 tonnes).
                """)).contains("Osprey|2019-Q3|TONNES_MILLED|null|199944").doesNotContain("Osprey|2018-Q3|TONNES_MILLED|null|199944");
    }

    @Test
    void a_past_year_is_not_the_year_of_a_text_that_plans_years_after_it() {
        // "third-quarter production" without its year, in a story whose only past year is an event's ("a contamination scare in
        // April 2007") and whose plans run to 2011: the quarter is not 2007's, and no year is guessed for it
        ParsedRelease read = new ReleaseParser().parse("""
                Kestrel Metals said third-quarter production from the Osprey mine had come in about 9 per cent below guidance.
                The restart has been delayed since a contamination scare in April 2007.
                The Osprey mine milled 350,000 tonnes of ore in the quarter.
                It now expects to complete the ramp-up in the first quarter of 2011.
                """);
        assertThat(read.period()).isNull();
        assertThat(read.figures()).isEmpty();
    }

    @Test
    void an_events_date_neither_dates_the_text_nor_names_its_quarter() {
        // "since declaring commercial production on July 1, 2021" in a text about the third quarter of 2022 is no dateline (a
        // text cannot be dated before the quarter it reports ends), and "sold on the first business day of Q4 2022" names no
        // quarter reported: the quarter is the third of 2022, its figures with it
        ParsedRelease read = new ReleaseParser().parse("""
                Kestrel Mining produces 10,531 ounces of gold at Osprey in Q3
                Kestrel Mining Corp. has provided third quarter 2022 (Q3 2022) production results from its Osprey gold mine, the fifth full quarter since declaring commercial production on July 1, 2021.
                A total of 44,452 tonnes were milled at a grade of 7.82 g/t gold.
                Gold sold was 8,000 oz at an average realized price of US$1,724/oz (the final gold shipment for Q3 2022 was sold on the first business day of Q4 2022).
                """);
        assertThat(read.published()).isEmpty();
        assertThat(read.period()).isEqualTo(ReportingPeriod.parse("2022-Q3"));
        assertThat(read.figures()).extracting(f -> f.period().code()).isNotEmpty().containsOnly("2022-Q3");
    }

    @Test
    void an_acquisitions_month_does_not_date_the_quarters_a_text_names_by_their_month() {
        // "which Kestrel acquired in May 2020" is when a thing was done, not when the text was written: "the December quarter"
        // is not that of 2019; "the fourth quarter and 2021" dates the text
        assertThat(figuresOf("""
                Production from Kestrel Gold's Osprey mine fell in its second quarter of full-scale commercial production.
                The mine - which Kestrel acquired in May 2020 - reached commercial production on June 1 last year. In the December quarter, gold production stood at 15,499 ounces, which is down from 19,102oz in the September quarter.
                Preliminary cash costs for the fourth quarter and 2021 were US$1,123/oz and $1,299/oz, respectively.
                """)).containsExactlyInAnyOrder("Osprey|2021-Q4|PRODUCTION|AU|15499", "Osprey|2021-Q3|PRODUCTION|AU|19102");
    }

    @Test
    void a_spanish_half_years_production_and_an_operators_company_name_are_read() {
        // "la producción semestral" in a text of the second quarter is the half year's; "La Compañía de Minas Halcón, a cargo
        // de las operaciones" is a company, no second mine that would make the half year's total the company's
        assertThat(figuresOf("""
                En el segundo trimestre de 2024, la mina Kestrel reportó una producción de 312,440 onzas de plata. La Compañía de Minas Halcón, a cargo de las operaciones, indicó que estos números se encontraban por debajo de las expectativas. Sin embargo, la producción semestral alcanzó un total de 1,185,460 onzas de plata.
                """)).containsExactlyInAnyOrder("Kestrel|2024-Q2|PRODUCTION|AG|312440", "Kestrel|2024-6M|PRODUCTION|AG|1185460");
    }

    @Test
    void finished_product_stocks_are_no_production() {
        // "Finished product stocks of 2,586 oz of gold ... at quarter end": what is held, not what was produced
        assertThat(figuresOf("""
                Kestrel Gold plc reports the June 2016 quarter at its Osprey mine.
                The Osprey mine produced 6,387 oz of gold in the quarter.
                Finished product stocks of 2,586 oz of gold and 29,943 oz of silver at quarter end.
                """)).containsExactly("Osprey|2016-Q2|PRODUCTION|AU|6387");
    }

    @Test
    void the_months_to_a_date_and_the_mines_named_together_are_read() {
        // "as of Sept. 30, the combined operations of its Osprey mine and Falcon mine ... milled a total of": the nine months'
        // tonnes of the two mines together; "From January to September, the Falcon mine milled ... It had a gold recovery rate
        // of 86%": the sentence that goes on keeps the span the one before it opened with
        assertThat(figuresOf("""
                Kestrel Mining Co. reported its third quarter 2023 results.
                The company's Osprey mine has a total gold production of 24,665 ounces in the quarter.
                The company said that as of Sept. 30, the combined operations of its Osprey mine and Falcon mine operated by its subsidiary Heron Resources, Inc. milled a total of 701,713 tons for a 3% rise from the previous year.
                From January to September, the Falcon mine milled 104,270 tons of ore, 15% higher than the previous year. It had a gold recovery rate of 86%.
                """)).containsExactlyInAnyOrder("Osprey|2023-Q3|PRODUCTION|AU|24665", "null|2023-9M|TONNES_MILLED|null|701713",
                "Falcon|2023-9M|TONNES_MILLED|null|104270", "Falcon|2023-9M|RECOVERY|AU|86");
    }

    @Test
    void the_month_right_after_a_figure_is_its_own() {
        // "Prior to the unplanned shutdown in December, throughput rates had reached 47,581 tpd in November": November's rate;
        // "a record day at 63,700 tonnes" is one day's figure, no period's
        assertThat(figuresOf("""
                Kestrel Gold reports fourth quarter 2013 production at its Osprey mine.
                Prior to the unplanned shutdown in December, throughput rates had reached 47,581 tpd in November with a record day at 63,700 tonnes.
                """)).containsExactly("Osprey|2013-11|TPD|null|47581");
    }

    @Test
    void the_quarter_and_nine_months_ended_a_day_is_that_quarter() {
        // "Financial Results for the Quarter and Nine Months Ended September 30, 2007": the third quarter, its nine months beside
        // it, not the quarter of 2006 a comparison names as "ended"
        ParsedRelease read = new ReleaseParser().parse("""
                DATE: 14 November, 2007
                N E W S R E L E A S E
                Financial Results for the Quarter and Nine Months Ended September 30, 2007
                LONDON, United Kingdom, November 14, 2007 - Kestrel Gold Corporation ("Kestrel" or "the Company")
                HIGHLIGHTS
                EBITDA of negative $4.8 million (quarter ended Sept 30, 2006 – $4.6 million)
                The Osprey mine produced 29,056 oz of gold in the quarter (Q2 2007 – 24,412 oz, Q1 2007 – 10,637 oz).
                """);
        assertThat(read.period()).isEqualTo(ReportingPeriod.parse("2007-Q3"));
        assertThat(read.figures()).extracting(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("Osprey|2007-Q3|29056", "Osprey|2007-Q2|24412", "Osprey|2007-Q1|10637");
    }

    @Test
    void ordinary_wording_beside_the_sessions_rules_reads_as_it_did() {
        // a review's counter-examples to the rules of 4 December (second session), each read as the parser read it before them
        assertThat(figuresOf("""
                Kestrel Gold reports production up 12% compared to the prior year for the third quarter of 2022.
                The Osprey mine produced 25,000 oz of gold in the quarter.
                """)).containsExactly("Osprey|2022-Q3|PRODUCTION|AU|25000");
        assertThat(figuresOf("""
                Kestrel Gold reports fourth quarter 2020 production at its Osprey mine.
                The Osprey mine produced 20,000 oz of gold in the quarter, its best since the first quarter shutdown.
                """)).containsExactly("Osprey|2020-Q4|PRODUCTION|AU|20000");
        assertThat(figuresOf("""
                Kestrel Gold reports third quarter 2022 production at its Osprey mine.
                In the first nine months of the year, the Osprey mine produced 75,000 oz of gold. It produced 25,000 oz of gold in the quarter.
                """)).containsExactlyInAnyOrder("Osprey|2022-9M|PRODUCTION|AU|75000", "Osprey|2022-Q3|PRODUCTION|AU|25000");
        assertThat(figuresOf("""
                Kestrel Gold reports third quarter 2022 production from its Osprey mine and its Falcon mine.
                At the Osprey mine, the combined output of the open pit and underground operations was 25,000 oz of gold in the quarter.
                """)).containsExactly("Osprey|2022-Q3|PRODUCTION|AU|25000");
        assertThat(figuresOf("""
                Kestrel Gold reports third quarter 2023 production.
                As of Sept. 30, the Osprey mine, operated on behalf of the joint venture, had milled a total of 910,000 tonnes.
                """)).containsExactly("Osprey|2023-9M|TONNES_MILLED|null|910000");
        assertThat(figuresOf("""
                Kestrel Gold reports fourth quarter 2022 production at its Osprey mine.
                In October the mill treated 150,000 tonnes despite a shutdown in November.
                """)).containsExactly("Osprey|2022-10|TONNES_MILLED|null|150000");
        assertThat(figuresOf("""
                Kestrel Gold completed Q3 2022 with record production at its Osprey mine.
                The Osprey mine produced 25,000 oz of gold in the quarter.
                """)).containsExactly("Osprey|2022-Q3|PRODUCTION|AU|25000");
        assertThat(figuresOf("""
                Kestrel Gold said third-quarter production from the Osprey mine was above the second quarter.
                Throughput has improved since a conveyor failure in April 2023.
                The Osprey mine milled 350,000 tonnes of ore in the quarter.
                It now expects to complete the mill expansion in the first quarter of 2025.
                """)).containsExactly("Osprey|2023-Q3|TONNES_MILLED|null|350000");
        assertThat(new ReleaseParser().parse("""
                JOHANNESBURG - Kestrel & Falcon Mines Limited said gold output rose. Gold output by Kestrel & Falcon Mines (Kestrels) rose to 17 879 oz in the quarter ended June 30, 2010, after the Osprey mine and the Heron mine both milled more ore.
                """).figures()).extracting(ParsedFigure::mine).containsExactly((String) null);
        assertThat(figuresOf("""
                Kestrel Gold reports third quarter 2022 production.
                The Osprey mine produced 31,000 oz of gold in the quarter, while bullion stocks rose to 2,000 oz.
                """)).containsExactly("Osprey|2022-Q3|PRODUCTION|AU|31000");
        assertThat(new ReleaseParser().parse("""
                Kestrel Gold Q3 2022 results; since commercial production on July 1, 2021 the mine has run well. Conference call on November 3, 2022.
                """).published()).isEmpty();
    }

    @Test
    void columns_of_quarter_end_months_three_apart_are_quarters() {
        // "Sept 2015 | June 2015 | Mar 2015": months three apart, each a quarter's last, are the quarters that end in them;
        // months one apart stay months
        assertThat(figuresOf("""
                Kestrel Gold reports production at its Osprey mine.
                Osprey production for the periods ended:
                | Sept 2015 | June 2015 | Mar 2015 | Dec 2014 |
                Milled (tonnes) | 33,000 | 17,000 | 24,000 | 23,000 |
                Gold production (oz) | 6,200 | 3,200 | 4,400 | 7,500 |
                """)).contains("Osprey|2015-Q3|TONNES_MILLED|null|33000", "Osprey|2015-Q2|PRODUCTION|AU|3200",
                "Osprey|2015-Q1|TONNES_MILLED|null|24000", "Osprey|2014-Q4|PRODUCTION|AU|7500")
                .noneMatch(f -> f.contains("-09|") || f.contains("-12|"));
        assertThat(figuresOf("""
                Kestrel Gold reports production at its Osprey mine.
                | Sept 2015 | Aug 2015 | July 2015 |
                Milled (tonnes) | 11,000 | 12,000 | 10,000 |
                """)).containsExactlyInAnyOrder("Osprey|2015-09|TONNES_MILLED|null|11000", "Osprey|2015-08|TONNES_MILLED|null|12000",
                "Osprey|2015-07|TONNES_MILLED|null|10000");
    }

    @Test
    void a_quarter_told_only_as_the_one_compared_with_is_not_the_releases() {
        // an undated excerpt that names the first quarter of 2004 only as what production is compared with ("was more than
        // twice as high", "up from"), and "last year, during the same quarter": the quarter it reports is the next year's first
        ParsedRelease read = new ReleaseParser().parse("""
                Gold production climbed to 166,500 from 152,000 oz. between the two periods.
                The Osprey mine produced 87,950 oz. gold. Last year, during the same quarter, just 27,300 oz. gold were produced.
                The Heron mine still produced 34,260 oz. gold. In the first quarter of 2004, production was more than twice as high.
                Kestrel sold gold for an average price of US$401 per oz., up from US$363 in the first quarter of 2004.
                """);
        assertThat(read.period()).isEqualTo(ReportingPeriod.parse("2005-Q1"));
        assertThat(read.figures()).extracting(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().stripTrailingZeros().toPlainString())
                .contains("Osprey|2005-Q1|87950", "Heron|2005-Q1|34260").noneMatch(f -> f.contains("2004-Q1"));
        // without "the same quarter" of last year, nothing tells the quarter reported: figures are warnings, not the compared quarter's
        ParsedRelease undated = new ReleaseParser().parse("""
                The Heron mine produced 34,260 oz. gold. In the first quarter of 2004, production was more than twice as high.
                """);
        assertThat(undated.figures()).extracting(f -> f.period().code()).doesNotContain("2004-Q1");
    }

    @Test
    void a_headlines_percent_after_a_verb_of_change_is_the_change() {
        // "Kestrel lifts Q2 gold recovery at Osprey 23%": by how much it rose, not the recovery; "raised recovery to 91%" is
        assertThat(figuresOf("""
                Kestrel lifts Q3 gold recovery at Osprey 23%
                Kestrel Gold increased gold production at its Osprey mine to 16,555 oz in the quarter ended September 30, 2014.
                """)).containsExactly("Osprey|2014-Q3|PRODUCTION|AU|16555");
        assertThat(figuresOf("""
                Kestrel Gold reports third quarter 2014 production at its Osprey mine.
                The Osprey mine raised its gold recovery to 91% in the quarter.
                """)).containsExactly("Osprey|2014-Q3|RECOVERY|AU|91");
    }

    @Test
    void where_a_mine_is_based_or_who_owns_it_is_no_part_of_its_name() {
        // "its Zimbabwe-based Osprey mine", "the Canadian-owned Heron mine": the mine is Osprey, Heron
        assertThat(figuresOf("""
                Kestrel Gold reports third quarter 2014 production.
                Kestrel Gold increased gold production at its Zimbabwe-based Osprey mine to 16,555 oz in the quarter.
                The Canadian-owned Heron mine produced 9,000 oz of gold in the quarter.
                """)).containsExactlyInAnyOrder("Osprey|2014-Q3|PRODUCTION|AU|16555", "Heron|2014-Q3|PRODUCTION|AU|9000");
        // "MATABELELAND South-based Blanket Mine": a place of two words before "-based" (before: the mine "MATABELELAND South-based Osprey")
        assertThat(figuresOf("""
                date 2016-10-07 Senior Business Reporter
                MATABELELAND South-based Osprey Mine produced 13 430 ounces of gold in the third quarter ended September 30, 2016.
                """)).containsExactly("Osprey|2016-Q3|PRODUCTION|AU|13430");
    }

    @Test
    void a_text_that_first_dates_its_figures_by_a_year_is_of_that_year() {
        // "produced 694,100 oz. gold in 2004" opening an undated story, "the fourth quarter" named after it in passing: a
        // year's story, its undated figures the year's; "began operating in February 2004" dates a start, no figure
        ParsedRelease read = new ReleaseParser().parse("""
                Kestrel sees rise in gold output
                Kestrel Gold produced 694,100 oz. gold in 2004. That is a third more than in 2003.
                The Osprey mine began operating in February 2004 and, in the fourth quarter, produced 93,300 oz.
                The Heron mine produced 146,500 oz. gold, down from a total of 217,200 oz. gold in 2003.
                """);
        assertThat(read.period()).isEqualTo(ReportingPeriod.parse("2004-FY"));
        assertThat(read.figures()).extracting(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().stripTrailingZeros().toPlainString())
                .contains("Heron|2004-FY|146500").noneMatch(f -> f.contains("2004-02"));
        // a quarter named first stays the text's: "produced 50,000 oz in the fourth quarter" before "in 2004"
        assertThat(new ReleaseParser().parse("""
                Kestrel Gold produced 50,000 oz. of gold in the fourth quarter of 2004 at its Osprey mine.
                Kestrel Gold produced 194,100 oz. gold in 2004.
                """).period()).isEqualTo(ReportingPeriod.parse("2004-Q4"));
    }

    @Test
    void the_owner_of_the_mines_is_the_issuer_not_a_mine_that_produced() {
        // "Costs were up at all of Kestrel's operations", "At Kestrel's Quebec mines": Kestrel owns them; "Osprey produced
        // 37,100 oz." further on is one of its mines
        ParsedRelease read = new ReleaseParser().parse("""
                Gold production climbed to 166,500 from 152,000 oz. in the first quarter of 2005.
                Costs were up at all of Kestrel's operations, mainly because of higher fuel costs.
                At Kestrel's Quebec mines, Osprey and the 50%-owned Heron, production fell 14.7% and 17.8%, respectively.
                Osprey produced 37,100 oz. gold from 194,630 tonnes of ore grading 6.2 grams gold.
                """);
        assertThat(read.issuer().map(ReleaseIssuer::name)).contains("Kestrel");
        assertThat(read.figures()).extracting(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().stripTrailingZeros().toPlainString())
                .contains("Osprey|2005-Q1|37100");
    }

    @Test
    void a_quarter_named_for_a_payment_is_not_the_releases() {
        // a year's story whose only quarter with its year dates a debt repayment: that quarter is not what the text reports
        ParsedRelease read = new ReleaseParser().parse("""
                Kestrel Gold is looking to increase gold production at its Osprey mine this year after recording a decline in 2018.
                According to financial records, the company produced 150,450 ounces last year.
                The company elected not to make the voluntary accelerated debt repayment of $20 million during the fourth quarter of 2018.
                """);
        assertThat(read.period()).isNotEqualTo(ReportingPeriod.parse("2018-Q4"));
        assertThat(read.figures()).extracting(f -> f.period().code()).doesNotContain("2018-Q4");
    }

    @Test
    void figures_since_the_first_pour_or_to_a_month_of_the_year_are_no_periods() {
        // a sum since the first pour, its ounces in parentheses between; two months of a year to date: no period of ours
        assertThat(figuresOf("""
                Kestrel Gold reports fourth quarter 2018 production at its Osprey mine.
                The firm has produced 145.3 kilograms of dore (4,100.22 ounces of gold) since the first pour on November 30.
                """)).isEmpty();
        assertThat(figuresOf("""
                Kestrel Gold reports production for February 2009 at its Osprey mine.
                Year-to-date through February 2009, gold production at Osprey was approximately 21,700 ounces.
                """)).noneMatch(f -> f.contains("2009-02|"));
        // "15 million 517,000 ounces": fifteen million and 517,000; "Kestrel" of "Industrias Kestrel" is the company, no mine
        assertThat(figuresOf("""
                Industrias Kestrel reported that it reduced its field exploration operations.
                In the first quarter of 2021, Kestrel produced 15 million 517,000 ounces of silver, an advance of 2.4% annually.
                """)).containsExactly("null|2021-Q1|PRODUCTION|AG|15517000");
    }

    @Test
    void a_quarter_of_the_companys_split_financial_year_is_no_calendar_quarter() {
        // "the first quarter of Kestrel's 2012/2013 financial year": a fiscal quarter whose end the text does not give
        assertThat(figuresOf("""
                Kestrel has announced a reduction in second quarter copper production at its Osprey mine.
                Kestrel says second quarter production from the Osprey mine was down to 1328 tonnes of copper compared to 1470 tonnes of copper in the first quarter of Kestrel\u2019s 2012/2013 financial year.
                Production was adversely affected by the short working month of December 2012.
                """)).noneMatch(f -> f.contains("2012-Q1|") || f.contains("2012-Q3|"));
    }

    @Test
    void a_quarterly_report_for_a_month_is_of_the_quarter_ending_in_it() {
        // "Quarterly Report for March 2015": the quarter that ends in March 2015, not the month
        ParsedRelease read = new ReleaseParser().parse("""
                Kestrel Gold Quarterly Report for March 2015 Highlights
                During the quarter, 145,980 tonnes of ore were processed at the Osprey mine.
                """);
        assertThat(read.period()).isEqualTo(ReportingPeriod.parse("2015-Q1"));
        assertThat(read.figures()).extracting(f -> f.mine() + "|" + f.period().code() + "|" + f.figure().value().stripTrailingZeros().toPlainString())
                .containsExactly("Osprey|2015-Q1|145980");
    }

    @Test
    void the_items_of_a_production_list_are_production() {
        // "Gold equivalent production of 16,377 oz ... consisting of:" over items of each metal: each item the quarter's production
        assertThat(figuresOf("""
                Kestrel Gold announces its production results for the quarter ended 30 September 2019 for its Osprey Gold Mine.
                Q3 Osprey Highlights
                · Gold equivalent production of 16,377 gold equivalent ounces at a cash cost of USD1,092 / oz - compared to 16,996 oz in Q2 2019 - consisting of:
                o 8,849 ounces of gold;
                o 163,174 ounces of silver;
                o 468 tonnes of copper; and
                o 1,629 tonnes of zinc;
                · Realised gold price for the quarter of USD1,474 /oz.
                """)).containsExactlyInAnyOrder("Osprey|2019-Q3|PRODUCTION|AU|8849", "Osprey|2019-Q3|PRODUCTION|AG|163174",
                "Osprey|2019-Q3|PRODUCTION|CU|1031763.38616", "Osprey|2019-Q3|PRODUCTION|ZN|3591330.24798");
    }

    @Test
    void a_quarter_named_after_a_figure_it_is_compared_with_is_not_the_releases() {
        // the only dated quarter is what the quarter's figures are compared with: the release's is the same quarter a year on
        assertThat(figuresOf("""
                Kestrel Mining Corp has resumed milling at its Harrier gold mine.
                Estimated first quarter production of Kestrel Mining at both the Osprey and Harrier projects was recently announced by the company. Osprey produced 5,815 ounces of gold and Harrier produced 4,383 ounces of gold. This was slightly lower than the 4,921 ounces of gold that Harrier had produced in the first quarter of 2010.
                """)).contains("Osprey|2011-Q1|PRODUCTION|AU|5815", "Harrier|2011-Q1|PRODUCTION|AU|4383")
                .doesNotContain("Osprey|2010-Q1|PRODUCTION|AU|5815", "Harrier|2010-Q1|PRODUCTION|AU|4383");
        // ordinary wording: the release's own quarter before the comparison, and "higher than expected", read as before
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports production for the third quarter of 2015.
                The Osprey mine produced 52,400 ounces of gold in the third quarter of 2015, higher than the 48,100 ounces produced in the second quarter of 2015.
                """)).contains("Osprey|2015-Q3|PRODUCTION|AU|52400");
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports production for the third quarter of 2015.
                In the third quarter of 2015, the Osprey mine produced 52,400 ounces of gold, more than expected and more than the 48,100 ounces of the plan.
                """)).containsExactly("Osprey|2015-Q3|PRODUCTION|AU|52400");
    }

    @Test
    void the_one_project_a_text_calls_its_own_is_where_its_production_came_from_and_a_span_leads_its_bullets() {
        String release = """
                Kestrel Resources Plc ("Kestrel" or the "Company") announces its unaudited results for the three and nine-month period ended 30 September 2020, including highlights from its Osprey silver project in Far East Russia.
                Q3 2020 QUARTER HIGHLIGHTS
                %s
                - Mined a total of 89,703 tonnes of ore, processed 80,748 tonnes of ore at an average grade of 677 g/t of silver, producing a total of 1,501,123 ounces of silver;
                - Sold a total of 1,514,374 ounces of silver.
                """;
        assertThat(figuresOf(release.formatted("During the nine-month period ended 30 September 2020 the Group production statistics included:")))
                .containsExactlyInAnyOrder("Osprey|2020-9M|TONNES_MILLED|null|80748", "Osprey|2020-9M|GRADE|AG|677", "Osprey|2020-9M|PRODUCTION|AG|1501123");
        // a plan's lead is no span of what was produced
        assertThat(figuresOf(release.formatted("During the nine-month period ended 30 September 2021 the Group expects production to include:")))
                .doesNotContain("Osprey|2021-9M|PRODUCTION|AG|1501123", "Osprey|2020-9M|PRODUCTION|AG|1501123");
        // a mine named beside a project: the mine's
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports production for the third quarter of 2020.
                The Harrier mine produced 12,000 ounces of gold in the quarter. Construction continued at its Osprey gold project.
                """)).containsExactly("Harrier|2020-Q3|PRODUCTION|AU|12000");
    }

    @Test
    void the_year_of_a_figure_compared_with_is_not_the_years_of_the_release() {
        // "versus 9,166 ounces in 2016" dates the figure compared with; "In 2017, gold production ... increased to" the text's own
        assertThat(figuresOf("""
                Kestrel Gold Corp. posted a net income of P21.5 million in 2017, a turnaround from the net loss of P167.4 million in 2016.
                In 2017, gold production at its Osprey mine increased to 10,923 ounces versus 9,166 ounces in 2016.
                """)).contains("Osprey|2017-FY|PRODUCTION|AU|10923").doesNotContain("Osprey|2016-FY|PRODUCTION|AU|10923");
        // ordinary wording: a quarter's release comparing with a year keeps its quarter
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports production for the third quarter of 2017.
                The Osprey mine produced 12,000 ounces of gold in the quarter versus 11,000 ounces in 2016.
                """)).contains("Osprey|2017-Q3|PRODUCTION|AU|12000");
    }

    @Test
    void a_mines_initials_defined_beside_its_name_stand_for_it() {
        // "the Acupan gold project (AGP)", then "AGP milled ...": the initials are the mine, not a mine of their own
        assertThat(figuresOf("""
                Kestrel Corporation reported a net income of P120 million in the first quarter of 2022.
                Revenues from the Osprey gold project (OGP) increased by 21 percent to P249.6 million.
                OGP milled 13,184 tonnes with average mill grade of 6.15 grams of gold per tonne in the first quarter.
                """)).containsExactlyInAnyOrder("Osprey|2022-Q1|TONNES_MILLED|null|13184", "Osprey|2022-Q1|GRADE|AU|6.15");
    }

    @Test
    void a_rate_of_production_from_the_underground_is_mining_not_milling() {
        String release = """
                Kestrel Gold Corp. reports fourth quarter 2009 production from its Osprey mine.
                - At Osprey, %s averaged 1,434 tonnes per day in the month of December.
                """;
        assertThat(figuresOf(release.formatted("production from the underground"))).noneMatch(f -> f.contains("|TPD|"));
        assertThat(figuresOf(release.formatted("the mill"))).contains("Osprey|2009-12|TPD|null|1434");
    }

    @Test
    void a_year_by_year_list_under_its_lead_is_each_years_production() {
        // a story's list of years under a lead that names the production, its metal and unit: each year's
        String story = """
                La producción de cobre de Minera Kestrel creció 12%% en la última década.
                %s
                - 2022: 107.
                - 2023: 103.
                - 2024: 120.
                Perfil empresarial
                """;
        assertThat(figuresOf(story.formatted("Esta es la tendencia de la producción de cobre de Minera Kestrel, en miles de toneladas:")))
                .containsExactlyInAnyOrder("null|2022-FY|PRODUCTION|CU|235894620.34", "null|2023-FY|PRODUCTION|CU|227076129.86",
                        "null|2024-FY|PRODUCTION|CU|264554714.4");
        // a plan's years are no production
        assertThat(figuresOf(story.formatted("Esta es la meta de producción de cobre de Minera Kestrel, en miles de toneladas:"))).isEmpty();
    }

    @Test
    void ordinary_wording_beside_the_fourteenths_rules_reads_as_it_did() {
        // a review's made-up texts that the fourteenth's rules first misread (initials of works and of the company taken for a
        // mine, a project being permitted given the company's production, "more than" a figure taken for a comparison, "In
        // 2020, production was reduced" dating a quarter's text, a lead of a quarter and nine months, "(unaudited)" over years,
        // a mine's open pit and underground taken for mines, a blank cell beside a change column, Spanish thousands points)
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports production for the third quarter of 2021 from its Osprey mine.
                Construction of the Sulphide Expansion Project (SEP) at Osprey is 60% complete.

                |  | Q3 2021 | Q3 2020 |
                | Ore milled (tonnes) | 1,020,000 | 980,000 |
                | Grade (g/t gold) | 1.70 | 1.62 |
                | Gold produced (ounces) | 52,400 | 47,900 |
                """)).as("r3l_initials_expansion").containsExactlyInAnyOrder("Osprey|2020-Q3|GRADE|AU|1.62", "Osprey|2020-Q3|PRODUCTION|AU|47900", "Osprey|2020-Q3|TONNES_MILLED|null|980000", "Osprey|2021-Q3|GRADE|AU|1.7", "Osprey|2021-Q3|PRODUCTION|AU|52400", "Osprey|2021-Q3|TONNES_MILLED|null|1020000");
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports production for the third quarter of 2021.
                Kestrel Gold Mining Operation (KGMO) produced 52,400 ounces of gold in the quarter from the Osprey mine.
                """)).as("r3p_initials_company").containsExactlyInAnyOrder("Osprey|2021-Q3|PRODUCTION|AU|52400");
        assertThat(figuresOf("""
                Kestrel Gold Corp. Reports Third Quarter 2021 Production
                Kestrel Gold Corp. produced 25,000 ounces of gold in the third quarter of 2021.
                The Company also advanced permitting at its Harrier copper project during the quarter.
                """)).as("r5a_company_prod_dev_project").containsExactlyInAnyOrder("null|2021-Q3|PRODUCTION|AU|25000");
        assertThat(figuresOf("""
                Kestrel Gold Reports Record Quarterly Production
                Kestrel Gold Corp. produced more than 52,000 ounces of gold in the third quarter of 2021, a quarterly record for the company.
                The Osprey mine milled 1,020,000 tonnes of ore at a grade of 1.70 g/t gold.
                """)).as("r3r_more_than_own_quarter").containsExactlyInAnyOrder("Osprey|2021-Q3|GRADE|AU|1.7", "Osprey|2021-Q3|TONNES_MILLED|null|1020000");
        assertThat(figuresOf("""
                Kestrel Gold Reports First Quarter Production
                The Osprey mine produced 41,000 ounces of gold in the first quarter, up from 35,000 ounces in the fourth quarter.
                In 2020, production was reduced by a six-week shutdown.
                """)).as("r4l_in_2020_production_was_q1").isEmpty();
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports results for the third quarter of 2021.
                For the third quarter and first nine months of 2021, operating highlights were as follows:
                - Gold production of 52,400 ounces in the quarter and 150,100 ounces year to date.
                - Ore milled of 1,020,000 tonnes.
                """)).as("r5g_span_quarter_and_ytd").containsExactlyInAnyOrder("null|2021-9M|PRODUCTION|AU|150100", "null|2021-Q3|PRODUCTION|AU|52400");
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports its results for the third quarter of 2021.
                Three months ended September 30
                (unaudited) (unaudited) 2021 2020
                Gold produced (ounces)      52,400      47,900
                Ore milled (tonnes)      1,020,000      980,000
                """)).as("r6y_unaudited_repeat").containsExactlyInAnyOrder("null|2020-Q3|PRODUCTION|AU|47900", "null|2020-Q3|TONNES_MILLED|null|980000", "null|2021-Q3|PRODUCTION|AU|52400", "null|2021-Q3|TONNES_MILLED|null|1020000");
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports production for the third quarter of 2021 from its Osprey and Harrier mines.

                |  | Q3 2021 | Q3 2020 |
                | Osprey | | |
                | Ore milled (tonnes) | 1,020,000 | 980,000 |
                | Gold produced (ounces) | | |
                | Open Pit | 20,000 | 19,000 |
                | Underground | 10,150 | 9,000 |
                | Total | 30,150 | 28,000 |
                | Harrier | | |
                | Ore milled (tonnes) | 420,000 | 400,000 |
                | Gold produced (ounces) | | |
                | Open Pit | 12,000 | 11,000 |
                | Underground | 10,400 | 8,900 |
                | Total | 22,400 | 19,900 |
                """)).as("r1i_blocks_with_total").containsExactlyInAnyOrder("Harrier|2020-Q3|PRODUCTION|AU|19900", "Harrier|2020-Q3|TONNES_MILLED|null|400000", "Harrier|2021-Q3|PRODUCTION|AU|22400", "Harrier|2021-Q3|TONNES_MILLED|null|420000", "Osprey|2020-Q3|PRODUCTION|AU|28000", "Osprey|2020-Q3|TONNES_MILLED|null|980000", "Osprey|2021-Q3|PRODUCTION|AU|30150", "Osprey|2021-Q3|TONNES_MILLED|null|1020000");
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports production for the third quarter of 2021.

                | | Q3 2021 | Q3 2020 |
                | Ore milled (tonnes) | 1,020,000 | 980,000 | |
                | Grade (g/t gold) | | 1.70 | 1.62 |
                | Gold produced (oz) | 52,400 | 47,900 | |
                """)).as("r1e_bars_change_col").containsExactlyInAnyOrder("null|2020-Q3|GRADE|AU|1.7", "null|2020-Q3|PRODUCTION|AU|47900", "null|2020-Q3|TONNES_MILLED|null|980000", "null|2021-Q3|PRODUCTION|AU|52400", "null|2021-Q3|TONNES_MILLED|null|1020000");
        assertThat(figuresOf("""
                Minera Kestrel informó su producción de cobre del primer trimestre de 2021 en sus divisiones Osprey y Harrier.
                Producción de cobre por división, en toneladas:

                |  | 1er trim 2021 | 1er trim 2020 |
                | Osprey | 120.400 | 118.100 |
                | Harrier | 83.200 | 86.700 |
                """)).as("r6v_es_short_toneladas").containsExactlyInAnyOrder("Harrier|2020-Q1|PRODUCTION|CU|191140781.154", "Harrier|2021-Q1|PRODUCTION|CU|183424601.984", "Osprey|2020-Q1|PRODUCTION|CU|260365931.422", "Osprey|2021-Q1|PRODUCTION|CU|265436563.448");
    }

    @Test
    void a_table_of_mines_with_metrics_one_cell_a_line_under_a_names_heading_is_read() {
        // a company's web page: mines as rows, the headings one a line under "Name", the share held in each a column of its
        // own that the totals leave out, "Total of other mines" neither a mine nor the company
        assertThat(figuresOf("""
                Kestrel's zinc business grew again. In accordance with the statistics of the industry association, in 2020, the Company's mine-produced zinc production volume was 171.1 thousand tonnes.
                Zn/Pb Major enterprises or mines |
                Name |
                Interest held by the Group |
                Mine-produced zinc (tonne) |
                Mine-produced lead (tonne) |
                Osprey in Eritrea |
                55% |
                121,930 |
                – |
                |
                Harrier |
                100% |
                48,121 |
                16,408 |
                |
                Total of other mines |
                1,227 |
                6,891 |
                |
                Total |
                171,278 |
                23,299 |
                """)).containsExactlyInAnyOrder("Osprey|2020-FY|PRODUCTION|ZN|268809636.0566", "Harrier|2020-FY|PRODUCTION|ZN|106088645.09702",
                "Harrier|2020-FY|PRODUCTION|PB|36173447.94896", "null|2020-FY|PRODUCTION|ZN|377603353.10836", "null|2020-FY|PRODUCTION|PB|51365502.42338");
        // a sum over a mine's life is no year's production
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports 2017 production. Operations at Osprey commenced in 2011 and, including 2016's numbers, the Osprey mine had produced a grand total of 800,000 oz gold. In 2017, total gold output at the Osprey mine was 152,000 oz.
                """)).doesNotContain("Osprey|2011-FY|PRODUCTION|AU|800000", "null|2011-FY|PRODUCTION|AU|800000", "Osprey|2017-FY|PRODUCTION|AU|800000");
    }

    @Test
    void years_one_cell_a_line_with_footnotes_marks_over_a_section_title_head_the_rows_below() {
        // a filing's summary: its years one cell a line between lone bars, footnotes' marks after them, a section's title
        // between the years and the first row of figures
        assertThat(figuresOf("""
                Kestrel Gold Corporation announces its 2008 results. Its Osprey mine is a 50/50 joint venture.
                Year Ended December 31,
                |
                2008 (1)
                |
                2007 (1) (2)
                |
                2006 (3)
                |
                Production Summary
                |
                Gold ounces
                |24,346
                |16,532
                |4,959
                |
                Silver ounces
                |242,875
                |250,982
                |116,004
                |
                """)).containsExactlyInAnyOrder("Osprey|2008-FY|PRODUCTION|AU|24346", "Osprey|2007-FY|PRODUCTION|AU|16532",
                "Osprey|2006-FY|PRODUCTION|AU|4959", "Osprey|2008-FY|PRODUCTION|AG|242875", "Osprey|2007-FY|PRODUCTION|AG|250982",
                "Osprey|2006-FY|PRODUCTION|AG|116004");
    }

    @Test
    void a_spanish_wires_table_of_one_metal_led_by_a_paragraphs_last_sentence_is_read() {
        // a wire's story in Spanish: its table between rulers, the period's words repeated over each year's column, the
        // measure in the sentence that closes the paragraph above, the metal the only one the text names
        String ruler = "-".repeat(44);
        String story = """
                SANTIAGO, 30 mayo (Reuters) -
                - La minera Kestrel produjo 203.000 toneladas de %1$s en el primer trimestre, una leve caída respecto al mismo período del año anterior. Kestrel es un gran productor. A continuación el detalle de la producción de la minera en miles de toneladas entre enero y marzo:
                (1er trim) (1er trim) 2014 2013 %2$s Osprey 120 118 Harrier 83 86 %2$s TOTAL 1ER TRIM 203 204
                """;
        assertThat(figuresOf(story.formatted("cobre", ruler))).containsExactlyInAnyOrder(
                "Osprey|2014-Q1|PRODUCTION|CU|264554714.4", "Osprey|2013-Q1|PRODUCTION|CU|260145469.16",
                "Harrier|2014-Q1|PRODUCTION|CU|182983677.46", "Harrier|2013-Q1|PRODUCTION|CU|189597545.32",
                "null|2014-Q1|PRODUCTION|CU|447538391.86", "null|2013-Q1|PRODUCTION|CU|449743014.48");
        // a text of two metals says nothing of which the table's tonnes are
        assertThat(figuresOf(story.formatted("cobre y 2.000 onzas de oro", ruler))).noneMatch(f -> f.startsWith("Osprey") || f.startsWith("Harrier"));
    }

    @Test
    void a_wires_table_run_into_one_line_between_rulers_is_read_row_by_row() {
        // a newswire's table whose rows the page ran into one line, rulers of dashes between them, several mines' rows run together
        String ruler = "-".repeat(40);
        assertThat(figuresOf("""
                Kestrel Minerals Reports Record Gold Production of 61,200 Ounces in 2012
                Fourth Quarter and Full Year 2012 Production Highlights - Quarterly gold production of 16,330 ounces at Kestrel's two operating mines. - Osprey achieved the highest quarterly gold production in the history of the mine, producing 15,030 ounces of gold. - Harrier produced 1,300 ounces of gold.
                The following table provides a summary of production at Kestrel's operations in 2012.
                2012 Q3 2012 Q4 2012 Total %1$s Gold Production (ounces) Osprey 14,210 15,030 55,400 Harrier 1,250 1,300 5,800 %1$s Total Gold Production (ounces) 15,460 16,330 61,200 %1$s
                """.formatted(ruler))).containsExactlyInAnyOrder(
                "Osprey|2012-Q3|PRODUCTION|AU|14210", "Osprey|2012-Q4|PRODUCTION|AU|15030", "Osprey|2012-FY|PRODUCTION|AU|55400",
                "Harrier|2012-Q3|PRODUCTION|AU|1250", "Harrier|2012-Q4|PRODUCTION|AU|1300", "Harrier|2012-FY|PRODUCTION|AU|5800",
                "null|2012-Q3|PRODUCTION|AU|15460", "null|2012-Q4|PRODUCTION|AU|16330", "null|2012-FY|PRODUCTION|AU|61200");
    }

    @Test
    void a_filings_table_padded_by_bars_one_cell_a_line_is_read_by_its_periods() {
        // a filing's statistical summary flattened one cell a line, each column padded by lines of a lone bar: mines title
        // the operations' sections (one with a footnote's mark glued on), then name the rows of the production section
        String text = "Kestrel Gold Inc.\nEXHIBIT 1\nSTATISTICAL SUMMARY\n|\n|\n|For the years ended December 31\n|\n|2009\n|\n|2008\n|\n"
                + "OPERATIONS DATA\n|\n|\n|\n|\n" + "Osprey\n|\n|\n|\n|\n" + padded("Tonnes processed (000's)", "412", "398")
                + padded("Gold grade (grams per tonne milled)", "6.2", "5.9") + padded("Gold recoveries", "93\n%", "92\n%")
                + "Harrier(1)\n|\n|\n|\n|\n" + padded("Tonnes processed (000's)", "150", "141") + padded("Gold grade (grams per tonne milled)", "3.1", "3.3")
                + padded("Gold recoveries", "81\n%", "80\n%") + "PRODUCTION DATA (in 000's of ounces)\n|\n|\n|\n|\n" + "Gold\n|\n|\n|\n|\n"
                + padded("Osprey", "76", "70") + padded("Harrier(1)", "12", "13") + padded("Total Gold", "88", "83");
        assertThat(figuresOf(text)).containsExactlyInAnyOrder(
                "Osprey|2009-FY|TONNES_MILLED|null|412000", "Osprey|2008-FY|TONNES_MILLED|null|398000", "Osprey|2009-FY|GRADE|AU|6.2",
                "Osprey|2008-FY|GRADE|AU|5.9", "Osprey|2009-FY|RECOVERY|AU|93", "Osprey|2008-FY|RECOVERY|AU|92",
                "Harrier|2009-FY|TONNES_MILLED|null|150000", "Harrier|2008-FY|TONNES_MILLED|null|141000", "Harrier|2009-FY|GRADE|AU|3.1",
                "Harrier|2008-FY|GRADE|AU|3.3", "Harrier|2009-FY|RECOVERY|AU|81", "Harrier|2008-FY|RECOVERY|AU|80",
                "Osprey|2009-FY|PRODUCTION|AU|76000", "Osprey|2008-FY|PRODUCTION|AU|70000", "Harrier|2009-FY|PRODUCTION|AU|12000",
                "Harrier|2008-FY|PRODUCTION|AU|13000", "null|2009-FY|PRODUCTION|AU|88000", "null|2008-FY|PRODUCTION|AU|83000");
    }

    /** A row as a filing's page flattens it: its label on a line, then each cell after two lines of a lone bar, a bar after the last. */
    private static String padded(String label, String... cells) {
        StringBuilder row = new StringBuilder(label).append('\n');
        for (String cell : cells) {
            row.append("|\n|\n|").append(cell).append('\n');
        }
        return row.append("|\n").toString();
    }

    @Test
    void where_a_company_is_based_an_exchange_or_a_sentences_first_word_is_no_issuer() {
        assertThat(new ReleaseParser().parse("""
                Canadian-owned Kestrel Gold Inc., which operates the Osprey mine, has set a record production in September.
                """).issuer().map(ReleaseIssuer::name)).contains("Kestrel Gold Inc.");
        assertThat(new ReleaseParser().parse("""
                Australian Securities Exchange Code: KGL Board of Directors: Mr A Chairman
                Quarterly Report for March 2015 Highlights
                """).issuer().map(ReleaseIssuer::name)).isEmpty();
        assertThat(new ReleaseParser().parse("""
                La producción de oro de la unidad Osprey fue de 250 mil onzas.
                Además, produjo 12 mil onzas de plata.
                """).issuer().map(ReleaseIssuer::name)).isNotEqualTo(java.util.Optional.of("Además"));
    }

    @Test
    void ordinary_wording_beside_the_thirteenths_rules_reads_as_it_did() {
        // a review's counter-examples to the rules of 4 December (third session), each read as the parser read it before them
        String dated = """
                Kestrel Gold reports production results
                TORONTO, October 12, 2015 - Kestrel Gold Inc. reported production from its Osprey mine.
                %s
                The Osprey mine processed 410,000 tonnes of ore at a grade of 4.1 g/t gold.
                """;
        for (String line : List.of("In the third quarter of 2015, gold production was higher than expected at 52,400 ounces.",
                "Gold production in the third quarter of 2015 was lower than in the same quarter last year, at 48,100 ounces.")) {
            assertThat(figuresOf(dated.formatted(line))).contains("Osprey|2015-Q3|TONNES_MILLED|null|410000", "Osprey|2015-Q3|GRADE|AU|4.1");
        }
        assertThat(figuresOf("""
                Kestrel Gold production up from a year earlier in the third quarter of 2015
                Kestrel Gold Inc. produced 52,400 ounces of gold at its Osprey mine.
                The Osprey mine processed 410,000 tonnes of ore at a grade of 4.1 g/t gold.
                """)).contains("Osprey|2015-Q3|TONNES_MILLED|null|410000");
        ParsedRelease quarterly = new ReleaseParser().parse("""
                Kestrel Gold says output steady
                TORONTO, April 20, 2013 - Kestrel Gold Inc. produced 61,000 ounces of gold in 2012 at its Osprey mine.
                In the first quarter, the Osprey mine produced 15,200 ounces of gold from 140,000 tonnes of ore milled.
                """);
        assertThat(quarterly.period()).isEqualTo(ReportingPeriod.parse("2013-Q1"));
        assertThat(figuresOf("""
                Kestrel Gold reports fourth quarter results
                TORONTO, January 20, 2013 - Kestrel Gold produced 150,000 oz of gold in 2012, including 40,000 oz in the fourth quarter.
                Fourth quarter production at the Osprey mine was 40,000 oz of gold.
                """)).contains("Osprey|2012-Q4|PRODUCTION|AU|40000");
        assertThat(figuresOf("""
                Kestrel Gold Q3 2018: record cash flow, debt repaid
                TORONTO, October 11, 2018 - Kestrel Gold Inc. repaid its loan in full.
                The Osprey mine produced 52,400 ounces of gold in the quarter.
                """)).containsExactly("Osprey|2018-Q3|PRODUCTION|AU|52400");
        String recoveries = """
                Kestrel Gold reports third quarter 2015 production at its Osprey mine.
                %s
                """;
        assertThat(figuresOf(recoveries.formatted("Gold production increased on higher throughput with gold recovery 91.5% for the quarter.")))
                .contains("Osprey|2015-Q3|RECOVERY|AU|91.5");
        assertThat(figuresOf(recoveries.formatted("Gold production of 52,400 oz (Q2: 48,100 oz) was the best since 2011.")))
                .contains("Osprey|2015-Q3|PRODUCTION|AU|52400");
        assertThat(figuresOf("""
                Kestrel Gold announces its production results for the quarter ended 30 September 2019 for its Osprey Gold Mine.
                · 2020 production guidance of 70,000 to 75,000 gold equivalent ounces, consisting of:
                o 40,000 ounces of gold;
                o 2,000 tonnes of copper; and
                o 6,000 tonnes of zinc.
                """)).noneMatch(f -> f.contains("|CU|") || f.contains("|ZN|"));
        assertThat(new ReleaseParser().parse("""
                Kestrel Resources reports third quarter 2015 production
                Heavy rains disrupted Akyem's operations in August, and Akyem produced 21,000 ounces.
                Osprey produced 31,400 ounces of gold.
                """).issuer().map(ReleaseIssuer::name)).contains("Kestrel Resources");
        assertThat(figuresOf("""
                Compañía Minera San Ignacio de Morococha S.A.A. reported first quarter 2015 production.
                Production from San Vicente totalled 6,100 tonnes of zinc in the first quarter of 2015.
                """)).containsExactly("San Vicente|2015-Q1|PRODUCTION|ZN|13448197.982");
        assertThat(figuresOf("""
                Kestrel Gold reports third quarter 2015 production.
                Cash on hand at quarter end was US$45 million
                150,000 ounces of gold were produced at Osprey in the quarter.
                """)).contains("Osprey|2015-Q3|PRODUCTION|AU|150000");
        assertThat(figuresOf("""
                Kestrel Gold reports production at its Osprey mine for December 2015.
                Osprey monthly production:
                | Dec 2015 | Sept 2015 | Dec 2014 |
                Gold production (oz) | 6,200 | 3,200 | 4,400 |
                """)).noneMatch(f -> f.contains("-Q"));
    }

    @Test
    void a_quarter_and_year_ended_together_and_the_same_quarter_compared_with() {
        // "for the three and 12 months ended December 31, 2021": one ending for two spans, the first of them the quarter reported;
        // "over Q4 2020" after it is the quarter compared with, which must not date the figures
        String text = """
                Kestrel Gold produces 41,000 ounces of gold in 2021
                Kestrel Gold Inc. provided a summary of operating results for the three and 12 months ended December 31, 2021, from its Osprey mine.
                For the fourth quarter, production totalled 10,500 ounces of gold, an increase of 56% over 2020. Gold recovery was 95.7%, a decrease of 2% over Q4 2020.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.parse("2021-Q4"));
        assertThat(figuresOf(text)).contains("Osprey|2021-Q4|PRODUCTION|AU|10500", "Osprey|2021-Q4|RECOVERY|AU|95.7")
                .noneMatch(f -> f.contains("2020"));
        // a paragraph opened by its span ("For the year 2021,") speaks of it in its later sentences that name no period of their own
        assertThat(figuresOf(text + """
                For the year 2021, production totalled 41,000 ounces of gold, an increase of 86% over 2020. An average of 1,154 tonnes per day was processed, an increase of 97% over 2020. Gold recovery was 96.7%. In the fourth quarter, the mill processed 1,243 tonnes per day.
                """)).contains("Osprey|2021-FY|PRODUCTION|AU|41000", "Osprey|2021-FY|TPD|null|1154", "Osprey|2021-FY|RECOVERY|AU|96.7", "Osprey|2021-Q4|TPD|null|1243");
        // a named plant that "has processed" is the subject of its own sentence: neither the mine the paragraph named before it,
        // nor the issuer
        String plant = """
                Kestrel Gold Inc. reports its production for the year 2018.
                In 2018, the company restored production at the underground Osprey copper mine. Among them, Harrier Copper Hydrometallurgical Plant has processed 4.67 million tonnes of ore.
                """;
        assertThat(figuresOf(plant)).noneMatch(f -> f.contains("4670000"));
        assertThat(new ReleaseParser().parse(plant).issuer().map(ReleaseIssuer::name)).contains("Kestrel Gold Inc.");
        assertThat(ReleaseParser.issuerOf("In 2018, Harrier Copper Hydrometallurgical Plant processed 4.67 million tonnes of ore.").map(ReleaseIssuer::name))
                .isEmpty();
        assertThat(new ReleaseParser().parse("""
                Kestrel Gold Inc. reports its results for the three and nine months ended September 30, 2019.
                The Osprey mine produced 12,000 ounces of gold in the quarter.
                """).period()).isEqualTo(ReportingPeriod.parse("2019-Q3"));
    }

    @Test
    void a_many_mined_companys_own_figures_beside_one_mine_named() {
        // a filing's cover: the office's address ("Vancouver, British Columbia" between a street and a postal code) is no mine's
        // section, and "our portfolio of high-quality mines" says the one mine the text names is not the company's only one
        assertThat(figuresOf("""
                FORM 6 - K
                KESTREL GOLD INC.
                Suite 1600, 1055 Dunsmuir Street
                Vancouver, British Columbia
                Canada V7X 1P1
                KESTREL GOLD ANNOUNCES STRONG OPERATING PERFORMANCE IN THE SECOND QUARTER
                JULY 28, 2004
                Vancouver, Canada: Kestrel Gold Inc. (NYSE: KGD) generated second quarter earnings of $33 million on gold production of 908,000 ounces during the three months ended June 30.
                "We are seeing the returns on acquisitions that include the Osprey mine, and our portfolio of high-quality mines keeps performing," he said.
                """)).containsExactly("null|2004-Q2|PRODUCTION|AU|908000");
        // "Actual gold production" opens a sentence with a word, no mine's name; "hurt Kestrel's copper production" after the mine
        // that explains the shortfall is the issuer's own figure, in a text of "a number of mines"
        assertThat(figuresOf("""
                Kestrel Gold posts US$7-million Q2 loss
                Vancouver - Kestrel Gold (KGD-T) announced a loss of US$7 million for its 2005 second quarter, on operating issues at a number of mines.
                Actual gold production improved slightly in the latest quarter to 916,000 oz., up from 908,000 oz. in the same quarter of 2004.
                Operational issues at the Osprey mine hurt Kestrel's copper production, off significantly on the quarter at 90 million lbs. versus 109 million lbs. last year.
                """)).containsExactlyInAnyOrder("null|2005-Q2|PRODUCTION|AU|916000", "null|2004-Q2|PRODUCTION|AU|908000",
                        "null|2005-Q2|PRODUCTION|CU|90000000", "null|2004-Q2|PRODUCTION|CU|109000000");
        // a one-mine company's possessive stays its mine's ("the company's only mine")
        assertThat(figuresOf("""
                Kestrel Gold reports second quarter 2005 production from the Osprey mine, the company's only mine.
                Heavy rains at the Osprey mine hurt Kestrel's gold production, at 21,000 ounces in the quarter.
                """)).containsExactly("Osprey|2005-Q2|PRODUCTION|AU|21000");
    }

    @Test
    void a_half_years_story_of_mines_named_with_and_beside_a_refinery() {
        // "during the half year ended June 30, 2018": the span's end is no dateline, so "the first quarter of the year" said in
        // passing does not make the text a first quarter's; "Cam and Motor Mine" is one mine; a refinery's copper is no mine's
        assertThat(figuresOf("""
                HARARE - Kestrel Gold says its profits declined 86 percent to $406 000 during the half year ended June 30, 2018.
                Osprey and Harrier Mine produced 458kg of gold, 36 percent higher than a year before.
                "The plant only lost running time to power outages experienced in the first quarter of the year," the chairman said.
                The Empress Nickel Refinery produced 369 tonnes of matte and 14,5 tonnes of copper anodes.
                """)).containsExactly("Osprey and Harrier|2018-6M|PRODUCTION|AU|14725.04192843161484");
    }

    @Test
    void six_months_ended_without_their_year_in_a_dated_story() {
        // "in the six months ended June 30" in a story of August 9, 2004: the first half of 2004, whatever quarter of the year
        // the story names in passing; nine months ended September under a date of January are the year before's
        String story = """
                Osprey turns first profit for Kestrel Gold (August 09, 2004)
                The Osprey mine produced 59,689 oz. gold in the six months ended June 30. The plant processed 384,000 tonnes of ore at an average head grade of 5.5 grams gold per tonne.
                Increasing mill throughput has put a strain on the mill, depressing recoveries in the second quarter of the year.
                """;
        assertThat(new ReleaseParser().parse(story).period()).isEqualTo(ReportingPeriod.parse("2004-6M"));
        assertThat(figuresOf(story)).containsExactlyInAnyOrder("Osprey|2004-6M|PRODUCTION|AU|59689", "Osprey|2004-6M|TONNES_MILLED|null|384000",
                "Osprey|2004-6M|GRADE|AU|5.5");
        assertThat(new ReleaseParser().parse("""
                Kestrel Gold results (January 20, 2005)
                The Osprey mine produced 90,000 oz. gold in the nine months ended September 30.
                """).period()).isEqualTo(ReportingPeriod.parse("2004-9M"));
    }

    @Test
    void periods_over_their_years_on_two_lines_with_mines_titled_by_their_interest() {
        // "Kestrel 1Q 2Q 1Q Full Year" over "interest 2014 2014 2015 2014": a column's label, then each period over its year;
        // "Osprey mine 100.0%" titles the rows under it; a smelter's section under it is no mine's
        List<String> figures = figuresOf("""
                Kestrel operational data
                Kestrel 1Q 2Q 1Q Full Year
                interest 2014 2014 2015 2014
                COPPER & GOLD
                Osprey mine 100.0%
                Utah, US
                Ore treated ('000 tonnes) 11,916 10,480 9,819 40,984
                Gold produced ('000 ounces) 63 77 45 260
                Osprey smelter/refinery
                New copper anodes produced ('000 tonnes) 13.8 1.2 10.9 28.5
                """);
        assertThat(figures).contains("Osprey|2014-Q1|TONNES_MILLED|null|11916000", "Osprey|2015-Q1|TONNES_MILLED|null|9819000",
                "Osprey|2014-FY|PRODUCTION|AU|260000", "Osprey|2014-Q2|PRODUCTION|AU|77000").noneMatch(f -> f.contains("|CU|"));
        assertThat(figures).hasSize(8);
    }

    @Test
    void a_months_results_with_the_years_months_as_columns_short_of_their_rows() {
        // "a summary of July 2020 production results": a month's release; "January | ... | July | ||" its year's months, their
        // cells from the left where the rows' label and unit stand; "Worked days" counts days; "450 ounces per month" is a rate
        String text = """
                Kestrel Gold is pleased to provide a summary of July 2020 production results for its Osprey mining operation.
                Production Summary and Operations Update:
                May | June | July | ||
                Mineral Processed | Dry Tonnes | 11,077 | 14,262 | 17,216 |
                Gold Produced | Tr. Oz. | 1,446 | 1,857 | 2,292 |
                Total Recovery | % | 97.0% | 96.5% | 97.0% |
                Worked days | Days | 31 | 30 | 31 |
                - Third Party Mineralized Material: an average of 450 ounces per month come from third parties.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.parse("2020-07"));
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2020-05|TONNES_MILLED|null|11077", "Osprey|2020-06|TONNES_MILLED|null|14262",
                "Osprey|2020-07|TONNES_MILLED|null|17216", "Osprey|2020-05|PRODUCTION|AU|1446", "Osprey|2020-06|PRODUCTION|AU|1857",
                "Osprey|2020-07|PRODUCTION|AU|2292", "Osprey|2020-05|RECOVERY|AU|97", "Osprey|2020-06|RECOVERY|AU|96.5", "Osprey|2020-07|RECOVERY|AU|97");
        assertThat(ReleaseParser.issuerOf("Production Summary and Operations Update: the plant ran well.")).isEmpty();
    }

    @Test
    void a_story_of_a_year_with_its_fourth_quarter_told_in_passing() {
        // "a third more than in 2003" names the year compared with, so the story is of 2004; "in the fourth quarter, produced" is
        // 2004's fourth quarter, and "during the period" in the next sentence the same quarter
        String story = """
                Kestrel Gold sees rise in gold output
                Kestrel Gold (KGD-T) produced 694,100 oz. gold in 2004. That's a third more than in 2003, reflecting the startup of the Osprey open-pit mine.
                Osprey began operating in February 2004 and, in the fourth quarter, produced 93,300 oz. The mill processed 17,200 tonnes per day during the period.
                Overall, Osprey produced 273,700 oz. gold in 2004.
                """;
        assertThat(new ReleaseParser().parse(story).period()).isEqualTo(ReportingPeriod.parse("2004-FY"));
        assertThat(figuresOf(story)).contains("Osprey|2004-Q4|PRODUCTION|AU|93300", "Osprey|2004-Q4|TPD|null|17200", "Osprey|2004-FY|PRODUCTION|AU|273700");
        // a sentence that opens with its year ("In 2005 Osprey mined ... to produce") dates its figures, in a story that compares
        // it with the year before ("higher than in 2004")
        assertThat(figuresOf("""
                Kestrel Gold has been buoyed by operating success at its Osprey gold operations.
                In 2005 Osprey mined 1.6 million tonnes and processed 1.5 million, to produce 161,615 oz. gold. Production was higher than in 2004.
                """)).contains("Osprey|2005-FY|PRODUCTION|AU|161615").noneMatch(f -> f.contains("2004"));
    }

    @Test
    void a_wires_table_of_one_period_its_rows_glued_to_their_figures() {
        // between rulers, "Quarter ending 31 March 2008 *" heads rows run together, each figure glued to the next row's label
        assertThat(figuresOf("""
                Brisbane, April 30, 2008 - Kestrel Gold Limited (ASX: KGD) took control of the Osprey Gold Mine on 30 December 2007.
                ------------------------------------------------- Quarter ending 31 March 2008 *-------------------------------------------------Development (m) 404Mine Production (t) 35,951Mill Production (dry t) 42,808Recovery 96.0%Gold Produced (oz) 10,816Average Gold Sale Price AUD/oz $1025-------------------------------------------------*Kestrel's equity is 60% of this production-------------------------------------------------
                """)).containsExactlyInAnyOrder("Osprey|2008-Q1|TONNES_MILLED|null|42808", "Osprey|2008-Q1|RECOVERY|AU|96", "Osprey|2008-Q1|PRODUCTION|AU|10816");
    }

    @Test
    void a_rate_per_annum_aimed_at_is_no_years_guidance() {
        // "its forecast 140,000 ounces per annum": a rate the company aims at, of no year the sentence names
        assertThat(guidanceOf("""
                Kestrel Gold reports its December 2010 quarter.
                The 'fill the mill' strategy is on track, the Company achieving its forecast 140,000 ounces per annum.
                """)).isEmpty();
        // a year's guidance stated as a rate, with its year, is still that year's
        assertThat(guidanceOf("""
                Kestrel Gold reports its December 2010 quarter.
                Kestrel expects to produce 140,000 ounces of gold per annum in 2011.
                """)).containsExactly("2011|null|AU|140000-140000|false");
    }

    @Test
    void ordinary_wording_beside_the_fifteenths_rules_reads_as_it_did() {
        // a review's made-up probes of the rules made from the fifteenth gathering: each read wrongly by a first form of a rule,
        // each reads as before it (or better) now
        assertThat(figuresOf("""
                Kestrel Gold Announces Second Quarter 2021 Production
                TORONTO, July 14, 2021 - Kestrel Gold Inc. announces production results for the three and six months ended June 30, 2021 from its Osprey mine in Nevada.
                For the three and six months ended June 30, 2021, Osprey produced 10,400 and 19,800 ounces of gold, respectively.
                Mill throughput averaged 2,310 tonnes per day in the quarter.
                """)).containsExactlyInAnyOrder("Osprey|2021-6M|PRODUCTION|AU|19800", "Osprey|2021-Q2|TPD|null|2310");
        assertThat(figuresOf("""
                Kestrel Gold Reports Second Quarter 2021 Production
                Kestrel Gold Inc. today reported second quarter 2021 production from the Osprey mine in Ontario.
                In 2017, Kestrel acquired the Osprey mine from Harrier Resources. The mine produced 12,600 ounces of gold, with mill recoveries of 93.1%.
                """)).containsExactlyInAnyOrder("Osprey|2021-Q2|PRODUCTION|AU|12600", "Osprey|2021-Q2|RECOVERY|AU|93.1");
        assertThat(figuresOf("""
                Kestrel Gold Reports Fourth Quarter and Full Year 2021 Production
                Kestrel Gold Inc. reports fourth quarter and full year 2021 results from its Osprey mine.
                For the year 2021, gold production totalled 44,100 ounces, an increase of 11% over 2020. In December, the mill processed a record 71,300 tonnes of ore.
                """)).containsExactlyInAnyOrder("Osprey|2021-FY|PRODUCTION|AU|44100", "Osprey|2021-12|TONNES_MILLED|null|71300");
        assertThat(figuresOf("""
                Kestrel Gold Reports Second Quarter 2021 Production
                Kestrel Gold Inc. reports second quarter 2021 production from its Osprey and Harrier mines.
                Osprey Mine
                Stoping advanced on the 640 level floor pillar during the quarter.
                The mill processed 182,000 tonnes of ore and produced 10,100 ounces of gold.
                Harrier Mine
                The mill processed 95,000 tonnes of ore and produced 4,300 ounces of gold.
                """)).containsExactlyInAnyOrder("Osprey|2021-Q2|TONNES_MILLED|null|182000", "Osprey|2021-Q2|PRODUCTION|AU|10100", "Harrier|2021-Q2|TONNES_MILLED|null|95000", "Harrier|2021-Q2|PRODUCTION|AU|4300");
        assertThat(figuresOf("""
                Kestrel Gold Reports Second Quarter 2021 Production
                Kestrel Gold Inc., whose sole asset is the Osprey mine in Zimbabwe, reports second quarter 2021 production.
                Kestrel produced 9,400 ounces of gold in the quarter. Unlike a number of mines in the region, Osprey was not affected by power cuts.
                """)).containsExactly("Osprey|2021-Q2|PRODUCTION|AU|9400");
        assertThat(figuresOf("""
                Kestrel Gold Reports Second Quarter 2021 Production
                Kestrel Gold Inc. reports second quarter 2021 production from its three mines.
                At the Osprey mine, Kestrel's attributable gold production was 45,200 ounces.
                At the Harrier mine, gold production was 21,000 ounces.
                """)).containsExactlyInAnyOrder("Osprey|2021-Q2|PRODUCTION|AU|45200", "Harrier|2021-Q2|PRODUCTION|AU|21000");
        assertThat(figuresOf("""
                Kestrel Gold second-quarter results (August 5, 2004)
                Kestrel Gold reported second-quarter results on Thursday. The Osprey mine produced 30,200 oz. gold in the second quarter, and 61,000 oz. in the six months ended June 30.
                """)).containsExactlyInAnyOrder("Osprey|2004-Q2|PRODUCTION|AU|30200", "Osprey|2004-6M|PRODUCTION|AU|61000");
        assertThat(figuresOf("""
                Kestrel Gold Third Quarter 2021 Production
                Kestrel Gold Inc. reports third quarter 2021 production from the Osprey mine.
                Osprey 3M 3M 9M 9M
                Gold 2021 2020 2021 2020
                Gold produced (oz) 11,000 10,500 32,900 31,000
                """)).noneMatch(f -> f.contains("-Q1|"));
        assertThat(figuresOf("""
                Kestrel Gold Fiscal Third Quarter Production
                Kestrel Gold Inc., whose fiscal year ends June 30, reports production for the third quarter of fiscal 2022 (three months ended March 31, 2022).
                Osprey Q3 Q3 YTD YTD
                Fiscal 2022 2021 2022 2021
                Gold produced (oz) 11,000 10,500 32,900 31,000
                """)).noneMatch(f -> f.contains("2021-Q3|") || f.contains("-9M|"));
        assertThat(figuresOf("""
                Kestrel Gold July 2020 Production
                Kestrel Gold Inc. reports July 2020 production from its Osprey mine.
                 | July 2020 | June 2020
                Ore milled (tonnes, 31 days) | 17,216 | 14,262
                Gold produced (oz) | 2,292 | 1,857
                Operating hours | 702 | 655
                """)).contains("Osprey|2020-07|TONNES_MILLED|null|17216", "Osprey|2020-06|TONNES_MILLED|null|14262");
        assertThat(figuresOf("""
                Kestrel Gold Reports Second Quarter 2021 Production
                Kestrel Gold Inc. reports second quarter 2021 production.
                Contract mining operations at the pit were handed to Harrier Drilling in April. The mill processed 184,500 tonnes and produced 12,300 ounces of gold.
                """)).noneMatch(f -> f.startsWith("Contract|"));
        assertThat(figuresOf("""
                Kestrel Gold Reports Second Quarter 2021 Production
                Kestrel Gold Inc. reports second quarter 2021 production from its Osprey mine.
                Osprey produced 12,300 ounces a quarter ahead of plan, and in the second quarter processed 184,500 tonnes.
                """)).containsExactlyInAnyOrder("Osprey|2021-Q2|PRODUCTION|AU|12300", "Osprey|2021-Q2|TONNES_MILLED|null|184500");
        assertThat(figuresOf("""
                Kestrel Gold Reports Fourth Quarter 2021 Production
                Kestrel Gold Inc. reports fourth quarter 2021 production from its Osprey mine.
                Gold production of 11,200 ounces was 8% higher than in Q4 2020. The mill processed 6,600 tonnes per day during the period.
                """)).containsExactlyInAnyOrder("Osprey|2021-Q4|PRODUCTION|AU|11200", "Osprey|2021-Q4|TPD|null|6600");
        assertThat(figuresOf("""
                Kestrel Gold Reports Second Quarter 2021 Production
                Kestrel Gold Inc. reports second quarter 2021 production from its Osprey mine.
                The new ball mill was commissioned in March 2021. Ore milled during the period was 184,500 tonnes.
                """)).containsExactly("Osprey|2021-Q2|TONNES_MILLED|null|184500");
        assertThat(figuresOf("""
                Kestrel Copper Second Quarter 2021
                Kestrel Copper Ltd. reports second quarter 2021 production.
                Copper head grade | Q2 2021
                Osprey mine | 0.62%
                Harrier mine | 0.48%
                Copper recovery | Q2 2021
                Osprey mine | 88.1%
                Harrier mine | 85.0%
                """)).contains("Osprey|2021-Q2|RECOVERY|CU|88.1", "Harrier|2021-Q2|RECOVERY|CU|85");
        assertThat(figuresOf("""
                Kestrel Gold is pleased to provide a summary of March 2021 production results for its Osprey mining operation.
                January | February | March | YTD ||
                Mineral Processed | Dry Tonnes | 15,100 | 14,020 | 16,900 | 46,020 |
                Gold Produced | Tr. Oz. | 2,010 | 1,850 | 2,240 | 6,100 |
                """)).noneMatch(f -> f.contains("2021-02|TONNES_MILLED|null|15100"));
    }

    @Test
    void a_base_metals_tonnes_told_with_its_mine_between_and_from_one_half_to_the_next() {
        // "Copper production at Osprey Mine reached 16,587 tons": the mine between the metal's production and its figure; "from
        // 16,823 tonnes in 2020 1H to 15,637 tonnes in 2021 1H": each level its own half year, the year written first
        List<String> read = figuresOf("""
                Kestrel Mining reports its results for the six months ended June 30, 2021.
                - Copper production at Osprey Mine reached 16,587 tonnes in the six months ended June 30, 2021.
                - Heron Mine's copper production decreased by 7% from 16,823 tonnes in 2020 1H to 15,637 tonnes in 2021 1H, while cobalt production fell.
                """);
        assertThat(read).hasSize(3);
        assertThat(read).anyMatch(f -> f.startsWith("Osprey|2021-6M|PRODUCTION|CU|36568075."))
                .anyMatch(f -> f.startsWith("Heron|2020-6M|PRODUCTION|CU|37088366."))
                .anyMatch(f -> f.startsWith("Heron|2021-6M|PRODUCTION|CU|34473683."));
    }

    @Test
    void a_mass_in_kilograms_restated_in_ounces_is_the_ounces_printed() {
        // "236 kg, equivalent to 7,611 oz": the ounces as printed, not the kilograms converted (7,587.6 oz); in parentheses the
        // figure before stands, as it did
        assertThat(figuresOf("""
                Kestrel Mining: production for the first half of 2023.
                During the first six months of 2023, Kestrel recorded gold production at its Osprey mine of 236 kg, equivalent to 7,611 oz. This was 200% more than the same period last year, which saw production of 82 kg, or 2,531 oz.
                """)).containsExactlyInAnyOrder("Osprey|2023-6M|PRODUCTION|AU|7611", "Osprey|2022-6M|PRODUCTION|AU|2531");
        assertThat(figuresOf("""
                Kestrel Mining: production for the first half of 2023.
                In the first half of 2023, the Osprey mine produced 16,611.72 kg (approximately 534,078.90 ounces) of gold.
                """)).hasSize(1).allMatch(f -> f.startsWith("Osprey|2023-6M|PRODUCTION|AU|53407"));
    }

    @Test
    void a_level_compared_with_another_metals_is_that_metals() {
        // "57,326 oz of palladium compared with 47,015 oz in the previous quarter", "5,487 oz of platinum (4,698 oz in Q1 2006)",
        // "5,612 oz. platinum": palladium's and platinum's, none of them gold's; gold named is still read
        assertThat(figuresOf("""
                Kestrel Palladium reports second quarter 2006 production from its Osprey mine.
                In the second quarter of 2006, the Osprey mine produced 57,326 oz of palladium compared with 47,015 oz in the previous quarter and 48,230 oz in the second quarter of 2005. The Osprey mine's by-product production included 5,487 oz of platinum (4,698 oz in Q1 2006) and 4,200 oz of gold (3,615 oz in Q1 2006).
                In June the Osprey mine produced 1,612 oz. platinum and 1,300 oz. gold.
                """)).containsExactlyInAnyOrder("Osprey|2006-Q2|PRODUCTION|AU|4200", "Osprey|2006-Q1|PRODUCTION|AU|3615", "Osprey|2006-06|PRODUCTION|AU|1300");
    }

    @Test
    void what_the_sixteenth_gatherings_stories_say_in_passing() {
        // "operations in Nevada, U.S.A. The Isabella Pearl gold mine": the sentence before is no part of the mine's name
        assertThat(figuresOf("""
                Kestrel Gold reports second quarter 2023 production
                The company's gold production for the first half of 2023 totaled 21,171 ounces (H1 2022: 20,855 ounces).
                Kestrel Gold is a gold producer with operations in Nevada, U.S.A. The Isabella Pearl gold mine is currently in production.
                """)).containsExactlyInAnyOrder("Isabella Pearl|2023-6M|PRODUCTION|AU|21171", "Isabella Pearl|2022-6M|PRODUCTION|AU|20855");
        // "with 92.1% recovery": the recovery's word after its figure
        assertThat(figuresOf("""
                Kestrel Mining Corp. reports second quarter 2019 production.
                Osprey milled 410,000 tonnes at a head grade of 3.4 g/t gold with 92.1% recovery.
                """)).containsExactlyInAnyOrder("Osprey|2019-Q2|TONNES_MILLED|null|410000", "Osprey|2019-Q2|GRADE|AU|3.4", "Osprey|2019-Q2|RECOVERY|AU|92.1");
        // "is slated to produce 45,000 to 50,000 oz. gold in 2006": a plan, its sentence guidance (the nine months' actual beside
        // it is left unread, as in any sentence of guidance); "in the nine months ending in September 2005": a span
        String slated = """
                Kestrel Gold to buy the Osprey mine.
                Osprey is slated to produce 45,000 to 50,000 oz. gold in 2006, and had produced 27,747 oz. in the nine months ending in September 2005.
                """;
        assertThat(figuresOf(slated)).isEmpty();
        assertThat(guidanceOf(slated)).containsExactly("2006|Osprey|AU|45000-50000|false");
        assertThat(figuresOf("""
                Kestrel Gold to buy the Osprey mine.
                Osprey had produced 27,747 oz. of gold in the nine months ending in September 2005.
                """)).containsExactly("Osprey|2005-9M|PRODUCTION|AU|27747");
        // "has now been produced since the company acquired ownership": a sum since an owner's start, no month's
        assertThat(figuresOf("""
                Kestrel Gold reports December 2020 production.
                Kestrel produced 4,228 ounces of gold at the Osprey mine in December 2020. 7,683 ounces has now been produced at Osprey since the company acquired ownership of the mine in November.
                """)).containsExactly("Osprey|2020-12|PRODUCTION|AU|4228");
        // "PT Kestrel Emas Tbk": an Indonesian company's legal forms, before and after its name
        assertThat(ReleaseParser.issuerOf("JAKARTA - PT Kestrel Emas Tbk (KEMS) mencatat produksi emas 78.171 ounce sepanjang kuartal I 2016.").map(ReleaseIssuer::name))
                .hasValueSatisfying(name -> assertThat(name).startsWith("PT Kestrel Emas"));
        assertThat(ReleaseParser.issuerOf("Gold production rose in the first half. Kestrel Emas Tbk (KEMS) is continuing its efforts to enhance gold production.").map(ReleaseIssuer::name))
                .contains("Kestrel Emas Tbk");
        // "Bystrinsky GOK": a mining and processing combine, named without its kind
        assertThat(figuresOf("""
                Kestrel Nickel reports its fourth quarter 2020 production.
                Copper output at Bystrinsky GOK increased 4% to 16 kt.
                """)).hasSize(1).allMatch(f -> f.startsWith("Bystrinsky|2020-Q4|PRODUCTION|CU|"));
    }

    @Test
    void a_quarters_figure_beside_a_years_guidance_is_no_guidance() {
        // a headline run into the first sentence: "produces 9,684 ounces of gold in Q2, maintains its 2023 guidance ... compared
        // to 10,980 ounces produced in Q2 2022": the quarters' figures, neither the year's plan nor one withdrawn
        assertThat(guidanceOf("""
                Kestrel produces 9,684 ounces of gold in Q2, maintains its 2023 guidance
                Kestrel Gold has reported production of 9,684 gold ounces in Q2 2023 at its Osprey mine, down 12% compared to 10,980 ounces produced in Q2 2022.
                Kestrel maintains its 2023 production outlook of 40,000 ounces of gold.
                """)).containsExactly("2023|null|AU|40000-40000|false");
    }

    @Test
    void ordinary_wording_beside_the_sixteenths_rules_reads_as_it_did() {
        // a review's made-up probes of the rules made from the sixteenth gathering: each read wrongly by a first form of a rule
        String title = "Kestrel Gold reports second quarter 2021 production.\n";
        // a percent before "recovery" that is no metallurgical recovery
        assertThat(figuresOf(title + "Osprey milled 410,000 tonnes, a 15% recovery on the flood-hit first quarter.\n"))
                .containsExactly("Osprey|2021-Q2|TONNES_MILLED|null|410000");
        assertThat(figuresOf(title + "Osprey produced 41,000 ounces of gold and the insurer paid 60% recovery of the flood costs.\n"))
                .containsExactly("Osprey|2021-Q2|PRODUCTION|AU|41000");
        // a quarter's best "since our acquisition" is the quarter's
        assertThat(figuresOf(title + "Osprey produced 52,000 oz of gold in its best quarter since our acquisition in 2018.\n"))
                .containsExactly("Osprey|2021-Q2|PRODUCTION|AU|52000");
        assertThat(figuresOf(title + "Osprey produced 12,000 oz of gold in Q2 2021, up 40% since the company acquired it.\n"))
                .containsExactly("Osprey|2021-Q2|PRODUCTION|AU|12000");
        // guidance changed during a quarter is guidance still
        assertThat(guidanceOf("Kestrel Gold reports third quarter 2021 production.\nKestrel lowered its 2021 guidance to 180,000 ounces of gold during the third quarter.\n"))
                .containsExactly("2021|null|AU|180000-180000|false");
        assertThat(guidanceOf(title + "Kestrel produces gold in Mexico and 45,000 to 50,000 ounces is its 2022 production guidance.\n"))
                .containsExactly("2022|null|AU|45000-50000|false");
        // "equivalent to" another metal's ounces is an equivalent, as before
        assertThat(figuresOf(title + "Osprey produced 95,000 ounces of silver in Q2 2021, equivalent to 1,150 gold ounces.\n"))
                .containsExactly("Osprey|2021-Q2|PRODUCTION|AG|95000");
        // "slated to" be commissioned or to start is no plan of production
        assertThat(figuresOf(title + "Osprey produced 52,000 ounces of gold in Q2 2021, and the new leach pad is slated to be commissioned in Q4.\n"))
                .containsExactly("Osprey|2021-Q2|PRODUCTION|AU|52000");
        // tonnes processed after a metal's production words are ore's
        assertThat(figuresOf(title + "Copper production at the Osprey Concentrator reached 2.1 million tonnes processed, a new record.\n"))
                .containsExactly("Osprey Concentrator|2021-Q2|TONNES_MILLED|null|2100000");
        // a figure of ore milled after a metal we do not follow is ore's
        assertThat(figuresOf(title + "Heron produced 1,900 tonnes of nickel, and milled 410,000 tonnes of ore.\n"))
                .containsExactly("Heron|2021-Q2|TONNES_MILLED|null|410000");
    }

    @Test
    void what_the_seventeenth_gatherings_stories_say_in_passing() {
        // "Kestrel Resources' Osprey mine": a plural owner's possessive is no part of the mine's name; "the 14-week period from
        // 25 August 2007 to 31 December 2007": a span's first day is no dateline (the December quarter is 2007's, not 2006's)
        assertThat(figuresOf("""
                Perth-based gold miner Kestrel Resources Ltd has posted strong production increases.
                Kestrel Resources' Osprey mine has increased its December quarter gold production by 45 per cent to 25,400 ounces, the company announced today.
                Heron Gold, meanwhile, has revealed that its Paddington Gold Mine produced 63,020 ounces of gold during the 14-week period from 25 August 2007 to 31 December 2007.
                """)).contains("Osprey|2007-Q4|PRODUCTION|AU|25400");
        // "return the Osprey gold project to previous levels of production": a text that names no mine names its project
        assertThat(figuresOf("""
                 date 2025-02-04 Kestrel Minerals is continuing on its path to return the Osprey gold project north-west of Coolgardie to previous levels of production, following another increase in the December quarter. Kestrel said it produced 6861 ounces in the latest quarter, a rise of 31 per cent on the September quarter.
                """)).containsExactly("Osprey|2024-Q4|PRODUCTION|AU|6861");
        // in a story of a year, the metal "down from 25.3 million lbs. in 2009" is 2009's
        assertThat(figuresOf("""
                Kestrel reports 2010 production
                The Osprey mine is in the Dominican Republic.
                Kestrel produced 24 million lbs. of copper in concentrate in 2010, down from 25.3 million lbs. in 2009.
                """)).containsExactlyInAnyOrder("Osprey|2010-FY|PRODUCTION|CU|24000000", "Osprey|2009-FY|PRODUCTION|CU|25300000");
        // in a plan's sentence, the level of the year before it compares with is read, the plan is not, and the year of the
        // level compared with is no plan's year
        String plan = """
                Kestrel outlines 2010 plans
                Copper production at Kestrel Mining's Osprey open pit mine in the Dominican Republic will dip slightly in 2010, the company reported today.
                Kestrel expects to produce 24 million lbs. of copper in concentrate this year, down from 25.3 million lbs. in 2009.
                """;
        assertThat(figuresOf(plan)).containsExactly("Osprey|2009-FY|PRODUCTION|CU|25300000");
        assertThat(guidanceOf(plan)).noneMatch(g -> g.startsWith("2009|"));
        // a fiscal year over two calendar years ("for 2018-19"), more gold than a year before ("20 kg of additional gold"), a
        // unit's yearly output ("90 to 100 kg of gold every year") and what "can be processed" are no period's figures
        assertThat(figuresOf("""
                 date 2019-07-10 Kestrel Gold Mines has produced 1,661 kg of gold at its Osprey mine as against the target of 1,700 kg of gold for 2018-19.
                In the first quarter from April to June 2019, the Osprey mine has produced 391 kg of gold. Thus, the Osprey mine had produced 20 kg of additional gold this year, compared to the corresponding period last year.
                Its Heron unit, closed since, produced at least 90 to 100 kg of gold every year.
                By next year, two more units will be started at Osprey. Following this, 3,500 tonnes of ore can be processed, said the managing director.
                """)).hasSize(1).allMatch(f -> f.startsWith("Osprey|2019-Q2|PRODUCTION|AU|12570.9"));
    }

    @Test
    void a_release_below_a_pages_menus_and_share_price_widget() {
        // the page's head (menus, a German share-price widget: "0,165 Euro", "-0,003") fills more than the opening's lines; the
        // release opens where it names its issuer, in English figures ("35,392 tonnes" is no 35.392); its headline's verb
        // ("Places Operations ... on Hold") names no mine, nor does "Steady production"
        StringBuilder page = new StringBuilder();
        for (String widget : List.of("Home", "News", "Markets", "WKN: A3CSVE | ISIN: CA8283411079 | Ticker-Symbol: AGX", "Tradegate", "29.04.24", "19:44 Uhr",
                "0,165 Euro", "-0,003", "-1,49 %", "Branche", "Rohstoffe", "Aktienmarkt")) {
            page.append(widget).append('\n');
        }
        for (int i = 1; i <= 14; i++) {
            page.append("Kestrel Mining Corp. shares: news item ").append(i).append(" of the day from the newsroom\n");
        }
        page.append("""
                Kestrel Mining Corp.: Kestrel Reports Second Quarter 2023 Production Results, Places Operations Temporarily on Hold
                VANCOUVER, BC / ACCESSWIRE / July 26, 2023 / Kestrel Mining Corp. (TSX-V:KES) reports production results for the three months ended June 30, 2023, for the Company's Osprey mine in central Peru.
                Steady production continued at the Osprey mine during the quarter with total throughput of 35,392 tonnes (20,877 in the second quarter of 2022).
                """);
        assertThat(figuresOf(page.toString())).containsExactly("Osprey|2023-Q2|TONNES_MILLED|null|35392");
    }

    @Test
    void a_headlines_title_case_and_a_bullets_participle_are_no_part_of_a_mines_name() {
        // "Produces 451,681 Oz Ag At Osprey In Q3 2022": the headline's preposition; "- Advanced Osprey Mine expansion in
        // Q2-2023": the bullet's participle
        assertThat(figuresOf("""
                Kestrel Gold & Silver Produces 451,681 Oz Ag At Osprey In Q3 2022
                Kestrel Gold & Silver Inc. reports its third quarter 2022 production.
                """)).containsExactly("Osprey|2022-Q3|PRODUCTION|AG|451681");
        assertThat(figuresOf("""
                Kestrel Gold & Silver Inc. reports its second quarter 2023 results.
                - Silver production of 526,703 ounces in Q2-2023, a 15% increase.
                - Advanced Osprey Mine expansion in Q2-2023: the new mill is 60% complete.
                """)).containsExactly("Osprey|2023-Q2|PRODUCTION|AG|526703");
    }

    @Test
    void ordinary_wording_beside_the_seventeenths_rules_reads_as_it_did() {
        // a review's made-up probes of the rules made from the seventeenth gathering: each read wrongly by a first form of a rule
        // a plural common noun's possessive is part of a mine's name
        // a span of years in other senses than a fiscal year's
        assertThat(figuresOf("Kestrel Gold reports third quarter 2019 production\nOsprey produced 32,000 ounces of gold, the most since the 2018-19 drought limited water supply.\n"))
                .containsExactly("Osprey|2019-Q3|PRODUCTION|AU|32000");
        assertThat(figuresOf("Kestrel Gold reports third quarter 2019 production\nOsprey milled 510,000 tonnes at 1.9 g/t gold from levels 2018-19 of the Main zone.\n"))
                .containsExactlyInAnyOrder("Osprey|2019-Q3|TONNES_MILLED|null|510000", "Osprey|2019-Q3|GRADE|AU|1.9");
        assertThat(figuresOf("Kestrel Gold reports December quarter 2021 production\nPERTH, 20 January 2022 - The Miners' Rest mine produced 25,400 ounces of gold in the December quarter.\n"))
                .containsExactly("Miners' Rest|2021-Q4|PRODUCTION|AU|25400");
        // "the Osprey gold project" held, idle or of resources names no mine the company's figures are of
        assertThat(figuresOf("Kestrel Minerals reports December quarter 2021 production\nKestrel produced 12,000 ounces of gold in the December quarter. The Osprey gold project was placed on care and maintenance in 2019.\n"))
                .containsExactly("null|2021-Q4|PRODUCTION|AU|12000");
        assertThat(figuresOf("Kestrel Metals reports 2021 production\nKestrel produced 41 million pounds of copper in 2021. The Osprey copper project, 40 km away, received its mining lease in June.\n"))
                .containsExactly("null|2021-FY|PRODUCTION|CU|41000000");
        // in a year's story, a quarter's, a month's, an average's or another mine's level compared with is no year's
        String year = "Kestrel Gold reports 2021 production\n";
        assertThat(figuresOf(year + "The Osprey mine produced 120,000 ounces of gold in 2021, up from 45,000 ounces produced in 2019 at Heron, which closed in 2020.\n"))
                .containsExactly("Osprey|2021-FY|PRODUCTION|AU|120000");
        assertThat(figuresOf(year + "The Osprey mine produced 95,000 ounces of gold in 2021. December production was 9,000 ounces, up from 8,000 ounces in 2020.\n"))
                .noneMatch(f -> f.contains("2020-FY"));
        assertThat(figuresOf(year + "Kestrel produced 190,000 ounces of gold in 2021 from the Osprey mine. In the fourth quarter, Osprey produced 48,000 ounces, up from 41,000 ounces in 2020.\n"))
                .noneMatch(f -> f.contains("2020-FY"));
        assertThat(figuresOf(year + "The Osprey mine produced 100,000 ounces of gold in 2021. Quarterly production averaged 25,000 ounces, up from 22,000 ounces in 2020.\n"))
                .noneMatch(f -> f.contains("2020-FY"));
        // a ramp from one plan year to another keeps its first year's guidance; another mine's or a plan's level is not read
        assertThat(guidanceOf("Kestrel Gold reports 2022 production\nThe Osprey mine produced 90,000 ounces of gold in 2022. Kestrel expects production to increase from 100,000 oz in 2024 to 150,000 oz in 2026 as the Heron pit is developed.\n"))
                .anyMatch(g -> g.startsWith("2024|") && g.contains("|100000-100000|"));
        assertThat(figuresOf("Kestrel Gold reports 2021 production\nThe Osprey mine produced 100,000 ounces of gold in 2021. Kestrel expects the Heron mine to produce 60,000 ounces in 2022, versus 50,000 ounces in 2021 from the Egret mine it replaces.\n"))
                .containsExactly("Osprey|2021-FY|PRODUCTION|AU|100000");
        assertThat(figuresOf("Kestrel Gold reports fourth quarter 2021 production\nTORONTO, January 20, 2022 - Osprey produced 40,000 ounces of gold in the fourth quarter. Kestrel expects to produce 150,000 ounces of gold this year, compared with 140,000 ounces in 2021 guidance.\n"))
                .noneMatch(f -> f.endsWith("|140000"));
    }

    @Test
    void a_period_heading_wrapped_onto_the_next_line_one_cell_a_line() {
        // "Year to" / "31 December 2023": a column's heading split over two lines of a table of one cell a line (Griffin Mining
        // Q4 2023), under a table of quarters whose four columns the year's two do not fill
        String text = """
                Kestrel Mining announces fourth quarter 2023 production at the Osprey Mine

                3 months to 31 December 2023

                3 months to 30 September 2023

                Ore processed

                Tonnes

                410,000

                395,000

                Gold in concentrate produced

                Ozs

                4,100

                3,900

                Year to

                31 December 2023

                Year to

                31 December 2022

                Ore processed

                Tonnes

                1,513,977

                831,549

                Gold in concentrate produced

                Ozs

                17,052

                10,137
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2023-Q4|TONNES_MILLED|null|410000", "Osprey|2023-Q3|TONNES_MILLED|null|395000",
                "Osprey|2023-Q4|PRODUCTION|AU|4100", "Osprey|2023-Q3|PRODUCTION|AU|3900",
                "Osprey|2023-FY|TONNES_MILLED|null|1513977", "Osprey|2022-FY|TONNES_MILLED|null|831549",
                "Osprey|2023-FY|PRODUCTION|AU|17052", "Osprey|2022-FY|PRODUCTION|AU|10137");
        // "Three months ended" / "September 30, 2011", the same with a month first
        String american = """
                Kestrel Mining reports third quarter 2011 results at the Osprey Mine

                Three months ended

                September 30, 2011

                Three months ended

                September 30, 2010

                Tonnes milled

                120,500

                118,200
                """;
        assertThat(figuresOf(american)).containsExactlyInAnyOrder("Osprey|2011-Q3|TONNES_MILLED|null|120500", "Osprey|2010-Q3|TONNES_MILLED|null|118200");
    }

    @Test
    void a_base_metals_tonnes_compared_with_a_years_level_after_the_word_metal() {
        // "tonnes of zinc metal in concentrate produced, compared to 39,724 tonnes in 2013": the level compared with is the same
        // metal's (Griffin Mining 2014), as it is without the word "metal"
        assertThat(figuresOf("Kestrel Mining full year 2014 results at the Osprey Mine\nThere was 25,901 tonnes of zinc metal in concentrate produced in 2014, "
                + "compared to 39,724 tonnes in 2013.\n")).containsExactlyInAnyOrder("Osprey|2014-FY|PRODUCTION|ZN|57101930.48062",
                "Osprey|2013-FY|PRODUCTION|ZN|87576428.95688");
        assertThat(figuresOf("Kestrel Mining full year 2014 results at the Osprey Mine\nThe Osprey mine produced 12,400 tonnes of copper metal in 2014, up from "
                + "11,100 tonnes in 2013.\n")).containsExactlyInAnyOrder("Osprey|2014-FY|PRODUCTION|CU|27337320.488",
                "Osprey|2013-FY|PRODUCTION|CU|24471311.082");
    }

    @Test
    void a_quarter_named_without_its_year_beside_the_day_it_ended_is_that_quarter() {
        // "fourth quarter ... results for the period ending December 31, 2012" (QMX Gold): the quarter that ended that day, not the
        // one a year before
        assertThat(figuresOf("Kestrel Gold is announcing fourth quarter financial and operational results for the period ending December 31, 2012.\n\n"
                + "The Osprey mine produced 5,000 ounces of gold in the quarter.\n")).containsExactly("Osprey|2012-Q4|PRODUCTION|AU|5000");
        // a release dated after the quarter, as before
        assertThat(figuresOf("TORONTO, January 20, 2013 - Kestrel Gold reports fourth quarter production.\n\n"
                + "The Osprey mine produced 5,000 ounces of gold in the quarter.\n")).containsExactly("Osprey|2012-Q4|PRODUCTION|AU|5000");
    }

    @Test
    void a_datelines_day_month_and_year_is_no_months_period() {
        // "Lima, 4 de septiembre de 2025 - ...": the day the release was written, not September's figures (a made-up probe
        // of the twentieth's Summa Gold story); "LONDON, 4 September 2025 -" the same in English
        assertThat(figuresOf("Lima, 4 de septiembre de 2025 - Kestrel Gold inform\u00f3 que en el primer semestre del a\u00f1o la mina Osprey "
                + "produjo 42,000 onzas de oro.\n")).noneMatch(f -> f.contains("2025-09"));
        assertThat(figuresOf("LONDON, 4 September 2025 - Kestrel Gold said that its Osprey mine produced 42,000 ounces of gold in the first half.\n"))
                .noneMatch(f -> f.contains("2025-09"));
        // a month with its year in the sentence is still that month (Northern Star's "from 1 June 2010 June gold processing ..."
        // reads as before on the scoreboard)
        assertThat(figuresOf("Kestrel Mining June 2010 production report\nThe Osprey mine produced 6,623 ounces of gold in June 2010.\n"))
                .contains("Osprey|2010-06|PRODUCTION|AU|6623");
    }

    @Test
    void grammes_per_tonne_the_british_spelling_is_a_grade() {
        // "processed 309,600 tonnes at an average grade of 2.1 grammes per tonne" (an Alliance News story, the twentieth gathering)
        assertThat(figuresOf("Kestrel Gold first half 2019 results at the Osprey mine\nThe firm added that it processed 309,600 tonnes at an average "
                + "grade of 2.1 grammes per tonne and a processing recovery rate of 89%.\n")).containsExactlyInAnyOrder(
                "Osprey|2019-6M|TONNES_MILLED|null|309600", "Osprey|2019-6M|GRADE|AU|2.1", "Osprey|2019-6M|RECOVERY|AU|89");
        assertThat(figuresOf("Kestrel Gold first half 2019 results at the Osprey mine\nThe Osprey mill treated 410,000 tonnes grading 3.4 grammes of gold "
                + "per tonne.\n")).contains("Osprey|2019-6M|GRADE|AU|3.4");
        // a table's row in grammes per tonne
        assertThat(figuresOf("Kestrel Gold Q2 2019 production at the Osprey mine\n\tQ2 2019\tQ1 2019\nOre milled (tonnes)\t120,000\t118,000\n"
                + "Head grade (grammes per tonne)\t2.4\t2.2\n")).contains("Osprey|2019-Q2|GRADE|AU|2.4", "Osprey|2019-Q1|GRADE|AU|2.2");
    }

    @Test
    void ordinary_wording_beside_the_twentieths_rules_reads_as_it_did() {
        // a review's made-up probes of the rules made from the twentieth gathering: each read wrongly by a first form of a rule
        // the ore a base metal came from is ore milled, not the metal's level compared with ("metal from")
        assertThat(figuresOf("TORONTO, January 20, 2020 - Kestrel Mining reports 2019 production.\nIn 2019 the Osprey mine produced 12,000 tonnes of "
                + "copper metal from 1,200,000 tonnes of ore.\n")).contains("Osprey|2019-FY|TONNES_MILLED|null|1200000");
        assertThat(figuresOf("TORONTO, July 20, 2018 - Kestrel Mining reports second quarter 2018 production.\nDuring the quarter the Osprey mine produced "
                + "5,800 tonnes of zinc metal from 95,000 tonnes of ore milled.\n")).contains("Osprey|2018-Q2|TONNES_MILLED|null|95000");
        // a release dated the last day of a quarter that names its own quarter is of that quarter, whatever later quarter it mentions
        assertThat(figuresOf("TORONTO, March 31, 2020 - Kestrel Gold Inc. reports fourth quarter 2019 results for the Osprey mine.\n"
                + "Operations at Osprey were unaffected in the first quarter.\nThe Osprey mine produced 30,000 ounces of gold in the quarter.\n"))
                .containsExactly("Osprey|2019-Q4|PRODUCTION|AU|30000");
        assertThat(figuresOf("TORONTO, September 30, 2021 - Kestrel Gold Inc. reports second quarter 2021 results for the Osprey mine.\n"
                + "Development continued in the third quarter.\nThe Osprey mine produced 19,000 ounces of gold in the quarter.\n"))
                .containsExactly("Osprey|2021-Q2|PRODUCTION|AU|19000");
    }

    @Test
    void the_six_months_to_june_30_without_its_year_in_a_dated_story() {
        // "in the six months to June 30" (British "to" for "ended") in a story of 26 September 2019: the first half of 2019, as
        // "the six months ended June 30" is (China Nonferrous Gold, the twentieth gathering)
        String story = "26th Sep 2019 13:16\n(Alliance News) - Kestrel Gold Ltd said its Osprey mine became fully operational in the first half and "
                + "300,000 tonnes of ore was extracted in the six months to June 30. The firm added that it processed 309,600 tonnes at an average grade "
                + "of 2.1 grams per tonne.\n";
        assertThat(figuresOf(story)).containsExactlyInAnyOrder("Osprey|2019-6M|TONNES_MILLED|null|309600", "Osprey|2019-6M|GRADE|AU|2.1");
    }

    @Test
    void a_peak_rate_or_one_days_figure_is_no_periods_average() {
        // "Based on a peak mill throughput of 897 t/d recorded on March 19" (Pure Gold, the first quarter of 2021): the highest
        // a day reached, not the quarter's throughput; "a maximum of" the same
        assertThat(figuresOf("Kestrel Gold first quarter 2021 update at the Osprey mine\nBased on a peak mill throughput of 897 t/d recorded on March 19, "
                + "the company is now looking at commercial production.\n")).noneMatch(f -> f.contains("TPD"));
        assertThat(figuresOf("Kestrel Gold first quarter 2021 update at the Osprey mine\nThe Osprey mill reached a maximum of 1,150 tonnes per day "
                + "during the quarter.\n")).noneMatch(f -> f.contains("TPD"));
        assertThat(figuresOf("Kestrel Gold first quarter 2021 update at the Osprey mine\nThe Osprey mill processed 1,150 tonnes per day on March 19.\n"))
                .noneMatch(f -> f.contains("TPD"));
        // a quarter's average beside a peak is read, and a record quarter is a quarter's
        assertThat(figuresOf("Kestrel Gold first quarter 2021 update at the Osprey mine\nThe Osprey mill averaged 850 tonnes per day in the quarter, "
                + "with a peak of 1,150 tonnes per day in March.\n")).containsExactly("Osprey|2021-Q1|TPD|null|850");
        assertThat(figuresOf("Kestrel Gold first quarter 2021 update at the Osprey mine\nThe Osprey mill achieved record throughput of 950 tonnes per day "
                + "in the quarter.\n")).containsExactly("Osprey|2021-Q1|TPD|null|950");
    }

    @Test
    void a_rate_a_future_verb_leads_to_is_no_periods_figure() {
        // "lo que permitir\u00e1 un aumento gradual en la tasa de procesamiento hasta alcanzar las 15,000 toneladas por d\u00eda" (El Brocal,
        // 2024): the rate a restart is to reach, not the quarter's; in English "will allow ... to reach" the same
        assertThat(figuresOf("Kestrel Minera reporta su producci\u00f3n del segundo trimestre de 2024 en la mina Osprey\nAl retornar al trabajo, Osprey acumul\u00f3 "
                + "aproximadamente 220,000 toneladas de mineral de cobre, lo que permitir\u00e1 un aumento gradual en la tasa de procesamiento hasta alcanzar "
                + "las 15,000 toneladas por d\u00eda.\n")).noneMatch(f -> f.contains("TPD"));
        assertThat(figuresOf("Kestrel Mining second quarter 2024 production at the Osprey mine\nThe restart will allow a gradual increase in the processing "
                + "rate to reach 15,000 tonnes per day.\n")).noneMatch(f -> f.contains("TPD"));
        // what was done still reads: a past "hasta alcanzar", and a future clause after the figure
        assertThat(figuresOf("Kestrel Minera reporta su producci\u00f3n del segundo trimestre de 2024 en la mina Osprey\nLa planta de Osprey aument\u00f3 su "
                + "tratamiento hasta alcanzar 14,500 toneladas por d\u00eda en el trimestre.\n")).containsExactly("Osprey|2024-Q2|TPD|null|14500");
        assertThat(figuresOf("Kestrel Mining second quarter 2024 production at the Osprey mine\nThe Osprey mill processed 14,500 tonnes per day in the quarter, "
                + "which will rise once the new crusher is commissioned.\n")).containsExactly("Osprey|2024-Q2|TPD|null|14500");
    }

    @Test
    void a_span_of_days_that_is_no_calendar_period_gives_no_figure() {
        // "produced 63,020 ounces of gold during the 14-week period from 25 August 2007 to 31 December 2007" (Norton Gold Fields'
        // Paddington, told in a View Resources story): no quarter of ours, though it ends on a quarter's last day
        assertThat(figuresOf("Kestrel Gold December 2007 quarter\nKestrel has revealed that its Osprey Gold Mine in Kalgoorlie produced 63,020 ounces "
                + "of gold during the 14-week period from 25 August 2007 to 31 December 2007.\n")).isEmpty();
        assertThat(figuresOf("Kestrel Gold December 2007 quarter\nThe Osprey mine produced 63,020 ounces of gold in the period from August 25, 2007 "
                + "to December 31, 2007.\n")).isEmpty();
        // a span that is a quarter is that quarter
        assertThat(figuresOf("Kestrel Gold December 2007 quarter\nThe Osprey mine produced 20,000 ounces of gold in the period from 1 October 2007 "
                + "to 31 December 2007.\n")).containsExactly("Osprey|2007-Q4|PRODUCTION|AU|20000");
    }

    @Test
    void a_quarter_hyphenated_to_its_ordinal_before_its_year() {
        // "The TSX-V-listed miner reported fourth-quarter 2025 gold production of 68 480 oz" (a Mining Weekly story on Artemis
        // Gold, the twenty-first gathering): the fourth quarter of 2025, as "fourth quarter 2025" is, not the year
        assertThat(figuresOf("Kestrel caps inaugural year with record Q4 output\nThe miner reported fourth-quarter 2025 gold production of 68,480 oz "
                + "from its Osprey mine.\n")).containsExactly("Osprey|2025-Q4|PRODUCTION|AU|68480");
        assertThat(figuresOf("Kestrel Gold update\nThe Osprey mine produced 41,200 oz of gold in the third-quarter of 2024.\n"))
                .containsExactly("Osprey|2024-Q3|PRODUCTION|AU|41200");
    }

    @Test
    void a_years_figure_a_change_went_to_is_the_years() {
        // "reported fourth-quarter 2025 gold production of 68 480 oz, ..., lifting full-year production to 192 808 oz" (Artemis
        // Gold): the year's figure, as "full-year production was" is, though the change's verb stands between
        assertThat(figuresOf("Kestrel caps inaugural year with record Q4 output\nThe miner reported fourth-quarter 2025 gold production of 68,480 oz "
                + "from its Osprey mine, a 12% increase on the previous quarter, lifting full-year production to 192,808 oz.\n"))
                .containsExactlyInAnyOrder("Osprey|2025-Q4|PRODUCTION|AU|68480", "Osprey|2025-FY|PRODUCTION|AU|192808");
        assertThat(figuresOf("Kestrel Gold fourth quarter 2025 results at the Osprey mine\nFull-year gold production rose to 192,808 oz.\n"))
                .containsExactly("Osprey|2025-FY|PRODUCTION|AU|192808");
        // in another quarter's release a year is not over: no figure of ours
        assertThat(figuresOf("Kestrel Gold second quarter 2025 results at the Osprey mine\nFull-year gold production rose to 92,808 oz.\n")).isEmpty();
    }

    @Test
    void a_figure_measured_against_its_design_is_still_a_figure() {
        // "Average throughput for the quarter was 15 466 t/d, or 94% of design capacity" (Artemis Gold Q4 2025): the quarter's
        // rate, the share of the design its comparison; a sentence about the design itself is still none
        assertThat(figuresOf("Kestrel Gold fourth quarter 2025 results at the Osprey mine\nAverage throughput for the quarter was 15,466 t/d, "
                + "or 94% of design capacity.\n")).containsExactly("Osprey|2025-Q4|TPD|null|15466");
        assertThat(figuresOf("Kestrel Gold fourth quarter 2025 results at the Osprey mine\nThe mill processed 1,390,000 tonnes (101% of nameplate) "
                + "in the quarter.\n")).containsExactly("Osprey|2025-Q4|TONNES_MILLED|null|1390000");
        assertThat(figuresOf("Kestrel Gold fourth quarter 2025 results at the Osprey mine\nThe expansion will lift design capacity to 20,000 t/d.\n")).isEmpty();
    }

    @Test
    void an_issuer_named_before_its_tickers_written_symbol_first() {
        // "Lion One Metals [LIO-TSXV, LOMLF-OTCQX, LLO-ASX] said ..." (a Resource World story, the twenty-first gathering): the
        // company before its tickers, not the chairman quoted further on
        ReleaseIssuer issuer = ReleaseParser.issuerOf("Share this article\n\nKestrel Gold Metals [KES-TSXV, KESGF-OTCQX, KGM-ASX] said the second quarter "
                + "of 2024 was a milestone for its Osprey project.\n\n\u201cThis quarter represents a milestone,\u2019\u2019 said Kestrel Chairman and CEO "
                + "Walter Brightwater.\n").orElseThrow();
        assertThat(issuer.name()).isEqualTo("Kestrel Gold Metals");
        assertThat(issuer.tickers()).containsExactly("TSXV: KES", "OTCQX: KESGF", "ASX: KGM");
        // a figure with a hyphen before an exchange's letters is no ticker
        assertThat(ReleaseParser.issuerOf("Kestrel Gold Corp. (TSX: KES) reports production.\nThe plant ran at 95-TSX levels.\n").orElseThrow().tickers())
                .containsExactly("TSX: KES");
    }

    @Test
    void a_calendar_quarter_or_year_marked_cy() {
        // "Q4 CY2024 / Q3 CY2024" over a table of one cell a line (Lion One Metals, whose financial year ends in June): calendar
        // quarters, as "Q4 2024" is
        assertThat(figuresOf("Kestrel Gold reports production from the Osprey Gold Mine for Q4 CY2024.\n\nTable 1. Quarterly Production\n\n\n\nQ4 CY2024\n\n"
                + "Q3 CY2024\n\nGold grade\n\ng/t\n\n5.49\n\n4.59\n\nGold produced\n\noz\n\n4,300\n\n3,638\n"))
                .contains("Osprey|2024-Q4|GRADE|AU|5.49", "Osprey|2024-Q3|GRADE|AU|4.59", "Osprey|2024-Q4|PRODUCTION|AU|4300", "Osprey|2024-Q3|PRODUCTION|AU|3638");
        assertThat(figuresOf("Kestrel Gold CY2024 results at the Osprey mine\nThe Osprey mine produced 14,300 oz of gold in CY2024.\n"))
                .containsExactly("Osprey|2024-FY|PRODUCTION|AU|14300");
        // "(CY19 production of 384,731oz)": the year by its two digits (before: the release's quarter's)
        assertThat(figuresOf("Kestrel Gold reports on the Osprey mine for the December 2020 quarter.\nThe Osprey mine produced 14,300 oz of gold in the quarter (CY19 production of 84,731oz).\n"))
                .contains("Osprey|2019-FY|PRODUCTION|AU|84731").noneMatch(f -> f.endsWith("|84731") && !f.contains("|2019-FY|"));
    }

    @Test
    void a_story_of_a_year_its_total_after_production_for_the_year_and_its_fourth_quarter_by_the_companys_name() {
        // "Dayton sees red in 2000" (a Northern Miner story, the twenty-first gathering): "During the fourth quarter, Dayton produced
        // 23,283 oz. gold and 81,986 oz. silver ..., compared with year-earlier output of 29,507 oz. gold ... Production for 2000
        // totalled 121,734 oz. gold ..., compared with 1999 output of 134,995 oz. gold": a story of 2000, not of the year compared
        // with; its fourth quarter named without its year, the company its subject, both figures listed after the verb
        assertThat(figuresOf("Kestrel sees red in 2000\n\nVancouver \u2014 Kestrel Mining posted a loss of US$31.4 million for 2000.\n\n"
                + "During the fourth quarter, Kestrel produced 23,283 oz. gold and 81,986 oz. silver at a cash cost of US$261 per oz. Production "
                + "for 2000 totalled 121,734 oz. gold and 307,226 oz. silver at a cash cost of US$273 per oz. gold, compared with 1999 output of "
                + "134,995 oz. gold at US$204 per oz.\n")).contains("null|2000-Q4|PRODUCTION|AU|23283", "null|2000-Q4|PRODUCTION|AG|81986",
                "null|2000-FY|PRODUCTION|AU|121734", "null|2000-FY|PRODUCTION|AG|307226").noneMatch(f -> f.contains("1999-FY|PRODUCTION|AU|23283"));
    }

    @Test
    void a_quarter_named_without_its_year_that_ends_the_span_the_story_names_and_their_year_ago_levels() {
        // "During the third quarter, Campbell cranked out 10,790 oz. gold from Santa Gertrudis ..., compared with 12,710 oz. ... in the
        // corresponding period in 1996. ... For the first nine months of 1997, the mine yielded 28,560 oz., compared with 44,150 oz.
        // in the year-ago period." (a Northern Miner story, the twenty-first gathering): the third quarter of 1997, which ends the
        // nine months named; each level compared with a year before its own span
        String story = "Kestrel Resources is suspending operations at its Osprey mine in Sonora state, Mexico.\n"
                + "During the third quarter, Kestrel cranked out 10,790 oz. gold from Osprey, compared with 12,710 oz. in the corresponding period in 1996.\n"
                + "For the first nine months of 1997, the mine yielded 28,560 oz., compared with 44,150 oz. in the year-ago period.\n";
        assertThat(figuresOf(story)).containsExactlyInAnyOrder("Osprey|1997-Q3|PRODUCTION|AU|10790", "Osprey|1996-Q3|PRODUCTION|AU|12710",
                "Osprey|1997-9M|PRODUCTION|AU|28560", "Osprey|1996-9M|PRODUCTION|AU|44150");
        // a span that opens a sentence is still its own figure's, and a quarter that does not end it places nothing
        assertThat(figuresOf("Kestrel Resources third quarter 1997 results at the Osprey mine\nFrom January to September, the Osprey mine milled "
                + "104,270 tonnes.\n")).containsExactly("Osprey|1997-9M|TONNES_MILLED|null|104270");
    }

    @Test
    void what_was_done_told_before_the_turn_to_a_plan_and_past_an_aside_about_the_mine() {
        // "Andacollo, which began commercial production in 1996, produced 25,076 ounces of gold at a cash operating cost of $226 per
        // ounce for the quarter ended September 30, 1998 and is on target to produce more than 91,000 ounces of gold this year" (a
        // Reuters story on Dayton Mining, the twenty-first gathering): the quarter's production, the plan after it guidance
        ParsedRelease read = new ReleaseParser().parse("DENVER, Oct 7 (Reuters) - Kestrel Mining Corp. announced on Wednesday that its Osprey gold mine "
                + "chalked up record gold production in the third quarter.\nOsprey, which began commercial production in 1996, produced 25,076 ounces of gold at a "
                + "cash operating cost of $226 per ounce for the quarter ended September 30, 1998 and is on target to produce more than 91,000 ounces "
                + "of gold this year.\n");
        assertThat(read.figures()).extracting(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.figure().value().toPlainString())
                .containsExactly("Osprey|1998-Q3|PRODUCTION|25076");
        assertThat(read.guidance()).extracting(g -> g.year() + "|" + g.low().value().toPlainString()).containsExactly("1998|91000");
        // a plan before the turn is still no production
        assertThat(figuresOf("Kestrel Mining third quarter 1998 results at the Osprey mine\nOsprey expects to produce 30,000 ounces of gold in the "
                + "fourth quarter and is on target to produce more than 91,000 ounces of gold this year.\n")).isEmpty();
    }

    @Test
    void a_base_metals_metric_tons_restated_in_pounds_before_the_metal() {
        // "its Red Dog mine produced 145,000 metric tons (319.7 million pounds) of zinc and 25,400 metric tons (55.8 million lb) of lead
        // during the first quarter" (North of 60 Mining News on Teck): each metal's tonnes as printed first, the pounds their
        // restatement; "metric tons" are tonnes even in a text of US short tons
        assertThat(figuresOf("Kestrel Resources first quarter 2024 production\nKestrel Resources Ltd. April 25 reported that its Osprey mine produced 145,000 "
                + "metric tons (319.7 million pounds) of zinc and 25,400 metric tons (55.8 million lb) of lead during the first quarter, which puts the "
                + "operation on pace to come in at the upper end of the company's annual production projections.\n"))
                .containsExactlyInAnyOrder("Osprey|2024-Q1|PRODUCTION|ZN|319670279.9", "Osprey|2024-Q1|PRODUCTION|PB|55997414.548");
        assertThat(figuresOf("Kestrel Resources first quarter 2024 production\nThe Osprey mill processed 1.13 million metric tons of ore during the "
                + "first quarter, while the Falcon mill processed 20,000 tons of ore grading 0.5 oz/ton gold.\n"))
                .contains("Osprey|2024-Q1|TONNES_MILLED|null|1130000");
    }

    @Test
    void a_list_of_metals_masses_ending_with_its_span_in_a_region_named_by_its_direction() {
        // "its Red Dog mine in Northwest Alaska produced 284,700 metric tons (627.6 million pounds) of zinc and 54,300 metric tons
        // (119.7million lb) of lead over the first six months of 2024, which puts the Northwest Alaska operation on pace to hit the upper
        // end of the metals production guidance" (North of 60 Mining News on Teck): the half year's, both; the mine, not the region
        assertThat(figuresOf("Kestrel Resources second quarter 2024 production\nKestrel Resources Ltd. July 23 reported that its Osprey mine in Northwest "
                + "Alaska produced 284,700 metric tons (627.6 million pounds) of zinc and 54,300 metric tons (119.7million lb) of lead over the first six "
                + "months of 2024, which puts the Northwest Alaska operation on pace to hit the upper end of the metals production guidance.\n"))
                .containsExactlyInAnyOrder("Osprey|2024-6M|PRODUCTION|ZN|627656059.914", "Osprey|2024-6M|PRODUCTION|PB|119711008.266");
    }

    @Test
    void results_for_the_year_ended_a_day_and_a_first_half_without_its_year_in_a_dated_story() {
        // "Frontier Mining Ltd ... today announces its final results for the year ended 31 December 2012" over bullets of the year
        // (the twenty-first gathering): a release of 2012
        assertThat(figuresOf("Kestrel Mining Ltd announces its final results for the year ended 31 December 2012.\nHighlights\n- 292,200 tonnes of ore "
                + "processed at the Osprey mine\n")).containsExactly("Osprey|2012-FY|TONNES_MILLED|null|292200");
        // ("date 2022-08-08 Xtra-Gold produces 1098oz of gold in H1"): the first half of the year it is dated in
        assertThat(figuresOf("August 8, 2022 - Kestrel produced 1,098 ounces of gold in the first half of the year from its Osprey mine in Ghana.\n"))
                .containsExactly("Osprey|2022-6M|PRODUCTION|AU|1098");
        // the first half of a month is no half year ("increased from 4.1 g/t Au in the first half of March", Apex Minerals)
        assertThat(figuresOf("Thursday, April 02, 2009\nKestrel Minerals lifts gold production at its Osprey mine\nThe average grade of ore treated "
                + "increased from 4.1 g/t Au in the first half of March to 4.9g/t Au in the second half of March.\n")).noneMatch(f -> f.contains("6M"));
        // a year ended named beside the release's own quarter leaves the quarter the release's
        assertThat(figuresOf("Kestrel Mining reports production for the third quarter of 2012, its best since the year ended 31 December 2010.\n"
                + "The Osprey mine produced 5,000 ounces of gold in the quarter.\n")).containsExactly("Osprey|2012-Q3|PRODUCTION|AU|5000");
    }

    @Test
    void ordinary_wording_beside_the_twenty_firsts_rules_reads_as_it_did() {
        // a review's made-up probes of the rules made from the twenty-first gathering: each read wrongly by a first form of a rule
        // "peak" not the figure's own: the quarter's tonnes
        assertThat(figuresOf("Harbour Metals Reports Third Quarter 2023 Results\nThroughput at the Ridgeback mill returned to peak levels and the mill "
                + "processed 1.32 million tonnes in the third quarter of 2023.\n")).containsExactly("Ridgeback|2023-Q3|TONNES_MILLED|null|1320000");
        // a day a report came out, or the day a quarter finished, is no one day's figure
        assertThat(figuresOf("Boreal Gold Reports First Quarter 2024 Production\nThe Kestrel mine produced 31,200 ounces of gold as reported on April 12 "
                + "in the first quarter of 2024 preliminary results.\n")).containsExactly("Kestrel|2024-Q1|PRODUCTION|AU|31200");
        assertThat(figuresOf("Boreal Gold Reports Second Quarter 2024 Production\nThe Kestrel mine produced 29,800 ounces of gold in the quarter that "
                + "finished on June 30, 2024.\n")).containsExactly("Kestrel|2024-Q2|PRODUCTION|AU|29800");
        // a plan in an aside about the mine, the figure's own verb after it; a state's name ending in "r\u00e1"
        assertThat(figuresOf("Northcrest Mining Reports Q2 2023 Production\nGold output at Ironwood, where a second ball mill will be installed next "
                + "year was 40,150 ounces in Q2 2023.\n")).containsExactly("Ironwood|2023-Q2|PRODUCTION|AU|40150");
        assertThat(figuresOf("Northcrest Mining Reports Q2 2023 Production\nGold production at Ironwood, which will be detailed in the MD&A due in "
                + "August was 40,150 ounces in Q2 2023.\n")).containsExactly("Ironwood|2023-Q2|PRODUCTION|AU|40150");
        assertThat(figuresOf("Minera\u00e7\u00e3o Aurora Relata Produ\u00e7\u00e3o do Segundo Trimestre de 2023\nA produ\u00e7\u00e3o de ouro na mina Tocantinzinho no "
                + "Par\u00e1 foi de 28.400 on\u00e7as no segundo trimestre de 2023.\n")).containsExactly("Tocantinzinho|2023-Q2|PRODUCTION|AU|28400");
        // a shutdown's days or a maintenance's weeks are no span the figures are of
        assertThat(figuresOf("Tasman Gold Reports June 2023 Quarter Production\nThe Waratah mill processed 410,000 tonnes in the June 2023 quarter "
                + "despite a shutdown from May 3 to May 17.\n")).containsExactly("Waratah|2023-Q2|TONNES_MILLED|null|410000");
        assertThat(figuresOf("Tasman Gold Reports June 2023 Quarter Production\nThe Waratah mill processed 410,000 tonnes in the June 2023 quarter, "
                + "despite a 2-week period of maintenance in May.\n")).containsExactly("Waratah|2023-Q2|TONNES_MILLED|null|410000");
        // the year-ago level of the quarter named last, not of the half named before it
        assertThat(figuresOf("Campbell Hill Resources Second Quarter 2023 Report\nGold production at Joe Lake for the six months ended June 30, 2023 was "
                + "80,100 ounces, and second-quarter production was 42,300 ounces, compared with 38,900 ounces in the year-ago period.\n"))
                .contains("Joe Lake|2022-Q2|PRODUCTION|AU|38900").doesNotContain("Joe Lake|2022-6M|PRODUCTION|AU|38900");
        // an aside that dates the figure is no event's
        assertThat(figuresOf("Granite Ridge Mining Reports Fourth Quarter 2023 Results\nGold production at Ember, which increased every quarter in 2023, "
                + "reached 180,400 ounces.\n")).containsExactly("Ember|2023-FY|PRODUCTION|AU|180400");
        // the preceding quarter's level, listed before the corresponding quarter's
        assertThat(figuresOf("Breakwater Zinc Reports Second Quarter 2023 Production\nThe Bouchard mine produced 14,200 tonnes of zinc in the second "
                + "quarter of 2023, up from 12,800 tonnes in the preceding quarter and 11,900 tonnes in the corresponding quarter.\n"))
                .contains("Bouchard|2023-Q1|PRODUCTION|ZN|28219169.536").doesNotContain("Bouchard|2022-Q2|PRODUCTION|ZN|28219169.536");
    }

    @Test
    void a_spanish_span_to_date_without_its_year_and_a_share_of_the_years_target_reached() {
        // " date 2025-09-04 ... comentó a Gestión que -al cierre de junio- la compañía alcanzó una producción de 42,000 onzas de oro,
        // cifra que representa más del 50% de la meta anual" (Summa Gold, the twentieth gathering): the first half of 2025, what was
        // done; the share of the target says how much of the plan was done, it states none
        String story = " date 2025-09-04 En el marco del Perumin 37, el gerente general de Kestrel Gold coment\u00f3 que -al cierre de junio- la compa\u00f1\u00eda "
                + "alcanz\u00f3 una producci\u00f3n de 42,000 onzas de oro, cifra que representa m\u00e1s del 50% de la meta anual.\n\nCon el horizonte de operar la "
                + "mina Osprey hasta 2037, la minera peruana Kestrel Gold ya ha comenzado a evaluar adquisiciones.\n";
        assertThat(figuresOf(story)).containsExactly("Osprey|2025-6M|PRODUCTION|AU|42000");
        // "Kestrel Gold ya ha comenzado": the Spanish "y" opens no word of a name
        assertThat(ReleaseParser.issuerOf(story).map(ReleaseIssuer::name)).contains("Kestrel Gold");
        // the same share in English, beside a quarter's production
        assertThat(figuresOf("Kestrel Gold second quarter 2025 results at the Osprey mine\nThe Osprey mine produced 42,000 ounces of gold in the quarter, "
                + "representing 52% of annual guidance.\n")).containsExactly("Osprey|2025-Q2|PRODUCTION|AU|42000");
    }

    @Test
    void a_rolling_span_gives_no_periods_figure_and_a_cause_after_a_comparison_is_the_periods() {
        // "Significant increase in gold recovery to 68% over the past six [months]" (Goldstone Resources): no calendar period
        assertThat(figuresOf("Kestrel Gold half year 2024 results at the Osprey mine\nSignificant increase in gold recovery to 68% over the past six months.\n"))
                .isEmpty();
        assertThat(figuresOf("Kestrel Gold second quarter 2024 results at the Osprey mine\nThe Osprey mine produced 9,000 ounces of gold in the quarter, "
                + "the best in the last three quarters.\n")).containsExactly("Osprey|2024-Q2|PRODUCTION|AU|9000");
        // "Gold production in the quarter was reduced, compared to both Q3 2011 and the comparable period in 2010, due to both a
        // lower average recovery rate of 62% and lower tonnage throughput" (Peninsular Gold's Raub): the quarter's recovery
        assertThat(figuresOf("Kestrel Gold fourth quarter 2011 results at the Osprey mine\nThe Osprey CIL Plant processed 243,337 tonnes during the fourth "
                + "quarter of 2011.\nGold production in the quarter was reduced, compared to both Q3 2011 and the comparable period in 2010, due to both a "
                + "lower average recovery rate of 62% and lower tonnage throughput.\n")).contains("Osprey|2011-Q4|RECOVERY|AU|62");
    }

    @Test
    void ordinary_wording_beside_the_twenty_firsts_later_rules_reads_as_it_did() {
        // a second review's made-up probes of the year ended, the first half without its year, the Spanish spans, the share of a
        // plan and the rolling span: each read wrongly by a first form of a rule
        // a year ended compared with, or a quarter's story's running total, is no release's year
        assertThat(figuresOf("TORONTO, February 20, 2013 - Atlas Copper Corp. reported production for the quarter. Copper production at the Cerro Azul "
                + "mine was 12.4 million pounds, compared with 10.1 million pounds for the year ended December 31, 2011 average quarter.\n"))
                .noneMatch(f -> f.contains("2011-FY"));
        assertThat(figuresOf("TORONTO, February 20, 2013 - Atlas Copper Corp. produced 12.4 million pounds of copper at Cerro Azul in the quarter, bringing "
                + "total production for the year ended December 31, 2012 to 47.9 million pounds.\n")).noneMatch(f -> f.contains("2012-FY|PRODUCTION|CU|12400000"));
        // a year's results with its first half told: the first half's figure is no year's
        assertThat(figuresOf("LONDON, 14 March 2013 - Caspian Gold plc announces final results for the year ended 31 December 2012. Akbulak produced 19,400 "
                + "ounces of gold in the first half of the year and 22,750 ounces in the second half.\n")).noneMatch(f -> f.contains("2012-FY|PRODUCTION|AU|19400"));
        // a first half of a year that ends in June is no calendar half
        assertThat(figuresOf("PERTH, 20 August 2013 - Southern Cross Gold Ltd reports results for the year ended 30 June 2013. Marvel Loch produced 47,000 "
                + "ounces of gold in the first half and 49,300 ounces in the second half.\n")).isEmpty();
        assertThat(figuresOf("PERTH, 28 January 2024 - Boulder Gold Ltd, whose financial year ends 30 June, produced 64,000 ounces of gold at Kalgoorlie in H1.\n"))
                .isEmpty();
        // the last six months beside the half year named, or in a half year's release, are that half
        assertThat(figuresOf("TORONTO, July 20, 2022 - Maple Gold Mines Ltd. produced 48,200 ounces of gold at Red Lake in the first half of 2022, as "
                + "throughput over the past six months rose steadily.\n")).containsExactly("Red Lake|2022-6M|PRODUCTION|AU|48200");
        assertThat(figuresOf("TORONTO, July 20, 2022 - Maple Gold Mines Ltd. reports first half 2022 production. Red Lake produced 48,200 ounces of gold in "
                + "the last six months, the first half of 2022.\n")).containsExactly("Red Lake|2022-6M|PRODUCTION|AU|48200");
        // "entre enero y setiembre del año pasado" is last year's span, no release's own
        assertThat(new ReleaseParser().parse("LIMA, 15 de octubre de 2025 - Minera Andina S.A.A. record\u00f3 que entre enero y setiembre del a\u00f1o pasado "
                + "Orcopampa produjo 60,000 onzas de oro.\n").period()).isNotEqualTo(ReportingPeriod.parse("2025-9M"));
        // a share of a plan stated with its figures: the production before it read, the plan kept, and the production no plan
        assertThat(figuresOf("LIMA, 15 de julio de 2025 - Minera Andina S.A.A. produjo 42,000 onzas de oro en Orcopampa en el primer semestre de 2025, cifra "
                + "que representa m\u00e1s del 50% de la meta anual de 80,000 onzas.\n")).containsExactly("Orcopampa|2025-6M|PRODUCTION|AU|42000");
        assertThat(guidanceOf("LIMA, 15 de julio de 2025 - Minera Andina S.A.A. produjo 42,000 onzas de oro en Orcopampa en el primer semestre de 2025, cifra "
                + "que representa m\u00e1s del 50% de la meta anual de 80,000 onzas.\n")).containsExactly("2025|null|AU|80000-80000|false");
    }

    @Test
    void a_year_totalled_in_a_quarters_release_and_a_spanish_cause_after_a_comparison() {
        // a review's probes wrong before the session's rules too: "Production for 2023 totalled" is 2023's ("to" in "totalled"
        // was read as a span's "to"), and ", debido a una ley de 6.1 g/t" the quarter reported's grade, not the one compared with
        assertThat(figuresOf("Dayton Ridge Mining Reports First Quarter 2024 Production\nProduction for 2023 totalled 121,700 ounces of gold at the Andes mine.\n"))
                .containsExactly("Andes|2023-FY|PRODUCTION|AU|121700");
        assertThat(figuresOf("LIMA, 20 de octubre de 2024 - Minera Andina S.A.A. produjo 28,000 onzas de oro en Orcopampa en el tercer trimestre de 2024, "
                + "frente a 25,000 onzas en el tercer trimestre de 2023, debido a una ley de 6.1 g/t.\n")).contains("Orcopampa|2024-Q3|GRADE|AU|6.1");
    }

    @Test
    void a_regions_direction_left_alone_names_no_mine() {
        // "The Northeast Nevada operations produced 51,000 ounces" (a review's probe): "Northeast" is what is left of a region once
        // its place is taken off, no mine; said, not read. A mine whose name opens with a direction is still one
        ParsedRelease read = new ReleaseParser().parse("Great Basin Gold Reports Q2 2024 Production\nThe Northeast Nevada operations produced 51,000 "
                + "ounces of gold in the second quarter of 2024.\n");
        assertThat(read.figures()).isEmpty();
        assertThat(read.warnings()).extracting(Sentence::key).contains("figure-of-no-mine");
        assertThat(figuresOf("Kestrel Gold Reports Q2 2024 Production\nThe North Mara mine produced 51,000 ounces of gold in the second quarter of 2024.\n"))
                .containsExactly("North Mara|2024-Q2|PRODUCTION|AU|51000");
    }

    @Test
    void a_span_named_with_its_year_after_a_compared_figure_is_the_comparisons() {
        // "produced 48,200 ounces at Red Lake in the first half, compared with 44,000 ounces in the first half of 2021" in a story
        // of August 2022 (a review's probe): 2021's half is the one compared with; the story's is the first half before its date
        assertThat(figuresOf("TORONTO, August 8, 2022 - Maple Gold Mines Ltd. produced 48,200 ounces at Red Lake in the first half, compared with 44,000 "
                + "ounces in the first half of 2021.\n")).containsExactlyInAnyOrder("Red Lake|2022-6M|PRODUCTION|AU|48200", "Red Lake|2021-6M|PRODUCTION|AU|44000");
    }

    @Test
    void the_issuers_own_project_named_with_its_possessive_is_where_its_production_came_from() {
        // "Apex Mining's Maco Gold Project" in a story of Apex Mining: the issuer's own project, as "its Maco Gold Project" is,
        // where "the operation's" gold came from; another company's project named so is not the issuer's
        String story = "Kestrel Mining's Lobo Gold Project in Mindanao set a daily record in June.\nThe operation's gold production grew by 31% "
                + "to 26,577 ounces in the second quarter of 2016.\n";
        assertThat(figuresOf("Kestrel Mining Reports Second Quarter 2016 Production\n" + story)).containsExactly("Lobo|2016-Q2|PRODUCTION|AU|26577");
        assertThat(figuresOf("Falcon Resources Reports Second Quarter 2016 Production\n" + story)).doesNotContain("Lobo|2016-Q2|PRODUCTION|AU|26577");
    }

    @Test
    void a_quarter_named_by_its_last_month_of_its_year_is_that_quarter() {
        // "in the June quarter of 2016": the quarter that ended in June 2016, as "the June quarter 2016" is (found while
        // writing the case above: the "of" left it a quarter without its year, in a text that gave none)
        assertThat(figuresOf("Kestrel Mining Reports Quarterly Production\nThe Lobo mine produced 26,577 ounces of gold in the June quarter of 2016.\n"))
                .containsExactly("Lobo|2016-Q2|PRODUCTION|AU|26577");
        assertThat(figuresOf("Kestrel Mining Reports Quarterly Production\nThe Lobo mine produced 26,577 ounces of gold in the June quarter 2016.\n"))
                .containsExactly("Lobo|2016-Q2|PRODUCTION|AU|26577");
    }

    @Test
    void spans_over_their_years_and_the_changes_between_them() {
        // "Three months ended June 30 | Six months ended June 30" over "2013 2012 change 2013 2012 change", cells parted by runs of
        // spaces: each year its span's, the change columns no period's (before: nothing read, and with pipes the years read as
        // full years, 2013's a plan's)
        String header = "Osprey Mining reports production for the second quarter of 2013 at its Pampalo gold mine.\n\n"
                + "                         Three months ended June 30          Six months ended June 30\n";
        List<String> expected = List.of("Pampalo|2013-Q2|TONNES_MILLED|null|80939", "Pampalo|2012-Q2|TONNES_MILLED|null|64730",
                "Pampalo|2013-6M|TONNES_MILLED|null|139795", "Pampalo|2012-6M|TONNES_MILLED|null|126326",
                "Pampalo|2013-Q2|GRADE|AU|2.3", "Pampalo|2012-Q2|GRADE|AU|4.4", "Pampalo|2013-6M|GRADE|AU|2.8", "Pampalo|2012-6M|GRADE|AU|3.8");
        assertThat(figuresOf(header
                + "                         2013    2012   change     2013    2012   change\n"
                + "Ore processed (tonnes)   80,939  64,730  16,209   139,795 126,326 13,469\n"
                + "Head grade (g/t)         2.3     4.4     -2.1     2.8     3.8     -1.0\n")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(figuresOf("Osprey Mining reports production for the second quarter of 2013 at its Pampalo gold mine.\n\n"
                + "| | Three months ended June 30 | Six months ended June 30 |\n| | 2013 | 2012 | % change | 2013 | 2012 | % change |\n"
                + "| Ore processed (tonnes) | 80,939 | 64,730 | 25 | 139,795 | 126,326 | 11 |\n| Head grade (g/t) | 2.3 | 4.4 | -48 | 2.8 | 3.8 | -26 |\n"))
                .containsExactlyInAnyOrderElementsOf(expected);
        // the same without change columns: the six months were read as the quarter's (the first span given every year)
        assertThat(figuresOf(header
                + "                         2013    2012     2013    2012\n"
                + "Ore processed (tonnes)   80,939  64,730   139,795 126,326\n"
                + "Head grade (g/t)         2.3     4.4      2.8     3.8\n")).containsExactlyInAnyOrderElementsOf(expected);
        // words of one period each parted by single spaces, after a caption ("Key figures Q2 H1"), over years and changes
        assertThat(figuresOf("Osprey Mining reports production for the second quarter of 2013 at its Pampalo gold mine.\n\n"
                + "Key figures Q2 H1\n2013 2012 +/- 2013 2012 +/-\n"
                + "Ore processed (tonnes) 80,939 64,730 16,209 139,795 126,326 13,469\nHead grade (g/t) 2.3 4.4 -2.1 2.8 3.8 -1.0\n"))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void a_column_of_one_period_against_another_is_their_change() {
        // "Q2 2013 vs Q2 2012" in a header's line: one column, the change between the two, no period's (before: four periods and
        // a change, five columns over rows of three figures, nothing read)
        assertThat(figuresOf("Osprey Gold Corp. reports production for the second quarter of 2013 from its Pampalo mine.\n\n"
                + "                     Q2 2013    Q2 2012    Q2 2013 vs Q2 2012\n"
                + "Ore milled (t)       80,939     64,730     25%\n"
                + "Gold grade (g/t)     2.3        4.4        -48%\n")).containsExactlyInAnyOrder("Pampalo|2013-Q2|TONNES_MILLED|null|80939",
                "Pampalo|2012-Q2|TONNES_MILLED|null|64730", "Pampalo|2013-Q2|GRADE|AU|2.3", "Pampalo|2012-Q2|GRADE|AU|4.4");
    }

    @Test
    void years_to_date_with_their_years_alone_over_a_quarters_table() {
        // "YTD 2013   YTD 2012" parted by runs of spaces, in a release of the second quarter: the first six months of each year
        // (before: the line was read as a label "YTD 2013" and a cell, the cell's period never seen, and a header of years to
        // date alone refused; with pipes it was read)
        String text = "Osprey Gold Corp. reports production for the second quarter of 2013 from its Pampalo mine.\n\n"
                + "                     YTD 2013   YTD 2012\n"
                + "Ore milled (t)       139,795    126,326\n"
                + "Gold grade (g/t)     2.8        3.8\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Pampalo|2013-6M|TONNES_MILLED|null|139795", "Pampalo|2012-6M|TONNES_MILLED|null|126326",
                "Pampalo|2013-6M|GRADE|AU|2.8", "Pampalo|2012-6M|GRADE|AU|3.8");
        // a release whose quarter is not known gives such a header no period: nothing is guessed
        assertThat(figuresOf(text.replace("for the second quarter of 2013 ", ""))).isEmpty();
    }

    @Test
    void figures_whose_thousands_are_parted_by_spaces_are_joined_by_the_rows_beside_them() {
        // "80 939 64 730 16 209 ..." among rows of six figures: six figures, each joined the one way with the fewest groups to a
        // figure; a row that can be joined two ways as well is left unread ("9 626 132": 9,626 and 132, or 9 and 626,132)
        String text = "Osprey Mining reports production for the second quarter of 2013 at its Pampalo gold mine.\n\n"
                + "Key figures Q2 H1\n2013 2012 change 2013 2012 change\n"
                + "Ore processed (tonnes) 80 939 64 730 16 209 139 795 126 326 13 469\n"
                + "Head grade (g/t) 2.3 4.4 -2.1 2.8 3.8 -1.0\n"
                + "Gold production (oz) 5 228 7 862 -2 634 11 028 13 289 -2 261\n"
                + "Gold recovery (%) 86.7 86.6 0.1 87.5 86.1 1.4\n";
        assertThat(figuresOf(text)).contains("Pampalo|2013-Q2|TONNES_MILLED|null|80939", "Pampalo|2012-6M|TONNES_MILLED|null|126326",
                "Pampalo|2013-Q2|PRODUCTION|AU|5228", "Pampalo|2012-Q2|PRODUCTION|AU|7862", "Pampalo|2013-6M|PRODUCTION|AU|11028",
                "Pampalo|2012-6M|PRODUCTION|AU|13289").hasSize(16);
        assertThat(figuresOf(text.replace("5 228 7 862 -2 634 11 028 13 289 -2 261", "2 624 3 025 -401 9 758 9 626 132")))
                .noneMatch(f -> f.contains("PRODUCTION")).hasSize(12);
    }

    @Test
    void ounces_as_printed_over_kilograms_restated_when_they_differ() {
        // "Gold production (kg) 168.1" above "Gold production (oz) 5,228": the ounces the release printed (its 168.1 kg are 5,404.5 oz:
        // a release may give its ounces of the metal paid for), not the kilograms restated
        assertThat(figuresOf("Osprey Mining reports production for the second quarter of 2013 at its Pampalo gold mine.\n\n"
                + "                          Q2 2013     Q2 2012\n"
                + "Gold production (kg)      168.1       244.5\n"
                + "Gold production (oz)      5,228       7,862\n")).containsExactlyInAnyOrder("Pampalo|2013-Q2|PRODUCTION|AU|5228",
                "Pampalo|2012-Q2|PRODUCTION|AU|7862");
    }

    @Test
    void a_quarter_measured_against_a_plan_and_a_plan_listed_quarter_by_quarter() {
        // "and thus higher than the guidance of management of 3,500 ounces": the quarter's figure measured against a plan, no
        // statement of one (before: the sentence was a plan's, and no figure of it read)
        assertThat(figuresOf("New Guinea Gold Corporation: The gold production in the Sinivit mine in East New Britain was 3,560 ounces in the fourth "
                + "quarter 2008, compared with 1,170 ounces in the third quarter, and thus higher than the guidance of management of 3,500 ounces.\n"))
                .containsExactlyInAnyOrder("Sinivit|2008-Q4|PRODUCTION|AU|3560", "Sinivit|2008-Q3|PRODUCTION|AU|1170");
        // a plan's quarters listed after semicolons are the plan's, and date neither the release nor its yearless quarters (before:
        // "8,500 ounces in the fourth quarter 2009" made 2009 the release's year)
        String text = "Gold production at Sinivit rose in the fourth quarter to 3,560 ounces.\nThe gold production in the Sinivit mine was 3,560 "
                + "ounces in the fourth quarter 2008, compared with 1,170 ounces in the third quarter.\nThe guidance for gold production in 2009 remains "
                + "unchanged - 4,500 ounces in the first quarter 2009; 7,000 ounces in the second quarter 2009; 8,500 ounces in the third quarter 2009; and "
                + "8,500 ounces in the fourth quarter 2009.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Sinivit|2008-Q4|PRODUCTION|AU|3560", "Sinivit|2008-Q3|PRODUCTION|AU|1170");
        // a list after a semicolon in a sentence of no plan is still read item by item
        assertThat(figuresOf("Kestrel Gold reports fourth quarter 2008 production. Sinivit produced 3,560 ounces of gold in the fourth quarter 2008; "
                + "1,170 ounces in the third quarter.\n")).contains("Sinivit|2008-Q4|PRODUCTION|AU|3560");
    }

    @Test
    void ore_put_under_heap_leach_is_no_mills() {
        // a text of heap leaching and no mill: the ore crushed and put under leach and its grade are the pads' feed (its metal
        // comes over many months), not a quarter's ore milled; the metal leached in the quarter is read
        String text = "Kestrel Gold reports second quarter 2017 production. In the second quarter of 2017, 1,467,471 tonnes of ore were crushed and "
                + "processed at the Gold Mountain mine at an average grade of 0.96 g/t gold. The Gold Mountain mine produced 16,618 ounces of gold in the "
                + "second quarter of 2017. Finer crushing will lengthen the heap leach cycle but raise its recovery.\n";
        assertThat(figuresOf(text)).containsExactly("Gold Mountain|2017-Q2|PRODUCTION|AU|16618");
        assertThat(figuresOf(text.replace("Finer crushing will lengthen the heap leach cycle but raise its recovery.", "The mill ran well.")))
                .contains("Gold Mountain|2017-Q2|GRADE|AU|0.96");
    }

    @Test
    void a_mines_name_before_its_quarters_months() {
        // "Cerro Alto      July      August    September   Q3 2015": the table's first cell names its mine, the months have no year
        // (before: the months were no periods and only the quarter's column was seen, read as nothing)
        String text = "Kestrel Silver Corp. (TSX: KSC) reports production for the third quarter of 2015.\n\n"
                + "Cerro Alto            July      August    September   Q3 2015\n"
                + "Tonnes milled         40,100    41,200    39,800      121,100\n"
                + "Silver (oz)           204,300   218,200   196,700     619,200\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Cerro Alto|2015-07|TONNES_MILLED|null|40100", "Cerro Alto|2015-08|TONNES_MILLED|null|41200",
                "Cerro Alto|2015-09|TONNES_MILLED|null|39800", "Cerro Alto|2015-Q3|TONNES_MILLED|null|121100", "Cerro Alto|2015-07|PRODUCTION|AG|204300",
                "Cerro Alto|2015-08|PRODUCTION|AG|218200", "Cerro Alto|2015-09|PRODUCTION|AG|196700", "Cerro Alto|2015-Q3|PRODUCTION|AG|619200");
        // months of another quarter than the release's are left without a year, as before
        assertThat(figuresOf(text.replace("July      August    September", "April     May       June     "))).noneMatch(f -> f.contains("2015-0"));
    }

    @Test
    void mines_as_rows_under_a_period_and_their_units_on_the_line_below() {
        // "Q3 2015   Tonnes milled   Grade   Recovery   Silver" over "(t)   (g/t Ag)   (%)   (oz)": the measures' header of one period,
        // its units a line below (before: the line was read as a header of one period's column and no row of mines was read)
        String text = "Kestrel Silver Corp. (TSX: KSC) reports production for the third quarter of 2015.\n\n"
                + "Q3 2015          Tonnes milled   Grade        Recovery   Silver\n"
                + "                 (t)             (g/t Ag)     (%)        (oz)\n"
                + "Cerro Alto       121,100         180          88.2       619,200\n"
                + "La Loma          80,400          150          85.0       329,600\n"
                + "Total            201,500         168          87.0       948,800\n";
        assertThat(figuresOf(text)).contains("Cerro Alto|2015-Q3|TONNES_MILLED|null|121100", "Cerro Alto|2015-Q3|GRADE|AG|180",
                "Cerro Alto|2015-Q3|RECOVERY|AG|88.2", "Cerro Alto|2015-Q3|PRODUCTION|AG|619200", "La Loma|2015-Q3|PRODUCTION|AG|329600",
                "null|2015-Q3|PRODUCTION|AG|948800", "null|2015-Q3|GRADE|AG|168").hasSize(12);
        // the units beside their measures on the header's line read the same
        assertThat(figuresOf(text.replace("Tonnes milled   Grade        Recovery   Silver\n                 (t)             (g/t Ag)     (%)        (oz)",
                "Tonnes milled (t)   Grade (g/t Ag)   Recovery (%)   Silver (oz)"))).contains("La Loma|2015-Q3|GRADE|AG|150",
                "Cerro Alto|2015-Q3|PRODUCTION|AG|619200").hasSize(12);
        // under "Mine" rather than a period: the release's quarter, the units read as well (before: grades and silver were lost)
        assertThat(figuresOf(text.replace("Q3 2015          Tonnes", "Mine             Tonnes"))).contains("La Loma|2015-Q3|GRADE|AG|150",
                "Cerro Alto|2015-Q3|PRODUCTION|AG|619200").hasSize(12);
    }

    @Test
    void a_pipe_table_whose_page_dropped_its_blank_cells() {
        // the names' row begins with the first mine (the labels' blank cell dropped), and rows without the consolidated figures
        // print their figures first and their blanks after them (before: every mine's figure was read as the next column's)
        String text = "Kestrel Silver Corp. (TSX: KSC) reports production for the second quarter of 2018.\n"
                + "Second Quarter 2018 | Second Quarter 2017 | |||||||\n"
                + "Alpha, Peru | Beta, Mexico | Consolidated | Alpha, Peru | Beta, Mexico | Consolidated | |||\n"
                + "Tonnes milled | 134,123 | 263,383 | 131,974 | 268,456 | ||||\n"
                + "Silver production (oz) | 237,303 | 2,084,013 | 2,321,315 | 229,594 | 1,887,269 | 2,116,863 |\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Alpha|2018-Q2|TONNES_MILLED|null|134123", "Beta|2018-Q2|TONNES_MILLED|null|263383",
                "Alpha|2017-Q2|TONNES_MILLED|null|131974", "Beta|2017-Q2|TONNES_MILLED|null|268456", "Alpha|2018-Q2|PRODUCTION|AG|237303",
                "Beta|2018-Q2|PRODUCTION|AG|2084013", "null|2018-Q2|PRODUCTION|AG|2321315", "Alpha|2017-Q2|PRODUCTION|AG|229594",
                "Beta|2017-Q2|PRODUCTION|AG|1887269", "null|2017-Q2|PRODUCTION|AG|2116863");
        // a page that kept its blank cells in their places is read by place, as before
        assertThat(figuresOf(text.replace("| 134,123 | 263,383 | 131,974 | 268,456 | ||||", "| 134,123 | 263,383 | | 131,974 | 268,456 | |")
                .replace("\nAlpha, Peru", "\n| Alpha, Peru"))).contains("Alpha|2018-Q2|TONNES_MILLED|null|134123", "Beta|2017-Q2|TONNES_MILLED|null|268456")
                .noneMatch(f -> f.startsWith("null|") && f.contains("TONNES"));
    }

    @Test
    void a_header_short_of_its_rows_figures_is_said_not_read() {
        // "Q3" spanning 2021 and 2020 printed once: four years over five figures a row, after a unit column; which figure is which
        // year's cannot be told (before: the years were read as full years, 3.9 as 2021's and 4.0 as 2020's)
        String text = "Kestrel Copper plc announces its operations update for the third quarter of 2021 at its Alpha copper mine.\n"
                + "Alpha Operating Highlights\n"
                + "Q3 | Q2 | Year-to-date | Full year guidance | |||\n"
                + "2021 | 2020 | 2021 | 2021 | |||\n"
                + "Ore mined | (M tonnes) | 3.4 | 3.8 | 3.3 | 10.0 | 13.2 |\n"
                + "Ore milled | (M tonnes) | 3.9 | 4.0 | 4.0 | 12.0 | 15.5 - 16.0 |\n"
                + "Cu production | (tonnes) | 13,933 | 14,695 | 14,353 | 42,670 | 54,000 - 56,000 |\n";
        ParsedRelease release = new ReleaseParser().parse(text);
        assertThat(release.figures()).isEmpty();
        assertThat(release.warnings()).anyMatch(w -> w.key().equals("table.header-short"));
        // a header of as many years as figures is read, its plan's column a plan's (before: "Full year guidance" kept the words from
        // their years, and 2020's third quarter was read as the year 2020)
        String whole = text.replace("2021 | 2020 | 2021 | 2021 | |||", "2021 | 2020 | 2021 | 2021 | 2021 |")
                .replace("Q3 | Q2 | Year-to-date | Full year guidance | |||", "Q3 | Q3 | Q2 | Year-to-date | Full year guidance |");
        assertThat(figuresOf(whole)).containsExactlyInAnyOrder("Alpha|2021-Q3|TONNES_MILLED|null|3900000", "Alpha|2020-Q3|TONNES_MILLED|null|4000000",
                "Alpha|2021-Q2|TONNES_MILLED|null|4000000", "Alpha|2021-9M|TONNES_MILLED|null|12000000", "Alpha|2021-Q3|PRODUCTION|CU|30717006.96446",
                "Alpha|2020-Q3|PRODUCTION|CU|32396929.4009", "Alpha|2021-Q2|PRODUCTION|CU|31642948.46486", "Alpha|2021-9M|PRODUCTION|CU|94071247.1954");
        assertThat(guidanceOf(whole)).containsExactly("2021|Alpha|CU|119049621.48-123458866.72|false");
    }

    @Test
    void a_sales_list_after_a_production_list_and_an_overall_that_names_no_mine() {
        // "and quarterly sales of 28,141 oz gold, 1,657,115 lbs copper and 36,253 oz silver": every figure of the list is sold (before:
        // the list's later figures were read as production, dated to the "Q1 2023" of the comparison before them)
        String text = "Kestrel Gold Inc. reports second quarter 2023 production at its Alpha mine.\n"
                + "- Strong quarterly production at Alpha of 27,405 oz gold, 1,526,547 lbs copper and 34,001 oz silver, representing an 18% increase "
                + "from Q2 2022 and 43% increase from Q1 2023, and quarterly sales of 28,141 oz gold, 1,657,115 lbs copper and 36,253 oz silver.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Alpha|2023-Q2|PRODUCTION|AU|27405", "Alpha|2023-Q2|PRODUCTION|CU|1526547",
                "Alpha|2023-Q2|PRODUCTION|AG|34001");
        // "Overall mine development of 2,173 m": no mine called Overall (before: the release's figures were all given to "Overall")
        ParsedRelease overall = new ReleaseParser().parse("K92 Mining Announces Significant Production Increase in Q2 2023\n"
                + "- Quarterly ore processed was 112,471 tonnes or 1,236 tpd.\n- Overall mine development of 2,173 m, an increase of 19% from Q2 2022.\n");
        assertThat(overall.figures()).noneMatch(f -> "Overall".equals(f.mine()));
        // a name's word may end in digits ("K92"), not in a quarter's ("Q2 Mining" is no name)
        assertThat(overall.issuer().map(ReleaseIssuer::name)).contains("K92 Mining");
        assertThat(ReleaseParser.issuerOf("Q2 Mining Announces Record Production").map(ReleaseIssuer::name)).isNotEqualTo(java.util.Optional.of("Q2 Mining"));
    }

    @Test
    void the_companys_figure_beside_its_one_named_mines_own_other_figure() {
        // the company's 694,100 oz and Osprey's own 273,700 oz of the same year: the company runs more than Osprey, or the figure is
        // something else; it is said, not given to Osprey (before: whichever was read first was kept as Osprey's)
        String text = "Kestrel Gold (KGD-T) produced 694,100 oz. gold in 2004, its Osprey open-pit mine's first year.\n"
                + "Osprey produced 273,700 oz. gold in 2004.\n";
        ParsedRelease release = new ReleaseParser().parse(text);
        assertThat(figuresOf(text)).containsExactly("Osprey|2004-FY|PRODUCTION|AU|273700");
        assertThat(release.warnings()).anyMatch(w -> w.key().equals("figure-without-mine") && w.in(java.util.Locale.ENGLISH).contains("694100"));
        // alone, or beside the same figure, the company's figure is its one mine's
        assertThat(figuresOf(text.replace("273,700", "694,100"))).containsExactly("Osprey|2004-FY|PRODUCTION|AU|694100");
    }

    @Test
    void ounces_produced_so_far_in_total_are_no_quarters() {
        // "7541 oz of gold have been produced at Cononish in total, 3531 oz in the last quarter": every ounce since the start (before:
        // read as the quarter's, beside the quarter's own 3,531 oz)
        String text = "Kestrel Gold Ltd has published its 2Q22 production update for the three months ended 30 June 2022, for its Osprey gold mine.\n"
                + "- 2Q22 gold production totalled 3531 oz, a 188% increase to 1Q22.\n"
                + "- 7541 oz of gold have been produced at Osprey in total, 3531 oz in the last quarter (47% of the total).\n";
        assertThat(figuresOf(text)).containsExactly("Osprey|2022-Q2|PRODUCTION|AU|3531");
        assertThat(figuresOf(text.replace("in total,", "to date,"))).containsExactly("Osprey|2022-Q2|PRODUCTION|AU|3531");
    }

    @Test
    void a_mine_named_beside_operations_of_its_own_is_not_the_companys_only_one() {
        // "from the Alpha Mine in Mexico and its Bolivian operations": the company runs more than Alpha, and its
        // "Consolidated results" are the company's (before: Alpha was taken for its only mine, and given them)
        String text = "Kestrel Silver (TSXV:KSS) produced 4,046,328 silver equivalent ounces in Q2 2022.\n\n"
                + "Production stems from the Alpha Mine in Mexico and its Bolivian operations (Beta, Gamma, Delta).\n\n"
                + "Consolidated results\n\n"
                + "                             Q2 2022     Q1 2022\n"
                + "Silver production (ounces)   1,410,485   469,829\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2022-Q2|PRODUCTION|AG|1410485", "null|2022-Q1|PRODUCTION|AG|469829");
        assertThat(figuresOf(text.replace(" and its Bolivian operations (Beta, Gamma, Delta)", ""))).containsExactlyInAnyOrder(
                "Alpha|2022-Q2|PRODUCTION|AG|1410485", "Alpha|2022-Q1|PRODUCTION|AG|469829");
        assertThat(figuresOf(text.replace("and its Bolivian operations (Beta, Gamma, Delta)", "plus our operations in Bolivia")))
                .containsExactlyInAnyOrder("null|2022-Q2|PRODUCTION|AG|1410485", "null|2022-Q1|PRODUCTION|AG|469829");
    }

    @Test
    void production_on_a_consolidated_basis_beside_the_one_mine_named() {
        // "On a consolidated basis, the Corporation's Q2 2015 gold production totaled 26,314 ounces": the company runs more than the
        // Osprey mine it names, and the bullets' figures of no mine are the company's (before: Osprey's)
        String text = "Kestrel Mines Inc. (TSX:KSM) announces record quarterly performance at the Osprey Gold Mine of 14,997 ounces of gold produced during "
                + "the second quarter of 2015. On a consolidated basis, the Corporation's Q2 2015 gold production totaled 26,314 ounces.\n"
                + "Highlights:\n- Q2 2015 gold production of 26,314 ounces; Q2 2014 gold production of 27,510 ounces;\n"
                + "- Six month gold production of 52,173 ounces, an increase of 8% over the comparable 2014 level;\n";
        assertThat(figuresOf(text)).contains("Osprey|2015-Q2|PRODUCTION|AU|14997", "null|2015-Q2|PRODUCTION|AU|26314", "null|2014-Q2|PRODUCTION|AU|27510",
                "null|2015-6M|PRODUCTION|AU|52173").noneMatch(f -> f.startsWith("Osprey|2014") || f.startsWith("Osprey|2015-6M"));
    }

    @Test
    void a_place_after_a_cause_is_the_causes() {
        // "increased 2% to 3.3 million ounces as a result of higher grades at the San Dimas and La Encantada mines": the mines the
        // cause was at, not the figure's own (before: "San", a name cut short, was given the company's silver)
        String text = "Kestrel Silver Corp. announces total production in the first quarter of 2019 of 6.3 million silver equivalent ounces.\n"
                + "\"Pure silver production increased 2% to 3.3 million ounces as a result of higher grades at the San Dimas and La Encantada mines.\"\n";
        assertThat(figuresOf(text)).noneMatch(f -> f.startsWith("San|") || f.startsWith("San Dimas|"));
        // the place right after the figure is the figure's
        assertThat(figuresOf(text.replace("as a result of higher grades at the San Dimas and La Encantada mines", "at the San Dimas mine")))
                .contains("San Dimas|2019-Q1|PRODUCTION|AG|3300000");
    }

    @Test
    void quarters_written_qtr_and_their_number_over_their_years() {
        // "Qtr 1 | Qtr 2 | Qtr 3 | YTD" over "2020 | 2020 | 2020 | 2020" (before: no header was found and the table was lost)
        String text = "Kestrel Gold plc reports production for the third quarter of 2020 at its Osprey mine.\n"
                + "SUMMARY PRODUCTION STATISTICS FOR 2020 | |||||\n"
                + "Qtr 1 | Qtr 2 | Qtr 3 | YTD | ||\n"
                + "2020 | 2020 | 2020 | 2020 | ||\n"
                + "Gold production | Ounces | 9,020 | 8,504 | 7,224 | 24,748 |\n"
                + "Milled ore | Tonnes | 40,465 | 44,235 | 46,135 | 130,835 |\n";
        assertThat(figuresOf(text)).contains("Osprey|2020-Q1|PRODUCTION|AU|9020", "Osprey|2020-Q3|PRODUCTION|AU|7224", "Osprey|2020-9M|PRODUCTION|AU|24748",
                "Osprey|2020-Q2|TONNES_MILLED|null|44235").hasSize(8);
    }

    @Test
    void years_over_their_quarters_one_cell_a_line() {
        // "| 2021 | | 2022 |" over "Q1", "Q2", "Q3", "Q4", "Q1", "Q2" one a line, a blank cell between the years' figures: each year
        // over its quarters (before: the quarters were read as mines' names, and every row as one figure too many)
        String text = "Kestrel Gold Corporation reports production at the Osprey Gold Mine for the second quarter ended June 30, 2022.\n"
                + "Trending Highlights\n|\n|\n| |||||\n| 2021 |\n|\n|\n| 2022 | |||\n| Q1 |\n| Q2 |\n| Q3 |\n| Q4 |\n|\n| Q1 |\n| Q2 | |||\n"
                + "Total tonnes milled |\n| 138,980 |\n|\n| 129,590 |\n|\n| 98,010 |\n|\n| 135,398 |\n|\n|\n| 136,844 |\n|\n| 129,099 | |\n";
        assertThat(figuresOf(text)).containsExactly("Osprey|2021-Q1|TONNES_MILLED|null|138980", "Osprey|2021-Q2|TONNES_MILLED|null|129590",
                "Osprey|2021-Q3|TONNES_MILLED|null|98010", "Osprey|2021-Q4|TONNES_MILLED|null|135398", "Osprey|2022-Q1|TONNES_MILLED|null|136844",
                "Osprey|2022-Q2|TONNES_MILLED|null|129099");
        // quarters whose runs are not as many as the years are not dated
        assertThat(figuresOf(text.replace("| 2022 | |||", "| 2022 | |||\n| 2023 |"))).noneMatch(f -> f.contains("2021-Q1"));
    }

    @Test
    void spans_wrapped_in_pieces_one_cell_a_line() {
        // "Three Months" / "Ended June 30," / "2021", blank lines between: one column's heading (before: "2021" alone, a full year)
        String text = "Kestrel Gold Company reports production for the second quarter 2021 at its Osprey gold-silver mine.\n\n"
                + "Osprey Operations Statistics\n\nThree Months\n\nEnded June 30,\n\n2021\n\nThree Months\n\nEnded March\n\n31, 2021\n\n"
                + "Six Months\n\nEnded June 30,\n\n2021\n"
                + "Gold grade processed (grams per tonne) 3.6 3.0 3.4\n"
                + "Plant recovery – gold (%) 78.0 84.3 80.0\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2021-Q2|GRADE|AU|3.6", "Osprey|2021-Q1|GRADE|AU|3", "Osprey|2021-6M|GRADE|AU|3.4",
                "Osprey|2021-Q2|RECOVERY|AU|78", "Osprey|2021-Q1|RECOVERY|AU|84.3", "Osprey|2021-6M|RECOVERY|AU|80");
    }

    @Test
    void tonnes_a_caption_puts_in_thousands_against_their_own_rate() {
        // "(in thousands, except per unit amounts)" over "Tonnes processed 38,814" beside "Tonnes per day processed 427": 38,814,000
        // tonnes would be a thousand times the rate over the quarter's days; read as printed, and said (before: 38,814,000)
        String text = "Kestrel Gold Company reports production for the second quarter 2021 at its Osprey gold-silver mine.\n\n"
                + "Osprey Operations Statistics (in thousands, except per unit amounts)\n"
                + "                              Q2 2021    Q1 2021\n"
                + "Tonnes processed              38,814     18,791\n"
                + "Tonnes per day processed      427        209\n";
        ParsedRelease release = new ReleaseParser().parse(text);
        assertThat(figuresOf(text)).contains("Osprey|2021-Q2|TONNES_MILLED|null|38814", "Osprey|2021-Q1|TONNES_MILLED|null|18791");
        assertThat(release.warnings()).anyMatch(w -> w.key().equals("table.thousands-against-rate"));
        // tonnes whose thousands agree with their rate stay in thousands
        assertThat(figuresOf(text.replace("427        209", "427000     209000"))).contains("Osprey|2021-Q2|TONNES_MILLED|null|38814000");
    }

    @Test
    void a_yearless_quarter_in_an_undated_story_of_a_year_on_track() {
        // no date, "the third quarter" without its year, "on track to meet ... its guidance for 2020": the year still running is the
        // quarter's (before: the release's period was not placed and nothing was read)
        String text = "Kestrel Gold says it's on track to meet the upper end of its guidance for 2020 of 120,000-130,000 oz. gold at its Osprey mine. "
                + "The mine produced 33,557 oz. gold in the third quarter. The mill at Osprey processed 131,029 tonnes averaging 7.7 g/t for the quarter.\n";
        assertThat(figuresOf(text)).contains("Osprey|2020-Q3|PRODUCTION|AU|33557", "Osprey|2020-Q3|TONNES_MILLED|null|131029", "Osprey|2020-Q3|GRADE|AU|7.7");
        // a plan for a year ahead says nothing of the year the text is written in
        assertThat(figuresOf(text.replace("on track to meet the upper end of its guidance for 2020", "planning its guidance for 2020"))).isEmpty();
        // "withdrew its 2020 guidance ... on April 2": a year's guidance withdrawn while the year runs dates the yearless quarter too
        // (before: nothing read)
        assertThat(figuresOf("""
                Kestrel posts strong Q1 results
                In the first quarter of the year, Kestrel Gold produced 110,800 ounces of gold at all-in sustaining costs of $1,010 per ounce.
                Although the company withdrew its 2020 guidance of 425,000 oz. to 465,000 oz. on April 2 due to the pandemic, these numbers suggest strong operating performance.
                """)).containsExactly("null|2020-Q1|PRODUCTION|AU|110800");
    }

    @Test
    void what_each_mine_contributed_to_the_groups_production() {
        // "Group quarterly gold production of 35,499 oz" over "Alpha Mines contributed 21,753 oz" and "Beta contributed 13,746 oz":
        // each mine's part (before: "contributed" said nothing of production, and the parts were lost)
        String text = "ASX: KST | September 2018 Quarter | 22 October 2018\nQUARTERLY REPORT for the period ending 30 September 2018\n"
                + "  • Group quarterly gold production of 35,499 oz at an AISC of $858/oz\n"
                + "    • o Alpha Mines contributed 21,753 oz at AISC $802/oz\n"
                + "    • o Beta contributed 13,746 oz at AISC of $817/oz\n";
        assertThat(figuresOf(text)).contains("Alpha|2018-Q3|PRODUCTION|AU|21753", "Beta|2018-Q3|PRODUCTION|AU|13746")
                .noneMatch(f -> f.contains("35499") && !f.startsWith("null|"));
        // what assets "have contributed" since they were bought is a sum over months, no quarter's
        assertThat(figuresOf(text.replace("Beta contributed 13,746 oz", "since October 1, the acquired Beta assets have contributed 13,746 oz")))
                .noneMatch(f -> f.contains("13746"));
    }

    @Test
    void a_goal_exceeded_with_a_figure_is_met_not_stated() {
        // "has exceeded its April 2020 production goal with 2,060 ounces of gold produced": the month's production measured against a
        // plan (before: read as a plan of 2,060 ounces)
        String text = "LIMA, Peru, May 04, 2020 (GLOBE NEWSWIRE) -- Kestrel IRL Limited (BVL:KIRL), a gold mining company, reports on its Osprey mine.\n"
                + "The Osprey mine has exceeded its April 2020 production goal with 2,060 ounces of gold produced and sold at an average price of "
                + "US$ 1,700 per ounce.\n";
        assertThat(guidanceOf(text)).isEmpty();
        assertThat(figuresOf(text)).containsExactly("Osprey|2020-04|PRODUCTION|AU|2060");
    }

    @Test
    void a_mine_named_in_a_closing_clause_of_cause_is_not_the_figures() {
        // "Evolution ... reported that gold production ... had reached 148 084 oz, ..., as production from Mt Carlton was excluded from
        // the tally", in a text of several mines: the company's (before: said, not read, for the mine its last clause names)
        String text = "27th January 2022 PERTH (miningweekly.com) – Gold miner Kestrel Mining has reported a strong quarter.\n\n"
                + "Kestrel on Thursday reported that gold production for the three months to December had reached 148 084 oz, down from the "
                + "170 681 oz produced in the September quarter, as production from Mt Carlton was excluded from the tally.\n\n"
                + "The Cowal operation produced 60 371 oz of gold during the quarter.\n\nMt Rawdon produced 12 377 oz of gold during the quarter.\n";
        assertThat(figuresOf(text)).contains("null|2021-Q4|PRODUCTION|AU|148084", "null|2021-Q3|PRODUCTION|AU|170681");
        // "as planned" is no cause: the place after it may be the figure's, and the figure is still said
        assertThat(figuresOf(text.replace("as production from Mt Carlton was excluded from the tally", "as planned, at Mt Carlton")))
                .noneMatch(f -> f.startsWith("null|2021-Q4|PRODUCTION|AU|148084"));
    }

    @Test
    void a_linking_word_before_mine_development_names_no_mine() {
        // "Meanwhile mine development of 2,173 m": no mine called Meanwhile (before: the company's production was given to it, as to
        // "Overall" in a real release)
        for (String word : List.of("Meanwhile", "Elsewhere", "Furthermore", "Additionally", "Separately", "Importantly", "Year-to-date", "Strong", "Recent")) {
            String text = "Kestrel Gold Inc. reports production for the third quarter of 2015.\n- Quarterly gold production was 10,000 ounces.\n- "
                    + word + " mine development of 2,173 m, an increase of 19% from Q2 2015.\n";
            assertThat(figuresOf(text)).as(word).containsExactly("null|2015-Q3|PRODUCTION|AU|10000");
        }
        // a mine's one-word name still names it
        assertThat(figuresOf("Kestrel Gold Inc. reports production for the third quarter of 2015.\n- Quarterly gold production at the Osprey mine "
                + "was 10,000 ounces.\n- Osprey mine development of 2,173 m.\n")).containsExactly("Osprey|2015-Q3|PRODUCTION|AU|10000");
    }

    @Test
    void issuers_whose_names_hold_digits() {
        // "5E Advanced Materials", "i-80 Gold": a name may open with digits or a small letter and its number (before: "Advanced
        // Materials Inc.", "Gold Corp."); "K92 Mining", "B2Gold", "G2 Goldfields" as before; "3Q Production" is no name
        for (String name : List.of("K92 Mining Inc.", "i-80 Gold Corp.", "B2Gold Corp.", "G2 Goldfields Inc.", "5E Advanced Materials Inc.")) {
            assertThat(ReleaseParser.issuerOf(name + " (TSX: ABC) announces production for the third quarter of 2015.").map(ReleaseIssuer::name))
                    .as(name).contains(name);
        }
        assertThat(ReleaseParser.issuerOf("3Q Production Results Announced (TSX: ABC) for the third quarter of 2015.").map(ReleaseIssuer::name))
                .satisfiesAnyOf(n -> assertThat(n).isEmpty(), n -> assertThat(n.get()).doesNotStartWith("3Q"));
    }

    @Test
    void a_goal_of_so_much_annually_is_no_years_guidance() {
        // "our goal of producing 1.5 million ounces of gold annually": a rate aimed at, no year's plan (before: the release's year's
        // guidance of 1.5 million ounces)
        String text = "TORONTO, ONTARIO--(Marketwire - Jan. 6, 2011) - Kestrel Gold Inc. (TSX:KG) today announced that its 2010 consolidated gold "
                + "production totalled 678,941 ounces, which includes 249,866 ounces of gold produced in the fourth quarter of 2010.\n\n"
                + "Steve Lang said, \"We continue to expand our exploration efforts to help us achieve our goal of producing 1.5 million ounces of gold annually.\"\n";
        assertThat(guidanceOf(text)).isEmpty();
        assertThat(guidanceOf(text.replace("our goal of producing 1.5 million ounces of gold annually", "our 2011 guidance of 1.5 million ounces of gold")))
                .containsExactly("2011|null|AU|1500000-1500000|false");
    }

    @Test
    void a_table_of_one_cell_a_line_whose_labels_stand_amid_their_figures() {
        // the quarter's figures, the row's label, then the half year's, one cell a line between bars, under a header whose empty
        // cell marks the labels' column (before: the figures of each row given to the label below them, none read right)
        String table = "Kestrel Mine Production - Three and Six Months Ended\nJune 30, 2023\nQ2\n2023\n|\nQ2\n2022\n|\nChange\n|\n|\nH1\n2023\n|\n"
                + "H1\n2022\n|\nChange\n|\n157,371\n|\n118,224\n|\n33 %\n|\nTotal Mill Feed (dry\ntonnes)\n|\n311,119\n|\n229,362\n|\n39 %\n|\n"
                + "53\n|\n65\n|\n-19 %\n|\nFeed Grade Silver\n(g/t)\n|\n52\n|\n58\n|\n-10 %\n|\n"
                + "232,417\n|\n225,537\n|\n3 %\n|\nTotal Silver Produced\n(oz)\n|\n466,755\n|\n389,895\n|\n20 %\n|\n";
        String text = "VANCOUVER, BC, July 20, 2023 - Kestrel Silver Ltd. (TSX: KSL) reports production from the Kestrel Mine.\n" + table;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder(
                "Kestrel|2023-Q2|TONNES_MILLED|null|157371", "Kestrel|2022-Q2|TONNES_MILLED|null|118224",
                "Kestrel|2023-6M|TONNES_MILLED|null|311119", "Kestrel|2022-6M|TONNES_MILLED|null|229362",
                "Kestrel|2023-Q2|GRADE|AG|53", "Kestrel|2022-Q2|GRADE|AG|65", "Kestrel|2023-6M|GRADE|AG|52", "Kestrel|2022-6M|GRADE|AG|58",
                "Kestrel|2023-Q2|PRODUCTION|AG|232417", "Kestrel|2022-Q2|PRODUCTION|AG|225537",
                "Kestrel|2023-6M|PRODUCTION|AG|466755", "Kestrel|2022-6M|PRODUCTION|AG|389895");
        // a label where the header's empty cell is not: no such table, and no figure given to the label below it
        String shifted = text.replace("53\n|\n65\n|\n-19 %\n|\nFeed Grade Silver\n(g/t)\n|\n", "Feed Grade Silver\n(g/t)\n|\n53\n|\n65\n|\n-19 %\n|\n");
        assertThat(figuresOf(shifted)).doesNotContain("Kestrel|2023-6M|GRADE|AG|53", "Kestrel|2023-Q2|TONNES_MILLED|null|52");
    }

    @Test
    void an_equivalent_abbreviated_is_no_metals_production() {
        // "Silver eqv. ounce production" above "Silver production (ounces)": silver equivalent ounces, not silver's (before: the
        // equivalent's figures read as silver's, and silver's own left out as the same figure read twice)
        String text = "Kestrel Silver Ltd. (TSXV: KSL) reports its operating results for the second quarter 2021.\nCONSOLIDATED PRODUCTION RESULTS\n"
                + "2021 Q2 | 2021 Q1 | 2020 Q2 | |\nMaterial Processed (tonnes milled) | 172,324 | 176,239 | 116,799 |\n"
                + "Silver eqv. ounce production | 799,057 | 706,978 | 709,765 |\nSilver production (ounces) | 329,398 | 325,376 | 216,034 |\n";
        assertThat(figuresOf(text)).contains("null|2021-Q2|PRODUCTION|AG|329398", "null|2020-Q2|PRODUCTION|AG|216034")
                .noneMatch(f -> f.endsWith("|799057") || f.endsWith("|709765"));
        assertThat(figuresOf(text.replace("Silver eqv. ounce", "Silver equiv. ounce"))).noneMatch(f -> f.endsWith("|799057"));
    }

    @Test
    void a_year_that_ends_a_list_of_metals_is_each_ones() {
        // "produced 4,018,735 oz silver and 38,907 oz gold (7.1 million oz silver equivalents) in 2019": the year's, both (before:
        // silver read as the fourth quarter's, which then hid the quarter's own 939,511 oz)
        String text = "Kestrel Silver Corp. (TSX: KSL) reports its production for 2019.\n\nKestrel Silver produced 4,018,735 oz silver and 38,907 oz "
                + "gold (7.1 million oz silver equivalents) in 2019. Silver production in the fourth quarter of 2019 was 939,511 oz and gold "
                + "production was 9,578 oz.\n\nThe company produced 4.0 million silver ounces (oz) and 38,907 gold oz in 2019.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2019-FY|PRODUCTION|AG|4018735", "null|2019-FY|PRODUCTION|AU|38907",
                "null|2019-Q4|PRODUCTION|AG|939511", "null|2019-Q4|PRODUCTION|AU|9578");
        // a list after a quarter named before it is that quarter's, its aside and year after it whatever they are (a review's probes:
        // a first form read these as the year's)
        assertThat(figuresOf("TORONTO, January 15, 2019 - Kestrel Metals Inc. (TSX: KMI) reports fourth quarter and annual 2018 production.\n\n"
                + "In 2018 the company produced 4,100,000 oz silver and 40,100 oz gold. Fourth quarter production of 1,020,000 oz silver and 9,900 oz "
                + "gold (higher than in any quarter) in 2018 reflected record grades.\n")).containsExactlyInAnyOrder("null|2018-FY|PRODUCTION|AG|4100000",
                "null|2018-FY|PRODUCTION|AU|40100", "null|2018-Q4|PRODUCTION|AG|1020000", "null|2018-Q4|PRODUCTION|AU|9900");
        assertThat(figuresOf("TORONTO, January 20, 2020 - Kestrel Metals Inc. (TSX: KMI) reports fourth quarter 2019 production.\n\nFourth quarter "
                + "production was 1,050,000 oz silver and 10,100 oz gold (Q4 2018: 1,000,000 oz silver) in 2019.\n"))
                .contains("null|2019-Q4|PRODUCTION|AG|1050000", "null|2019-Q4|PRODUCTION|AU|10100").noneMatch(f -> f.contains("2019-FY"));
        // "in 2019 year to date": the months to date, no year
        assertThat(figuresOf("TORONTO, October 15, 2019 - Kestrel Silver Inc. (TSX: KSI) reports third quarter production from the Osprey mine.\n\n"
                + "Osprey produced 3,100,000 oz silver and 30,100 oz gold in 2019 year to date. Third quarter production was 1,050,000 oz silver and "
                + "10,200 oz gold.\n")).contains("Osprey|2019-9M|PRODUCTION|AG|3100000", "Osprey|2019-9M|PRODUCTION|AU|30100").noneMatch(f -> f.contains("2019-FY"));
        // a list that a comparison ends is not the year's: "up from 3,000 oz silver and 30,000 oz gold in 2018"
        assertThat(figuresOf("Kestrel Silver Corp. (TSX: KSL) reports production for the fourth quarter of 2019. Silver production was "
                + "939,511 oz, compared with 1,000,000 oz silver and 9,000 oz gold in 2018.\n")).doesNotContain("null|2018-FY|PRODUCTION|AG|1000000");
    }

    @Test
    void annual_before_its_year_is_the_years() {
        // "Annual 2017 gold production was 160.0 thousand ounces": the year's (before: the release's fourth quarter's)
        String text = "Kestrel Silver Corp. reports results for the fourth quarter of 2017.\n- Gold production was 43.7 thousand ounces in the company's "
                + "fourth quarter of 2017. Annual 2017 gold production was 160.0 thousand ounces compared with 183.9 thousand ounces in 2016.\n";
        assertThat(figuresOf(text)).contains("null|2017-FY|PRODUCTION|AU|160000").doesNotContain("null|2017-Q4|PRODUCTION|AU|160000");
    }

    @Test
    void a_mines_title_over_a_pipe_table_whose_header_dropped_its_blank_cells() {
        // "Pirquitas mine, Argentina" over "Q3 2014 | Q2 2014 | % Change | ||" over "Ore milled | kt | 407 | 402 | 1.2% |": the
        // title is the section's, the header's blanks (the label's and the unit's) printed after its periods (before: the title and
        // the first period read as one column, every row "4 figures for 1 columns", none read)
        String text = "VANCOUVER, Oct. 7, 2014 /CNW/ - Kestrel Resources Inc. (TSX: KSL) provides its third quarter 2014 operational update for the "
                + "Osprey mine in Jujuy, Argentina and the Heron mine in Nevada.\nOsprey mine, Argentina\nQ3 2014 | Q2 2014 | % Change | ||\n"
                + "Total material mined | kt | 4,315 | 4,052 | 6.5% |\nOre milled | kt | 407 | 402 | 1.2% |\n"
                + "Silver mill feed grade | g/t | 248 | 213 | 16.3% |\nSilver recovery | % | 78.7 | 74.3 | 6.0% |\nSilver produced | '000 oz | 2,551 | 2,042 | 24.9% |\n"
                + "Silver sold | '000 oz | 1,859 | 1,926 | (3.3%) |\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2014-Q3|TONNES_MILLED|null|407000", "Osprey|2014-Q2|TONNES_MILLED|null|402000",
                "Osprey|2014-Q3|GRADE|AG|248", "Osprey|2014-Q2|GRADE|AG|213", "Osprey|2014-Q3|RECOVERY|AG|78.7", "Osprey|2014-Q2|RECOVERY|AG|74.3",
                "Osprey|2014-Q3|PRODUCTION|AG|2551000", "Osprey|2014-Q2|PRODUCTION|AG|2042000");
    }

    @Test
    void a_years_column_apart_after_its_quarters_in_words() {
        // "Description Q1 2018 Q2 2018 Q3 2018 Q4 2018  2018": the quarters apart by single spaces, the year's column by two (before:
        // "5 figures for 4 columns", none read); "Osprey Mine Site" titles the Osprey mine
        String text = "Osprey Mine Site\n\nThe Company declared commercial production effective March 1st 2018 at its Osprey mine.\n\n"
                + "Summary of 2018 Quarterly and Annual Results:\n\nDescription Q1 2018 Q2 2018 Q3 2018 Q4 2018  2018\n"
                + "Gold Produced (oz.) 18,183 22,269 27,570 22,509 90,531\nGold Sold (oz.) 17,187 22,728 27,026 23,405 90,346\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2018-Q1|PRODUCTION|AU|18183", "Osprey|2018-Q2|PRODUCTION|AU|22269",
                "Osprey|2018-Q3|PRODUCTION|AU|27570", "Osprey|2018-Q4|PRODUCTION|AU|22509", "Osprey|2018-FY|PRODUCTION|AU|90531");
        // a cell after the quarters that is no period is no column
        assertThat(figuresOf(text.replace("Q4 2018  2018", "Q4 2018  Notes"))).noneMatch(f -> f.contains("2018-FY"));
        // "Description", the labels' heading, names no mine (a review's probe: the table's figures were given to a mine "Description")
        assertThat(figuresOf("Kestrel Gold Corp. reports production for the fourth quarter of 2018 at its Osprey mine.\n\nDescription Q4 2018 Q4 2017  2018  2017\n"
                + "Gold Produced (oz.) 22,509 20,100 90,531 80,200\n")).containsExactlyInAnyOrder("Osprey|2018-Q4|PRODUCTION|AU|22509",
                "Osprey|2017-Q4|PRODUCTION|AU|20100", "Osprey|2018-FY|PRODUCTION|AU|90531", "Osprey|2017-FY|PRODUCTION|AU|80200");
    }

    @Test
    void words_that_are_no_sentence_alone_go_on_in_lower_case_on_the_next_line() {
        // "Consolidated year-to-date production of 1.25 million silver" over "ounces and 3,956 ounces of gold.": one sentence, wrapped
        // (before: neither line read, the first no sentence alone)
        String text = "TORONTO, July 16, 2013 /PRNewswire/ -\nKestrel Silver & Gold Inc.\n(TSX: KSG) today announced second quarter production figures for its "
                + "Osprey Mine Complex in Idaho and its Heron Mine in Montana.\nHighlights\nConsolidated year-to-date production of 1.25 million silver\n"
                + "ounces and 3,956 ounces of gold.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2013-6M|PRODUCTION|AG|1250000", "null|2013-6M|PRODUCTION|AU|3956");
        // a heading is no sentence's start, whatever line comes after it in lower case (a review's probe: a first form joined them
        // and read the quarter's gold as the nine months')
        assertThat(figuresOf("TORONTO, October 15, 2019 - Kestrel Gold Inc. (TSX: KGI) reports third quarter 2019 production from the Osprey mine.\n"
                + "Nine Months Ended September 30, 2019 Production Summary\ngold production at Osprey was 25,000 ounces, up 6% on the prior quarter.\n"))
                .containsExactly("Osprey|2019-Q3|PRODUCTION|AU|25000");
        // a row's label wrapped above its figures is no sentence: "Ore milled (dry" over "tonnes) 12,345 11,000"
        assertThat(figuresOf("Kestrel Gold Inc. reports production for the third quarter of 2015 at its Osprey mine.\n\nQ3 2015   Q2 2015\n"
                + "Gold produced (ounces, Osprey mine\nonly) 10,000 9,000\n")).containsExactlyInAnyOrder("Osprey|2015-Q3|PRODUCTION|AU|10000", "Osprey|2015-Q2|PRODUCTION|AU|9000");
    }

    @Test
    void a_yearless_quarter_beside_the_comparable_period_of_a_year_is_of_the_year_after() {
        // "In the three months ended March 31, Kestrel earned ..." beside "During the comparable period of 1998": the first quarter
        // of 1999 (before: the release's quarter not placed, nothing read)
        String text = "Osprey output boosts Kestrel's profit\n\nKestrel Resources has turned in another profitable quarter, following a strong "
                + "performance by its flagship Osprey gold mine.\n\nIn the three months ended March 31, Kestrel earned $1.23 million on revenue of "
                + "$7.6 million. During the comparable period of 1998, the company earned $579,000 on revenue of $6.3 million.\n\n"
                + "Osprey produced 15,300 oz. gold during the recent first quarter, compared with 13,200 oz. a year ago.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|1999-Q1|PRODUCTION|AU|15300", "Osprey|1998-Q1|PRODUCTION|AU|13200");
        // "the best since the corresponding quarter of 1997": a quarter some years before, no year before the release's (a review's probe)
        assertThat(figuresOf(text.replace("During the comparable period of 1998, the company earned $579,000 on revenue of $6.3 million.",
                "The result was the best since the corresponding quarter of 1997."))).isEmpty();
    }

    @Test
    void a_footnotes_digit_glued_to_a_headers_year() {
        // "Q1 20173": the first quarter of 2017 and footnote 3 (before: no period, its column's figures not read)
        String text = "VANCOUVER, July 13, 2017 /CNW/ - Kestrel Silver Limited (TSX: KSL) announces production results for the second quarter 2017 "
                + "from its two mines, Osprey and Heron.\nConsolidated Operations Summary | Q2 2017 | Q2 2016 | Change | Q2 2017 | Q1 20173 | Change |\n"
                + "Ore processed (tonnes milled) | 98,576 | 99,905 | -1% | 98,576 | 82,456 | 20% |\nGold ounce production | 5,543 | 6,010 | -8% | 5,543 | 5,177 | 7% |\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2017-Q2|TONNES_MILLED|null|98576", "null|2016-Q2|TONNES_MILLED|null|99905",
                "null|2017-Q1|TONNES_MILLED|null|82456", "null|2017-Q2|PRODUCTION|AU|5543", "null|2016-Q2|PRODUCTION|AU|6010", "null|2017-Q1|PRODUCTION|AU|5177");
    }

    @Test
    void a_metals_figure_is_the_one_mine_named_with_that_metal() {
        // "its Osprey copper recovery plant ... and Heron zinc-lead mine": a zinc figure that names no mine is Heron's (before: the
        // company's)
        String text = "Kestrel Metals plc recorded a slight dip in production during the first quarter of 2021 at its Osprey copper recovery plant "
                + "in Kazakhstan and Heron zinc-lead mine in North Macedonia.\n\nCopper production at Osprey was 2,880 tonnes (Q1 2020: 3,201t).\n\n"
                + "Zinc in concentrate production was 5,742t (Q1 2020: 6,127t).\n\nThe average head grades for the period were 3.23% zinc and 3.57% lead.\n";
        assertThat(figuresOf(text)).contains("Heron|2021-Q1|PRODUCTION|ZN|12658943.08404", "Heron|2021-Q1|GRADE|ZN|3.23", "Heron|2021-Q1|GRADE|PB|3.57")
                .noneMatch(f -> f.startsWith("null|"));
        // a third mine whose metals the text does not say may give zinc too: the company's, as before
        assertThat(figuresOf(text.replace("in North Macedonia.", "in North Macedonia, and the Eagle mine.")))
                .contains("null|2021-Q1|PRODUCTION|ZN|12658943.08404");
        // a total is the company's whatever mine gives the metal, and so is an attributable figure
        assertThat(figuresOf(text.replace("Zinc in concentrate production was", "Total zinc in concentrate production was")))
                .contains("null|2021-Q1|PRODUCTION|ZN|12658943.08404");
        assertThat(figuresOf(text.replace("Zinc in concentrate production was", "Attributable zinc in concentrate production was")))
                .contains("null|2021-Q1|PRODUCTION|ZN|12658943.08404");
        // a text that says a mine gives a metal its name does not is read as before (a review's probe: "The Osprey silver mine and
        // the Heron gold operation ... Gold production included 1,500 ounces from Osprey" gave the company's gold to Heron)
        assertThat(figuresOf("TORONTO, April 15, 2021 - Kestrel Metals Inc. (TSX: KMI) reports first quarter 2021 production. The Osprey silver "
                + "mine and the Heron gold operation both performed well.\n\nSilver production was 1.2 million ounces and gold production was 12,000 "
                + "ounces. Gold production included 1,500 ounces from Osprey.\n")).contains("null|2021-Q1|PRODUCTION|AG|1200000", "null|2021-Q1|PRODUCTION|AU|12000");
    }

    @Test
    void guidance_for_this_year_beside_a_target_for_a_later_one() {
        // "on track to meet production guidance for this year of 50,000 oz and ... its long term target of 80,000 oz by 2021": the
        // 50,000 is this year's (before: 2021's, the year the sentence names for the other figure)
        String text = "date 2016-10-07 Senior Business Reporter\n\nThe Osprey Mine produced 13 430 ounces of gold in the third quarter ended "
                + "September 30, 2016.\n\nThe mining corporation said it remains on track to meet production guidance for this year of 50,000 oz "
                + "and continues to progress towards its long term target of 80,000 oz by 2021.\n";
        assertThat(guidanceOf(text)).contains("2016|null|AU|50000-50000|false").doesNotContain("2021|null|AU|50000-50000|false");
    }

    @Test
    void a_german_range_between_two_figures() {
        // "erwartet, im Jahr 2021 zwischen 200.000 und 220.000 Unzen Gold ... zu produzieren": the range (before: 220,000 alone)
        String text = "Kestrel Gold Corp. gab bekannt, dass das Unternehmen erwartet, im Jahr 2021 zwischen 200.000 und 220.000 Unzen Gold aus "
                + "seinen Osprey-Betrieben in Antioquia, Kolumbien, zu produzieren. Im Jahr 2020 produzierten die Osprey-Betriebe 196.362 Unzen Gold.\n";
        assertThat(guidanceOf(text)).containsExactly("2021|null|AU|200000-220000|false");
    }

    @Test
    void an_issuers_name_wrapped_after_its_datelines_dash_and_a_terms_last_words_before_its_initials() {
        // "2023 /PRNewswire/ - Kestrel" over "Silver & Gold Mines Ltd. (TSX: KSG)": one name (before: "Silver & Gold Mines Ltd.")
        assertThat(ReleaseParser.issuerOf("VANCOUVER, BC, July 20,\n2023 /PRNewswire/ - Kestrel\nSilver & Gold Mines Ltd. (TSX: KSG) (NYSE American:\n"
                + "KSG) (\"Kestrel\" or \"the Company\") achieved production results of 587,317 silver equivalent ounces.\n").map(ReleaseIssuer::name))
                .contains("Kestrel Silver & Gold Mines Ltd.");
        // 'Costs per Silver Ounce Sold ("AISCSOS")': the last words of a term its initials shorten, no company (before: the issuer
        // "Silver Ounce Sold")
        assertThat(ReleaseParser.issuerOf("www.kestrelsilver.com\n- Silver production in Q4 2017 was 6.58 million ounces.\n"
                + "- Consolidated All-In Sustaining Costs per Silver Ounce Sold (\"AISCSOS\") were $10.86 in Q4 2017.\n").map(ReleaseIssuer::name))
                .isEmpty();
    }

    @Test
    void a_quarters_end_written_in_figures() {
        // "Quarter Ended 3/31/10": the month first, as in the US; "30/09/2011" the day first; each told by which of the two
        // numbers is a quarter's last day (before: no period, nothing of the table read)
        assertThat(PeriodLabels.parse("Quarter Ended 3/31/10").map(ReportingPeriod::code)).contains("2010-Q1");
        assertThat(PeriodLabels.parse("Three months ended 30/09/2011").map(ReportingPeriod::code)).contains("2011-Q3");
        assertThat(PeriodLabels.parse("Nine months ended 9/30/2011").map(ReportingPeriod::code)).contains("2011-9M");
        assertThat(PeriodLabels.parse("Quarter ended 3/15/10")).isEmpty();
        String text = "Tucson, Arizona, April 28, 2010 - Kestrel Minerals Corporation reports production at its Osprey Mine.\n"
                + "Osprey Mine Production Highlights\nOn 100% Basis |\nQuarter Ended 3/31/10 |\nQuarter Ended 12/31/09 |\nCalendar Full Year 2009 |\n"
                + "Ore processed (tonnes) |\n248,032 |\n277,552 |\n922,521 |\nSilver produced (oz) |\n2,333,563 |\n2,731,274 |\n8,420,448 |\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2010-Q1|TONNES_MILLED|null|248032", "Osprey|2009-Q4|TONNES_MILLED|null|277552",
                "Osprey|2009-FY|TONNES_MILLED|null|922521", "Osprey|2010-Q1|PRODUCTION|AG|2333563", "Osprey|2009-Q4|PRODUCTION|AG|2731274",
                "Osprey|2009-FY|PRODUCTION|AG|8420448");
    }

    @Test
    void a_headers_periods_wrapped_word_by_word_over_lines() {
        // "000's   Q4" over "2019", "Q4" and "2018", "Year" and "2019", "Year" and "2018": a newswire's header whose cells broke
        // inside their words, four periods over rows of four figures, in thousands (before: no header, nothing read)
        String text = "TORONTO, Jan. 09, 2020 (GLOBE NEWSWIRE) - Kestrel Minerals Ltd. today announced preliminary production of its Osprey mine "
                + "for the three months and year ended December 31, 2019, its highest ever at 702,000 tonnes of copper.\n\n"
                + "000’s   Q4\n  2019\nQ4\n2018\n  Year\n  2019\n  Year\n  2018\n"
                + "Copper production (tonnes)1,2 204 158 702 606\nGold production (ounces)2 78 48 257 185\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2019-Q4|PRODUCTION|CU|449743014.48", "Osprey|2018-Q4|PRODUCTION|CU|348330373.96",
                "Osprey|2019-FY|PRODUCTION|CU|1547645079.24", "Osprey|2018-FY|PRODUCTION|CU|1336001307.72", "Osprey|2019-Q4|PRODUCTION|AU|78000",
                "Osprey|2018-Q4|PRODUCTION|AU|48000", "Osprey|2019-FY|PRODUCTION|AU|257000", "Osprey|2018-FY|PRODUCTION|AU|185000");
    }

    @Test
    void an_issuer_a_news_story_names_by_its_ticker_in_the_papers_form() {
        // "Kestrel Gold (KGL-T)", "Kestrel Resources' (KRS-T)", "(KGL-T, KGLF-O)": the Northern Miner's tickers, symbol and
        // exchange's letter (before: no issuer, or a mine or reserve zone the story names first)
        assertThat(ReleaseParser.issuerOf("Drilling increased reserves at the Osprey gold project in Guinea, held by Kestrel Gold (KGL-T, KGLF-O).\n"
                + "The two main zones, Heron and Fayalala, hold the bulk of the reserves.\n").map(ReleaseIssuer::name)).contains("Kestrel Gold");
        assertThat(ReleaseParser.issuerOf("Low metal prices in the second quarter overshadowed Kestrel Resources’ (KRS-T) gains in zinc production.\n")
                .map(ReleaseIssuer::name)).contains("Kestrel Resources");
        // "Canada's Kestrel Corporation", "TSX- and ASX-listed Kestrel Mining": a country's or a listing's words before the name
        assertThat(ReleaseParser.issuerOf("Canada’s Kestrel Corporation has reported its best quarterly gold production.\n").map(ReleaseIssuer::name))
                .contains("Kestrel Corporation");
        assertThat(ReleaseParser.issuerOf("TSX- and ASX-listed Kestrel Mining has exceeded its revised operating plan.\n").map(ReleaseIssuer::name))
                .contains("Kestrel Mining");
        assertThat(ReleaseParser.issuerOf("Sask.-based Kestrel Resources (KRS-T) posted record gold production.\n").map(ReleaseIssuer::name))
                .contains("Kestrel Resources");
        // "Reno-based k-90 Gold Corp.": a name opening with a small letter and its number ("i-80 Gold") after a place's "-based"
        // (before: "based k-90 Gold Corp.")
        assertThat(ReleaseParser.issuerOf("date 2023-03-15 Reno-based k-90 Gold Corp. is continuing mine development progress in Nevada.\n")
                .map(ReleaseIssuer::name)).contains("k-90 Gold Corp.");
    }

    @Test
    void ore_crushed_where_it_goes_to_a_leach_pad_and_no_mill_is_placed_not_milled() {
        // a heap leach's "Ore tonnes crushed" and "grade loaded on pad": ore placed on the pad, and its grade, which the domain
        // does not count (before: read as tonnes milled, tonnes a day and head grade)
        String text = "VANCOUVER, B.C. October 16, 2012 Kestrel Mines Inc. (the Company) announces production for the third quarter of 2012 "
                + "from its Osprey Mine.\n- Silver oz to pad: 413,426\n"
                + "Osprey Mine Operating Highlights | YTD 2012 | Q3 2012 | Q3 2011 |\nSilver ounces produced | 425,746 | 151,368 | 106,636 |\n"
                + "Ore tonnes crushed | 848,533 | 265,598 | 242,359 |\nAverage ore tonnes crushed per day | 3,097 | 2,887 | 2,634 |\n"
                + "Average silver ore grade (gpt) loaded on pad | 43.72 | 48.40 | 40.10 |\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2012-9M|PRODUCTION|AG|425746", "Osprey|2012-Q3|PRODUCTION|AG|151368",
                "Osprey|2011-Q3|PRODUCTION|AG|106636");
        // a mill's crushed ore, in a text of no pad, is what it milled
        assertThat(figuresOf(text.replace("- Silver oz to pad: 413,426\n", "").replace(" loaded on pad", "")))
                .contains("Osprey|2012-Q3|TONNES_MILLED|null|265598", "Osprey|2012-Q3|GRADE|AG|48.4");
    }

    @Test
    void a_name_of_mines_in_capitals_with_no_article_is_a_company() {
        // "Now-defunct Heron Oak Mines originally commissioned Osprey": a company's name, no second mine, so that the one mine's
        // figures stay its own (before: "Now-defunct Heron Oak" a mine, the copper and the recoveries the company's)
        String text = "Vancouver - Despite generating a positive cash flow from its Osprey gold-copper mine in BC, historical low copper "
                + "prices pushed Kestrel Exploration (KEX-T) to a loss of $5.51 million, or 18 per share in the latest quarter ended "
                + "Sept. 30.\n"
                + "Although still recording significant losses, Kestrel\u2019s third quarter of 2001 showed a marked improvement from the "
                + "$8.31 million, or 28-per-share loss tallied in the corresponding period of 2000. Revenues came in at $37.5 million "
                + "during the quarter with cash flow from operations hitting $4.6 million, a significant improvement from the "
                + "operating loss of $7.2 million recorded in the third quarter of 2000.\n"
                + "Located 250 km north of Talon, the Osprey mine produced 64,300 oz. of gold in the quarter, up from the 59,400 oz. "
                + "tallied in the same period a year ago. Copper production dropped to 14.4 million lbs. from 15.6 million lbs. "
                + "recorded in the third quarter of 2000. Gold grades at the operation climbed to 0.81 gram per tonne from 0.69 gram "
                + "recorded in the corresponding period of last year, while copper grades remained steady at 0.22%. Recovery rates "
                + "came in at 64% for gold and 76% copper, down from the 68% and 79% rates hit a year earlier. Operating improvements "
                + "continued to benefit the production with the average mill operating rate coming in at 53,956 tonnes per day, "
                + "compared to 48,303 tonnes per day in the 2000 quarter. The company realized an average gold price of US$273 per oz. "
                + "in the latest quarter, while copper averaged US$67 per lb.\n"
                + "Now-defunct Heron Oak Mines originally commissioned Osprey in May of 1998.\n";
        assertThat(figuresOf(text)).contains("Osprey|2001-Q3|PRODUCTION|AU|64300", "Osprey|2000-Q3|PRODUCTION|AU|59400",
                "Osprey|2001-Q3|PRODUCTION|CU|14400000", "Osprey|2000-Q3|PRODUCTION|CU|15600000", "Osprey|2001-Q3|RECOVERY|AU|64",
                "Osprey|2001-Q3|RECOVERY|CU|76").allMatch(f -> f.startsWith("Osprey|"));
    }

    @Test
    void a_photographs_caption_over_a_storys_opening_titles_no_section() {
        // "The Osprey mine" under the headline, a photograph's caption: the story's figures that name no mine are not Osprey's
        // (before: the company's quarter read as Osprey's)
        String text = "Kestrel reports lower Q2 gold output\n\nThe Osprey mine\n\n"
                + "PERTH (miningweekly.com) - Melbourne-based miner Kestrel has reported a decline in gold production for the June quarter, owing to "
                + "lower production from the Osprey mine, in the Philippines, and teething problems at the new Heron mine, in the US.\n\n"
                + "Gold production during the second quarter of 2017 declined to 124 396 oz, compared with 147 956 oz in the previous quarter.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2017-Q2|PRODUCTION|AU|124396", "null|2017-Q1|PRODUCTION|AU|147956");
    }

    @Test
    void a_figures_cost_between_it_and_its_period_and_a_year_after_were_produced() {
        // "56,712 oz. at a cash cost of US$194 per oz. in the previous quarter": the cost is an aside, the period the figure's
        // (before: 56,712 not read, 61,292 read as the previous quarter's); "251,919 oz. were produced in 2002": that year's
        // (before: the release's quarter)
        String text = "Kestrel Gold (KGL-T) reports on the first quarter of 2004.\n"
                + "These produced a total of 230,294 oz. in 2003. By comparison, 251,919 oz. were produced in 2002 at a cash cost of US$160 per oz.\n"
                + "Gold production for the first quarter of 2004 was 50,919 oz. at a cash cost of US$205 per oz. and a total cost of US$289 per oz., "
                + "compared with 56,712 oz. at a cash cost of US$194 per oz. in the previous quarter and 61,292 oz. at US$170 per oz. in the "
                + "corresponding period of 2003.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2003-FY|PRODUCTION|AU|230294", "null|2002-FY|PRODUCTION|AU|251919",
                "null|2004-Q1|PRODUCTION|AU|50919", "null|2003-Q4|PRODUCTION|AU|56712", "null|2003-Q1|PRODUCTION|AU|61292");
    }

    @Test
    void a_yearless_quarter_right_after_the_half_year_the_text_dates() {
        // "in the third quarter" beside "the first half of 2002" in a story of no date: the third quarter of 2002 (before: the
        // half year taken for the release's period, the quarter's figure read as the half year's)
        String text = "Kestrel Resources (KRS-T) managed to cut its losses in the third quarter as grades continue to recover at its Osprey mine.\n"
                + "The Osprey mine spat out 11,100 oz. of gold during the quarter, better than the 15,200 oz. produced during the first half of 2002.\n"
                + "For the nine-month period, gold production was 26,600 oz., off from the year-ago 33,600 oz.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2002-Q3|PRODUCTION|AU|11100", "Osprey|2002-6M|PRODUCTION|AU|15200",
                "Osprey|2002-9M|PRODUCTION|AU|26600", "Osprey|2001-9M|PRODUCTION|AU|33600");
    }

    @Test
    void a_cited_releases_date_a_records_quarter_and_a_years_guidance_reiterated() {
        // "Strong Q2" with no year, beside "(see April 8, 2024 press releases)", "since Q4 2019" and "reiterating 2024 operational
        // guidance": the second quarter of 2024 (before: of 2023, the cited release's date taken for the text's, then of 2019)
        String text = "Kestrel Mining Announces Strong Q2 Production Results\n"
                + "- Quarterly production of 21,661 oz gold. Production for the quarter was impacted by a temporary suspension (see March 19 and "
                + "April 8, 2024 press releases).\n"
                + "- Kestrel expects operations in the second half of the year to be stronger, reiterating 2024 operational guidance of 120,000 to "
                + "140,000 oz.\n"
                + "- Strong metallurgical recoveries in Q2 of 93.7% gold, representing the highest gold recoveries since Q4 2019.\n";
        assertThat(figuresOf(text)).containsExactly("null|2024-Q2|PRODUCTION|AU|21661");
    }

    @Test
    void the_issuer_named_with_its_ticker_is_no_mine() {
        // "Kestrel (KES-T)" beside "Paced by Osprey, Kestrel turned in": "Overall, Kestrel produced" is the company's (before: a
        // mine "Kestrel", listed beside Osprey)
        String text = "A full quarter of production from the new Osprey gold mine helped Kestrel (KES-T) boost revenues during the three months "
                + "ended June 30, 2004.\n\nOsprey processed around 1.3 million tonnes to produce 74,100 oz. of gold. Mine operating costs came in "
                + "at US$160 per oz., the lowest of Kestrel’s mines.\n\nPaced by Osprey, Kestrel turned in net earnings of US$1.7 million.\n\n"
                + "Overall, Kestrel produced a quarterly record of 193,000 oz. of gold.\n\n"
                + "The Heron mine chipped in increased production as well, turning out 67,000 oz.\n";
        assertThat(figuresOf(text)).contains("null|2004-Q2|PRODUCTION|AU|193000").noneMatch(f -> f.startsWith("Kestrel|"));
    }

    @Test
    void each_figure_of_the_mine_that_produced_it_named_right_after_it() {
        // "including 130 611 oz of gold produced by Osprey mine and 3 054 oz of gold produced by Heron mine": each its own mine,
        // whatever mine was named before (before: 130 611 not read, 3 054 given to Osprey)
        String text = "TORONTO (miningweekly.com) - Canadian miner Kestrel Gold reported its production on Tuesday.\n\n"
                + "During the fourth quarter ended December 31, 2015, consolidated gold output was 133 665 oz, including 130 611 oz of gold "
                + "produced by Osprey mine and 3 054 oz of gold produced by Heron mine.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2015-Q4|PRODUCTION|AU|133665", "Osprey|2015-Q4|PRODUCTION|AU|130611",
                "Heron|2015-Q4|PRODUCTION|AU|3054");
    }

    @Test
    void a_percentage_is_of_the_nearer_of_a_grades_word_and_a_recoverys() {
        // "a copper recovery of 79%, as compared with ... an average feed grade of 0.27% copper and a copper recovery of 78.2%":
        // 0.27% is a grade (before: a recovery, and 78.2% not read)
        String text = "Kestrel Mining reports second quarter 2020 results.\nDuring the quarter, the Osprey mine processed a total of 3.7-million "
                + "tonnes of ore at an average feed grade of 0.28% copper, and a copper recovery of 79%, as compared with processing 3.8-million "
                + "tonnes of ore at an average feed grade of 0.27% copper and a copper recovery of 78.2% in the second quarter of 2019.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2020-Q2|TONNES_MILLED|null|3700000", "Osprey|2020-Q2|GRADE|CU|0.28",
                "Osprey|2020-Q2|RECOVERY|CU|79", "Osprey|2019-Q2|TONNES_MILLED|null|3800000", "Osprey|2019-Q2|GRADE|CU|0.27",
                "Osprey|2019-Q2|RECOVERY|CU|78.2");
    }

    @Test
    void a_figure_annually_is_a_rate_not_a_periods_production() {
        // "full production, at about 300,000 oz. annually, should start in 2007": a rate, no period's figure (before: the
        // quarter's production of the mine named before it)
        String text = "Kestrel Gold (KGL-T) reports on the first quarter of 2006.\nThe Osprey mine produced 7,587 oz. gold in the first quarter of 2006.\n"
                + "Work is under way on a leach plant, with the equipment from the closed Heron mine being assembled. Once the plant is in place, "
                + "full production, at about 300,000 oz. annually, should start in 2007.\n";
        assertThat(figuresOf(text)).containsExactly("Osprey|2006-Q1|PRODUCTION|AU|7587");
    }

    @Test
    void a_portuguese_story_dated_by_the_quarter_it_compares_with_a_year_before() {
        // "mas inferior às 24.094 onças no mesmo período em 2020", "ligeiramente superior ao terceiro trimestre de 2020": a
        // comparison's year, the story's quarter the same of the year after; "10.000 onças por trimestre" is a rate (before: every
        // figure dated 2020, the rate read as a quarter's production)
        String text = "Produ\u00e7\u00e3o de ouro soma 22.602 on\u00e7as no trimestre\n\n"
                + "A produ\u00e7\u00e3o da mina Osprey aumentou para 12.337 on\u00e7as, comparadas com 11.631 on\u00e7as produzidas no segundo trimestre.\n\n"
                + "A Minera\u00e7\u00e3o Kestrel registrou produ\u00e7\u00e3o consolidada de 22.602 on\u00e7as de ouro no terceiro trimestre, 12% a mais sobre as "
                + "20.212 on\u00e7as produzidas no trimestre anterior, mas produ\u00e7\u00e3o bem inferior \u00e0s 24.094 on\u00e7as no mesmo per\u00edodo em 2020.\n\n"
                + "A perfura\u00e7\u00e3o de explora\u00e7\u00e3o somou 18.693 metros, ligeiramente superior ao terceiro trimestre de 2020, com 18.055 metros perfurados.\n\n"
                + "A produ\u00e7\u00e3o em Heron retomou para 10.000 on\u00e7as por trimestre.\n";
        assertThat(figuresOf(text)).contains("Osprey|2021-Q3|PRODUCTION|AU|12337", "null|2021-Q3|PRODUCTION|AU|22602")
                .noneMatch(f -> f.contains("|2020-Q3|") && !f.endsWith("|24094")).noneMatch(f -> f.endsWith("|10000"));
    }

    @Test
    void a_quarter_compared_with_than_in_and_the_ounces_of_a_palladium_mine() {
        // "51% higher than in the third quarter of 2005" is a comparison, the story's quarter that one of the year after; "the
        // mine has produced 164,000 oz." at a palladium mine is no gold (before: every figure dated 2005, 164,000 oz read as gold)
        String text = "Kestrel posts better Q3\n\nThe Osprey mine produced just under 60,000 oz. palladium in the quarter ended Sept. 30, 51% higher "
                + "than in the third quarter of 2005, and the mine has produced 164,000 oz. in the first nine months of 2006.\n\n"
                + "The mine produced 5,612 oz. platinum and 4,313 oz. gold during the quarter, all substantially higher than in the third quarter of 2005.\n";
        assertThat(figuresOf(text)).containsExactly("Osprey|2006-Q3|PRODUCTION|AU|4313");
    }

    @Test
    void an_issuer_heading_its_story_with_tickers_and_a_heap_leachs_crusher_and_pad_grades() {
        // "SilverCrest Mines (CVE:SVL)(OTCQX:STVZF)" over "announced Thursday": the issuer (CVE is the TSX Venture's code), no
        // mine's section; "grades loaded on pad" and "crusher throughput" where ore goes to pad and no mill is named are the
        // pad's (before: no issuer, every figure given to a mine "Kestrel", the pad's grades and crusher's rate read)
        String text = "Kestrel Mines (CVE:KES)(OTCQX:KESTF)\nannounced Thursday that silver production in the first quarter from its\n"
                + "Osprey Mine in Sonora, Mexico more than doubled.\nFor the first quarter, silver production jumped 108 percent to\n"
                + "134,528 ounces, from 64,712 ounces a year ago.\nSilver ounces delivered to pad were up 48 percent, with average\n"
                + "silver ore grades loaded on pad up 22 percent to 41.67 grams per tonne.\n"
                + "\"The crusher throughput averaged approximately 2,900 tonnes per day\nfor Q1 2012, compared to a plan of 2,500 tonnes per day.\"\n";
        ParsedRelease release = new ReleaseParser().parse(text);
        assertThat(release.issuer()).map(ReleaseIssuer::name).contains("Kestrel Mines");
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2012-Q1|PRODUCTION|AG|134528", "Osprey|2011-Q1|PRODUCTION|AG|64712");
    }

    @Test
    void a_share_prices_time_and_date_do_not_date_the_story() {
        // "342.00p" over "15:44 15/11/24", a quote widget's stamp in a story of 2022: no dateline (before: the story's "second
        // quarter" read as that of 2024, the stamp's year)
        String text = "Kestrel pleased with second quarter performance at Osprey\nKestrel Mining\n342.00p\n15:44 15/11/24\n"
                + "Kestrel Mining updated the market on its second quarter operations at the Osprey mine on Thursday.\n"
                + "FTSE AIM 100\n3,528.04\n15:45 15/11/24\n"
                + "Copper grade at Osprey was 0.39% in the quarter, but below the 0.42% it recorded at the same time last year.\n"
                + "Copper recoveries were strong, at 86.44%, higher than the second quarter of 2021.\n";
        assertThat(figuresOf(text)).contains("Osprey|2022-Q2|GRADE|CU|0.39", "Osprey|2022-Q2|RECOVERY|CU|86.44").noneMatch(f -> f.contains("2024"));
    }

    @Test
    void a_rows_blanks_moved_past_its_last_column_leave_its_figures_unplaced() {
        // every row padded with blanks past the header's eight columns, its own blanks moved there: "131,887 | 259,803 | 132,741 |
        // 246,826" are two mines' tonnes of two quarters, not four columns' of the first; only a first quarter as full as its
        // columns, its total their sum, is placed (before: the four read as Alpha's, Beta's, Gamma's and the company's)
        String text = "Kestrel Mining Inc. (TSX: KES) reports production results for the first quarter of 2021.\n"
                + "First Quarter 2021 | First Quarter 2020 | ||||||||||||\n"
                + "Alpha, Peru | Beta, Mexico | Gamma, Argentina | Consolidated | Alpha, Peru | Beta, Mexico | Gamma, Argentina | Consolidated | ||||||\n"
                + "Tonnes milled | 131,887 | 259,803 | 132,741 | 246,826 | |||||||||\n"
                + "Gold production (oz) | 1,922 | 10,301 | 22,332 | 34,555 | 471 | 9,630 | 10,101 | ||||||\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Alpha|2021-Q1|PRODUCTION|AU|1922", "Beta|2021-Q1|PRODUCTION|AU|10301",
                "Gamma|2021-Q1|PRODUCTION|AU|22332", "null|2021-Q1|PRODUCTION|AU|34555");
    }

    @Test
    void the_issuers_total_after_its_mines_share_and_a_fiscal_years_figures_unread() {
        // "Osprey had contributed 1 435 t of copper ..., with Kestrel's total production for the June quarter amounting to 17 460 t
        // of copper, 25 345 t of zinc": the issuer's; "For the full year ended June" is a fiscal year, no calendar period; "averaged
        // 98.8% gold recoveries since entering production in 2016" is no year's recovery (before: zinc given to Osprey, the fiscal
        // year's figures and a 2016 recovery read)
        String text = "Kestrel Resources reported on Thursday that its Osprey mine had contributed 1 435 t of copper and 1 234 oz of gold during the "
                + "three months to June 2023, with Kestrel\u2019s total production for the June quarter amounting to 17 460 t of copper and 25 345 t of zinc.\n\n"
                + "For the full year ended June, Kestrel\u2019s total production amounted to 84 056 t of copper and 85 929 t of zinc.\n\n"
                + "The company has averaged 98.8% gold recoveries since entering production in 2016.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2023-Q2|PRODUCTION|CU|3163633.4597", "Osprey|2023-Q2|PRODUCTION|AU|1234",
                "null|2023-Q2|PRODUCTION|CU|38492710.9452", "null|2023-Q2|PRODUCTION|ZN|55876160.3039");
    }

    @Test
    void tonnes_not_processed_are_no_tonnes_milled() {
        // "resulting in approximately 22,500 tonnes not being processed": ore a stoppage kept from the mill (before: read as the
        // quarter's tonnes milled)
        String text = "Kestrel Gold reports third quarter 2019 results.\nThe Osprey mine produced 22,100 ounces of gold in the third quarter of 2019.\n"
                + "The company noted that it experienced a three-day work stoppage at its Osprey mine after a part of the workforce blocked delivery "
                + "of ore to the mill resulting in approximately 22,500 tonnes not being processed.\n";
        assertThat(figuresOf(text)).containsExactly("Osprey|2019-Q3|PRODUCTION|AU|22100");
    }

    @Test
    void a_share_of_another_mine_and_metal_contained_in_ore_mined_are_no_production() {
        // "6.9 million pounds copper and 6,499 ounces gold from its 30% share of Heron mine production" is a share, no mine's
        // output; "47,238 tonnes mined containing 8,072 ounces of gold ... and 11,001 ounces of silver" is metal in ore mined
        // (before: 6.9 million pounds given to Osprey, 11,001 ounces read as silver produced)
        String text = "Kestrel Metals Corporation (TSX: KES) reports copper and gold production for the first quarter 2025 from Osprey and Heron mines. "
                + "Kestrel's production was 15.8 million pounds copper and 17,120 ounces gold, with 8.9 million pounds copper and 10,621 ounces gold "
                + "coming from Osprey and 6.9 million pounds copper and 6,499 ounces gold from its 30% share of Heron mine production.\n\n"
                + "Q1 2025 highlights at Osprey: 47,238 tonnes mined containing 8,072 ounces of gold at a blended grade of 5.32 g/t and 11,001 ounces "
                + "of silver grading 7.24 g/t silver.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2025-Q1|PRODUCTION|CU|15800000", "null|2025-Q1|PRODUCTION|AU|17120",
                "Osprey|2025-Q1|PRODUCTION|CU|8900000", "Osprey|2025-Q1|PRODUCTION|AU|10621");
    }

    @Test
    void a_story_of_the_year_after_the_one_its_figures_are_compared_with() {
        // "compared with 294,117 oz. and 76.2 million lbs. in 2003" in an undated story naming no year of its own: a story of 2004;
        // "In the fourth quarter also, ... reached record levels: 94,673 oz. gold" is its fourth quarter's, "The daily milling rate
        // in the fourth quarter was 52,136 tonnes" a rate of a day; "silver in the ore extracted ... 47.8 g/t" is mined ore's
        // (before: every figure dated 2003, the rate read as tonnes milled)
        String text = "Kestrel posts record output at Osprey\nThe Osprey mine delivered a record 303,475 oz. gold and 78.3 million lbs. copper, compared with "
                + "294,117 oz. and 76.2 million lbs. in 2003.\nIn the fourth quarter also, gold and copper production at Osprey reached record levels: 94,673 oz. "
                + "gold and 23.9 million lbs. copper.\nThe daily milling rate at Osprey in the fourth quarter was 52,136 tonnes.\n"
                + "The content of silver in the ore extracted at Osprey was higher by 3 percent, amounting to 47.8 g/t.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2004-FY|PRODUCTION|AU|303475", "Osprey|2004-FY|PRODUCTION|CU|78300000",
                "Osprey|2004-Q4|PRODUCTION|AU|94673", "Osprey|2004-Q4|PRODUCTION|CU|23900000", "Osprey|2004-Q4|TPD|null|52136");
    }

    @Test
    void a_pages_date_months_before_the_quarter_reported_ends_dates_nothing() {
        // " date 2020-01-01" over "record quarterly silver production of 407,986 ounces in Q4 2020": a page's date, not the
        // release's, which cannot report a quarter before it ends (before: "in Q4" read as 2019's, the text's Q4 2020 figures as plans)
        String text = " date 2020-01-01 Kestrel Gold produces 407,986 oz silver at Osprey in Q4\n\n"
                + "Kestrel Gold Inc. had record quarterly silver production of 407,986 ounces in Q4 2020 from its Osprey silver mine.\n\n"
                + "Total Q4 tonnes processed was 52,115 at an average grade of 309 g/t silver.\n";
        assertThat(figuresOf(text)).contains("Osprey|2020-Q4|PRODUCTION|AG|407986", "Osprey|2020-Q4|GRADE|AG|309").noneMatch(f -> f.contains("2019"));
    }

    @Test
    void in_the_same_period_is_the_last_period_named_and_a_holders_share_is_no_mines_output() {
        // "The mine also produced 35,848 ounces of gold in the same period" after "for the 12-month period ended December 31, 2010":
        // that year's; "KMC's share of metal production in calendar year 2010 is 4.05 million ounces of silver" is a holder's part
        // (before: the gold dated to the release's quarter, the share read as the mine's silver)
        String text = "Kestrel Minerals Corporation (TSX: KMC) reports that silver production at the Osprey Mine for its quarter ended December 31, 2010 "
                + "increased 10% from the prior quarter to a record 2.76 million ounces.\n\n"
                + "In addition, for the 12-month period ended December 31, 2010, the Osprey Mine production increased by 20% year-over-year to a record of 10.14 million ounces of "
                + "silver. The mine also produced 35,848 ounces of gold in the same period. KMC's share of metal production in calendar year 2010 "
                + "is 4.05 million ounces of silver and 14,339 ounces of gold.\n";
        assertThat(figuresOf(text)).contains("Osprey|2010-FY|PRODUCTION|AU|35848").noneMatch(f -> f.endsWith("|4050000") || f.endsWith("|14339"));
    }

    @Test
    void tonnes_processed_per_calendar_day_after_an_aside_are_a_rate() {
        // "an average of 42,142 tonnes (a 33% improvement from the second quarter) processed per calendar day": tonnes a day (before:
        // read as the quarter's tonnes milled)
        String text = "Kestrel Gold Reports Third Quarter 2013 Operating Results\nThe Osprey mill facility reported an average of 42,142 tonnes (a 33% "
                + "improvement from the second quarter) processed per calendar day during the third quarter of 2013.\n";
        assertThat(figuresOf(text)).containsExactly("Osprey|2013-Q3|TPD|null|42142");
    }

    @Test
    void years_under_spans_with_a_caption_in_the_corner_are_the_spans_years() {
        // "Three Months Ended June 30, | Six Months Ended June 30," over "OSP Production (100% Basis) | 2024 | 2023 | 2024 | 2023":
        // the quarter and the half of each year, the caption no year's (before: the years read as full years, this year's as a plan)
        String text = "Kestrel Silver Reports Q2 2024 Production Results\n"
                + "Kestrel Silver, Inc. (NYSE: KES) announced production results for the quarter and six months ended June 30, 2024 at its Osprey mine.\n"
                + "Three Months Ended June 30, | Six Months Ended June 30, | |||||||\n"
                + "OSP Production (100% Basis) | 2024 | 2023 | 2024 | 2023 | ||||\n"
                + "Tonnes milled (dmt) | 294,869 | 265,342 | 586,983 | 525,770 | ||||\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2024-Q2|TONNES_MILLED|null|294869", "Osprey|2023-Q2|TONNES_MILLED|null|265342",
                "Osprey|2024-6M|TONNES_MILLED|null|586983", "Osprey|2023-6M|TONNES_MILLED|null|525770");
    }

    @Test
    void the_quarter_a_mine_began_production_in_is_not_the_quarter_reported() {
        // "The Osprey mine originally began production in the first quarter of 2019" in a story of June's record, its year unsaid:
        // the start's date, not the period of the story's figures (before: June's rate and recovery read as the first quarter of 2019's)
        String text = "Kestrel Gold (TSXV: KES) has reported record monthly production in June this year from its Osprey mining operation, totalling 1,857 ounces of gold.\n\n"
                + "The Osprey mine originally began production in the first quarter of 2019.\n\n"
                + "An average of 475 tonnes of ore were processed each day at the mine, with a gold recovery rate of 96.5 per cent.\n";
        assertThat(figuresOf(text)).noneMatch(f -> f.contains("2019"));
    }

    @Test
    void a_quarters_years_and_their_variation_under_a_caption_of_thousands_of_dollars() {
        // "(in 000's of $)" over "Three-month period ended September 30," over "Key Performance Metrics | 2024 | 2023 | Variation",
        // a section's title "Operational" right under it: the quarter of each year, the tonnes as printed (before: full years, and
        // the tonnes a thousand times the printed figure)
        String text = "Kestrel Silver Inc. (TSX: KES) announces results for the third quarter ended September 30, 2024 at its Osprey mine.\n"
                + "Q3-2024 Operational and Financial Highlights (in 000's of $)\n"
                + "Three-month period ended September 30, | ||||||\n"
                + "Key Performance Metrics | 2024 | 2023 | Variation | |||\n"
                + "Operational | ||||||\n"
                + "Ore Processed (tonnes) | 83,352 | 70,258 | 19% | |||\n"
                + "Average Grade Processed (g/t Ag) | 161 | 261 | (38)% | |||\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2024-Q3|TONNES_MILLED|null|83352", "Osprey|2023-Q3|TONNES_MILLED|null|70258",
                "Osprey|2024-Q3|GRADE|AG|161", "Osprey|2023-Q3|GRADE|AG|261");
    }

    @Test
    void silver_ingots_produced_above_the_total_produced_are_a_part_of_it() {
        // "Silver Ingots Produced (oz)" and "Silver in Concentrate Produced (oz)" above "Total Silver Produced (oz)": the total is the
        // mine's production, the ingots a part of it (before: the ingots read as the production, the total left)
        String text = "Kestrel Silver Inc. (TSX: KES) announces results for the third quarter ended September 30, 2024 at its Osprey mine.\n"
                + "Three-month period ended September 30, | ||||||\n"
                + "Key Performance Metrics | 2024 | 2023 | Variation | |||\n"
                + "Silver Ingots Produced (oz) | 114,825 | 195,913 | (41)% | |||\n"
                + "Silver in Concentrate Produced (oz) | 241,102 | 323,172 | (25)% | |||\n"
                + "Total Silver Produced (oz) | 355,927 | 519,085 | (31)% | |||\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2024-Q3|PRODUCTION|AG|355927", "Osprey|2023-Q3|PRODUCTION|AG|519085");
    }

    @Test
    void the_year_a_mill_was_recommissioned_in_is_not_the_year_of_a_yearless_quarter() {
        // "the June quarter" in an undated story whose only year is "after the project was recommissioned in May 2017": no year the
        // story is in, so its quarter cannot be placed (before: the June quarter of 2017)
        String text = "Kestrel pumps out 1000th gold bar amid record quarter\n\n"
                + "According to the company's June quarterly report, Kestrel produced a record 72,597 ounces of gold from its Osprey mine for the quarter.\n\n"
                + "Kestrel also poured its 1000th gold bar from Osprey after the project was recommissioned in May 2017.\n";
        assertThat(figuresOf(text)).noneMatch(f -> f.contains("2017"));
    }

    @Test
    void a_company_whose_production_came_from_thirteen_properties_is_not_its_one_named_mines() {
        // "totalling 1,014,172 ounces ... due to contributions from the Osprey mine ... and better than expected performance at 13
        // properties": a company of many mines, one of them named (before: the company's total read as Osprey's)
        String text = "Kestrel Dome Inc. (NYSE: KDG) achieved record production in the third quarter of 2003.\n"
                + "For the first time in Kestrel Dome's history, quarterly gold production exceeded one million ounces, totalling 1,014,172 ounces. "
                + "The record-breaking production was primarily due to contributions from the Osprey mine in Tanzania, which was acquired in July 2003, "
                + "and better than expected performance at 13 properties.\n";
        assertThat(figuresOf(text)).containsExactly("null|2003-Q3|PRODUCTION|AU|1014172");
    }

    @Test
    void a_mine_called_by_its_county_is_still_the_one_mine_and_a_sentence_opening_with_and_names_none() {
        // "the Lincoln County mine" beside "the Osprey Mine": one mine, called once by where it is; "And copper production was" opens
        // with a conjunction, no mine's name (before: two mines, so no figure given to Osprey, and the copper given to "And")
        String text = "Kestrel 'Cautiously Optimistic' About Osprey Mine\n\n"
                + "Miners were able to return to deeper sections of the Osprey Mine. It could be months before production resumes at the Lincoln County mine.\n\n"
                + "Kestrel Minerals also announced its final production numbers for the year. Silver production for 2012 was 1,112,089 ounces, compared to "
                + "1,291,010 ounces in 2011. And copper production was 7,555,215 pounds.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2012-FY|PRODUCTION|AG|1112089", "Osprey|2011-FY|PRODUCTION|AG|1291010",
                "Osprey|2012-FY|PRODUCTION|CU|7555215");
    }

    @Test
    void lists_of_metals_a_quarters_and_a_years_production_included() {
        // "Q4 2023 metals production included:" and "2023 annual metals production included:" over bullets of metals, in a text
        // of several mines: the company's, of the quarter and of the year (before: neither list read)
        String text = "VANCOUVER, BC, Jan. 22, 2024 /CNW/ - Kestrel Silver Mining Ltd. (TSXV: KES) reports its Q4 and annual 2023 production results "
                + "from its Osprey mine and Heron mine.\n\nHighlights:\n\n"
                + "  \u2022 Q4 2023 metals production included:\n    \u2022 1,719,737 ounces of silver;\n    \u2022 290 tonnes of copper;\n"
                + "    \u2022 For silver equivalent production of 5,757,228 ounces.\n\n"
                + "  \u2022 2023 annual metals production included:\n    \u2022 7,004,582 ounces of silver;\n    \u2022 1,254 tonnes of copper;\n"
                + "    \u2022 For silver equivalent production of 22,641,051 ounces.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2023-Q4|PRODUCTION|AG|1719737", "null|2023-Q4|PRODUCTION|CU|639340.5598",
                "null|2023-FY|PRODUCTION|AG|7004582", "null|2023-FY|PRODUCTION|CU|2764596.76548");
    }

    @Test
    void a_total_with_its_mines_parts_told_after_it_is_the_companys() {
        // "Gold production for the quarter reached 34 648 oz, with Osprey delivering 32 947 oz, while Heron produced the balance":
        // the whole, Osprey's part after it (before: the whole said, as no mine's)
        String text = " date 2019-04-12 PERTH (miningweekly.com) - Kestrel Minerals on Friday said that its Osprey mine remained on track.\n\n"
                + "Gold production for the first quarter reached 34 648 oz, with Osprey delivering 32 947 oz, while the Heron operation produced the balance.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2019-Q1|PRODUCTION|AU|34648", "Osprey|2019-Q1|PRODUCTION|AU|32947");
    }

    @Test
    void the_metals_a_sentence_before_gave_together_listed_as_what_it_was_comprised_of() {
        // "Contained metal production for the full year 2019 was 106.2 million pounds of ZnEq metal. This was comprised of 64.4 million
        // pounds of zinc, ...": the year's metal produced, by metal (before: no measure in the sentence, nothing read)
        String text = "TORONTO, Feb. 12, 2020 - Kestrel Resources Inc. (TSX: KES) releases fourth quarter and full year 2019 production results of its Osprey mine.\n"
                + "Contained metal production for the full year 2019 was 106.2 million pounds of zinc equivalent metal. This was comprised of 64.4 million "
                + "pounds of zinc, 27.1 million pounds of lead and 1.4 million ounces of silver.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2019-FY|PRODUCTION|ZN|64400000", "Osprey|2019-FY|PRODUCTION|PB|27100000",
                "Osprey|2019-FY|PRODUCTION|AG|1400000");
    }

    @Test
    void a_figure_alone_in_parentheses_after_a_period_is_that_periods() {
        // "a marginal improvement over Q4 2018 (185 kt) and 7% lower than in Q3 2019 (200 kt)": each period's tonnes (before: the
        // parenthesis taken for a comparison of no period, both figures dropped)
        String text = "TORONTO, Feb. 12, 2020 - Kestrel Resources Inc. (TSX: KES) releases fourth quarter and full year 2019 production results of its Osprey mine.\n"
                + "Milled production of 187 kt demonstrated a marginal improvement over Q4 2018 (185 kt) and 7% lower than in Q3 2019 (200 kt), predominantly a "
                + "result of seasonal holidays.\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2019-Q4|TONNES_MILLED|null|187000", "Osprey|2018-Q4|TONNES_MILLED|null|185000",
                "Osprey|2019-Q3|TONNES_MILLED|null|200000");
    }

    @Test
    void the_issuer_listed_with_its_mine_names_no_second_mine() {
        // "Kestrel Mining Corporation, which owns a 49 percent stake in Osprey Mine" and "Kestrel and Osprey Mine remain on track":
        // one mine, Osprey, beside the issuer's short name (before: "Kestrel" read as a second mine, the quarters compared with
        // given to it)
        String text = "In a statement, Aim-listed Kestrel Mining Corporation, which owns a 49 percent stake in Osprey Mine, said latest production "
                + "statistics show an improvement.\n\n"
                + "\u201cApproximately 13,430 ounces of gold were produced during the 3rd quarter of 2016, representing a 23 per cent year-on-year increase on the gold "
                + "produced in Q3 2015 (10,927 ounces) and a 7.4 percent quarter-on-quarter increase on the gold produced in Q2 2016 (12,509 ounces),\u201d said Kestrel.\n\n"
                + "\u201cProduction in the third quarter was in line with expectations, and shows that Kestrel and Osprey Mine remain on track.\u201d\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2016-Q3|PRODUCTION|AU|13430", "Osprey|2015-Q3|PRODUCTION|AU|10927",
                "Osprey|2016-Q2|PRODUCTION|AU|12509");
    }

    @Test
    void by_how_much_a_plan_was_cut_is_no_plan() {
        // "the target at Heron has been reduced by 10,000 oz." beside "reduced its 2009 gold production target slightly to 382,500 oz.":
        // the cut is the plan's change, not a plan of 10,000 oz (before: read as a mine's guidance of 10,000 oz)
        String text = "VANCOUVER - Kestrel Minerals (KES-T) operates the Osprey and Heron underground gold mines.\n"
                + "The company reduced its 2009 gold production target slightly to 382,500 oz. Production at Osprey is in line with the company's "
                + "initial estimates but the 2009 target at Heron has been reduced by 10,000 oz. as a result of changes to the mine plan.\n";
        assertThat(guidanceOf(text)).contains("2009|null|AU|382500-382500|false").noneMatch(g -> g.contains("10000"));
    }

    @Test
    void a_comma_before_three_digits_and_ounces_parts_thousands_beside_thousands_points() {
        // "llegó a 2,065 onzas" in a page that also writes "4.238 toneladas": both part thousands, no mass being written with three
        // decimals (before: the text read the Spanish way throughout, 2.065 ounces)
        String text = "Kestrel anunció la producción de oro consolidado para abril de 2019 a partir de su planta Osprey.\n\n"
                + "La producción de oro de Kestrel aumentó 69% en abril de 2019, ya que llegó a 2,065 onzas.\n\n"
                + "El material procesado en abril de 2019 alcanzó 4.238 toneladas.\n";
        assertThat(figuresOf(text)).anyMatch(f -> f.endsWith("|2019-04|PRODUCTION|AU|2065")).noneMatch(f -> f.endsWith("|2.065"));
    }

    @Test
    void a_recovery_told_after_a_comparison_with_its_own_with_is_the_quarters() {
        // "the mill throughput of 208,673 dry tonnes was up 28 per cent on the September quarter, with the mill recovery rate being 87.4
        // per cent": the quarter's recovery, in a clause of its own after the comparison (before: the September quarter's)
        String text = " date 2025-02-04 Kestrel Minerals produced 6861 ounces of gold at its Osprey project in the December quarter.\n"
                + "The company said the mill throughput of 208,673 dry tonnes was up 28 per cent on the September quarter, with the mill recovery rate being 87.4 per cent.\n";
        assertThat(figuresOf(text)).contains("Osprey|2024-Q4|RECOVERY|AU|87.4").noneMatch(f -> f.contains("2024-Q3"));
    }

    @Test
    void the_results_of_the_company_and_its_subsidiaries_for_the_year_ended_are_the_years() {
        // "announce the audited consolidated annual results of the Company and its subsidiaries for the year ended 31 December, 2018":
        // a release of the year 2018 (before: no period placed, its year's sentences unread)
        String text = "HONG KONG, Apr 1, 2019 - (ACN Newswire) - Kestrel Gold Mining Co., Ltd. (stock code: 1787.HK) is pleased to announce the audited "
                + "consolidated annual results of the Company and its subsidiaries for the year ended 31 December, 2018.\n\n"
                + "During the Reporting Period, total gold production at the Osprey mine was 1,264,167 ounces.\n";
        assertThat(figuresOf(text)).containsExactly("Osprey|2018-FY|PRODUCTION|AU|1264167");
    }

    @Test
    void copper_for_the_quarter_ended_march_and_a_mines_part_of_it_delivered_in_tonnes() {
        // "Total copper production for the first quarter ended March reached 27 442 t, with the Osprey project delivering 25 575 t":
        // the quarter's copper, the company's, and Osprey's part of it in the same unit (before: neither read, the quarter's end
        // between the metal and its tonnes)
        String text = " date 2019-04-12 PERTH (miningweekly.com) - Copper and gold miner Kestrel Minerals said that its Osprey mine remained on track.\n\n"
                + "Total copper production for the first quarter ended March reached 27 442 t, with the Osprey project delivering 25 575 t and the Heron "
                + "operation 1 867 t.\n";
        assertThat(figuresOf(text)).contains("null|2019-Q1|PRODUCTION|CU|60499253.93804", "Osprey|2019-Q1|PRODUCTION|CU|56383223.5065");
    }

    @Test
    void mines_written_in_the_first_cells_each_over_a_group_of_the_periods_below() {
        // "Operations | Osprey Mines | Heron Mine (100% basis) | Net to Kestrel Gold* | ||||||" over three quarters three times: each
        // mine's group of quarters, the company's net share none of ours (before: every figure given to the section's mine above)
        String text = "Kestrel Gold Limited (ASX: KES) reports results from its activities during its quarter ended 31 December 2017.\n"
                + "Heron Production\n"
                + "A summary of key operational parameters is set out in the following table:\n"
                + "Operations | Osprey Mines | Heron Mine (100% basis) | Net to Kestrel Gold* | ||||||\n"
                + "Dec Quarter 2017 | Sept Quarter 2017 | Dec Quarter 2016 | Dec Quarter 2017 | Sept Quarter 2017 | Dec Quarter 2016 | Dec Quarter 2017 | "
                + "Sept Quarter 2017 | Dec Quarter 2016 | |\n"
                + "Processed (t) | 101,908 | 99,240 | 141,338 | 59,942 | 65,481 | 66,328 | 143,867 | 145,000 | 170,000 |\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2017-Q4|TONNES_MILLED|null|101908", "Osprey|2017-Q3|TONNES_MILLED|null|99240",
                "Osprey|2016-Q4|TONNES_MILLED|null|141338", "Heron|2017-Q4|TONNES_MILLED|null|59942", "Heron|2017-Q3|TONNES_MILLED|null|65481",
                "Heron|2016-Q4|TONNES_MILLED|null|66328");
    }

    @Test
    void a_half_years_story_that_dates_an_event_in_its_second_quarter() {
        // "in the first half to June 2022" over "a labour dispute that took place in the second quarter": a story of the half year
        // (before: of the second quarter, each half's figure given to a quarter)
        assertThat(figuresOf("""
                Kestrel Gold says power outages dealt a blow to its Osprey mine and Heron mine gold output in the first half to June 2022.
                At Osprey mine the decline was compounded by a month-long labour dispute that took place in the second quarter.
                Critically, Osprey mine's production retreated 37 percent to 17,400 ounces from 27,800 ounces realised in the comparable period last year.
                """)).containsExactlyInAnyOrder("Osprey|2022-6M|PRODUCTION|AU|17400", "Osprey|2021-6M|PRODUCTION|AU|27800");
    }

    @Test
    void an_undated_story_of_a_year_told_once_it_was_over() {
        // "poured a record 124,363 oz. gold ... during 2001, and the company says it expects to produce even more in 2002": a story of
        // 2001 (the plan after its turn no year of its figures); "A year earlier, the plant processed" the year before's; "record
        // fourth-quarter production of" the year's fourth quarter; "this year" of its plan the year after (before: every figure
        // given to the fourth quarter of 2002, a plan's year)
        String story = """
                Record output for Kestrel

                Kestrel Gold Mines poured a record 124,363 oz. gold from its Osprey operation in Spain during 2001, and the company says it expects to produce even more in 2002.

                A year earlier, the plant processed 723,588 tonnes running 4.6 grams to produce 97,016 oz. gold.

                The company ended the year on a high note with record fourth-quarter production of 34,543 oz., nearly 18% more than a year earlier.

                Mining in the East pit was completed on schedule in early February 2002.

                With the Charnela deposit expected to come on-stream in March, Kestrel expects production this year to reach 150,000 oz.
                """;
        assertThat(figuresOf(story)).containsExactlyInAnyOrder("Osprey|2001-FY|PRODUCTION|AU|124363", "Osprey|2000-FY|TONNES_MILLED|null|723588",
                "Osprey|2000-FY|PRODUCTION|AU|97016", "Osprey|2001-Q4|PRODUCTION|AU|34543");
        assertThat(guidanceOf(story)).containsExactly("2002|null|AU|150000-150000|false");
        // "To date, production in 2019 is" names a year still running, not the one the story's figures are of
        assertThat(guidanceOf("""
                Kestrel Gold shares shine as it provides Osprey mine production update
                Kestrel Gold expects to produce 67,000 ounces this year, as the Osprey mine comes into its own.
                That resulted in a total 2018 production of 116.5kg of dore (3,010.2 oz of gold). To date, production in 2019 is 39.7kg of dore (1,090oz).
                """)).containsExactly("2019|Osprey|AU|67000-67000|false");
    }

    @Test
    void a_figure_before_a_turn_to_the_plan_with_a_clause_between() {
        // "produced 28,180 oz of gold and, after increasing production in June to budgeted levels, is on course to meet 2015
        // guidance": what was done, then the plan (before: the whole sentence a plan's, its half year's figure not read)
        String text = """
                Kestrel Gold produced 14,664 oz of gold at its Osprey mine in Q2 2015, some 8% higher than Q1.
                In the first half of 2015 the Osprey mine produced 28,180 oz of gold and, after increasing production in the month of June to budgeted levels, is on course to meet 2015 guidance of 72,000-77,000 oz of gold.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2015-Q2|PRODUCTION|AU|14664", "Osprey|2015-6M|PRODUCTION|AU|28180");
        assertThat(guidanceOf(text)).containsExactly("2015|Osprey|AU|72000-77000|false");
    }

    @Test
    void dry_metric_tonnes_of_ore_read_and_saleable_metal_left_out() {
        // "throughput of 51,514 dmt", "1,119 dmt per operating day": ore's dry metric tonnes; "585 ounces of saleable gold" is what
        // is paid for, not produced; "2,016 DMT lead" weighs a concentrate; "ore production of 1,045 dmt per day" what was mined
        // (before: the tonnes not read, the saleable gold read as produced)
        assertThat(figuresOf("""
                Kestrel Metals plc announces production results for the quarter ended June 30, 2021 at its Osprey mine.
                · For the second quarter ended June 30, 2021, the milling facility achieved throughput of 51,514 dmt at a feed grade of 1.44% copper versus 57,357 dmt at a feed grade of 1.64% copper in Q1 2021.
                · During the quarter, the mill achieved throughput of 560 dmt per operating day (Q1 2021: 630 dmt per operating day).
                · The Osprey Mine averaged ore production of 1,045 dry metric tonnes ("dmt") per day (Q1 2021: 998 dmt per day).
                · During the quarter, the operation produced 2,502 tonnes of concentrate containing 673 tonnes of saleable copper and 585 ounces of saleable gold.
                · Concentrate produced was 2,502 dry metric tonnes of copper, 2,016 DMT lead.
                """)).containsExactlyInAnyOrder("Osprey|2021-Q2|TONNES_MILLED|null|51514", "Osprey|2021-Q2|GRADE|CU|1.44", "Osprey|2021-Q1|TONNES_MILLED|null|57357",
                "Osprey|2021-Q1|GRADE|CU|1.64", "Osprey|2021-Q2|TPD|null|560", "Osprey|2021-Q1|TPD|null|630");
    }

    @Test
    void a_bullet_of_a_mines_name_whose_line_goes_on_with_what_it_produced() {
        // "- La Encantada" over "produced 978,416 silver ounces, representing ...": one bullet, the mine its subject (before: the
        // figures read as no mine's, three mines being named)
        assertThat(figuresOf("""
                Kestrel Silver Corp. reports production results for the third quarter of 2020 from its three operating mines.
                HIGHLIGHTS
                - La Osprey
                produced 978,416 silver ounces, representing a 92% increase from
                the prior quarter.
                - San Heron
                produced 1,678,075 ounces of silver and 18,268 ounces of gold,
                representing the highest quarterly silver production since 2018.
                - Santa Plover
                produced 502,375 ounces of silver and 7,428 ounces of gold.
                """)).containsExactlyInAnyOrder("La Osprey|2020-Q3|PRODUCTION|AG|978416", "San Heron|2020-Q3|PRODUCTION|AG|1678075",
                "San Heron|2020-Q3|PRODUCTION|AU|18268", "Santa Plover|2020-Q3|PRODUCTION|AG|502375", "Santa Plover|2020-Q3|PRODUCTION|AU|7428");
    }

    @Test
    void a_wires_table_between_em_dash_rulers_titled_before_its_months() {
        // "————- Osprey Mine (100%) Jul-09 Aug-09 Sep-09 —————— —— —— ——- ————- Mill - Average ore tonnes per day 2,299 ...": the
        // table's title, then its months, each row between rulers of em dashes (before: nothing read)
        String ruler = "\u2014".repeat(24) + "-";
        String text = "HALIFAX, Canada - Kestrel Gold Inc. (TSX:KES): Kestrel is pleased to provide an update on operations in the third quarter of 2009:\n"
                + ruler + " Osprey Mine (100%) Jul-09 Aug-09 Sep-09 \u2014\u2014\u2014\u2014\u2014\u2014 \u2014\u2014 \u2014\u2014 \u2014\u2014- " + ruler
                + " Mill - Average ore tonnes per day 2,299 2,515 3,046 " + ruler + " Heap Leach - Average ore tonnes per day 4,101 6,934 7,399 " + ruler + "\n";
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2009-07|TPD|null|2299", "Osprey|2009-08|TPD|null|2515", "Osprey|2009-09|TPD|null|3046");
    }

    @Test
    void a_level_reached_after_a_comparison_and_a_headlines_verb_in_title_case() {
        // "Santacruz Silver Produces ..." over "Silver Equivalent Production: ...": the headline's subject is the issuer, not the
        // highlight's measure; "increased by 2% compared to Q2 2024, reaching 1,703,388 ounces" is the quarter's own level
        // (before: the issuer "Silver Equivalent Production", the silver Q2 2024's)
        String text = """
                Kestrel Silver Produces 4,644,013 Silver Equivalent Ounces in Q3 2024
                Q3 Production Highlights:
                Silver Equivalent Production: 4,644,013 silver equivalent ounces
                The chief executive commented, "At the Osprey mine, silver production increased by 2% compared to Q2 2024, reaching 1,703,388 ounces."
                """;
        assertThat(new ReleaseParser().parse(text).issuer().map(ReleaseIssuer::name)).contains("Kestrel Silver");
        assertThat(figuresOf(text)).containsExactly("Osprey|2024-Q3|PRODUCTION|AG|1703388");
    }

    @Test
    void a_headline_above_its_dateline_a_level_held_and_a_turn_to_raised_guidance() {
        // "... Operations Update and Increase in Guidance" over "NICOSIA, October 13, 2021 - ...": the dateline begins the body, the
        // headline's guidance no part of it; "remained strong at 13,933 tonnes, and Kestrel is now increasing its production guidance"
        // is the quarter's copper before the plan; "a planned SAG mill maintenance shutdown" an event, no plan; "Recoveries of 87.29%"
        // in a text of copper alone are copper's (before: no period, nothing read)
        String text = """
                Kestrel Mining PLC Announces Q3 2021 Operations Update and Increase in Guidance
                NICOSIA, October 13, 2021 - Kestrel Mining plc is pleased to announce its operations update for the third quarter of 2021.
                Osprey Mine Operating Highlights
                - Copper production in Q3 2021 remained strong at 13,933 tonnes, and Kestrel is now increasing its production guidance for the full year 2021.
                - The plant processed 3.9 million tonnes of ore during Q3 2021, which included a planned SAG mill maintenance shutdown in the Period (previously scheduled for Q4 2021).
                - Recoveries of 87.29% were better than budgeted and helped to offset the impact of the mill shutdown.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.quarter(2021, 3));
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2021-Q3|PRODUCTION|CU|30717006.96446", "Osprey|2021-Q3|TONNES_MILLED|null|3900000",
                "Osprey|2021-Q3|RECOVERY|CU|87.29");
    }

    @Test
    void a_quarter_after_the_one_compared_under_a_dateline_and_a_section_titled_by_its_country_first() {
        // "Quarterly gold production of 12,644oz" and "compared to the March quarter" under a dateline of July 30, 2010: the June quarter;
        // "Brazil - Osprey" titles the mine's section; "a debt facility with Harrier Bank (Australia)" names a lender, no mine;
        // "metallurgical recovery (91.7% vs 90.6%)" gives the quarter's recovery first, of the one metal its sentence names, and "a 15%
        // reduction" is no recovery (before: no period, nothing read)
        String text = """
                PERTH, WESTERN AUSTRALIA--(Marketwire - July 30, 2010) - Kestrel Resources NL (TSX:KES)(ASX:KES) -
                OVERVIEW
                - Quarterly gold production of 12,644oz.
                - Improved performance at Osprey with 17.7% higher production at 7,808oz compared to the March quarter.
                - Both tranches of the US$25m revolving debt facility with Harrier Bank (Australia) approved and available for drawdown.
                OPERATIONS
                Brazil - Osprey
                - The plant processed 59,750t which was 2% higher than the previous quarter bringing total throughput for the financial year to 232,718t.
                - The higher throughput, grade and metallurgical recovery (91.7% vs 90.6%) resulted in gold production of 7,808oz, 17.7% higher than the previous quarter and a 15% reduction in unit cash costs to US$655/oz.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.quarter(2010, 2));
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2010-Q2|PRODUCTION|AU|12644", "Osprey|2010-Q2|TONNES_MILLED|null|59750",
                "Osprey|2010-Q2|PRODUCTION|AU|7808", "Osprey|2010-Q2|RECOVERY|AU|91.7");
    }

    @Test
    void two_metals_grade_together_is_neither_metals() {
        // "a head grade of 6.9% Pb+Zn": lead and zinc together, no grade of lead (before: lead's grade 6.9%)
        assertThat(figuresOf("""
                Kestrel Metals reports on its Osprey mine for the quarter ended 30 September 2017.
                Record Pb and Zn concentrate production of 10,832 tonnes was achieved during the quarter. Ore processed was 94,225 tonnes at a head grade of 6.9% Pb+Zn.
                """)).containsExactly("Osprey|2017-Q3|TONNES_MILLED|null|94225");
    }

    @Test
    void years_to_date_in_a_text_dated_but_naming_no_period() {
        // " date 2021-10-29" over "| YTD 2021 | YTD 2020 |" under "Production from own sources - Total1": the first nine months of
        // each year, the last quarter ended before the date, the company's (before: no table read)
        assertThat(figuresOf("""
                 date 2021-10-29 Kestrel plc reports its production.
                Production from own sources - Total1
                | | YTD 2021 | YTD 2020 |
                | Copper (kt) | 895.5 | 934.7 |
                | Gold (koz) | 593 | 655 |
                """)).containsExactlyInAnyOrder("null|2021-9M|PRODUCTION|CU|1974239556.21", "null|2020-9M|PRODUCTION|CU|2060660762.914",
                "null|2021-9M|PRODUCTION|AU|593000", "null|2020-9M|PRODUCTION|AU|655000");
    }

    @Test
    void a_fiscal_years_revised_guidance_one_cell_a_line_and_a_mine_named_before_its_country() {
        // "Q4 FY2024" ... "FY2024" / "FY 2024" over "Revised Guidance", one cell a line, in a fiscal year ending in September: three
        // calendar quarters and two columns of no period of ours, the plan's range trailing its row; "updates ... from Osprey, Spain"
        // names the mine; "13.50 @ 10.33 g/t Au" is a drill hole's (before: 4 figures for 3 columns, nothing read, the hole's grade read)
        String text = """
                TORONTO, Oct. 16, 2024 /PRNewswire/ - Kestrel Minerals Corp. (TSX: KES) is pleased to report production and exploration updates for the fourth quarter of fiscal year 2024 ("Q4 FY2024) ending September 30, 2024, from Osprey, Spain.
                DDH 24A21948: 13.50 @ 10.33 g/t Au
                Q4 FY2024
                Q3 FY2024
                Q4 FY2023
                FY2024
                FY 2024
                Revised Guidance
                Ore milled (tonnes)
                139,275
                150,843
                189,527
                556,756
                Gold
                Production (oz)
                9,888
                10,832
                12,427
                36,488
                37,000 – 39,000
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2024-Q3|TONNES_MILLED|null|139275", "Osprey|2024-Q2|TONNES_MILLED|null|150843",
                "Osprey|2023-Q3|TONNES_MILLED|null|189527", "Osprey|2024-Q3|PRODUCTION|AU|9888", "Osprey|2024-Q2|PRODUCTION|AU|10832",
                "Osprey|2023-Q3|PRODUCTION|AU|12427");
    }

    @Test
    void the_year_to_a_day_no_quarter_ends_on_is_no_period() {
        // "zinc and lead recoveries averaged 59.3% and 68.2%, respectively, for this year to July 24": a span no calendar period is,
        // in a story of the second quarter (before: the quarter's recoveries)
        assertThat(figuresOf("""
                For the three months ended June 30, 1998, Kestrel Resources milled 720,136 tonnes at its Osprey mine.
                At Osprey, zinc and lead recoveries averaged 59.3% and 68.2%, respectively, for this year to July 24.
                """)).containsExactly("Osprey|1998-Q2|TONNES_MILLED|null|720136");
    }

    @Test
    void a_headings_gerund_names_no_mine_and_months_counted_from_a_start_are_no_period() {
        // "Establishing Long-Term Mine Infrastructure" heads a section, no mine "Establishing Long-Term", so the text's one mine is
        // Osprey's; "an average processing rate of 2,895 tonnes per day during the first six months of production ramp-up" counts
        // months from the start of production, no calendar half (before: the company's figures, and the ramp-up's rate as the quarter's)
        assertThat(figuresOf("""
                VANCOUVER, British Columbia, Jan. 23, 2018 - Kestrel Resources Inc. is pleased to provide an operations update for fourth quarter 2017 at the high-grade gold Osprey Mine.
                  • 70,281 ounces of gold produced in the fourth quarter of 2017, for a total of 152,484 ounces of gold produced during the first six months of production ramp-up;
                  • 95.8% gold recovery rate in the fourth quarter of 2017 for an average gold recovery rate of 96.2% for the first six months of production ramp-up;
                  • an average processing rate of 2,895 tonnes per day during the first six months of production ramp-up.
                Establishing Long-Term Mine Infrastructure
                Underground development focused on establishing sills at the Osprey Mine.
                """)).containsExactlyInAnyOrder("Osprey|2017-Q4|PRODUCTION|AU|70281", "Osprey|2017-Q4|RECOVERY|AU|95.8");
    }

    @Test
    void a_days_date_is_no_month_the_text_reports() {
        // "27 Mar 2008 07:01" heading "Interim Results for the six months ended 31 December 2007 ... the 6 month period": the day it
        // was written, not March's production (before: "produced 33,938 ounces of gold ... in the six month period to 31 December 2007"
        // read as March 2008's)
        String text = """
                Interim Results
                27 Mar 2008 07:01
                Kestrel Gold PLC 27 March 2008 Kestrel Gold plc Interim Results for the six months ended 31 December 2007. Kestrel reports a loss of $43.01 million for the 6 month period. The Osprey mine produced 33,938 ounces of gold in the six month period to 31 December 2007.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isNotEqualTo(ReportingPeriod.month(2008, 3));
        assertThat(figuresOf(text)).isEmpty();
    }

    @Test
    void a_resources_wrapped_line_is_no_production() {
        // "Announced an Initial Mineral" over "Resource at Mansala in Guinea of 6.6 Mt at 1.6 g/t for 343": a resource's grade, its
        // capital no company's name (before: Mansala's head grade)
        assertThat(figuresOf("""
                Quarterly Activities Report for the quarter ending 30 September 2024 of Kestrel Mining at its Osprey mine.
                ·
                Announced an Initial Mineral
                Resource at Mansala in Guinea of 6.6 Mt at 1.6 g/t for 343
                koz of contained gold (at 1g/t cut-off)
                """)).isEmpty();
    }

    @Test
    void a_recovery_of_no_metal_beside_a_metal_we_do_not_follow_is_no_ones() {
        // "Recoveries of 88.6%" in a paragraph of a nickel operation, in a story whose one precious metal is gold: perhaps nickel's,
        // so no metal's (before: a gold recovery of the company's)
        assertThat(figuresOf("""
                JOHANNESBURG - Kestrel Africa reported that gold production at its Osprey gold mine increased 19% to 17 536 oz for the three months ended September 30, 2013.
                Kestrel subsidiary Harrier Nickel saw a 119% increase in nickel-in-concentrate sales to 1 505 t from its Plover operation.
                Recoveries of 88.6% were achieved during the quarter, up from 69.7% during the previous quarter.
                """)).containsExactly("Osprey|2013-Q3|PRODUCTION|AU|17536");
    }

    @Test
    void guiding_for_a_range_is_a_plan_of_the_year_it_names_not_the_year_produced() {
        // "produced 136.7K oz Au for 2014 and is guiding for 135K oz Au to 145K oz Au in 2015": the plan is 2015's; its range is no
        // production (before: 135,000 oz read as 2014's production, the plan given to 2014)
        String text = """
                Kestrel Gold Inc. reports fourth quarter 2014 production from its Osprey mine.
                Kestrel produced 136.7K oz Au for 2014 and is guiding for 135K oz Au to 145K oz Au in 2015 at a cash cost of $700-$750/oz.
                """;
        assertThat(guidanceOf(text)).containsExactly("2015|null|AU|135000-145000|false");
        assertThat(figuresOf(text)).isEmpty();
    }

    @Test
    void two_mines_together_produced_the_companys_total() {
        // "Its Osprey mine in Mauritania and its Heron mine in Ghana together produced a total of 72,664 oz.": the two mines', the
        // company's when they are all it names (before: Heron's)
        assertThat(figuresOf("""
                Kestrel Mining reports fourth quarter 2008 production.
                The company's Osprey mine in Mauritania and its Heron mine in Ghana together produced a total of 72,664 oz. gold during the quarter ended Dec. 31, 2008.
                """)).containsExactly("null|2008-Q4|PRODUCTION|AU|72664");
    }

    @Test
    void a_bullet_that_opens_on_its_figure_states_it() {
        // "- 92.9% gold recoveries": a figure and two words under a quarter's highlights (before: no sentence, no recovery)
        assertThat(figuresOf("""
                Kestrel Mining Corp. reports third quarter 2021 production results from its Osprey gold mine.
                Q3 2021 Production Highlights
                - 33,441 tonnes milled at a grade of 8.25 g/t Au
                - 92.9% gold recoveries
                """)).containsExactlyInAnyOrder("Osprey|2021-Q3|TONNES_MILLED|null|33441", "Osprey|2021-Q3|GRADE|AU|8.25", "Osprey|2021-Q3|RECOVERY|AU|92.9");
    }

    @Test
    void a_mines_throughput_is_no_mills() {
        // "Record mine throughput of 825 tpd" over "Record mill throughput of 803 tpd": the pit's rate, the mill's after it (before:
        // 825 tpd read as the mill's, 803 not read)
        assertThat(figuresOf("""
                Kestrel Mining Corp. reports third quarter 2022 production results from its Osprey silver mine.
                Highlights:
                  • Record mine throughput of 825 tonnes per day (tpd) in Q3 2022 with a monthly record of 941 tpd in September, 2022;
                  • Record mill throughput of 803 tpd in Q3 2022 with a monthly record of 845 tpd in September, 2022;
                """)).contains("Osprey|2022-Q3|TPD|null|803").doesNotContain("Osprey|2022-Q3|TPD|null|825");
    }

    @Test
    void ores_tonnes_named_before_their_figure_are_the_figures() {
        // "The tonnes processed in Q1 2025 were 54,978", "Average tonnes processed per day in Q1 2025 were 773": the unit before
        // the figure, none after it (before: neither read)
        assertThat(figuresOf("""
                Kestrel Mining Corp. reports first quarter 2025 production results from its Osprey mine.
                - The tonnes processed in Q1 2025 were 54,978, a 16% decrease from 65,787 tonnes in Q1 2024.
                - Average tonnes processed per day in Q1 2025 were 773, down 5% from 811 in Q1 2024.
                """)).contains("Osprey|2025-Q1|TONNES_MILLED|null|54978", "Osprey|2025-Q1|TPD|null|773");
    }

    @Test
    void a_quarterly_reports_period_ended_is_its_quarter_and_a_goals_quarter_is_none() {
        // "its quarterly report ... for the period ended June 30" under a July 2009 date, beside "aimed at bringing the annualised
        // production up to 100,000 ozs in Q1 2010": the June quarter of 2009 (before: the first quarter of 2010, the goal's)
        String text = """
                Published: 18:26 22 Jul 2009 AEST
                Kestrel Mining (LSE:KML) today released its quarterly report listing production highlights for the period ended June 30.
                The company completed Phase I ahead of schedule, moving on to Phase II expansion, aimed at bringing the annualised production up to 100,000 ozs in Q1 2010.
                The quarter also marked record production of 16,009 ounces (ozs), up from the previous quarter's 12,716 ozs at the Osprey mine.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.quarter(2009, 2));
    }

    @Test
    void a_recovery_rate_after_its_figure_is_a_level_whatever_its_article() {
        // "at 3.68 g/t Au and a 91.6% recovery rate": a rate is the period's level (before: "a 91.6%" read as a change's size)
        assertThat(figuresOf("""
                Kestrel Gold Corp. reports Q1 2014 production of 6,171 ounces of gold from its Osprey mine.
                -- The mill treated 56,938 tonnes of ore at 3.68 g/t Au and a 91.6% recovery rate
                """)).contains("Osprey|2014-Q1|RECOVERY|AU|91.6");
    }

    @Test
    void a_spanish_sentences_opening_word_is_no_mine() {
        // "En su propiedad participan ..." over "En 2025 su producción ... respecto del año 2024 en que la producción obtenida fue de
        // 83,8 millones de libras": "En" ("in") is no mine's name, in its property or its year (before: the 2024 copper a mine "En"'s)
        assertThat(figuresOf("""
                Kestrel es una compañía de mediana minería que cuenta con tres minas en Atacama: Mina Osprey, Mina Heron y Mina Plover. En su propiedad participan las familias Hurtado y Fernández, con el 27% cada una.
                En 2025 su producción alcanzó a 41,6 mil toneladas de cobre fino, equivalentes a 91,8 millones de libras, registrando un aumento respecto del año 2024 en que la producción obtenida fue de 83,8 millones de libras de cobre fino.
                """)).noneMatch(f -> f.startsWith("En|"));
    }

    @Test
    void a_quarter_reported_before_a_guidance_kept_is_the_releases() {
        // "reported steady third-quarter output from its Osprey gold mine ... and kept full-year guidance unchanged" under an October
        // date: the third quarter is the release's (before: no period, nothing read)
        assertThat(figuresOf("""
                Date: Wednesday 15 Oct 2025
                (Sharecast News) - Kestrel Explorations reported steady third-quarter output from its Osprey gold mine in Nigeria and kept full-year guidance unchanged on Wednesday.
                Gold poured totalled 22,617 ounces in the three months to 30 September, with 19,650 ounces sold.
                """)).containsExactly("Osprey|2025-Q3|PRODUCTION|AU|22617");
    }

    @Test
    void what_the_issuer_says_its_production_was_is_the_companys() {
        // "Kestrel Precious Metals announced that its preliminary Q2 2023 production amounted to 76.3 koz of gold (Q2 2022: 72.9 koz)"
        // in a text of two mines, each with its own figure after (before: the company's figures unplaced)
        assertThat(figuresOf("""
                Kestrel Precious Metals announced that its preliminary Q2 2023 production amounted to 76.3 koz of gold (Q2 2022: 72.9 koz) and 7.9 million pounds of copper (Q2 2022: 8.8 million pounds).
                The company's Osprey mine in Bulgaria produced approximately 44.4 koz of gold and 7.9 million pounds of copper in the second quarter, which increased compared to the first quarter of the year as a result of higher grades, as expected per the mine plan.
                The Heron mine in Bulgaria continued to deliver strong performance, producing approximately 31.9 koz of gold in the second quarter.
                """)).containsExactlyInAnyOrder("null|2023-Q2|PRODUCTION|AU|76300", "null|2022-Q2|PRODUCTION|AU|72900", "null|2023-Q2|PRODUCTION|CU|7900000",
                "null|2022-Q2|PRODUCTION|CU|8800000", "Osprey|2023-Q2|PRODUCTION|AU|44400", "Osprey|2023-Q2|PRODUCTION|CU|7900000",
                "Heron|2023-Q2|PRODUCTION|AU|31900");
    }

    @Test
    void a_starts_rate_is_no_periods_and_grams_after_words_of_grade_are_grades() {
        // "started production at Osprey in September 2007, at which time the mill processed 500 tonnes per day": the start's rate;
        // "The average grades ... were 339 grams silver and 1.7 grams gold": grams per tonne, the tonne unsaid (before: September
        // 2007's rate read, the grades not)
        assertThat(figuresOf("""
                Kestrel Minerals reports second quarter 2008 production from its Osprey gold-silver mine.
                The partners started production at Osprey in September 2007, at which time the mill processed 500 tonnes per day.
                In the second quarter of 2008, the mine produced 829,000 oz. silver and 3,230 oz. gold. The average grades for the 83,517 tonnes of ore processed over the quarter were 339 grams silver and 1.7 grams gold.
                """)).containsExactlyInAnyOrder("Osprey|2008-Q2|PRODUCTION|AG|829000", "Osprey|2008-Q2|PRODUCTION|AU|3230", "Osprey|2008-Q2|TONNES_MILLED|null|83517",
                "Osprey|2008-Q2|GRADE|AG|339", "Osprey|2008-Q2|GRADE|AU|1.7");
    }

    @Test
    void a_clause_of_the_latest_quarter_after_a_comparison_is_the_releases() {
        // "dropped 17% from last year's Q1, with 505,411 tonnes of ore grading 2.2 grams gold processed in the latest quarter": the
        // grade is the release's quarter's (before: the first quarter of 2005's, the one compared with)
        assertThat(figuresOf("""
                Kestrel Gold reports first quarter 2006 production.
                Osprey production dropped 17% from last year's Q1, with 505,411 tonnes of ore grading 2.2 grams gold processed in the latest quarter.
                """)).containsExactly("Osprey|2006-Q1|GRADE|AU|2.2");
    }

    @Test
    void a_project_that_produced_is_a_mine_beside_a_mine_named_and_a_loss_is_no_production() {
        // "The company's Osprey gold project ... produced 21,374 ounces" beside "The company's Heron underground mine also progressed":
        // the project that produced is where the gold came from; "a production offset of approximately 1000 ounces" was lost
        // (before: the gold given to Heron, the one mine named)
        assertThat(figuresOf("""
                Kestrel Mining has released its September 2024 quarter report.
                The company's Osprey gold project in the eastern Goldfields of Western Australia produced 21,374 ounces (oz) of gold.
                "At the average throughput rate and feed grade achieved during the quarter, the delays caused a production offset of approximately 1000 ounces during the period."
                The company's Heron underground mine also progressed well during the quarter, with 1076 metres developed during the period.
                """)).containsExactly("Osprey|2024-Q3|PRODUCTION|AU|21374");
    }

    @Test
    void the_mine_after_a_sentence_of_one_mine_is_that_mine_and_the_year_it_closed_with_is_its_year() {
        // "Osprey Mine produced 458 kg in the first half of the year. However, ..., the Mine closed the year with a total production
        // figure of 758 kg" in a story of the year ended December 2018, of two mines (before: the company's fourth quarter)
        assertThat(figuresOf("""
                Osprey, Heron gold production decreases 22 percent
                ZIMBABWE Stock Exchange-listed miner Kestrel's Osprey and Heron Mines closed the year end December 2018 with a gold production of 22 percent reduction from the previous year.
                According to a statement, Kadoma based Osprey Mine produced 458 kg in the first half of the year. However, due to falling recoveries and the temporary stoppage of operations, the Mine closed the year with a total production figure of 758 kg which demonstrated a 22% reduction from the prior year. While Masvingo based Heron Mine produced 591 kg in the first half.
                The situation was exacerbated by the impromptu suspension of operations in Q4.
                """)).contains("Osprey|2018-FY|PRODUCTION|AU|24370.26589902000884").noneMatch(f -> f.startsWith("null|"));
    }

    @Test
    void a_years_production_right_before_its_figure_is_the_years() {
        // "in the fourth quarter of 2015, for annual production of 135,532 ounces of gold": the year 2015's (before: read as the
        // quarter's, and set aside against its own); "Q2 2014 gold production of" stays the quarter's
        assertThat(figuresOf("""
                Kestrel Gold reports fourth quarter 2015 production.
                The Osprey Mine produced 30,440 ounces of gold in the fourth quarter of 2015, for annual production of 135,532 ounces of gold.
                """)).containsExactlyInAnyOrder("Osprey|2015-Q4|PRODUCTION|AU|30440", "Osprey|2015-FY|PRODUCTION|AU|135532");
        assertThat(figuresOf("""
                Kestrel Mines reports second quarter 2015 production from its Osprey mine.
                Highlights: - Q2 2015 gold production of 26,314 ounces and gold sales of 27,566 ounces; Q2 2014 gold production of 27,510 ounces and gold sales of 27,790 ounces.
                """)).contains("Osprey|2014-Q2|PRODUCTION|AU|27510");
    }

    @Test
    void a_rate_in_a_sentence_of_no_mining_is_the_mills_and_milled_tonnes_are_ores() {
        // "3,057 tpd in second quarter 2013 compared with 2,169 tpd", "a total of 235,388 milled tonnes": the mill's rate and ore
        // (before: neither read); "ex-pit tonnage ... passed the 200,000 tpd mark" is the pit's; "Q3 2017 milled tonnes of 176,035" is
        // no 2,017 tonnes
        assertThat(figuresOf("""
                Kestrel Mining reports second quarter 2013 gold production from its Osprey gold mine.
                - A 33-per-cent increase in ore milled for a total of 235,388 milled tonnes during the quarter;
                - 3,057 tpd in second quarter 2013 compared with 2,169 tpd in first quarter 2013;
                - Milled throughput was up 9% over Q1 2013 milled tonnes of 176,035.
                This was possible with the steady progress on ex-pit tonnage, which has now passed the 200,000 tpd mark.
                """)).containsExactlyInAnyOrder("Osprey|2013-Q2|TONNES_MILLED|null|235388", "Osprey|2013-Q2|TPD|null|3057", "Osprey|2013-Q1|TPD|null|2169",
                "Osprey|2013-Q1|TONNES_MILLED|null|176035");
    }

    @Test
    void a_closing_cause_of_mining_and_stockpiles_leaves_the_figures_before_it() {
        // "Heron ... produced 12 377 oz of gold during the quarter, down from the 20 042 oz delivered in the September quarter, as
        // excessive weather events impacting ore production from the pit necessitated the feeding of lower grade stockpiled ore": the
        // cause's words are its own (before: the sentence set aside as one of mining and stockpiles)
        assertThat(figuresOf("""
                Kestrel Mining reports December quarter 2021 production from its Osprey and Heron gold mines.
                Heron, in Queensland, produced 12 377 oz of gold during the quarter, down from the 20 042 oz delivered in the September quarter, as excessive weather events impacting ore production from the pit necessitated the feeding of lower grade stockpiled ore.
                """)).containsExactlyInAnyOrder("Heron|2021-Q4|PRODUCTION|AU|12377", "Heron|2021-Q3|PRODUCTION|AU|20042");
    }

    @Test
    void the_metals_an_equivalent_is_restated_in_are_their_own_figures() {
        // "of 35,538 oz AuEq or 31,204 oz gold, 1,827,085 lbs copper": the gold after "or" is gold's own (before: set aside as the
        // equivalent's, the copper after it read)
        assertThat(figuresOf("""
                Kestrel Mining reports fourth quarter 2022 production
                Kestrel Mining Inc. announces production results for the fourth quarter ("Q4") of 2022 at its Osprey Gold Mine in Papua New Guinea, of 35,538 oz AuEq or 31,204 oz gold, 1,827,085 lbs copper and 40,517 oz silver.
                """)).containsExactlyInAnyOrder("Osprey|2022-Q4|PRODUCTION|AU|31204", "Osprey|2022-Q4|PRODUCTION|CU|1827085", "Osprey|2022-Q4|PRODUCTION|AG|40517");
    }

    @Test
    void a_quarters_short_name_between_it_and_its_year_leaves_the_quarter() {
        // "results for the fourth quarter ("Q4") of 2022": the quarter of 2022 (before: no period, the short name between)
        assertThat(new ReleaseParser().parse("""
                Kestrel Mining Inc. announces production results for the fourth quarter ("Q4") of 2022 at its Osprey Gold Mine, of 31,204 oz gold.
                """).period()).isEqualTo(ReportingPeriod.quarter(2022, 4));
    }

    @Test
    void what_was_produced_before_a_plan_achieved_is_read_and_the_plan_kept() {
        // "Annual production achieved a record of 122,806 oz AuEq or 107,546 oz gold, ..., achieving the guidance range of 115,000 to
        // 140,000 oz gold": the year's gold before the turn to the plan, and the plan still stated (before: the sentence a plan's)
        String text = """
                Kestrel Mining reports fourth quarter 2022 production
                Kestrel Mining Inc. announces production results for the fourth quarter of 2022 at its Osprey Gold Mine, of 31,204 oz gold.
                Annual production achieved a record of 122,806 oz AuEq or 107,546 oz gold, 6,247,950 lbs copper and 126,043 oz silver, achieving the guidance range of 100,000 to 120,000 oz gold and increasing 18% year over year.
                """;
        assertThat(figuresOf(text)).contains("Osprey|2022-FY|PRODUCTION|AU|107546", "Osprey|2022-FY|PRODUCTION|CU|6247950", "Osprey|2022-FY|PRODUCTION|AG|126043");
        assertThat(guidanceOf(text)).containsExactly("2022|null|AU|100000-120000|false");
    }

    @Test
    void a_quarter_as_of_its_last_day_is_that_quarter_and_no_dateline() {
        // "reported strong operational progress for the quarter, specifically as of December 31, 2024": the fourth quarter of 2024,
        // and no date the text was written on; "The Heron Copper-Pyrite Mine" is Heron (before: no period, and a published date)
        String text = """
                PT Kestrel Copper Gold Tbk reported strong operational progress for the quarter, specifically as of December 31, 2024, marked by high production growth.
                The Osprey Gold Mine produced 35,824 ounces of gold during the quarter, with a cash cost of USD 975/oz. The Heron Copper-Pyrite Mine produced 3,419 tonnes of copper during the quarter.
                """;
        ParsedRelease read = new ReleaseParser().parse(text);
        assertThat(read.period()).isEqualTo(ReportingPeriod.quarter(2024, 4));
        assertThat(read.published()).isEmpty();
        assertThat(figuresOf(read)).contains("Osprey|2024-Q4|PRODUCTION|AU|35824").anyMatch(f -> f.startsWith("Heron|2024-Q4|PRODUCTION|CU|"));
    }

    @Test
    void a_headlines_production_that_the_text_gives_as_metal_in_ore_mined_is_not_read() {
        // "Mako produces 11,047 oz Au at San Albino in Q3 2023" over "47,732 tonnes mined containing 11,047 ounces of gold": the
        // newswire's headline restates the metal in the ore mined as produced (before: read as the quarter's production)
        String text = """
                Kestrel produces 10,531 oz Au at Osprey in Q3 2022

                Kestrel Mining Corp. has provided third quarter 2022 (Q3 2022) production results from its Osprey gold mine.

                Q3 2022 production highlights: 52,084 tonnes mined containing 10,531 ounces of gold at a blended grade of 6.28 g/t gold.

                A total of 44,452 tonnes were milled at a blended grade of 7.82 g/t gold. Gold production in the quarter was 8,598 ounces.
                """;
        ParsedRelease read = new ReleaseParser().parse(text);
        assertThat(figuresOf(read)).contains("Osprey|2022-Q3|PRODUCTION|AU|8598").noneMatch(f -> f.endsWith("|10531"));
        assertThat(read.warnings()).anyMatch(w -> w.key().equals("figure-contained-in-ore"));
    }

    @Test
    void a_quarter_of_this_year_is_the_one_after_the_quarter_it_exceeded() {
        // "produced 18 671 oz of gold in the first quarter of this year, exceeding the 17 050 oz produced in the first quarter of
        // 2024", "surpassing the previous high of 18 515 oz achieved in the first quarter of 2022": the quarters surpassed are
        // compared with, and this year's first quarter is 2025's (before: 2024's, the latest year named)
        String text = """
                Kestrel Mining's Osprey mine produced 18 671 oz of gold in the first quarter of this year, exceeding the 17 050 oz produced in the first quarter of 2024.

                This is a new first-quarter production record, surpassing the previous high of 18 515 oz achieved in the first quarter of 2022.

                Tonnes milled for the quarter were 201 755 t.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.quarter(2025, 1));
        assertThat(figuresOf(text)).contains("Osprey|2025-Q1|PRODUCTION|AU|18671", "Osprey|2024-Q1|PRODUCTION|AU|17050", "Osprey|2025-Q1|TONNES_MILLED|null|201755");
    }

    @Test
    void the_year_a_mine_entered_production_is_no_year_of_the_texts_figures() {
        // "Duketon, the miner's flagship operation, entered production in 2010" in a story of a June quarter: when it began, not the
        // year the quarter's 92,008 ounces are of (before: read as 2010's production)
        String text = """
                Kestrel Resources capped off the year with record production at its Osprey project.

                For the final three months of the year, the miner produced 92,008 ounces of gold.

                Osprey, the miner's flagship operation, entered production in 2010 following the construction of the Heron gold mine.
                """;
        assertThat(figuresOf(text)).noneMatch(f -> f.contains("|2010-"));
    }

    @Test
    void a_bullets_adjective_before_production_names_no_mine() {
        // "; Low gold production of 2,600 oz for the quarter, due to low metallurgical recovery": how the production was, no mine
        // called Low (before: read as a mine "Low")
        String text = """
                Kestrel Gold Limited quarterly report for the quarter ended 30 September 2012
                ; Low gold production of 2,600 oz for the quarter, due to low metallurgical recovery in July 2012;
                """;
        assertThat(figuresOf(text)).containsExactly("null|2012-Q3|PRODUCTION|AU|2600");
    }

    @Test
    void a_headlines_company_before_its_metals_production_is_the_issuer_and_a_countrys_operations_no_mine() {
        // "First Quantum copper production up to 116kt" over "due to higher production at the Zambian operations" and "Kansanshi
        // reported the highest quarterly copper production": the headline's company issues the release (before: Kansanshi), and
        // the Zambian operations are a country's (before: a mine "Zambian")
        String text = """
                Kestrel Minerals copper production up to 116kt, a 13% increase in Q3 2024

                Total copper production for the third quarter was 116,088 tonnes, a 13% increase from Q2 2024 due to higher production at the Zambian operations.

                Osprey reported the highest quarterly copper production since the fourth quarter of 2021.
                """;
        ParsedRelease read = new ReleaseParser().parse(text);
        assertThat(read.issuer()).map(ReleaseIssuer::name).hasValue("Kestrel Minerals");
        assertThat(figuresOf(read)).noneMatch(f -> f.startsWith("Zambian|"));
    }

    @Test
    void a_mines_way_of_mining_may_close_its_name() {
        // "Cooke Underground Operation production increased ... to 26,041 ounces", "Randfontein Surface Operation": mines, so the
        // group's "62,904 ounces produced" is the company's (before: neither named, and the group's ounces given to the one mine named)
        String text = """
                Kestrel Gold Limited June 2012 Quarter Highlights
                - 62,904 ounces produced for the June 2012 quarter representing a 2% increase on the March 2012 quarter
                - Osprey East Operation production totalled 26,493 ounces
                - Heron Underground Operation production increased quarter-on-quarter by 12% to 26,041 ounces
                - Plover Surface Operation production increased quarter-on-quarter by 42% to 10,370 ounces
                """;
        assertThat(figuresOf(text)).contains("null|2012-Q2|PRODUCTION|AU|62904", "Heron Underground|2012-Q2|PRODUCTION|AU|26041",
                "Plover Surface|2012-Q2|PRODUCTION|AU|10370");
        // ("the Heron Underground Mine" beside "Heron": one mine)
        assertThat(figuresOf("""
                Kestrel Gold Limited reports second quarter 2012 production at the Heron Underground Mine.
                The Heron mine produced 26,041 ounces of gold in the quarter.
                """)).containsExactly("Heron|2012-Q2|PRODUCTION|AU|26041");
    }

    @Test
    void a_header_of_spans_to_bracketed_ordinal_days_is_a_header() {
        // "3 months to 30(th)  June 2024   3 months to 31(st) March 2024": a news service's superscript days, and a header of periods
        // parted by runs of spaces however many words it holds (before: read as a sentence, the table unseen)
        String text = """
                Kestrel Mining Limited is pleased to announce record quarterly production results at the Osprey Mine for the three months to the 30(th) June
                2024.

                                                        3 months to 30(th)  June 2024   3 months to 31(st) March 2024  3 months to 30(th)  June 2023
                 Ore processed                          Tonnes  408,481                         327,529                        372,804
                 Gold in concentrate produced           Ozs     6,037                           5,270                          3,237
                """;
        assertThat(figuresOf(text)).contains("Osprey|2024-Q2|TONNES_MILLED|null|408481", "Osprey|2024-Q1|TONNES_MILLED|null|327529",
                "Osprey|2023-Q2|PRODUCTION|AU|3237");
    }

    @Test
    void a_quarter_of_this_year_is_of_the_year_of_a_later_quarter_planned() {
        // "produced 60,707 ounces of gold in the first quarter of this year" beside "The company is looking to increase gold
        // production in the fourth quarter of 2012", no date, no other year: the first quarter of 2012 (before: the fourth
        // quarter of 2012, a wish's, was taken as the release's own)
        String text = """
                Osprey gold production falls 63% in Q1
                BISHKEK. May 30 (Interfax) - Kestrel Mining's Osprey Mine produced 60,707 ounces of gold in the first quarter of this year, 63% less than in the same three months last year.
                The company is looking to increase gold production in the fourth quarter of 2012.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.quarter(2012, 1));
        assertThat(figuresOf(text)).containsExactly("Osprey|2012-Q1|PRODUCTION|AU|60707");
    }

    @Test
    void a_mine_named_only_as_the_source_of_tailings_treated_is_none_of_the_companys() {
        // "continues to produce copper ... from the tailings of Codelco's 108-year-old El Teniente mine": the mine whose tailings the
        // company treats is not the mine its figures are of (before: the text's one mine, given the company's copper)
        String text = """
                Kestrel Resources, which continues to produce copper from the tailings of Codelco's 108-year-old Osprey mine in Chile, reported third-quarter production.
                For the period ended Sept. 30, 2012, Kestrel recovered 12.7 million lbs. copper from fresh and old tailings of Osprey.
                """;
        assertThat(figuresOf(text)).noneMatch(f -> f.startsWith("Osprey|"));
    }

    @Test
    void a_wires_bullets_run_into_one_line_are_sentences_of_their_own() {
        // "-- Silver production increased 11% to 1,820,282 oz -- Gold production increased 9% to 15,319 oz -- ... -- Bullion inventory
        // at quarter-end included 97,654 oz silver": each bullet its own sentence (before: one sentence, set aside for its inventory)
        String text = """
                VANCOUVER, BC -- (Marketwired - October 08, 2015) - Kestrel Silver Corp. (TSX: KST) announces its production in the Third Quarter, 2015.
                Production Highlights for Third Quarter, 2015 (Compared to Third Quarter, 2014)
                -- Silver production increased 11% to 1,820,282 oz -- Gold production increased 9% to 15,319 oz -- Silver oz sold up 50% to 1,844,556 oz -- Bullion inventory at quarter-end included 97,654 oz silver and 223 oz gold
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2015-Q3|PRODUCTION|AG|1820282", "null|2015-Q3|PRODUCTION|AU|15319");
        // (an aside between dashes is no bullet: "Osprey -- the company's flagship -- produced" stays one sentence)
        assertThat(ProseReader.sentences("Osprey -- the company's flagship -- produced 5,000 oz of gold -- a record")).hasSize(1);
    }

    @Test
    void a_month_joined_to_its_quarter_is_dated_and_what_was_done_to_date_is_no_quarters() {
        // "reported strong December-quarter operational performance" under a dateline of January 2018: the fourth quarter of 2017;
        // "To date, ... processing totalling 155 000 dry tonnes grading 3.26 g/t": every tonne so far, no quarter's (before: no period)
        String text = """
                 date 2018-01-23 PERTH - Kestrel Mining on Tuesday reported strong December-quarter operational performance for its Osprey gold mine.
                To date, ore mining from Osprey reached about 185 000 t, with third party processing totalling 155 000 dry tonnes grading 3.26 g/t of gold.
                Gold production in the quarter was 4,550 ounces.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.quarter(2017, 4));
        assertThat(figuresOf(text)).containsExactly("Osprey|2017-Q4|PRODUCTION|AU|4550");
    }

    @Test
    void a_hyphen_printed_as_its_own_character_joins_a_mines_metals() {
        // "Phu Kham Copper\u2010Gold Operation, Laos" (the Unicode hyphen, not the ASCII one): the heading of the mine Phu Kham
        // (before: no mine, the section's figures given to the company)
        String text = """
                Kestrel Limited Quarterly Report for the three months ending 30 June 2009
                Osprey Copper\u2010Gold Operation, Laos
                \u2022 Production for the June quarter was 47,282t of concentrate containing 10,760t copper. In addition, by\u2010products comprising 10,523oz gold and 86,136oz silver were produced during the June quarter
                Heron Gold\u2010Silver Project, Laos
                \u2022 Final phase of feasibility study drilling
                """;
        assertThat(figuresOf(text)).contains("Osprey|2009-Q2|PRODUCTION|AU|10523", "Osprey|2009-Q2|PRODUCTION|AG|86136");
    }

    @Test
    void a_quarter_named_without_its_year_in_a_fiscal_text_is_the_fiscal_one() {
        // "Production of 4,695 ounces in the fourth quarter" of a company whose fiscal year ended June 30, 2018: its fiscal fourth
        // quarter, April to June 2018 (before: the calendar fourth quarter of 2017)
        String text = """
                Kestrel Gold Corp. has released its results for the fourth quarter and fiscal year ended June 30, 2018.
                Osprey mine:
                  \u2022 Production of 4,695 ounces in the fourth quarter, down 5 per cent from 4,932 ounces in the previous quarter;
                """;
        assertThat(figuresOf(text)).contains("Osprey|2018-Q2|PRODUCTION|AU|4695").noneMatch(f -> f.contains("|2017-Q4|"));
    }

    @Test
    void a_row_whose_unit_is_in_its_label_stands_a_cell_earlier_than_rows_of_a_unit_cell() {
        // "Gold grade (g/t) | 6.66 | 5.91 | 4.75 | |" among "Milled ore | Tonnes | 40,465 | ..." under "Qtr 1 | Qtr 2 | Qtr 3": its
        // figures start where the other rows have their unit (before: each read a quarter late, the first lost)
        String text = """
                Kestrel Gold plc reports production at its Osprey mine for the third quarter of 2020.
                OSPREY MINE PRODUCTION STATISTICS | ||||
                Qtr 1 | Qtr 2 | Qtr 3 | ||
                2020 | 2020 | 2020 | ||
                Milled ore | Tonnes | 40,465 | 44,235 | 46,135 |
                Gold grade (g/t) | 6.66 | 5.91 | 4.75 | |
                """;
        assertThat(figuresOf(text)).contains("Osprey|2020-Q1|GRADE|AU|6.66", "Osprey|2020-Q2|GRADE|AU|5.91", "Osprey|2020-Q3|GRADE|AU|4.75",
                "Osprey|2020-Q1|TONNES_MILLED|null|40465");
    }

    @Test
    void spans_of_periods_in_the_plural_and_quarters_with_their_year_in_brackets_are_periods() {
        // "Three-month periods ended March 31," over "2024 | 2023" (before: full years, the release's own a plan's); "Q4 (2012)"
        // and "Q 1 (2013)" beside the months between them (before: no period, the months a column late)
        String periods = """
                Kestrel Silver Inc. announces results for the first quarter ended March 31, 2024 at its Osprey mine.
                Three-month periods ended March 31, |
                ||||||
                Key Performance Metrics | 2024 | 2023 | Variation | |||
                Ore Processed (tonnes) | 81,331 | 72,737 | 12% | |||
                """;
        assertThat(figuresOf(periods)).containsExactlyInAnyOrder("Osprey|2024-Q1|TONNES_MILLED|null|81331", "Osprey|2023-Q1|TONNES_MILLED|null|72737");
        String brackets = """
                Kestrel Gold Limited reports on its Osprey mine for the quarter ended 31 March 2013.
                Q4 (2012) | January | February | March | Q 1 (2013) | |
                Dry Tons Processed (t) | 44081 | 8282 | 15645 | 9000 | 32927 |
                """;
        assertThat(figuresOf(brackets)).contains("Osprey|2012-Q4|TONNES_MILLED|null|44081", "Osprey|2013-01|TONNES_MILLED|null|8282",
                "Osprey|2013-Q1|TONNES_MILLED|null|32927");
    }

    @Test
    void a_title_naming_a_period_is_no_cell_of_the_header_line_under_it() {
        // "Third Quarter and YTD 2014 Highlights" over "  Q3 2014  YTD 2014  ": the title is no header cell one a line (before: the
        // title and the header made one row of two cells, the year to date first, each figure given the other's period)
        String text = """
                Kestrel Gold Corp. reports third quarter 2014 results from its Osprey mine.
                Third Quarter and YTD 2014 Highlights
                  Q3 2014  YTD 2014  
                Gold production (ounces)  20,188   53,864  
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2014-Q3|PRODUCTION|AU|20188", "Osprey|2014-9M|PRODUCTION|AU|53864");
    }

    @Test
    void span_heads_wrapped_before_their_end_days_side_by_side_are_joined() {
        // "Three months ended         Year ended" over "Dec. 31,              Dec. 31," over "2014     2013        2014     2013": each
        // head with the day under it (before: the years read as full years, the quarters' figures given to them)
        String text = """
                Kestrel Gold Corp reports fourth quarter and full year 2014 results for its Osprey mine.
                                     Three months ended         Year ended
                                            Dec. 31,              Dec. 31,
                                          2014     2013        2014     2013
                Gold production
                (ounces)                71,278   52,368     211,823  207,204
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2014-Q4|PRODUCTION|AU|71278", "Osprey|2013-Q4|PRODUCTION|AU|52368",
                "Osprey|2014-FY|PRODUCTION|AU|211823", "Osprey|2013-FY|PRODUCTION|AU|207204");
    }

    @Test
    void a_figure_on_par_with_the_previous_quarters_is_that_quarters_and_a_figure_with_a_plus_sign_is_a_bound() {
        // "on par with the 16 744 oz delivered in the previous quarter": the third quarter's (before: not read); "to achieve a
        // consistent +1 g/t gold head grade": "1 g/t or more", no grade of the quarter (before: read as its head grade)
        String text = """
                28th January 2022 PERTH (miningweekly.com) - Kestrel Resources has reported a solid quarter of production in the three months to December from its Osprey operation.
                Gold production in the December quarter reached 16 442 oz, on par with the 16 744 oz delivered in the previous quarter.
                "The key elements of this plan were to focus on higher-grade ore sources to achieve a consistent +1 g/t gold head grade into the Osprey mill."
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2021-Q4|PRODUCTION|AU|16442", "Osprey|2021-Q3|PRODUCTION|AU|16744");
    }

    @Test
    void a_mine_named_after_a_figure_as_its_cause_is_not_its_owner_and_an_adjective_of_running_names_no_mine() {
        // "The company delivered 108,612 ounces on the back of its Osprey mine": not the mine's, the mine the cause (before: the
        // mine's; in a text of two mines, the company's own is not said); "Stable operation of the metals recovery plant": no mine named "Stable" (before: the company's zinc given to it)
        String owner = """
                 date 2020-07-29 Kestrel Gold has reached a milestone in the June quarter.

                The company delivered 108,612 ounces on the back of its Osprey mine in Western Australia, which lifted production by nearly 30 per cent.

                The Heron mine produced 57,315 ounces in the June quarter.
                """;
        assertThat(figuresOf(owner)).contains("Heron|2020-Q2|PRODUCTION|AU|57315").noneMatch(f -> f.startsWith("Osprey|"));
        String adjective = """
                Kestrel Mining Company Plc Interim Report for January-September 2012
                Highlights Q3 2012
                  \u2022 Zinc production of 7,184t; improved output compared to Q2 2012
                  \u2022 Stable operation of the metals recovery plant throughout most of the quarter
                """;
        assertThat(new ReleaseParser().parse(adjective).figures()).extracting(ParsedFigure::mine).containsExactly((String) null);
    }

    @Test
    void the_model_a_mines_figures_are_reconciled_against_is_no_mine() {
        // "Aided by a Positive Reconciliation Against the Geological Model": no mine named "Geological Model" (before: the plant's
        // gold given to it, the one mine the text seemed to name)
        String text = """
                - Published: 08 June 2016
                Kestrel Pours 29,995 Gold Ounces in May and 92,460 Ounces YTD Aided by a Positive Reconciliation Against the Geological Model
                Operations Update
                Processing Plant
                - The plant produced 29,995 Au oz in May 2016
                - Plant throughput was ahead of plan, averaging 11,468 tpd during May, or 82% of design capacity.
                - The tailings filtration plant delivered an average of 11,651 tpd, matching the cadence of the grinding circuit
                """;
        assertThat(figuresOf(text)).containsExactly("null|2016-05|PRODUCTION|AU|29995");
    }

    @Test
    void a_mines_name_ends_at_its_sentences_full_stop() {
        // "another solid quarter of production at Osprey. While continuing to cycle ...": the mine Osprey, not "Osprey. While"
        // beside it (before: two mines, and the half year's gold, told of neither, set aside)
        String text = """
                Kestrel Gold Corp. announces production results for the second quarter of 2015 from its Osprey mine.
                Gold production in the first half of 2015 was 20,690 ounces.
                The CEO comments, "We are pleased to report another solid quarter of production at Osprey. While continuing to cycle through lower-grade material, we met our plan."
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2015-6M|PRODUCTION|AU|20690");
    }

    @Test
    void a_year_before_to_and_a_figure_is_the_plans_year_not_its_low_end() {
        // "forced the company to trim its production forecast for 2004 to 53,000 oz.": 53,000 oz for 2004 (before: a range of
        // 2,004 to 53,000 oz)
        String text = """
                Kestrel Gold Corp. reports its 2003 results. During 2003, Osprey produced 46,000 oz. of gold, around 9% short of expectations.
                Those problems have also forced the company to trim its production forecast for 2004 to 53,000 oz. at an estimated cash cost of US$260 per oz.
                """;
        assertThat(guidanceOf(text)).containsExactly("2004|null|AU|53000-53000|false");
    }

    @Test
    void by_how_much_a_plan_was_raised_is_no_plan_whatever_stands_between_the_verb_and_by() {
        // "increased its production guidance for 2017 by 10,000 oz. to as much as 125,000 oz.": the plan is 125,000 oz (before:
        // 10,000 oz as a plan beside it)
        String text = """
                Kestrel Gold reports its third quarter of 2017.
                Kestrel increased its production guidance for 2017 by 10,000 oz. to as much as 125,000 oz. gold midway through the year.
                """;
        assertThat(guidanceOf(text)).noneMatch(g -> g.contains("|10000-10000|")).anyMatch(g -> g.startsWith("2017|") && g.contains("125000"));
    }

    @Test
    void a_headline_over_a_line_twice_its_length_did_not_wrap_onto_it() {
        // "Fortitude produces 9,684 ounces of gold in Q2, maintains its 2023 guidance" over a sentence twice as long: two sentences,
        // not one hard-wrapped (before: joined, the headline's plan made the sentence a plan's, and its figures went unread)
        String text = """
                Kestrel produces 9,684 ounces of gold in Q2, maintains its 2023 guidance
                Kestrel Gold has reported preliminary production of 9,684 gold ounces in Q2 2023 from its Osprey mine, down 12% compared to 10,980 ounces produced in Q2 2022.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2023-Q2|PRODUCTION|AU|9684", "Osprey|2022-Q2|PRODUCTION|AU|10980");
        // a line that ends on a word no sentence ends on goes on below, however long the line below ("... 111,039 ounces for the" /
        // "September quarter (Q4 Jun: 99,359 oz). Consolidated All-In Sustaining Cost ...")
        String wrapped = """
                Kestrel Gold Quarterly Report / Q1 September 2015
                Consolidated gold production at Osprey was 111,039 ounces for the
                September quarter (Q4 Jun: 99,359 oz). The All-In Sustaining Cost was A$863 per ounce for the quarter (Q4 Jun: A$979 per ounce), and the average realised gold price was A$1,565 per ounce.
                """;
        assertThat(figuresOf(wrapped)).containsExactlyInAnyOrder("Osprey|2015-Q3|PRODUCTION|AU|111039", "Osprey|2015-Q2|PRODUCTION|AU|99359");
    }

    @Test
    void a_plan_hit_or_met_is_no_plan_stated() {
        // "Firefinch hits production guidance in first quarter of 2022": the quarter the text reports on, met against its plan
        // (before: a plan's sentence, so the text had no period of its own and the quarter's gold went unread)
        String text = """
                Kestrel hits production guidance in first quarter of 2022.
                The Osprey mine produced 10,874 ounces of gold.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2022-Q1|PRODUCTION|AU|10874");
    }

    @Test
    void this_years_plan_in_an_undated_story_of_a_fourth_quarter_is_the_next_years() {
        // "expects an annual gold production between 68,000 and 76,000 oz this year" in a story of the last quarter of 2021: written
        // once 2021 was over, so a plan of 2022 (before: 2021, the quarter's own year)
        String text = """
                Kestrel Gold's quarterly gold production at Osprey went down to 12,244 oz during the last quarter of 2021 from 14,194 oz in the previous quarter.
                Kestrel Gold expects an annual gold production between 68,000 and 76,000 oz this year.
                """;
        assertThat(guidanceOf(text)).containsExactly("2022|null|AU|68000-76000|false");
    }

    @Test
    void a_fiscal_halfs_figures_and_its_comparison_are_no_calendar_periods() {
        // "Gold produced for the six months ended March 31, 2016, was 12,711 ounces, compared to 9871 ounces for the comparative
        // period": October to March, no calendar span (before: 9,871 oz read as the first quarter of 2015)
        String text = """
                Kestrel Gold reports results for the three months ended March 31, 2016.
                The Osprey mine milled 442,331 tonnes for the three months ended March 31, 2016.
                Gold produced at Osprey for the six months ended March 31, 2016, was 12,711 ounces, compared to 9871 ounces for the comparative period.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2016-Q1|TONNES_MILLED|null|442331");
    }

    @Test
    void a_pages_picture_placeholder_titles_no_mines_section() {
        // "IMAGE" on a line of its own where the page's picture stood (before: a section of a mine "Image", which took the figures)
        String text = """
                OPTIMISATION of operations is the ongoing focus of Kestrel Gold in 2016.

                IMAGE

                There were 442,331 tonnes milled for the three months ended March 31, 2016, with an average head grade of 0.44 grams/tonne (g/t).
                """;
        assertThat(figuresOf(text)).noneMatch(f -> f.startsWith("Image|"));
    }

    @Test
    void a_mines_name_that_ends_with_a_country_keeps_it_after_an_article() {
        // "the company's La India gold project in Nicaragua": La India, not "La" (before: a mine "La" given the quarter's gold); and a
        // production still to begin there names no mine of the text's figures
        String text = """
                Kestrel Gold said on Monday that normal operations have resumed at its Osprey gold project following a halt earlier in the quarter.
                Gold production for the three months ended 30 September 2025 fell to 9,145 ounces.
                Kestrel Gold said it remained on track to begin gold production at La India in the fourth quarter of 2026.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2025-Q3|PRODUCTION|AU|9145");
        // the issuer's own name ("Metals Exploration") says nothing of its project's being explored
        String named = """
                Kestrel Exploration said in an update on Monday that normal operations have resumed at its Osprey gold project in the Philippines.
                Gold production for the three months ended 30 September 2025 fell to 9,145 ounces.
                """;
        assertThat(figuresOf(named)).containsExactly("Osprey|2025-Q3|PRODUCTION|AU|9145");
    }

    @Test
    void a_subsidiary_named_with_its_parent_between_commas_is_the_issuer() {
        // "BRIO GOLD INC., a subsidiary of Yamana Gold Inc. (USA) (NYSE:AUY), announced preliminary second quarter 2015 results"
        assertThat(ReleaseParser.issuerOf("KESTREL GOLD INC., a subsidiary of Osprey Gold Inc. (USA) (NYSE:OSP), announced preliminary second quarter 2015 results.")
                .map(ReleaseIssuer::name)).contains("KESTREL GOLD INC.");
    }

    @Test
    void a_quarter_something_is_ready_to_begin_in_is_no_quarter_reported() {
        // "with full production stoping ready to begin in the third quarter of 2015" in a report of the second (before: the third
        // quarter taken as the text's, and its figures dated so)
        String text = """
                Kestrel Gold announced preliminary second quarter results.
                Osprey production was 21,237 ounces of gold in the second quarter. Development work continues at the satellite Maria deposit with full production stoping ready to begin in the third quarter of 2015.
                """;
        ParsedRelease read = new ReleaseParser().parse(text);
        assertThat(read.period()).isEqualTo(ReportingPeriod.parse("2015-Q2"));
        assertThat(figuresOf(read)).containsExactly("Osprey|2015-Q2|PRODUCTION|AU|21237");
    }

    @Test
    void the_figure_a_change_went_to_from_a_period_or_a_level_is_the_texts_own() {
        // "increased from the first quarter of 2015 to 13,974 ounces" (before: the first quarter's), "decreased from 20 798 oz to 16 160
        // oz" (before: a comparison, not read)
        String text = """
                Kestrel Gold reports second quarter 2015 results.
                Second quarter production at Osprey increased from the first quarter of 2015 to 13,974 ounces of gold at cash costs of approximately $798 per ounce.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2015-Q2|PRODUCTION|AU|13974");
        String levels = """
                Kestrel Gold reports June quarter 2017 results.
                Production at the Osprey mine fell from 62 748 oz in the first quarter to 42 899 oz in the second quarter, while the output from the Heron mine decreased from 20 798 oz to 16 160 oz in the same period.
                """;
        assertThat(figuresOf(levels)).contains("Heron|2017-Q2|PRODUCTION|AU|16160");
        // (a recovery's grade after "which" is the gold recovered a tonne, no head grade: "the recovery grade, which increased from 3.7
        // g/t to 4.5 g/t"; a guard: read as a change's level, 4.5 g/t was taken for the mine's head grade)
        String recovered = """
                Kestrel Gold reports its December 2014 quarter.
                The gold lock-up in the Osprey plant being released impacted on the recovery grade, which increased from 3.7 g/t to 4.5 g/t.
                """;
        assertThat(figuresOf(recovered)).isEmpty();
    }

    @Test
    void a_release_of_months_ended_where_no_calendar_quarter_ends_reports_fiscal_quarters() {
        // "Etruscan Resources Inc. (EET.TSX) has reported" over "its financial and operating results for the six months ended May 31,
        // 2008": the company's quarters end in February, May, August and November, so its "second quarter" is none of ours (before:
        // the gold of March to May read as the calendar second quarter's)
        String text = """
                    HALIFAX, July 11 /CNW/ - Kestrel Resources Inc. (KES.TSX) has reported
                its financial and operating results for the six months ended May 31, 2008. All figures are reported in Canadian
                dollars unless otherwise noted.

                    Kestrel achieved a major milestone in the second quarter of 2008 with the first gold pour at its Osprey Gold Mine.
                Approximately 7,800 ounces of gold were recovered in the second quarter and 6,200 ounces poured.
                """;
        ParsedRelease read = new ReleaseParser().parse(text);
        assertThat(read.figures()).isEmpty();
        assertThat(read.warnings()).extracting(Sentence::key).contains("fiscal-quarters.off-calendar");
    }

    @Test
    void a_name_glued_to_its_article_is_read_apart() {
        // "Production at theOmai mine for 2003 was 271,000 ounces of gold": the Omai mine (before: no mine named, the figure unread)
        String text = """
                Kestrel Gold reports its fourth quarter and year 2003 results.
                Production at theOsprey mine for 2003 was 271,000 ounces of gold, in line with the 2003 original mine plan. For the fourth quarter of 2003, gold production at the Heron mine totalled 77,200 ounces.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2003-FY|PRODUCTION|AU|271000", "Heron|2003-Q4|PRODUCTION|AU|77200");
    }

    @Test
    void a_headlines_fy_is_the_year_and_a_clause_during_which_is_the_periods_before_it() {
        // "Avocet FY gold output dips to 74 755 oz" (before: the fourth quarter's, and the issuer "Avocet FY"); "a slight uptick in the
        // fourth quarter, during which Avocet delivered 17 380 oz" after "The slump in full-year output" (before: the year's)
        String text = """
                Kestrel FY gold output dips to 74 755 oz

                27th January 2016

                The slump in full-year output came despite a slight quarter-on-quarter production uptick in the fourth quarter, during which Kestrel produced 17 380 oz at its Osprey mine.
                """;
        ParsedRelease read = new ReleaseParser().parse(text);
        assertThat(read.issuer().map(ReleaseIssuer::name)).contains("Kestrel");
        assertThat(figuresOf(read)).containsExactlyInAnyOrder("Osprey|2015-FY|PRODUCTION|AU|74755", "Osprey|2015-Q4|PRODUCTION|AU|17380");
    }

    @Test
    void the_metals_an_equivalent_is_made_of_in_its_parentheses_are_produced() {
        // "production ... was 22,304 gold equivalent ounces (or 16,148 gold ounces and 485,238 silver ounces)": the gold and the silver
        // (before: the equivalent's words left every figure of the clause unread)
        String text = """
                Kestrel Gold Limited reports its June 2018 quarter.
                Combined gold and silver production (100% basis) for the June 2018 quarter was 22,304 gold equivalent ounces (or 16,148 gold ounces and 485,238 silver ounces).
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2018-Q2|PRODUCTION|AU|16148", "null|2018-Q2|PRODUCTION|AG|485238");
    }

    @Test
    void the_mine_a_sentence_does_not_name_is_the_one_mine_the_line_before_named() {
        // "Alio Gold acquired Florida Canyon ... Rye Patch restarted the mine" over "In 2018's second quarter, the mine produced 11,587
        // oz. gold ... In 2018's first quarter it produced 10,846 oz. gold" (before: unplaced, then the company's)
        String text = """
                Kestrel Gold reports on its second quarter of 2018 at the Osprey and Heron mines.
                Kestrel Gold acquired Heron when it bought out Rye Patch Gold in May 2018. Rye Patch restarted the mine in April 2017.
                In 2018's second quarter, the mine produced 11,587 oz. gold and 8,734 oz. silver. In 2018's first quarter it produced 10,846 oz. gold.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Heron|2018-Q2|PRODUCTION|AU|11587", "Heron|2018-Q2|PRODUCTION|AG|8734",
                "Heron|2018-Q1|PRODUCTION|AU|10846");
    }

    /** A wire's table of a mine titled in capitals, its "% change" heading on a line of its own above the periods (Polymetal Q1 2021). */
    private static final String MINE_IN_CAPITALS_OVER_PERIODS = """
                Kestrel Gold: Q1 2021 production results
                OSPREY
                                            3 months ended Mar 31,
                                                                    % change
                                            2021        2020
                """;

    @Test
    void a_rows_signed_changes_past_the_periods_are_no_period_of_its_own() {
        // "Ore processed, Kt 563 526 +7%" under "2021 2020", the "% change" heading on a line of its own above them (before: "3
        // figures for 2 columns", not read)
        String text = MINE_IN_CAPITALS_OVER_PERIODS + """
                PROCESSING
                Ore processed, Kt           563         526         +7%
                Gold grade, g/t             6.0         8.0         -26%
                Gold recovery               88.8%       87.2%       +2%
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2021-Q1|TONNES_MILLED|null|563000", "Osprey|2020-Q1|TONNES_MILLED|null|526000",
                "Osprey|2021-Q1|GRADE|AU|6", "Osprey|2020-Q1|GRADE|AU|8", "Osprey|2021-Q1|RECOVERY|AU|88.8", "Osprey|2020-Q1|RECOVERY|AU|87.2");
    }

    @Test
    void a_name_in_capitals_right_above_a_tables_periods_titles_it() {
        // "KYZYL" alone on the line above "3 months ended Mar 31," in a text whose one other name is a plant's ("at Amursk POX")
        // (before: the figures were the other name's)
        String text = MINE_IN_CAPITALS_OVER_PERIODS + """
                Ore processed, Kt           563         526
                Gold grade, g/t             6.0         8.0
                Concentrate is shipped to the Heron mine for treatment.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2021-Q1|TONNES_MILLED|null|563000", "Osprey|2020-Q1|TONNES_MILLED|null|526000",
                "Osprey|2021-Q1|GRADE|AU|6", "Osprey|2020-Q1|GRADE|AU|8");
    }

    @Test
    void a_pressure_oxidation_plants_block_is_no_mines() {
        // "Amursk POX" over "Concentrate processed, Kt", its grade, recovery and gold produced under a mine's table: a hub that treats
        // concentrate, its feed's grade no head grade and its gold a part of the mines' (before: read as a mine "Amursk POX")
        String text = MINE_IN_CAPITALS_OVER_PERIODS + """
                Ore processed, Kt           563         526

                Heron POX
                Concentrate processed, Kt   12          16
                Gold recovery               92.4%       91.8%
                Gold produced, Koz          43          67
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2021-Q1|TONNES_MILLED|null|563000", "Osprey|2020-Q1|TONNES_MILLED|null|526000");
    }

    @Test
    void a_unit_cell_before_a_rows_one_figure_is_no_figure_of_a_column() {
        // "Total ore processed | Mt | 2.29 |" under "Q3 2022 | ||", the mine titled above (before: "2 figures for 1 columns", not read)
        String text = """
                Kestrel Gold Corp. is pleased to announce its gold production for the third quarter of 2022.
                Osprey Gold Mine – Mali
                Q3 2022 | ||
                Total ore processed | Mt | 2.29 |
                Gold mill feed grade | g/t | 1.90 |
                Gold recovery | % | 93.1 % |
                Gold produced | oz | 129,933 |
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2022-Q3|TONNES_MILLED|null|2290000", "Osprey|2022-Q3|GRADE|AU|1.9",
                "Osprey|2022-Q3|RECOVERY|AU|93.1", "Osprey|2022-Q3|PRODUCTION|AU|129933");
    }

    @Test
    void a_named_plants_figures_are_the_mine_of_its_name_or_no_other_mines() {
        // "The Pine Cove Mill processed 114,373 tonnes" in a text whose one mine named as such is "the Stog'er Tight Mine" (before:
        // Stog'er Tight's); the mine of the plant's name when the text names it a mine
        String unnamed = """
                TORONTO, Oct. 10, 2019 /CNW/ - Kestrel Mining Inc. is pleased to announce production results for the three months ended September 30, 2019 ("Q3 2019").
                - The Heron Mill processed 114,373 tonnes during Q3 2019 and achieved mill availability of 97%.
                - Mining operations produced 134,347 tonnes of ore during the third quarter, when mining was focused at the Osprey Mine and development at the Heron Pit.
                """;
        assertThat(figuresOf(unnamed)).isEmpty();
        String named = unnamed.replace("the Heron Pit", "the Heron mine");
        assertThat(figuresOf(named)).containsExactly("Heron|2019-Q3|TONNES_MILLED|null|114373");
    }

    @Test
    void a_quantity_from_a_mine_named_right_after_it_is_that_mines() {
        // "25,172oz of gold comprising 13,179oz from the Laverton operations and 11,993oz from the Coolgardie operations" (before:
        // the second figure was the first mine's, the first unread)
        String text = """
                Kestrel Minerals Limited June 2013 Quarterly Activities Report
                  • Production for the period was 25,172oz of gold comprising 13,179oz from the Heron operations and 11,993oz from the Osprey operations
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Heron|2013-Q2|PRODUCTION|AU|13179", "Osprey|2013-Q2|PRODUCTION|AU|11993");
    }

    @Test
    void a_name_before_its_period_and_figures_words_is_their_subject() {
        // "Kounrad Q2 2018 copper production of 3,677 tonnes" in a text whose one mine called so is "the Sasa zinc-lead mine"
        // (before: the one mine's)
        String text = """
                Kestrel Metals plc today provides a H1 2018 operations update for the Osprey copper recovery plant in Kazakhstan and the Heron zinc-lead mine in Macedonia.
                Osprey Q2 2018 copper production of 3,677 tonnes brings output for the first six months of 2018 to 6,747 tonnes.
                """;
        assertThat(figuresOf(text)).contains("Osprey|2018-Q2|PRODUCTION|CU|8106397.37374").noneMatch(f -> f.startsWith("Heron"));
    }

    @Test
    void a_bullet_of_an_operations_quoted_short_name_heads_the_bullets_under_it() {
        // "- Kounrad" over "o H1 2018 copper production, 6,747 tonnes", the text having said "... copper recovery plant in Kazakhstan
        // ('Kounrad') and the Sasa zinc-lead mine in Macedonia ('Sasa')" (before: the one mine's, Sasa's)
        String text = """
                10 July 2018
                Kestrel Metals plc today provides a H1 2018 operations update for the Osprey copper recovery plant in Kazakhstan ('Osprey') and the Heron zinc-lead mine in Macedonia ('Heron').
                Highlights
                - Osprey
                o H1 2018 copper production, 6,747 tonnes
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2018-6M|PRODUCTION|CU|14874588.81714");
    }

    @Test
    void a_figure_of_two_mines_between_them_and_a_past_mines_history_are_no_ones() {
        // "The Neryungri and Aprelkovo heap leach operations ..., producing a total of 33.6 koz between them" (before: Aprelkovo's);
        // "Prior to Scorpio Gold's acquisition in March 2010, Mineral Ridge historically produced ~575,000 ounces of gold" (before:
        // March 2010's)
        String text = """
                Kestrel Gold Reports Q3 2013 Operating Results
                October 14, 2013 - Kestrel Gold N.V. announces its operating results for the third quarter and nine months ended September 30, 2013.
                - The Heron mine produced 47.9 koz in Q3 2013.
                - The Osprey and Merlin heap leach operations increased gold production by 63% and 40% respectively quarter-on-quarter, due to seasonality, producing a total of 33.6 koz between them
                Prior to Kestrel's acquisition in March 2010, the Heron mine historically produced ~575,000 ounces of gold.
                """;
        assertThat(figuresOf(text)).containsExactly("Heron|2013-Q3|PRODUCTION|AU|47900");
    }

    @Test
    void the_year_a_story_of_its_last_quarter_speaks_of_is_that_year() {
        // "For the year, the Cerro San Pedro mine produced 26,799 ounces of gold and 406,592 ounces of silver" in a story of the
        // fourth quarter of 2007 (before: not read, nor said); in a story of a second quarter, "for the year" is no calendar period
        String fourth = """
                Kestrel Resources reports its fourth quarter 2007 production.
                For the year, the Osprey mine produced 26,799 ounces of gold and 406,592 ounces of silver.
                """;
        assertThat(figuresOf(fourth)).containsExactlyInAnyOrder("Osprey|2007-FY|PRODUCTION|AU|26799", "Osprey|2007-FY|PRODUCTION|AG|406592");
        assertThat(figuresOf(fourth.replace("fourth quarter", "second quarter"))).isEmpty();
    }

    @Test
    void what_an_issuer_reported_of_its_own_production_past_a_wires_dateline_and_an_aside_is_its_own() {
        // "date 2022-07-29 (RTTNews) - Glencore Plc (GLEN.L), an Anglo-Swiss commodity and mining firm, reported Friday that its first-half
        // own sourced copper production of 510,200 tonnes was 15 percent lower" in a story that names a mine later (before: unplaced)
        String text = """
                Mining wire: first half of 2022
                 date 2022-07-29 (RTTNews) - Kestrel Plc (KES.L), an Anglo-Swiss commodity and mining firm, reported Friday that its first-half own sourced copper production of 510,200 tonnes was 15 percent lower than last year. The decline was mainly due to ongoing geotechnical constraints at Osprey.
                """;
        assertThat(figuresOf(text)).containsExactly("null|2022-6M|PRODUCTION|CU|1124798460.724");
    }

    @Test
    void a_level_lower_than_a_level_near_it_is_no_changes_size() {
        // "steady gold output at 61,037 ounces lower than 61,461 ounces in June quarter" (before: 61,037 ounces read as by how much
        // the output fell, not read); "5,000 ounces lower than the 61,461 ounces" still is a change's size
        String text = """
                Kestrel Resources Limited has today released its Quarterly Activities Report for the three months ended 30 September 2018.
                September 2018 quarter results have shown steady gold output at 61,037 ounces lower than 61,461 ounces in June quarter.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2018-Q3|PRODUCTION|AU|61037", "null|2018-Q2|PRODUCTION|AU|61461");
        assertThat(figuresOf(text.replace("at 61,037 ounces lower than 61,461", "5,000 ounces lower than 61,461")))
                .containsExactly("null|2018-Q2|PRODUCTION|AU|61461");
    }

    @Test
    void a_mills_size_with_words_of_its_kind_between_is_no_throughput() {
        // "following the installation of the 3,000 tpd high-intensity grinding (\u201cHIG\u201d) mill" (before: 3,000 tpd read as the
        // quarter's rate)
        String text = """
                Kestrel Silver Corp. reports production results for the first quarter of 2020.
                  • Continued strong silver recoveries at the Osprey mine of 94%, following the installation of the 3,000 tpd high-intensity grinding (\u201cHIG\u201d) mill
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2020-Q1|RECOVERY|AG|94");
    }

    @Test
    void a_unit_columns_heading_in_the_labels_place_stands_one_cell_left_of_the_rows() {
        // "Unit | Q1 2021 | Q4 2020 | Q3 2020 |" over "Gold poured | oz | 22,781 | 22,012 | 24,722 |" (before: each figure read as the
        // next column's, the last quarter's first figure as the one before it, and the gold poured and grade rows not read)
        String text = """
                Kestrel Resources plc reports its production for the first quarter of 2021 at the Osprey mine.
                Osprey mine
                Unit | Q1 2021 | Q4 2020 | Q3 2020 | |
                Gold poured | oz | 22,781 | 22,012 | 24,722 |
                Ore processed | t | 345,374 | 359,208 | 352,348 |
                Avg. grade mill feed | g/t | 2.16 | 2.03 | 2.27 |
                Recovery | % | 92.97% | 93.47% | 95.18% |
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder(
                "Osprey|2021-Q1|PRODUCTION|AU|22781", "Osprey|2020-Q4|PRODUCTION|AU|22012", "Osprey|2020-Q3|PRODUCTION|AU|24722",
                "Osprey|2021-Q1|TONNES_MILLED|null|345374", "Osprey|2020-Q4|TONNES_MILLED|null|359208", "Osprey|2020-Q3|TONNES_MILLED|null|352348",
                "Osprey|2021-Q1|GRADE|AU|2.16", "Osprey|2020-Q4|GRADE|AU|2.03", "Osprey|2020-Q3|GRADE|AU|2.27",
                "Osprey|2021-Q1|RECOVERY|AU|92.97", "Osprey|2020-Q4|RECOVERY|AU|93.47", "Osprey|2020-Q3|RECOVERY|AU|95.18");
    }

    @Test
    void a_highlights_figure_with_its_multiplier_after_it_is_no_row_of_a_table() {
        // "Q3-2023 copper production of 11.1 million pounds *" over "Q3-2023 cash cost1 of $2.44 per pound *" (before: split as a
        // table of the quarter, whose row "copper production of | 11.1" gave 11.1 pounds; "million pounds" a row of its own)
        String text = """
                Kestrel Resources Ltd. announces production results for the quarter ended September 30, 2023 from its Osprey mine.
                Q3-2023 copper production of 11.1 million pounds *
                Q3-2023 cash cost1 of $2.44 per pound *
                """;
        assertThat(figuresOf(text)).noneMatch(f -> f.endsWith("|11.1"));
    }

    @Test
    void a_names_heading_beside_a_measure_over_the_periods_gives_the_mines_rows_their_measure_and_the_total_row_is_the_companys() {
        // "Mine | Gold Production (oz) | |||" over "Q4 2024 | Q3 2024 | |", then rows of mines and "Total Gold Production (oz)" (before:
        // the mines' rows had no measure, and the total's "the mine of these figures is not named")
        String text = """
                Kestrel Gold Corporation announces fourth quarter 2024 preliminary gold production.
                2024 Preliminary Gold Production
                Mine | Gold Production (oz) | |||
                Q4 2024 | Q3 2024 | |
                Osprey Complex | 63,742 | 43,106 |
                Heron | 56,483 | 41,084 |
                Total Gold Production (oz) | 120,225 | 84,190 |
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2024-Q4|PRODUCTION|AU|63742", "Osprey|2024-Q3|PRODUCTION|AU|43106",
                "Heron|2024-Q4|PRODUCTION|AU|56483", "Heron|2024-Q3|PRODUCTION|AU|41084",
                "null|2024-Q4|PRODUCTION|AU|120225", "null|2024-Q3|PRODUCTION|AU|84190");
    }

    @Test
    void the_number_of_a_names_word_counts_no_mines() {
        // "We continue to maintain all of our COVID-19 protocols in our operations" in a text of one mine, Marmato (before: read as
        // "19 ... operations", a text of several mines, so the issuer's production was the company's, not its one mine's)
        String text = """
                TORONTO, Oct. 13, 2020 (GLOBE NEWSWIRE) -- Kestrel Gold Corp. announced today that it produced a total of 6,899 ounces of gold in the third quarter of 2020. The Osprey mine is expected to produce between 23,000 and 26,000 ounces of gold in 2020.
                "We continue to maintain all of our COVID-19 protocols in our operations," said the President.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2020-Q3|PRODUCTION|AU|6899");
    }

    @Test
    void a_price_is_no_year_of_a_guidance() {
        // "the full-year production guidance of 87,000 ounces at an AISC of $1900 per ounce" in a text of no year (before: guidance
        // for the year 1900)
        String text = """
                Kestrel Metals (KMX) reports an increase in gold production during the September quarter
                  • The company says the Q1 performance went to plan when considering the full-year production guidance of 87,000 ounces at an AISC of $1900 per ounce
                """;
        assertThat(guidanceOf(text)).noneMatch(g -> g.startsWith("1900|"));
    }

    @Test
    void a_bullets_first_words_wrapped_short_read_on_into_the_next_line() {
        // "- Copper cathode" over "production was 900 tonnes at an average grade of 0.57% compared to" (before: two lines, neither a
        // sentence of production); "trading from the TSX to the TSXV" names no mine
        String text = """
                Kestrel Copper Inc. today announced its operating results for the three months ended March 31, 2021.
                Corporate
                - Transitioned
                listing and trading from the TSX to the TSXV
                Operations
                - Copper cathode
                production was 900 tonnes at an average grade of 0.57% compared to
                1,484 tonnes in Q1 2020
                """;
        assertThat(figuresOf(text)).containsExactly("null|2021-Q1|PRODUCTION|CU|1984160.358");
    }

    @Test
    void a_plans_word_in_an_aside_before_a_figure_makes_no_plan_of_it() {
        // "silver production was 347,503 ounces (11% above budget) and gold production was 14,688 ounces" (before: the gold figure
        // read as the budget's, not read); "guidance (revised) of 150,000 ounces" still is a plan's
        String text = """
                Kestrel Mines Inc. reports production for the second quarter of 2013 at its Osprey mine.
                For the first six months of 2013, silver production was 347,503 ounces (11% above budget) and gold production was 14,688 ounces (11% below budget).
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2013-6M|PRODUCTION|AG|347503", "Osprey|2013-6M|PRODUCTION|AU|14688");
        assertThat(figuresOf(text.replace("gold production was 14,688", "gold production guidance (revised) of 14,688"))).noneMatch(f -> f.endsWith("|14688"));
    }

    @Test
    void the_period_a_quarterly_report_on_the_line_above_ends_is_its_quarter() {
        // "Quarterly Activities Report" over "for the period ended 30 September 2021", a bullet before the figure's comparing with
        // the "September 2020 quarter" (before: the release's quarter was read as the third of 2020, and its figure dated so)
        String text = """
                29 October 2021
                Kestrel Mining Limited
                Quarterly Activities Report
                for the period ended 30 September 2021
                · Total Recordable Injury Frequency Rate (TRIFR) of 1.26 consistent with the prior quarter and September 2020 quarter
                · Quarterly production (gold poured) of 76,336 ounces (oz) in line with the prior quarter
                """;
        assertThat(figuresOf(text)).containsExactly("null|2021-Q3|PRODUCTION|AU|76336");
        // ("Allied Gold Limited: Quarterly Report for Period Ended 30 June 2010", the period on the title's own line; before: no period)
        String oneLine = """
                Kestrel Gold Limited: Quarterly Report for Period Ended 30 June 2010
                Osprey Operations (PNG)
                -- Gold production 18,109 ounces for quarter and 64,327 ounces for twelve months to 30 June.
                """;
        assertThat(new ReleaseParser().parse(oneLine).period()).isEqualTo(ReportingPeriod.parse("2010-Q2"));
    }

    @Test
    void a_years_heading_with_its_footnotes_mark_dates_the_bullets_under_it() {
        // "2020 HIGHLIGHTS 2" over "Limon produced 64,558 ounces ..." in a release of the fourth quarter and the year (before: the
        // heading, its footnote's mark read as a figure, was no heading, and the bullets' figures were the fourth quarter's)
        String text = """
                VANCOUVER, British Columbia, Feb. 24, 2021 (GLOBE NEWSWIRE) -- Kestrel Mining Corp. announces financial and operational results for the three months and year ended December 31, 2020 ("Q4 2020" and "2020", respectively).

                2020 HIGHLIGHTS 2

                  • Gold production of 136,009 ounces:
                    • Osprey produced 64,558 ounces from 428,081 tonnes of ore processed at an average grade of 5.25 g/t Au and an 89.8% recovery rate; and
                """;
        assertThat(figuresOf(text)).contains("Osprey|2020-FY|PRODUCTION|AU|64558", "Osprey|2020-FY|TONNES_MILLED|null|428081")
                .noneMatch(f -> f.contains("|2020-Q4|"));
    }

    @Test
    void a_section_of_safety_and_sustainability_names_no_mine() {
        // "Safety and Sustainability" over a paragraph, a table of no mine after it (before: its figures were a mine "Sustainability"'s)
        String text = """
                Kestrel Gold Corporation is pleased to announce its results for the first quarter of 2019.
                Safety and Sustainability
                Operations at the mine continue to be amongst the safest in the country.
                | Q1 2019 | Q1 2018 |
                Recovery (%) | 95.1 | 94.0 |
                """;
        assertThat(figuresOf(text)).isEmpty();
    }

    @Test
    void a_quarterly_activity_report_for_a_month_is_of_the_quarter_ended_then() {
        // "QUARTERLY ACTIVITY REPORT FOR DECEMBER 2015", "activity" in the singular (before: only "activities" made a quarter of
        // it, and the release had no period, its table none either)
        String text = """
                Kestrel Minerals
                QUARTERLY ACTIVITY REPORT FOR DECEMBER 2015
                Kestrel Minerals Limited reports on its Osprey copper mine.
                The Osprey mill treated 441,983 tonnes of ore in the quarter.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.parse("2015-Q4"));
        assertThat(figuresOf(text)).containsExactly("Osprey|2015-Q4|TONNES_MILLED|null|441983");
    }

    @Test
    void the_issuers_own_production_is_the_companys_whatever_mines_its_causes_name() {
        // "Resolute's quarterly production of 89,888oz ... was driven by another strong performance from the Mako Gold Mine (Mako)
        // in Senegal and an improved performance from the Syama Sulphide operation" (before: two mines named after the figure left
        // it unplaced); a mine named before the figure still makes it the mine's
        String text = """
                Kestrel Mining Limited (Kestrel or the Company) presents its Quarterly Activities Report for the period ended 31 December 2020.
                Kestrel's quarterly production of 89,888oz at an AISC of US$1,002/oz during the December quarter was driven by another strong performance from the Osprey Gold Mine (Osprey) in Senegal and an improved performance from the Falcon Sulphide operation.
                """;
        assertThat(figuresOf(text)).containsExactly("null|2020-Q4|PRODUCTION|AU|89888");
        assertThat(figuresOf(text.replace("Kestrel's quarterly production", "At the Osprey mine, Kestrel's quarterly production")))
                .containsExactly("Osprey|2020-Q4|PRODUCTION|AU|89888");
    }

    @Test
    void a_table_of_no_mine_in_a_text_that_names_no_place_of_work_is_the_companys() {
        // Serabi's "SUMMARY PRODUCTION STATISTICS" in a release that names no mine, no project, no plant, nothing "at" a place
        // (before: "the mine of these figures is not named" on every row); a text that names a mine anywhere, in any words the
        // parser does not take for a mine's name ("the Falcon underground mine", "mining at Falcon"), leaves it unread: whose the
        // table is, the words do not say
        String text = """
                22 October 2020
                Kestrel Gold plc reports steady gold production for the third quarter of 2020.
                SUMMARY PRODUCTION STATISTICS FOR 2020
                | Qtr 2 | Qtr 3 |
                | 2020 | 2020 |
                Gold production | Ounces | 8,504 | 7,224 |
                Milled ore | Tonnes | 44,235 | 46,135 |
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2020-Q2|PRODUCTION|AU|8504", "null|2020-Q3|PRODUCTION|AU|7224",
                "null|2020-Q2|TONNES_MILLED|null|44235", "null|2020-Q3|TONNES_MILLED|null|46135");
        assertThat(figuresOf(text.replace("for the third quarter of 2020.", "for the third quarter of 2020, mining at Falcon.")))
                .noneMatch(f -> f.startsWith("null|"));
        assertThat(figuresOf(text.replace("for the third quarter of 2020.", "for the third quarter of 2020 from the Falcon underground mine.")))
                .noneMatch(f -> f.startsWith("null|"));
        // ("Zone II Mine Plan Approval Update": a plan of mining, no place of work named)
        assertThat(figuresOf(text.replace("22 October 2020", "Zone II Mine Plan Approval Update\n22 October 2020"))).contains("null|2020-Q3|PRODUCTION|AU|7224");
        // ("Operations at the mine were steady": one mine, its name unsaid, whose plant's figures the table may be)
        assertThat(figuresOf(text.replace("for the third quarter of 2020.", "for the third quarter of 2020. Operations at the mine were steady.")))
                .noneMatch(f -> f.startsWith("null|"));
    }

    @Test
    void a_title_with_the_share_the_company_owns_names_a_mine() {
        // "Coimolache (40.10% owned by Buenaventura)" over its production table, "Uchucchacua (100% owned by Buenaventura)" after
        // it, the text naming "the Uchucchacua mine" (before: the table's figures were Uchucchacua's, the one mine the parser saw)
        String text = """
                Kestrel Mining reports its first quarter 2023 results.
                Osprey (40.10% owned by Kestrel)
                Production
                | 1Q23 | 1Q22 | Var % |
                Gold | Oz | 6,536 | 19,512 | -67% |
                1Q23 gold production at Osprey decreased by 67% year on year.
                Falcon (100% owned by Kestrel)
                Exploration and mine development continues as planned at the Falcon mine.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2023-Q1|PRODUCTION|AU|6536", "Osprey|2022-Q1|PRODUCTION|AU|19512");
    }

    @Test
    void a_story_without_a_date_is_of_the_year_after_the_same_quarter_it_compares_with() {
        // "produced 25,825 oz. gold in the three months ended Sept. 30" beside "It produced 91,415 oz. in 1997" and "In the
        // corresponding quarter of 1997, the company lost $620,000", then "In the first nine months of 1997, the company lost $2.8
        // million" (before: the span compared with, 1997's nine months, made the quarter 1997's)
        String text = """
                Kestrel posts profits
                Osprey, a 50-50 joint venture, produced 25,825 oz. gold in the three months ended Sept. 30 for total production of 73,855 oz. in the first nine months of the year. It produced 91,415 oz. in 1997.
                Kestrel showed a profit of $545,000 for the quarter. In the corresponding quarter of 1997, the company lost $620,000.
                Revenues were $24.1 million. In the first nine months of 1997, the company lost $2.8 million on revenue of $21.5 million.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isEqualTo(ReportingPeriod.parse("1998-Q3"));
        assertThat(figuresOf(text)).contains("Osprey|1998-Q3|PRODUCTION|AU|25825", "Osprey|1998-9M|PRODUCTION|AU|73855");
    }

    @Test
    void a_year_that_dates_what_was_done_once_is_not_the_year_of_the_story() {
        // "When Revett Minerals (RVM-T, RVM-X) restarted the Troy mine in northwestern Montana in December 2004", then "the Troy
        // mine churned out 348,194 oz. silver ... in the three months ended Sept. 30" (before: the issuer was "When Revett
        // Minerals", and the quarter was 2004's); a story that gives no other year leaves its quarter unplaced
        String text = """
                When Kestrel Minerals (KES-T, KES-X) restarted the Osprey mine in northwestern Montana in December 2004, the property had a mine life of about four years.
                In the meantime, the Osprey mine churned out 348,194 oz. silver and 2.4 million lb. copper in the three months ended Sept. 30.
                """;
        ParsedRelease read = new ReleaseParser().parse(text);
        assertThat(read.issuer()).map(ReleaseIssuer::name).hasValue("Kestrel Minerals");
        assertThat(read.period()).isNull();
        assertThat(figuresOf(text)).isEmpty();
        // "Kaiser only purchased the loss-making Maldon mine and gold processing plant in January 2021" over "March quarter production
        // was 2814 ounces", in a story of no date (before: the March quarter of 2021, the year of the purchase)
        String bought = """
                Kestrel Reef has executed a remarkably profitable turnaround strategy at its Victorian Osprey gold mine with a 45 per cent March quarter hike.
                Kestrel only purchased the loss-making Osprey mine and gold processing plant in January 2021 and it is already reaping the benefits.
                March quarter production was 2814 ounces.
                """;
        assertThat(new ReleaseParser().parse(bought).period()).isNull();
        assertThat(figuresOf(bought)).isEmpty();
    }

    @Test
    void a_sum_over_a_mines_stages_is_no_periods_figure() {
        // "In total, Teal Stages 1 and 2 produced 21,836 fine ounces from the processing of 228,850 dry tonnes grading 3.2g/t and
        // 93.6% recovery" in a quarter's highlights (before: read as the quarter's tonnes, grade and recovery)
        String text = """
                Kestrel Resources Limited: Quarterly Activities Report for the period ended 30 June 2018
                - Mining, ore haulage, toll treatment and final gold sales at the Osprey gold mine completed
                - In total, Osprey Stages 1 and 2 produced 21,836 fine ounces from the processing of 228,850 dry tonnes grading 3.2g/t and 93.6% recovery
                """;
        assertThat(figuresOf(text)).isEmpty();
        assertThat(figuresOf(text.replace("In total, Osprey Stages 1 and 2 produced", "In the quarter, the Osprey mine produced")))
                .contains("Osprey|2018-Q2|TONNES_MILLED|null|228850");
    }

    @Test
    void a_change_from_the_previous_quarter_to_a_figure_is_the_figure_of_the_quarter_reported() {
        // "Recovery increased from the previous quarter to 79.7%" (before: the previous quarter's recovery)
        String text = """
                Kestrel Gold Ltd. Releases Financial and Operating Results for First Quarter 2013
                TORONTO, May 14, 2013 /CNW/ - Kestrel reports on its Osprey mine.
                - Recovery increased from the previous quarter to 79.7% but was still affected by the low grade.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2013-Q1|RECOVERY|AU|79.7");
    }

    @Test
    void a_plans_date_does_not_date_a_story_that_names_no_year() {
        // "after confirming a new life of mine plan in the June Quarter" beside "A mining contract ..., scheduled for Q1 2022, was
        // awarded during the quarter" in a story of no date (before: the June quarter of 2022, after the plan's date)
        String text = """
                ASX-listed gold miner Kestrel is going full throttle at the Osprey gold mine after confirming a new life of mine plan in the June Quarter.
                Kestrel scored record quarterly production under its ownership from Osprey of 12,555oz.
                A mining contract for the first phase of mining at Osprey, scheduled for Q1 2022, was awarded during the quarter.
                """;
        assertThat(new ReleaseParser().parse(text).period()).isNull();
        assertThat(figuresOf(text)).isEmpty();
    }

    @Test
    void a_footnotes_digit_glued_to_a_quarters_two_digits_of_year_is_no_part_of_it() {
        // "Q1/13 | ... | Q2/14 | Q3/141 |": the last quarter's first footnote marked (before: the header was no header, and no row read)
        String text = """
                Kestrel Gold Inc. today announces preliminary third quarter 2014 production results from the Osprey mine.
                Q1/14 | Q2/14 | Q3/141 | ||
                Gold ounces produced | 35,104 | 40,166 | 40,538 | |
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2014-Q1|PRODUCTION|AU|35104", "Osprey|2014-Q2|PRODUCTION|AU|40166", "Osprey|2014-Q3|PRODUCTION|AU|40538");
    }

    @Test
    void the_year_befores_figure_in_brackets_before_the_unit_leaves_the_figure_its_unit() {
        // "The production was about 281 000 (382 000) ounces of silver, 796 (988) ounces of gold", as Nordic reports write the
        // year before's figures (before: no figure read); under "HIGHLIGHTS OF THE HALF YEAR" in a report of the second quarter,
        // the first half's (before: the quarter's)
        String text = """
                HALF YEAR REPORT, SECOND QUARTER 2022
                Press release: Stockholm, July 29, 2022, 08.45 CET
                Kestrel Silver reports on its Osprey mine.
                HIGHLIGHTS OF THE SECOND QUARTER 2022
                - The production was about 281 000 (382 000) ounces of silver, 796 (988) ounces of gold in concentrates
                HIGHLIGHTS OF THE HALF YEAR
                - The production was about 617 000 (726 000) ounces silver, 1 666 (1 695) ounces gold in concentrates
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2022-Q2|PRODUCTION|AG|281000", "Osprey|2022-Q2|PRODUCTION|AU|796",
                "Osprey|2022-6M|PRODUCTION|AG|617000", "Osprey|2022-6M|PRODUCTION|AU|1666");
    }

    @Test
    void a_story_comparing_with_the_equivalent_period_of_a_year_is_of_the_year_after() {
        // "For the three months ended June 30, the company lost $3.9 million ..., compared with losses of $730,000 ... in the
        // equivalent period in 1997" (before: "equivalent" was no word of it, and the story had no period)
        String text = """
                Higher costs and lower production have driven Kestrel Mining (KES-T) deeper into the red.
                For the three months ended June 30, the company lost $3.9 million on revenue of $8.9 million, compared with losses of $730,000 on $12.7 million in the equivalent period in 1997.
                Gold production from the Osprey open-pit mine in central Chile dropped to 18,804 oz. in the recent quarter from 23,895 oz. in the year-ago period.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|1998-Q2|PRODUCTION|AU|18804", "Osprey|1997-Q2|PRODUCTION|AU|23895");
    }

    @Test
    void a_paragraph_that_names_no_one_goes_on_with_the_mine_the_paragraph_before_told_of() {
        // a story told mine by mine: after "Metal production at Osprey for the third quarter was ...", paragraphs of its grades and
        // throughput that name no mine are Osprey's (before: the company's), until a paragraph turns to another mine; one that
        // speaks of the company ("the Company", its name) stays the company's
        String text = """
                Kestrel Metals Corp. has released a third quarter production update for its Osprey and Harrier mines.

                Together, Osprey and Harrier produced 15.5 million pounds of copper in the third quarter.

                Metal production at Osprey for the third quarter was 9.8 million pounds of copper and 9,527 ounces of gold.

                Gold production was lower at 9,527 ounces in the third quarter of 2024 compared to 11,321 ounces produced in the same quarter in 2023.

                Compared to the third quarter of 2023, mill throughput was up 8.6%, with 1.694 million tonnes being treated.

                Harrier metal production for the third quarter of 2024 was 18.9 million pounds of copper.

                Kestrel's gold production for the third quarter was 22,941 ounces.
                """;
        assertThat(figuresOf(text)).contains("Osprey|2023-Q3|PRODUCTION|AU|11321", "Osprey|2024-Q3|TONNES_MILLED|null|1694000", "null|2024-Q3|PRODUCTION|AU|22941")
                .noneMatch(f -> f.startsWith("null|2023") || f.startsWith("null|2024-Q3|TONNES"));
    }

    @Test
    void a_nordic_table_in_an_english_text_is_read_with_its_decimal_commas_and_spaced_thousands() {
        // "Key production figures | Apr-Jun | Jan-Jun" over "2017 | 2016 | +/- | ...": the caption in the spans' row is no span; the
        // rows of "2,7" and "47 621" are figures, though the story around writes "107.4 kg" (before: no row of figures but the
        // last, and the row under them given the label of the one above)
        String text = """
                Kestrel reports production results for the second quarter and first half of 2017. Total gold production in Q2 amounted to 107.4 kg.
                Key production figures | Apr-Jun | Jan-Jun | ||||
                2017 | 2016 | +/- | 2017 | 2016 | +/- | |
                Milled ore (tonnes) | 47 621 | 37 303 | 10 318 | 88 425 | 72 620 | 15 805 |
                Head grade (Au gram/tonne) | 2,7 | 2,4 | 0,3 | 2,8 | 2,2 | 0,6 |
                Gold recovery (%) | 83,1 | 82,8 | 0,3 | 83,4 | 81,5 | 1,9 |
                LTIFR (roll 12 months) | 7 | 6 |
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2017-Q2|TONNES_MILLED|null|47621", "null|2016-Q2|TONNES_MILLED|null|37303",
                "null|2017-6M|TONNES_MILLED|null|88425", "null|2016-6M|TONNES_MILLED|null|72620", "null|2017-Q2|GRADE|AU|2.7", "null|2016-Q2|GRADE|AU|2.4",
                "null|2017-6M|GRADE|AU|2.8", "null|2016-6M|GRADE|AU|2.2", "null|2017-Q2|RECOVERY|AU|83.1", "null|2016-Q2|RECOVERY|AU|82.8",
                "null|2017-6M|RECOVERY|AU|83.4", "null|2016-6M|RECOVERY|AU|81.5");
    }

    @Test
    void the_operator_of_the_issuers_mine_named_with_its_ticker_is_not_the_issuer() {
        // "Premier Gold Mines says its South Arturo mine ..." over "... boosted by operator Barrick Gold's (TSX:ABX) decision to ramp
        // up processing" (before: Barrick, for its ticker)
        assertThat(ReleaseParser.issuerOf("""
                Kestrel Gold Mines says its Osprey mine exceeded full-year guidance in Q1

                Production at the low-cost Osprey project was boosted in the first three months of the year by operator Harrier Gold's (TSX:HGX) decision to ramp up processing of ore stockpiled.
                """).map(ReleaseIssuer::name)).contains("Kestrel Gold Mines");
    }

    @Test
    void a_year_told_once_it_is_over_in_a_story_of_its_last_quarter() {
        // "produced 77.6 million lb. of copper last year, compared with guidance of 70 to 75 million lb." in a story of the fourth
        // quarter: the year's, the guidance it beat being a plan's clause; "The mine also produced 29,227 oz. of gold" after it, the
        // same year's (before: neither read, the gold dated to the quarter)
        String text = """
                 date 2021-01-07 After beating its production guidance for 2020 and reporting a record fourth quarter, Kestrel Mining is guiding a further 22% increase in production this year.

                The B.C.-based miner's 75%-owned Osprey mine produced 77.6 million lb. of copper last year, compared with guidance of 70 to 75 million lb. copper. The mine also produced 29,227 oz. of gold and 392,494 oz. of silver.

                In the final quarter of 2020, the open pit operation achieved record quarterly production, churning out 23.1 million lb. copper, 8,959 oz. of gold, and 144,934 oz. of silver.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2020-FY|PRODUCTION|CU|77600000", "Osprey|2020-FY|PRODUCTION|AU|29227",
                "Osprey|2020-FY|PRODUCTION|AG|392494", "Osprey|2020-Q4|PRODUCTION|CU|23100000", "Osprey|2020-Q4|PRODUCTION|AU|8959",
                "Osprey|2020-Q4|PRODUCTION|AG|144934");
    }

    @Test
    void where_a_company_is_based_or_listed_names_no_one_else() {
        // "The Montreal-based company cranked out 522,077 oz. in 1994" in a story of three mines (before: "Montreal-based" taken for
        // someone the figure might be of, and the figure not read)
        String text = """
                For the fifth year in a row, Kestrel (TSE) has increased the level of its gold output.

                The Montreal-based company cranked out 522,077 oz. in 1994, compared with 518,083 oz. in the previous year. The overall increase is due to higher production levels at the Osprey, Harrier and Egret mines.
                """;
        assertThat(figuresOf(text)).contains("null|1994-FY|PRODUCTION|AU|522077");
    }

    @Test
    void a_mines_name_ends_at_a_blank_line_and_a_comparisons_words_at_their_colon() {
        // a page's "Rhea-AI Impact" under the headline "... Production from Osprey", a blank line between, is no part of the mine's
        // name (before: a second mine "Osprey Rhea-AI Impact", and the figures the company's); "compared to the previous year: 2.4
        // million silver ounces vs. 462,321 ounces", the first the quarter's (before: the year before's)
        String text = """
                STOCK TITAN

                Kestrel Silver Reports First Quarter 2022 Production from Osprey

                Rhea-AI Impact
                (Neutral)

                Kestrel Silver Corp. reports significant growth in first quarter production from the Osprey Project. Total mineralized material processed reached 145,484 tonnes.

                  • First quarter production increased significantly compared to the previous year: 2.4 million silver ounces vs. 462,321 ounces.
                """;
        assertThat(figuresOf(text)).contains("Osprey|2022-Q1|TONNES_MILLED|null|145484", "Osprey|2022-Q1|PRODUCTION|AG|2400000")
                .noneMatch(f -> f.startsWith("null|") || f.contains("2021-Q1|PRODUCTION|AG|2400000"));
    }

    @Test
    void what_a_change_reflects_is_no_word_of_its_figure() {
        // "Q1 2025 production of 3,555 ounces marks a 155% year-over-year increase compared to Q1 2024's 1,394 ounces, reflecting
        // the mine's rapid expansion" (before: "expansion", a word of projects, set the whole sentence aside)
        String text = """
                Kestrel Metals (KES:TSXV) has entered a pivotal phase at its Osprey gold mine.
                Kestrel's Q1 2025 production of 3,555 ounces marks a 155% year-over-year increase compared to Q1 2024's 1,394 ounces, reflecting the mine's rapid expansion.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2025-Q1|PRODUCTION|AU|3555", "Osprey|2024-Q1|PRODUCTION|AU|1394");
        // an expansion's own figure stays set aside
        assertThat(figuresOf(text.replace(", reflecting the mine's rapid expansion.", ". The expansion will add 2,000 ounces a quarter.")))
                .doesNotContain("Osprey|2025-Q1|PRODUCTION|AU|2000");
    }

    @Test
    void groups_spanning_units_one_a_line_give_each_column_its_measure() {
        // "Ore processed", "Metals contained in concentrate produced", "Payable metals in concentrate sold" one a line over their
        // units one a line ("(Kt) | Gold (K oz)", "Copper (Mlbs)", ...): the first unit is a column's, not the mines' heading, and
        // each group spans the run of its units (before: the ore's column read as gold, the gold's as copper)
        String text = """
                Kestrel Metals Inc. announced preliminary production results from its mines for the three and twelve months ended December 31, 2020.
                Ore processed |
                Metals contained in concentrate produced |
                Payable metals in concentrate sold |
                Complex concentrate smelted |
                |||
                (Kt) | Gold (K oz) |
                Copper (Mlbs) |
                Gold (K oz) |
                Copper (Mlbs) |
                (Kt) | |
                Q4 2020 | ||||||
                Osprey | 541.0 | 38.1 | 7.6 | 37.4 | 7.8 | - |
                Harrier | 213.4 | 26.1 | - | 25.2 | - | - |
                Consolidated | 754.4 | 64.2 | 7.6 | 62.6 | 7.8 | 52.5 |
                Full-Year 2020 | ||||||
                Osprey | 2,201.2 | 179.6 | 35.6 | 150.8 | 33.4 | - |
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2020-Q4|TONNES_MILLED|null|541000", "Osprey|2020-Q4|PRODUCTION|AU|38100",
                "Osprey|2020-Q4|PRODUCTION|CU|7600000", "Harrier|2020-Q4|TONNES_MILLED|null|213400", "Harrier|2020-Q4|PRODUCTION|AU|26100",
                "null|2020-Q4|TONNES_MILLED|null|754400", "null|2020-Q4|PRODUCTION|AU|64200", "null|2020-Q4|PRODUCTION|CU|7600000",
                "Osprey|2020-FY|TONNES_MILLED|null|2201200", "Osprey|2020-FY|PRODUCTION|AU|179600", "Osprey|2020-FY|PRODUCTION|CU|35600000");
    }

    @Test
    void a_quarter_named_without_its_year_follows_the_one_its_increase_is_over() {
        // "produced 93,038 ounces of gold during the first quarter, a nearly 6 percent increase over the 87,800 oz recovered there
        // during the first three months of 2016", in a story of no year: the first quarter of 2017 (before: of 2016, and the year
        // before's figures a year earlier still)
        String text = """
                Kestrel Gold Corp. May 2 reported that its Osprey Mine produced 93,038 ounces of gold during the first quarter, a nearly 6 percent increase over the 87,800 oz recovered there during the first three months of 2016.
                The mill at Osprey processed 2.93 million metric tons of ore averaging 0.75 grams per metric ton gold during the first quarter, compared to 3.2 million metric tons averaging 0.66 g/t during the same period last year.
                Additionally, 3.9 million metric tons of ore averaging 0.23 g/t was stacked on the heap leach pad, compared to 7.5 million metric tons averaging 0.26 g/t during the first three months of 2016.
                """;
        assertThat(figuresOf(text)).contains("Osprey|2017-Q1|PRODUCTION|AU|93038", "Osprey|2017-Q1|TONNES_MILLED|null|2930000",
                "Osprey|2017-Q1|GRADE|AU|0.75", "Osprey|2016-Q1|TONNES_MILLED|null|3200000", "Osprey|2016-Q1|GRADE|AU|0.66")
                .noneMatch(f -> f.contains("|2015-Q1|") || f.contains("2016-Q1|PRODUCTION|AU|93038"));
    }

    @Test
    void a_place_after_a_direction_written_small_is_a_region_not_a_mine() {
        // "a more consistent performance out of the northwestern Ontario mine complex" (before: a mine "Ontario", every figure its)
        String text = """
                Kestrel Mining said it is seeing the results of its three-year turnaround plan to restore Osprey Lake as a premier gold mining region. Sydney-based Kestrel posted its June 2022 quarterly results, showing gold production is up.

                In a webcast last week, its chair said they are making good progress at Osprey Lake in achieving a more consistent performance out of the northwestern Ontario mine complex acquired in March 2020.

                The company called the past quarter its best to date with production up 17 per cent at 38,620 ounces compared to 33,056 ounces recorded during the last quarter. Ore tonnes processed increased to a record 258,000 tonnes.
                """;
        assertThat(figuresOf(text)).noneMatch(f -> f.startsWith("Ontario|"));
    }

    @Test
    void a_second_mine_built_says_the_company_has_more_than_the_one_named() {
        // "Constructed a second mine at Harrier" (before: Harrier taken for the company's one mine, every figure its)
        String text = """
                TORONTO, March 13, 2019 - Kestrel Gold Inc. announced today its operating results for the fourth quarter of 2018.

                  • Produced 20,541 ounces of gold
                  • Constructed a second mine at Harrier on schedule and on budget
                  • Record mill throughput of 451,000 tonnes
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2018-Q4|PRODUCTION|AU|20541", "null|2018-Q4|TONNES_MILLED|null|451000");
    }

    @Test
    void a_full_years_highlights_in_a_report_of_the_fourth_quarter_are_of_its_year() {
        // "Full Year Highlights:" over "Record production of 90,101 ounces of gold", then "Fourth Quarter Highlights:" (before:
        // every bullet the quarter's)
        String text = """
                TORONTO, March 13, 2019 - Kestrel Gold Inc. announced today its financial and operating results for the fourth quarter and year ended 2018 at its Osprey mine.

                Full Year Highlights:

                  • Record production of 90,101 ounces of gold which generated record revenue of $107.5 million
                  • Recoveries averaged 88% for the year, reaching 90% in the second quarter

                Fourth Quarter Highlights:

                  • Produced 20,541 ounces of gold
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2018-FY|PRODUCTION|AU|90101", "Osprey|2018-FY|RECOVERY|AU|88",
                "Osprey|2018-Q2|RECOVERY|AU|90", "Osprey|2018-Q4|PRODUCTION|AU|20541");
    }

    @Test
    void a_quarter_to_end_of_a_month_is_the_quarter_ended_then() {
        // "for the quarter to end-December 2010, from 36,608 oz in the September quarter" (before: "end-December" unread, the
        // story dated by the September quarter, every figure a quarter early)
        String text = """
                Kestrel Mines on Tuesday reported a 34% rise in gold production from its Osprey gold mine to 49,170 ounces for the quarter to end-December 2010, from 36,608 oz in the September quarter.

                Average underground grade increased from 3.21g per tonne last quarter to 3.54g/t.
                """;
        assertThat(figuresOf(text)).contains("Osprey|2010-Q4|PRODUCTION|AU|49170", "Osprey|2010-Q3|PRODUCTION|AU|36608", "Osprey|2010-Q4|GRADE|AU|3.54")
                .noneMatch(f -> f.contains("2010-Q3|GRADE|AU|3.54"));
    }

    @Test
    void a_fiscal_year_glued_to_its_letters_is_the_plans_year() {
        // "the 150,000 oz gold production target for FY2011" in a report of the quarter to December 2010 (before: no year read in
        // "FY2011", the plan taken for 2010's)
        String text = """
                Kestrel Mines on Tuesday reported a 34% rise in gold production from its Osprey gold mine to 49,170 ounces for the quarter to end-December 2010, from 36,608 oz in the September quarter.
                "The second phase of our turnaround, which involves maximising operational cost savings between our two operations, increasing production to achieve the 150,000 oz gold production target for FY2011, and further reducing operating cash costs at both operations, is now well under way and starting to contribute positively to operational and financial performance," the chief executive said.
                """;
        assertThat(guidanceOf(text)).containsExactly("2011|null|AU|150000-150000|false");
    }

    @Test
    void what_was_produced_names_no_one() {
        // "Metal produced in the first quarter of 2013 was 38,019 ounces of gold", "Doré gold production remained stable at 846
        // kg" (before: mines "Metal" and "Doré")
        String text = """
                Kestrel Gold Corp. reports preliminary first quarter 2013 operational results.
                Metal produced in the first quarter of 2013 was 38,019 ounces of gold and 188,000 ounces of silver.
                Doré gold production remained stable at 846 kg, in line with Q1 2012 levels.
                """;
        assertThat(figuresOf(text)).contains("null|2013-Q1|PRODUCTION|AU|38019", "null|2013-Q1|PRODUCTION|AG|188000")
                .noneMatch(f -> f.startsWith("Metal|") || f.startsWith("Doré|"));
    }

    @Test
    void a_quarter_ended_that_is_compared_with_is_not_the_one_reported() {
        // "a decrease of 20 per cent in gold over the second quarter ended June 30, 2021" (restated from the fiscal "first quarter
        // ended June 30") in a release of the quarter ended September 30 (before: the release's quarter taken for the second)
        String text = """
                Kestrel Metals Inc. has released production figures for the second quarter of fiscal year 2022 ended Sept. 30, 2021.
                In Q2 fiscal 2022, the Osprey mine produced approximately 1.7 million ounces of silver and 800 ounces of gold, representing an increase of 15 per cent in silver and a decrease of 20 per cent in gold over the first quarter ended June 30, 2021.
                """;
        assertThat(new ReleaseParser().parse(text).period().code()).isEqualTo("2021-Q3");
    }

    @Test
    void months_of_a_fiscal_year_are_no_calendar_span() {
        // "For the first six months of fiscal 2022, the company produced approximately 3.2 million ounces of silver", fiscal 2022
        // running from April 2021 (before: read as the calendar's first half of 2021)
        String text = """
                Kestrel Metals Inc. has released production figures for the second quarter of fiscal year 2022 ended Sept. 30, 2021.
                For the first six months of fiscal 2022, the Osprey mine produced approximately 3.2 million ounces of silver and 1,800 ounces of gold.
                """;
        assertThat(figuresOf(text)).noneMatch(f -> f.contains("-6M|"));
    }

    @Test
    void spans_one_a_line_over_their_years_each_head_their_own() {
        // "Three months ended 30 June" and "Six months ended 30 June" on lines of their own over "(Unaudited) | | 2012 | 2011 | |
        // 2012 | 2011" (before: the last span alone taken over all four years, which then read as no period)
        String text = """
                Kestrel Inc. reports to its shareholders on the Osprey gold mine.
                Three months ended 30 June |
                Six months ended 30 June |
                (Unaudited) | | 2012 | 2011 | | 2012 | 2011
                Ore milled | Kt | 58 | 106 | | 154 | 216
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2012-Q2|TONNES_MILLED|null|58000", "Osprey|2011-Q2|TONNES_MILLED|null|106000",
                "Osprey|2012-6M|TONNES_MILLED|null|154000", "Osprey|2011-6M|TONNES_MILLED|null|216000");
    }

    @Test
    void a_month_averaging_a_rate_is_that_months() {
        // "Production levels continue to rise at Osprey, with June averaging 2,521 tpd" in a story of the second quarter (before:
        // the quarter's rate)
        String text = """
                Kestrel Copper Corp. reported its second quarter 2008 results for the Osprey mine.
                Mill throughput increased by 35 percent from an average of 1,674 tonnes per day in the first quarter to 2,266 tpd in the second quarter. Production levels continue to rise at Osprey, with June averaging 2,521 tpd.
                """;
        assertThat(figuresOf(text)).contains("Osprey|2008-06|TPD|null|2521").doesNotContain("Osprey|2008-Q2|TPD|null|2521");
    }

    @Test
    void a_sentence_opening_on_its_full_year_by_other_words_is_that_years() {
        // "In FY 2020, volumes of ore processed at Osprey rose 6% to 6.0 million tonnes" in an update of the fourth quarter and
        // the year (before: the quarter's, "FY 2020" being read as "Full year 2020", which the opening's words did not know)
        String text = """
                PJSC Kestrel

                Trading update for the fourth quarter of 2020 and full year 2020

                In FY 2020, volumes of ore processed at Osprey rose 6% to 6.0 million tonnes.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2020-FY|TONNES_MILLED|null|6000000");
    }

    @Test
    void ore_processed_at_a_plant_named_for_no_mine_is_no_one_elses() {
        // "ore processed at the Harrier Mill" in a text whose one mine named is Osprey (before: Osprey's, the name of a plant being
        // no name of a place)
        String text = """
                PJSC Kestrel

                Trading update for the fourth quarter of 2020 and full year 2020

                In FY 2020, total gold output at the Osprey mine stood at 1.2 million ounces.

                In FY 2020, volumes of ore processed at the Harrier Mill rose 6% to 6.0 million tonnes.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2020-FY|PRODUCTION|AU|1200000");
    }

    @Test
    void a_name_with_its_short_name_before_a_way_of_mining_is_a_mine() {
        // 'mining rates at the El Limón Guajes ("ELG") Underground' beside a table of "ELG Open Pits - Ore tonnes mined" and
        // unnamed processing rows (before: no mine named, and every row "of no mine named")
        String text = """
                Kestrel Gold Inc. (TSX: KGI) reports Q1 2023 gold production of 122,918 ounces.
                Q1 2023 | |
                Osprey Open Pits - Ore tonnes mined | tpd | 10,182 |
                Total tonnes processed | tpd | 13,073 |
                Gold produced | oz | 122,918 |
                "We had an excellent start to 2023, with another quarterly record established on mining rates at the Osprey Lake ("OSL") Underground.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey Lake|2023-Q1|TPD|null|13073", "Osprey Lake|2023-Q1|PRODUCTION|AU|122918");
    }

    @Test
    void spans_one_a_line_each_over_its_year_head_a_table_of_one_cell_a_line() {
        // "Jan-Mar", "Apr-Jun", "Apr-Jun", "var %", "Jan-Jun", "Jan-Jun", "var %" one a line, then "2022 2022 2021 2022 2021",
        // then each row's label and its seven cells one a line (before: no header, and the spans taken for mines' sections)
        String text = """
                Kestrel Compañía Minera S.A.A.

                Second Quarter 2022

                Consolidated Kestrel

                Jan-Mar

                Apr-Jun

                Apr-Jun

                var %

                Jan-Jun

                Jan-Jun

                var %

                2022

                2022

                2021

                2022

                2021

                Operating Results

                Mineral treatment (thousands MT)

                2,085

                2,195

                2,075

                6

                4,280

                4,072

                5.1
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2022-Q1|TONNES_MILLED|null|2085000", "null|2022-Q2|TONNES_MILLED|null|2195000",
                "null|2021-Q2|TONNES_MILLED|null|2075000", "null|2022-6M|TONNES_MILLED|null|4280000", "null|2021-6M|TONNES_MILLED|null|4072000");
    }

    @Test
    void fine_metric_tonnes_are_metal_and_a_heading_of_operations_ends_a_section_of_prices() {
        // "Zinc (USD/MT)" under "Sales Prices", then "Operating Results" over "Zinc Production (thousands FMT) | 52.7" (before:
        // the rows under the prices' section read as prices, and fine tonnes as no unit of metal)
        String text = """
                Kestrel Mining Inc. reports its second quarter 2022 results.
                Consolidated | Apr-Jun 2022 | Apr-Jun 2021
                Sales Prices
                Zinc (USD/MT) | 3,920 | 2,884
                Operating Results
                Zinc Production (thousands FMT) | 52.3 | 53.1
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("null|2022-Q2|PRODUCTION|ZN|115301763.026", "null|2021-Q2|PRODUCTION|ZN|117065461.122");
    }

    @Test
    void two_spans_wrapped_one_a_line_share_the_years_glued_to_the_tables_caption() {
        // "Three Months Ended" / "September 30," / "Nine Months Ended" / "September 30," then "Osprey Production (100%
        // Basis)2023202220232022" (before: the years glued into one figure, then the first span alone over all four years)
        String text = """
                Kestrel Silver, Inc. today announced production results for the quarter and nine months ended September 30, 2023 at the Osprey mine.

                 Three Months Ended
                September 30,
                Nine Months Ended
                September 30,
                Osprey Production (100% Basis)2023202220232022
                Tonnes milled (dmt)268,312263,331794,082709,666
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2023-Q3|TONNES_MILLED|null|268312", "Osprey|2022-Q3|TONNES_MILLED|null|263331",
                "Osprey|2023-9M|TONNES_MILLED|null|794082", "Osprey|2022-9M|TONNES_MILLED|null|709666");
    }

    @Test
    void two_spans_one_a_line_share_the_years_beside_the_tables_caption() {
        // the same with the years apart: "Osprey Production (100% Basis) 2023 2022 2023 2022" (before: the first span alone over the
        // four years, its quarter's columns read as the second span's)
        String text = """
                Kestrel Silver, Inc. today announced production results for the quarter and nine months ended September 30, 2023 at the Osprey mine.

                Three Months Ended September 30,
                Nine Months Ended September 30,
                Osprey Production (100% Basis)	2023	2022	2023	2022
                Tonnes milled (dmt)	268,312	263,331	794,082	709,666
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2023-Q3|TONNES_MILLED|null|268312", "Osprey|2022-Q3|TONNES_MILLED|null|263331",
                "Osprey|2023-9M|TONNES_MILLED|null|794082", "Osprey|2022-9M|TONNES_MILLED|null|709666");
    }

    @Test
    void a_quarter_stacked_over_a_fiscal_span_keeps_its_columns() {
        // "Three months ended March 31," and "Nine months ended March 31," (a fiscal year's nine months, no period of ours) one a
        // line over "2023 | 2022 | 2023 | 2022" (before: the quarter's span unread, the years read as full years)
        String text = """
                Kestrel Mining Limited announced its production results for the third quarter of fiscal 2023 and the nine months ended March 31, 2023 at the Osprey mine.
                Three months ended March 31, |
                Nine months ended March 31, |
                |||||||
                2023 | 2022 | 2023 | 2022 | |||||
                Ore processed (tonnes) | 89,151 | 138,984 | 195,264 | 424,595 | ||||
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2023-Q1|TONNES_MILLED|null|89151", "Osprey|2022-Q1|TONNES_MILLED|null|138984");
    }

    @Test
    void the_companys_sentence_ends_a_mines_story_within_its_line() {
        // "Heron mine processed ..." then a paragraph "Kestrel processed 467,563 tonnes ... . Silver equivalent ounces produced of
        // 5,669,905 included 1,728,863 ounces of silver" (before: the silver given to Heron, the mine of the paragraph before,
        // the company's sentence ending its story only at the line's end)
        String text = """
                Kestrel Silver Mining Ltd. reports its Q3 2023 production results from its Osprey mine and its Heron mine.

                Osprey mine processed 77,298 tonnes of mineralized material in Q3 2023.

                Heron mine processed 192,158 tonnes of mineralized material in Q3 2023.

                Kestrel processed 467,563 tonnes of material in Q3 2023, a slight increase from the previous quarter. Silver equivalent ounces produced of 5,669,905 included 1,728,863 ounces of silver.
                """;
        assertThat(figuresOf(text)).contains("null|2023-Q3|PRODUCTION|AG|1728863").doesNotContain("Heron|2023-Q3|PRODUCTION|AG|1728863");
    }

    @Test
    void work_done_in_addition_is_of_the_sentences_own_period() {
        // "producing 661,621 ounces of silver in Q4-2022, an increase of 52.5% compared to Q4-2021, in addition to processing 63,283
        // tonnes of ore at a grade of 364 grams per tonne" (before: the tonnes and grade the quarter compared with's)
        String text = """
                Kestrel Gold & Silver shared the results of the fourth quarter at the Osprey silver mine.

                The company succeeded in producing 661,621 ounces of silver in Q4-2022, an increase of 52.5% compared to Q4-2021, in addition to processing 63,283 tonnes of ore at a grade of 364 grams per tonne.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2022-Q4|PRODUCTION|AG|661621", "Osprey|2022-Q4|TONNES_MILLED|null|63283",
                "Osprey|2022-Q4|GRADE|AG|364");
    }

    @Test
    void a_production_profile_for_years_to_come_is_no_production() {
        // "delineating a production profile of 300-400Kozs per year for the next 10 years" in a report of the first quarter (before:
        // 400,000 oz read as the quarter's gold at Osprey)
        String text = """
                Kestrel Gold Corp. has announced today that it has filed its 2020 first quarter operating and financial results.

                From a growth perspective, we continue to progress the Osprey District Technical Report as we continue to march down the path of delineating a production profile of 300–400Kozs per year for the next 10 years.

                The Osprey Gold Mine produced 87,863 ounces of gold in Q1 2020.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2020-Q1|PRODUCTION|AU|87863");
    }

    @Test
    void a_name_that_produced_after_a_bullets_heading_is_a_mine() {
        // "- Heron Commenced Production from Deep Central Zone: Heron produced 16,230 ounces of gold in Q3 2016, a 7% increase over
        // the 15,172 ounces produced in Q2 2016" beside "the Osprey mine" (before: Heron no mine, its quarter's gold unread and the
        // quarter before's given to Osprey)
        String text = """
                Kestrel Mining Corp. today reported operating results for the third quarter ended September 30, 2016.
                - Osprey Production Affected by Labour Disruptions: the Osprey mine produced 28,454 gold equivalent ounces.
                - Heron Commenced Production from Deep Central Zone: Heron produced 16,230 ounces of gold in Q3 2016, a 7% increase over the 15,172 ounces produced in Q2 2016.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Heron|2016-Q3|PRODUCTION|AU|16230", "Heron|2016-Q2|PRODUCTION|AU|15172");
    }

    @Test
    void a_result_lower_than_anticipated_hyphenated_is_no_plan() {
        // "fell to 14,201 ounces in the second quarter of 2021 on lower-than-anticipated grades" (before: "anticipated" read as a plan's
        // word, the sentence set aside as guidance)
        String text = """
                Kestrel Gold said gold production at the Osprey mine fell to 14,201 ounces in the second quarter of 2021 on lower-than-anticipated grades.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2021-Q2|PRODUCTION|AU|14201");
    }

    @Test
    void a_figure_at_a_mine_its_owners_share_between_is_that_mines() {
        // "This included 23,125 ounces at its 100% owned Osprey Mine ... and 5,782 ounces of gold at its 100% owned Heron Mine"
        // (before: the second figure given to Osprey, named before it)
        String text = """
                Kestrel Gold Inc. announced today that the Company had gold production of 28,907 ounces during the 1st quarter ended March 31, 2013. This included 23,125 ounces at its 100% owned Osprey Mine located in Durango, Mexico and 5,782 ounces of gold at its 100% owned Heron Mine located in Sonora, Mexico.
                """;
        assertThat(figuresOf(text)).contains("Heron|2013-Q1|PRODUCTION|AU|5782").doesNotContain("Osprey|2013-Q1|PRODUCTION|AU|5782");
    }

    @Test
    void what_was_done_before_which_is_on_track_is_read() {
        // "Gold production was 87,863 ounces in Q1 2020 which is on track to meet 2020 guidance" (before: the whole sentence set
        // aside as the plan's, its quarter's gold with it)
        String text = """
                Kestrel Gold Corp. has announced today that it has filed its 2020 first quarter operating and financial results.
                  • Gold production at the Osprey Gold Mine was 87,863 ounces in Q1 2020 which is on track to meet 2020 guidance.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2020-Q1|PRODUCTION|AU|87863");
    }

    @Test
    void a_name_wrapped_over_two_lines_is_one_mine_not_two() {
        // a narrow page's headline "Black" over "Fox Mine Achieves 2,000 tpd Production Rate" beside "its Black Fox Mine" (before:
        // three mines, "Black", "Fox" and "Black Fox", and the recovery of a sentence naming none given to "Black", the last named)
        String text = """
                Kestrel Gold Reports 4th Qtr
                Gold Production of 17,850 ounces;
                Black
                Fox Mine Achieves Record Production Rate
                Kestrel Gold Corporation reports that its wholly owned and operated Black Fox Mine and mill achieved record rates in the fourth quarter of 2009.
                The recovery rate decreased slightly to 92% due to the lower grade.
                """;
        assertThat(new MineNames(List.of(), text, ReleaseParser.issuerOf(text)).named()).containsExactly("Black Fox");
    }

    @Test
    void period_headings_one_cell_a_line_with_their_short_names_head_their_columns() {
        // "Three months to" / "30 September 2017 ("Q3 2017")" ... "Nine months to 30 September 2016 ("YTD 2016")*", blank lines
        // between, over mines as rows of four figures (before: the short names read as second periods, "Three months to" as no
        // span, the heads never joined; the table read nothing)
        String text = """
                Kestrel Mining PLC today issues its production results for the period from 1 July 2017 to 30 September 2017.

                Gold production, '000oz

                Three months to

                30 September 2017 ("Q3 2017")

                Three months to

                30 September

                ("Q3 2016")*

                Nine months to 30 September 2017 ("YTD 2017")

                Nine months to 30 September 2016 ("YTD 2016")*

                Osprey

                35.4

                34.3

                131.8

                105.3

                Heron

                8.6

                10.6

                22.8

                27.7
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder(
                "Osprey|2017-Q3|PRODUCTION|AU|35400", "Osprey|2016-Q3|PRODUCTION|AU|34300", "Osprey|2017-9M|PRODUCTION|AU|131800", "Osprey|2016-9M|PRODUCTION|AU|105300",
                "Heron|2017-Q3|PRODUCTION|AU|8600", "Heron|2016-Q3|PRODUCTION|AU|10600", "Heron|2017-9M|PRODUCTION|AU|22800", "Heron|2016-9M|PRODUCTION|AU|27700");
    }

    @Test
    void a_caption_of_production_takes_its_unit_from_the_row_of_units_under_the_periods() {
        // "Attributable production1" over "Q2 2011 | Q2 2010 | Variance | H1 ended 30 June 2011 | ..." and "'000oz | '000oz | % | ...",
        // rows of mines with footnotes' marks glued ("Alluvial operations2"), a row of what is no mine ("Joint ventures and other
        // investments3"), in a text of gold alone (before: the caption read no unit, so no row was read; "H1 ended 30 June 2011" was
        // June's month)
        String text = """
                Kestrel Mining PLC today issues its Trading Update for the period from 1 January 2011 to 30 June 2011.
                Total attributable gold production for H1 2011
                Attributable production1 | ||||||
                Q2 2011 | Q2 2010 | Variance | H1 ended 30 June 2011 | H1 ended 30 June 2010 | Variance | |
                '000oz | '000oz | % | '000oz | '000oz | % | |
                Osprey | 80.0 | 54.1 | 48 | 116.6 | 89.9 | 30 |
                Alluvial operations2 | 22.4 | 7.4 | 202 | 22.7 | 7.4 | 207 |
                Joint ventures and other investments3 | - | 9.6 | n/a | - | 9.6 | n/a |
                TOTAL | 102.4 | 71.1 | 44 | 139.3 | 106.9 | 30 |
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder(
                "Osprey|2011-Q2|PRODUCTION|AU|80000", "Osprey|2010-Q2|PRODUCTION|AU|54100", "Osprey|2011-6M|PRODUCTION|AU|116600", "Osprey|2010-6M|PRODUCTION|AU|89900",
                "Alluvial operations|2011-Q2|PRODUCTION|AU|22400", "Alluvial operations|2010-Q2|PRODUCTION|AU|7400",
                "Alluvial operations|2011-6M|PRODUCTION|AU|22700", "Alluvial operations|2010-6M|PRODUCTION|AU|7400",
                "null|2011-Q2|PRODUCTION|AU|102400", "null|2010-Q2|PRODUCTION|AU|71100", "null|2011-6M|PRODUCTION|AU|139300", "null|2010-6M|PRODUCTION|AU|106900");
    }

    @Test
    void a_multiplier_at_a_lines_end_over_mine_earnings_is_no_mine() {
        // "Total Revenue $8.11 Million ... $21.89 Million" over "Mine Operating Earnings (loss) ...": one line's end and the next's
        // start made "Million Mine" (before: the quarter's gold given to a mine "Million")
        String text = """
                KESTREL GOLD CORPORATION sold 5,885 ounces of gold. Total revenue for the third quarter of 2013 was $8.11 million.
                Q3 2013 Q2 2013 Q1 2013 Nine months ending September 30, 2013
                Total Revenue $8.11 Million $7.38 Million $6.40 Million $21.89 Million
                Mine Operating Earnings (loss) $633,877 ($990,000) ($1.04 Million) ($1.39 Million)

                In the third quarter of 2013, the Company's mill processed 40,403 tonnes of ore. This yielded 5,549 ounces of gold.
                """;
        assertThat(new MineNames(List.of(), text, ReleaseParser.issuerOf(text)).named()).isEmpty();
        assertThat(figuresOf(text)).doesNotContain("Million|2013-Q3|PRODUCTION|AU|5549");
    }

    @Test
    void year_over_its_year_beside_quarters_over_theirs_is_the_full_year() {
        // "Full" over "1Q  2Q  3Q  4Q  1Q  year" over "2012  2012  2012  2012  2013  2012", laid out by runs of spaces (before: "year"
        // no word of the header's, so the years were read as full years, the first column's figure as 2012's)
        String text = """
                KESTREL MINING COMPANY LIMITED
                FIRST QUARTER 2013 - OPERATIONS OVERVIEW AND PRODUCTION STATISTICS

                                                                                    Full
                                              1Q         2Q      3Q        4Q       1Q          year
                                            2012       2012    2012      2012     2013         2012
                Osprey mine
                Total ore treated ('000 tonnes)             2,921      2,889     981    2,433     2,139        9,224
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2012-Q1|TONNES_MILLED|null|2921000", "Osprey|2012-Q2|TONNES_MILLED|null|2889000",
                "Osprey|2012-Q3|TONNES_MILLED|null|981000", "Osprey|2012-Q4|TONNES_MILLED|null|2433000", "Osprey|2013-Q1|TONNES_MILLED|null|2139000",
                "Osprey|2012-FY|TONNES_MILLED|null|9224000");
    }

    @Test
    void a_capacity_the_market_could_need_is_no_guidance() {
        // "an additional 6 million tonnes of copper capacity could be needed by 2032 to fill demand", a bank's view of the market
        // (before: read as the company's 2032 guidance of 13.2 billion pounds)
        String text = """
                Kestrel Resources (ASX:KES) has increased Osprey mine copper production by 17% in May.
                Current operations are expected to deliver between 12,000t and 15,000t of copper per annum over the next four years, production that is likely to have no trouble finding buyers given that analysts had flagged that an additional 6 million tonnes of copper capacity could be needed by 2032 to fill demand.
                """;
        assertThat(guidanceOf(text)).isEmpty();
    }

    @Test
    void a_figure_compared_with_its_unit_left_unsaid_is_in_the_unit_before() {
        // "Turmalina produced 9,486 ounces for the quarter, up from 7,525 in Q1 2019" (before: the figure compared with, no unit
        // after it, was no quantity)
        String text = """
                Kestrel Mining (TSX:KES) has posted its Q1 2020 production update
                  • Osprey produced 9,486 ounces for the quarter, up from 7,525 in Q1 2019
                  • Heron produced 11,000 ounces of gold, compared to 10,000 in Q1 2019
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2020-Q1|PRODUCTION|AU|9486", "Osprey|2019-Q1|PRODUCTION|AU|7525",
                "Heron|2020-Q1|PRODUCTION|AU|11000", "Heron|2019-Q1|PRODUCTION|AU|10000");
    }

    @Test
    void the_metals_an_equivalent_consists_of_after_a_comma_are_each_its_own() {
        // "Production of 375,112 silver equivalent ounces, consisting of 203,894 silver ounces, 1,512 gold ounces, and 135 copper
        // tonnes" (before: only a parenthesis' "(consisting of" named the metals; after a comma they were taken for the equivalent's)
        String text = """
                Kestrel Resources Inc. (TSX: KES) announced results for the quarter ended June 30, 2023 at its Osprey mine.
                - Production of 375,112 silver equivalent ounces, consisting of 203,894 silver ounces, 1,512 gold ounces, and 135 copper tonnes
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2023-Q2|PRODUCTION|AG|203894", "Osprey|2023-Q2|PRODUCTION|AU|1512",
                "Osprey|2023-Q2|PRODUCTION|CU|297624.0537");
    }

    @Test
    void from_the_open_pit_says_where_ore_came_from_no_comparison() {
        // "1,862,000 tonnes of total material mined from the open pit, 6,421 ounces of gold recovered in the production plant" (before:
        // "from" read as a comparison's, the gold after it as a figure compared with, of no period)
        String text = """
                Kestrel Gold Corporation reports results for the quarter ended June 30, 2009.
                - New quarterly production records at the Osprey mine included 1,862,000 tonnes of total material mined from the open pit, 6,421 ounces of gold recovered in the production plant and 6,426 ounces of gold sold.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2009-Q2|PRODUCTION|AU|6421");
    }

    @Test
    void a_figure_at_two_places_joined_is_theirs_together() {
        // "Production and sales from residual leaching at Ruby Hill and Lone Tree totaled 6,769 ounces in the fourth quarter of 2022"
        // (before: given to the first place named)
        String text = """
                Reno-based Kestrel Gold Corp. reported results for the fourth quarter and all of 2022.
                Production and sales from residual leaching at Osprey Hill and Lone Tree totaled 6,769 ounces in the fourth quarter of 2022 at an all-in sustaining cost of $1,182 per ounce.
                """;
        assertThat(figuresOf(text)).containsExactly("null|2022-Q4|PRODUCTION|AU|6769");
    }

    @Test
    void all_of_a_year_is_that_year() {
        // "21,097 ounces for all of 2022" (before: no period, the figure not read)
        String text = """
                Reno-based Kestrel Gold Corp. reported results for the fourth quarter and all of 2022.
                Production at Osprey totaled 6,769 ounces in the fourth quarter of 2022 and 21,097 ounces for all of 2022.
                """;
        assertThat(figuresOf(text)).containsExactlyInAnyOrder("Osprey|2022-Q4|PRODUCTION|AU|6769", "Osprey|2022-FY|PRODUCTION|AU|21097");
    }

    @Test
    void a_metal_and_its_equivalents_together_are_no_metals_own() {
        // "Total production at Mnogovershinnoye (MNV), Novoshirokinskoye (Novo) and Belaya Gora in Q1 2016 of 56,889 oz of gold and
        // gold equivalents" (before: read as gold, given to the mine named last before it)
        String text = """
                Kestrel Gold Mining reports its production for Q1 2016.
                - Total production at Osprey (OSP), Heron and Belaya Gora in Q1 2016 of 56,889 oz of gold and gold equivalents, compared to 57,421 oz in Q1 2015.
                """;
        assertThat(figuresOf(text)).isEmpty();
    }

    @Test
    void a_range_whose_low_end_is_in_words_is_no_figure() {
        // "Silver recovery rates ranged between five and 40 per cent" (before: 40% read as the half's silver recovery)
        String text = """
                Kestrel Mining reports its results for the first half of 2007 at its Osprey mine.
                Silver recovery rates ranged between five and 40 per cent, with leaching taking up to 270 days.
                """;
        assertThat(figuresOf(text)).isEmpty();
    }

    @Test
    void the_rate_an_underground_mine_achieved_is_mining_not_milling() {
        // "The underground mine achieved increased production rates averaging 701 tonnes per day" (before: read as the mill's rate)
        String text = """
                Kestrel Mining Corp. reports Q3 2016 results.
                - Osprey Commenced Production from Deep Central Zone: Osprey produced 16,230 ounces of gold in Q3 2016. The underground mine achieved increased production rates averaging 701 tonnes per day ("TPD"), representing a 10% improvement over Q2 2016.
                """;
        assertThat(figuresOf(text)).containsExactly("Osprey|2016-Q3|PRODUCTION|AU|16230");
    }

    private static List<String> guidanceOf(String text) {
        return new ReleaseParser().parse(text).guidance().stream().map(g -> g.year() + "|" + g.mine() + "|" + g.metal() + "|"
                + (g.low() == null ? "-" : g.low().value().toPlainString() + "-" + g.high().value().toPlainString()) + "|" + g.withdrawn()).toList();
    }
}
