package org.minewatch.domain.release;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;
import org.minewatch.domain.model.production.Measure;

/**
 * What the words of a label mean, in English and Spanish: a measure (ore milled, tonnes per day, head grade,
 * recovery, metal produced), a metal, a unit with its multiplier ("'000 oz", "Mlbs", "tons", "oz/ton", "kg"),
 * or something that is not production (ore mined, metal sold, equivalents, concentrate, costs). A label may say
 * only part of it ("Silver", "Grade (g/t)", "(%)"): the rest comes from the section it stands in.
 */
final class Vocabulary {

    /** How a label's unit reads, before the measure and metal it applies to are known. */
    enum UnitHint { NONE, PERCENT, GRADE, PRECIOUS_MASS, BASE_MASS, TONNES, TPD }

    /** What a label says; any part may be missing. */
    record Meaning(Measure measure, Metal metal, UnitHint unit, BigDecimal multiplier, boolean shortTons, boolean ozPerTon, boolean ozPerTonne,
                   boolean kilograms, boolean grams, boolean tonnesWord, boolean poundsWord, boolean excluded, boolean ore) {

        static final Meaning NOTHING = new Meaning(null, null, UnitHint.NONE, BigDecimal.ONE, false, false, false, false, false, false, false, false, false);

        /** A metal and nothing else: what the text as a whole says of a label that names none. */
        static Meaning ofMetal(Metal metal) {
            return new Meaning(null, metal, UnitHint.NONE, BigDecimal.ONE, false, false, false, false, false, false, false, false, false);
        }

        boolean isEmpty() {
            return measure == null && metal == null && unit == UnitHint.NONE && !excluded && !ore;
        }

        /** This label read in the context of the sections above it: what it does not say, they do. */
        Meaning within(Meaning section) {
            if (section == null) {
                return this;
            }
            return new Meaning(measure != null ? measure : section.measure, metal != null ? metal : section.metal,
                    unit != UnitHint.NONE ? unit : section.unit, multiplier.compareTo(BigDecimal.ONE) != 0 ? multiplier : section.multiplier,
                    shortTons || section.shortTons, ozPerTon || section.ozPerTon, ozPerTonne || section.ozPerTonne, kilograms || section.kilograms,
                    grams || section.grams,
                    unit != UnitHint.NONE ? tonnesWord : tonnesWord || section.tonnesWord, unit != UnitHint.NONE ? poundsWord : poundsWord || section.poundsWord,
                    excluded || section.excluded, ore || section.ore);
        }

        /** The measure, told by the words or else by the unit: ounces and pounds are produced, g/t is a grade. */
        Optional<Measure> resolvedMeasure() {
            if (measure != null) {
                return Optional.of(measure);
            }
            return switch (unit) {
                case PRECIOUS_MASS, BASE_MASS -> metal != null ? Optional.of(Measure.PRODUCTION) : Optional.empty();
                case GRADE -> Optional.of(Measure.GRADE);
                case TPD -> Optional.of(Measure.TPD);
                case TONNES -> ore && metal == null ? Optional.of(Measure.TONNES_MILLED) : Optional.empty();
                default -> Optional.empty();
            };
        }

        /** A full metric, when the label and its sections say enough: a measure, and a metal where the measure needs one. */
        Optional<Metric> metric() {
            if (excluded) {
                return Optional.empty();
            }
            Optional<Measure> resolved = resolvedMeasure();
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            Measure m = resolved.get();
            if (m.isPerMetal() && metal == null) {
                return Optional.empty();
            }
            boolean mass = unit == UnitHint.PRECIOUS_MASS || unit == UnitHint.BASE_MASS;
            if ((m == Measure.RECOVERY || m == Measure.GRADE) && mass) {
                return Optional.empty();
            }
            if (m == Measure.RECOVERY && unit != UnitHint.NONE && unit != UnitHint.PERCENT) {
                return Optional.empty();
            }
            if ((m == Measure.TONNES_MILLED || m == Measure.TPD) && (unit == UnitHint.PERCENT || unit == UnitHint.GRADE)) {
                return Optional.empty(); // "Mill Availability (%)": a share of the time the mill ran, no tonnage
            }
            if (m == Measure.PRODUCTION && (unit == UnitHint.PERCENT || unit == UnitHint.GRADE || unit == UnitHint.TPD)) {
                return Optional.empty();
            }
            if (m == Measure.PRODUCTION && metal.isPrecious() && (unit == UnitHint.TONNES || unit == UnitHint.BASE_MASS && !kilograms && !grams)) {
                return Optional.empty(); // tonnes or pounds of silver: not a unit a release of ours uses; better unread than misread
            }
            if (m == Measure.GRADE && metal != null && !metal.isPrecious() && unit == UnitHint.GRADE) {
                return Optional.empty();
            }
            return Optional.of(new Metric(m, m.isPerMetal() ? metal : null, factor(m)));
        }

        private BigDecimal factor(Measure m) {
            return switch (m) {
                case TONNES_MILLED, TPD -> multiplier.multiply(shortTons ? Unit.TONNES_PER_SHORT_TON : BigDecimal.ONE);
                case GRADE -> ozPerTon ? Unit.GRAMS_PER_TONNE_PER_OUNCE_PER_SHORT_TON : ozPerTonne ? Unit.GRAMS_PER_TROY_OUNCE : BigDecimal.ONE;
                case RECOVERY -> BigDecimal.ONE;
                case PRODUCTION -> {
                    if (metal.isPrecious()) {
                        yield grams ? multiplier.multiply(Unit.OUNCES_PER_GRAM) : kilograms ? multiplier.multiply(Unit.OUNCES_PER_KILOGRAM) : multiplier;
                    }
                    yield tonnesWord && !poundsWord ? multiplier.multiply(Unit.POUNDS_PER_TONNE) : multiplier;
                }
            };
        }
    }

    /** A row's meaning, complete: measure, metal (null for tonnes and tpd), and the factor to our units. */
    record Metric(Measure measure, Metal metal, BigDecimal factor) {
    }

    /** "Ore processedt", "Gold pouredoz", "Avg. grade mill feedg/t": a unit column run into the label before it. */
    private static final Pattern GLUED_UNIT = Pattern.compile("\\b(processed|poured|milled|treated|produced|feed|mined|recovered|grade)(t|kt|mt|oz|koz|g/t|%|lbs?)$");
    private static final Pattern FOOTNOTE = Pattern.compile("\\(\\d\\)|\\[\\d\\]|\\*+|[\u00b9\u00b2\u00b3\u2070-\u2079]|(?<=[a-z)])\\d\\b");

    private static final Pattern SILVER = Pattern.compile("\\b(silver|ag|plata|prata)\\b");
    private static final Pattern GOLD = Pattern.compile("\\b(gold|au|oro|ouro)\\b");
    private static final Pattern LEAD = Pattern.compile("\\b(lead|pb|plomo|chumbo)\\b");
    private static final Pattern ZINC = Pattern.compile("\\b(zinc|zn|zinco)\\b");
    private static final Pattern COPPER = Pattern.compile("\\b(copper|cu|cobre)\\b");

    /** The words of metal paid for or sold, not produced: "payable copper", "saleable gold", "finos pagables". */
    static final String PAID_FOR = "payable|pagables?|saleable|salable";

    private static final Pattern EXCLUDED = Pattern.compile("\\b(mined|mining|minad[oa]s|extra[i\u00ed]d[oa]s|sold|sales|ventas?|vendid[oa]s|equivalents?|equiv|eqv|eq|ageq|aueq|"
            + "geos?|gold equivalent|price|prices|precio|realized|cost|costs|costo|aisc|cash|revenue|placed|stacked|hauled|leach pads?|(?:to|on) (?:the )?pads?|moved|" + PAID_FOR + "|"
            + "inventory|inventories|stockpiles?|development|waste|strip|reserves?|resources?|drill(ing)?|metres|meters|dmt|wmt|moisture|"
            + "budget|guidance|forecast|plan|target|outlook|presupuesto|capacity|design|"
            + "concentrate grade|concentrate production|(?<!in )concentrates? produced|concentrate tonnes|tonnes of concentrate|ley de concentrado|"
            + "produced for sale|available for sale|purchased|toll|third[- ]party)\\b");
    /** "Worked days | Days | 31 | 29": a count of days or hours worked, no figure of ore or metal (unless the label names one: "Ore milled (tonnes, 31 days)"). */
    private static final Pattern DAYS = Pattern.compile("\\b(?:days|d[i\u00ed]as|hours|horas)\\b");
    private static final Pattern CONCENTRATE = Pattern.compile("\\b(concentrates?|concentrado|con)\\b");
    private static final Pattern THOUSANDS = Pattern.compile("'000|\u2019000|\\b000'?s\\b|\\(000|\\b000\\b|\\bk\\s?oz\\b|\\bk\\s?lbs?\\b|\\bthousands?\\b|\\bkt\\b|\\bktonnes\\b|\\bmiles\\b");
    private static final Pattern MILLIONS = Pattern.compile("\\bm\\s?oz\\b|\\bm\\s?lbs?\\b|\\bm\\s?tonnes\\b|\\bmillions?\\b|\\bmt\\b|\\bmillones\\b|\\bmln\\b|\\bmm\\s?lbs\\b");
    private static final Pattern TONNES_WORD = Pattern.compile("\\b(tonnes|tonne|tons|ton|toneladas|tm|tmh|tms|dry tonnes|t|kt|mt|ktonnes|tonnage|ore)\\b");
    private static final Pattern SHORT_TONS = Pattern.compile("\\b(tons|ton|short tons)\\b");
    private static final Pattern OZ_PER_TON = Pattern.compile("\\boz\\s?/\\s?t(on)?\\b|\\bopt\\b|ounces per ton\\b|\\boz per ton\\b|\\bounces\\s?/\\s?ton\\b");
    private static final Pattern OZ_PER_TONNE = Pattern.compile("\\boz\\s?/\\s?tonne\\b|ounces per tonne|\\boz per tonne");
    private static final Pattern GRADE_UNIT = Pattern.compile("g\\s?/\\s?t\\b|\\bgpt\\b|gram(?:me)?s per tonne|gramos por tonelada|\\bg/tm\\b|\\bgr/t\\b|\\bgm\\s?/\\s?t\\b");
    private static final Pattern PRECIOUS_MASS = Pattern.compile("\\b(oz|ozs|ounces|onzas|koz|moz|kg|kilograms|kilos)\\b");
    private static final Pattern GRAMS = Pattern.compile("\\((?:g|gm|grams|gramos)\\)|\\bgram(?:me)?s\\b(?!\\s*(?:per|/))");
    private static final Pattern KILOGRAMS = Pattern.compile("\\b(kg|kilograms|kilos)\\b");
    private static final Pattern BASE_MASS = Pattern.compile("\\b(lb|lbs|pounds|libras|k\\s?lbs?|m\\s?lbs?|tmf|fmt|tonnes of metal|metal tonnes)\\b");
    /** Fine tonnes, metal's own: Spanish "TMF" and its English "FMT" ("Zinc Production (thousands FMT)"). */
    private static final Pattern FINE_TONNES = Pattern.compile("tmf|\\bfmt\\b");
    private static final Pattern TPD = Pattern.compile("\\btpd\\b|\\bt/d\\b|\\bt/day\\b|per (?:calendar |operating )?day|/day|\\bstpd\\b|por d[i\u00ed]a|\\btmd\\b|\\btmpd\\b|daily");
    /** Where ore is mined: a row of it alone ("Open Pit (tpd)", "Underground") gives what was mined, not milled. */
    private static final Pattern WHERE_MINED = Pattern.compile("\\b(open[- ]?pit|underground|open[- ]cut|pit|subterr[a\u00e1]ne[oa]|tajo abierto)\\b");
    private static final Pattern ORE = Pattern.compile("\\b(milled|processed|treated|throughput|t'put|mill feed|plant feed|ore processed|processing|milling|"
            // ("Mineral treatment (thousands MT)": a Spanish report's "tratamiento de mineral" in English)
            + "tratad[oa]s|procesad[oa]s|tratamiento|mineral tratado|mineral treatment|ore treatment|crushed|ore milled|mill)\\b");
    private static final Pattern GRADE = Pattern.compile("\\b(grade|grades|head|ley|leyes|feed grade)\\b");
    private static final Pattern RECOVERY = Pattern.compile("\\b(recover(y|ies|ed)?|recuperaci[o\u00f3]n|recuperaciones)\\b");
    private static final Pattern RECOVERED_METAL = Pattern.compile("\\brecovered\\s+(?:gold|silver|copper|zinc|lead|metal)\\b|\\b(?:gold|silver|copper|zinc|lead)\\s+recovered\\b");
    /** "Contained gold (oz)" beside recovered gold: the gold in the ore milled, not what was produced (gold in a concentrate is). */
    private static final Pattern CONTAINED_IN_ORE = Pattern.compile("\\bcontained\\s+(?:gold|silver)\\b|\\b(?:gold|silver)\\s+contained\\b");
    private static final Pattern IN_CONCENTRATE = Pattern.compile("\\b(?:concentrates?|con|dor[e\u00e9]|bullion)\\b");
    private static final Pattern PRODUCTION = Pattern.compile("\\b(produc(ed|tion|ci[o\u00f3]n|ida|idas|idos)|output|contained|metal produced|recovered metal|"
            + "payable production)\\b");

    private Vocabulary() {
    }

    static String normalize(String label) {
        String n = FOOTNOTE.matcher(label.replace('\u00a0', ' ')).replaceAll(" ").replaceAll("[:\u2013\u2014\u2022\u00b7]", " ").replaceAll("\\s+", " ").trim()
                .toLowerCase(Locale.ROOT);
        return GLUED_UNIT.matcher(n).replaceAll("$1 $2");
    }


    static Optional<Metal> metal(String normalized) {
        // a label that names two metals ("silver in lead concentrate") is about the first
        int best = Integer.MAX_VALUE;
        Metal found = null;
        for (var entry : new Object[][] {{SILVER, Metal.AG}, {GOLD, Metal.AU}, {LEAD, Metal.PB}, {ZINC, Metal.ZN}, {COPPER, Metal.CU}}) {
            var m = ((Pattern) entry[0]).matcher(normalized);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = (Metal) entry[1];
            }
        }
        return Optional.ofNullable(found);
    }

    /** "Mt Magnet", "Mount Morgans": a mount's name, whose "Mt" is no million tonnes. */
    private static final Pattern MOUNT = Pattern.compile("\\b(?:Mt|Mount)\\.?\\s+(?!(?:Au|Ag|Cu|Pb|Zn|Ore|Of|Per|At|In)\\b)\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)*");

    /** What a label says, alone. */
    static Meaning read(String label) {
        return RECENT.of(label);
    }

    /** The meanings of the labels read lately: a label is read again for each of its cells and each reader that asks. */
    private static final RecentReadings<Meaning> RECENT = new RecentReadings<>(2_048, 1_000, Vocabulary::readAnew);

    private static Meaning readAnew(String label) {
        String n = normalize(MOUNT.matcher(label).replaceAll(" "));
        Metal metal = metal(n).orElse(null);
        // "Tonnes milled (dmt)": dry tonnes of ore are ore; of a concentrate ("Concentrate (dmt)") they are not
        String judged = ORE.matcher(n).find() ? n.replaceAll("\\b(dmt|wmt)\\b", " ") : n;
        // "Open Pit (tpd)" beside "Mill throughput (tpd)": the rate ore is mined at, not milled
        boolean minedRate = TPD.matcher(n).find() && WHERE_MINED.matcher(n).find() && !ORE.matcher(n).find();
        boolean excluded = EXCLUDED.matcher(judged).find() || isConcentrateOnly(n) || minedRate
                || CONTAINED_IN_ORE.matcher(n).find() && !IN_CONCENTRATE.matcher(n).find();
        BigDecimal multiplier = THOUSANDS.matcher(n).find() ? BigDecimal.valueOf(1000) : MILLIONS.matcher(n).find() ? BigDecimal.valueOf(1_000_000) : BigDecimal.ONE;
        boolean shortTons = SHORT_TONS.matcher(n).find() && !n.contains("tonne");
        boolean ozPerTon = OZ_PER_TON.matcher(n).find() && !OZ_PER_TONNE.matcher(n).find();
        boolean ozPerTonne = OZ_PER_TONNE.matcher(n).find();
        // "Total Gold Produced (g)": grams, not ounces
        boolean grams = GRAMS.matcher(n).find() && !GRADE_UNIT.matcher(n).find();
        boolean kilograms = KILOGRAMS.matcher(n).find();
        boolean ore = ORE.matcher(n).find();

        Measure measure = null;
        UnitHint unit = UnitHint.NONE;
        if (RECOVERED_METAL.matcher(n).find() && (PRECIOUS_MASS.matcher(n).find() || BASE_MASS.matcher(n).find() || grams)) {
            measure = Measure.PRODUCTION; // "Recovered gold (oz)", "Gold recovered (oz)": the metal the plant recovered, produced
        } else if (RECOVERY.matcher(n).find()) {
            measure = Measure.RECOVERY;
        } else if (GRADE.matcher(n).find() || GRADE_UNIT.matcher(n).find() || ozPerTon || ozPerTonne) {
            measure = Measure.GRADE;
        } else if (TPD.matcher(n).find()) {
            measure = Measure.TPD;
        } else if (metal == null && ore) {
            measure = Measure.TONNES_MILLED;
        } else if (PRODUCTION.matcher(n).find() && !ore) {
            measure = Measure.PRODUCTION; // with or without a metal: "Metal produced" as a section, its rows name the metal
        }
        if (n.contains("%") || n.matches(".*\\bpercent\\b.*")) {
            unit = UnitHint.PERCENT;
        } else if (GRADE_UNIT.matcher(n).find() || ozPerTon || ozPerTonne) {
            unit = UnitHint.GRADE;
        } else if (TPD.matcher(n).find()) {
            unit = UnitHint.TPD;
        } else if (PRECIOUS_MASS.matcher(n).find() || grams) {
            unit = UnitHint.PRECIOUS_MASS;
        } else if (BASE_MASS.matcher(n).find()) {
            unit = UnitHint.BASE_MASS;
        } else if (TONNES_WORD.matcher(n).find() || FINE_TONNES.matcher(n).find()) {
            unit = metal != null && !metal.isPrecious() && measure != Measure.GRADE ? UnitHint.BASE_MASS : UnitHint.TONNES;
        }
        boolean tonnesWord = TONNES_WORD.matcher(n).find() || FINE_TONNES.matcher(n).find();
        boolean poundsWord = n.matches(".*\\b(lb|lbs|pounds|libras|k\\s?lbs?|m\\s?lbs?)\\b.*");
        if (measure == Measure.TONNES_MILLED && metal != null) {
            measure = null;
        }
        excluded |= measure == null && metal == null && DAYS.matcher(n).find();
        return new Meaning(measure, metal, unit, multiplier, shortTons, ozPerTon, ozPerTonne, kilograms, grams, tonnesWord, poundsWord, excluded, ore);
    }

    /** A row about concentrate itself (its tonnes, its grade), not about metal in it ("lead in lead concentrate" is metal). */
    private static boolean isConcentrateOnly(String n) {
        if (!CONCENTRATE.matcher(n).find()) {
            return false;
        }
        if (RECOVERY.matcher(n).find()) {
            return false;
        }
        // "Silver in lead concentrate (oz)", "Lead in lead con (pounds)", "Metals contained in concentrate produced": metal produced into a concentrate
        return !n.matches(".*\\b(metals?|silver|gold|lead|zinc|copper|ag|au|pb|zn|cu)\\b.*\\b(in|en)\\b.*")
                && !(PRECIOUS_MASS.matcher(n).find() || BASE_MASS.matcher(n).find()) || n.contains("grade") || n.contains("ley");
    }

    /** Whether a label is a unit alone, as in a unit column: "t", "g/t", "'000 oz", "%", "Mlbs". */
    static boolean isUnit(String cell) {
        // ("g/t Ag", "% Cu", "oz Au": a unit with the symbol of its metal)
        String n = normalize(cell).replaceAll("[()]", "").replaceAll("^(?:au|ag|cu|pb|zn)\\s+(?=\\S)|(?<=\\S)\\s+(?:au|ag|cu|pb|zn)$", "");
        return n.matches("('000|\u2019000|000s?|000's|k|m|mm)?\\s?(t|kt|mt|tonnes|tons|dmt|wmt|tpd|t/d|g/t|gpt|oz/t|oz/ton|opt|%|oz|ozs|koz|moz|lb|lbs|klbs?|mlbs?|"
                + "kg|ounces|pounds|tm|tmd|onzas|libras)") || n.matches("('000|000s?|000's)\\s?(t|oz|lbs?|tonnes|ounces|pounds)?");
    }
}
