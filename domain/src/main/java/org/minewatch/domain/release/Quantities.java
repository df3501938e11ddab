package org.minewatch.domain.release;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;
import org.minewatch.domain.model.production.ReportedFigure;

/**
 * Quantities in a sentence, with their units and the metal they are of: "1.9 million ounces of silver",
 * "479,809 silver ounces", "19.1 million pounds of lead", "5,000 tonnes of copper", "41,000 tonnes",
 * "1,270 tpd", "870 g/t silver", "0.102 oz/ton", "96%". Each in our units, with the resolution it was printed
 * at ("1.9 million" is known to 100,000 ounces).
 */
final class Quantities {

    enum Kind { PRECIOUS_MASS, BASE_MASS, ORE_TONNES, TPD, GRADE, PERCENT }

    /** A quantity: its figure in our units, what kind it is, its metal if the words say, and where it stands. */
    record Quantity(ReportedFigure figure, Kind kind, Metal metal, int start, int end) {
    }

    // (Portuguese: ouro, prata, chumbo, zinco)
    static final String METAL_WORD = "silver|gold|lead|zinc|copper|plata|oro|plomo|cobre|ouro|prata|chumbo|zinco|Ag|Au|Pb|Zn|Cu";
    /** After a metal's name, not another's joined to it: "6.9% Pb+Zn" is two metals' grade together, neither's. */
    static final String NOT_JOINED_TO_ANOTHER_METAL = "(?!\\s*[+&]\\s*(?:" + METAL_WORD + ")\\b)";
    /** A metal's name or symbol as a word of its own. */
    static final Pattern METAL_NAME = Pattern.compile("\\b(" + METAL_WORD + ")\\b", Pattern.CASE_INSENSITIVE);
    // thousands apart by commas, or by single spaces as many newswires print them ("10 446 t", "2 970 oz"); ore's dry or wet
    // metric tonnes as Spanish reports write them ("22,373 TMS de mineral"), and its dry metric tonnes in English ("51,514 dmt")
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?![\\d,.])|\\d+(?:\\.\\d+)?)";
    // a number glued after letters is a label's ("FY19", "Q3"), no quantity
    /** A precious metal's units of mass other than kilograms, the longer spelling first ("ozs" before "oz"). */
    private static final String PRECIOUS_UNITS = "koz|mmoz|moz|ounces?|ozs|oz|onzas|on\u00e7as";
    /** A figure's multiplier written out after it: "1.9 million", "41 thousand", "3,5 millones", "120 mil". */
    static final String MULTIPLIER_WORDS = "million|mln|millones|thousand|mil";
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\d.,$'\u2019\\p{L}])" + NUMBER
            + "(?:(?:\\s*|-)(" + MULTIPLIER_WORDS + "|m(?=\\s*(?:oz|ounces|lbs?|pounds|tonnes|t\\b))|k(?=\\s*(?:oz|ounces|lbs?|t\\b|tonnes))))?"
            // ("235,388 milled tonnes": ore's tonnes, what was done to it between)
            + "\\s*(?:(" + METAL_WORD + ")\\s+)?(?:(?:dry|wet|metric)\\s+)?(?:(?:milled|processed|treated)\\s+(?=tonnes|tons|t\\b))?(?:de\\s+(?=onzas|on\u00e7as|libras|toneladas))?(?!(?:ag|au|cu)?eq)"
            + "(tonnes? per (?:calendar |operating )?day|tons? per (?:calendar |operating )?day|dmt per (?:calendar |operating )?day|tonnes/day|tpd|t/d|stpd|toneladas por d[i\u00ed]a|g/t|gram(?:me)?s per tonne|gram(?:me)?s\\s+(?:of\\s+)?(?:gold|silver)\\s+per\\s+tonne|gramos por tonelada|gpt|oz/t(?:on)?|opt\\b|ounces\\s+(?:of\\s+(?:gold|silver)\\s+)?per\\s+(?:short\\s+)?ton\\b"
            + "|%|per cent|percent|por ciento|" + PRECIOUS_UNITS + "|mlbs?|klbs?|pounds|lbs?|libras|kt|mt|toneladas\\s+m[e\u00e9]tricas\\s+finas|toneladas\\s+finas|toneladas|tonnes|tonne|tons|ton\\b|tmf|tms\\b|tmh\\b|dmt\\b|t\\b|kg|kilograms)"
            + "(?:\\s*\\(\\s*TMF\\s*\\))?"
            // ("63,440 oz. silver", "11.3 million lbs. copper": the unit's abbreviation point before its metal)
            + "(?:\\.?\\s+(?:of\\s+|de\\s+)?(?:payable\\s+|contained\\s+|fine\\s+)?(" + METAL_WORD + ")\\b" + NOT_JOINED_TO_ANOTHER_METAL + ")?"
            // a rate per year ("225,000 oz/y", "2.7 million ounces per annum", "running at a consistent 2.4 Mtpa") is a plan, a
            // capacity or a rate, never a quarter's figure
            + "(?!\\s*(?:/\\s*y(?:r|ear)?\\b|per\\s+(?:year|annum)|a\\s+year|annually|p\\.\\s?a\\.|(?<=t)pa\\b|(?:annual\\s+)?run[- ]rate))", Pattern.CASE_INSENSITIVE);

    // "copper production of", "zinc in concentrate production, 5,240 tonnes", "copper production for the March quarter reached 17 936 t":
    // the metal's tonnes, not ore's
    // "Copper cathode production increased to 35,615 tonnes", "Zinc production rose 4% to 12,000 tonnes": the level it went to
    // ("Copper production at Ruashi Mine reached 16,587 tonnes": the mine between; "decreased by 7% from 16,823 tonnes": the level
    // it came from, of the same metal)
    private static final Pattern BASE_PRODUCTION_BEFORE = Pattern.compile("(?i)\\b(copper|zinc|lead|nickel|cobre|plomo)\\s+(?:metal\\s+|cathode\\s+|in\\s+concentrates?\\s+)?(?:production|produced|output)\\d?"
            + "(?:\\s+(?:at|from)\\s+(?:the\\s+)?(?-i:\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3})(?:\\s+(?:mine|operations?))?)?"
            // ("Total copper production for the first quarter ended March reached 27 442 t": the quarter's end after it)
            + "(?:\\s+(?:in\\s+Q[1-4](?:\\s+(?:19|20)\\d{2})?|for\\s+the\\s+(?:\\p{L}+\\s+)?quarter(?:\\s+(?:19|20)\\d{2})?"
            + "(?:\\s+end(?:ed|ing)\\s+(?:\\d{1,2}\\s+)?\\p{L}+\\.?(?:\\s+\\d{1,2})?,?(?:\\s+(?:19|20)\\d{2})?)?))?\\s*(?:of|was|were|totall?ed|reached|:|,"
            // "Consolidated quarterly copper production also included contributions from the Caraíba Operations of 9,920 tonnes": a
            // mine's part of the metal's tonnes
            + "|(?:also\\s+)?included\\s+contributions?\\s+from\\s+(?:the\\s+)?(?-i:\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*){0,3})(?:\\s+(?:mine|operations?))?\\s+of"
            // "Copper production in Q3 2021 remained strong at 13,933 tonnes": a level held, the metal's tonnes all the same
            + "|(?:remained|was|were|stood)(?:\\s+(?:strong|steady|stable|flat|solid|robust))?\\s+at"
            + "|(?:has\\s+|had\\s+)?(?:increased|decreased|rose|fell|grew|declined|improved|dropped)(?:\\s+by)?(?:\\s+\\d+(?:\\.\\d+)?\\s*%)?(?:\\s+(?:YoY|y-o-y|year[- ]on[- ]year|QoQ|q-o-q))?\\s+(?:to|from))?\\s*(?:a\\s+(?:record\\s+)?)?$");
    /** The words between a level and the level it is compared with: " in Q4 2019 from ", " compared with ". */
    // ("tonnes of zinc metal in concentrate produced in 2014, compared to": the word "metal" after the metal's name)
    private static final Pattern COMPARED_FROM = Pattern.compile("(?i)(?:\\s+metal\\b)?(?:\\s+(?:in|during)\\s+[\\p{L}\\d ]{2,30}?)?,?\\s+(?:up\\s+|down\\s+)?(?:from|compared\\s+(?:with|to)|versus|vs\\.?|against)\\s+");
    /** Ore's words right after tonnes: "2.1 million tonnes processed", "of ore" (after "Copper production at the Osprey Concentrator"). */
    private static final Pattern ORE_AFTER = Pattern.compile("(?i)\\s*(?:of\\s+(?:ore|material|feed)\\b|processed|milled|treated|crushed)");
    /** The words between a level a change came from and the level it went to: " in 2020 1H to ". */
    private static final Pattern FROM_TO = Pattern.compile("(?i)(?:\\s+(?:in|during)\\s+[\\p{L}\\d ]{2,30}?)?\\s+to\\s+");

    /** "from 16,823 tonnes": a level a change came from, its "from" right before it. */
    private static final Pattern FROM_RIGHT_BEFORE = Pattern.compile("(?i)\\bfrom\\s+$");

    /** Whether the figure at a place is the level a base metal's figure before it is compared with, or the one it changed to. */
    private static boolean comparedOrChangedTo(String sentence, Quantity before, int at) {
        String between = sentence.substring(before.end(), at);
        return COMPARED_FROM.matcher(between).matches()
                || FROM_TO.matcher(between).matches() && FROM_RIGHT_BEFORE.matcher(sentence.substring(0, before.start())).find()
                || PART_DELIVERED_BETWEEN.matcher(between).matches();
    }

    /**
     * ", with the Prominent Hill project delivering ", ", with Prominent Hill contributing ": a mine's part of the figure just
     * given, told next (the mine's words the group).
     */
    static final String PART_DELIVERED = ",\\s+with\\s+(?:the\\s+)?([^,;.\\d]{1,40}?)\\s+(?:delivering|contributing|producing|accounting\\s+for)\\s+";
    /** The words between a figure and its mine's part of it, in the same unit. */
    private static final Pattern PART_DELIVERED_BETWEEN = Pattern.compile("(?i)" + PART_DELIVERED);

    /** Whether a kind is a mass, which a list of metals' production gives ("5% and 8%" before them are changes). */
    private static boolean isMass(Kind kind) {
        return kind == Kind.PRECIOUS_MASS || kind == Kind.BASE_MASS || kind == Kind.ORE_TONNES;
    }

    private static final Pattern TPD_UNIT = Pattern.compile("tonnes? per (?:calendar |operating )?day|tons? per (?:calendar |operating )?day|dmt per (?:calendar |operating )?day|tonnes/day|tpd|t/d|stpd|toneladas por d.a");
    private static final Pattern GRADE_UNIT = Pattern.compile("g/t|gram(?:me)?s per tonne|gram(?:me)?s\\s+(?:of\\s+)?(?:gold|silver)\\s+per\\s+tonne|gramos por tonelada|gpt|oz/t(on)?|opt|ounces\\s+(?:of\\s+(?:gold|silver)\\s+)?per\\s+(?:short\\s+)?ton\\b");
    private static final Pattern PERCENT_UNIT = Pattern.compile("%|per cent|percent|por ciento");
    private static final Pattern PRECIOUS_UNIT = Pattern.compile(PRECIOUS_UNITS + "|kg|kilograms");
    private static final Pattern POUNDS_UNIT = Pattern.compile("mlbs?|klbs?|pounds|lbs?|libras");
    private static final String LISTED_METAL = "(?:copper|zinc|lead|nickel|silver|gold)";
    private static final Pattern LISTED_PRODUCTION = Pattern.compile("(?i)\\b(" + LISTED_METAL + "(?:\\s*,\\s*(?:and\\s+)?" + LISTED_METAL + "|\\s+and\\s+" + LISTED_METAL + ")+)"
            + "\\s+(?:metal\\s+)?(?:production|output)\\s+(?:of|was|were|totall?ed|reached|:)");
    private static final Pattern EQUIVALENT = Pattern.compile("(?i)\\s*(?:\\([^)]{0,8}\\)\\s*)?(?:of\\s+|de\\s+)?(?:(?:silver|gold|copper|plata|oro|cobre)[\\s-]+)?"
            + "(?:equivalents?|equivalente|eq\\b|eq\\.|ageq|aueq|geos?\\b|cueq)");

    /** Metric tonnes of fine metal, as Peruvian releases count a base metal's production ("64,000 toneladas métricas finas (TMF) de zinc"). */
    private static final Pattern FINE_TONNES = Pattern.compile("(?i)tmf|toneladas\\s+m[e\u00e9]tricas\\s+finas|toneladas\\s+finas");

    private static final Pattern GRAMS_OF = Pattern.compile("(?i)gram(?:me)?s\\s+(?:of\\s+)?(gold|silver)\\s+per\\s+tonne");

    private Quantities() {
    }

    /** A figure with its multiplier and no unit, listed right before another: "6.1 million and " of "6.1 million and 8.9 million pounds". */
    private static final Pattern SHARED_UNIT_BEFORE = Pattern.compile("(?i)(?<![\\d.,$'\u2019\\p{L}])(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*(million|thousand|millones)\\s+(?:and|y)\\s+$");

    static List<Quantity> find(String sentence) {
        List<Quantity> found = new ArrayList<>();
        // "Copper, lead, and silver production of 33kt, 65kt and 10MMoz, respectively": each figure the metal listed in its place
        Matcher listed = LISTED_PRODUCTION.matcher(sentence);
        List<Metal> inTurn = new ArrayList<>();
        int listedEnd = -1;
        if (listed.find() && sentence.toLowerCase(Locale.ROOT).indexOf("respectively", listed.end()) > 0) {
            METAL_NAME.matcher(listed.group(1)).results().forEach(r -> inTurn.add(metal(r.group(1))));
            listedEnd = listed.end();
        }
        Matcher m = QUANTITY.matcher(sentence);
        int restatedUntil = -1;
        while (m.find()) {
            if (m.start() < restatedUntil) {
                continue; // the pounds of "145,000 metric tons (319.7 million pounds) of zinc": the mass before, restated
            }
            String unit = m.group(4).toLowerCase(Locale.ROOT);
            if (EQUIVALENT.matcher(sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 40))).lookingAt()) {
                continue; // "4.6 million ounces of silver equivalent", "516,715 AgEq oz": not a metal's quantity
            }
            if (YEAR_THEN_DONE.matcher(m.group()).lookingAt()) {
                continue; // "over Q3 2017 milled tonnes of 176,035": a year, then the tonnes named, not 2,017 tonnes
            }
            if (m.group(1).matches("0+")) {
                continue; // "(000 oz)", "'000 oz": a unit's multiplier, not a figure
            }
            Metal metal = metal(m.group(3) != null ? m.group(3) : m.group(5));
            // (a figure in parentheses, "(Q2 2019: 45,000 ounces)", is an aside, no figure of the list)
            if (metal == null && listedEnd >= 0 && m.start() >= listedEnd && !inTurn.isEmpty() && isMass(kind(unit, null))
                    && ProseReader.depth(sentence, listedEnd, m.start(), 0) == 0) {
                metal = inTurn.remove(0);
            }
            Matcher gramsOf = GRAMS_OF.matcher(unit);
            if (metal == null && gramsOf.matches()) {
                metal = metal(gramsOf.group(1)); // "14.5 grams gold per tonne"
            }
            Matcher restated = POUNDS_RESTATED_THEN_METAL.matcher(sentence).region(m.end(), sentence.length());
            if (metal == null && unit.matches("kt|mt|tonnes?|tons?|t") && restated.lookingAt() && !metal(restated.group(1)).isPrecious()) {
                // "145,000 metric tons (319.7 million pounds) of zinc", "25,400 metric tons (55.8 million lb) of lead": the metal's
                // tonnes as printed first, the metal named after the pounds that restate them
                metal = metal(restated.group(1));
                restatedUntil = restated.end();
            }
            if (metal == null && unit.matches("kt|mt|tonnes|tonne|t")) {
                // "copper production of 82.9 kt", "Q3 copper production was 10,568 tonnes": a base metal's tonnes
                // (far enough back for a mine's part named between: "copper production also included contributions from the
                // Caraíba Operations of 9,920 tonnes")
                Matcher produced = BASE_PRODUCTION_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 100), m.start()));
                if (produced.find() && !ORE_AFTER.matcher(sentence.substring(m.end())).lookingAt()) {
                    metal = metal(produced.group(1));
                } else if (!found.isEmpty() && found.get(found.size() - 1).kind() == Kind.BASE_MASS
                        && comparedOrChangedTo(sentence, found.get(found.size() - 1), m.start()) && !ORE_AFTER.matcher(sentence.substring(m.end())).lookingAt()) {
                    // (not "12,000 tonnes of copper metal from 1,200,000 tonnes of ore": the ore it came from)
                    // "increased to 65,402 tonnes in Q4 2019 from 59,424 tonnes in Q3 2019": the level it came from, of the same metal;
                    // "decreased by 7% from 16,823 tonnes in 2020 1H to 15,637 tonnes in 2021 1H": the level it went to
                    metal = found.get(found.size() - 1).metal();
                }
            }
            if (metal == null && FINE_TONNES.matcher(unit).matches()) {
                // "15,900 TMF" after "producción de plomo": fine tonnes are a metal's, the one named just before
                metal = metalBefore(sentence, m.start(), 200).filter(x -> !x.isPrecious()).orElse(null);
                if (metal == null) {
                    continue; // fine tonnes of no metal named: no ore, no figure
                }
            }
            Kind kind = kind(unit, metal);
            if (kind == null) {
                continue;
            }
            // ("1.13 million metric tons of ore": tons said to be metric are tonnes, whatever a US release's other tons are)
            String converted = METRIC_TONS.matcher(m.group()).find() ? "tonnes" : unit;
            BigDecimal factor = multiplier(m.group(2), unit).multiply(conversion(kind, converted, metal));
            ReportedFigure figure;
            try {
                figure = ReportedFigure.printed(m.group(1).replaceAll("[ \u00a0\u202f]", ",")).times(factor);
            } catch (IllegalArgumentException e) {
                continue;
            }
            Matcher shared = SHARED_UNIT_BEFORE.matcher(sentence.substring(0, m.start()));
            if (m.group(2) != null && metal == null && shared.find() && shared.group(2).equalsIgnoreCase(m.group(2))) {
                // "6.1 million and 8.9 million pounds, respectively": the first figure in the second's unit
                try {
                    ReportedFigure first = ReportedFigure.printed(shared.group(1)).times(factor);
                    found.add(new Quantity(first, kind, null, shared.start(1), shared.end(2)));
                } catch (IllegalArgumentException e) {
                    // a figure that cannot be read is left out, as the loop leaves out its own
                }
            }
            found.add(new Quantity(figure, kind, metal, m.start(), m.end()));
        }
        Matcher bare = ORE_TONNES_THEN_FIGURE.matcher(sentence);
        while (bare.find()) {
            addUncovered(found, bare.group("figure"), bare.group("perDay") != null ? Kind.TPD : Kind.ORE_TONNES, null, bare.start("figure"), bare.end("figure"));
        }
        // "9,486 ounces for the quarter, up from 7,525 in Q1 2019": the figure compared with, its unit left unsaid, in the unit of the
        // one just before (a figure printed as its value, no multiplier's: "1.2 million ounces, up from 0.9 in 2019" is left)
        for (Quantity q : List.copyOf(found)) {
            Matcher compared = BARE_COMPARED_AFTER.matcher(sentence).region(q.end(), sentence.length());
            if (compared.lookingAt() && isMass(q.kind()) && printedAsValue(sentence.substring(q.start(), q.end()), q.figure())) {
                addUncovered(found, compared.group("figure"), q.kind(), q.metal(), compared.start("figure"), compared.end("figure"));
            }
        }
        Matcher grams = GRAMS_OF_METAL.matcher(sentence);
        while (grams.find()) {
            if (GRADE_WORD_BEFORE.matcher(sentence.substring(Math.max(0, grams.start(1) - 100), grams.start(1))).find()) {
                addUncovered(found, grams.group(1), Kind.GRADE, metal(grams.group(2)), grams.start(1), grams.end());
            }
        }
        found.sort(java.util.Comparator.comparingInt(Quantity::start));
        return withoutRestatements(sentence, found);
    }

    /** After a quantity, words of a change and the figure compared with, no unit after it, then its period: ", up from 7,525 in Q1 2019",
     * "compared to 10,000 in Q1 2019". */
    private static final Pattern BARE_COMPARED_AFTER = Pattern.compile("(?i)[^.;()\\d]{0,30}?\\b(?:(?:up|down)\\s+from|compared\\s+(?:to|with))\\s+(?<figure>\\d{1,3}(?:,\\d{3})+)"
            + "(?=\\s+(?:in|during|for)\\s+(?:the\\s+)?(?:Q[1-4]\\b|H[12]\\b|(?:19|20)\\d{2}\\b|(?:first|second|third|fourth|same|prior|previous|last)\\b))");

    /** A quantity's first figure as printed, its thousands parted by commas: "9,486" of "9,486 ounces". */
    private static final Pattern PRINTED_DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    /** Whether a quantity's text prints its figure as the value, no multiplier or conversion between: "9,486 ounces". */
    private static boolean printedAsValue(String quantity, ReportedFigure figure) {
        Matcher digits = PRINTED_DIGITS.matcher(quantity);
        return digits.find() && new BigDecimal(digits.group().replace(",", "")).compareTo(figure.value()) == 0;
    }

    private static final Pattern YEAR_THEN_DONE = Pattern.compile("(?i)(?:19|20)\\d{2}\\s+(?:milled|processed|treated)\\s");

    /** A figure whose unit the pattern of quantities did not find beside it, unless a quantity found already holds its place. */
    private static void addUncovered(List<Quantity> found, String printed, Kind kind, Metal metal, int start, int end) {
        if (found.stream().anyMatch(q -> q.start() <= start && start < q.end())) {
            return;
        }
        try {
            found.add(new Quantity(ReportedFigure.printed(printed.replaceAll("[ \u00a0\u202f]", ",")), kind, metal, start, end));
        } catch (IllegalArgumentException e) {
            // a figure that cannot be read is left out, as the loop over quantities leaves out its own
        }
    }

    /**
     * Grams of a precious metal after words of grade, the tonne left unsaid: "The average grades for the 83,517 tonnes of ore
     * processed over the quarter were 339 grams silver and 1.7 grams gold" (grams alone, with no grade before, may be a mass).
     */
    private static final Pattern GRAMS_OF_METAL = Pattern.compile("(?i)(?<![\\d.,])(\\d+(?:\\.\\d+)?)\\s+gram(?:me)?s\\s+(?:of\\s+)?(gold|silver)\\b(?!\\s+(?:per|a)\\b)");
    private static final Pattern GRADE_WORD_BEFORE = Pattern.compile("(?i)\\bgrad(?:es?|ing|ed)\\b");

    /**
     * Ore's tonnes named before their figure, the figure alone: "The tonnes processed in Q1 2025 were 54,978", "Total tonnes
     * processed of 472,407", "Q3 2017 milled tonnes of 176,035", "Average tonnes processed per day ... were 773" (a rate).
     */
    private static final Pattern ORE_TONNES_THEN_FIGURE = Pattern.compile("(?i)\\b(?:(?:tonnes|tons)\\s+(?:of\\s+ore\\s+)?(?:processed|milled|treated)(?<perDay>\\s+per\\s+day)?"
            + "|(?:processed|milled)\\s+tonnes)\\b[^.;:%\\d]{0,12}?(?:\\s+(?:in|during|for)\\s+(?:the\\s+)?(?:Q[1-4]\\s+(?:19|20)\\d{2}|quarter|period))?"
            + "\\s+(?:was|were|of|totall?ed|amounted\\s+to|reached)\\s+(?<figure>" + NUMBER + ")(?![\\d.,]*\\s*(?:%|per\\s*cent|percent))");

    /** Between a mass and the same mass in other units: "236 kg, equivalent to 7,611 oz", "82 kg, or 2,531 oz" (in parentheses, "16,611.72 kg (approximately 534,078.90 ounces)", an aside the figure before stands for). */
    // ("192Kg (equivalent to approximately 6,456 ounces)", "236 kg (7,611 oz)": the same in parentheses)
    private static final String RESTATED_WORDS = "\\s*(?:,\\s*(?:or|equivalent\\s+to|equal\\s+to|i\\.e\\.)|\\(?\\s*(?:or|equivalent\\s+to|equal\\s+to)|\\()\\s*"
            + "(?:approximately\\s+|about\\s+|some\\s+|around\\s+|roughly\\s+)?";
    private static final Pattern RESTATED = Pattern.compile("(?i)" + RESTATED_WORDS);
    private static final String KILOGRAMS = "(?:\\b|(?<=\\d))(?:kg|kilograms?|kilos)\\b"; // ("192Kg": glued to its figure)
    private static final Pattern METRIC_MASS = Pattern.compile("(?i)" + KILOGRAMS);
    // ("192 kg of gold (equivalent to approximately 6,173 ounces)": the metal between)
    private static final Pattern KILOGRAMS_RESTATED = Pattern.compile("(?i)" + KILOGRAMS + "(?:\\s+of\\s+(?:fine\\s+)?(?:gold|silver))?" + RESTATED_WORDS + "$");
    private static final Pattern CLOSED_RIGHT_AFTER = Pattern.compile("\\s*\\)");
    /** A mass's pounds in parentheses right after it, then its metal: " (319.7 million pounds) of zinc". */
    private static final Pattern POUNDS_RESTATED_THEN_METAL = Pattern.compile("(?i)\\s*\\(\\s*(?:approximately\\s+|about\\s+)?\\d[\\d,.]*\\s*(?:million\\s*|m\\s*)?"
            + "(?:pounds|lbs?|mlbs?)\\.?\\s*\\)\\s*(?:of\\s+)?(" + METAL_WORD + ")\\b");
    private static final Pattern METRIC_TONS = Pattern.compile("(?i)\\bmetric\\s+tons?\\b");
    private static final Pattern OUNCES = Pattern.compile("(?i)\\b(?:k?ozs?|ounces?|moz)\\b");

    /**
     * A precious metal's mass printed in kilograms and again in ounces: the ounces, as printed, are the figure; the
     * kilograms, converted, would round differently ("236 kg, equivalent to 7,611 oz" is 7,611 oz, not 7,587.6).
     */
    private static List<Quantity> withoutRestatements(String sentence, List<Quantity> found) {
        List<Quantity> kept = new ArrayList<>(found);
        for (int i = 0; i + 1 < found.size(); i++) {
            Quantity a = found.get(i);
            Quantity b = found.get(i + 1);
            String between = sentence.substring(a.end(), b.start());
            if (a.kind() != Kind.PRECIOUS_MASS || b.kind() != Kind.PRECIOUS_MASS || !RESTATED.matcher(between).matches()) {
                continue;
            }
            if (between.contains("(") && !CLOSED_RIGHT_AFTER.matcher(sentence).region(b.end(), sentence.length()).lookingAt()) {
                continue; // "192 kg (4,823 oz in Q1 2023)": another period's figure in the parenthesis, no restatement
            }
            String first = sentence.substring(a.start(), a.end());
            String second = sentence.substring(b.start(), b.end());
            if (METRIC_MASS.matcher(first).find() && OUNCES.matcher(second).find()) {
                kept.remove(a);
            } else if (OUNCES.matcher(first).find() && METRIC_MASS.matcher(second).find()) {
                kept.remove(b);
            }
        }
        return kept;
    }

    /**
     * Whether the words before a figure end with kilograms it restates ("236 kg, equivalent to "): the figure is that mass in
     * ounces, no metal's equivalent.
     */
    static boolean restatesKilograms(String before) {
        return KILOGRAMS_RESTATED.matcher(before).find();
    }

    static Metal metal(String word) {
        if (word == null) {
            return null;
        }
        return Vocabulary.metal(word.toLowerCase(Locale.ROOT)).orElse(null);
    }

    private static Kind kind(String unit, Metal metal) {
        if (TPD_UNIT.matcher(unit).matches()) {
            return metal == null ? Kind.TPD : null;
        }
        if (GRADE_UNIT.matcher(unit).matches()) {
            return Kind.GRADE;
        }
        if (PERCENT_UNIT.matcher(unit).matches()) {
            return Kind.PERCENT;
        }
        if (PRECIOUS_UNIT.matcher(unit).matches()) {
            return metal != null && !metal.isPrecious() ? null : Kind.PRECIOUS_MASS;
        }
        if (POUNDS_UNIT.matcher(unit).matches()) {
            return metal != null && metal.isPrecious() ? null : Kind.BASE_MASS;
        }
        // tonnes: of a base metal when a metal is named, else of ore (fine tonnes always name theirs); dry metric tonnes weigh ore or
        // a concentrate, never metal ("2,016 DMT lead" of concentrate)
        if (metal != null) {
            if (unit.equalsIgnoreCase("dmt")) {
                return null;
            }
            return metal.isPrecious() ? null : Kind.BASE_MASS;
        }
        return Kind.ORE_TONNES;
    }

    private static BigDecimal multiplier(String word, String unit) {
        String w = word == null ? "" : word.toLowerCase(Locale.ROOT);
        if (w.matches("million|mln|millones|m") || unit.matches("mmoz|moz|mlbs?|mt")) {
            return BigDecimal.valueOf(1_000_000);
        }
        if (w.matches("thousand|mil|k") || unit.matches("koz|klbs?|kt")) {
            return BigDecimal.valueOf(1000);
        }
        return BigDecimal.ONE;
    }

    private static BigDecimal conversion(Kind kind, String unit, Metal metal) {
        return switch (kind) {
            // ("opt": ounces per ton, as US releases write it)
            case GRADE -> unit.startsWith("oz") || unit.startsWith("ounces") || unit.equals("opt") ? Unit.GRAMS_PER_TONNE_PER_OUNCE_PER_SHORT_TON : BigDecimal.ONE;
            case PRECIOUS_MASS -> unit.startsWith("k") && !unit.equals("koz") ? Unit.OUNCES_PER_KILOGRAM : BigDecimal.ONE;
            case BASE_MASS -> unit.matches("mlbs?|klbs?|pounds|lbs?|libras") ? BigDecimal.ONE : Unit.POUNDS_PER_TONNE;
            case ORE_TONNES, TPD -> unit.matches("tons?|tons? per (?:calendar |operating )?day|stpd") ? Unit.TONNES_PER_SHORT_TON : BigDecimal.ONE;
            case PERCENT -> BigDecimal.ONE;
        };
    }

    /** The metal word nearest before a place in a sentence, within a short reach ("silver production of 953,091 ounces"). */
    static Optional<Metal> metalBefore(String sentence, int at, int reach) {
        String before = sentence.substring(Math.max(0, at - reach), at);
        Matcher m = METAL_NAME.matcher(before);
        Metal last = null;
        while (m.find()) {
            last = metal(m.group(1));
        }
        return Optional.ofNullable(last);
    }

    /** Every metal a text names, in the order it first names them. */
    static java.util.Set<Metal> metalsNamed(String text) {
        java.util.Set<Metal> metals = new java.util.LinkedHashSet<>();
        Matcher m = METAL_NAME.matcher(text);
        while (m.find()) {
            Metal metal = metal(m.group(1));
            if (metal != null) {
                metals.add(metal);
            }
        }
        return metals;
    }
}
