package org.minewatch.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.InvalidValueException;
import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.release.corpus.CorpusRelease;

/**
 * The reading bundle in use: every warning the parser gives on the corpus's tuning part renders in English and
 * in Spanish (the bundle's keys and arguments in both languages are checked with the rules' in FindingSentencesTest,
 * where both bundles are on the class path).
 */
class ReadingSentencesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    /** A recovery in a text of two mines that says neither's: a figure the parser can only set aside. */
    private static final String RECOVERY_OF_NO_MINE = """
                Sierra Plata Mining Inc. reports first quarter 2012 production at its two Mexican mines, Guadalupe and Topia.
                Silver recovery at the plant reached an all-time high of 90.1% in the quarter.
                """;

    @Test
    void the_warnings_of_the_corpus_read_in_both_languages_with_their_figures_the_locale_way() {
        Set<Sentence> warnings = new LinkedHashSet<>();
        for (CorpusRelease release : CorpusRelease.all()) {
            if (!release.heldOut()) {
                warnings.addAll(new ReleaseParser().parse(release.text()).warnings());
            }
        }
        Set<String> keys = new TreeSet<>();
        warnings.forEach(w -> keys.add(w.key()));
        // the kinds the corpus gives today: tables not read, figures without a mine, fiscal quarters, decimal commas
        assertThat(keys).contains("figure-without-mine", "table.figures-for-columns", "decimal-comma");
        for (Sentence warning : warnings) {
            String english = warning.in(Locale.ENGLISH);
            String spanish = warning.in(SPANISH);
            assertThat(english).as(warning.key()).doesNotContain("{").isEqualTo(warning.toString());
            assertThat(spanish).as(warning.key()).doesNotContain("{").isNotEqualTo(english);
        }
    }

    @Test
    void a_figure_the_parser_cannot_place_is_said_in_spanish_with_its_line_words_and_measure() {
        ParsedRelease parsed = new ReleaseParser().parse(RECOVERY_OF_NO_MINE);
        Sentence unplaced = parsed.warnings().stream().filter(w -> w.key().equals("figure-without-mine")).findFirst().orElseThrow();

        assertThat(unplaced.in(Locale.ENGLISH)).startsWith("Line 2 (\"").contains("90.1%", "recovery of AG in 2012-Q1", "which mine");
        assertThat(unplaced.in(SPANISH)).startsWith("Línea 2 («").contains("90.1%", "recuperación de AG en 2012-Q1", "de qué mina");
    }

    @Test
    void a_text_whose_figures_were_all_set_aside_says_so_rather_than_that_it_states_none() {
        // the text states figures; none could be given to a mine: the closing word must not say there were none to read
        ParsedRelease parsed = new ReleaseParser().parse(RECOVERY_OF_NO_MINE);

        assertThat(parsed.figures()).isEmpty();
        assertThat(parsed.warnings()).extracting(Sentence::key).contains("figure-without-mine", "nothing-found.set-aside").doesNotContain("nothing-found");
        Sentence closing = parsed.warnings().get(parsed.warnings().size() - 1);
        assertThat(closing.in(Locale.ENGLISH)).contains("set aside").doesNotContain("no sentence stating");
        assertThat(closing.in(SPANISH)).contains("apartaron");
    }

    @Test
    void a_csv_line_that_cannot_be_read_says_why_in_the_readers_language_and_in_english_to_the_api() {
        InvalidValueException refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidValueException.class, () -> ObservationCsv.parse(
                "mine,period,measure,metal,value,unit\nCaylloma,2013-Q5,production,AG,100,oz\nCaylloma,2013-Q1,tpd,AG,1.5.0,t/d\n"));

        assertThat(refused.getMessage()).isEqualTo("Line 2: Malformed period '2013-Q5': a quarter is 1 to 4, not 5; Line 3: Not a printed figure: '1.5.0'");
        assertThat(refused.sentence().in(SPANISH))
                .isEqualTo("Línea 2: Periodo mal escrito «2013-Q5»: un trimestre va de 1 a 4, no 5; Línea 3: No es una cifra impresa: «1.5.0»");
    }

    @Test
    void a_table_row_not_read_gives_its_counts_in_the_readers_words() {
        Sentence row = new Sentence("table.figures-for-columns", 12, "Silver (oz)", 2, 3);

        assertThat(row.in(Locale.ENGLISH)).isEqualTo("Line 12 (Silver (oz)): 2 figures for 3 columns; not read");
        assertThat(row.in(SPANISH)).isEqualTo("Línea 12 (Silver (oz)): 2 cifras para 3 columnas; no se leyó");
        assertThat(List.of(row)).containsExactly(new Sentence("table.figures-for-columns", 12L, "Silver (oz)", 2L, 3L));
    }
}
