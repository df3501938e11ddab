package org.minewatch.domain.release.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.minewatch.domain.release.ParsedFigure;
import org.minewatch.domain.release.ParsedRelease;
import org.minewatch.domain.release.corpus.CorpusRelease.Expected;

/**
 * How well the parser read one release against what a careful reader took from it. A figure matches on mine
 * (by {@link CorpusRelease#mineKey}), period, measure, metal and value within rounding: half a unit of the
 * last digit either side printed, so that "1.9 million ounces" read from a highlight matches 1,906,452 from
 * a table. A mine the text never names cannot be read from it (the careful reader knew it from elsewhere: the one mine of
 * its company), and the parser may not guess one; the company's figure stands for it.
 */
public record Scoreboard(CorpusRelease release, int expected, int parsed, int matched, List<String> missed, List<String> wrong) {

    public static Scoreboard score(CorpusRelease release, ParsedRelease parsed) {
        List<Expected> open = new ArrayList<>(release.observations());
        Set<String> unnamed = release.unnamedMineKeys();
        List<String> wrong = new ArrayList<>();
        int matched = 0;
        for (ParsedFigure f : parsed.figures()) {
            Expected hit = open.stream().filter(e -> samePlace(e, f, unnamed) && sameValue(e, f)).findFirst().orElse(null);
            if (hit == null) {
                wrong.add(describe(f) + whyWrong(release, f, unnamed));
            } else {
                open.remove(hit);
                matched++;
            }
        }
        List<String> missed = open.stream().map(Scoreboard::describe).toList();
        return new Scoreboard(release, release.observations().size(), parsed.figures().size(), matched, missed, wrong);
    }

    /** The same mine (or the company's for a mine the text never names), period, measure and metal. */
    private static boolean samePlace(Expected e, ParsedFigure f, Set<String> unnamed) {
        return sameMine(e, f, unnamed) && e.period().equals(f.period().code())
                && e.measure().equals(f.measure().code()) && Objects.equals(e.metal(), f.metal() == null ? null : f.metal().name());
    }

    private static boolean sameMine(Expected e, ParsedFigure f, Set<String> unnamed) {
        String expected = CorpusRelease.mineKey(e.mine());
        return expected.equals(CorpusRelease.mineKey(f.mine())) || f.mine() == null && unnamed.contains(expected);
    }

    /** The same value within both figures' rounding. */
    private static boolean sameValue(Expected e, ParsedFigure f) {
        BigDecimal tolerance = e.figure().roundingHalfWidth().add(f.figure().roundingHalfWidth()).add(e.value().abs().movePointLeft(6));
        return e.value().subtract(f.figure().value()).abs().compareTo(tolerance) <= 0;
    }

    /**
     * Which part of a wrong figure is wrong, beside the expected figure of the same value: " (mine: expected X)",
     * " (period: expected 2019-Q1)"; " (value)" when the expected figure of its mine, period, measure and metal has another
     * value; " (no such figure)" when none has its value nor its place. Kinds of error counted over many releases say
     * which kind of rule would help, where one release's figures say only what that release needs.
     */
    static String whyWrong(CorpusRelease release, ParsedFigure f) {
        return whyWrong(release, f, release.unnamedMineKeys());
    }

    private static String whyWrong(CorpusRelease release, ParsedFigure f, Set<String> unnamed) {
        String metal = f.metal() == null ? null : f.metal().name();
        for (Expected e : release.observations()) {
            if (!sameValue(e, f)) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (!sameMine(e, f, unnamed)) {
                parts.add("mine: expected " + (e.mine() == null ? "(company)" : e.mine()));
            }
            if (!e.period().equals(f.period().code())) {
                parts.add("period: expected " + e.period());
            }
            if (!e.measure().equals(f.measure().code())) {
                parts.add("measure: expected " + e.measure());
            }
            if (!Objects.equals(e.metal(), metal)) {
                parts.add("metal: expected " + e.metal());
            }
            return parts.isEmpty() ? " (read twice)" : " (" + String.join("; ", parts) + ")";
        }
        return release.observations().stream().anyMatch(e -> samePlace(e, f, unnamed)) ? " (value)" : " (no such figure)";
    }

    public double recall() {
        return expected == 0 ? 1 : (double) matched / expected;
    }

    /** A release read to nothing has made no mistake: its precision is 1. */
    public double precision() {
        return parsed == 0 ? 1 : (double) matched / parsed;
    }

    private static String describe(Expected e) {
        return String.join(" ", e.mine() == null ? "(company)" : e.mine(), e.period(), e.measure(), Objects.toString(e.metal(), "-"),
                e.value().stripTrailingZeros().toPlainString());
    }

    private static String describe(ParsedFigure f) {
        return String.join(" ", f.mine() == null ? "(company)" : f.mine(), f.period().code(), f.measure().code(),
                f.metal() == null ? "-" : f.metal().name(), f.figure().value().stripTrailingZeros().toPlainString(), "(line " + f.line() + ")");
    }

    /** Totals over several releases: figures pooled, so that a long release weighs more than a short one. */
    public record Total(String label, int releases, int expected, int parsed, int matched) {

        public static Total of(String label, List<Scoreboard> scores) {
            return new Total(label, scores.size(), scores.stream().mapToInt(Scoreboard::expected).sum(), scores.stream().mapToInt(Scoreboard::parsed).sum(),
                    scores.stream().mapToInt(Scoreboard::matched).sum());
        }

        public double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        public double precision() {
            return parsed == 0 ? 1 : (double) matched / parsed;
        }

        String line() {
            return String.format(Locale.ROOT, "%-44s %4s %5d %5d %5d   %6.3f   %6.3f", label + " (" + releases + " releases)", "", expected, parsed,
                    matched, recall(), precision());
        }
    }

    String line() {
        return String.format(Locale.ROOT, "%-44s %4s %5d %5d %5d   %6.3f   %6.3f", release.name(), release.heldOut() ? "held" : "", expected, parsed,
                matched, recall(), precision());
    }

    /** The table: one line a release, then the totals. */
    public static String table(List<Scoreboard> scores, List<Total> totals, boolean detail) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-44s %4s %5s %5s %5s   %6s   %6s%n", "release", "part", "exp", "read", "right", "recall", "precis"));
        for (Scoreboard s : scores) {
            out.append(s.line()).append('\n');
            if (detail) {
                s.missed().forEach(m -> out.append("      missed ").append(m).append('\n'));
                s.wrong().forEach(w -> out.append("      wrong  ").append(w).append('\n'));
            }
        }
        out.append("-".repeat(92)).append('\n');
        totals.forEach(t -> out.append(t.line()).append('\n'));
        return out.toString();
    }
}
