package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.metal.Unit;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.release.Quantities.Kind;
import org.minewatch.domain.release.Quantities.Quantity;

/**
 * Sentences that state guidance, forecasts, targets or outlooks ("expects to produce 2.4 million ounces of
 * silver", "guidance of 6.5 - 7.0 million ounces", "on track to", "revised", "withdrawn"): never production.
 * From each, the guidance it states: the year (named, else the release's), the metal, a figure or a range, the
 * mine or the company, or a withdrawal.
 */
final class GuidanceReader {

    /** "is slated to produce 45,000 to 50,000 oz. gold in 2006": a plan of production ("slated to be commissioned" is none). */
    static final String SLATED_TO = "slated\\s+to\\s+(?:produce|pour|deliver|mine|process)";

    private static final Pattern GUIDANCE = Pattern.compile("(?i)\\b(guidance|outlook|forecasts?|forecasted|expects?|expecting|anticipat(e|es|ed|ing)|"
            + "on track|on schedule|on target|on pace|guided|guiding|(?:is|are|was|were) expected|expected to|targets?|targeted|targeting|budget(ed)?|plans? to|planned|projected|projections?|"
            // "a production profile of 300-400Kozs per year for the next 10 years": a plan of years to come
            + "production profile|(?:for|over) the next (?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|few) years|"
            + "estimated production|estimates?|(?:is|are)\\s+estimated\\s+(?:to\\s+be|at)|revised|revises|withdr[ae]wn?|withdraws|withdrawing|suspend(s|ed)?|will produce|aims? to|goal|" + SLATED_TO + "|"
            + "proyecci[o\u00f3]n|proyecta|proyect\u00f3|proyectan|proyectaron|espera|prev[e\u00e9]|estima|estimaci[o\u00f3]n(?:es)?|meta|"
            // "La guía de producción ... es de", "la producción esperada para el 4T19", "presupuestada", "Perspectivas"
            + "gu[i\u00ed]a|esperad[oa]s?|presupuestad[oa]s?|presupuesto|pron[o\u00f3]stic\\w*|perspectivas?|objetivo|"
            // "en camino a producir 100 mil onzas", "a caminho de produzir": on track, in Spanish and Portuguese
            + "en camino a|a caminho de)(?![\\p{L}])");
    // ("output fell ... due to lower-than-anticipated grades": a result measured against a plan, hyphenated as an adjective)
    // ("lower than the anticipated volumes": a figure measured against a plan, the plan's word after "the")
    private static final Pattern NOT_GUIDANCE = Pattern.compile("(?i)\\b(as expected|than[- ]expected|as anticipated|than[- ]anticipated|than[- ]planned|than[- ]budgeted|as planned|as budgeted|"
            + "than\\s+(?:the|its|our)\\s+(?:anticipated|expected|planned|budgeted|forecast)|"
            // "which included a planned SAG mill maintenance shutdown": an event of the quarter, no plan of production
            + "(?:a|the)\\s+planned\\s+(?:[\\w-]+\\s+){0,3}(?:shut-?downs?|stoppages?|outages?|relines?)|"
            + "expected in the mine plan|in line with (?:the )?(?:mine )?plan|per (?:the )?mine plan|(?:in line with|within|above|below|ahead of|exceed(?:ed|ing|s)?|beat(?:ing|s)?|"
            // "and thus higher than management's guidance of 3,500 ounces": the quarter's figure measured against a plan
            + "(?:higher|lower|better|greater|more|less|worse) than|meeting|meets|met|hit(?:s|ting)?) (?:its |our |the )?(?:[\\w'\u2019-]+ ){0,3}(?:guidance|expectations|plan|budget|target|forecast|goal)"
            // "Exceeds the High-End of Gold Production Guidance", "at the top end of its 2021 guidance range": met, not stated
            + "|(?:exceed\\w*|beat\\w*|surpass\\w*|above|ahead of|at|met|meeting|within|in line with|reach\\w*|achiev\\w*)\\s+(?:the\\s+)?"
            + "(?:high[- ]end|top[- ]end|upper[- ]end|upper half|mid-?point|low[- ]end|lower[- ]end|(?:upper|lower|middle|mid)[- ]range)\\s+of\\s+(?:its\\s+|our\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}(?:guidance|range))\\b"
            // "en línea con la guía", "se acerca al rango superior de la guía": met, in Spanish
            + "|(?i:(?:en\\s+l[i\u00ed]nea\\s+con|dentro\\s+de|por\\s+encima\\s+de|por\\s+debajo\\s+de|superior\\s+a|cerca\\s+de|se\\s+acerca\\s+al?|super[oa]\\w*|cumpli\\w*)"
            + "\\s+(?:(?:el|la|los|las|lo|su|sus|nuestra|nuestro)\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:gu[i\u00ed]a|previsiones|plan|presupuesto|objetivo)(?![\\p{L}]))"
            // "cifra que representa m\u00e1s del 50% de la meta anual", "representing 52% of annual guidance": how much of a plan was done
            + "|(?i:(?:\\d+(?:[.,]\\d+)?\\s*%|\\d+\\s+(?:per\\s?cent|por\\s+ciento)|half)\\s+(?:of|de)\\s+(?:the\\s+|its\\s+|our\\s+|la\\s+|el\\s+|su\\s+)?(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:guidance|target|plan|budget|forecast|meta|objetivo|gu[i\u00ed]a|presupuesto)(?![\\p{L}])(?!(?:\\s+[\\p{L}-]+){0,2}\\s+(?:of|de)\\s+(?:approximately\\s+|about\\s+|between\\s+|entre\\s+)?\\d))");
    private static final Pattern WITHDRAWN = Pattern.compile("(?i)\\b(withdr[ae]wn?|withdraws|withdrawing|suspend(s|ed|ing)?|no longer)\\b");
    /**
     * What a withdrawal must speak of to withdraw guidance: a plan ("withdrew its production guidance"); production
     * suspended for eight days after an earthquake withdraws no plan.
     */
    private static final Pattern WITHDRAWN_WHAT = Pattern.compile("(?i)\\b(guidance|outlook|forecasts?|targets?|estimates?|projections?|gu[i\u00ed]a|proyecci[o\u00f3]n(?:es)?|previsi[o\u00f3]n(?:es)?|metas?)\\b");
    // (not a price: "an AISC of $1900 per ounce")
    // ("FY2011", its year glued to the letters: no word's edge before it)
    private static final Pattern YEAR = Pattern.compile("(?<![$\\d.,])\\b((?:19|20)\\d{2})\\b(?![.,]\\d)|\\bFY\\s?'?(\\d{2})\\b(?!\\d)|\\bFY((?:19|20)\\d{2})\\b");

    private final MineNames mines;
    private final ReportingPeriod releasePeriod;

    /** The one precious metal the text names, whose ounces a guidance naming no metal is of; null if it names both or none. */
    private final Metal onlyPrecious;

    private final Integer fiscalYear;

    /** The year of the text's dateline, if it has one: the year "this year" means. */
    private final Integer writtenIn;

    GuidanceReader(MineNames mines, ReportingPeriod releasePeriod) {
        this(mines, releasePeriod, null);
    }

    GuidanceReader(MineNames mines, ReportingPeriod releasePeriod, Metal onlyPrecious) {
        this(mines, releasePeriod, onlyPrecious, null);
    }

    /**
     * @param fiscalYear the fiscal year the release's period falls in, when the text places its fiscal year on the
     *                   calendar (null otherwise): "the current financial year", "annual targets" name that year
     */
    GuidanceReader(MineNames mines, ReportingPeriod releasePeriod, Metal onlyPrecious, Integer fiscalYear) {
        this(mines, releasePeriod, onlyPrecious, fiscalYear, null);
    }

    /** @param writtenIn the year of the text's dateline (null when it has none): "this year", "este año" are that year */
    GuidanceReader(MineNames mines, ReportingPeriod releasePeriod, Metal onlyPrecious, Integer fiscalYear, Integer writtenIn) {
        this.mines = mines;
        this.releasePeriod = releasePeriod;
        this.onlyPrecious = onlyPrecious;
        this.fiscalYear = fiscalYear;
        this.writtenIn = writtenIn;
    }

    boolean isGuidance(String sentence) {
        return speaksOfGuidance(sentence);
    }

    /**
     * A page run into one line, cut to the stretches around each of its words of guidance (so far either side): guidance
     * is read in those alone, not from figures a page away from any plan.
     */
    static List<String> aroundGuidance(String runOn, int reach) {
        List<String> out = new ArrayList<>();
        // the plans met blanked letter for letter, so that places in the blanked text are places in the page
        Matcher m = GUIDANCE.matcher(withoutPlansMet(runOn));
        while (m.find()) {
            out.add(runOn.substring(Math.max(0, m.start() - reach), Math.min(runOn.length(), m.end() + reach)));
        }
        return out;
    }

    /** Whether words of guidance, outlook or plan stand in a text, once those that say a plan was met are set aside. */
    static boolean speaksOfGuidance(String text) {
        return GUIDANCE.matcher(withoutPlansMet(text)).find();
    }

    /** Whether a word of guidance, outlook or plan stands in a text, met or not ("the top end of guidance" names a plan all the same). */
    static boolean namesPlan(String text) {
        return GUIDANCE.matcher(text).find();
    }

    /**
     * The text with the words that say a plan was met or beaten ("exceeded expectations", "in line with guidance") blanked letter
     * for letter, so that places in it are places in the text.
     */
    static String withoutPlansMet(String text) {
        return NOT_GUIDANCE.matcher(text).replaceAll(r -> " ".repeat(r.group().length()));
    }

    /**
     * The guidance a cell of a table's column of a year's plan gives, a range or a single figure, times the factor that puts
     * it in our units (the row's unit and the column's own multiplier); empty for a cell of no figure ("n/a", "-").
     */
    static Optional<ParsedGuidance> ofTableCell(String cell, java.math.BigDecimal factor, int year, String mine, Metal metal, boolean superseded,
                                                String row, int line) {
        Matcher range = RANGE_ENDS.matcher(cell.strip());
        Optional<ReportedFigure> low = Numbers.figure(range.matches() ? range.group(1) : cell, factor);
        Optional<ReportedFigure> high = range.matches() ? Numbers.figure(range.group(2), factor) : low;
        if (low.isEmpty() || high.isEmpty() || low.get().value().compareTo(high.get().value()) > 0) {
            return Optional.empty();
        }
        return Optional.of(new ParsedGuidance(year, mine, metal, low.get(), high.get(), superseded, row, line));
    }

    /** "capacity" right after a figure and its metal: "6 million tonnes of copper capacity". */
    private static final Pattern CAPACITY_AFTER = Pattern.compile("(?i)\\s*(?:of\\s+)?(?:[\\p{L}-]+\\s+)?capacity\\b");

    /** "reduced by", "raised by", "lowered by": the size of a plan's change right before its figure. */
    // ("increased its production guidance for the year by 10,000 oz.": what was changed may stand between the verb and "by")
    private static final Pattern CHANGED_BY_BEFORE = Pattern.compile("(?i)\\b(?:reduced|increased|raised|lowered|cut|revised\\s+(?:up|down)(?:wards?)?|decreased)\\s+"
            + "(?:[\\p{L}\\d']+\\s+){0,6}?by\\s+(?:about\\s+|approximately\\s+|some\\s+)?$");

    /** The guidance a sentence states; empty when it states no metal figure and withdraws nothing. */
    List<ParsedGuidance> read(String sentence, int line) {
        List<ParsedGuidance> out = new ArrayList<>();
        if (RESERVES.matcher(sentence).find()) {
            return out; // "reserves of approximately 2 million oz": what is in the ground, not what is to be produced
        }
        if (QUARTER_PLAN.matcher(sentence).find() && !YEAR_PLAN.matcher(sentence).find()) {
            return out; // "Guidance for the March 2021 quarter is 21,000 - 23,000oz": a quarter's plan, no year's guidance
        }
        if (MONTH_PLAN.matcher(sentence).find() && !YEAR_PLAN.matcher(sentence).find()) {
            return out; // "Gold production for the month of April is anticipated to be approximately 30,000 ounces": a month's plan
        }
        if (HALF_PLAN.matcher(sentence).find() && !YEAR_PLAN.matcher(HALF_PLAN.matcher(sentence).replaceAll(" ")).find()) {
            return out; // "guidance reconfirmed at 40-45koz ... for this half": six months' plan, no year's guidance
        }
        Integer year = year(sentence);
        String mine = mine(sentence);
        boolean withdrawn = WITHDRAWN.matcher(sentence).find() && WITHDRAWN_WHAT.matcher(sentence).find();
        List<Quantity> quantities = new ArrayList<>();
        for (Quantity q : Quantities.find(sentence)) {
            if (q.kind() == Kind.PRECIOUS_MASS || q.kind() == Kind.BASE_MASS) {
                quantities.add(q);
            } else if (q.kind() == Kind.ORE_TONNES && q.metal() == null) {
                // "copper produced expected to be in the range of 44,000 to 45,000 tonnes": tonnes of the base metal named just before
                Metal before = Quantities.metalBefore(sentence, q.start(), 60).orElse(null);
                Quantity last = quantities.isEmpty() ? null : quantities.get(quantities.size() - 1);
                if (before == null && last != null && last.kind() == Kind.BASE_MASS && last.end() <= q.start()
                        && RUNS_TO.matcher(sentence.substring(last.end(), q.start())).matches()) {
                    before = last.metal(); // "copper guidance from 15,000 - 18,000 tonnes to 18,000 - 20,000 tonnes": the same metal's tonnes
                }
                if (before != null && !before.isPrecious()) {
                    quantities.add(new Quantity(q.figure().times(Unit.POUNDS_PER_TONNE), Kind.BASE_MASS, before, q.start(), q.end()));
                }
            }
        }
        if (withdrawn && quantities.isEmpty()) {
            if (year == null) {
                return out; // "interest is suspended for two years" withdraws no production guidance
            }
            Set<Metal> metals = Quantities.metalsNamed(sentence);
            if (metals.isEmpty()) {
                out.add(new ParsedGuidance(year, mine, null, null, null, true, sentence, line));
            }
            metals.forEach(m -> out.add(new ParsedGuidance(year, mine, m, null, null, true, sentence, line)));
            return out;
        }
        if (year == null) {
            return out;
        }
        // a figure stated before the sentence says guidance, as what was done ("nine months totaling 4.4 million oz ...
        // on track to meet guidance of 5.5-6.0 million oz", "11,599 gold ounces produced, on track to meet ..."), is an
        // actual the sentence compares with, not the guidance
        Matcher firstWord = GUIDANCE.matcher(NOT_GUIDANCE.matcher(sentence).replaceAll(m -> " ".repeat(m.group().length())));
        int guidanceAt = firstWord.find() ? firstWord.start() : 0;
        // "the planned annual rate of 4.9 million ounces ... by Q4 2013": a rate to reach, not a year's guidance
        quantities.removeIf(q -> RATE_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 30), q.start())).find());
        // "an additional 6 million tonnes of copper capacity could be needed by 2032": a capacity, no production planned
        quantities.removeIf(q -> CAPACITY_AFTER.matcher(sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 30))).lookingAt());
        // "the target at Stawell has been reduced by 10,000 oz.": by how much a plan changed, not the plan
        quantities.removeIf(q -> CHANGED_BY_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 80), q.start())).find());
        // "the Company achieving its forecast 140,000 ounces per annum": a rate aimed at, of no year the sentence names
        // (the quantity may hold its rate's words: "140,000 ounces per annum")
        quantities.removeIf(q -> PER_YEAR_AFTER.matcher(sentence.substring(q.start(), Math.min(sentence.length(), q.end() + 30))).lookingAt()
                && !YEAR_WRITTEN.matcher(sentence).find());
        // "..., tras haber alcanzado el anterior una producción récord de 214.742 onzas": what was done, after the plan
        quantities.removeIf(q -> PAST_AFTER_PLAN.matcher(sentence.substring(Math.max(0, q.start() - 70), q.start())).find());
        // "Maintaining Production Guidance for 2020 Atico Mining reported its Q3 2020 results, producing 5.55 million pounds of
        // copper and 2,487 ounces of gold": a quarter's results told after the plan's title are what was done
        quantities.removeIf(q -> RESULTS_REPORTED.matcher(sentence.substring(Math.max(0, q.start() - 120), q.start())).find());
        // "9,684 gold ounces in Q2 2023, down 12% compared to 10,980 ounces produced in Q2 2022": a quarter's figure, no year's plan
        // ("lowered its 2021 guidance to 180,000 ounces of gold during the third quarter": the plan, changed in a quarter)
        quantities.removeIf(q -> quarterDone(sentence, q));
        quantities.removeIf(q -> q.start() < guidanceAt && (ACTUAL_BEFORE.matcher(sentence.substring(0, q.start())).find()
                || ACTUAL_AFTER.matcher(sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 25))).lookingAt()));
        int supersededEnd = -1; // where the last figure of a plan replaced ends: the figures listed after it are of that plan
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            // the low end of a range is read with its high end, below
            if (i + 1 < quantities.size() && (joined(sentence, q, quantities.get(i + 1))
                    || lowEndOf(sentence, quantities.get(i + 1)).map(low -> low.start() <= q.start()).orElse(false))) {
                continue;
            }
            Metal metal = q.metal() != null ? q.metal() : metalNear(sentence, q);
            if (metal == null && q.kind() == Kind.PRECIOUS_MASS && !YEAR_OR_FOOTNOTE.matcher(sentence.substring(q.start(), q.end())).lookingAt()) {
                metal = onlyPrecious; // "annual guidance of 250,000 to 270,000 ounces" of a gold miner
            }
            if (metal == null || metal.isPrecious() != (q.kind() == Kind.PRECIOUS_MASS)) {
                continue;
            }
            // "compared to the 45,000 to 46,500 tonnes previously reported": a guidance this one replaces
            Optional<LowEnd> lowEnd = i > 0 && joined(sentence, quantities.get(i - 1), q)
                    ? Optional.of(new LowEnd(quantities.get(i - 1).start(), quantities.get(i - 1).figure())) : lowEndOf(sentence, q);
            if (lowEnd.isEmpty() && significantDigits(sentence.substring(q.start(), q.end())) >= ACTUAL_DIGITS) {
                continue; // "production of 113,861 ounces, in line with guidance": a count of what was produced, not a plan
            }
            int start = lowEnd.map(LowEnd::start).orElse(q.start());
            boolean replaced = SUPERSEDED.matcher(sentence.substring(Math.max(0, start - 60), start)).find()
                    && !STILL_HELD.matcher(sentence.substring(Math.max(0, start - 110), start)).find()
                    || REVISED_FROM.matcher(sentence.substring(Math.max(0, start - 110), start)).find()
                    || SUPERSEDED_AFTER.matcher(sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 30))).find()
                    // "a production target of between 70 000 t and 72 000 t of contained copper and between 38 000 oz and 40 000 oz of
                    // contained gold", set "previously": the gold is of the plan replaced as the copper is
                    || supersededEnd >= 0 && supersededEnd <= start && LISTED.matcher(sentence.substring(supersededEnd, start)).matches();
            supersededEnd = replaced ? q.end() : -1;
            boolean superseded = withdrawn || replaced;
            ReportedFigure low = lowEnd.map(LowEnd::figure).orElse(q.figure());
            out.add(new ParsedGuidance(ownYear(sentence, i > 0 ? quantities.get(i - 1).end() : 0, start).orElse(year), mine, metal, low, q.figure(),
                    superseded, sentence, line));
        }
        return out;
    }

    /**
     * The fewest significant digits of a figure that is a count of what was done rather than a plan: plans are round
     * ("250,000 ounces", "2.4 million ounces", "218,700 ounces"), while a figure printed to the ounce or tonne with five
     * or more significant digits ("113,861 ounces", "77,369 oz") is an actual that a guidance sentence compares with.
     */
    private static final int ACTUAL_DIGITS = 5;
    private static final Pattern PRINTED_NUMBER = Pattern.compile("\\d[\\d,. \u00a0\u202f]*");

    /** The significant digits of the number a quantity's text starts with: zeros at its end count only after a decimal point. */
    static int significantDigits(String printed) {
        Matcher number = PRINTED_NUMBER.matcher(printed);
        if (!number.lookingAt()) {
            return 0;
        }
        String text = number.group().strip();
        boolean decimals = text.matches(".*\\.\\d+$") && !text.matches("\\d{1,3}(\\.\\d{3})+"); // "1.250.000" is Spanish thousands
        String digits = text.replaceAll("\\D", "").replaceFirst("^0+", "");
        return (decimals ? digits : digits.replaceFirst("0+$", "")).length();
    }

    /** A year or a footnote's number read as ounces in a flattened table ("2018 Guidance Total Gold (Ounces)"): no guidance of a metal. */
    private static final Pattern YEAR_OR_FOOTNOTE = Pattern.compile("(?i)(?:(?:19|20)\\d{2}|\\d)\\s*(?:oz|ounces)\\b");

    /** What stands between the end of one range and the high end of the next it runs to: " to 18,000 - ". */
    private static final Pattern RUNS_TO = Pattern.compile("(?i)\\s*(?:to|a|-|\u2013)\\s*(?:\\d[\\d,. ]*\\s*(?:-|\u2013|to|and)\\s*)?");
    /** What stands between one figure of a list and the next one's low end: " of contained copper and between ". */
    private static final Pattern LISTED = Pattern.compile("(?i)[\\s,]*(?:of\\s+)?(?:(?:contained|payable|refined)\\s+)?(?:\\p{L}+\\s*)?(?:,|and|y|e|as well as)\\s*(?:(?:between|entre|of)\\s+)?");
    /** The low end of a range whose dash the page lost: "2,500 3,500 ounces", two grouped numbers one space apart. */
    private static final Pattern LOST_DASH_LOW = Pattern.compile("(\\d{1,3}(?:,\\d{3})+) $");
    private static final Pattern RANGE_JOIN = Pattern.compile("(?i)\\s*(?:-|\u2013|\u2014|to|a|y|and)\\s*");
    /** A table's cell of a plan's range: "570,000 \u2013 600,000", "180 to 190", its ends joined as a sentence's are. */
    private static final Pattern RANGE_ENDS = Pattern.compile("(\\d[\\d,.]*)" + RANGE_JOIN.pattern() + "(\\d[\\d,.]*)");

    /**
     * Whether two quantities, each with its unit, are the ends of one range: "between 12-million ounces and 13.2-million
     * ounces", "175,000 oz to 200,000 oz" ("and" only after "between": "2,000 oz and 3,000 oz" are two figures).
     */
    private static boolean joined(String sentence, Quantity low, Quantity high) {
        String between = sentence.substring(low.end(), high.start());
        if (low.kind() != high.kind() || !RANGE_JOIN.matcher(between).matches() || low.figure().value().compareTo(high.figure().value()) >= 0) {
            return false;
        }
        return !between.strip().matches("(?i)and|y") || sentence.substring(Math.max(0, low.start() - 10), low.start()).matches("(?is).*\\b(between|entre)\\s*$");
    }

    /** The low end of a range that ends with a quantity, where it starts, in the quantity's unit. */
    private record LowEnd(int start, ReportedFigure figure) {
    }

    /** Words for the company's own year, fiscal or calendar as it keeps it. */
    private static final Pattern COMPANY_YEAR = Pattern.compile("(?i)\\b(?:annual|yearly|full[- ]year|(?:financial|fiscal)\\s+year|the\\s+year)\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)(?<![\\p{L}])(?:this|the\\s+current)\\s+(?:calendar\\s+)?year|(?:este|neste|el\\s+presente)\\s+a(?:\u00f1|n)o(?![\\p{L}])");
    /** "in the next financial year", "next year": the year after the current one. */
    private static final Pattern NEXT_YEAR = Pattern.compile("(?i)\\bnext\\s+(?:(?:financial|fiscal)\\s+)?year\\b");

    /** Whether a sentence speaks of this year or the next ("this year", "el presente año", "next financial year"), a plan's years. */
    static boolean namesThisOrNextYear(String sentence) {
        return THIS_YEAR.matcher(sentence).find() || NEXT_YEAR.matcher(sentence).find();
    }
    // ("1.5 million ounces of gold annually": four words between)
    private static final Pattern PER_YEAR_AFTER = Pattern.compile("(?i)^\\S+\\s*(?:[\\p{L}.]+\\s+){0,4}?(?:per\\s+(?:annum|year)|a\\s+year|annually|p\\.a\\.)(?![\\p{L}])");
    private static final Pattern YEAR_WRITTEN = Pattern.compile("(?<![\\d.,$])(?:19|20)\\d{2}(?![\\d.,]\\d)|\\bFY(?:\\s?'?\\d{2}|(?:19|20)\\d{2})\\b");

    /** A quarter's name right before a year: "Q3 2024", "third quarter of 2024", "September 2024" is no quarter's by itself. */
    private static final Pattern QUARTER_OF_YEAR = Pattern.compile("(?i)(?:\\bQ[1-4]|\\bquarter(?:\\s+of)?|\\btrimestre(?:\\s+(?:de|del))?)\\s*'?$");
    private static final Pattern RATE_BEFORE = Pattern.compile("(?i)\\b(rate|run-rate|annuali[sz]ed)\\s+(?:of\\s+)?(?:approximately\\s+|about\\s+)?$");
    private static final Pattern ACTUAL_AFTER = Pattern.compile("(?i)\\s*(?:of\\s+\\w+\\s+)?(produced|milled|mined|sold|poured)\\b");
    /** What was done, right before a figure: "produces 9,684", "reported preliminary production of 9,684". */
    private static final Pattern DONE_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:produces|produced|production\\s+of|poured|totall?ed)\\s+(?:about\\s+|approximately\\s+)?$");
    /** "produced" within the first words after a figure: " ounces produced in Q2 2022". */
    private static final Pattern PRODUCED_RIGHT_AFTER = Pattern.compile("(?i)^\\s*(?:\\S+\\s+){0,2}?produced\\b");

    /** Whether a figure is a quarter's, told as done: a quarter right after it, "produced" after it or a verb of production before it. */
    private static boolean quarterDone(String sentence, Quantity q) {
        String after = sentence.substring(q.end(), Math.min(sentence.length(), q.end() + 40));
        return OF_A_QUARTER_AFTER.matcher(after).lookingAt()
                && (PRODUCED_RIGHT_AFTER.matcher(after).find() || DONE_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 50), q.start())).find());
    }

    /** A quarter right after a figure, its metal or "produced" between: " of gold in Q2", " produced in the third quarter". */
    private static final Pattern OF_A_QUARTER_AFTER = Pattern.compile("(?i)\\s*(?:(?:of\\s+)?(?:gold|silver|copper|zinc|lead)\\s+)?(?:produced\\s+)?(?:in|during|for)\\s+(?:the\\s+)?"
            + "(?:Q[1-4]|[1-4]Q|(?:first|second|third|fourth|1st|2nd|3rd|4th|(?:September|December|March|June)(?:\\s+(?:19|20)\\d{2})?)\\s+quarter)\\b");
    private static final Pattern PAST_AFTER_PLAN = Pattern.compile("(?i)\\b(?:tras\\s+haber|habiendo|after\\s+(?:having\\s+)?(?:produced|reached|achieved|delivered))\\b");
    // (the results' own figures, "results, producing 5.55 million pounds": not "results and reiterated its guidance of ...")
    private static final Pattern RESULTS_REPORTED = Pattern.compile("(?i)\\b(?:reported|posted|announced)\\s+(?:its\\s+|their\\s+)?(?:Q[1-4]|first|second|third|fourth|quarterly)\\b[^.;]{0,40}?\\bresults\\b,?\\s+(?:producing|with\\s+production\\s+of|including)\\b(?:[^.;]|(?<=\\d)\\.(?=\\d))*$");
    /** "on track to meet our previously announced production guidance for 2017 of": a plan announced before and held still, not replaced. */
    private static final Pattern STILL_HELD = Pattern.compile("(?i)\\b(?:on\\s+track|on\\s+target|meet|meeting|maintain\\w*|reaffirm\\w*|reiterat\\w*|confirm\\w*|remains?)\\b"
            + "[^.;]{0,40}?\\bpreviously\\s+(?:announced|stated|issued|provided|published|released|disclosed|set)\\b(?![^.;]*\\b(?:to|now)\\s+(?:\\d|between|approximately))");
    private static final Pattern SUPERSEDED = Pattern.compile("(?i)\\b(previous(?:ly)?|prior|earlier|original(?:ly)?|compared (?:to|with))\\b");
    /**
     * A plan said to be of six months: "for this half", "guidance for H2"; "throughput in H2" dates no plan, and a company
     * whose year ends in June may call its year's plan "the June 2022 Half Year production guidance".
     */
    private static final Pattern HALF_PLAN = Pattern.compile("(?i)\\b(?:for\\s+(?:this|the|the\\s+first|the\\s+second|the\\s+current|the\\s+coming|H[12])\\s+half(?:[- ]year)?"
            + "|(?:guidance|target|forecast|outlook)\\s+for\\s+(?:H[12]|the\\s+(?:first|second)\\s+half)"
            // "Production in the second half is forecast at 44 million pounds": half a year's plan too
            + "|(?:in|during|over)\\s+the\\s+(?:first|second|latter|back)[- ]half\\b(?!\\s+of\\s+(?:the\\s+)?(?:decade|the\\s+mine))"
            + "|para\\s+(?:el|este|o|este)\\s+(?:primer|segundo|primeiro)?\\s*semestre)\\b");
    private static final Pattern MONTH_PLAN = Pattern.compile("(?i)\\bfor\\s+the\\s+month\\s+of\\b");
    private static final Pattern QUARTER_PLAN = Pattern.compile("(?i)\\b(?:quarter|qtr|trimestre|Q[1-4]|[1-4][QT]\\s?'?\\d{2})\\b");
    private static final Pattern YEAR_PLAN = Pattern.compile("(?i)\\b(?:year|annual|annually|full[- ]year|fiscal|FY\\s?'?\\d{2,4}|anual|a\\u00f1o|calendar|for\\s+(?:19|20)\\d{2}|"
            + "(?:19|20)\\d{2}\\s+(?:(?:gold|silver|copper|zinc|lead|production|annual)\\s+){0,2}(?:production\\s+)?(?:guidance|outlook|forecast)|guidance\\s+for\\s+(?:19|20)\\d{2}|para\\s+(?:el\\s+)?(?:19|20)\\d{2})\\b");
    /** "revised from 190,000 ounces", "down from 2.4 million": the figure a guidance was changed from, no longer the guidance. */
    private static final Pattern REVISED_FROM = Pattern.compile("(?i)\\b(?:revised|lowered|raised|reduced|increased|cut|changed|updated|down|up)\\s+from\\s+(?:the\\s+)?(?:approximately\\s+|about\\s+)?$"
            // "has revised its full year 2013 copper production guidance from 15,000 - 18,000 tonnes to ...": the plan changed from
            // ("increase our production guidance from 53,000 to 56,000 ounces to 55,000 to 58,000 ounces": the verb in any tense)
            + "|\\b(?:revised?|lower(?:ed)?|raised?|reduced?|increased?|cut|changed?|updated?|upgraded?|downgraded?|narrowed?)\\b[^.;:]{0,60}?\\b(?:guidance|outlook|forecast|target)\\s+from\\s+(?:approximately\\s+|about\\s+)?$");
    static final Pattern SUPERSEDED_AFTER = Pattern.compile("(?i)\\b(previous(?:ly)?|prior|earlier|original(?:ly)?)\\b");
    private static final Pattern MULTIPLIER = Pattern.compile("(?i)^\\s*(million|mln|m\\b|millones|thousand|k\\b|mil\\b)");
    private static final Pattern RESERVES = Pattern.compile("(?i)\\b(reserves?|resources?|reservas|recursos)\\b");
    private static final Pattern ACTUAL_BEFORE = Pattern.compile("(?i)\\b(produced|produc(?:ing|tion\\d? of)|totall?ing|totall?ed|reached|was|were|delivered"
            // "Q3 production fell 4% Y/Y to 153K oz. but ... the guidance range": a change told is of what was done
            + "|fell|rose|dropped|declined|grew|jumped|slipped)\\b");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)");
    /** The word before a year: "for 2004", "in 2021". */
    private static final Pattern YEAR_OPENS = Pattern.compile("(?i)\\b(?:for|in|during|of|year)\\s+$");
    private static final Pattern BARE_LOW = Pattern.compile("(?i)(?:(?:between|entre)\\s+)?(\\d{1,3}(?:[, ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?:[\\s-]*(?:million|mln|millones))?\\s*(?:(?:oz|ounces|onzas|t|tonnes|toneladas|lbs?|pounds|libras)\\.?\\s*)?(?:-|\u2013|\u2014|to|and|a|y)\\s*$");

    /**
     * The low end of a range just before a quantity: "5.5-6.0 million oz", "175,000 to 200,000 oz", "between 180,000 oz.
     * and 220,000 oz.", "between 37 000 t and 40 000 t", "900,000 to 1.1 million oz" (the low end printed in full where
     * the high end has a multiplier). Empty when there is none.
     */
    private static Optional<LowEnd> lowEndOf(String sentence, Quantity q) {
        int from = Math.max(0, q.start() - 40);
        Matcher low = BARE_LOW.matcher(sentence.substring(from, q.start()));
        Matcher high = LEADING_NUMBER.matcher(sentence.substring(q.start()));
        if (!high.find()) {
            return Optional.empty();
        }
        if (!low.find()) {
            low = LOST_DASH_LOW.matcher(sentence.substring(from, q.start()));
            if (!low.find() || !high.group(1).contains(",")) {
                return Optional.empty();
            }
        }
        if (low.group(1).matches("(?:19|20)\\d{2}") && YEAR_OPENS.matcher(sentence.substring(from, from + low.start(1))).find()) {
            return Optional.empty(); // "its production forecast for 2004 to 53,000 oz.": a year, then the figure it is cut to
        }
        boolean and = low.group().matches("(?is).*\\b(and|y)\\s*$");
        if (and && !low.group().toLowerCase(java.util.Locale.ROOT).matches("(?s)(?:between|entre).*")) {
            return Optional.empty(); // "2,000 and 3,000 oz" without "between" is two figures
        }
        try {
            ReportedFigure printedHigh = ReportedFigure.printed(high.group(1).replace(' ', ','));
            if (printedHigh.value().signum() == 0) {
                return Optional.empty();
            }
            java.math.BigDecimal factor = q.figure().value().divide(printedHigh.value(), java.math.MathContext.DECIMAL64);
            ReportedFigure printedLow = ReportedFigure.printed(low.group(1).replace(' ', ','));
            ReportedFigure lowFigure = printedLow.times(factor);
            Matcher multiplier = MULTIPLIER.matcher(sentence.substring(q.start() + high.end()));
            if (lowFigure.value().compareTo(q.figure().value()) >= 0 && multiplier.find()) {
                // "900,000 to 1.1 million": the multiplier is the high end's own
                java.math.BigDecimal times = multiplier.group(1).toLowerCase(java.util.Locale.ROOT).matches("million|mln|m|millones")
                        ? java.math.BigDecimal.valueOf(1_000_000) : java.math.BigDecimal.valueOf(1000);
                lowFigure = printedLow.times(factor.divide(times, java.math.MathContext.DECIMAL64));
            }
            java.math.BigDecimal thousandTimes = lowFigure.value().multiply(java.math.BigDecimal.valueOf(1000));
            if (printedHigh.value().compareTo(java.math.BigDecimal.valueOf(1000)) >= 0 && !low.group(1).contains(",") && !low.group(1).contains(".")
                    && thousandTimes.compareTo(q.figure().value()) < 0 && thousandTimes.multiply(java.math.BigDecimal.valueOf(2)).compareTo(q.figure().value()) >= 0) {
                lowFigure = printedLow.times(factor.multiply(java.math.BigDecimal.valueOf(1000))); // "345-365,000oz": the low end's thousands left to the high end's
            }
            return lowFigure.value().signum() > 0 && lowFigure.value().compareTo(q.figure().value()) < 0
                    ? Optional.of(new LowEnd(from + low.start(1), lowFigure)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Metal metalNear(String sentence, Quantity q) {
        Matcher after = Pattern.compile("^\\.?\\s*(?:of\\s+|de\\s+)?(" + Quantities.METAL_WORD + ")\\b", Pattern.CASE_INSENSITIVE)
                .matcher(sentence.substring(q.end()));
        if (after.find()) {
            return Quantities.metal(after.group(1));
        }
        return Quantities.metalBefore(sentence, q.start(), 80).orElse(null);
    }

    /** A ramp from one year's level to another's: " to 150,000 oz in 2026" after "from 100,000 oz in 2024". */
    private static final Pattern RAMP_AFTER = Pattern.compile("(?i)\\s+to\\s+\\d");
    // (a year already reported or, in a text of no period, the year before "this year"'s plan; not a plan's year a ramp starts from)
    private static final Pattern LEVEL_COMPARED_IN = Pattern.compile("(?i)\\b(?:from|compared\\s+(?:to|with)|versus|vs\\.?|than)\\s+[\\d.,]+\\s*(?:million\\s+|thousand\\s+)?"
            + "[\\p{L}.]+(?:\\s+[\\p{L}.]+){0,3}?\\s+in\\s+$");

    /** What was done, right before its year: "produced 136.7K oz Au for ". */
    private static final Pattern DONE_IN = Pattern.compile("(?i)\\b(?:produced|poured|milled|processed)\\b[^,;]{0,40}\\b(?:for|in|during)\\s+$");

    private Integer year(String sentence) {
        Matcher m = YEAR.matcher(sentence);
        Integer found = null;
        Integer quarters = null;
        while (m.find()) {
            // "FY18 production guidance": a fiscal year named by its last two digits is the year it ends in, as "FY2018"
            int y = PeriodLabels.year(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            if (releasePeriod == null || y >= releasePeriod.year()) {
                // "Q3 2024 record gold ... for fiscal year 2025 Guidance": a quarter's year dates what was done, the
                // plan's year is another one the sentence names, if it names one
                if (QUARTER_OF_YEAR.matcher(sentence.substring(Math.max(0, m.start() - 25), m.start())).find()) {
                    quarters = quarters == null ? y : quarters;
                } else if (LEVEL_COMPARED_IN.matcher(sentence.substring(Math.max(0, m.start() - 50), m.start())).find()
                        && (releasePeriod != null ? y <= releasePeriod.year() : THIS_YEAR.matcher(sentence).find())
                        && !RAMP_AFTER.matcher(sentence.substring(m.end())).lookingAt()) {
                    continue; // "this year, down from 25.3 million lbs. in 2009": the year of the level compared with, no plan's
                } else if (DONE_IN.matcher(sentence.substring(Math.max(0, m.start() - 50), m.start())).find()) {
                    continue; // "Argonaut produced 136.7K oz Au for 2014 and is guiding for ... in 2015": the year of what was done
                } else {
                    found = found == null ? y : found;
                }
            }
        }
        if (found != null || quarters != null) {
            return found != null ? found : quarters;
        }
        if (releasePeriod == null) {
            return null;
        }
        if (fiscalYear == null && THIS_YEAR.matcher(sentence).find()) {
            return thisYear();
        }
        // a company whose year ends in June speaks of its own year: "annual output targets" in a December half-year are
        // those of the year to the next June
        int current = fiscalYear != null && COMPANY_YEAR.matcher(sentence).find() ? fiscalYear : releasePeriod.year();
        return NEXT_YEAR.matcher(sentence).find() ? current + 1 : current;
    }

    /**
     * "guidance for this year of 50,000 oz and ... its long term target of 80,000 oz by 2021": a figure whose own words (since
     * the figure before it) say "this year" and name no year is of the year the text is written in, whatever year the sentence
     * names for another.
     */
    private Optional<Integer> ownYear(String sentence, int from, int at) {
        String own = sentence.substring(Math.min(from, at), at);
        if (releasePeriod == null || !THIS_YEAR.matcher(own).find() || YEAR.matcher(own).find()) {
            return Optional.empty();
        }
        return Optional.of(fiscalYear == null ? thisYear() : releasePeriod.year());
    }

    /**
     * The year "this year" means in a text of calendar periods: the year of its dateline ("este ano" in a year's report dated in
     * March of the next); in an undated story of a period that ends with its year (the year, its fourth quarter, December),
     * written once that year was over, the next; else the release's.
     */
    private int thisYear() {
        if (writtenIn != null) {
            return Math.max(writtenIn, releasePeriod.year());
        }
        return releasePeriod.endDate().getMonthValue() == 12 ? releasePeriod.year() + 1 : releasePeriod.year();
    }

    private String mine(String sentence) {
        for (String name : mines.named()) {
            if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(sentence).find()) {
                return mines.clean(name);
            }
        }
        return null;
    }
}
