package org.minewatch.rules;

import org.minewatch.domain.model.Sentence;
import org.minewatch.domain.model.SentenceBundle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minewatch.rules.RuleHarness.companyQuarter;
import static org.minewatch.rules.RuleHarness.companyYear;
import static org.minewatch.rules.RuleHarness.quarter;
import static org.minewatch.rules.RuleHarness.yearToDate;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minewatch.rules.fact.ConsolidatedFact;
import org.minewatch.rules.fact.DesignFact;
import org.minewatch.rules.fact.DesignRecoveryFact;
import org.minewatch.rules.fact.ExpectedReportFact;
import org.minewatch.rules.fact.GuidanceFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.OreProcessedFact;
import org.minewatch.rules.fact.PlannedGradeFact;

/**
 * The findings bundle: every sentence in English and Spanish with the same arguments, every finding of every
 * rule readable in both with its figures written the locale's way, and a sentence that survives storage.
 */
class FindingSentencesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** Sentences of figures and units only, the same in every language. */
    private static final Set<String> WITHOUT_WORDS = Set.of("guidance.amount", "guidance.range", "projection.by-mine", "plausible.value", "list");

    private static ResourceBundle bundle(Locale locale) {
        return SentenceBundle.bundle("org.minewatch.rules.findings", locale);
    }

    private static Set<Integer> arguments(String template) {
        Set<Integer> indices = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(template);
        while (m.find()) {
            indices.add(Integer.parseInt(m.group(1)));
        }
        return indices;
    }

    /** Both bundles of sentences, the rules' and the release reader's (the domain's, on this module's class path too). */
    @Test
    void every_sentence_is_in_english_and_spanish_with_the_same_arguments() {
        assertThat(SentenceBundle.BASE_NAMES).hasSize(2);
        SentenceBundle.BASE_NAMES.forEach(FindingSentencesTest::isInEnglishAndSpanishWithTheSameArguments);
    }

    private static void isInEnglishAndSpanishWithTheSameArguments(String baseName) {
        ResourceBundle english = SentenceBundle.bundle(baseName, Locale.ENGLISH);
        ResourceBundle spanish = SentenceBundle.bundle(baseName, SPANISH);
        assertThat(english.getLocale()).isEqualTo(Locale.ROOT);
        assertThat(spanish.getLocale()).isEqualTo(SPANISH);
        Set<String> englishKeys = new TreeSet<>(english.keySet());
        assertThat(englishKeys).as(baseName).isNotEmpty();
        // the Spanish file's own keys, so that a key missing there cannot hide behind the English one
        Set<String> spanishKeys = new TreeSet<>(spanishOwnKeys(baseName));
        assertThat(spanishKeys).isEqualTo(englishKeys);
        for (String key : englishKeys) {
            String en = english.getString(key);
            String es = spanish.getString(key);
            assertThat(es).as(key).isNotBlank();
            if (!WITHOUT_WORDS.contains(key)) {
                assertThat(es).as(key + " translated").isNotEqualTo(en);
            }
            assertThat(arguments(es)).as(key).isEqualTo(arguments(en));
            // both parse as MessageFormat patterns
            new MessageFormat(en, Locale.ENGLISH);
            new MessageFormat(es, SPANISH);
        }
    }

    private static Set<String> spanishOwnKeys(String baseName) {
        try (var in = FindingSentencesTest.class.getResourceAsStream("/" + baseName.replace('.', '/') + "_es.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // one finding of every rule and variant, from constructed facts

    private static final LocalDate SINCE = LocalDate.of(2011, 1, 1);

    private static MetalResultFact gold(double grade, double recovery, double production) {
        return new MetalResultFact(quarter(2011, 3), "AU", "g/t", "oz", 37_417.0, grade, recovery, production, 0.5, 1_186.0, 1_150.5, 1_220.25);
    }

    private static GuidanceFact guidance(double low, double high, double actual, int q, double projection, Sentence method) {
        return guidance(low, high, actual, q, projection, method, q);
    }

    private static GuidanceFact guidance(double low, double high, double actual, int q, double projection, Sentence method, int companyReportedThrough) {
        return new GuidanceFact(companyYear(2011), "AU", "oz", low, high, actual, 1_623, q, low - actual, q == 4 ? 0 : (low - actual) / (4 - q),
                q == 4 ? null : (low - actual) / (4 - q) / 1_623, actual / (low * q / 4), projection, method, companyReportedThrough);
    }

    /** A year complete: said in the guidance's projection (the evidence, the guidance page), never in a finding's sentence. */
    private static final GuidanceFact COMPLETE_YEAR = guidance(7_530, 7_530, 6_000, 4, 6_000, new Sentence("projection.year-complete"));

    /** No figure of the metal this year: said in the guidance's projection too, never in a finding's sentence. */
    private static final GuidanceFact NO_FIGURES = guidance(15_000, 15_000, 0, 0, 0, new Sentence("projection.not-reported"), 1);

    static List<Finding> everyFinding() {
        Thresholds t = Thresholds.defaults();
        MetalResultFact gold = gold(1.06, 83, 1_060);
        OreProcessedFact ore = new OreProcessedFact(quarter(2011, 3), 37_417.0, 0.5, 693.0);
        DesignFact design = new DesignFact(RuleHarness.MINE, "Test mine", SINCE, null, 1_000.0, false, LocalDate.of(2011, 9, 1));
        DesignFact illustrative = new DesignFact(RuleHarness.MINE, "Test mine", SINCE, null, 1_500.0, true, null);
        Sentence rampUp = new Sentence("projection.mine-ramp-up", "San Jose", 1, 19.63, "oz", 1_060.0, 54.0, 29.43, 1_000.0, 92L, 1_805.96);
        Sentence runRate = new Sentence("projection.mine-run-rate", "Caylloma", 563.0, "oz", 1, 563.0);
        ConsolidatedFact company = new ConsolidatedFact(companyQuarter(2011, 3), "ZN", "lb", 5_815_486, null, 0.5);
        OreProcessedFact nineMonths = new OreProcessedFact(yearToDate(2011, 3), 30_000.0, 0.5, 1_000.0);
        List<Finding> findings = new ArrayList<>(List.of(
                Findings.recoveryBelowDesign(gold, new DesignRecoveryFact(RuleHarness.MINE, "AU", 90, false, SINCE, null), t),
                Findings.recoveryBelowDesign(gold, new DesignRecoveryFact(RuleHarness.MINE, "AU", 90, true, SINCE, null), t),
                Findings.gradeBelowPlan(gold(0.35, 90, 1_060), new PlannedGradeFact(quarter(2011, 3), "AU", 0.5), t),
                Findings.throughputBelowDesign(ore, design, t),
                Findings.throughputBelowDesign(ore, illustrative, t),
                Findings.rampUpProgress(ore, design, t),
                Findings.decline(Findings.DECLINE_YOY, company, "ZN", "lb", 5_815_486, "2010-Q3", 6_762_193, 0.1),
                Findings.decline(Findings.DECLINE_QOQ, ore, "AG", "oz", 559_959, "2011-Q2", 680_000.5, 0.15),
                Findings.impossibleValue(gold, "AU", "recovery", 100.5),
                Findings.impossibleValue(ore, null, "tonnes_milled", -5),
                Findings.impossibleValue(gold, "AU", "grade", 0),
                Findings.impossibleValue(gold, "AU", "production", -1_000),
                Findings.metalBalanceMismatch(gold(1.06, 83, 1_500), t),
                Findings.consolidationMismatch(new ConsolidatedFact(companyQuarter(2011, 3), "AG", "oz", 693_331, 673_137.0, 1.5)),
                Findings.cumulativeBelowQuarter(nineMonths, ore, null, 30_000, 37_417),
                Findings.cumulativeBelowQuarter(nineMonths, ore, "AU", 1_028, 1_060),
                Findings.cumulativeNotSumOfQuarters(nineMonths, "AG", 1_517_621.5, 1_473_419, 1.5),
                Findings.overdueReport(new ExpectedReportFact(quarter(2011, 4), LocalDate.of(2012, 2, 14))),
                Findings.guidanceLikelyMiss(guidance(7_530, 7_530, 2_862, 3, 4_485, new Sentence("projection.by-mine", List.of(rampUp, runRate))), t),
                Findings.guidanceAtRisk(guidance(7_000, 8_000, 2_000, 2, 6_600, new Sentence("projection.run-rate", 1_623.0, "oz", 2)), t),
                Findings.guidanceNotReported(guidance(7_530, 7_530, 2_862, 3, 4_485, new Sentence("projection.run-rate", 1_623.0, "oz", 1), 4)),
                Findings.guidanceNotReported(NO_FIGURES),
                Findings.guidanceMissed(COMPLETE_YEAR),
                Findings.guidanceBeaten(guidance(2_400_000, 2_400_000, 2_600_000.5, 4, 2_600_000.5, new Sentence("projection.year-complete")))));
        return findings;
    }

    private static void collectKeys(Sentence sentence, Set<String> keys) {
        keys.add(sentence.key());
        for (Object argument : sentence.arguments()) {
            if (argument instanceof Sentence nested) {
                collectKeys(nested, keys);
            } else if (argument instanceof List<?> list) {
                list.forEach(s -> collectKeys((Sentence) s, keys));
            }
        }
    }

    @Test
    void no_key_is_also_a_sentence_of_the_release_reader() {
        Set<String> reading = SentenceBundle.bundle("org.minewatch.domain.release.reading", Locale.ENGLISH).keySet();
        assertThat(reading).isNotEmpty().doesNotContainAnyElementsOf(bundle(Locale.ENGLISH).keySet());
    }

    @Test
    void every_key_of_the_bundle_is_a_sentence_some_finding_says() {
        Set<String> said = new TreeSet<>();
        everyFinding().forEach(f -> collectKeys(f.getSentence(), said));
        collectKeys(COMPLETE_YEAR.getProjectionSentence(), said);
        collectKeys(NO_FIGURES.getProjectionSentence(), said);
        assertThat(said).isEqualTo(new TreeSet<>(bundle(Locale.ENGLISH).keySet()));
    }

    @Test
    void every_finding_reads_in_english_and_spanish_with_its_figures() {
        for (Finding finding : everyFinding()) {
            String english = finding.getSentence().in(Locale.ENGLISH);
            String spanish = finding.getSentence().in(SPANISH);
            assertThat(english).as(finding.getRule()).isEqualTo(finding.getMessage()).doesNotContain("{").matches(".*\\d.*");
            assertThat(spanish).as(finding.getRule()).isNotEqualTo(english).doesNotContain("{").matches(".*\\d.*");
        }
    }

    @Test
    void figures_are_written_the_way_each_locale_writes_them() {
        Finding recovery = Findings.recoveryBelowDesign(gold(1.06, 84.9, 1_060), new DesignRecoveryFact(RuleHarness.MINE, "AU", 90, false, SINCE, null),
                Thresholds.defaults());
        assertThat(recovery.getMessage()).isEqualTo("Au recovery 84.9% against 90% design: 5.1 points short, beyond the 2-point tolerance");
        assertThat(recovery.getSentence().in(SPANISH))
                .isEqualTo("Recuperación de Au 84,9\u00a0% frente a 90\u00a0% de diseño: 5,1 puntos por debajo, más allá de la tolerancia de 2 puntos");

        Finding decline = everyFinding().stream().filter(f -> f.getRule().equals(Findings.DECLINE_YOY)).findFirst().orElseThrow();
        assertThat(decline.getSentence().in(SPANISH)).isEqualTo("Producción de Zn 5.815.486 lb en 2011-Q3 frente a 6.762.193 lb en 2010-Q3"
                + " (el mismo trimestre del año anterior): -14\u00a0%, más allá del umbral de 10\u00a0%");

        Finding rampUp = everyFinding().stream().filter(f -> f.getSentence().key().endsWith(".ramp-up")).findFirst().orElseThrow();
        assertThat(rampUp.getMessage()).isEqualTo(
                "Ramp-up progress: 693 tpd = 69.3% of 1,000 tpd design in month 1 of commercial production (ramp-up window 12 months)");
        assertThat(rampUp.getSentence().in(SPANISH)).isEqualTo("Avance de la puesta en marcha: 693 tpd = 69,3\u00a0% de 1.000 tpd de diseño"
                + " en el mes 1 de producción comercial (periodo de puesta en marcha de 12 meses)");

        Finding overdue = everyFinding().stream().filter(f -> f.getRule().equals(Findings.OVERDUE_REPORT)).findFirst().orElseThrow();
        assertThat(overdue.getMessage()).isEqualTo("No figures for 2011-Q4, due by 2012-02-14");
        assertThat(overdue.getSentence().in(SPANISH)).isEqualTo("No hay cifras de 2011-Q4; debían presentarse a más tardar el 14 de febrero de 2012");
    }

    @Test
    void guidance_reads_with_its_projection_in_each_language() {
        Finding gold = everyFinding().stream().filter(f -> f.getRule().equals(Findings.GUIDANCE_LIKELY_MISS)).findFirst().orElseThrow();
        assertThat(gold.getMessage()).startsWith("Au guidance 7,530 oz: 2,862 oz to date, Q4 needs 4,668 oz = 2.88x Q3; projected 4,485 oz"
                + " (San Jose in ramp-up (month 1): 19.63 oz/day");
        assertThat(gold.getSentence().in(SPANISH)).startsWith("Guía de Au 7.530 oz: 2.862 oz a la fecha, el T4 necesita 4.668 oz = 2,88x el T3;"
                + " proyección 4.485 oz (San Jose en puesta en marcha (mes 1): 19,63 oz/día").contains("; Caylloma al ritmo actual: 563 oz por trimestre x 1");
    }

    @Test
    void a_sentence_survives_storage_as_key_and_json_arguments() {
        for (Finding finding : everyFinding()) {
            Sentence stored = Sentence.of(finding.getSentence().key(), finding.getSentence().argumentsJson());
            assertThat(stored).isEqualTo(finding.getSentence());
            assertThat(stored.in(SPANISH)).isEqualTo(finding.getSentence().in(SPANISH));
        }
    }
}
