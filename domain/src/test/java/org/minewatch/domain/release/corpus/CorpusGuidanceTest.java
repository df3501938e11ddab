package org.minewatch.domain.release.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.release.ParsedGuidance;
import org.minewatch.domain.release.ReleaseParser;

/**
 * The guidance statements of the corpus, read as guidance: a statement matches on year, metal, withdrawn or not,
 * and its low and high ends within the rounding they were printed with (the mine is left aside: a single-mine
 * company's guidance is the mine's to a careful reader and the company's to the text). Recall and precision,
 * tuning and held-out apart; each miss and each extra printed.
 */
class CorpusGuidanceTest {

    // Floors on the tuning part: what the reader reached there when they were last raised; they only go up. The
    // held-out part is printed, never floored.
    static final double RECALL_FLOOR = 0.63;
    static final double PRECISION_FLOOR = 0.95;
    // the fourth gathering's tuning part (corpus/README.md) has floors of its own
    static final double FOURTH_GATHERING_RECALL_FLOOR = 0.58;
    static final double FOURTH_GATHERING_PRECISION_FLOOR = 0.95;
    // the fifth gathering's tuning part: 7 right of 15 expected, 14 read, when it joined and after that session (its
    // guidance was not tuned on), 9 right of 17 read once Portuguese ranges and Spanish plans were read: floors that keep
    // it from getting worse, far under the others'
    static final double FIFTH_GATHERING_RECALL_FLOOR = 0.60;
    static final double FIFTH_GATHERING_PRECISION_FLOOR = 0.50;
    // the sixth gathering's tuning part: 10 right of 24 expected, 14 read, when it joined; 12 right of 15 read after that
    // session, whose Portuguese numbers and words carried over to the guidance reader
    static final double SIXTH_GATHERING_RECALL_FLOOR = 0.50;
    static final double SIXTH_GATHERING_PRECISION_FLOOR = 0.80;
    // the seventh gathering's tuning part (2026-12-03): 4 right of 19 expected, 11 read, when it joined
    static final double SEVENTH_GATHERING_RECALL_FLOOR = 0.21;
    static final double SEVENTH_GATHERING_PRECISION_FLOOR = 0.36;

    @Test
    void guidance_is_read_as_guidance() {
        int[] tuning = new int[3];
        int[] fourth = new int[3];
        // the fifth gathering's tuning part (corpus/README.md) has floors of its own
        int[] fifth = new int[3];
        int[] sixth = new int[3];
        int[] seventh = new int[3];
        int[] heldOut = new int[3];
        List<String> detail = new ArrayList<>();
        // the held-out part is shown only when asked for (-Dcorpus.part=all), at the end of a session's tuning
        boolean showHeldOut = !System.getProperty("corpus.part", "tuning").equals("tuning");
        for (CorpusRelease r : CorpusRelease.all()) {
            List<ParsedGuidance> read = new ArrayList<>(new ReleaseParser().parse(r.text()).guidance());
            int[] part = r.heldOut() ? heldOut : r.gathering() == 7 ? seventh : r.gathering() == 6 ? sixth : r.gathering() == 5 ? fifth : r.gathering() == 4 ? fourth : tuning;
            part[0] += r.guidance().size();
            part[1] += read.size();
            for (CorpusRelease.ExpectedGuidance expected : r.guidance()) {
                ParsedGuidance match = read.stream().filter(g -> matches(expected, g)).findFirst().orElse(null);
                if (match != null) {
                    part[2]++;
                    read.remove(match);
                } else if (showHeldOut || !r.heldOut()) {
                    detail.add(r.name() + ": missed " + expected.year() + " " + expected.metal() + " " + expected.low() + "-" + expected.high()
                            + (expected.withdrawn() ? " withdrawn" : ""));
                }
            }
            read.stream().filter(g -> showHeldOut || !r.heldOut()).forEach(g -> detail.add(r.name() + ": extra " + g.year() + " " + g.metal() + " " + value(g.low()) + "-" + value(g.high())
                    + (g.withdrawn() ? " withdrawn" : "")));
        }
        System.out.printf("guidance: tuning %d expected, %d read, %d right (fourth gathering %d expected, %d read, %d right; fifth %d, %d, %d; sixth %d, %d, %d; seventh %d, %d, %d)%s%n",
                tuning[0], tuning[1], tuning[2], fourth[0], fourth[1], fourth[2], fifth[0], fifth[1], fifth[2], sixth[0], sixth[1], sixth[2], seventh[0], seventh[1], seventh[2],
                showHeldOut ? String.format("; held-out %d expected, %d read, %d right", heldOut[0], heldOut[1], heldOut[2]) : "");
        detail.forEach(d -> System.out.println("  " + d));
        assertThat((double) tuning[2] / tuning[0]).as("guidance recall over the tuning part").isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(tuning[1] == 0 ? 1.0 : (double) tuning[2] / tuning[1]).as("guidance precision over the tuning part").isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat((double) fourth[2] / fourth[0]).as("guidance recall over the fourth gathering's tuning part").isGreaterThanOrEqualTo(FOURTH_GATHERING_RECALL_FLOOR);
        assertThat(fourth[1] == 0 ? 1.0 : (double) fourth[2] / fourth[1]).as("guidance precision over the fourth gathering's tuning part")
                .isGreaterThanOrEqualTo(FOURTH_GATHERING_PRECISION_FLOOR);
        assertThat((double) fifth[2] / fifth[0]).as("guidance recall over the fifth gathering's tuning part").isGreaterThanOrEqualTo(FIFTH_GATHERING_RECALL_FLOOR);
        assertThat(fifth[1] == 0 ? 1.0 : (double) fifth[2] / fifth[1]).as("guidance precision over the fifth gathering's tuning part")
                .isGreaterThanOrEqualTo(FIFTH_GATHERING_PRECISION_FLOOR);
        assertThat((double) sixth[2] / sixth[0]).as("guidance recall over the sixth gathering's tuning part").isGreaterThanOrEqualTo(SIXTH_GATHERING_RECALL_FLOOR);
        assertThat(sixth[1] == 0 ? 1.0 : (double) sixth[2] / sixth[1]).as("guidance precision over the sixth gathering's tuning part")
                .isGreaterThanOrEqualTo(SIXTH_GATHERING_PRECISION_FLOOR);
        assertThat((double) seventh[2] / seventh[0]).as("guidance recall over the seventh gathering's tuning part").isGreaterThanOrEqualTo(SEVENTH_GATHERING_RECALL_FLOOR);
        assertThat(seventh[1] == 0 ? 1.0 : (double) seventh[2] / seventh[1]).as("guidance precision over the seventh gathering's tuning part")
                .isGreaterThanOrEqualTo(SEVENTH_GATHERING_PRECISION_FLOOR);
    }

    private static boolean matches(CorpusRelease.ExpectedGuidance e, ParsedGuidance g) {
        if (e.year() != g.year() || e.withdrawn() != g.withdrawn() || !Objects.equals(e.metal(), g.metal() == null ? null : g.metal().name())) {
            return false;
        }
        return e.withdrawn() && g.low() == null || near(e.low(), g.low()) && near(e.high(), g.high());
    }

    private static boolean near(BigDecimal expected, ReportedFigure read) {
        if (expected == null || read == null) {
            return expected == null && read == null;
        }
        BigDecimal slack = read.roundingHalfWidth().add(expected.abs().movePointLeft(6));
        return expected.subtract(read.value()).abs().compareTo(slack) <= 0;
    }

    private static String value(ReportedFigure f) {
        return f == null ? "-" : f.value().toPlainString();
    }
}
