package org.minewatch.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.ReleaseFixture;

/**
 * A seeded mutator over the sample releases: characters deleted, inserted (tabs, pipes, digits, dashes,
 * separators), texts cut short, chunks duplicated and lines shuffled. Whatever comes in, the parser
 * answers: no exception escapes it, and every figure it reads is a possible one in our units.
 */
class ReleaseParserFuzzTest {

    static final int CASES = 5_000;
    private static final String ALPHABET = "\t|-0123456789,.%Q \n()*'\u2013\u00a0";

    @Test
    void thousands_of_mutated_releases_never_make_the_parser_throw() {
        Random random = new Random(20111024L);
        List<String> texts = ReleaseFixture.RELEASES.stream().map(ReleaseParserTest::text).toList();
        ReleaseParser parser = new ReleaseParser(List.of("Caylloma", "San Jose"));
        int withFigures = 0;
        for (int i = 0; i < CASES; i++) {
            String text = mutate(texts.get(random.nextInt(texts.size())), random);
            ParsedRelease release = parser.parse(text);
            assertThat(release).as("case %d", i).isNotNull();
            for (ParsedFigure f : release.figures()) {
                assertThat(f.figure().value().signum()).as("case %d", i).isGreaterThanOrEqualTo(0);
                assertThat(f.measure().isPerMetal()).as("case %d", i).isEqualTo(f.metal() != null);
            }
            withFigures += release.figures().isEmpty() ? 0 : 1;
        }
        // many mutants are cut short before their table, but enough keep one for the table paths to be exercised
        System.out.printf("%d mutants, %d still gave figures%n", CASES, withFigures);
        assertThat(withFigures).isGreaterThan(CASES / 10);
    }

    static String mutate(String original, Random random) {
        StringBuilder text = new StringBuilder(original);
        int mutations = 1 + random.nextInt(30);
        for (int m = 0; m < mutations && text.length() > 0; m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> text.setLength(Math.max(1, at));
                case 3 -> {
                    int from = random.nextInt(text.length());
                    text.insert(at, text.substring(from, Math.min(text.length(), from + random.nextInt(80))));
                }
                case 4 -> text.replace(at, Math.min(text.length(), at + 3), String.valueOf(random.nextInt(100_000)));
                default -> {
                    String[] lines = text.toString().split("\n", -1);
                    int a = random.nextInt(lines.length);
                    int b = random.nextInt(lines.length);
                    String swap = lines[a];
                    lines[a] = lines[b];
                    lines[b] = swap;
                    text = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return text.toString();
    }
}
