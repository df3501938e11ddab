package org.minewatch.domain.release.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.release.ParsedFigure;
import org.minewatch.domain.release.ParsedRelease;
import org.minewatch.domain.release.corpus.CorpusRelease.Expected;

/** What the scoreboard says of a wrong figure: which part of it is wrong. */
class ScoreboardTest {

    private static final CorpusRelease KESTREL = new CorpusRelease("kestrel_2020Q1", "birchwood", false, false, "The Kestrel mine produced 16,020 oz.", "Birchwood Gold",
            List.of(new Expected("Kestrel", "2020-Q1", "production", "AU", new BigDecimal("16020"), "oz"),
                    new Expected("Kestrel", "2020-Q1", "tonnes_milled", null, new BigDecimal("450000"), "t")),
            List.of(), List.of(), List.of(), "");

    private static ParsedFigure read(String mine, ReportingPeriod period, Measure measure, Metal metal, String value) {
        return new ParsedFigure(mine, period, measure, metal, ReportedFigure.of(new BigDecimal(value), BigDecimal.ONE), 1);
    }

    @Test
    void a_wrong_figure_says_which_of_its_parts_differ_from_the_expected_figure_of_its_value() {
        assertThat(Scoreboard.whyWrong(KESTREL, read(null, ReportingPeriod.quarter(2020, 1), Measure.PRODUCTION, Metal.AU, "16020")))
                .isEqualTo(" (mine: expected Kestrel)");
        assertThat(Scoreboard.whyWrong(KESTREL, read("Kestrel", ReportingPeriod.quarter(2019, 4), Measure.PRODUCTION, Metal.AU, "16020")))
                .isEqualTo(" (period: expected 2020-Q1)");
        assertThat(Scoreboard.whyWrong(KESTREL, read("Kestrel", ReportingPeriod.quarter(2020, 1), Measure.PRODUCTION, Metal.AU, "16500")))
                .isEqualTo(" (value)");
        assertThat(Scoreboard.whyWrong(KESTREL, read("Kestrel", ReportingPeriod.quarter(2020, 1), Measure.GRADE, Metal.AU, "3")))
                .isEqualTo(" (no such figure)");
    }

    @Test
    void a_score_counts_right_and_wrong_and_lists_each_wrong_figure_with_why() {
        Scoreboard score = Scoreboard.score(KESTREL, new ParsedRelease(List.of(
                read("Kestrel", ReportingPeriod.quarter(2020, 1), Measure.PRODUCTION, Metal.AU, "16020"),
                read(null, ReportingPeriod.quarter(2020, 1), Measure.TONNES_MILLED, null, "450000")), List.of()));
        assertThat(score.matched()).isEqualTo(1);
        assertThat(score.wrong()).containsExactly("(company) 2020-Q1 tonnes_milled - 450000 (line 1) (mine: expected Kestrel)");
        assertThat(score.missed()).containsExactly("Kestrel 2020-Q1 tonnes_milled - 450000");
    }

    @Test
    void a_mine_is_matched_by_its_name_whatever_its_words_of_kind_and_joining() {
        // the text's "Suzdal+Zherek" and the company's other files' "Suzdal and Zherek": one label; "Kestrel Mine" is "Kestrel"
        assertThat(CorpusRelease.mineKey("Suzdal+Zherek")).isEqualTo(CorpusRelease.mineKey("Suzdal and Zherek")).isEqualTo(CorpusRelease.mineKey("Suzdal & Zherek"));
        assertThat(CorpusRelease.mineKey("the Kestrel Mine")).isEqualTo(CorpusRelease.mineKey("Kestrel"));
        assertThat(CorpusRelease.mineKey("Suzdal")).isNotEqualTo(CorpusRelease.mineKey("Suzdal and Zherek"));
    }

    @Test
    void a_mine_the_text_never_names_is_matched_by_the_company_s_figure_and_a_mine_it_names_is_not() {
        CorpusRelease unnamed = new CorpusRelease("birchwood_2020Q1", "birchwood", false, false, "Birchwood Gold produced 16,020 oz in Q1 2020.",
                "Birchwood Gold", KESTREL.observations(), List.of(), List.of(), List.of(), "");
        CorpusRelease named = new CorpusRelease("birchwood_2020Q1", "birchwood", false, false, "The Kestrel mine produced 16,020 oz in Q1 2020.",
                "Birchwood Gold", KESTREL.observations(), List.of(), List.of(), List.of(), "");
        ParsedRelease company = new ParsedRelease(List.of(read(null, ReportingPeriod.quarter(2020, 1), Measure.PRODUCTION, Metal.AU, "16020")), List.of());
        ParsedRelease otherMine = new ParsedRelease(List.of(read("Falcon", ReportingPeriod.quarter(2020, 1), Measure.PRODUCTION, Metal.AU, "16020")), List.of());

        assertThat(Scoreboard.score(unnamed, company).matched()).isEqualTo(1);
        assertThat(Scoreboard.score(unnamed, otherMine).wrong()).containsExactly("Falcon 2020-Q1 production AU 16020 (line 1) (mine: expected Kestrel)");
        assertThat(Scoreboard.score(named, company).wrong()).containsExactly("(company) 2020-Q1 production AU 16020 (line 1) (mine: expected Kestrel)");
        // a label of two mines is named when the text names each ("Guanaco/Amancaya" beside "Guanaco" and "Amancaya")
        assertThat(new CorpusRelease("a", "a", false, false, "Guanaco milled 10 t; Amancaya milled 20 t.", "A", List.of(), List.of(), List.of(), List.of(), "")
                .namesMine("Guanaco/Amancaya")).isTrue();
    }
}
