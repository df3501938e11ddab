package org.minewatch.domain.release.corpus;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * One release of the parser's corpus (src/test/resources/corpus): its text as found, the figures a careful
 * reader took from it, its issuer, and whether it belongs to the held-out part (whole companies, or single releases, listed in
 * corpus/HELDOUT, chosen by the rule in corpus/README.md before any tuning).
 *
 * <p>The five releases of shared/releases are part of it too, in the tuning part, read as they are from
 * releases/; what their own extraction left out by its convention (highlight bullets) and a careful reader
 * takes is added from corpus/shared/NAME.json, each addition with its reason.
 */
public record CorpusRelease(String name, String company, boolean shared, boolean heldOut, String text, String issuer, List<Expected> observations,
                            List<ExpectedGuidance> guidance, List<BalanceException> balanceExceptions, List<String> layout, String notes) {

    /** An expected figure, in the observation format of shared/releases/README.md. */
    public record Expected(String mine, String period, String measure, String metal, BigDecimal value, String unit) {

        /** The value as a printed figure: known to half a unit of its last digit as written in the JSON (converted values carry four decimals). */
        public ReportedFigure figure() {
            return ReportedFigure.of(value, BigDecimal.ONE.movePointLeft(Math.max(value.stripTrailingZeros().scale(), 0)));
        }
    }

    /** A guidance statement the careful reader found: a year, a metal (null for throughput), a range, a mine or the company. */
    public record ExpectedGuidance(int year, String mine, String metal, BigDecimal low, BigDecimal high, String unit, boolean withdrawn, String sentence) {
    }

    /** A mine-period-metal whose metal balance does not close, and why (the release's own figures, or US units' wider rounding). */
    public record BalanceException(String mine, String period, String metal, String why) {
    }

    public static final String ROOT = "/corpus";

    /**
     * The later gatherings (corpus/README.md), in order: the second first; each file lists its companies, or (from the
     * twenty-third, whose releases are of companies already in the corpus) its releases as {@code company/name}.
     */
    private static final List<Set<String>> LATER_GATHERINGS = Stream.of("SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH", "ELEVENTH", "TWELFTH", "THIRTEENTH", "FOURTEENTH", "FIFTEENTH", "SIXTEENTH", "SEVENTEENTH", "EIGHTEENTH", "NINETEENTH", "TWENTIETH", "TWENTY-FIRST", "TWENTY-SECOND", "TWENTY-THIRD", "TWENTY-FOURTH", "TWENTY-FIFTH", "TWENTY-SIXTH", "TWENTY-SEVENTH", "TWENTY-EIGHTH", "TWENTY-NINTH", "THIRTIETH", "THIRTY-FIRST", "THIRTY-SECOND", "THIRTY-THIRD", "THIRTY-FOURTH", "THIRTY-FIFTH", "THIRTY-SIXTH", "THIRTY-SEVENTH", "THIRTY-EIGHTH", "THIRTY-NINTH", "FORTIETH", "FORTY-FIRST", "FORTY-SECOND", "FORTY-THIRD")
            .map(n -> Set.copyOf(lines(resourcePath(ROOT).resolve(n + "-GATHERING")))).toList();

    /** The number of gatherings so far: the first and the later ones. */
    public static final int GATHERINGS = 1 + LATER_GATHERINGS.size();

    /** A gathering's number as the corpus tests print it: "1st", "2nd", "3rd", "4th" and so on. */
    public static String ordinal(int gathering) {
        int last = gathering % 10;
        boolean teen = gathering % 100 >= 11 && gathering % 100 <= 13;
        return gathering + (teen ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th");
    }

    /**
     * Which gathering the release came from (corpus/README.md): 2 for the companies corpus/SECOND-GATHERING lists, 3 for
     * those of corpus/THIRD-GATHERING, and so on; 1 for the others.
     */
    public int gathering() {
        // a release named on its own belongs to that gathering, whatever gathering brought its company
        for (int i = LATER_GATHERINGS.size() - 1; i >= 0; i--) {
            if (LATER_GATHERINGS.get(i).contains(company + "/" + name)) {
                return i + 2;
            }
        }
        for (int i = 0; i < LATER_GATHERINGS.size(); i++) {
            if (LATER_GATHERINGS.get(i).contains(company)) {
                return i + 2;
            }
        }
        return 1;
    }

    /** Every release of the corpus, the shared five first, then by company and name. */
    public static List<CorpusRelease> all() {
        Path root = resourcePath(ROOT);
        // a company no session has tuned on yet (UNSEEN) is scored with the held-out part, whatever part HELDOUT gives it;
        // either file may name one release as company/name
        Set<String> heldOut = new java.util.HashSet<>(lines(root.resolve("HELDOUT")));
        heldOut.addAll(lines(root.resolve("UNSEEN")));
        List<CorpusRelease> releases = new ArrayList<>();
        try (Stream<Path> shared = Files.list(root.resolve("shared"))) {
            shared.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> releases.add(shared(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            files.filter(p -> p.toString().endsWith(".json") && p.getParent().getParent().equals(root) && !p.getParent().getFileName().toString().equals("shared"))
                    .sorted(Comparator.comparing(Path::toString))
                    .forEach(p -> {
                        String company = p.getParent().getFileName().toString();
                        String name = p.getFileName().toString().replace(".json", "");
                        releases.add(of(p, company, heldOut.contains(company) || heldOut.contains(company + "/" + name), read(sibling(p, ".txt")), json(p)));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return releases;
    }

    private static CorpusRelease shared(Path entry) {
        JsonObject supplement = json(entry);
        Path releasesRoot = resourcePath("/releases");
        String name = entry.getFileName().toString().replace(".json", "");
        JsonObject original = json(releasesRoot.resolve(name + ".json"));
        CorpusRelease release = of(entry, supplement.getString("company"), false, read(releasesRoot.resolve(name + ".txt")), original);
        List<Expected> all = new ArrayList<>(release.observations());
        all.addAll(observations(supplement));
        return new CorpusRelease(name, release.company(), true, false, release.text(), supplement.getString("issuer"), List.copyOf(all),
                guidance(supplement), balanceExceptions(supplement), strings(supplement, "layout"),
                original.getString("notes") + " Supplement: " + supplement.getString("notes"));
    }

    private static CorpusRelease of(Path json, String company, boolean heldOut, String text, JsonObject o) {
        String name = json.getFileName().toString().replace(".json", "");
        return new CorpusRelease(name, company, false, heldOut, text, o.containsKey("issuer") ? o.getString("issuer") : null, observations(o), guidance(o),
                balanceExceptions(o), strings(o, "layout"), o.getString("notes", ""));
    }

    private static List<Expected> observations(JsonObject o) {
        List<Expected> out = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("observations")) {
            JsonObject x = v.asJsonObject();
            out.add(new Expected(x.isNull("mine") ? null : x.getString("mine"), x.getString("period"), x.getString("measure"),
                    x.isNull("metal") ? null : x.getString("metal"), x.getJsonNumber("value").bigDecimalValue(), x.getString("unit")));
        }
        return List.copyOf(out);
    }

    private static List<ExpectedGuidance> guidance(JsonObject o) {
        if (!o.containsKey("guidance")) {
            return List.of();
        }
        List<ExpectedGuidance> out = new ArrayList<>();
        for (JsonValue v : o.getJsonArray("guidance")) {
            JsonObject g = v.asJsonObject();
            out.add(new ExpectedGuidance(g.getInt("year"), g.isNull("mine") ? null : g.getString("mine"), g.isNull("metal") ? null : g.getString("metal"),
                    g.isNull("low") ? null : g.getJsonNumber("low").bigDecimalValue(), g.isNull("high") ? null : g.getJsonNumber("high").bigDecimalValue(),
                    g.getString("unit", null), g.getBoolean("withdrawn", false), g.getString("sentence", "")));
        }
        return List.copyOf(out);
    }

    private static List<BalanceException> balanceExceptions(JsonObject o) {
        if (!o.containsKey("balanceExceptions")) {
            return List.of();
        }
        return o.getJsonArray("balanceExceptions").getValuesAs(JsonObject.class).stream()
                .map(x -> new BalanceException(x.isNull("mine") ? null : x.getString("mine"), x.getString("period"), x.getString("metal"), x.getString("why")))
                .toList();
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()
                : List.of();
    }

    private static Path sibling(Path json, String extension) {
        return json.resolveSibling(json.getFileName().toString().replace(".json", extension));
    }

    private static Path resourcePath(String resource) {
        URL url = CorpusRelease.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("No test resource " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(Path path) {
        try (InputStream in = Files.newInputStream(path); JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path path) {
        if (!Files.exists(path)) {
            return List.of();
        }
        return read(path).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * The keys ({@link #mineKey}) of the expected figures' mines that the text never names: neither the key as words of the
     * text, nor each word of it (a label of two mines, "Guanaco/Amancaya"). A key of no latin letters ("Павлик") is taken as
     * named, so that nothing is excused. The text is made plain once, whatever the number of figures.
     */
    public Set<String> unnamedMineKeys() {
        String words = plainWords(text);
        return observations.stream().map(Expected::mine).filter(java.util.Objects::nonNull).map(CorpusRelease::mineKey).distinct()
                .filter(key -> !names(words, key)).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether the text names the mine, as {@link #unnamedMineKeys} judges it. */
    public boolean namesMine(String mine) {
        return names(plainWords(text), mineKey(mine));
    }

    private static String plainWords(String text) {
        // (some pages arrived as JSON, their line breaks written "\\n")
        return " " + java.text.Normalizer.normalize(text.replaceAll("\\\\[nrt]", " "), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    }

    private static boolean names(String words, String key) {
        return key.isEmpty() || words.contains(" " + key + " ") || java.util.Arrays.stream(key.split(" ")).allMatch(w -> words.contains(" " + w + " "));
    }

    /**
     * A mine's name as a key for matching: case, accents, a country after a comma, words in parentheses and
     * the words that say what kind of operation it is ("mine", "operation", "unit", "complex") do not tell
     * two mines apart; nor does the metal a name ends with ("Eagle Gold Mine" and "Eagle", "Island Gold" and "Island"),
     * which the parser leaves out of a name as {@code MineNames} does.
     */
    public static String mineKey(String mine) {
        if (mine == null) {
            return "(company)";
        }
        String key = java.text.Normalizer.normalize(mine, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        key = key.replaceAll("\\(.*?\\)", " ");
        int comma = key.indexOf(',');
        if (comma > 0) {
            key = key.substring(0, comma);
        }
        // ("Suzdal+Zherek", "Suzdal & Zherek" and "Suzdal and Zherek": one label of two mines)
        key = key.replaceAll("\\b(the|and|mine|mines|mining|operations?|unit|unidad|mina|minera|complex|project|proyecto|projeto|district|property|plant|mill|tailings)\\b", " ");
        key = key.replaceAll("[^a-z0-9]+", " ").strip();
        return key.replaceFirst("(?<=\\S) (?:gold|silver|copper|zinc)$", "");
    }
}
