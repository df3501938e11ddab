package org.minewatch.domain.release;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.minewatch.domain.model.ReleaseFixture;

/**
 * The five real releases of shared/releases: every figure a careful reader extracted is found, and nothing
 * else.
 */
class ReleaseParserTest {

    static final List<String> RELEASES = ReleaseFixture.RELEASES;

    static String text(String name) {
        try (InputStream in = ReleaseParserTest.class.getResourceAsStream("/releases/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> expected(String name) {
        List<JsonObject> observations = ReleaseFixture.everyFigure(name);
        return observations.stream()
                .map(o -> String.join("|", o.isNull("mine") ? "null" : o.getString("mine"), o.getString("period"), o.getString("measure"),
                        o.isNull("metal") ? "null" : o.getString("metal"),
                        o.getJsonNumber("value").bigDecimalValue().stripTrailingZeros().toPlainString()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> parsed(ParsedRelease release) {
        return release.figures().stream()
                .map(f -> String.join("|", String.valueOf(f.mine()), f.period().code(), f.measure().code(), String.valueOf(f.metal()),
                        f.figure().value().stripTrailingZeros().toPlainString()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @FieldSource("RELEASES")
    void every_expected_figure_and_nothing_else(String name) {
        ParsedRelease release = new ReleaseParser().parse(text(name));
        Set<String> expected = expected(name);
        Set<String> parsed = parsed(release);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(parsed);
        Set<String> extra = new TreeSet<>(parsed);
        extra.removeAll(expected);
        assertThat(missing).as("missing from %s (warnings %s)", name, release.warnings()).isEmpty();
        assertThat(extra).as("not in %s", name).isEmpty();
    }

    /**
     * What the database already knows must not change what a release says: with any one of its mines known
     * (a mine stored earlier, the others new), the same figures and nothing else. A known mine named in the
     * text is not, by that alone, the mine of a table that names none.
     */
    @ParameterizedTest
    @FieldSource("RELEASES")
    void the_same_figures_whichever_of_its_mines_are_known_already(String name) {
        Set<String> expected = expected(name);
        Set<String> mines = expected.stream().map(o -> o.substring(0, o.indexOf('|'))).filter(m -> !m.equals("null"))
                .collect(Collectors.toCollection(TreeSet::new));
        for (String known : mines) {
            ParsedRelease release = new ReleaseParser(List.of(known)).parse(text(name));
            assertThat(parsed(release)).as("%s with %s known", name, known).isEqualTo(expected);
        }
    }
}
