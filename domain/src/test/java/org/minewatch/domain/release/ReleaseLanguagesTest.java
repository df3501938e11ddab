package org.minewatch.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.Sentence;

/**
 * Releases written, or wire-translated, in languages other than English, Spanish and Portuguese: the glossary puts their
 * words of production into English, so that their tables are read and their mines, periods, issuer and guidance found;
 * figures stated in their sentences are said, not read. Every text here is made up.
 */
class ReleaseLanguagesTest {

    private static List<String> figuresOf(ParsedRelease release) {
        return release.figures().stream()
                .map(f -> f.mine() + "|" + f.period().code() + "|" + f.measure() + "|" + f.metal() + "|" + f.figure().value().stripTrailingZeros().toPlainString())
                .toList();
    }

    @Test
    void a_swedish_table_with_its_thousands_parted_by_spaces() {
        ParsedRelease read = new ReleaseParser().parse("""
                Ospreygruvan AB rapporterar produktionsresultaten för andra kvartalet 2013 från Ospreygruvan i östra Finland. \
                Guldproduktionen under andra kvartalet uppgick till 168,1 kg vilket motsvarar 5 228 oz.

                Nyckeltal produktion

                  Kvartal 2 Första halvåret
                  2013 2012 differens 2013 2012 differens
                Bruten malm (ton) 103 579 57 718 45 861 193 965 118 852 75 113
                Anrikad malm (ton) 80 939 64 730 16 209 139 795 126 326 13 469
                Ingående guldhalt (g/t) 2,3 4,4 -2,1 2,8 3,8 -1,0
                Guldutbyte i verket (%) 86,7 86,6 0,1 87,5 86,1 1,4
                Guldproduktion (tr. oz) 5 228 7 862 -2 634 11 028 13 289 -2 261
                """);
        assertThat(figuresOf(read)).containsExactlyInAnyOrder(
                "Osprey|2013-Q2|TONNES_MILLED|null|80939", "Osprey|2012-Q2|TONNES_MILLED|null|64730",
                "Osprey|2013-6M|TONNES_MILLED|null|139795", "Osprey|2012-6M|TONNES_MILLED|null|126326",
                "Osprey|2013-Q2|GRADE|AU|2.3", "Osprey|2012-Q2|GRADE|AU|4.4", "Osprey|2013-6M|GRADE|AU|2.8", "Osprey|2012-6M|GRADE|AU|3.8",
                "Osprey|2013-Q2|RECOVERY|AU|86.7", "Osprey|2012-Q2|RECOVERY|AU|86.6", "Osprey|2013-6M|RECOVERY|AU|87.5", "Osprey|2012-6M|RECOVERY|AU|86.1",
                "Osprey|2013-Q2|PRODUCTION|AU|5228", "Osprey|2012-Q2|PRODUCTION|AU|7862", "Osprey|2013-6M|PRODUCTION|AU|11028",
                "Osprey|2012-6M|PRODUCTION|AU|13289");
        // the ore mined is left out in Swedish as in English; the sentence's kilograms are said, not read beside the table
        assertThat(read.warnings()).extracting(Sentence::key).contains("translated-sentences");
    }

    @Test
    void a_german_story_gives_its_guidance_and_says_its_sentences_figures() {
        ParsedRelease read = new ReleaseParser().parse("""
                Die Goldproduktion in der Falkenstein Mine lag im vierten Quartal 2008 bei 3.560 Unzen, verglichen mit 1.170 Unzen Gold im \
                dritten Quartal, und damit höher als die Prognose des Managements.
                Die Prognose für die Goldproduktion in 2009 bleibt unverändert bei 24.000 bis 26.000 Unzen Gold.
                """);
        assertThat(read.figures()).isEmpty();
        assertThat(read.warnings()).extracting(Sentence::key).contains("translated-sentences");
        assertThat(read.guidance()).singleElement().satisfies(g -> {
            assertThat(g.year()).isEqualTo(2009);
            assertThat(g.low().value()).isEqualByComparingTo("24000");
            assertThat(g.high().value()).isEqualByComparingTo("26000");
        });
    }

    @Test
    void a_text_is_translated_only_when_its_own_small_words_outnumber_the_english_ones() {
        assertThat(Glossary.languageOf("Die Produktion der Mine lag im Quartal bei 3.560 Unzen, und die Ausbeute bei 93 %. Das Unternehmen "
                + "meldete mit der Mine einen Rekord für das Jahr.")).contains(Glossary.Language.GERMAN);
        assertThat(Glossary.languageOf("La société a produit 2 368 onces d'or au premier trimestre, et la mine de Tahuehueto a traité "
                + "27 396 tonnes pour une teneur de 3,1 g/t avec une récupération de 91 %.")).contains(Glossary.Language.FRENCH);
        // an English story that quotes a German name, and a Spanish one, are read as they are
        String english = "The Goldgrube und Hütte mine of the company produced 3,560 ounces of gold in the quarter, and the mill ran at 93% of "
                + "its design for the year, with the recovery at 91%.";
        assertThat(Glossary.languageOf(english)).isEmpty();
        assertThat(Glossary.toEnglish(english)).isEqualTo(english);
        assertThat(Glossary.languageOf("La producción de la mina Orcopampa fue de 28,000 onzas de oro en el tercer trimestre, y la ley del mineral "
                + "tratado fue de 6.1 g/t con una recuperación de 95%, según la empresa.")).isEmpty();
    }

    @Test
    void names_are_left_as_written_and_lines_stay_lines() {
        // "PT Aneka Tambang Tbk": a capitalised word before another inside a sentence is a name's, not "tambang" (a mine);
        // a translation adds and takes away no line, so that a figure's line is its line in the text
        String text = "PT Osprey Emas Tbk melaporkan bahwa pada kuartal pertama 2024 perusahaan dengan tambang emas yang memproduksi \n"
                + "emas dari tambang dan perak dari tambang ini untuk tahun ini.\n";
        String english = Glossary.toEnglish(text);
        assertThat(english).startsWith("PT Osprey Emas Tbk reports").contains("first quarter 2024").contains("gold");
        assertThat(english.lines().count()).isEqualTo(text.lines().count());
    }
}
