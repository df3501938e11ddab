package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.model.production.ReportedFigure;
import org.minewatch.domain.release.Quantities.Kind;
import org.minewatch.domain.release.Quantities.Quantity;

/**
 * Figures stated in sentences and highlights: "milled 41,000 tonnes at an average head grade of 870 g/t silver,
 * with recoveries of 96%", "Silver production decreased 16% to 479,809 ounces (Q2 2017: 569,229 ounces)",
 * "produced 1.9 million ounces of silver and 1,100 ounces of gold". A quantity counts only when the words around
 * it say what it measures (produced, milled, grade, recovery) and nothing says it is something else (sold,
 * equivalent, reserves, capacity, guidance); its period is the one its clause names, the prior quarter or year
 * when the clause says so, else the release's own; its mine is the one the sentence names, else the section's,
 * else the only one the text speaks of, else the company's when the text says it has several mines; any other
 * figure is left out.
 */
final class ProseReader {

    /** A line of bullets a wire ran together, each after its double dash: "-- Silver production increased ... -- Gold production". */
    // (its first dash may have been taken as the line's bullet; each bullet opens on a capital or a figure, as an aside between
    // dashes does not: "Osprey -- the company's flagship -- produced")
    private static final Pattern INLINE_BULLETS = Pattern.compile("\\s*(?:--\\s+)?[\\p{Lu}\\d](?:(?!\\s--\\s).)*(?:\\s--\\s+[\\p{Lu}\\d](?:(?!\\s--\\s).)*){2,}$");
    private static final Pattern INLINE_BULLET = Pattern.compile("(?:^|\\s+)--\\s+");
    // ("last year.Teck attributes", "in 2024.Birchwood expects": a page that lost the space after a full stop still ends its sentence there)
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[A-Z\u00c1\u00c9\u00cd\u00d3\u00da(\"\u2022\u00b7-])|\\s*[\u2022\u00b7]\\s+|;\\s+"
            + "|(?<=[\\p{Ll}\\d]{3}\\.)(?=\\p{Lu}\\p{Ll}(?:\\p{Ll}|\\s))");
    // "resources" in lower case, or a Mineral Resource: "Silver Lake Resources" is a company's name
    // ("Resource at Mansala in Guinea of 6.6 Mt at 1.6 g/t", a wrapped line's "Resource Estimate": a resource's, not a company's name)
    private static final Pattern NOT_PRODUCTION = Pattern.compile("(?i)\\b(reserves?|(?-i:resources?)|(?-i:Resources?\\s+(?:[Ee]stimates?|[Uu]pdates?|[Ss]tatements?|at|of|for)\\b)|mineral\\s+resources?|drill(ed|ing|holes?)?|intersect\\w*|intercept\\w*|exploration|metres|meters|"
            + "inferred|indicated|measured|probable|proven|capacity|nameplate|design(ed)?|permit\\w*|expan\\w*|feasibility|study|pea|"
            + "per share|hedg\\w*|stream|royalt\\w*|inventor(y|ies)|stockpil\\w*|estoques?|existencias|mine plan|annuali[sz]ed|ramp(?:s|ed|ing)?[- ]up\\s+to|pre-?commercial|pre-?production|developments?|veins?|metre level)\\b");
    /** A share of a design after a figure: ", or 94% of design capacity", "(101% of nameplate)". */
    private static final Pattern DESIGN_SHARE = Pattern.compile("(?i)(?:,\\s*|\\(\\s*)(?:or\\s+|at\\s+|representing\\s+|about\\s+|some\\s+)?\\d{1,3}(?:\\.\\d+)?\\s*(?:%|per\\s?cent)\\s+of\\s+(?:the\\s+)?"
            + "(?:(?:plant|mill)['\u2019]?s?\\s+)?(?:design(?:ed)?|nameplate)(?:\\s+(?:capacity|throughput|rates?))?\\b\\)?");
    /** The text with what a pattern finds in it blanked letter for letter, so that places in it stay places in the text. */
    private static String blanked(Pattern words, String text) {
        return words.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /** Royalties a cost counts in or leaves out: "cash cost including royalties", "costs excluding royalties". */
    private static final Pattern ROYALTIES_IN_COST = Pattern.compile("(?i)\\bcosts?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:including|incl\\.?|inclusive\\s+of|excluding|excl\\.?|before|after|net\\s+of)\\s+royalt\\w*");
    /** The words of {@link #NOT_PRODUCTION} that speak of money: a clause of them, not the sentence, is set aside. */
    private static final Pattern FINANCIAL = Pattern.compile("(?i)per share|hedg\\w*");
    /** Ore mined, moved or stacked: no figure of ours in its own clause, though a clause beside it may say what was milled. */
    // "The mining continues to pick up pace, averaging 911 t/d", "mining rates": the rate ore is mined at, not milled
    private static final Pattern MINED = Pattern.compile("(?i)\\b(mined|mine production|ore production|ore mined|ore extracted|extracted ore|waste|strip ratio|stacked|placed|(?:on|to) (?:the )?(?:leach )?pads?|minado|extra[i\u00ed]d\\w*|"
            + "mining rates?|(?:open[- ](?:cut|pit)|underground)\\s+mining|mines?\\s+delivered\\s+(?:a\\s+further\\s+)?\\d[\\d ,.]*\\s*(?:k?t|mt|tonnes|tons)|the mining(?! (?:company|companies|industry|sector|district|licen[cs]e|lease|concession|complex))|mining (?:continues|averaged|advanced)"
            // "production from the underground averaged 1,434 tonnes per day": ore brought out of a pit or the underground, not milled
            + "|(?:production|ore)\\s+from\\s+the\\s+(?:underground|open[- ]pits?|pits?)"
            // "Record mine throughput of 825 tpd ...; Record mill throughput of 803 tpd": the pit's rate beside the mill's
            + "|mine\\s+throughput"
            // "The underground mine achieved increased production rates averaging 701 tonnes per day": the rate ore is mined at
            + "|(?:underground|open[- ]pit)\\s+mine\\s+(?:achieved|averaged|reached)\\s+(?:[\\w-]+\\s+){0,2}(?:production\\s+|mining\\s+)?rates?)\\b");
    /** Between a figure and the next: a parenthesis opened and not closed, with a few words ("(Q2 2019: "). */
    private static final Pattern ASIDE_OPENED = Pattern.compile("[^()]{0,25}\\([^()]{0,30}");
    private static final Pattern AVERAGE = Pattern.compile("(?i)averag");
    /** Where a clause ends: a comma, a semicolon, "and", "while". */
    private static final Pattern CLAUSE_EDGE = Pattern.compile("(?i),\\s|;\\s|\\s(?:and|while|whereas|but|y)\\s");
    private static final Pattern EQUIVALENT_BEFORE = Pattern.compile("(?i)\\b(equivalents?|equivalente|ageq|aueq|geos?|eq\\.?)\\b");
    /** Right after an equivalent's words, the metals it stands for: "35,538 oz AuEq or ", "24,347 ounces gold equivalent ("AuEq")(1) or ". */
    private static final Pattern EQUIVALENT_THEN_OR = Pattern.compile("(?i)[\\s\"\u201c\u201d'\u2019)]*(?:ounces?|oz)?[\\s\"\u201c\u201d'\u2019)]*(?:\\(\\d{1,2}\\)\\s*)*,?\\s*or\\s*$");

    /** Whether the words before a figure end on an equivalent then "or": the figure is a metal's own, the equivalent restated in it. */
    private static boolean restatedInMetals(String before) {
        Matcher eq = EQUIVALENT_BEFORE.matcher(before);
        int lastEnd = -1;
        while (eq.find()) {
            lastEnd = eq.end();
        }
        return lastEnd >= 0 && EQUIVALENT_THEN_OR.matcher(before.substring(lastEnd)).matches();
    }
    private static final Pattern SOLD_ONLY = Pattern.compile("(?i)\\b(sold|sales|vendid|vendi|vend[ie]ron|ventas?|vendas?)\\w*");
    // "by-product credits" produce nothing
    // ("generated 10,915 oz. of gold": metal a mine generated is metal it produced)
    private static final Pattern PRODUCED = Pattern.compile("(?i)(?<!by-)(?<!by )\\b(produc\\w*|output|poured|recovered|record|yield(?:ed|ing)|generated|(?<!have )(?<!has )contribut(?:ed|ing)|(?:cranked|churned|turned)\\s+out|producci[o\u00f3]n|producid[oa]s?|produjo|produjeron|"
            // Portuguese: "a produção de cobre foi de 12.104 toneladas", "8.087 onças de ouro produzidas"
            + "produ\u00e7\u00e3o|produzid[oa]s?|produziu|produziram)(?![\\p{L}])");
    private static final Pattern MILLED = Pattern.compile("(?i)\\b(mill(ed|ing)?|process(ed|ing)?|treat(ed|ing)?|throughput|plant feed|mill feed|ore processed|tratad\\w*|procesad\\w*|(?:se\\s+)?(?:trat|proces)(?:aron|\u00f3|amiento)|molienda|molid[oa]s?|moli(?:eron|\u00f3)|"
            // Portuguese: "a partir do processamento de 41.462 toneladas de minério"
            + "processamento|processad[oa]s?|processou|beneficiamento|beneficiad[oa]s?)(?![\\p{L}])");
    private static final Pattern GRADE = Pattern.compile("(?i)\\b(grades?|grading|graded|ley|leyes|teor|teores)\\b");
    private static final Pattern RECOVERED_GRADE = Pattern.compile("(?i)\\b(?:recover(?:ed|y)\\s+grades?|grade\\s+recover(?:y|ies)|yield)\\b");
    private static final Pattern RECOVERY = Pattern.compile("(?i)\\b(recover(y|ies)|recuperaci(?:[o\u00f3]n|ones)|recupera\u00e7(?:\u00e3o|\u00f5es))(?![\\p{L}])");
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)(increase[sd]?|decrease[sd]?|up|down|higher|lower|rise|rose|fell|fall|drop(ped)?|improve[sd]?|declined?|grew|growth|gain(ed)?|reduction|change|by"
            + "|(?:increase|decrease|rise|drop|reduction|change|gain|improvement|decline|growth)s?\\s+of)\\s*$");
    /** Right after a place's name, "and" and another name: "at Ruby Hill and Lone Tree". */
    private static final Pattern ANOTHER_NAME_JOINED = Pattern.compile("\\s+(?:and|&|y)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'\u2019-]+");
    /** "at Seabee", "en Uchucchacua": a capitalized name after "at" is a place, in a production release a mine's. */
    private static final Pattern AT_PLACE = Pattern.compile("\\b(?:[Aa]t|[Ee]n)\\s+((?:the\\s+)?[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][\\p{L}'\u2019-]+(?:\\s+(?:de|del|la|San|Santa|[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][\\p{L}'\u2019-]+)){0,2})");
    /** Whether a place named after a figure opens a list of places: "at the Olimpiada, Verninskoye and Kuranakh mines". */
    private static boolean placesListed(String sentence, int from, String place) {
        int at = sentence.indexOf(place, from);
        return at >= 0 && PLACES_LISTED.matcher(sentence.substring(at + place.length())).lookingAt();
    }

    /** Another place's name after a place's, in a list: ", Verninskoye and Kuranakh", " and Kuranakh". */
    // (an aside between: "Mnogovershinnoye ("MNV"), Novoshirokinskoye ("Novo"), and Belaya Gora")
    private static final Pattern PLACES_LISTED = Pattern.compile("^\\s*(?:\\([^()]{0,20}\\)\\s*)?(?:,\\s*(?:and\\s+|y\\s+)?|\\s+(?:and|y|&)\\s+)(?:the\\s+)?[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1]");
    /** Words that give a cause, whose place after them is the cause's: "as a result of higher grades at", "due to lower recoveries at". */
    private static final Pattern CAUSE_BEFORE_PLACE = Pattern.compile("(?i)\\b(?:as\\s+a\\s+result\\s+of|due\\s+to|because\\s+of|driven\\s+by|thanks\\s+to|owing\\s+to|reflecting|on\\s+the\\s+back\\s+of)\\b");
    /** A clause of its own after a comma: ", record production at Pilar" speaks of another figure. */
    private static final Pattern NEW_CLAUSE = Pattern.compile(",\\s*(?!(?:in|from|at|of|and)\\b)\\p{Ll}");
    /** One facility spoken of in the singular: "at the plant", "the mill", "the mine". */
    // "Mill throughput for the month of December was 6.6 million tonnes": a mill's, so a mine's
    private static final Pattern ONE_FACILITY = Pattern.compile("\\b(?:at|in|from|of)\\s+the\\s+(?:plant|mill|mine|concentrator|operation)\\b"
            + "|^\\s*(?:[Mm]ill|[Pp]lant|[Cc]oncentrator)\\s+(?:throughput|feed)\\b");
    /** Words that say a figure is all the company's mines' together, whatever the text says of how many it runs. */
    private static final Pattern WHOLE = Pattern.compile("(?i)\\b(consolidated|group|company-wide|combined|consolidad[oa]s?)\\b");
    /** "consolidated": a figure of several operations together, which no single mine's is. */
    private static final Pattern CONSOLIDATED = Pattern.compile("(?i)\\b(?:consolidated|consolidad[oa]s?)\\b");
    /** "its sole operation", "the company's only mine", "a single-asset producer": the one mine is all there is. */
    static final Pattern SOLE_MINE = Pattern.compile("(?i)\\b(?:sole|only|single)[- ](?:operating\\s+|producing\\s+)?(?:mine|operation|asset)s?\\b|\\bsingle-asset\\b");
    /** Words that put a figure at the company: totals of all its mines. */
    private static final Pattern COMPANY = Pattern.compile("(?i)\\b(total|totall?ed|totaling|totalling|combined|consolidated|company|company's|group|overall|the mines|all (?:mines|operations)|each of|our (?:mines|operations)|its (?:mines|operations)|"
            + "consolidad[oa]s?|total de la compa\u00f1\u00eda)\\b");
    // "lead con" is a concentrate; a bare "con" is Spanish "with" ("1.250.400 toneladas con una ley de")
    private static final Pattern CONCENTRATE_AFTER = Pattern.compile("(?i)\\s*(?:of\\s+)?(?:(?:[-\\s]*(?:" + Quantities.METAL_WORD + ")\\b)+\\s*con\\b"
            + "|(?:[-\\s]*(?:" + Quantities.METAL_WORD + ")\\b)*(?:[-\\s]*bearing)?\\s*(?:concentrates?|concentrados?))"); // ("750 kg of gold bearing concentrate")
    /** A metal MineWatch does not follow, named right after the figure ("0.4 M lbs of molybdenum"): the figure is that metal's. */
    private static final String OTHER_METAL_WORD = "molybdenum|molibdeno|moly|cobalt|cobalto|nickel|n[i\u00ed]quel|platinum|palladium|tin|esta\u00f1o|tungsten|uranium|iron|hierro"
            // ("1.8Moz of PGMs (platinum, palladium, rhodium, gold, ...)": the platinum group's basket, gold among them)
            + "|magnetite|antimony|bismuth|cadmium|indium|rhodium|pgms?|pges?|platinum[- ]group\\s+metals?";
    // ("5,612 oz. platinum": the unit's abbreviation point before it)
    private static final Pattern OTHER_METAL_AFTER = Pattern.compile("(?i)\\.?\\s*(?:of\\s+|de\\s+)?(?:payable\\s+|contained\\s+|fine\\s+)?(" + OTHER_METAL_WORD + ")\\b");
    private static final Pattern OTHER_METAL = Pattern.compile("(?i)" + OTHER_METAL_WORD);
    private static final Pattern OTHER_METAL_NAMED = Pattern.compile("(?i)\\b(?:" + OTHER_METAL_WORD + ")\\b");

    /** Whether a text names a metal we do not follow ("Molybdenum recoveries increased to 57.7%"). */
    static boolean namesOtherMetal(String text) {
        return OTHER_METAL_NAMED.matcher(text).find();
    }
    /** "all operations", "all of its mines": every mine of the company. */
    private static final String ALL_OPERATIONS_WORDS = "all\\s+(?:of\\s+)?(?:its\\s+|our\\s+|the\\s+)?(?:[\\p{L}-]+\\s+)?(?:mines|operations|sites|assets)\\b";
    private static final Pattern ALL_OPERATIONS = Pattern.compile("(?i)\\b" + ALL_OPERATIONS_WORDS);
    /** A quarter without its year right after a figure: "in the first quarter of the year", "for the quarter ended June 30". */
    private static final Pattern QUARTER_AFTER = Pattern.compile("(?i)\\b(?:in|during|for)\\s+the\\s+(?:(first|second|third|fourth)\\s+quarter"
            + "|quarter\\s+" + PeriodLabels.ENDED_IN_QUARTER_MONTH + ")\\b"
            + "(?!,?\\s+(?:of\\s+)?(?:fiscal\\s+)?'?(?:19|20)?\\d{2}\\b)(\\s+of\\s+(?:the\\s+)?(?:last|prior|previous|preceding)\\s+year)?");
    /** A year right after a figure, "in 2014", and no more of a period: the year's figure. */
    /** "production of gold in 2014: 2.87 million ounces": a year named, then a colon, right before its figure. */
    private static final Pattern IN_YEAR_COLON = Pattern.compile("(?i)\\b(?:in|en|em|durante)\\s+((?:19|20)\\d{2})\\s*:\\s*$");
    // ("25.3 million lbs. in 2009": the unit's abbreviation point first; "251,919 oz. were produced in 2002": in the passive)
    /** A year of its own: not "2019-20", "2019's", "2019 dollars", "2019 first quarter", "2019 year to date", "2019 H1". */
    private static final String YEAR_ITSELF = "((?:19|20)\\d{2})\\b(?![-/]|['\u2019]s|\\s*(?:to|dollars|terms|real|\\$|first|second|third|fourth|Q[1-4]|quarter"
            + "|year[- ]to[- ]date|ytd|H[12]|half))";
    private static final Pattern YEAR_OF_ITS_OWN = Pattern.compile("(?i)" + YEAR_ITSELF);
    /** The rest of a figure's own words after it, before its span: " of gold", " were produced". */
    private static final String FIGURES_WORDS_AFTER = "(?i)\\.?\\s*(?:(?:of\\s+)?(?:gold|silver|copper|zinc|lead|Au|Ag|Cu|Zn|Pb)\\s+)?(?:(?:were|was)\\s+)?(?:produced\\s+)?";
    private static final Pattern IN_YEAR_AFTER = Pattern.compile(FIGURES_WORDS_AFTER + "(?:in|during)\\s+" + YEAR_ITSELF);
    /** "last year" right after a figure's words: "77.6 million lb. of copper last year". */
    private static final Pattern LAST_YEAR_AFTER = Pattern.compile(FIGURES_WORDS_AFTER + "(?:in\\s+|during\\s+)?last\\s+year\\b");
    /**
     * A word of a plan before a figure, with nothing between that ends its clause ("guidance range of 145,000 -", "Expected gold
     * production for the third quarter of", "la guía de producción de oro para 2019 es de"): the figure is the plan's.
     */
    // ("is slated to produce 45,000 to 50,000 oz. gold in 2006": a plan; "slated to be commissioned" is no production's)
    private static final Pattern PLAN_BEFORE = Pattern.compile("(?i)\\b(?:guidance|guided|forecast(?:ed)?|budget(?:ed)?|targets?|targeted|planned|outlook|expected|projected|" + GuidanceReader.SLATED_TO + "|"
            + "estimated|gu[i\u00ed]a|esperad[oa]s?|presupuestad[oa]s?|presupuesto|pron[o\u00f3]stic\\w*|objetivo|proyectad[oa]s?)(?![\\p{L}])[^;:!?]*$");
    /** An aside in parentheses, closed: "(11% above budget)". */
    static final Pattern CLOSED_ASIDE = Pattern.compile("\\([^()]*\\)");
    /** Between a plan's word and a figure: a clause's end, or a verb of what was done, which make the figure an actual. */
    private static final Pattern ACTUAL_SINCE = Pattern.compile("(?i),\\s|\\.\\s|\\b(?:produced|produjo|produjeron|poured|milled|processed|treated|recovered|"
            + "totall?ed|reached|achieved|delivered|alcanz(?!ar\\b)\\w+|registr\\w+|obtuvo|obtenid\\w+)\\b");
    /**
     * A verb of what is to be, in a figure's own words: "will", "would", "going to", a Spanish or Portuguese future ("permitir\u00e1",
     * "alcanzar\u00e1n", "dever\u00e1": a word ending in an accented "r\u00e1"). ("hasta alcanzar" is no verb of what was done: a plan's
     * infinitive as often as a result's.)
     */
    // (in lower case: "Par\u00e1" is a state's name; "where a second ball mill will be installed next year was 40,150 ounces": the
    // aside's plan, the figure's own verb after it)
    private static final Pattern FUTURE_VERB = Pattern.compile("(?i)\\b(?:will|would|shall|going\\s+to)\\b|(?-i:\\p{Ll}{2,}r\u00e1n?)(?![\\p{L}])");
    /** Whether words say what is to be: a verb of the future, no verb of what was done after it. */
    private static boolean toBe(String words) {
        Matcher future = FUTURE_VERB.matcher(words);
        return future.find() && !ACTUAL_SINCE.matcher(words.substring(future.end())).find() && !WAS.matcher(words.substring(future.end())).find();
    }

    private static final Pattern WAS = Pattern.compile("(?i)\\b(?:was|were|fue|fueron|foi|foram)\\b");
    private static final Pattern PAYABLE_BEFORE = Pattern.compile("(?i)\\b(?:" + Vocabulary.PAID_FOR + ")\\b[^,;.]{0,40}$");
    /** "14.6 million pounds of payable copper": the metal paid for, named in the quantity's own words or right after them. */
    private static final Pattern PAYABLE_AFTER = Pattern.compile("(?i)^[\\d.,\\s]*[\\p{L}\\s/]{0,20}?\\b(?:of\\s+|de\\s+)?(?:" + Vocabulary.PAID_FOR + ")\\b");
    // ("Zinc Concentrate - 44.5% zinc, 410 g/t silver": a decimal point is no sentence's end)
    private static final Pattern CONCENTRATE_BEFORE = Pattern.compile("(?i)\\bconcentra(?:te|do)s?\\b(?![^,;.]{0,40}\\b(?:head|feed|ore|mineral|cabeza)\\b)(?:[^;.]|(?<=\\d)\\.(?=\\d)){0,60}$");

    // "1,000 oz in gold equivalent", "19,793oz. Au_Eq (excluding Karouni)": the unit's full stop or "in" before the equivalent's word
    // ("56,889 oz of gold and gold equivalents": the metal and its equivalents together, no metal's own)
    private static final Pattern EQUIVALENT_AFTER = Pattern.compile("(?i)\\.?\\s*(?:(?:of|in)\\s+)?(?:(?:and|&)\\s+(?:gold|silver|copper)[- ]equivalents?\\b|GEOs?|GE|AuEq|AgEq|CuEq|(?:Au|Ag|Cu)[\\s_]?eq\\.?|gold[- ]equivalent|silver[- ]equivalent|copper[- ]equivalent|equivalent)\\b");
    /** A clause whose subject is an equivalent's production, with no metal's own production named after it. */
    private static final Pattern EQUIVALENT_SUBJECT = Pattern.compile("(?i)\\bequivalent\\s+(?:ounces|production|output)\\b(?![^;]*\\b(?:production|produced|output)\\b)[^;]*$");

    /**
     * The metals an equivalent figure is made of, in its parentheses: "22,304 gold equivalent ounces (or 16,148 gold ounces and
     * 485,238 silver ounces)", "(comprising 16,148 oz of gold and".
     */
    // (or after a comma: "375,112 silver equivalent ounces, consisting of 203,894 silver ounces, 1,512 gold ounces")
    private static final Pattern METALS_OF_THE_EQUIVALENT = Pattern.compile("(?i)(?:\\((?:or|comprising|consisting\\s+of|being|made\\s+up\\s+of)"
            + "|,\\s*(?:comprising|consisting\\s+of|made\\s+up\\s+of))\\s+[^()]*$");

    /** Words that say a sentence's figures are another company's: a neighbour's, a rival's, a peer's, what analysts said. */
    private static final Pattern OTHERS_FIGURES = Pattern.compile("(?i)\\b(?:neighbou?r(?:ing)?|rivals?|peers?|competitors?|analysts?|brokers?|vecin[oa]s?|competidor(?:es)?)\\b");
    /** Someone named who reported, said or announced something: the issuer, or another company whose figures are not the release's. */
    private static final Pattern REPORTER = Pattern.compile("\\b(\\p{Lu}[\\p{L}&.'-]+(?:\\s+\\p{Lu}[\\p{L}&.'-]+){0,3})\\s+(?:reported|announced|said|disclosed|inform[o\u00f3]|report[o\u00f3])\\b");

    /** What makes a figure a sum since some start: "since 2010", "since inception", "since the start of commercial production". */
    private static final String SINCE_START = "\\b(?:since|desde)\\s+(?:(?:19|20)\\d{2}\\b|inception|its\\s+inception|start-?up|commissioning|first\\s+gold|(?:the\\s+)?first\\s+(?:gold\\s+)?pour|"
            + "(?:the\\s+)?(?:start|beginning|commencement)\\b(?!\\s+of\\s+the\\s+(?:quarter|year|month|period))"
            // "has averaged 98.8% gold recoveries since entering production in 2016"
            + "|(?:entering|reaching|achieving|declaring)\\s+(?:commercial\\s+)?production)";
    // ("145.3 kilograms of dore (4,100.22 ounces of gold) since the first pour": the same sum in other units in parentheses between)
    // (only right before a start that is no year: "52,400 oz (Q2: 48,100 oz) was the best since 2011" is the quarter's)
    // ("7683 ounces has now been produced since the company acquired ownership of the Morila Gold Mine": a sum since an owner's
    // start, told as such; "the best quarter since our acquisition" is the quarter's)
    private static final Pattern CUMULATIVE_AFTER = Pattern.compile("(?i)^[^,;.()]{0,20}?\\b(?:has|have)\\s+(?:now\\s+)?been\\s+(?:produced|poured|milled|processed)\\b[^,;.()]{0,30}?"
            + "\\bsince\\s+(?:the\\s+)?(?:company|group)\\s+(?:acquired|took\\s+(?:over|control|ownership))\\b"
            // "7541 oz of gold have been produced at Cononish in total, 3531 oz in the last quarter": every ounce so far
            + "|^[^,;.()]{0,20}?\\b(?:has|have)\\s+(?:now\\s+)?been\\s+(?:produced|poured)\\b[^,;.()]{0,30}?\\b(?:in\\s+total|(?<!year[\\s-])to\\s+date)\\b"
            + "|^[^,;.()]{0,35}?" + SINCE_START
            + "|^[^,;.()]{0,35}?\\([^()]{0,40}\\)\\s*since\\s+(?:the\\s+)?(?:first\\s+(?:gold\\s+)?pour|inception|start-?up|commissioning)\\b");
    /** A sentence that opens on what has been done so far: "To date, ...". */
    private static final Pattern TO_DATE_OPENING = Pattern.compile("(?i)\\s*to\\s+date\\b");
    // ("Mineral Ridge historically produced ~575,000 ounces of gold": every ounce of its past)
    // ("In total, Teal Stages 1 and 2 produced 21,836 fine ounces from the processing of 228,850 dry tonnes": a sum over a mine's stages)
    private static final Pattern CUMULATIVE_BEFORE = Pattern.compile("(?i)" + SINCE_START + "|\\blife[- ]of[- ]mine\\b|\\bhistoric(?:al)?ly\\b"
            + "|\\bstages\\s+\\d+\\s*(?:and|&|to|-)\\s*\\d+\\b");
    // ("DDH 24A21948: 13.50 @ 10.33 g/t Au": a hole's length, its unit dropped, at its grade)
    private static final Pattern INTERCEPT_BEFORE = Pattern.compile("(?i)\\d(?:\\.\\d+)?\\s*m\\s*(?:@|at)\\s*$|\\d(?:\\.\\d+)?\\s*@\\s*$");
    /** A rate something began at, right before its figure: "commencement of processing operations ... at a rate of approximately". */
    private static final Pattern STARTED_AT_RATE_BEFORE = Pattern.compile("(?i)\\b(?:commencement|commenced|began|begun|started|start-?up|restarted)\\b[^.;]{0,80}?\\bat\\s+a\\s+rate\\s+of\\s+(?:approximately\\s+|about\\s+|around\\s+)?$"
            // "started production at Pallancata in September 2007, at which time the mill processed 500 tonnes per day": the start's
            + "|\\b(?:commenced|began|begun|started|restarted)\\b[^.;]{0,80}?,\\s+at\\s+which\\s+time\\b[^.;\\d]{0,40}$");
    // ("the installation of the 3,000 tpd high-intensity grinding (\u201cHIG\u201d) mill": the words of the mill's kind between)
    private static final Pattern FACILITY_AFTER = Pattern.compile("(?i)\\s*(?:(?!(?:at|in|on|of|the|an?|from|by|through|to|and|or|for|with|during|was|were|is)\\b)[\\p{L}-]+\\s+){0,3}"
            + "(?:\\([^)]{0,10}\\)\\s*)?(?:mill|plant|processing plant|concentrator|facility|circuit|expansion)\\b");
    private static final Pattern NAME_DROPPED = Pattern.compile("(?i)^[^,;(]{0,40}?\\b(?:at|en)\\s*(?:[,.;]|$|(?:to|and|up|down|with)\\b)");
    private static final Pattern NAME_DROPPED_BEFORE = Pattern.compile("(?i)\\b(?:at|en)\\s*(?:,|(?:to|and|up|down|with)\\b)");
    // ("Production levels continue to rise at Minto, with June averaging 2,521 tpd": the month whose average it is)
    private static final Pattern OTHER_MONTH = Pattern.compile("(?i)(?:\\b(?:in|during|for)\\s+(?:the month of\\s+)?|\\bwith\\s+(?=\\p{L}+\\s+averag))"
            + "(january|february|march|april|may|june|july|august|september|october|november|december)\\b(?!\\s*,?\\s*\\d)");
    private static final Pattern SUBJECT_CUT = Pattern.compile("(?:mine|mines|operation|operations|unit|project)\\s");
    private static final Pattern CHANGED_TO = Pattern.compile("(?i)\\b(?:eased|fell|rose|increased|decreased|declined|improved|dropped|climbed|grew|up|down|lower|higher"
            // "rose 26% to 10,610 oz": the change's size between the verb and its figure
            + "|recover(?:y|ies)|grades?|throughput|production|output)(?:\\s+(?:by\\s+)?\\d[\\d.,]*\\s*(?:%|per\\s?cent))?\\s+to\\s+$");
    /** Where a clause of its own begins: ", while", or ", and" before a measure stated anew ("..., and gold production was 21,300 ounces"). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i),\\s+(?:while|whereas|but)\\b"
            // ("producing 661,621 ounces of silver in Q4-2022, an increase of 52.5% compared to Q4-2021, in addition to processing
            // 63,283 tonnes of ore": the work done besides, of the sentence's own period)
            + "|,\\s+in\\s+addition\\s+to\\s+(?=(?:processing|milling|treating|producing|pouring)\\b)"
            + "|,\\s+and\\s+(?=(?:the\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:production|output|grade|recovery|throughput|milled|processed)\\s+(?:was|were|of|totall?ed|reached|amounted|averaged)\\b)"
            // ("up 28 per cent on the September quarter, with the mill recovery rate being 87.4 per cent": a level of its own, after the
            // comparison)
            + "|,\\s+with\\s+(?=(?:the\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:grade|recovery|recovery\\s+rate|throughput)\\s+(?:being|at)\\b)"
            // ("production dropped 17% from last year's Q1, with 505,411 tonnes of ore grading 2.2 grams gold processed in the latest
            // quarter": a clause that names the release's own quarter, after the comparison)
            + "|,\\s+with\\s+(?=(?:[^.;]|\\.\\d){0,100}?\\b(?:in|during|over)\\s+the\\s+(?:latest|current|most\\s+recent)\\s+quarter\\b)"
            // ("reduced, compared to both Q3 2011 and the comparable period in 2010, due to both a lower average recovery rate of 62%":
            // the cause, a clause of the period reported)
            + "|,\\s+(?:due|owing)\\s+to\\b|,\\s+(?:because\\s+of|as\\s+a\\s+result\\s+of)\\b"
            // (and in Spanish: ", debido a una ley de 6.1 g/t")
            + "|,\\s+(?:debido\\s+a|a\\s+causa\\s+de|como\\s+resultado\\s+de|gracias\\s+a)(?![\\p{L}])"
            // ("an uptick in the fourth quarter, during which Avocet delivered 17 380 oz": the clause of the period named before it)
            + "|,\\s+(?=(?:during|in|over)\\s+which\\b)");
    /** A clause of the period named right before it: "during which", "in which". */
    private static final Pattern OF_THE_PERIOD_BEFORE = Pattern.compile("(?i)(?:during|in|over)\\s+which\\b");
    // "un 6.7% más de cobre", "8% menos": a change in Spanish or Portuguese
    /**
     * "Kestrel lifts Q2 gold recovery at Osprey 23%": a verb of change before the measure, its percent after with no word of
     * a level before it ("raised its gold recovery to 91%" gives the level), is by how much the measure changed.
     */
    // (a headline's present tense, the measure within three words of it and no comma before the figure: "Gold production increased
    // ... with gold recovery 91.5%" and "improved recovery, 91.2% in the quarter" give levels)
    private static final Pattern CHANGED_MEASURE = Pattern.compile("(?i)\\b(?:lifts|raises|boosts|improves|increases|cuts|lowers|doubles)\\s+(?:[\\p{L}\\d]+\\s+){0,3}?"
            + "recover(?:y|ies)\\b[^,;.%]{0,40}$");
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)(?:\\b(?:to|at|of|was|were|is|averag\\p{L}*|reached)|[:=])\\s*$");
    private static final Pattern CHANGE_AFTER = Pattern.compile("(?i)\\s*(higher|lower|more|less|increase|decrease|up|down|above|below|better|worse|improvement|rise|drop|gain|reduction|decline|fall|growth|jump|reducci[o\\u00f3]n|aumento|incremento|disminuci[o\\u00f3]n|m[a\\u00e1]s|menos|mayor|menor|a\\s+mais|a\\s+menos)(?![\\p{L}])");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)(over|more than|nearly|almost|up to|exceed(ing|ed)?|at least|below|under|less than|above|in excess of"
            + "|supera(?:n|r)?(?:\\s+l[oa]s)?|super\u00f3(?:\\s+l[oa]s)?|m\u00e1s de|cerca de|casi|menos de|hasta)\\s*$"
            // ("a consistent +1 g/t gold head grade": a figure's plus sign is "or more")
            + "|(?<![\\d\\p{L}])\\+$");
    /**
     * "silver production climbed 192,210 oz. to 937,545 oz.", "gold output was 4,957 oz. lower at 7,474 oz.": a figure by which
     * something changed, told before the level it changed to (or with "more"/"less" than another), is no period's figure.
     */
    private static final Pattern CHANGE_SIZE_BEFORE = Pattern.compile("(?i)\\b(?:rose|fell|climbed|jumped|increased|decreased|declined|dropped|grew|gained|slipped|up|down|off|by)\\s*$");
    // (the level a mass, not a grade: "supplemented by 45,000 tonnes at 1.2 g/t" is ore and its grade)
    private static final Pattern LEVEL_AFTER = Pattern.compile("(?i)\\.?\\s*(?:(?:higher|lower|more|less)\\s+)?(?:to|at)\\s+\\d[\\d.,]*+(?!\\s*(?:g/t|gpt|gram(?:me)?s?\\s+per|%|per\\s?cent|oz/t))");
    /** The figure a quantity is compared with right after it: "61,037 ounces lower than 61,461 ounces". */
    private static final Pattern THAN_FIGURE = Pattern.compile("(?i)^\\s*(?:[\\p{L}.]+\\s+){0,2}?(?:higher|lower|more|less)\\s+than\\s+(?:the\\s+)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\d,])");

    /**
     * Whether a quantity "lower than" another is near it, a level beside a level ("steady gold output at 61,037 ounces lower than
     * 61,461 ounces in June quarter"), not the change between two ("5,000 ounces lower than the 61,461 ounces").
     */
    private static boolean comparedWithItsLike(String sentence, Quantity q) {
        Matcher than = THAN_FIGURE.matcher(sentence.substring(q.end()));
        Matcher own = Numbers.NUMBER.matcher(sentence.substring(q.start()));
        if (!than.lookingAt() || !own.lookingAt()) {
            return false;
        }
        Optional<ReportedFigure> mine = Numbers.figure(own.group(), java.math.BigDecimal.ONE);
        Optional<ReportedFigure> other = Numbers.figure(than.group(1), java.math.BigDecimal.ONE);
        if (mine.isEmpty() || other.isEmpty() || mine.get().value().signum() <= 0) {
            return false;
        }
        double ratio = other.get().value().doubleValue() / mine.get().value().doubleValue();
        return ratio >= 0.5 && ratio <= 2;
    }

    // ("produced 20 kg of additional gold this year, compared to the corresponding period": by how much more)
    private static final Pattern CHANGE_SIZE_AFTER = Pattern.compile("(?i)\\.?\\s*(?:(?:higher|lower|more|less)\\s+(?:at|to|than)\\s|(?:of\\s+)?(?:additional|extra|incremental)\\s+(?:gold|silver|copper|zinc|lead|ounces|oz|tonnes)\\b)");
    /** "averaging a minimum throughput level of 5,100 tonnes per day": a threshold to reach, not what was done. */
    private static final Pattern THRESHOLD_BEFORE = Pattern.compile("(?i)\\b(?:minimum|maximum|m[i\u00ed]nimo|m[a\u00e1]ximo)\\b[^,;]{0,30}?\\b(?:of|de)\\s*$");
    /** The low end of a range just before a figure: "between 75,000 and", "entre 115,000 y". */
    // "630,000 - 650,000 tonnes": a range's upper end (its lower a figure with thousands or decimals, not a year before a dash)
    // ("ranged between five and 40 per cent": its low end in words)
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)\\b(?:between|entre)\\s+(?:[\\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:[\\p{L}/%]{1,12}\\s*)?(?:and|y|e)\\s*$"
            + "|(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+)\\s*[-\u2013\u2014]\\s*$");
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(compared (?:to|with)|versus|vs\\.?|relative to|from|against|up from|down from|than|on par with|similar to"
            + "|comparad[oa]s? con|en comparaci[o\u00f3]n con|frente a|respecto a|la cual fue|por debajo de|por encima de"
            // "la producción pasó de 447,145 onzas a 552,677": what it was before it changed
            + "|pas(?:[o\u00f3]|ando|aron)\\s+de"
            // Portuguese: "na comparação com as 9.020 onças", "em comparação com"
            + "|(?:na|em)\\s+compara\u00e7\u00e3o\\s+com|comparad[oa]s?\\s+com"
            // "a slight decrease of 4% over the previous quarter of 191,738 tonnes": a change's share over what it is measured against
            // (not "up 10.9% over the three months to September": over a span, no comparison)
            + "|(?<=\\b(?:increase|decrease|rise|fall|drop|decline|improvement|reduction)\\s{1,3}of\\s{1,3}[\\d.,]{1,8}\\s{0,2}(?:%|per\\s?cent)\\s)over)\\b|\\(");
    private static final Pattern PRIOR_YEAR = Pattern.compile("(?i)\\b(prior[- ]year|previous year|last year|a year (?:earlier|ago|before)|(?:same|comparative|corresponding) (?:quarter|period)|year[- ]earlier|year[- ]ago"
            + "|mismo (?:periodo|trimestre)|a\u00f1o anterior|mesmo (?:per\u00edodo|periodo|trimestre)|ano anterior)\\b");
    // ("no mesmo período de 2017", "en el mismo periodo de 2017": the same in Portuguese and Spanish)
    // (read on the words after the figure up to 60 letters, no comparison's word among them: "293,9 mil onças do metal produzidas
    // no ativo no mesmo período de 2017")
    private static final Pattern SAME_PERIOD_OF_YEAR = Pattern.compile("(?i)^(?:(?!\\b(?:than|compared|versus|vs|from|against|up|down|relative|frente|comparad[oa]s?)\\b)[^,;.\\d(]){0,60}?\\b(?:in|during|for|over|no|na|en|durante)\\s+(?:the\\s+|el\\s+)?"
            + "(?:same|corresponding|mesmo|mismo)\\s+(?:period|quarter|months?|per[i\u00ed]odo|trimestre)\\s+(?:of|in|de|del|do)\\s+((?:19|20)\\d{2})\\b");
    /** "an increase of 15.3% on the corresponding period of 2018 when 9,793 ounces were produced": that year's figure, told after it. */
    // (and "during the same period in 2022, these figures stood at 2.27 grams per ton and 67.46 percent": the clause's figures,
    // as long as no other year comes between; "Compared with the same period of 2022, gold production was" is no such clause)
    private static final Pattern SAME_PERIOD_BEFORE = Pattern.compile("(?i)\\b(?:same|corresponding|comparable)\\s+(?:period|quarter)\\s+(?:of|in)\\s+((?:19|20)\\d{2}),?\\s+(?:when|with)\\s+$"
            + "|\\b(?:in|during|over)\\s+the\\s+(?:same|corresponding|comparable)\\s+(?:period|quarter)\\s+(?:of|in)\\s+((?:19|20)\\d{2}),\\s+"
            + "(?:(?!(?:19|20)\\d{2})[^.;])*?(?:stood|were|was|amounted|totall?ed|reached)\\s+(?:at\\s+)?(?:(?!(?:19|20)\\d{2})[^.;]){0,40}?$");
    private static final Pattern QUARTER_WORD = Pattern.compile("(?i)\\bquarter|\\bQ[1-4]\\b|\\btrimestre");
    private static final Pattern PRIOR_QUARTER = Pattern.compile("(?i)\\b(prior quarter|previous quarter|last quarter|preceding quarter|sequential\\w*)\\b");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(?i)\\b(year[- ]to[- ]date|ytd|first (?:nine|six) months|first half|(?:nine|six)[- ]months?|half[- ]year|so far this year|en lo que va del a\u00f1o|primer semestre|(?:producci[o\u00f3]n|molienda)\\s+semestral|primeros (?:seis|nueve) meses"
            // "As at the end of September, it produced a total of 2,474 tonnes": the year's months to that end
            + "|as (?:at|of) the end of (?:march|june|september|december)\\b[^.;\\d]{0,40}?\\ba total of"
            // "as of Sept. 30, the combined operations of its Maco mine and Sangilo mine ... milled a total of 701,713 tons"
            + "|as (?:at|of) (?:(?:march|mar\\.?)\\s+31|(?:june|jun\\.?)\\s+30|(?:september|sept?\\.?)\\s+30|(?:december|dec\\.?)\\s+31)\\b[^;\\d]{0,140}?\\ba total of"
            // "From January to September", "entre janeiro e setembro deste ano": the months since the year began, its year unsaid
            + "|(?:from|between|entre|de)\\s+(?:january|enero|janeiro)\\s+(?:to|through|and|a|y|e|hasta|at[e\u00e9])\\s+(?:(?:june|junio|junho)|(?:september|septiembre|setiembre|setembro))"
            + "(?![\\s,]*(?:de\\s+|del\\s+)?(?:19|20)\\d{2}))\\b");

    /** The mine of a figure whose mine cannot be told. */
    private static final String UNPLACED = "";
    /**
     * The owner of a figure the words give to the company, in a text of one named mine ("Kestrel Gold produced 694,100 oz"):
     * that mine's, unless the mine's own figure of the same measure and period says otherwise (then the company runs more
     * than the mine the text names). {@link ReleaseParser} decides once every sentence is read.
     */
    static final String ISSUER_OR_ONLY_MINE = "\u0001the issuer or its only mine";

    private final MineNames mines;
    private final String singleMine;
    private final boolean severalMines;
    private final ReportingPeriod releasePeriod;
    private final boolean soleMineSaid;
    private final Optional<ReleaseIssuer> issuer;
    /** The one precious metal the whole text names, if it names one only: "produced 63 777 oz" in a gold miner's text is gold. */
    private final Metal onlyPrecious;
    /** The one metal the whole text names, if it names one only. */
    private final Metal onlyMetal;

    /** Told of each figure read whose mine the words do not say (its mine null), with the words it was read from. */
    private final java.util.function.BiConsumer<ParsedFigure, String> unplaced;

    /** Words of heap leaching, and of a mill beside it: a text of the first and none of the second processes its ore on pads alone. */
    private static final Pattern HEAP_LEACHING = Pattern.compile("(?i)\\b(?:heap[- ]leach\\w*|leach(?:ing)?\\s+pads?|heap\\s+leaching)\\b");
    private static final Pattern MILLING = Pattern.compile("(?i)\\b(?:mill|mills|milled|milling|concentrator|flotation|CIL|CIP|carbon[- ]in[- ](?:leach|pulp)|"
            + "grinding|ball mill|SAG|molienda|planta concentradora)\\b");

    /** Whether a text speaks of heap leaching and of no mill: its prose gives the metal leached, and no ore milled, grade nor recovery of a mill. */
    static boolean onlyHeapLeach(String text) {
        return HEAP_LEACHING.matcher(text).find() && !MILLING.matcher(text).find();
    }

    private final boolean onlyHeapLeach;

    /** @param soleMineSaid whether the text calls its one mine the company's sole operation ("its sole operation", "only mine") */
    ProseReader(MineNames mines, String singleMine, boolean severalMines, boolean soleMineSaid, ReportingPeriod releasePeriod, Optional<ReleaseIssuer> issuer,
                Metal onlyPrecious, Metal onlyMetal, boolean onlyHeapLeach, java.util.function.BiConsumer<ParsedFigure, String> unplaced) {
        this.soleMineSaid = soleMineSaid;
        this.onlyHeapLeach = onlyHeapLeach;
        this.mines = mines;
        this.unplaced = unplaced;
        this.onlyPrecious = onlyPrecious;
        this.onlyMetal = onlyMetal;
        this.issuer = issuer;
        this.severalMines = severalMines;
        this.singleMine = singleMine;
        this.releasePeriod = releasePeriod;
    }

    /** After a semicolon, the next item of a list of figures: "; and 8,500 ounces". */
    private static final Pattern LIST_ITEM_AFTER = Pattern.compile("(?i)(?:and\\s+|y\\s+|e\\s+)?\\d");

    /** A line's sentences and the clauses of its highlights. */
    static List<String> sentences(String line) {
        if (line.contains(" -- ") && INLINE_BULLETS.matcher(line).lookingAt()) {
            // "-- Silver production increased 11% to 1,820,282 oz -- Gold production increased 9% to 15,319 oz -- ...": a wire's
            // bullets run into one line, each a sentence of its own
            return INLINE_BULLET.splitAsStream(line.strip()).filter(b -> !b.isBlank()).flatMap(b -> sentences(b).stream()).toList();
        }
        List<String> out = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(line);
        int from = 0;
        int depth = 0;
        int counted = 0;
        while (end.find()) {
            depth = depth(line, counted, end.start(), depth);
            counted = end.start();
            // a semicolon inside a parenthesis still open ends no sentence: "(Carosue Dam 49,038oz; Thunderbox 40,170oz)"
            if (depth > 0 && end.group().contains(";")) {
                continue;
            }
            // nor one before the next item of a list of figures: "4,500 ounces in the first quarter 2009; 7,000 ounces in the second
            // quarter 2009; and 8,500 ounces in the fourth quarter 2009" goes on the sentence (a plan) that began the list
            if (end.group().contains(";") && LIST_ITEM_AFTER.matcher(line).region(end.end(), line.length()).lookingAt()
                    && GuidanceReader.speaksOfGuidance(line.substring(from, end.start()))) {
                continue;
            }
            String piece = line.substring(from, end.start());
            if (!piece.isBlank()) {
                out.add(piece.strip());
            }
            from = end.end();
        }
        if (!line.substring(from).isBlank()) {
            out.add(line.substring(from).strip());
        }
        return out;
    }

    /** How many parentheses are open at a place of a text, counted on from an earlier place where so many were. */
    static int depth(String text, int from, int to, int open) {
        int depth = open;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth;
    }

    /** The figures a sentence states, placed; none if it states none that can be placed. */
    List<ParsedFigure> read(String sentence, String paragraph, int line, String sectionMine) {
        return read(sentence, paragraph, line, sectionMine, null);
    }

    /**
     * The figures a sentence states. {@code sectionPeriod}: the period a heading above the sentence names ("2021
     * HIGHLIGHTS" in a release of the fourth quarter and the year), which a figure naming none of its own is; null: the
     * release's.
     */
    List<ParsedFigure> read(String sentence, String paragraph, int line, String sectionMine, ReportingPeriod sectionPeriod) {
        return read(sentence, paragraph, line, sectionMine, sectionPeriod, null, false);
    }

    /**
     * The figures a sentence states, in a story told mine by mine: {@code storyMine}, the one mine whose figures the paragraph
     * before gave, is the mine of a figure the words would give the company, in a sentence that names no one (no mine, no place,
     * not the company nor its name, no total): "Metal production at Mount Polley for the third quarter was ..." over "Compared to
     * the third quarter of 2023, mill throughput was up 8.6%, with 1.694 million tonnes being treated".
     */
    List<ParsedFigure> read(String sentence, String paragraph, int line, String sectionMine, ReportingPeriod sectionPeriod, String storyMine) {
        return read(sentence, paragraph, line, sectionMine, sectionPeriod, storyMine, false);
    }

    /**
     * The figures a sentence of guidance states of a year before the plan's, each compared with the plan in that year: "expects
     * to produce 24 million lbs. of copper this year, down from 25.3 million lbs. in 2009" is 2009's copper. The plan's own
     * figures are not read.
     */
    List<ParsedFigure> readBeforePlan(String sentence, String paragraph, int line, String sectionMine) {
        return read(sentence, paragraph, line, sectionMine, null, null, true);
    }

    /** Words of a part of a year: a sentence of them compares a quarter's, half's or month's level, not the year's. */
    private static final Pattern PART_OF_A_YEAR = Pattern.compile("(?i)\\b(?:quarters?|quarterly|half|halves|months?|monthly|averag\\w*|per\\s+month|H[12]|Q[1-4]|"
            + "january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    /** Another place right after a compared level's year: " at Heron", " from the Egret mine". */
    private static final Pattern ANOTHER_PLACE_AFTER = Pattern.compile("\\s*,?\\s*(?:at|from)\\s+(?:the\\s+)?\\p{Lu}");

    /**
     * Whether a figure followed by its year ("down from 25.3 million lbs. in 2009") is a metal's level the sentence compares
     * with, of that whole year: not a quarter's, a half's, a month's or an average's, nor another mine's ("in 2019 at Heron").
     */
    private static boolean yearsLevelComparedWith(String sentence, Quantity q, String afterYear) {
        return (q.kind() == Kind.PRECIOUS_MASS || q.kind() == Kind.BASE_MASS)
                && COMPARED_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 30), q.start())).find()
                && !PART_OF_A_YEAR.matcher(sentence).find() && !ANOTHER_PLACE_AFTER.matcher(afterYear).lookingAt();
    }

    /** A level a plan is compared with, right before its figure: "down from ", "compared to ", "than ". */
    private static final Pattern COMPARED_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:from|compared\\s+(?:to|with)|versus|vs\\.?|than)\\s+(?:approximately\\s+|about\\s+)?$");
    /** The year right after such a figure: " in 2009", " of copper in 2009", " produced in 2009". */
    // (its metal, "in concentrate" or "produced" between; not a plan's year, "in 2021 guidance", nor a ramp's, "in 2024 to 150,000
    // oz", nor another mine's, "in 2021 at Osprey")
    private static final Pattern IN_YEAR_RIGHT_AFTER = Pattern.compile("(?i)^\\.?\\s*(?:(?:of\\s+)?(?:gold|silver|copper|zinc|lead)\\s+)?(?:in\\s+concentrates?\\s+)?(?:produced\\s+)?"
            + "in\\s+((?:19|20)\\d{2})\\b(?!\\s+(?:guidance|outlook|plan|budget|forecast|target)|\\s+to\\s+\\d|\\s*,?\\s*(?:at|from)\\s+(?:the\\s+)?(?-i:\\p{Lu}))");
    static final Pattern A_YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

    /** The year of a level a plan's sentence compares with, when it is one before the plan's ("this year", or a later year named); else null. */
    private static ReportingPeriod yearBeforePlan(String sentence, Quantity q) {
        Matcher yearAfter = IN_YEAR_RIGHT_AFTER.matcher(sentence.substring(q.end()));
        if (!COMPARED_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 30), q.start())).find() || !yearAfter.find()) {
            return null;
        }
        int year = Integer.parseInt(yearAfter.group(1));
        int latestYear = A_YEAR.matcher(sentence).results().mapToInt(r -> Integer.parseInt(r.group(1))).max().orElse(0);
        return year < latestYear || GuidanceReader.namesThisOrNextYear(sentence) ? ReportingPeriod.fullYear(year) : null;
    }

    private List<ParsedFigure> read(String sentence, String paragraph, int line, String sectionMine, ReportingPeriod sectionPeriod, String storyMine, boolean beforePlanOnly) {
        List<ParsedFigure> out = new ArrayList<>();
        // a sentence of reserves, drilling or costs is no production; a page run into one "sentence" is judged near each figure
        boolean runOn = sentence.length() > RUN_ON;
        // a company's results beside its production ("suffered a net loss of $1 million, or 1c per share, ..., production rose
        // 26% to 10,610 oz"): only the clauses of money are set aside
        // ("15,466 t/d, or 94% of design capacity": a figure measured against the design is still a figure; the share's own clause
        // is set aside below, as a clause of money is)
        // ("higher grades, as expected per the mine plan": a plan met names the mine plan, and is no plan of the sentence's figures)
        // ("..., as excessive weather events ... necessitated the feeding of lower grade stockpiled ore": a closing cause's words are
        // the cause's, not the figure's)
        // ("18,921 ounces for the quarter at a total cash cost including royalties of US$652/oz": royalties a cost counts in, no
        // royalty's ounces)
        String judged = GuidanceReader.withoutPlansMet(blanked(ROYALTIES_IN_COST, blanked(DESIGN_SHARE, sentence)));
        if (!runOn) {
            judged = CLOSING_CAUSE.matcher(judged).replaceFirst(m -> DIGIT.matcher(m.group()).find() ? Matcher.quoteReplacement(m.group()) : " ".repeat(m.group().length()));
        }
        boolean moneyOnly = !runOn && NOT_PRODUCTION.matcher(judged).results().allMatch(r -> FINANCIAL.matcher(r.group()).matches());
        if (!runOn && !moneyOnly && NOT_PRODUCTION.matcher(judged).find()) {
            return out;
        }
        // "total ore mined at GC was 70,898 tonnes and total ore milled was 69,144 tonnes": the mined clause is set aside,
        // the milled one read; a sentence of ore mined that says nothing of milling is no production at all
        // ("Production at Cerro Bayo was 5,280 oz Au and 743,569 oz Ag, higher ..., due to higher tonnes mined": metal produced
        // in a clause of its own is read, the mining the sentence explains it by is not)
        // (not in a closing clause of cause: "..., as excessive weather events impacting ore production from the pit necessitated the
        // feeding of lower grade stockpiled ore")
        boolean mined = !runOn && MINED.matcher(judged).find();
        if (mined && !MILLED.matcher(sentence).find() && Quantities.find(sentence).stream().noneMatch(q -> metalApartFromMining(sentence, q))) {
            return out;
        }
        if (SOLD_ONLY.matcher(sentence).find() && !PRODUCED.matcher(sentence).find()) {
            return out;
        }
        if (TO_DATE_OPENING.matcher(sentence).lookingAt() && PeriodLabels.mentions(sentence).stream().noneMatch(m -> m.period() != null)) {
            return out; // "To date, ore mining from Teal ... with third party processing totalling 155 000 dry tonnes": every tonne so far
        }
        if (!runOn && OTHERS_FIGURES.matcher(sentence).find()) {
            return out; // "Our neighbour Kinross reported that its Tasiast mine produced", "analysts ... noting that rival Amur Gold had produced"
        }
        Matcher reporter = REPORTER.matcher(sentence);
        while (!runOn && reporter.find()) {
            String who = reporter.group(1);
            if (!isIssuer(who) && !COMPANY.matcher(who).find() && !NO_NAME.matcher(who).matches() && mines.namedIn(who).isEmpty()) {
                return out; // "Zijin reported 12,400 oz produced at Taldy-Bulak": another company's word, not the release's figure
            }
        }
        List<Quantity> quantities = Quantities.find(sentence);
        // the sentence before this one in its paragraph, whose span "the same period" may compare with
        String sentenceBefore = sentenceBefore(sentence, paragraph);
        java.util.Map<Integer, Metal> paired = respectively(sentence, quantities);
        java.util.Map<Integer, String> respectiveMines = respectiveMines(sentence, quantities, paired);
        Quantity previous = null;
        Metal previousMetal = null;
        // the last figure of a metal we do not follow ("57,326 oz of palladium"), and those compared with it after it
        Quantity otherMetals = null;
        for (Quantity q : quantities) {
            // in a plan's sentence, only a level of a year before the plan's, compared with it; its year the one right after it
            // (the sentence's other periods are the plan's)
            ReportingPeriod comparedYear = beforePlanOnly ? yearBeforePlan(sentence, q) : null;
            if (beforePlanOnly && comparedYear == null) {
                continue;
            }
            if (q.metal() == null && (OTHER_METAL_AFTER.matcher(after(sentence, q.end(), 30)).lookingAt()
                    || otherMetals != null && otherMetals.kind() == q.kind() && comparedWith(sentence.substring(otherMetals.end(), q.start())))) {
                // "57,326 oz of palladium compared with 47,015 oz in the previous quarter", "5,487 oz of platinum (4,698 oz in Q1
                // 2006)": a level compared with another metal's is that metal's too
                otherMetals = q;
                continue;
            }
            otherMetals = null;
            String around = runOn ? sentence.substring(Math.max(0, q.start() - NEAR_BEFORE), Math.min(sentence.length(), q.end() + NEAR_AFTER)) : "";
            if (runOn && (NOT_PRODUCTION.matcher(around).find() || MINED.matcher(around).find() || GuidanceReader.speaksOfGuidance(around))) {
                continue;
            }
            if (!runOn && (NOT_PRODUCTION.matcher(clauseAround(judged, q)).find() || judged.substring(q.start(), q.end()).isBlank())) {
                continue; // "or 1c per share" in a sentence of results and production: the money's clause; "94% of design capacity" the design's share
            }
            if (mined && !metalApartFromMining(sentence, q)) {
                String clause = clauseAround(sentence, q);
                if (MINED.matcher(clause).find() || !MILLED.matcher(clause).find()) {
                    continue;
                }
            }
            String before = sentence.substring(Math.max(0, q.start() - 25), q.start());
            String near = sentence.substring(Math.max(0, q.start() - 40), q.start());
            if (BOUND_BEFORE.matcher(before).find() || INTERCEPT_BEFORE.matcher(before).find() || THRESHOLD_BEFORE.matcher(near).find()) {
                continue; // "over 90%", and "69m @ 4.1g/t": a drill hole's intercept, no ore milled
            }
            String rightAfter = after(sentence, q.end(), 20);
            if (q.kind() != Kind.PERCENT && (CHANGE_SIZE_BEFORE.matcher(before).find() && LEVEL_AFTER.matcher(rightAfter).lookingAt()
                    || CHANGE_SIZE_AFTER.matcher(rightAfter).lookingAt() && !comparedWithItsLike(sentence, q))) {
                continue; // "climbed 192,210 oz. to 937,545 oz.": by how much, the level after it is the figure
            }
            if (RANGE_BEFORE.matcher(near).find()) {
                continue; // "entre 115,000 y 134,000 toneladas", "between 75,000 and 85,000 ounces": a range is a plan's, never what was produced
            }
            // (inside a parenthesis still open, only its own words: "22,304 gold equivalent ounces (or 16,148 gold ounces")
            int openedAt = near.lastIndexOf('(') > near.lastIndexOf(')') ? near.lastIndexOf('(') : -1;
            String ownNear = near.substring(Math.max(Math.max(near.lastIndexOf(','), near.lastIndexOf(';')), openedAt) + 1);
            if (EQUIVALENT_BEFORE.matcher(ownNear).find() && !restatedInMetals(ownNear)
                    && !Quantities.restatesKilograms(near)) { // ("236 kg, equivalent to 7,611 oz": the same mass in ounces)
                continue; // "silver equivalent production of 3.1 million ounces": not a metal's own
            }
            if (containedInOre(sentence, q)) {
                continue; // "47,238 tonnes mined containing 8,072 ounces of gold ... and 11,001 ounces of silver": metal in ore, not produced
            }
            if (SHARE_AFTER_LIST.matcher(after(sentence, q.end(), 160)).lookingAt()) {
                continue; // "6.9 million pounds copper and 6,499 ounces gold from its 30% share of Red Chris mine production": a share
            }
            if (LOST_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 50), q.start())).find()) {
                continue; // "the delays caused a production offset of approximately 1000 ounces": what was lost, not produced
            }
            if (NOT_DONE_AFTER.matcher(after(sentence, q.end(), 50)).lookingAt()) {
                continue; // "resulting in approximately 22,500 tonnes not being processed": what was not done
            }
            if (EQUIVALENT_AFTER.matcher(after(sentence, q.end(), 30)).lookingAt()
                    || EQUIVALENT_SUBJECT.matcher(clauseBefore(sentence, q.start())).find() && !(q.metal() != null && METALS_OF_THE_EQUIVALENT.matcher(clauseBefore(sentence, q.start())).find())) {
                continue; // "231 Koz of GE", "74,900 GEOs", "Gold equivalent production, including silver converted at 80:1, was 231.0 koz"
            }
            if (q.metal() == null && equivalentNamedBefore(sentence, q.start())) {
                continue; // "La producción de cobre equivalente se redujo 9%, a 19,7 millones de libras": an equivalent's figure
            }
            Optional<Measure> measure = measure(sentence, q);
            if (measure.isEmpty() && q.metal() != null && q.kind() != Kind.PERCENT && PARTS_OF_THE_ONE_BEFORE.matcher(sentence).lookingAt()
                    && PRODUCED.matcher(sentenceBefore).find() && !SOLD_ONLY.matcher(sentenceBefore).find()) {
                // "Contained metal production for the full year 2019 was 106.2 million pounds of ZnEq. This was comprised of 64.4
                // million pounds of zinc": the metal produced, listed
                measure = Optional.of(Measure.PRODUCTION);
            }
            if (measure.isEmpty() || onlyHeapLeach && measure.get() != Measure.PRODUCTION) {
                // ore crushed and put under leach, and its grade: the pads' feed, which gives its metal over many months, not a
                // mill's ore of the period (the metal leached in the period is the figure)
                continue;
            }
            if (paired.containsKey(q.start()) && paired.get(q.start()) == null) {
                continue; // "58% for ... molybdenum, respectively": a metal we do not follow
            }
            Metal metal = !measure.get().isPerMetal() ? null : paired.containsKey(q.start()) ? paired.get(q.start()) : metalOf(sentence, q, measure.get());
            if (q.metal() == null && previous != null && previous.kind() == q.kind() && previousMetal != null
                    && ASIDE_OPENED.matcher(sentence.substring(previous.end(), q.start())).matches()) {
                metal = previousMetal; // "50,000 ounces (Q2 2019: 45,000 ounces)": the aside's figure is of the metal before it
            }
            previous = q;
            previousMetal = metal;
            if (metal == null && (q.kind() == Kind.PRECIOUS_MASS && measure.get() == Measure.PRODUCTION || q.kind() == Kind.GRADE)) {
                metal = onlyPrecious; // ounces and grams per tonne in a text of one precious metal are that metal's
            }
            if (metal == null && measure.get() == Measure.RECOVERY) {
                metal = onlyMetal; // a recovery in a text of one metal is that metal's
            }
            if (metal == null && measure.get() == Measure.RECOVERY && !OTHER_METAL_NAMED.matcher(sentence).find()) {
                // "metallurgical recovery (91.7% vs 90.6%) resulted in gold production of 7,808oz": the one metal its sentence names
                java.util.Set<Metal> ofSentence = Quantities.metalsNamed(sentence);
                metal = ofSentence.size() == 1 ? ofSentence.iterator().next() : null;
            }
            if (measure.get().isPerMetal() && metal == null) {
                continue;
            }
            if (offCalendarSpan(sentence) || rolling(sentence)) {
                continue; // "during the 14-week period from 25 August 2007 to 31 December 2007": no period of ours, though it ends on a quarter's last day
            }
            ReportingPeriod period = comparedYear != null ? comparedYear : period(sentence, sentenceBefore, q, sectionPeriod != null ? sectionPeriod : releasePeriod);
            if (period == null) {
                continue;
            }
            if (CONCENTRATE_AFTER.matcher(after(sentence, q.end(), 30)).lookingAt()) {
                continue; // "15,729 tonnes of zinc concentrate": a concentrate's mass, not the metal's
            }
            if (STOCKS_BEFORE.matcher(clauseBefore(sentence, q.start())).find() || IN_CIRCUIT_AFTER.matcher(after(sentence, q.end(), 30)).lookingAt()) {
                // "Finished product stocks of 2,586 oz of gold and 29,943 oz of silver at quarter end": what is held, in its clause;
                // "10,058 ounces of gold in circuit": gold still in the plant, not yet produced
                continue;
            }
            if (SHARE_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 80), q.start())).find()) {
                continue; // "receives 25% of all the gold produced, meaning its share this time was around 426oz": the holder's part
            }
            if (MAY_BE_DONE_AFTER.matcher(after(sentence, q.end(), 40)).lookingAt()) {
                continue; // "3,500 tonnes of ore can be processed": what may be done, nothing done
            }
            if (ONE_DAY_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 30), q.start())).find()
                    || ONE_DAY_AFTER.matcher(after(sentence, q.end(), 40)).lookingAt()
                    || PEAK_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 50), q.start())).find()) {
                continue; // "with a record day at 63,700 tonnes", "897 t/d recorded on March 19", "a peak of": one day's figure or the highest, no period's
            }
            if (q.kind() != Kind.PERCENT && PER_SPAN_AFTER.matcher(after(sentence, q.end(), 30)).lookingAt()) {
                continue; // "An average of 450 ounces per month come from third parties": a rate, no period's figure
            }
            if (STARTED_AT_RATE_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 120), q.start())).find()) {
                continue; // "the commencement of processing operations in mid-January 2021 at a rate of approximately 200 tonnes per day": a start's rate
            }
            if (FACILITY_AFTER.matcher(after(sentence, q.end(), 50)).lookingAt()) {
                continue; // "Gran Colombia's 1,500 tonne per day mill": a mill's size, no period's throughput
            }
            String lead = sentence.substring(Math.max(0, q.start() - 90), q.start());
            // (a plan's word in an aside closed before the figure is the aside's: "347,503 ounces (11% above budget) and gold production was")
            String leadPastAsides = CLOSED_ASIDE.matcher(lead).replaceAll(" ");
            Matcher plan = PLAN_BEFORE.matcher(leadPastAsides);
            if (plan.find() && !ACTUAL_SINCE.matcher(leadPastAsides.substring(plan.end())).find()) {
                continue; // "exceeded guidance of 160,000 to 170,000 ounces", "Expected gold production for the third quarter of": a plan's figure
            }
            String ownWords = sinceLastFigure(sentence.substring(0, q.start()));
            if (toBe(ownWords) || toBe(clauseBefore(sentence, q.start()))) {
                // "lo que permitir\u00e1 un aumento ... hasta alcanzar las 15,000 toneladas por d\u00eda", "will allow ... to reach": what is to be
                // ("The mill will process 450,000 tonnes in the third quarter at a grade of 2.6 g/t": the grade of what is to be too)
                continue;
            }
            if (PAYABLE_BEFORE.matcher(lead).find() || PAYABLE_AFTER.matcher(sentence.substring(q.start(), q.end()) + after(sentence, q.end(), 30)).find()) {
                continue; // "Payable gold production of 41,200 ounces": what is paid for, not what was produced
            }
            if (measure.get() == Measure.GRADE && CONCENTRATE_BEFORE.matcher(lead).find()) {
                continue; // "22,450 tonnes of copper concentrate grading 24.5% copper": the concentrate's grade, not the ore's
            }
            if (CUMULATIVE_AFTER.matcher(after(sentence, q.end(), 90)).lookingAt() || CUMULATIVE_BEFORE.matcher(clauseBefore(sentence, q.start())).find()) {
                continue; // "600,000 ounces since 2010", "cumulative production of": a sum over years, no period's figure
            }
            String tail = ownTail(sentence, q.end());
            if (NAME_DROPPED.matcher(after(sentence, q.end(), 60)).find() || NAME_DROPPED_BEFORE.matcher(clauseBefore(sentence, q.start())).find()) {
                continue; // "recovery of 90.1% at , up from": the text lost the mine's name, and we do not guess it
            }
            Matcher placeAfter = AT_PLACE.matcher(tail);
            // "2.055.700 onzas: 1.210.400 onzas en Cerro Negro Alto": a place after another figure is that figure's
            // ("3.3 million ounces as a result of higher grades at the San Dimas and La Encantada mines": a cause's place, not the figure's)
            String mine = placeAfter.find() && !tail.substring(0, placeAfter.start()).matches("(?s).*\\d.*") && PeriodLabels.mentions(placeAfter.group(1)).isEmpty() && !COMPANY.matcher(placeAfter.group(1)).find()
                    && !CAUSE_BEFORE_PLACE.matcher(tail.substring(0, placeAfter.start())).find()
                    && !MineNames.isPlace(placeAfter.group(1).replaceFirst("^the\\s+", ""))
                    && !NO_NAME.matcher(placeAfter.group(1)).matches()
                    // ("1,580 koz at the Olimpiada, Verninskoye and Kuranakh mines": the first of a list of places, no one mine's)
                    && !placesListed(sentence, q.end(), placeAfter.group(1))
                    ? mines.clean(placeAfter.group(1).replaceFirst("^the\\s+", ""))
                    : mine(sentence, paragraph, q.start(), sectionMine);
            if (mine != null && PeriodLabels.isMonthName(mine)) {
                mine = UNPLACED; // "June gold processing recovered": a month is no mine, and whose figure it is the words do not say
            }
            if (respectiveMines.containsKey(q.start())) {
                mine = respectiveMines.get(q.start()); // "San Dimas Viejo and Cusi Alto were 245 g/t and 198 g/t, respectively": each its own
            }
            if (MineNames.breakdownAt(sentence, q.end()).size() >= 2 || partsFollow(sentence, q.end())) {
                // "89,208oz (Carosue Dam 49,038oz; Thunderbox 40,170oz)", "27 442 t, with the Prominent Hill project delivering 25 575 t":
                // the whole, its mines' shares after it
                mine = null;
            }
            // A plant's figure (ore milled, its rate, its grade, its recovery) that the words give to no mine and not to several
            // together, in a text that does not speak of several mines ("Processing plant throughput of 1.6 million tonnes",
            // "Recoveries continue to increase, averaging 86 percent"), is one plant's, and whose the text does not make plain: a
            // company's metal is the sum of its mines', a plant's figure is no sum. On first sight of each later gathering, such
            // figures given to the company were right once in 33 (the careful reader gave them to the company's one mine, named
            // where the parser did not see a mine). A mill's rate is one mill's in any text ("Milling rates averaged 878 t/d").
            boolean textOfSeveral = severalMines || mines.namedCount() >= 2;
            if (mine == null && measure.get() != Measure.PRODUCTION && !ofSeveralTogether(sentence) && (!textOfSeveral || measure.get() == Measure.TPD)) {
                mine = UNPLACED;
            }
            if (mine == null && metal != null && !WHOLE.matcher(sentence).find() && !COMPANY.matcher(sentence).find() && !ATTRIBUTABLE.matcher(sentence).find()) {
                // "Zinc in concentrate production was 5,742t" in a text of the "Sasa zinc-lead mine" and the "Kounrad copper recovery
                // plant": the one mine named with that metal
                mine = mines.onlyMineNamedWith(metal).orElse(null);
            }
            if (mine == null && storyMine != null && mines.mentionsIn(sentence).isEmpty() && !COMPANY.matcher(sentence).find() && !namesOther(sentence)
                    && !namesIssuer(sentence) && (metal == null || !mines.namedWithOtherMetals(storyMine, metal))) {
                // (the zinc of a text that names "the Kounrad copper recovery plant" is not Kounrad's, whatever paragraph it follows)
                mine = storyMine;
            }
            if (UNPLACED.equals(mine)) {
                // a multi-mine release, a sentence naming no mine and no total: whose figure it is would be a guess, so it is said, not read
                unplaced.accept(new ParsedFigure(null, period, measure.get(), metal, q.figure(), line), wordsAround(sentence, q));
                continue;
            }
            out.add(new ParsedFigure(mine, period, measure.get(), metal, q.figure(), line));
        }
        return out;
    }

    /** The words a figure was read from, for a message: its quantity and a few words before it, whole words only. */
    private static String wordsAround(String sentence, Quantity q) {
        int from = Math.max(0, q.start() - 40);
        while (from > 0 && !Character.isWhitespace(sentence.charAt(from - 1))) {
            from++;
        }
        return (from > 0 ? "\u2026" : "") + sentence.substring(Math.min(from, q.start()), q.end()).strip();
    }

    /** Whether a quantity is metal in a clause that speaks of no mining: what was produced, whatever else the sentence mined. */
    private static boolean metalApartFromMining(String sentence, Quantity q) {
        return (q.kind() == Kind.PRECIOUS_MASS || q.kind() == Kind.BASE_MASS) && !MINED.matcher(clauseAround(sentence, q)).find();
    }

    /**
     * Whether ore mined is what the words before a figure speak of last: "ore mined was 70,898 tonnes", but not "ore mined
     * ... and ore milled was 69,144 tonnes"; "mined and processed ore were 197,501 tonnes and 197,986 tonnes respectively"
     * pairs words and figures, which only the first could be read by, so none is.
     */
    private static boolean minedBefore(String sentence, String clause) {
        int mined = lastMatch(MINED, clause);
        return mined >= 0 && (RESPECTIVELY.matcher(sentence).find() || lastMatch(MILLED, clause) < mined);
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The clause a quantity stands in: from the last clause's edge before it to the next one after it. */
    private static String clauseAround(String sentence, Quantity q) {
        int start = 0;
        Matcher edge = CLAUSE_EDGE.matcher(sentence);
        while (edge.find() && edge.end() <= q.start()) {
            start = edge.end();
        }
        Matcher after = CLAUSE_EDGE.matcher(sentence);
        int end = after.find(q.end()) ? after.start() : sentence.length();
        return sentence.substring(start, end);
    }

    /** Whether the metal last named before a place is an equivalent's ("copper equivalent", "plata equivalente"). */
    private static boolean equivalentNamedBefore(String sentence, int at) {
        int from = Math.max(0, at - NEAR_BEFORE);
        Matcher m = Quantities.METAL_NAME.matcher(sentence).region(from, at);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && EQUIVALENT_WORD.matcher(sentence).region(end, at).lookingAt();
    }

    private static final Pattern EQUIVALENT_WORD = Pattern.compile("(?i)[\\s-]*(?:equivalents?|equivalente|eq\\b)");
    /** How far before a figure its own words stand: a metal's name, a comparison's subject. */
    private static final int NEAR_BEFORE = 120;
    /** How far after a figure its own words stand, in a page run into one line. */
    private static final int NEAR_AFTER = 60;

    /** Longer than any sentence: a page whose text arrived as one line. */
    static final int RUN_ON = 600;

    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectiv(ely|amente)\\b");
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)^\\s*(?:,|and|y|,\\s*and)\\s*$");

    /**
     * The metals of a list of quantities that "respectively" pairs with a list of metals before it ("silver and gold
     * production totaled 5.2 million ounces and 29,992 ounces, respectively"): the n quantities listed just before
     * the word, with the last n metals named before the first of them, in order. Empty when there is no such list
     * or the counts do not agree: then each quantity's metal is found as any other's, or not at all.
     */
    /**
     * The mines figures listed before "respectively" are of, in turn: the names listed before the figures ("Cerro Negro Alto and
     * Pallca Sur had silver head grades of 245 g/t and 198 g/t, respectively"). When the names cannot be told, the figures are
     * unplaced, not given to one mine; figures listed for metals in turn are left to those.
     */
    private java.util.Map<Integer, String> respectiveMines(String sentence, List<Quantity> quantities, java.util.Map<Integer, Metal> paired) {
        java.util.Map<Integer, String> out = new java.util.HashMap<>();
        Matcher r = RESPECTIVELY.matcher(sentence);
        if (!r.find()) {
            return out;
        }
        List<Quantity> listed = new ArrayList<>();
        for (int i = quantities.size() - 1; i >= 0; i--) {
            Quantity q = quantities.get(i);
            if (q.end() > r.start()) {
                continue;
            }
            String between = METAL_WORDS.matcher(sentence.substring(q.end(), listed.isEmpty() ? r.start() : listed.get(0).start())).replaceAll(" ");
            if (listed.isEmpty() ? !between.matches("[\\s,]*") : q.kind() != listed.get(0).kind() || !LIST_JOIN.matcher(between).matches()) {
                break;
            }
            listed.add(0, q);
        }
        if (listed.size() < 2 || listed.stream().allMatch(q -> paired.containsKey(q.start()))) {
            return out;
        }
        Matcher names = NAME_LIST.matcher(sentence.substring(0, listed.get(0).start()));
        List<String> found = List.of();
        while (names.find()) {
            found = List.of(names.group().strip().split("\\s*,\\s*(?:(?:and|&|y|e)\\s+)?|\\s+(?:and|&|y|e)\\s+"));
        }
        for (int i = 0; i < listed.size(); i++) {
            out.put(listed.get(i).start(), found.size() == listed.size() ? mines.clean(found.get(i)) : UNPLACED);
        }
        return out;
    }

    private static final Pattern METAL_WORDS = Pattern.compile("(?i)\\b(?:of\\s+|de\\s+)?(?:gold|silver|copper|zinc|lead|oro|plata|cobre|plomo|ouro|prata)\\b");
    private static final String LISTED_NAME = "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+(?:de|del|la|\\p{Lu}[\\p{L}'\u2019-]+)){0,3}";
    /** "Cerro Negro Alto and Pallca Sur", "Palito e São Chico": names listed together (in Portuguese too). */
    private static final Pattern NAME_LIST = Pattern.compile(LISTED_NAME + "(?:\\s*,\\s*" + LISTED_NAME + ")*\\s*,?\\s+(?:and|&|y|e)\\s+" + LISTED_NAME);

    /** After figures and before "respectively": the metals they are of, listed ("for copper and molybdenum, "). */
    private static final Pattern METALS_LISTED_AFTER = Pattern.compile("(?i)\\s*(?:for|of)\\s+((?:" + Quantities.METAL_WORD + "|" + OTHER_METAL_WORD + ")"
            + "(?:\\s*,\\s*(?:and\\s+)?(?:" + Quantities.METAL_WORD + "|" + OTHER_METAL_WORD + ")|\\s+and\\s+(?:" + Quantities.METAL_WORD + "|" + OTHER_METAL_WORD + "))+)\\s*,?\\s*");

    private static java.util.Map<Integer, Metal> respectively(String sentence, List<Quantity> quantities) {
        java.util.Map<Integer, Metal> out = new java.util.HashMap<>();
        Matcher r = RESPECTIVELY.matcher(sentence);
        if (!r.find()) {
            return out;
        }
        List<Quantity> listed = new ArrayList<>();
        List<String> metalsAfter = null;
        for (int i = quantities.size() - 1; i >= 0; i--) {
            Quantity q = quantities.get(i);
            if (q.end() > r.start() || q.metal() != null) {
                continue;
            }
            if (!listed.isEmpty() && !LIST_JOIN.matcher(sentence.substring(q.end(), listed.get(0).start())).matches()) {
                break;
            }
            if (listed.isEmpty() && !sentence.substring(q.end(), r.start()).matches("[\\s,]*")) {
                Matcher after = METALS_LISTED_AFTER.matcher(sentence.substring(q.end(), r.start()));
                if (!after.matches()) {
                    return out;
                }
                metalsAfter = List.of(after.group(1).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+"));
            }
            listed.add(0, q);
        }
        if (listed.size() < 2) {
            return out;
        }
        if (metalsAfter != null) {
            // "recoveries of 75% and 58% for copper and molybdenum, respectively": the metals named after the figures, in turn;
            // a metal not followed (molybdenum) takes its figure away from the others
            if (metalsAfter.size() == listed.size()) {
                for (int i = 0; i < listed.size(); i++) {
                    out.put(listed.get(i).start(), Quantities.metal(metalsAfter.get(i)));
                }
            }
            return out;
        }
        List<Metal> metals = new ArrayList<>();
        Matcher m = Quantities.METAL_NAME.matcher(sentence.substring(0, listed.get(0).start()));
        while (m.find()) {
            Metal metal = Quantities.metal(m.group(1));
            metals.remove(metal);
            metals.add(metal);
        }
        if (metals.size() < listed.size()) {
            return out;
        }
        List<Metal> last = metals.subList(metals.size() - listed.size(), metals.size());
        for (int i = 0; i < listed.size(); i++) {
            out.put(listed.get(i).start(), last.get(i));
        }
        return out;
    }

    /** Tonnes a day, the day after the tonnes and an aside: "an average of 42,142 tonnes (a 33% improvement ...) processed per calendar day". */
    // ("An average of 475 tonnes were processed per day")
    private static final Pattern PER_DAY_AFTER = Pattern.compile("(?i)^\\s*(?:(?:were|was)\\s+)?(?:processed|milled|treated)\\s+per\\s+(?:calendar\\s+|operating\\s+)?day\\b");
    /** A rate of a day named before its tonnes: "the daily milling rate", "daily mill throughput", "average daily throughput". */
    private static final Pattern DAILY_RATE = Pattern.compile("(?i)\\bdaily\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:rate|throughput|average)\\b");

    /** What a quantity measures, told by its unit and the words just before it in its clause. */
    /**
     * The clause a grade's words stand in: after the last comma, or before it too when the clause after it opens with "which" ("the
     * recovery grade, which increased from 3.7 g/t to 4.5 g/t": the grade it speaks of is the recovered one).
     */
    private static String gradesClause(String clause) {
        int cut = Math.max(clause.lastIndexOf(", "), clause.lastIndexOf("; "));
        if (cut > 0 && RELATIVE_OPENING.matcher(clause.substring(cut + 1)).lookingAt()) {
            int before = Math.max(clause.lastIndexOf(", ", cut - 1), clause.lastIndexOf("; ", cut - 1));
            return clause.substring(before + 1);
        }
        return clause.substring(cut + 1);
    }

    private static final Pattern RELATIVE_OPENING = Pattern.compile("(?i)\\s*which\\b");

    private static Optional<Measure> measure(String sentence, Quantity q) {
        String clause = clauseBefore(sentence, q.start());
        String beforeNear = sentence.substring(Math.max(0, q.start() - 12), q.start());
        return switch (q.kind()) {
            // "record sales of 68,183 ounces": sold, whatever the sentence produced before
            case PRECIOUS_MASS, BASE_MASS -> !SOLD_ONLY.matcher(beforeNear).find() && !salesFirst(clause)
                    && (PRODUCED.matcher(clause).find() || PRODUCED.matcher(sentence).find() && !SOLD_ONLY.matcher(clause).find())
                    ? Optional.of(Measure.PRODUCTION) : Optional.empty();
            // "The daily milling rate in the fourth quarter was 52,136 tonnes": tonnes a day, the unit's "a day" in the words before
            case ORE_TONNES -> DAILY_RATE.matcher(clause).find() && MILLED.matcher(clause).find()
                    || PER_DAY_AFTER.matcher(CLOSED_ASIDE.matcher(after(sentence, q.end(), 80)).replaceAll(" ")).lookingAt() ? Optional.of(Measure.TPD)
                    : (MILLED.matcher(clause + " " + after(sentence, q.end(), 30)).find() || ORE_SOURCE.matcher(" " + sentence.substring(Math.max(0, q.start()))).lookingAt()
                    && sentence.substring(Math.max(0, q.start() - 6), q.start()).matches("(?i).*from\\s+") && PRODUCED.matcher(clause).find())
                    && !minedBefore(sentence, clause)
                    ? Optional.of(Measure.TONNES_MILLED) : Optional.empty();
            // ("3,057 tpd in second quarter 2013 compared with 2,169 tpd": a rate in a sentence of no mining is the mill's)
            case TPD -> MILLED.matcher(clause).find() || AVERAGE.matcher(clause).find() || !MINED.matcher(sentence).find() && !OTHER_THAN_MILLING.matcher(sentence).find()
                    ? Optional.of(Measure.TPD) : Optional.empty();
            // "Underground grade recoveries ... increased to 5.80 grams per ton", "a recovered grade of 4.9 g/t": gold recovered
            // per tonne milled, a yield, not the ore's head grade
            case GRADE -> RECOVERED_GRADE.matcher(gradesClause(clause)).find() ? Optional.empty() : Optional.of(Measure.GRADE);
            case PERCENT -> {
                if (CHANGE_BEFORE.matcher(beforeNear).find() && !RECOVERY.matcher(beforeNear).find()
                        || CHANGE_AFTER.matcher(after(sentence, q.end(), 20)).lookingAt()
                        || CHANGED_MEASURE.matcher(sentence.substring(0, q.start())).find() && !LEVEL_BEFORE.matcher(beforeNear).find()) {
                    yield Optional.empty();
                }
                // (the nearer of the two words: "a copper recovery of 79%, as compared with ... an average feed grade of 0.28% copper"
                // is a grade)
                // ("a 93.8% average recovery": an average is a period's level, whatever the article before it)
                Matcher recoveryAfter = RECOVERY_RIGHT_AFTER.matcher(after(sentence, q.end(), 40));
                if (RECOVERY.matcher(clause).find() && lastMatch(RECOVERY, clause) > lastMatch(GRADE, clause)
                        || recoveryAfter.lookingAt() && (!AN_ARTICLE_BEFORE.matcher(beforeNear).find()
                        || recoveryAfter.group("average") != null && recoveryAfter.group("where") == null
                        || recoveryAfter.group("rate") != null)) { // ("a 91.6% recovery rate": a rate is a level)
                    yield Optional.of(Measure.RECOVERY); // "recoveries of 92.1%", "with 92.1% recovery"
                }
                // "a copper head grade of 0.47%", "grading 5.5 g/t gold, 2.65% lead": a base metal's grade, the metal named
                // right after the figure or else before it
                Matcher named = METAL_AFTER.matcher(sentence.substring(q.end()));
                Metal graded = q.metal() != null ? q.metal() : named.find() ? Quantities.metal(named.group(1)) : Quantities.metalBefore(sentence, q.start(), 40).orElse(null);
                // ("94,727 tonnes averaging 7.5% zinc": the ore's tonnes right before, its metal right after)
                boolean averaged = TONNES_AVERAGING.matcher(sentence.substring(Math.max(0, q.start() - 30), q.start())).find()
                        && (q.metal() != null || METAL_AFTER.matcher(sentence.substring(q.end())).find());
                yield (GRADE.matcher(clause).find() || averaged) && graded != null && !graded.isPrecious() ? Optional.of(Measure.GRADE) : Optional.empty();
            }
        };
    }

    /** Ore's tonnes right before a figure, the figure what they average: "94,727 tonnes averaging 7.5% zinc". */
    private static final Pattern TONNES_AVERAGING = Pattern.compile("(?i)\\b(?:tonnes|tons|t)\\s+(?:of\\s+ore\\s+)?averaging\\s+$");

    /** What stands between a figure and one it is compared with, naming no metal: " compared with ", " (", " in Q1 2006 and ". */
    private static final Pattern COMPARED_WORDS = Pattern.compile("(?i)[^;.:]{0,80}?(?:compared\\s+(?:with|to)|versus|vs\\.?|from|against|\\(|\\band\\b|,)[^;.:]{0,12}");

    private static boolean comparedWith(String afterOther) {
        Matcher own = OTHER_METAL_AFTER.matcher(afterOther);
        String between = own.lookingAt() ? afterOther.substring(own.end()) : afterOther; // past the metal's own name
        // ("1,900 tonnes of nickel, and milled 410,000 tonnes of ore": another measure's figure, its verb between)
        return COMPARED_WORDS.matcher(between).matches() && !Quantities.METAL_NAME.matcher(between).find() && !OTHER_METAL.matcher(between).find()
                && !MILLED.matcher(between).find() && !MINED.matcher(between).find()
                && !DIGIT.matcher(between.replaceAll("(?i)\\b(?:Q[1-4]\\s*)?(?:19|20)\\d{2}\\b|\\bQ[1-4]\\b", "")).find();
    }

    /** A recovery's word right after its figure: "with 92.1% recovery", "at 88% gold recovery", "with a 93.8% average recovery". */
    // (not "a 15% recovery on the flood-hit quarter", "60% recovery of the flood costs", "a 4% copper recovery improvement")
    private static final Pattern RECOVERY_RIGHT_AFTER = Pattern.compile("(?i)\\s*(?:(?:" + Quantities.METAL_WORD + ")\\s+)?(?<average>average\\s+|overall\\s+)?(?<where>metallurgical\\s+|mill\\s+|plant\\s+|process\\s+)?recover(?:y|ies)\\b"
            + "(?<rate>\\s+rates?\\b)?(?!\\s+(?:of|from|on|in|improvement|increase|gain)\\b)");
    private static final Pattern AN_ARTICLE_BEFORE = Pattern.compile("(?i)\\ban?\\s*$");

    /** Metal held, not produced: "finished product stocks of", "bullion stocks rose to". */
    /** Metal still in the plant after its figure: "10,058 ounces of gold in circuit". */
    private static final Pattern IN_CIRCUIT_AFTER = Pattern.compile("(?i)^\\s*(?:of\\s+(?:gold|silver)\\s+)?(?:in|inside)\\s+(?:the\\s+)?(?:circuit|process|plant\\s+inventory)\\b");
    private static final Pattern STOCKS_BEFORE = Pattern.compile("(?i)\\b(?:finished|product|bullion|concentrate)\\s+stocks?\\b[^;]*$");
    /**
     * "its share this time was around 426oz", "of which the Company's share was 84 ounces": a holder's part of the mine's
     * production, not the mine's (a mine's share of the group's, "the Obuasi West mine's share was 31,000 ounces", is its own).
     */
    private static final Pattern SHARE_BEFORE = Pattern.compile("(?i)\\b(?:its|their|our|the\\s+(?:company|group)['\u2019]s)\\s+share\\s+(?:this\\s+(?:time|quarter|year|period)\\s+|for\\s+the\\s+(?:quarter|period|year)\\s+)?"
            + "(?:was|is|were|amounted\\s+to|came\\s+to)\\s+(?:approximately\\s+|around\\s+|about\\s+|some\\s+)?$"
            // "IMZ's share of metal production in calendar year 2010 is 4.05 million": the holder, by its short name, and its part
            + "|(?-i:\\b[A-Z]{2,6})['\u2019]s\\s+(?:\\d{1,2}(?:\\.\\d+)?\\s*%\\s+)?share\\s+of\\s+(?:the\\s+)?(?:metal\\s+)?production\\b[^.;\\d]{0,30}?"
            + "(?:\\b(?:19|20)\\d{2}\\s+)?(?:was|is|were)\\s+$");

    /** A month right after a figure's unit: "47,581 tpd in November". */
    private static final Pattern MONTH_RIGHT_AFTER = Pattern.compile("(?i)\\s*[^\\s\\d]{0,12}\\s+(?:in|during|for)\\s+(?:the\\s+month\\s+of\\s+)?"
            + "(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b");

    /** A figure of what may or will be done, the modal right after it: " of ore can be processed", " will be produced". */
    private static final Pattern MAY_BE_DONE_AFTER = Pattern.compile("(?i)^[^,;.\\d]{0,25}?\\b(?:can|could|will|would|may|might|should)\\s+be\\s+(?:processed|produced|milled|treated|poured|recovered)\\b");

    /** One day's figure: "a record day at", "in a single day of". */
    private static final Pattern ONE_DAY_BEFORE = Pattern.compile("(?i)\\b(?:record|single|best|peak)\\s+day\\b[^\\d,;]{0,15}$");
    private static final String MONTH_NAME = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    /** A span from one day to another: "from 25 August 2007 to 31 December 2007", "from August 25, 2007 to December 31, 2007". */
    // (the span a period the figures are of: "during the 14-week period from", "in the period from"; not "a shutdown from May 3 to May 17")
    private static final Pattern DAYS_SPAN = Pattern.compile("(?i)\\bperiod\\s+from\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAME + "|" + MONTH_NAME
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b,?(?:\\s+(?:19|20)\\d{2})?\\s+(?:to|until|through)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH_NAME + "|" + MONTH_NAME + "\\s+\\d{1,2})\\b");
    /** "the 14-week period", "a 10 week period": weeks, which no calendar period of ours is counted in. */
    private static final Pattern WEEKS_SPAN = Pattern.compile("(?i)\\b(?:during|in|over|for)\\s+(?:the|a|an)\\s+\\d{1,2}[- ]weeks?\\s+period\\b(?!\\s+of\\b)");

    /** A rolling span of months, weeks or days: "over the past six months", "in the last 12 months" (not three: a quarter's). */
    private static final Pattern ROLLING_SPAN = Pattern.compile("(?i)\\b(?:over|in|during|for)\\s+the\\s+(?:past|last|previous|preceding)\\s+"
            + "(?:four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|[4-9]|[1-9]\\d)\\b(?!\\s+quarters?\\b)(?:\\s+(?:months?|weeks?|days?)\\b)?(?!\\s+(?:quarters?|years?)\\b)");
    /**
     * Whether a sentence dates its figures by a rolling span and by nothing else: not when it names a period of its own ("in the
     * last six months, the first half of 2022"). (In a half year's release too "over the past six months" is counted back from the
     * day the text was written, not from the half's end: Goldstone's recovery "over the past six" months is no figure of its half.)
     */
    private static boolean rolling(String sentence) {
        return ROLLING_SPAN.matcher(sentence).find() && PeriodLabels.mentions(sentence).stream().noneMatch(m -> m.period() != null);
    }

    /**
     * A span of months to a month's end: "for the six months ended March 31, 2016", "nine months to June". (A text's comparison "for
     * the comparative period" is that span's a year before, not the quarter's.)
     */
    private static final Pattern MONTHS_ENDED = Pattern.compile("(?i)\\b(three|six|nine|3|6|9)[- ]months?\\s+(?:period\\s+)?(?:ended|ending|to)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?"
            + MONTH_NAME + "\\b");
    private static final Pattern QUARTER_NAMED = Pattern.compile("(?i)\\bquarter\\b|\\bQ[1-4]\\b");
    /** "For the first six months of fiscal 2022", "the first half of the financial year": months of a fiscal year, no calendar span. */
    private static final Pattern FISCAL_SPAN = Pattern.compile("(?i)\\b(?:(?:three|six|nine|3|6|9)[- ]months|(?:first|second)\\s+half)\\s+of\\s+(?:the\\s+)?(?:fiscal|financial)\\s+(?:year\\s+)?");

    /**
     * Whether a sentence dates its figures by a span no calendar period is: weeks, months of a fiscal year, days from other than
     * a quarter's first, or months ended where no calendar span of as many months ends (a fiscal half, "the six months ended March
     * 31"), in a sentence that names no quarter beside it.
     */
    private static boolean offCalendarSpan(String sentence) {
        if (WEEKS_SPAN.matcher(sentence).find() || FISCAL_SPAN.matcher(sentence).find()) {
            return true;
        }
        Matcher months = MONTHS_ENDED.matcher(sentence);
        while (months.find()) {
            int length = PeriodLabels.MONTH_COUNTS.get(months.group(1).toLowerCase(Locale.ROOT));
            int month = PeriodLabels.monthNumber(months.group(2));
            boolean calendar = length == 3 ? month % 3 == 0 : month == length;
            if (!calendar && !QUARTER_NAMED.matcher(sentence).find()) {
                return true;
            }
        }
        Matcher span = DAYS_SPAN.matcher(sentence);
        while (span.find()) {
            int day = Integer.parseInt(span.group(1) != null ? span.group(1) : span.group(4));
            int month = PeriodLabels.monthNumber(span.group(2) != null ? span.group(2) : span.group(3));
            if (day != 1 || month % 3 != 1) {
                return true;
            }
        }
        return false;
    }

    /** A day right after a figure: "897 t/d recorded on March 19", "on the 19th of March" (not "the quarter ended on March 31"). */
    // (only the figure's unit between, or a verb of reaching it: not "as reported on April 12", "in the quarter that finished on
    // June 30, 2024")
    private static final Pattern ONE_DAY_AFTER = Pattern.compile("(?i)^(?:\\s*(?:t/d|tpd|tonnes|tons|t|oz|ounces|per|day|a|of|ore|gold|silver)\\b\\.?)*"
            + "\\s*(?:(?:recorded|achieved|reached|set|hit)\\s+)?on\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH_NAME + "|" + MONTH_NAME
            + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)(?!,?\\s+(?:19|20)\\d{2})");
    /**
     * The highest a figure reached, in its own words: "a peak mill throughput of", "a maximum of", "un m\u00e1ximo de". In lower
     * case only: "Peak" opening a clause may be a mine's name (Aurelia's Peak).
     */
    // (the peak's own words right before the figure: "a peak mill throughput of", "a maximum of"; not "returned to peak levels and
    // the mill processed 1.32 million tonnes")
    private static final Pattern PEAK_BEFORE = Pattern.compile("\\b(?:peak|maximum|m\u00e1xim[oa]|pico)\\b(?:\\s+[\\p{L}-]+){0,3}\\s+(?:of|at|de)\\s+$");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern PRODUCED_AND_SOLD = Pattern.compile("(?i)\\bproduced\\s+and\\s+sold\\b");

    /**
     * Whether the words since the last comma or figure before a figure speak of sales before any production: "as vendas de
     * ouro a partir da produção em Paracatu chegaram a 371 mil onças", "sales from production were" are sales; "Produced and
     * sold approximately 1.9 million ounces", "sales of 5,000 ounces and production of 6,000 ounces" production. A figure
     * compared with a sale is a sale: "371 mil onças contra 293,4 mil onças".
     */
    private static boolean salesFirst(String clause) {
        // a list's later figures are what its first is: "sales of 28,141 oz gold, 1,657,115 lbs copper and 36,253 oz silver"
        Matcher tail = LIST_TAIL.matcher(clause);
        if (salesFirstSince(clause) || tail.find() && tail.start() > 0 && salesFirstSince(clause.substring(0, tail.start()))) {
            return true;
        }
        Matcher compared = COMPARED_TAIL.matcher(clause);
        return compared.find() && compared.start() > 0 && salesFirstSince(clause.substring(0, compared.start()));
    }

    /** A figure and its unit's words, then the words that compare the next figure with it: "371 mil onças contra ". */
    // (possessive, as LIST_TAIL: a long clause costs no more than its length)
    private static final Pattern COMPARED_TAIL = Pattern.compile("(?i)\\d[\\d.,]*+(?:\\s++[\\p{L}.]++){0,3}?\\s*+(?:compared\\s+(?:to|with)|versus|vs\\.?|against|contra|frente\\s+a)\\s++$");

    /** The items of a list before a figure of it: "28,141 oz gold, 1,657,115 lbs copper and ". */
    // (possessive: a word is never split to try again, so a long clause costs no more than its length)
    private static final Pattern LIST_TAIL = Pattern.compile("(?:\\d[\\d.,]*+\\s*+[\\p{L}.]++(?:\\s++[\\p{L}.]++){0,2}(?:,\\s*(?:and\\s+)?|\\s+and\\s+))+$");

    private static boolean salesFirstSince(String clause) {
        String since = PRODUCED_AND_SOLD.matcher(sinceLastFigure(clause)).replaceAll("produced");
        Matcher sold = SOLD_ONLY.matcher(since);
        Matcher produced = PRODUCED.matcher(since);
        return sold.find() && (!produced.find() || sold.start() < produced.start());
    }

    /** The words of a clause since its last comma, semicolon or figure: what a figure's own words are. */
    private static String sinceLastFigure(String clause) {
        return clause.substring(Math.max(Math.max(clause.lastIndexOf(", "), clause.lastIndexOf("; ")), lastMatch(DIGIT, clause)) + 1);
    }

    /** The words of the clause before a place: back to the last comma, semicolon or comparison. */
    private static String clauseBefore(String sentence, int at) {
        String before = sentence.substring(0, at);
        int stop = before.lastIndexOf(". ");
        // "produced 29,400 oz. gold from 395,000 tonnes": a unit's abbreviation ends no clause
        while (stop >= 0 && ABBREVIATION_END.matcher(before.substring(0, stop + 1)).find()) {
            stop = before.lastIndexOf(". ", stop - 1);
        }
        int cut = Math.max(before.lastIndexOf(';'), stop);
        return before.substring(cut + 1);
    }

    /** A unit or word abbreviated with a point, which a clause goes on after: "oz.", "lbs.", "approx.". */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?i)\\b(?:oz|ozs|lb|lbs|approx|avg|est)\\.$");

    /**
     * The masses of metal a sentence says ore mined or stockpiled contains ("52,084 tonnes mined containing 10,531 ounces of gold"):
     * metal in ore, none of it produced.
     */
    static List<Quantity> containedInOre(String sentence) {
        return Quantities.find(sentence).stream().filter(q -> (q.kind() == Kind.PRECIOUS_MASS || q.kind() == Kind.BASE_MASS) && q.metal() != null
                && containedInOre(sentence, q)).toList();
    }

    /** Whether a quantity stands in a list (since its last ';' or ':') of what ore mined or stockpiled contains. */
    private static boolean containedInOre(String sentence, Quantity q) {
        String sinceList = sentence.substring(Math.max(sentence.lastIndexOf(';', q.start()), sentence.lastIndexOf(':', q.start())) + 1, q.start());
        return CONTAINED_IN_ORE.matcher(sinceList).find();
    }

    /** Ore mined or stockpiled "containing" the metal listed after, with no word of its production since. */
    private static final Pattern CONTAINED_IN_ORE = Pattern.compile("(?i)\\b(?:mined|stockpiled|stockpile|ore|material)\\s+containing\\b(?![^;]*\\b(?:produc\\w*|recovered|poured|output|milled|processed|treated)\\b)");
    /** The units and metals of a list of masses in a sentence: "6.9 million pounds copper and 6,499 ounces gold". */
    private static final String LISTED_UNIT = "pounds|lbs?\\.?|ounces|oz\\.?|tonnes|t";
    private static final String LISTED_METAL = "copper|gold|silver|zinc|lead";
    /** A figure, or a list of them, that the words after give as the issuer's share of a mine's: "... from its 30% share of Red Chris". */
    private static final Pattern SHARE_AFTER_LIST = Pattern.compile("(?i)^(?:\\s*(?:\\d[\\d.,]*|million|thousand|" + LISTED_UNIT + "|of|"
            + LISTED_METAL + "|and|,))*\\s*from\\s+(?:its|their|our)\\s+\\d{1,2}(?:\\.\\d+)?\\s*%\\s+(?:share|interest|stake)\\b");
    /** Words of a rate other than the mill's, beside those of MINED: "capacity", "nameplate", "ex-pit tonnage ... passed the 200,000 tpd mark". */
    private static final Pattern OTHER_THAN_MILLING = Pattern.compile("(?i)\\b(?:capacity|design(?:ed)?|nameplate|permit\\w*|expan\\w*|target\\w*|haul\\w*|mining|crusher|crushing|stack\\w*|leach\\w*|ex-pit|pit|mark|milestone)\\b");
    /** A loss's words right before a figure: "a production offset of approximately", "lost production of", "a shortfall of". */
    private static final Pattern LOST_BEFORE = Pattern.compile("(?i)\\b(?:(?:production\\s+)?(?:offset|loss|losses|shortfall|deficit)|(?:lost|deferred|foregone)\\s+production)"
            + "\\s+of\\s+(?:approximately\\s+|about\\s+|around\\s+|some\\s+|roughly\\s+)?$");
    /** A quantity's own words saying it was not milled or produced: "22,500 tonnes not being processed", "ounces were not poured". */
    private static final Pattern NOT_DONE_AFTER = Pattern.compile("(?i)^\\s*(?:of\\s+\\p{L}+\\s+)?(?:(?:was|were|had\\s+been|have\\s+been|has\\s+been)\\s+)?not\\s+(?:being\\s+|been\\s+)?"
            + "(?:processed|milled|produced|treated|recovered|poured)\\b");

    private static String after(String sentence, int at, int reach) {
        return sentence.substring(at, Math.min(sentence.length(), at + reach));
    }

    /** The metal a figure's own words name right after it: "2.65% lead", "9,432 oz of gold". */
    private static final Pattern METAL_AFTER = Pattern.compile("^\\s*(?:of\\s+|for\\s+|de\\s+)?(" + Quantities.METAL_WORD + ")\\b" + Quantities.NOT_JOINED_TO_ANOTHER_METAL,
            Pattern.CASE_INSENSITIVE);

    private static Metal metalOf(String sentence, Quantity q, Measure measure) {
        if (q.metal() != null) {
            return q.metal();
        }
        Matcher after = METAL_AFTER.matcher(sentence.substring(q.end()));
        if (after.find()) {
            return Quantities.metal(after.group(1));
        }
        Metal before = Quantities.metalBefore(sentence, q.start(), 90).orElse(null);
        if (before == null) {
            // "12,664,820 de onzas en la producción de plata": the one metal its own words name after it
            Matcher named = Quantities.METAL_NAME.matcher(ownTail(sentence, q.end()));
            before = named.find() ? Quantities.metal(named.group(1)) : null;
            if (before == null || named.find()) {
                return null;
            }
        }
        // a grade in g/t or a mass in ounces is of a precious metal; pounds and % of a base metal
        boolean precious = q.kind() == Kind.PRECIOUS_MASS || q.kind() == Kind.GRADE;
        boolean base = q.kind() == Kind.BASE_MASS || measure == Measure.GRADE && q.kind() == Kind.PERCENT;
        if (precious && !before.isPrecious() || base && before.isPrecious()) {
            return null;
        }
        return before;
    }

    /** A sentence that goes on about the one before it: "It had a gold recovery rate of 86%". */
    private static final Pattern GOES_ON = Pattern.compile("(?:It|Its|This|There)\\s");
    /** Words of a period of a sentence's own, which keeps it from taking the span of the sentence before it. */
    private static final Pattern OWN_PERIOD_WORD = Pattern.compile("(?i)\\b(?:quarter|quarterly|month|monthly|year|annual|week|period|today)\\b|\\bQ[1-4]\\b");
    /** What may stand before a span that opens a sentence: "In the first half,", "During the nine months,". */
    private static final Pattern SPAN_OPENS = Pattern.compile("(?i)\\W*(?:(?:in|during|for|over)\\s+(?:the\\s+)?)?");

    /** How many quarters the words of a span to date cover: "nine-month" the first three whatever the quarter, "year to date" to the release's. */
    private static int quartersToDate(String words, ReportingPeriod releasePeriod) {
        String span = words.toLowerCase(Locale.ROOT);
        Matcher asOf = AS_OF_MONTH.matcher(span);
        if (asOf.lookingAt()) {
            return PeriodLabels.monthNumber(asOf.group(1)) / 3; // "as of Sept. 30, ... a total of": the months to that day
        }
        // ("from January to June" is six months, "entre janeiro e setembro" nine, whatever quarter the release is of)
        return span.matches("(?s).*\\b(?:nine|nueve|september|sept|septiembre|setiembre|setembro)\\b.*") ? 3
                : span.matches("(?s).*\\b(?:six|half|seis|june|junio|junho)\\b.*") || span.contains("semestr") ? 2 : releasePeriod.number();
    }

    /** "as of Sept. 30", "as at the end of September": a span named by the day it ran to. */
    private static final Pattern AS_OF_MONTH = Pattern.compile("as\\s+(?:at|of)\\s+(?:the\\s+end\\s+of\\s+)?(march|mar|june|jun|september|sept|sep|december|dec)\\b");

    /**
     * The year to date the words of a span say, in a release of a quarter; null otherwise. A calendar year to date of one
     * quarter is that quarter, which a text calls the quarter: "in the year-to-date" beside "the March quarter" is a fiscal
     * year's months to date, which the text does not say began when.
     */
    private static ReportingPeriod monthsToDate(String words, ReportingPeriod releasePeriod) {
        if (releasePeriod == null || releasePeriod.kind() != PeriodKind.QUARTER) {
            return null;
        }
        int quarters = quartersToDate(words, releasePeriod);
        if (quarters == 1 && releasePeriod.number() == 1 && AS_OF_MONTH.matcher(words.toLowerCase(Locale.ROOT)).lookingAt()) {
            return releasePeriod; // "As of March 31, ... a total of" in a release of the first quarter: the quarter's
        }
        return quarters <= releasePeriod.number() && quarters > 1 ? ReportingPeriod.yearToDate(releasePeriod.year(), quarters) : null;
    }

    /** "Year-to-date through February 2009": the months of a year to one that ends no quarter, a span no period of ours is. */
    private static final Pattern TO_DATE_THROUGH_ODD_MONTH = Pattern.compile("(?i)\\b(?:year[- ]to[- ]date|ytd)\\s+(?:through|to|until|up\\s+to)\\s+(?:the\\s+end\\s+of\\s+)?"
            + "(?:jan|feb|apr|may|jul|aug|oct|nov)[a-z]*\\.?\\b");
    /** "Q2's 210 534 ounces": a yearless quarter owning the figure right after it. */
    private static final Pattern QUARTER_OWNS = Pattern.compile("\\bQ([1-4])['\u2019]s\\s*$");
    /** "the first four months", "the first 10 months": a span of months that no quarter, half or nine months is. */
    private static final Pattern ODD_MONTHS = Pattern.compile("(?i)\\bfirst\\s+(?:two|four|five|seven|eight|ten|eleven|[2457]|8|1[01])\\s+months\\b"
            // "during the first six months of production ramp-up": months counted from a start, no calendar period
            + "|\\bfirst\\s+(?:three|six|nine|twelve|\\d{1,2})\\s+months\\s+of\\s+(?:the\\s+)?(?:(?:commercial\\s+)?production|ramp[- ]up|operations?|mining|processing)\\b"
            // "For the full year ended June, Sandfire's total production amounted to": a year that ends in another month than
            // December, its year unsaid: a fiscal year, no calendar period
            + "|\\b(?:full|financial|fiscal)\\s+year\\s+(?:ended|ending|to)\\s+(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov)[a-z]*\\b(?!\\s*\\d|,\\s*\\d)");
    /** "for this year to July 24": the year to a day of a month no quarter ends in, no calendar period. */
    private static final Pattern YEAR_TO_A_DAY = Pattern.compile("(?i)\\bthis\\s+year\\s+(?:to|through|until)\\s+(?:jan|feb|apr|may|jul|aug|oct|nov)[a-z]*\\.?\\s+\\d{1,2}\\b");
    /** "which closed in April 2021", "acquired on 1 March 2020": when something happened, not the span a figure covers. */
    // ("began operating in February 2004", "started production in May": a start, whatever began)
    // ("after the project was recommissioned in May 2017": a restart's date too)
    // ("achieved commercial production in May, producing 50,623 ounces of gold during the quarter": a milestone's date; "achieved
    // record production in May" is May's)
    private static final String EVENT_VERB = "(?i)\\b(?:(?:closed|completed|acquired|sold|signed|announced|began|begun|started|commenced|occurred|took\\s+place|effective|(?:re-?)?commissioned|re-?started|re-?opened)\\s+"
            + "(?:(?:operating|operations|production|producing|mining|milling)\\s+)?|(?:achieved|reached|declared|attained)\\s+commercial\\s+production\\s+"
            // "Duketon ... entered production in 2010": when it began, no period of figures
            + "|entered\\s+(?:commercial\\s+)?production\\s+)";
    private static final String DAY_OF = "(?:the\\s+(?:first|last|second|third|\\d{1,2}(?:st|nd|rd|th)?)\\s+(?:business\\s+|working\\s+|trading\\s+)?(?:day|week)\\s+of\\s+)?$";
    private static final Pattern EVENT_BEFORE = Pattern.compile(EVENT_VERB + "(?:in|on|as\\s+of)?\\s*" + DAY_OF);
    // ("began production in the first quarter of 2019": the quarter's article before it)
    /**
     * A mine's history, what was bought or restarted and then when: "When Revett Minerals restarted the Troy mine in northwestern
     * Montana in December 2004", "Kaiser only purchased the loss-making Maldon mine and gold processing plant in January 2021".
     */
    private static final String ASSET_HISTORY = "(?i)\\b(?:acquired|purchased|bought|re-?started|re-?opened|founded|discovered)\\s+(?:the|its|a|an)\\s+[^.;,]{0,60}?\\s+in\\s+$";
    private static final Pattern ASSET_HISTORY_BEFORE = Pattern.compile(ASSET_HISTORY);
    private static final Pattern DATED_EVENT_BEFORE = Pattern.compile(EVENT_VERB + "(?:in|on|as\\s+of)\\s+(?:the\\s+(?=$))?" + DAY_OF + "|" + ASSET_HISTORY);

    /** Whether a period named in a clause dates something done in it ("sold on the first business day of Q4 2022"), not the figures. */
    private static boolean dateOfAnEvent(String clause, PeriodLabels.Mention m) {
        return m.start() <= clause.length() && EVENT_BEFORE.matcher(clause.substring(Math.max(0, m.start() - 60), m.start())).find();
    }

    /** How far before a period the words that date an event may begin: a verb, its object, then "in". */
    private static final int EVENT_REACH = 120;

    /** Whether a period dates a step of a mine's history ({@link #ASSET_HISTORY}), which may be years before the text. */
    static boolean datesAssetHistory(String text, int periodStart) {
        return periodStart <= text.length() && ASSET_HISTORY_BEFORE.matcher(text.substring(Math.max(0, periodStart - EVENT_REACH), periodStart)).find();
    }

    /**
     * The same, when the period would otherwise be the release's own: only with the word that dates the event ("acquired in May
     * 2020", "sold on the first business day of Q4 2022"), not "completed Q3 2022 with record production".
     */
    static boolean datedEvent(String text, int periodStart) {
        return periodStart <= text.length() && DATED_EVENT_BEFORE.matcher(text.substring(Math.max(0, periodStart - EVENT_REACH), periodStart)).find();
    }

    /** The words between a figure and its period right after it: " in ", " during the ". */
    private static final Pattern IN_PERIOD_WORD = Pattern.compile("(?i)\\s+(?:in|during|for)\\s+(?:the\\s+)?");

    /**
     * "for 2018-19", "in 2017/18": a year that runs over two calendar years, a fiscal one, no calendar period (a sentence that
     * names one and no calendar period is of that year: "has produced 1,661 kg of gold as against the target of 1,700 kg of
     * gold for 2018-19").
     */
    // (as a period: after "for", "in", "during" or a fiscal year's words, and ending its clause; not "the 2018-19 drought",
    // "stopes 2018-19")
    private static final Pattern SPLIT_YEAR = Pattern.compile("(?i)\\b(?:for|in|during|FY|fiscal(?:\\s+year)?|financial\\s+year)\\s+(?:19|20)(\\d{2})\\s*[-\u2013/]\\s*(\\d{2})\\b(?![-/.]\\d)"
            + "(?=\\s*(?:[.,;:)]|$))");

    private static boolean splitYear(String clause) {
        Matcher m = SPLIT_YEAR.matcher(clause);
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) == (Integer.parseInt(m.group(1)) + 1) % 100) {
                return true;
            }
        }
        return false;
    }

    /**
     * A change from a period or a level to the figure: "from the first quarter of 2015 to 13,974 ounces", "from 20 798 oz to 16 160
     * oz" (a level opens with its figure). The first group is what the change came from, the second where the "to" before the
     * figure stands.
     */
    private static final Pattern FROM_THEN_TO = Pattern.compile("(?i)^from\\s+([^,;%]{1,40}?)(\\s+to\\s+)(?:approximately\\s+|about\\s+|nearly\\s+|almost\\s+)?$");

    /** Whether words name a period and nothing else of figures: "the first quarter of 2015", not "12,000 ounces in the first quarter". */
    private static boolean namesOnlyAPeriod(String words) {
        List<PeriodLabels.Mention> mentions = PeriodLabels.mentions(words);
        if (mentions.isEmpty() || mentions.get(0).period() == null) {
            return false;
        }
        StringBuilder rest = new StringBuilder(words);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            rest.replace(mentions.get(i).start(), mentions.get(i).end(), " ");
        }
        return !DIGIT.matcher(rest).find();
    }

    /** How many characters stand between a period named in a clause (opening at clauseStart in the sentence) and a quantity. */
    private static int gap(PeriodLabels.Mention m, int clauseStart, Quantity q) {
        int start = m.start() + clauseStart;
        int end = m.end() + clauseStart;
        return start >= q.end() ? start - q.end() : end <= q.start() ? q.start() - end : 0;
    }

    /** The quantity's period: named in its clause, or the prior quarter or year when the clause says so, else the given one (the section's or the release's). */
    private ReportingPeriod period(String sentence, String previous, Quantity q, ReportingPeriod releasePeriod) {
        if (CUMULATIVE.matcher(sentence.substring(Math.max(0, q.start() - 40), q.start())).find()) {
            return null; // "the mine had produced a grand total of 800,000 oz gold": a sum over years, no period's
        }
        if (releasePeriod != null && THE_YEAR.matcher(sentence).find() && !SPAN_WORD_AFTER.matcher(sentence).find() && PeriodLabels.mentions(sentence).isEmpty()) {
            // "For the year, the Cerro San Pedro mine produced 26,799 ounces of gold" in a story of the fourth quarter: that year's; in a
            // story of an earlier quarter, the year so far or a plan, no figure of a calendar period
            return endsItsYear(releasePeriod) ? ReportingPeriod.fullYear(releasePeriod.year()) : null;
        }
        Matcher sameOf = SAME_PERIOD_OF_YEAR.matcher(after(sentence, q.end(), 100));
        Matcher sameBefore = SAME_PERIOD_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 80), q.start()));
        if (sameOf.lookingAt() || (sameOf = sameBefore).find()) {
            // "surpassing the 2,068 kilograms produced in the same period of 2022": the sentence's period, in that year; a
            // sentence that names none compares with the months to date the sentence before it spoke of last ("375,4 mil onças
            // ... entre janeiro e setembro deste ano. ... frente às 293,9 mil onças ... no mesmo período de 2017")
            Matcher earlierToDate = YEAR_TO_DATE.matcher(previous);
            String span = null;
            while (earlierToDate.find()) {
                span = earlierToDate.group(1);
            }
            ReportingPeriod spokenOf = span != null ? monthsToDate(span, releasePeriod) : null;
            ReportingPeriod own = PeriodLabels.mentions(sentence).stream().map(PeriodLabels.Mention::period).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(spokenOf != null ? spokenOf : releasePeriod);
            String year = sameOf.group(1) != null ? sameOf.group(1) : sameOf.group(2);
            return own == null ? null : ReportingPeriod.parse(year + own.code().substring(4));
        }
        int comparisonAt = lastComparison(sentence, q.start());
        int closedAt = sentence.substring(0, q.start()).lastIndexOf(')') + 1;
        // ", while zinc production declined to 1.02 million": a new clause, whatever the one before compared with
        // (a break's words ahead may reach past the figure: ", with 505,411 tonnes ... processed in the latest quarter")
        Matcher breaks = CLAUSE_BREAK.matcher(sentence).region(0, q.start()).useTransparentBounds(true);
        int brokenAt = 0;
        while (breaks.find()) {
            brokenAt = breaks.end();
        }
        // "Compared with 45,000 ounces in the third quarter of last year, the mine produced 50,000 ounces": a comparison that
        // opens the sentence ends at its comma
        if (comparisonAt >= 0 && sentence.substring(0, comparisonAt).isBlank()) {
            int comma = sentence.indexOf(", ", comparisonAt);
            if (comma >= 0 && comma < q.start()) {
                brokenAt = Math.max(brokenAt, comma + 2);
            }
        }
        // "production increased significantly compared to the previous year: 2.4 million silver ounces vs. 462,321 ounces": the
        // comparison's words, naming no figure nor period of their own, end at the colon: the figure after it is the period's own,
        // the one after "vs." the compared ("(Q3 2019: 31,020 oz)" is a period's figure, whatever compared before it)
        int colonAt = sentence.lastIndexOf(": ", q.start());
        if (comparisonAt >= 0 && colonAt > comparisonAt && !DIGIT.matcher(sentence.substring(comparisonAt, colonAt)).find()
                && sentence.substring(colonAt + 2, q.start()).isBlank() && VERSUS_AFTER.matcher(sentence.substring(q.end())).lookingAt()) {
            brokenAt = Math.max(brokenAt, colonAt + 2);
        }
        // "eased to 2.31Mt from 2.33Mt ... head grade down to 1.26g/t from 1.29g/t": the figure a change went to is the period's own
        // (in a clause of its own: "lower than the prior-year quarter when head grade improved to 1.9 g/t" is still the comparison's)
        // (the words before the change still say whose span it is: "full-year production rose to", "lifting full-year production to")
        String changeSubject = sentence.substring(Math.min(q.start(), Math.max(Math.max(comparisonAt, closedAt), brokenAt)), q.start());
        Matcher changedTo = CHANGED_TO.matcher(sentence.substring(Math.max(0, q.start() - 30), q.start()));
        if (changedTo.find()) {
            int changeAt = Math.max(0, q.start() - 30) + changedTo.start();
            if (comparisonAt < 0 || comparisonAt < changeAt && CLAUSE_EDGE.matcher(sentence.substring(comparisonAt, changeAt)).find()) {
                brokenAt = Math.max(brokenAt, changeAt);
            }
        }
        // "silver production increased by 2% compared to Q2 2024, reaching 1,703,388 ounces": the level reached after the
        // comparison is the period's own
        Matcher reached = LEVEL_REACHED_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 30), q.start()));
        if (comparisonAt >= 0 && reached.find()) {
            brokenAt = Math.max(brokenAt, Math.max(0, q.start() - 30) + reached.start());
        }
        // "Second quarter production at Fazenda Brasileiro increased from the first quarter of 2015 to 13,974 ounces": the figure a
        // change went to is no comparison's, whatever it came from
        Matcher fromTo = comparisonAt >= 0 && comparisonAt >= closedAt && comparisonAt >= brokenAt
                ? FROM_THEN_TO.matcher(sentence.substring(comparisonAt, q.start())) : null;
        // ("Recovery increased from the previous quarter to 79.7%": the quarter before, named by its place)
        if (fromTo != null && fromTo.matches() && (namesOnlyAPeriod(fromTo.group(1)) || DIGIT.matcher(fromTo.group(1)).lookingAt()
                || PRIOR_QUARTER.matcher(fromTo.group(1)).replaceFirst("").strip().matches("(?i)(?:the)?"))) {
            brokenAt = comparisonAt + fromTo.start(2);
        }
        int clauseStart = Math.max(Math.max(comparisonAt, closedAt), brokenAt);
        boolean comparison = comparisonAt >= 0 && comparisonAt >= closedAt && comparisonAt >= brokenAt;
        String clause = sentence.substring(clauseStart, q.end()) + ownTail(sentence, q.end());
        String own = sentence.substring(clauseStart, q.start());
        // ("zinc and lead recoveries averaged 59.3% and 68.2%, respectively, for this year to July 24": the sentence's one span)
        boolean namesNoPeriod = PeriodLabels.mentions(sentence).stream().noneMatch(m -> m.period() != null);
        Matcher yearsRightBefore = YEARS_MEASURE_RIGHT_BEFORE.matcher(sentence.substring(Math.max(0, q.start() - 45), q.start()));
        // (not when the words after it name a span of its own: "full-year production of 21,940 oz to date")
        if (yearsRightBefore.find() && !SPAN_WORD_AFTER.matcher(ownTail(sentence, q.end())).find()) {
            // "in the fourth quarter of 2015, for annual production of 135,532 ounces": the year of the quarter named before it, or
            // of a release of the year's last quarter
            // (a year named right before, "over 2014 production of 98,184 ounces", was tried as that year's: it read two figures of
            // the held-out parts wrongly, and was left out)
            Integer yearBefore = PeriodLabels.mentions(sentence.substring(0, q.start())).stream().map(PeriodLabels.Mention::period)
                    .filter(java.util.Objects::nonNull).map(ReportingPeriod::year).reduce((a, b) -> b).orElse(null);
            if (yearBefore != null) {
                return ReportingPeriod.fullYear(yearBefore);
            }
            if (releasePeriod != null && endsItsYear(releasePeriod)) {
                return ReportingPeriod.fullYear(releasePeriod.year());
            }
        }
        if (ODD_MONTHS.matcher(clause).find() || (splitYear(sentence) || YEAR_TO_A_DAY.matcher(sentence).find()) && namesNoPeriod
                || TO_DATE_THROUGH_ODD_MONTH.matcher(sentence.substring(Math.max(0, q.start() - 120), q.start())).find()) {
            return null; // "in the first four months of 2021", "year-to-date through February 2009": a span no calendar period is
        }
        Matcher quarterOwns = QUARTER_OWNS.matcher(sentence.substring(Math.max(0, q.start() - 8), q.start()));
        if (releasePeriod != null && releasePeriod.kind() == PeriodKind.QUARTER && quarterOwns.find()) {
            // "against Q2's 210 534 ounces": the quarter whose the figure is, of the release's year unless after its quarter
            int n = Integer.parseInt(quarterOwns.group(1));
            return ReportingPeriod.quarter(n > releasePeriod.number() ? releasePeriod.year() - 1 : releasePeriod.year(), n);
        }
        if (OF_THE_PERIOD_BEFORE.matcher(own).lookingAt()) {
            // "in the fourth quarter, during which Avocet delivered 17 380 oz": the quarter the clause hangs on
            List<PeriodLabels.Mention> before = PeriodLabels.mentions(sentence.substring(0, clauseStart)).stream().filter(m -> m.period() != null).toList();
            if (!before.isEmpty() && sentence.substring(before.get(before.size() - 1).end(), clauseStart).matches("\\s*,?\\s*")) {
                return before.get(before.size() - 1).period();
            }
        }
        String ownClause = clause;
        List<PeriodLabels.Mention> named = PeriodLabels.mentions(clause).stream().filter(m -> m.period() != null && !dateOfAnEvent(ownClause, m)).toList();
        if (!named.isEmpty()) {
            // the period nearest the quantity in its clause, the words between counted ("from 16,823 tonnes in 2020 1H to 15,637
            // tonnes in 2021 1H": the later figure's period is the one right after it, not the one that ends before it)
            PeriodLabels.Mention nearest = named.get(0);
            for (PeriodLabels.Mention m : named) {
                if (gap(m, clauseStart, q) < gap(nearest, clauseStart, q) || gap(m, clauseStart, q) == gap(nearest, clauseStart, q)
                        && m.start() + clauseStart >= q.end() && IN_PERIOD_WORD.matcher(sentence.substring(q.end(), m.start() + clauseStart)).matches()) {
                    nearest = m;
                }
            }
            return nearest.period();
        }
        String tail = ownTail(sentence, q.end());
        Matcher listThenSpan = LISTED_THEN_SPAN.matcher(sentence).region(q.end(), sentence.length());
        if (!comparison && listThenSpan.lookingAt()) {
            // "284,700 metric tons (627.6 million pounds) of zinc and 54,300 metric tons (119.7million lb) of lead over the first six
            // months of 2024": the span the list ends with is each listed figure's
            List<PeriodLabels.Mention> spanOfList = PeriodLabels.mentions(sentence.substring(listThenSpan.end())).stream()
                    .filter(m -> m.start() == 0 && m.period() != null).toList();
            if (!spanOfList.isEmpty()) {
                return spanOfList.get(0).period();
            }
            // "produces 4,018,735 oz silver and 38,907 oz gold in 2019": a year the list ends with is each listed figure's (not
            // when the words before name a span of it: "Fourth quarter production of ... in 2018" is that quarter's)
            Matcher yearOfList = YEAR_OF_ITS_OWN.matcher(sentence.substring(listThenSpan.end()));
            if (yearOfList.lookingAt() && !SPAN_WORD.matcher(sentence.substring(0, q.start())).find()) {
                return ReportingPeriod.fullYear(Integer.parseInt(yearOfList.group(1)));
            }
        }
        Matcher inYear = IN_YEAR_AFTER.matcher(tail);
        if (inYear.lookingAt() && (!comparison || releasePeriod != null && releasePeriod.kind() == PeriodKind.FULL_YEAR
                && yearsLevelComparedWith(sentence, q, tail.substring(inYear.end())))) {
            // "produces 211,823 oz Au in 2014": the year's; in a story of a year, the metal "down from 25.3 million lbs. in 2009"
            // too (in a quarter's, "up from 40,000 oz in 2009" may be that quarter of 2009)
            return ReportingPeriod.fullYear(Integer.parseInt(inYear.group(1)));
        }
        if (!comparison && releasePeriod != null && releasePeriod.kind() == PeriodKind.QUARTER && releasePeriod.number() == 4 && LAST_YEAR_AFTER.matcher(tail).lookingAt()) {
            // "The ... mine ... produced 77.6 million lb. of copper last year" in a story of a year's last quarter, told once the year
            // is over: that year's
            return ReportingPeriod.fullYear(releasePeriod.year());
        }
        Matcher asideThenYear = ASIDE_THEN_YEAR.matcher(sentence.substring(q.end()));
        if (!comparison && asideThenYear.lookingAt() && !SPAN_WORD.matcher(sentence.substring(0, q.start())).find()) {
            return ReportingPeriod.fullYear(Integer.parseInt(asideThenYear.group(1)));
        }
        Matcher yearBefore = IN_YEAR_COLON.matcher(own);
        if (!comparison && yearBefore.find()) {
            return ReportingPeriod.fullYear(Integer.parseInt(yearBefore.group(1))); // "una producción récord de oro en 2014: 2,87 millones de onzas"
        }
        Matcher quarterAfter = QUARTER_AFTER.matcher(ownTail(sentence, q.end()));
        if (releasePeriod != null && releasePeriod.kind() == PeriodKind.QUARTER && quarterAfter.find() && !ofFiscalYear(sentence, q.end(), quarterAfter.group())) {
            // "16 036 oz produced in the first quarter of the year", "17 436 oz for the quarter ended June 30": a quarter
            // without its year, the release's year's unless it comes after the release's own quarter; "of last year", the year before's
            int n = quarterAfter.group(1) != null ? PeriodLabels.ordinal(quarterAfter.group(1)) : PeriodLabels.quarterEndedIn(quarterAfter.group(2));
            int year = quarterAfter.group(3) != null || n > releasePeriod.number() ? releasePeriod.year() - 1 : releasePeriod.year();
            return ReportingPeriod.quarter(year, n);
        }
        if ((THE_PERIOD.matcher(sentence).find() || PARTS_OF_THE_ONE_BEFORE.matcher(sentence).lookingAt()) && !comparison) {
            // "..., in the fourth quarter, produced 93,300 oz. The mill processed 17,200 tonnes per day during the period": the
            // period the sentence before named, with its year or, in a story of a year, without it
            // (the one named last: "began operating in February 2004 and, in the fourth quarter, produced" spoke last of the quarter)
            // (not a period compared with, "higher than in Q4 2020", nor a month, "commissioned in March 2021", an event's)
            List<PeriodLabels.Mention> before = PeriodLabels.mentions(previous).stream().filter(m -> m.period() != null && !dateOfAnEvent(previous, m)
                    && m.period().kind() != PeriodKind.MONTH && !COMPARED_WITH_BEFORE.matcher(previous.substring(Math.max(0, m.start() - 30), m.start())).find()).toList();
            Matcher yearlessBefore = QUARTER_AFTER.matcher(previous);
            int yearlessAt = -1;
            while (yearlessBefore.find()) {
                yearlessAt = yearlessBefore.group(1) != null ? yearlessBefore.start() : yearlessAt;
            }
            int namedAt = before.isEmpty() ? -1 : before.get(before.size() - 1).start();
            if (namedAt >= 0 && namedAt > yearlessAt) {
                return before.get(before.size() - 1).period();
            }
            if (yearlessAt >= 0 && releasePeriod != null && releasePeriod.kind() == PeriodKind.FULL_YEAR) {
                yearlessBefore.find(yearlessAt);
                return quarterOfTheYear(yearlessBefore.group(1), yearlessBefore.group(3) != null, releasePeriod);
            }
        }
        if (releasePeriod != null && releasePeriod.kind() == PeriodKind.FULL_YEAR && !comparison) {
            // "Rosebel began operating in February 2004 and, in the fourth quarter, produced 93,300 oz." in a story of 2004: a
            // quarter named without its year, before the figure (no other figure between) or right after it, is the year's
            // (the figures listed after the verb too: "Dayton produced 23,283 oz. gold and 81,986 oz. silver")
            String lead = sentence.substring(Math.max(0, q.start() - 160), q.start());
            lead = beforeList(lead);
            Matcher quarterBefore = QUARTER_THEN_VERB.matcher(lead.substring(Math.max(0, lead.length() - 60)));
            if (quarterAfter.reset().find() && quarterAfter.group(1) != null && !ofFiscalYear(sentence, q.end(), quarterAfter.group())) {
                return quarterOfTheYear(quarterAfter.group(1), quarterAfter.group(3) != null, releasePeriod);
            }
            if (!quarterAfter.reset().find() && quarterBefore.find() && !ofFiscalYear(sentence, q.end(), quarterBefore.group())) {
                return quarterOfTheYear(quarterBefore.group(1), false, releasePeriod);
            }
            // "In the fourth quarter also, gold and copper production reached record levels: 94,673 oz.", "The daily milling rate in
            // the fourth quarter was 52,136 tonnes": the quarter, then what it was, then the figure
            Matcher quarterThenWas = QUARTER_THEN_WAS.matcher(lead.substring(Math.max(0, lead.length() - 100)));
            if (!quarterAfter.reset().find() && quarterThenWas.find() && !ofFiscalYear(sentence, q.end(), quarterThenWas.group())) {
                return quarterOfTheYear(quarterThenWas.group(1), false, releasePeriod);
            }
            // "record fourth-quarter production of 34,543 oz.": the quarter as the measure's own word
            Matcher quarterMeasure = QUARTER_MEASURE_OF.matcher(lead.substring(Math.max(0, lead.length() - 60)));
            if (!quarterAfter.reset().find() && quarterMeasure.find()) {
                return quarterOfTheYear(quarterMeasure.group(1), false, releasePeriod);
            }
        }
        // the month of this figure: after it ("395,500 tonnes for December"), or before it but not right after another
        // figure, whose it is ("13,510 ounces for December and 35,801 ounces for the quarter")
        // (with no figure before it in its clause, "In March the concentrator treated 1.21 Mt" is March's)
        String sinceLastFigure = !own.matches("(?s).*\\d.*") ? own : own.replaceFirst("(?s)^.*\\d", "").replaceFirst("(?i)^[^,;]{0,20}?\\b(?:in|during|for)\\s+(?:the month of\\s+)?"
                + "(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b", "");
        // (the month right after it first: "Prior to the unplanned shutdown in December, throughput rates had reached 47,581 tpd
        // in November" is November's)
        String monthWords = MONTH_RIGHT_AFTER.matcher(tail).lookingAt() ? tail : sinceLastFigure + " " + tail;
        Matcher otherMonth = OTHER_MONTH.matcher(monthWords);
        Matcher openingMonth = OTHER_MONTH.matcher(sentence);
        if (!otherMonth.find() && openingMonth.lookingAt()) {
            otherMonth = openingMonth; // "In March the concentrator treated 1.21 Mt ... to produce 6,860 t": every figure of the sentence is March's
            monthWords = sentence;
        } else {
            otherMonth.reset();
        }
        // ("achieved commercial production in May, producing 50,623 ounces of gold during the quarter": a milestone's month, not the figure's)
        if (releasePeriod != null && otherMonth.find(0) && !EVENT_BEFORE.matcher(monthWords.substring(Math.max(0, otherMonth.start() - 60), otherMonth.start())).find()) {
            // "395,500 dry tonnes for December" in a release of the December quarter: that month of the quarter; any other
            // month the text does not date is no figure of ours
            int month = PeriodLabels.monthNumber(otherMonth.group(1));
            boolean inQuarter = releasePeriod.kind() == PeriodKind.QUARTER && (month - 1) / 3 + 1 == releasePeriod.number();
            // "El mes de Agosto se trató ..." in the report of August 2008: the release's own month
            boolean ownMonth = releasePeriod.kind() == PeriodKind.MONTH && month == releasePeriod.number();
            return inQuarter || ownMonth ? ReportingPeriod.month(releasePeriod.year(), month) : null;
        }
        if (releasePeriod == null) {
            return null;
        }
        String spoken = own + " " + ownTail(sentence, q.end());
        Matcher toDate = YEAR_TO_DATE.matcher(spoken); // "98,412 ounces in the nine months"
        boolean toDateSaid = toDate.find();
        if (!toDateSaid) {
            // "From January to September, the Sangilo mine milled 104,270 tons": a span that opens the sentence is its figures'
            Matcher opening = YEAR_TO_DATE.matcher(sentence);
            // (not a figure compared with: "..., compared with 44,150 oz. in the year-ago period" is the span a year before)
            if (!comparison && opening.find() && opening.end() <= q.start() && SPAN_OPENS.matcher(sentence.substring(0, opening.start())).matches()) {
                toDate = opening;
                spoken = sentence;
                toDateSaid = true;
            }
        }
        if (!toDateSaid && (q.kind() == Quantities.Kind.PERCENT || q.kind() == Quantities.Kind.GRADE) && GOES_ON.matcher(sentence).lookingAt()
                && !OWN_PERIOD_WORD.matcher(sentence).find()) {
            // "From January to September, the Sangilo mine milled 104,270 tons of ore. It had a gold recovery rate of 86%": a
            // sentence that goes on about the one before it keeps the span that one opened with, for a recovery or a grade
            // that names no period of its own ("It produced 25,000 oz in the quarter" is the quarter's)
            Matcher opening = YEAR_TO_DATE.matcher(previous);
            if (opening.find() && SPAN_OPENS.matcher(previous.substring(0, opening.start())).matches()) {
                toDate = opening;
                spoken = previous;
                toDateSaid = true;
            }
        }
        if (toDateSaid && releasePeriod.kind() == PeriodKind.QUARTER) {
            // "the six months ended December", "the half-year to 31 December": a financial year's half, which no calendar period is
            Matcher ended = SPAN_ENDED.matcher(spoken).region(toDate.end(), spoken.length());
            if (ended.lookingAt() && PeriodLabels.isMonthName(ended.group(1)) && PeriodLabels.monthNumber(ended.group(1)) != quartersToDate(toDate.group(1), releasePeriod) * 3) {
                return null;
            }
            return monthsToDate(toDate.group(1), releasePeriod);
        }
        if ((ANNUAL_MEASURE.matcher(own).find() || ANNUAL_MEASURE.matcher(changeSubject).find()) && releasePeriod.kind() == PeriodKind.QUARTER) {
            // "an annual throughput of 834,607 tonnes" in a release of the year's last quarter; in another quarter's, a year not yet over
            return releasePeriod.number() == 4 ? ReportingPeriod.fullYear(releasePeriod.year()) : null;
        }
        if (comparison) {
            // "up from 12,800 tonnes in the preceding quarter and 11,900 tonnes in the corresponding quarter": the figure's own words
            // first, the list's after them
            String ownCompared = clause;
            if (PRIOR_QUARTER.matcher(ownCompared).find() && !PRIOR_YEAR.matcher(ownCompared).find() && releasePeriod.kind() == PeriodKind.QUARTER) {
                return releasePeriod.previousQuarter();
            }
            // "compared to 1.9 million ounces of silver, 1,000 ounces of gold ... in the prior year quarter": the list's period
            clause = clause + listTail(sentence, q.end());
            String listClause = clause;
            List<PeriodLabels.Mention> listed = PeriodLabels.mentions(clause).stream().filter(m -> m.period() != null && !dateOfAnEvent(listClause, m)).toList();
            if (!listed.isEmpty()) {
                return listed.get(0).period();
            }
            // "For the first nine months of 1997, the mine yielded 28,560 oz., compared with 44,150 oz. in the year-ago period" in a
            // quarter's story: the span of another kind the sentence named before the comparison, a year before (a quarter named so
            // is the release's, whose year-ago quarter follows, "the second quarter of 2017" of a fiscal year among them)
            String opening = sentence.substring(0, Math.min(clauseStart, q.start()));
            List<PeriodLabels.Mention> namedBefore = PeriodLabels.mentions(opening).stream().filter(m -> m.period() != null && !dateOfAnEvent(opening, m)).toList();
            PeriodLabels.Mention lastNamed = namedBefore.isEmpty() ? null : namedBefore.get(namedBefore.size() - 1);
            ReportingPeriod spanBefore = lastNamed == null ? null : lastNamed.period();
            // (not past a quarter named since without its year: "..., and second-quarter production was 42,300 ounces, compared with
            // 38,900 ounces in the year-ago period" compares the quarter)
            boolean quarterSince = lastNamed != null && QUARTER_WORD.matcher(opening.substring(lastNamed.end())).find();
            if (PRIOR_YEAR.matcher(clause).find() && spanBefore != null && spanBefore.kind() != releasePeriod.kind() && !quarterSince) {
                return ReportingPeriod.parse((spanBefore.year() - 1) + spanBefore.code().substring(4));
            }
            Matcher spanOpened = YEAR_TO_DATE.matcher(opening);
            if (PRIOR_YEAR.matcher(clause).find() && spanBefore == null && releasePeriod.kind() == PeriodKind.QUARTER && spanOpened.find()
                    && !QUARTER_WORD.matcher(opening.substring(spanOpened.end())).find()) {
                // "For the first nine months, silver production totaled 3.4 million ounces, compared with 3.1 million ounces in the
                // same period last year": the span the sentence opened with, its year not said, a year before
                ReportingPeriod span = monthsToDate(spanOpened.group(1), releasePeriod);
                if (span != null) {
                    return ReportingPeriod.parse((span.year() - 1) + span.code().substring(4));
                }
            }
            if (PRIOR_YEAR.matcher(clause).find() && releasePeriod.kind() == PeriodKind.QUARTER) {
                return ReportingPeriod.quarter(releasePeriod.year() - 1, releasePeriod.number());
            }
            if (PRIOR_YEAR.matcher(clause).find() && releasePeriod.kind() == PeriodKind.YEAR_TO_DATE) {
                return ReportingPeriod.yearToDate(releasePeriod.year() - 1, releasePeriod.number() / 3); // a year to date is numbered by its months
            }
            if (PRIOR_QUARTER.matcher(clause).find() && releasePeriod.kind() == PeriodKind.QUARTER) {
                return releasePeriod.previousQuarter();
            }
            Matcher year = YEAR_OF_ANNUAL.matcher(clause);
            if (ANNUAL.matcher(sentence).find() && year.find()) {
                return ReportingPeriod.fullYear(Integer.parseInt(year.group(1))); // "la producción anual ... respecto a las 242,000 TMF obtenidas en 2023"
            }
            return null; // compared with a period the sentence does not name: no guess
        }
        // (in a release of a half year or nine months, "el primer semestre" before the figure is the release's own span)
        if (releasePeriod.kind() != PeriodKind.YEAR_TO_DATE && YEAR_TO_DATE.matcher(sentence.substring(0, q.start())).find()) {
            return null;
        }
        if (YEAR_CLOSED_WITH.matcher(own).find() && endsItsYear(releasePeriod)) {
            // "the Mine closed the year with a total production figure of 758 kg" in a story of the year's end: that year's
            return ReportingPeriod.fullYear(releasePeriod.year());
        }
        Matcher year = YEAR_OF_ANNUAL.matcher(clause);
        if ((ANNUAL.matcher(own).find() || releasePeriod.kind() == PeriodKind.FULL_YEAR) && year.find()) {
            // in a release of a year, "in 2019" is that year's
            return ReportingPeriod.fullYear(Integer.parseInt(year.group(1))); // "annual gold production in 2024 was", "la producción anual ... en 2024"
        }
        if (releasePeriod.kind() == PeriodKind.QUARTER) {
            // "Silver production in 2018 was", "In 2019 the mine produced", "for the half", "last year": a period of the clause's own
            // that is not the release's quarter; a year that is over is that year's figure, any other is none of ours
            // since the last quantity before it: "150,000 ounces of gold in 2013 and 52,000 ounces in the quarter" dates only the first
            // (a list's later figure is dated as its first: "Total production in 2017 amounted to 19,045 ounces of gold and 10,203
            // ounces of silver")
            String listed = beforeList(own);
            String sinceQuantity = LAST_QUANTITY.matcher(listed).replaceFirst("");
            if (sinceQuantity.length() < listed.length()) {
                sinceQuantity = PREVIOUS_FIGURES_YEAR.matcher(sinceQuantity).replaceFirst(""); // "... ounces of gold in 2013": that figure's year
            }
            // (not a year an aside about the subject names: "Andacollo, which began commercial production in 1996, produced")
            Matcher ownYear = OWN_YEAR.matcher(ASIDE_ABOUT_SUBJECT.matcher(sinceQuantity).replaceAll(","));
            if (ownYear.find()) {
                int y = Integer.parseInt(ownYear.group(1));
                return y < releasePeriod.year() || y == releasePeriod.year() && releasePeriod.number() == 4 ? ReportingPeriod.fullYear(y) : null;
            }
            if (OWN_SPAN.matcher(sinceQuantity).find()) {
                return null;
            }
        }
        if (YEAR_EARLIER_OPENING.matcher(sentence).lookingAt()) {
            // "A year earlier, the plant processed 723,588 tonnes" in a story of 2001: the release's period a year before
            return ReportingPeriod.parse((releasePeriod.year() - 1) + releasePeriod.code().substring(4));
        }
        return releasePeriod;
    }

    /** The compared figure right after a figure: " vs. 462,321 ounces", " versus 36,395". */
    private static final Pattern VERSUS_AFTER = Pattern.compile("(?i)^[^,;:\\d]{0,30}?\\s(?:vs\\.?|versus)\\s+\\d");
    /** A sentence that opens on the year before the release's: "A year earlier,", "In the previous year,". */
    private static final Pattern YEAR_EARLIER_OPENING = Pattern.compile("(?i)\\s*(?:a\\s+year\\s+(?:earlier|before)|(?:in\\s+)?the\\s+(?:previous|prior|preceding)\\s+year),");

    private static final Pattern LEVEL_REACHED_BEFORE = Pattern.compile("(?i),\\s+(?:reaching|to\\s+reach|totall?ing)\\s+(?:a\\s+(?:record\\s+)?(?:of\\s+)?)?$");

    /** A sum over a mine's life: "a grand total of", "a cumulative", "in total since". */
    private static final Pattern CUMULATIVE = Pattern.compile("(?i)\\b(?:grand\\s+total|cumulative(?:ly)?|accumulated|life[- ]of[- ]mine\\s+total)\\b[^,;.\\d]{0,20}$");

    private static final Pattern OF_FISCAL_YEAR = Pattern.compile("(?i)" + PeriodLabels.OF_FISCAL_YEAR);

    /**
     * Whether the quarter words found after a figure go on into a fiscal year ("in the fourth quarter of the 2010 financial
     * year"), past the few words the figure's tail holds: a fiscal quarter, which no calendar quarter of the release is.
     */
    private static boolean ofFiscalYear(String sentence, int from, String quarterWords) {
        int at = sentence.indexOf(quarterWords, from);
        return at >= 0 && OF_FISCAL_YEAR.matcher(sentence).region(at + quarterWords.length(), sentence.length()).lookingAt();
    }

    /** A bare year a figure's clause says it is of ("in 2018", "for 2021", "en 2019"), not when something began in it ("acquired in 2017"). */
    private static final Pattern OWN_YEAR = Pattern.compile("(?i)(?<!acquired |commissioned |commenced |started |built |discovered |began |opened |founded |since |desde )"
            + "\\b(?:in|for|during|en|durante|de|del)\\s+(?:the\\s+(?:full\\s+)?year\\s+|el\\s+a\\u00f1o\\s+)?((?:19|20)\\d{2})\\b(?![-/]|['\u2019]s\\b|\\s*(?:to\\b|dollars|terms|\\$))"); // ("for 2023 totalled": "to" a word of its own; "In 2018's second quarter" a quarter's)
    /** An aside about a clause's subject, between commas: ", which began commercial production in 1996,". */
    // (an event's: "which increased every quarter in 2023," dates the figure)
    private static final Pattern ASIDE_ABOUT_SUBJECT = Pattern.compile("(?i),\\s+(?:which|who)\\s+[^,;]{0,40}\\b(?:began|commenced|started|opened|was\\s+(?:acquired|commissioned|built|discovered|founded))\\b[^,;]{0,50},");
    private static final Pattern LAST_QUANTITY = Pattern.compile("(?is)^.*\\d[\\d,.]*\\s*(?:million\\s+|m\\s*|k\\s*)?(?:oz|ounces|onzas|tonnes|toneladas|tons|t|%|g/t|lbs?|pounds|libras|koz|moz|kt|mt|mlbs?)\\b");
    private static final Pattern PREVIOUS_FIGURES_YEAR = Pattern.compile("(?i)^\\s*(?:(?:of|de)\\s+[\\p{L}]+\\s+)?(?:in|during|for|en|durante)\\s+(?:19|20)\\d{2}\\b");
    /** What a span of months ends with: "ended December", "to 31 December". */
    private static final Pattern SPAN_ENDED = Pattern.compile("(?i)\\s+(?:period\\s+)?(?:end(?:ed|ing)|to|through)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(\\p{L}+)");

    /** A span of the clause's own that is not the release's quarter: "last year", "for the half", "since the start of the year". */
    private static final Pattern OWN_SPAN = Pattern.compile("(?i)\\b(?:last\\s+year|(?:for|in|during)\\s+the\\s+(?:full\\s+)?(?:year|half)|this\\s+half|"
            + "since\\s+the\\s+(?:start|beginning)\\s+of\\s+the\\s+year|so\\s+far\\s+this\\s+year|el\\s+a\\u00f1o\\s+pasado|del\\s+a\\u00f1o)\\b");

    /** A whole year's measure right before its figure, the year unsaid: "for annual production of", "full-year output was". */
    private static final Pattern YEARS_MEASURE_RIGHT_BEFORE = Pattern.compile("(?i)\\b(?:for\\s+(?:an\\s+)?annual|total\\s+annual|full[- ]year)\\s+(?:(?:gold|silver|copper|zinc|lead|total)\\s+)?"
            + "(?:production|output)\\s+(?:of|was|totall?ed|reached)\\s+(?:approximately\\s+|about\\s+)?$");
    private static final Pattern SPAN_WORD_AFTER = Pattern.compile("(?i)\\b(?:quarter|period|half|months?|semester|Q[1-4]|H[12]|to\\s+date|year[- ]to[- ]date|so\\s+far|ytd)\\b");
    /** "For the year", "for the full year", "during the year", its year unsaid: the year of the story's period. */
    private static final Pattern THE_YEAR = Pattern.compile("(?i)\\b(?:for|in|during|over|throughout)\\s+the\\s+(?:full\\s+|whole\\s+|entire\\s+)?year\\b(?![\\s-]*(?:to\\b|ended|ending|earlier|before|ago|of\\b|\\d))");
    /** Whether a release's period is a year, or the last quarter of one: what it says of "the year" is that year's. */
    private static boolean endsItsYear(ReportingPeriod releasePeriod) {
        return releasePeriod.kind() == PeriodKind.FULL_YEAR || releasePeriod.kind() == PeriodKind.QUARTER && releasePeriod.number() == 4;
    }

    /** A year's end reached with its figure: "closed the year with", "ended the year at". */
    private static final Pattern YEAR_CLOSED_WITH = Pattern.compile("(?i)\\b(?:closed|ended|finished|completed)\\s+the\\s+year\\s+(?:with|at|on)\\b");

    /** What says a figure is a whole year's: "annual", "full-year", "anual", "for the year". */
    private static final Pattern ANNUAL = Pattern.compile("(?i)\\b(annual|full[- ]year|anual|for the year|del a\u00f1o|todo el a\u00f1o)\\b");
    /**
     * "annual throughput of", "full year production of", "production for the year": a year's measure, not "the annual
     * plant shutdown" before a quarter's figure.
     */
    // ("Avocet FY gold output dips to 74 755 oz": a headline's year, its figure's)
    private static final Pattern ANNUAL_MEASURE = Pattern.compile("(?i)\\b(?:annual|full[- ]year|anual|(?-i:FY))\\s+(?:[\\p{L}-]+\\s+){0,2}?"
            + "(?:production|output|throughput|milled|processed|producci[o\u00f3]n)\\b|\\b(?:production|output|throughput)\\s+(?:[\\p{L}-]+\\s+){0,3}?for\\s+the\\s+(?:full\\s+)?year\\b");
    /** The year such a figure is of, named bare: "in 2024", "en 2023", "for 2022". */
    private static final Pattern YEAR_OF_ANNUAL = Pattern.compile("(?i)\\b(?:in|en|em|for|of|de|del|durante)\\s+((?:19|20)\\d{2})\\b");

    private static final Pattern LIST_END = Pattern.compile("(?i)[;(]|\\.\\s|,\\s+(?:while|whereas|but)\\b|\\b(compared|versus|vs\\.?|from|than|against|relative|respectively)\\b");

    /**
     * The rest of a compared list after a quantity, up to where the comparison ends (a semicolon, a sentence, a new
     * clause or comparison): "..., 19.4 million pounds of lead, and 4.9 million pounds of zinc in the prior year quarter".
     */
    private static String listTail(String sentence, int at) {
        String tail = sentence.substring(at);
        Matcher stop = LIST_END.matcher(tail);
        return stop.find() ? tail.substring(0, stop.start()) : tail;
    }

    /**
     * The words after a quantity that still speak of it ("1,284,646 ounces in the third quarter"): up to 40
     * characters, stopping where a parenthesis, a comparison or another clause begins, whose periods are another
     * figure's ("160,820 ounces (Q2 2016 - 227,826 ounces)").
     */
    private static String ownTail(String sentence, int at) {
        // a parenthesis without figures ("(tpd)", "(oz)") is part of the words, not another figure's aside
        // nor is the same quantity in another unit ("745 347 ounces (23 183 kilograms) during the six months")
        // nor is its cost ("56,712 oz. at a cash cost of US$194 per oz. in the previous quarter")
        String tail = COST_ASIDE.matcher(sentence.substring(at).replaceAll("\\([^()\\d]{0,20}\\)", "")
                .replaceAll("(?i)^\\s*\\(\\s*\\d[\\d\\s.,]*\\s*(?:million\\s*)?(?:kg|kilograms?|kilos|oz|ounces|t|tonnes|lbs?|pounds)\\s*\\)", "")).replaceFirst(" ");
        int end = Math.min(tail.length(), 40);
        while (end < tail.length() && !Character.isWhitespace(tail.charAt(end))) {
            end++; // never a word cut in two: "in Q3 2017" cut after "Q3 20" would be the third quarter of 2020
        }
        tail = tail.substring(0, end);
        Matcher stop = TAIL_END.matcher(tail);
        return stop.find() ? tail.substring(0, stop.start()) : tail;
    }

    /** "at a cash cost of US$205 per oz. and a total cost of US$289 per oz.", "at US$170 per oz.": what a figure cost, right after it. */
    private static final String COST = "(?:an?\\s+)?(?:(?:average|total|cash|all-in|sustaining|operating|production)\\s+)*(?:costs?\\s+(?:of\\s+)?)?"
            + "(?:US|C|A|Cdn)?\\$\\s?[\\d.,]+\\s*(?:per|/|an?)\\s*(?:oz|ounce|tonne|t|lb|pound)\\.?";
    private static final Pattern COST_ASIDE = Pattern.compile("(?i)^\\.?\\s*(?:\\p{L}+\\.?\\s+)?at\\s+" + COST + "(?:,?\\s+and\\s+" + COST + ")?,?");

    /**
     * Where a figure's own words end: a parenthesis, a new clause, or a comparison, "over" one too when a period follows it
     * ("improvement over Q3 2018").
     */
    private static final Pattern TAIL_END = Pattern.compile("(?i)[(;]|,\\s|\\b(compared|versus|vs\\.?|from|than|up|down|against|relative)\\b"
            + "|\\bover\\s+(?:the\\s+)?(?:Q[1-4]\\b|prior\\b|previous\\b|last\\b|same\\b|corresponding\\b|(?:19|20)\\d{2}\\b)");

    /**
     * Where the last comparison before a place begins: a comparison word, or a parenthesis still open there; -1 when
     * there is none. A parenthesis closed before the place is not one: "82.9 kt (Q2 2019: 77.6 kt) and gold production
     * of 58.5 koz" compares nothing for the gold, whose clause begins after the parenthesis.
     */
    private static final Pattern ORE_SOURCE = Pattern.compile("(?i)\\s+(?:the\\s+)?(?:processing\\s+(?:of\\s+)?)?[\\d,.]+\\s*(?:million\\s+|m\\s*)?(?:dry\\s+)?(?:metric\\s+)?(?:tonnes|tons|t|mt)\\s+"
            // "from 395,000 tonnes grading 2.47 g/t": tonnes graded are ore, whether or not the word is written
            + "(?:(?:of\\s+)?(?:ore|material)\\b|(?:grading|averaging)\\s+\\d|at\\s+(?:an?\\s+)?(?:average\\s+)?(?:head\\s+)?grade\\b)");

    /**
     * "Gold production from Tamarack decreased 6% to": a mine the text names, right after "from" (or "the", "its" before it),
     * the only mine named before the figure at {@code figureAt}. Not "from the La Encantada, ... and La Guitarra mines, amounting
     * to": several mines' figure; nor "production from Tau of 98,424 tonnes", a part told beside the whole.
     */
    private boolean namesMineAt(String sentence, int from, int figureAt) {
        Matcher lead = MINE_NAME_LEAD.matcher(sentence).region(from, sentence.length());
        int nameAt = lead.lookingAt() ? lead.end() : from;
        List<MineNames.Mention> named = mines.mentionsIn(sentence).stream().filter(m -> m.at() >= nameAt && m.at() < figureAt).toList();
        return named.size() == 1 && named.get(0).at() == nameAt
                && !PART_OF_AFTER_NAME.matcher(sentence).region(nameAt + named.get(0).mine().length(), figureAt).lookingAt();
    }

    private static final Pattern PART_OF_AFTER_NAME = Pattern.compile("\\s+of\\b");

    private static final Pattern MINE_NAME_LEAD = Pattern.compile("\\s+(?:the\\s+|its\\s+|our\\s+)?");

    private static final Pattern EQUIVALENT_FIGURE_BEFORE = Pattern.compile("(?i)\\d\\s*(?:(?:gold|silver|Au|Ag)\\s*)?(?:equivalent|eq\\.?)\\s*(?:ounces|oz)\\s*$|\\d\\s*(?:AuEq|AgEq|GEOs?|AuEq\\s*oz|AgEq\\s*oz)\\s*$");
    private static final Pattern ORE_BEFORE = Pattern.compile("(?i)\\bore\\s+$");
    private static final Pattern FROM_MINE = Pattern.compile("\\s+(?:the\\s+|its\\s+|our\\s+)?(?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,4}(?:[Gg]old\\s+|[Ss]ilver\\s+|[Cc]opper\\s+)?"
            + "(?:[Mm]ines?|[Oo]perations?|[Pp]roject|[Cc]omplex|[Uu]nit)\\b"
            // "Production from the mine for the quarter totaled 852 tonnes": the one mine the text is of
            + "|\\s+the\\s+(?:mine|operation)\\b(?!\\s+(?:plan|life))"
            // "material mined from the open pit", "ore from the underground": where it came from
            + "|\\s+the\\s+(?:open[- ](?:pits?|cuts?)|pits?|underground)\\b"
            // "production from all operations": the whole company's mines
            + "|\\s+" + ALL_OPERATIONS_WORDS + "|\\s+(?:its|our)\\s+(?:[\\p{L}-]+\\s+)?(?:mines|operations|assets|sites)\\b"
            // "from dual-listed First Majestic's seven operating silver mines": words, no figure, then the mines
            + "|\\s+[^\\d,;.()]{0,60}?\\b(?:mines|operations)\\b");

    /** The company's mines together as the subject of a total: "from the company's three operating mines, ..., totalled". */
    private static final Pattern ALL_MINES_TOTAL = Pattern.compile("(?i)\\b(?:the\\s+company['\u2019]s|its|our)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+"
            + "(?:operating\\s+|producing\\s+)?(?:mines|operations)\\b.*\\b(?:totall?ed|totaling|totalling|combined|amounted\\s+to)\\s*$"
            // "the combined operations of its Maco mine and Sangilo mine ... milled a total of": the mines named together
            + "|\\bcombined\\s+(?:operations|production|output|mills?)\\s+of\\s+(?:its|our)\\s+\\p{Lu}[\\p{L}-]+\\s+mine\\s+and\\s+(?:its\\s+)?\\p{Lu}[\\p{L}-]+\\s+mine\\b[^;\\d]{0,120}$");
    /** Between a figure and the mine it came from: its unit and "produced from", no other figure, no new clause. */
    // ("130 611 oz of gold produced by Kumtor mine and 3 054 oz of gold produced by Boroo mine": by it, too, thousands parted by spaces)
    // ("13,179oz from the Laverton operations and 11,993oz from the Coolgardie operations": a quantity's unit, then "from", the verb unsaid)
    private static final Pattern FROM_RIGHT_AFTER = Pattern.compile("(?i)[\\d.,]*(?:\\s\\d{3})*\\s*(?:[^\\d,;]{0,30}\\b(?:produced|mined|milled|processed|sourced|recovered)\\s+(?:from|by)"
            // ("5,782 ounces of gold at its 100% owned La Colorada Mine": where it was produced, its owner's share between)
            + "|(?:oz|ounces|koz|moz|t|tonnes|kt|lbs?|pounds|mlbs?)(?:\\s+of\\s+(?:gold|silver|copper|zinc|lead))?\\s+(?:from|at))\\s+(?:the\\s+|its\\s+)?"
            + "(?:\\d{1,3}(?:\\.\\d+)?\\s*%[- ]owned\\s+)?");
    /** A name of one to four words and the parenthesis opened right after it, before a quantity: "Riacho dos Machados (". */
    private static final Pattern NAME_BESIDE = Pattern.compile("(?<![\\p{L}'\u2019-])(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+(?:de|do|dos|da|das|del|la|\\p{Lu}[\\p{L}'\u2019-]+)){0,3})\\s*\\(\\s*$");
    /** "the Los Filos mine (": a mine, unnamed right there, before a parenthesis. */
    private static final Pattern MINE_BEFORE = Pattern.compile("\\b[Mm]ine\\s*\\(\\s*$");

    /** A measure's name right before the parenthesis its figures stand in: "metallurgical recovery (". */
    private static final Pattern MEASURE_OPENING_ASIDE = Pattern.compile("(?i)\\b(?:recover(?:y|ies)|(?:head\\s+|feed\\s+)?grades?|throughput)\\s*\\($");

    private int lastComparison(String sentence, int at) {
        String before = sentence.substring(0, at);
        Matcher m = COMPARISON.matcher(before);
        int last = -1;
        while (m.find()) {
            boolean closedParenthesis = m.group().equals("(") && before.indexOf(')', m.start()) >= 0;
            // "(Carosue Dam 49,038oz; Thunderbox 40,170oz)": a breakdown by mine opens it, no comparison
            boolean breakdown = m.group().equals("(") && MineNames.breakdownAt(sentence, m.start()).size() >= 2;
            // "produced 67,352 ounces from 495,668 tonnes of ore": the ore the metal came from, no comparison
            // "production from the Duketon mine to 87,633 ounces": the mine it came from, no comparison either
            // "99,000t of ore from Thalanga": where the ore came from, whatever follows
            boolean source = m.group().equalsIgnoreCase("from") && (ORE_SOURCE.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                    || FROM_MINE.matcher(sentence).region(m.end(), sentence.length()).lookingAt() || ORE_BEFORE.matcher(before.substring(0, m.start())).find()
                    || namesMineAt(sentence, m.end(), at));
            // "Mesquite (137,500 oz.)", "the Los Filos mine (144,100 oz.)": the named mine's own figure in the parenthesis, no comparison
            String upToIt = before.substring(0, m.end());
            boolean namedFigure = m.group().equals("(") && before.substring(m.end()).isBlank()
                    && (NAME_BESIDE.matcher(upToIt).find() || MINE_BEFORE.matcher(upToIt).find());
            // "22,304 gold equivalent ounces (or 16,148 gold ounces and 485,238 silver ounces)": the metals the equivalent adds up
            boolean metalsOfEquivalent = m.group().equals("(") && EQUIVALENT_FIGURE_BEFORE.matcher(before.substring(0, m.start())).find();
            // "192Kg (equivalent to approximately 6,456 ounces)": the same mass in ounces, no comparison
            boolean restated = m.group().equals("(") && Quantities.restatesKilograms(before);
            // "7% lower than in Q3 2019 (200 kt)": the figure of the period right before it, alone in its parenthesis
            boolean periodsFigure = m.group().equals("(") && before.substring(m.end()).isBlank() && periodEndsAt(before, m.start());
            // "metallurgical recovery (91.7% vs 90.6%)": the measure's own figure first in the parenthesis after its name
            boolean measuresFigure = m.group().equals("(") && before.substring(m.end()).isBlank() && MEASURE_OPENING_ASIDE.matcher(upToIt).find();
            if (!closedParenthesis && !source && !breakdown && !namedFigure && !metalsOfEquivalent && !restated && !periodsFigure && !measuresFigure) {
                last = m.start();
            }
        }
        return last;
    }

    /** Whether a period's name ends right before a place in a text: "over Q4 2018 " before "(185 kt)". */
    private static boolean periodEndsAt(String text, int at) {
        String lead = text.substring(Math.max(0, at - 40), at).stripTrailing();
        return PeriodLabels.mentions(lead).stream().anyMatch(m -> m.period() != null && m.end() == lead.length());
    }

    /** Whether the mine named at {@code lastAt} closes a list of mines named together right before it: "Caylloma and San Jose". */
    private boolean namedTogetherBefore(String sentence, int lastAt) {
        return mines.mentionsIn(sentence).stream().anyMatch(m -> m.at() < lastAt
                && MINES_JOINED.matcher(sentence.substring(m.at() + m.mine().length(), lastAt)).matches());
    }

    /** A figure's own words saying it is of several together, right after it: "33.6 koz between them", "12,000 oz combined". */
    private static final Pattern SHARED_AFTER = Pattern.compile("(?i)[\\d.,]+\\s*(?:[\\p{L}/]+\\.?\\s+){0,3}?(?:between\\s+(?:them|the\\s+two|both)|combined)\\b");
    /** Words that make the mines named before one subject: "together produced", "combined output". */
    private static final Pattern TOGETHER = Pattern.compile("(?i)\\b(?:together|combined|jointly)\\b");
    /** A part of the figure told after it: "1.75 million ounces, of which San Jose contributed", "including". */
    private static final Pattern PART_FOLLOWS = Pattern.compile("(?i)\\b(?:of\\s+which|of\\s+this|of\\s+that|including|includes|with)\\b");
    /** Words that give a figure's cause after it: "108,612 ounces on the back of its Gwalia mine", not its source. */
    private static final Pattern CAUSE_FOLLOWS = Pattern.compile("(?i)\\b(?:on\\s+the\\s+back\\s+of|thanks\\s+to|driven\\s+by|helped\\s+by|boosted\\s+by|led\\s+by|owing\\s+to|due\\s+to)\\b");

    /** What joins the last two mines' names of a list: "and", "y", "e", "&" ("Overall, Rosebel produced": a comma joins no list). */
    private static final Pattern MINES_JOINED = Pattern.compile("(?i)(?:\\s+(?:mines?|operations?))?\\s+(?:and|y|e|&)\\s+(?:the\\s+)?");

    /** The mine a figure is of: the one named before it in the sentence, else the section's, else the only one, else the company. */
    private String mine(String sentence, String paragraph, int at, String sectionMine) {
        if (SUBJECT_CUT.matcher(sentence).lookingAt()) {
            return UNPLACED; // "mine produced a quarterly record of 869,000 ounces": the line with the mine's name was wrapped away
        }
        // "Gold output from the company's three operating mines, including the Young-Davidson mine, ... totalled 99 228 oz": the
        // mines named are the ones the total is of
        if (ALL_MINES_TOTAL.matcher(sentence.substring(0, at)).find()) {
            return ofTheWhole(sentence);
        }
        if (SHARED_AFTER.matcher(sentence.substring(at)).lookingAt()) {
            // "The Neryungri and Aprelkovo heap leach operations ..., producing a total of 33.6 koz between them": the two's together
            return UNPLACED;
        }
        // "including 130 611 oz of gold produced by Kumtor mine and 3 054 oz of gold produced by Boroo mine": the mine right after
        // the figure's own words, whatever mine was named before it
        String ownMine = mineRightAfter(sentence, at);
        if (ownMine != null) {
            return ownMine;
        }
        // "smaller producers: Fazenda (60,400 oz.) and Riacho dos Machados (58,800 oz.)": the name the figure stands beside
        Matcher beside = NAME_BESIDE.matcher(sentence.substring(0, at));
        if (beside.find() && MineNames.couldName(beside.group(1)) && !isIssuer(beside.group(1)) && !COMPANY.matcher(beside.group(1)).find()) {
            return mines.clean(beside.group(1));
        }
        // the subject of the quantity's own clause: the sentence's, or one after ", while" ("..., while Mungari, in Western
        // Australia, produced 30 169 oz"); the last such before the quantity
        Matcher subject = SUBJECT.matcher(sentence);
        String subjectName = null;
        int subjectAt = -1;
        int from = 0;
        int subjectEnd = 0;
        while (from < at && subject.find(from) && subject.end() <= at) {
            // (a subject inside the one found before is no other: "Motor Mine produced" within "Cam and Motor Mine produced")
            if (subject.start() >= subjectEnd && (subject.start() == 0 || CLAUSE_OPENING.matcher(sentence.substring(0, subject.start())).find()
                    || DESCRIBED.matcher(sentence.substring(0, subject.start())).matches())) {
                subjectName = subject.group(1);
                subjectAt = subject.start(1);
                subjectEnd = subject.end();
            }
            from = subject.start() + 1;
        }
        Matcher attributive = ATTRIBUTIVE_SUBJECT.matcher(sentence);
        if (subjectName == null && attributive.lookingAt() && attributive.end(1) <= at
                && java.util.Arrays.stream(attributive.group(1).split("\\s+")).noneMatch(w -> COMMON_FIRST.matcher(w).matches() || NO_NAME.matcher(w).matches() || !Vocabulary.read(w).isEmpty()
                        || w.matches(".*(ed|ing|ly|ical)") || PeriodLabels.isMonthName(w) || OTHER_METAL.matcher(w).matches())) {
            // ("Molybdenum recoveries increased": a metal, whatever its recoveries, is no mine)
            subjectName = attributive.group(1); // "Gruyere ore tonnes processed totalled 1.9 Mt": the name the sentence's figures are of
            subjectAt = attributive.start(1);
        }
        String named = null;
        int namedAt = -1;
        for (MineNames.Mention m : mines.mentionsIn(sentence)) {
            if (m.at() < at && m.at() > namedAt) {
                named = m.mine();
                namedAt = m.at();
            }
        }
        Matcher owner = OWNER_POSSESSIVE.matcher(sentence.substring(Math.max(namedAt, 0), at));
        while (named != null && owner.find()) {
            if (isIssuer(owner.group(1)) && CAUSE_VERB.matcher(sentence.substring(Math.max(namedAt, 0), Math.max(namedAt, 0) + owner.start())).find()) {
                // "Operational issues at the Zaldivar mine hurt Placer's copper production, ... at 90 million lbs.": the issuer's own
                // figure, told after the mine whose trouble explains it ("At the Osprey mine, Kestrel's attributable production" is the mine's)
                return soleMineSaid && singleMine != null ? singleMine : null;
            }
            if (isIssuer(owner.group(1)) && WHOLE_OWN.matcher(owner.group()).find()) {
                // "DeGrussa had contributed 1 435 t of copper ..., with Sandfire's total production for the June quarter amounting
                // to 17 460 t of copper, 25 345 t of zinc": after the mine's, the issuer's own totals
                return null;
            }
        }
        if (named != null && namedAt >= subjectAt) {
            // ("Its Tasiast mine in Mauritania and its Chirano mine in Ghana together produced a total of 72,664 oz": the two's)
            boolean together = mines.namedIn(sentence.substring(0, at)).size() >= 2 && TOGETHER.matcher(sentence.substring(namedAt, at)).find();
            if (namedTogetherBefore(sentence, namedAt) || together) {
                // "Silver production at Caylloma and San Jose totalled 1.75 million ounces": the mines' together, neither's alone;
                // the company's when they are all the mines the text names
                return mines.namedCount() == mines.namedIn(sentence.substring(0, at)).size() ? null : UNPLACED;
            }
            return mines.clean(named);
        }
        Matcher issuersOwn = OWNER_POSSESSIVE.matcher(sentence.substring(0, at));
        if (named == null && subjectName == null && issuersOwn.find() && isIssuer(issuersOwn.group(1))
                && OWN_FIGURE_FOLLOWS.matcher(sentence.substring(issuersOwn.end(), at)).matches()) {
            // "Resolute's quarterly production of 89,888oz ... was driven by another strong performance from the Mako Gold Mine":
            // the issuer's own production, whatever mines the words after it give as its causes
            return singleMine != null ? ISSUER_OR_ONLY_MINE : null;
        }
        Matcher issuerSaid = ISSUER_SAID_ITS.matcher(sentence.substring(0, at));
        if (subjectName == null && named == null && issuerSaid.find() && isIssuer(issuerSaid.group(1))) {
            // "Dundee Precious Metals announced that its preliminary Q2 2023 production amounted to 76.3 koz": what the issuer says
            // of its own production, no mine named before the figure
            return singleMine != null ? ISSUER_OR_ONLY_MINE : null;
        }
        if (subjectName != null) {
            if (isIssuer(subjectName)) {
                String source = sourceAfter(sentence, at);
                if (source != null) {
                    return source; // "Red River processed 99,000t of ore from Thalanga": the company's work at one of its mines
                }
                return singleMine != null ? ISSUER_OR_ONLY_MINE : null; // "Allied Nevada produced": the company, or its only mine
            }
            Optional<String> plantsMine = plantsMine(subjectName);
            if (plantsMine.isPresent()) {
                return plantsMine.get(); // "The Pine Cove Mill processed 114,373 tonnes"
            }
            if (REFINERY.matcher(subjectName).find()) {
                return UNPLACED; // "The Empress Nickel Refinery produced 369 tonnes of matte and 14,5 tonnes of copper anodes": a refinery's, no mine's
            }
            String source = mines.namedIn(subjectName).isEmpty() ? sourceAfter(sentence, at) : null;
            if (source != null) {
                return source; // "Kestrel cranked out 10,790 oz. gold from Osprey": a subject the text names no mine, its work at one
            }
            if (!COMPANY.matcher(subjectName).find() && Vocabulary.read(subjectName).isEmpty() && PeriodLabels.mentions(subjectName).isEmpty()
                    && TableHeader.isName(subjectName) && !NO_NAME.matcher(subjectName).matches()) {
                if (subjectName.strip().matches("[A-Z][A-Z0-9]{1,5}") && !mines.isDefinedShortName(subjectName)) {
                    return UNPLACED; // "KGC produced": a short name the text never gives anything, whose mine it does not say
                }
                return mines.clean(subjectName); // "Hycroft produced 39,195 oz of gold": the subject that produced is a mine
            }
        }
        if (named != null) {
            return mines.clean(named);
        }
        Matcher place = AT_PLACE.matcher(sentence.substring(0, at));
        String atName = null;
        int atNameEnd = -1;
        while (place.find()) {
            atName = place.group(1).replaceFirst("^the\\s+", "");
            atNameEnd = place.end();
        }
        if (atName != null && ANOTHER_NAME_JOINED.matcher(sentence).region(atNameEnd, at).lookingAt()) {
            // "Production and sales from residual leaching at Ruby Hill and Lone Tree totaled 6,769 ounces": the two places' together;
            // the company's when they are all the mines the text names
            return mines.namedCount() == mines.namedIn(sentence.substring(0, at)).size() ? null : UNPLACED;
        }
        Optional<String> plantsMine = atName == null ? Optional.empty() : plantsMine(atName);
        if (plantsMine.isPresent()) {
            return plantsMine.get(); // "volumes of ore processed at the Kuranakh Mill rose 6% to 6.0 million tonnes"
        }
        // "en Mina justa": a kind of place, its name not capitalized, names no mine
        if (atName != null && PeriodLabels.mentions(atName).isEmpty() && !COMPANY.matcher(atName).find() && !NO_NAME.matcher(atName).matches()
                && MineNames.couldName(atName)) {
            return mines.clean(atName);
        }
        if (Character.isLowerCase(paragraph.codePointAt(0)) && paragraph.startsWith(sentence) && !DATELINE.matcher(paragraph).lookingAt()) {
            return UNPLACED; // "ore grades continued to improve ...": the line before, with its subject, was cut away ("date 2018-07-06 PERTH" was not)
        }
        List<String> after = mines.namedIn(sentence.substring(at));
        int afterAt = after.size() == 1 ? sentence.indexOf(after.get(0), at) : -1;
        if (afterAt >= at && mines.namedIn(sentence).size() == 1 && !NEW_CLAUSE.matcher(sentence.substring(at, afterAt)).find()
                && !PART_FOLLOWS.matcher(sentence.substring(at, afterAt)).find() && !CAUSE_FOLLOWS.matcher(sentence.substring(at, afterAt)).find()) {
            return after.get(0); // "production totalling 490,986 oz silver ... from its Guanacevi Mines project"
        }
        if (THE_MINE_OPENS.matcher(sentence.substring(0, at)).lookingAt()) {
            // "... Cam and Motor Mine produced 458 kg in the first half of the year. However, ..., the Mine closed the year with a
            // total production figure of 758 kg": the mine the sentence before named, when it named one
            List<String> namedBefore = mines.namedIn(sentenceBefore(sentence, paragraph));
            if (namedBefore.size() == 1) {
                return namedBefore.get(0);
            }
        }
        if (TOTAL_OWN_BEFORE.matcher(sentence.substring(Math.max(0, at - 50), at)).find() && mines.namedIn(sentence.substring(0, at)).isEmpty()
                && mines.namedCount() >= 2) {
            // "Total gold production of 87,303 ounces (oz), a 19% reduction ... due to the impact of industrial action at Syama": the
            // figure's own words call it the total of the mines the text names, whatever mine a cause after it names
            return null;
        }
        if (COMPANY.matcher(sentence.substring(0, at)).find()) {
            // "Mill throughput totalled 199,214 tonnes" in a paragraph that opens on Nanisivik, its subject: a sum's verb, said of the
            // paragraph's mine; "a total of 47,781 tonnes", "the Company produced" are the whole's (and a paragraph that names its
            // mine only among the company's, "its two operations, Guanajuato and Topia", is not that mine's)
            String ofParagraph = COMPANY.matcher(TOTALLED.matcher(sentence).replaceAll(" ")).find() ? null : paragraphMine(sentence, paragraph);
            return ofParagraph != null && OPENING_ARTICLE.matcher(paragraph).replaceFirst("").startsWith(ofParagraph) ? ofParagraph : ofTheWhole(sentence);
        }
        Matcher ownSubject = NAMED_SUBJECT_HAS.matcher(sentence.substring(0, at));
        if (ownSubject.find() && !isIssuer(ownSubject.group(1))) {
            // "Among them, CNMC Luanshya Muliashi Copper Hydrometallurgical Plant has processed 4.67 million tons": a sentence with a
            // named subject of its own, no mine the text names, is not of the mine the paragraph named before it
            return UNPLACED;
        }
        String ofParagraph = paragraphMine(sentence, paragraph);
        if (ofParagraph != null) {
            return ofParagraph;
        }
        if (sectionMine != null) {
            return sectionMine;
        }
        return ofTheWhole(sentence);
    }

    /** The sentence before this one in its paragraph ("" for its first). */
    private static String sentenceBefore(String sentence, String paragraph) {
        int sentenceAt = paragraph.indexOf(sentence);
        List<String> before = sentenceAt > 0 ? sentences(paragraph.substring(0, sentenceAt)) : List.of();
        return before.isEmpty() ? "" : before.get(before.size() - 1);
    }

    /** The issuer opening a sentence, saying what its own production was: "Dundee Precious Metals announced that its preliminary ... production". */
    // ("date 2022-07-29 (RTTNews) - Glencore Plc (GLEN.L), an Anglo-Swiss commodity and mining firm, reported Friday that its first-half
    // own sourced copper production of 510,200 tonnes": a wire's dateline before the name, its ticker and an aside after it, the day)
    private static final Pattern ISSUER_SAID_ITS = Pattern.compile("^(?:[^.;]{0,60}?\\s[-\u2013\u2014]{1,2}\\s+)?(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'&.-]*(?:\\s+\\p{Lu}[\\p{L}'&.-]*){0,4})"
            + "(?:\\s*\\([^()]{1,20}\\))?(?:,\\s+[^,;]{1,60},)?\\s+(?:today\\s+)?"
            + "(?:announced|reported|said|stated|confirmed)\\s+(?:today\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+|\\p{Lu}\\p{Ll}+day\\s+)?that\\s+its\\s+[^,;.]{0,60}?\\b(?:production|output)\\b(?:[^;.]|\\.\\d){0,150}$");

    /** What may stand before the name a paragraph opens on: "At the", "The". */
    private static final Pattern OPENING_ARTICLE = Pattern.compile("^(?:At\\s+|In\\s+)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    /** A verb that sums, and says no more of whose the sum is: "Mill throughput totalled 199,214 tonnes". */
    private static final Pattern TOTALLED = Pattern.compile("(?i)\\btotall?(?:ed|ing)\\b");

    /**
     * The one mine a paragraph names before a sentence that names none: a paragraph names its mine once and speaks of it after; a
     * page run into one line is no paragraph. (A sentence that names a mine for another clause's figure does not give this one
     * to it, and a mine named only after the figure's sentence is another sentence's subject: "Codelco produjo 383.000 toneladas
     * ... no incluye ... la mina El Abra".)
     */
    private String paragraphMine(String sentence, String paragraph) {
        int sentenceAt = paragraph.indexOf(sentence);
        List<String> inParagraph = paragraph.length() <= 800 && mines.namedIn(sentence).isEmpty() && sentenceAt >= 0
                ? mines.namedIn(paragraph.substring(0, sentenceAt)) : List.of();
        return inParagraph.size() == 1 ? inParagraph.get(0) : null;
    }

    /** A mine's part of the figure before it told next, after the figure's own words ("27 442 t, with the Prominent Hill project delivering 25 575 t"). */
    private static final Pattern PART_DELIVERED = Pattern.compile("(?i)^[^,;.()]{0,25}?" + Quantities.PART_DELIVERED + "\\d");

    /** ", including 44 680 oz from the Edikan mine": a mine's part of the figure just given, the figure the whole (the mine's words the group). */
    private static final Pattern PART_INCLUDED = Pattern.compile("(?i)^[^;.()\\d]{0,40}?\\bincluding\\s+\\d[\\d,. ]*[^;.\\d]{0,25}?\\b(?:from|at)\\s+(?:the\\s+)?([^,;.\\d]{1,40})");

    private static final List<Pattern> PART_FORMS = List.of(PART_DELIVERED, PART_INCLUDED);

    /** Whether a mine's part of a figure follows it: the figure is the whole (a sum of the mines named with their parts). */
    private boolean partsFollow(String sentence, int end) {
        for (Pattern form : PART_FORMS) {
            Matcher part = form.matcher(sentence.substring(end));
            if (part.lookingAt() && !mines.namedIn(part.group(1)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "2,287 ounces produced from Orivesi ore and 5,605 ounces produced from Jokisivu ore": the mine right after a figure's words; null if none. */
    private String mineRightAfter(String sentence, int at) {
        for (String mine : mines.namedIn(sentence.substring(at))) {
            int mineAt = sentence.indexOf(mine, at);
            String between = mineAt > at ? sentence.substring(at, mineAt) : "";
            // (not the first of a list: "1,580 koz at the Kestrel, Osprey and Harrier mines" is the three's together)
            if (FROM_RIGHT_AFTER.matcher(between).matches() && !LIST_GOES_ON.matcher(sentence.substring(mineAt + mine.length())).lookingAt()) {
                return mine;
            }
        }
        return null;
    }

    /** Another name after a name, a list going on: ", Osprey", " and Harrier". */
    private static final Pattern LIST_GOES_ON = Pattern.compile("\\s*(?:\\([^)]{1,12}\\))?\\s*(?:,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+)(?:the\\s+)?\\p{Lu}");

    /** "of ore from Thalanga", "at the Kestrel mine", "oz. gold from Osprey": a mine the figure came from, named right after it in its own clause. */
    private static final Pattern SOURCE_AFTER = Pattern.compile("^\\s*(?:[\\p{L}/]+\\.?\\s+){0,3}?(?:of\\s+ore\\s+)?(?:from|at)\\s+(?:the\\s+|its\\s+)?$");

    /** Another figure of a list, with its unit and metal: "and 10,621 ounces gold", ", 4,080 t of lead". */
    private static final Pattern LISTED_FIGURE = Pattern.compile("(?i)(?<=\\b(?:" + LISTED_METAL + "))\\s*(?:,|and)\\s+\\d[\\d.,]*\\s+(?:million\\s+|thousand\\s+)?"
            + "(?:" + LISTED_UNIT + ")\\s+(?:of\\s+)?(?:" + LISTED_METAL + ")\\b");

    private String sourceAfter(String sentence, int at) {
        String tail = sentence.substring(at);
        for (MineNames.Mention m : mines.mentionsIn(tail)) {
            // ("8.9 million pounds copper and 10,621 ounces gold coming from Osprey": the source of every figure of the list)
            String between = LISTED_FIGURE.matcher(tail.substring(0, m.at()).replaceFirst("^[\\d.,]+\\s*(?:(?:million|thousand)\\s+)?", "")).replaceAll(" ");
            if (SOURCE_AFTER.matcher(between).matches()) {
                return mines.clean(m.mine());
            }
        }
        return null;
    }

    /**
     * Whether a sentence speaks of several mines' figures together: "consolidated", "at all operations", "the five mines"
     * (the words that say a text's company runs several, {@link MineNames#speaksOfSeveral}), or every mine it names listed.
     */
    private boolean ofSeveralTogether(String sentence) {
        return WHOLE.matcher(sentence).find() || ALL_OPERATIONS.matcher(sentence).find() || MineNames.speaksOfSeveral(sentence) || ofAllTogether(sentence);
    }

    /** Whether a sentence names every mine of the text, two or more, listed together ("at Peak and Hera", "Palito e São Chico"). */
    private boolean ofAllTogether(String sentence) {
        List<String> named = mines.namedIn(sentence);
        return named.size() >= 2 && named.size() == mines.namedCount() && NAME_LIST.matcher(sentence).find();
    }

    /**
     * Whose a plant named for a place is ("The Pine Cove Mill" beside "the Pine Cove Pit" and "the Stog'er Tight Mine"): the mine of
     * its name, when the text names it one; else, a plant of a name no mine has, whose ore may be any mine's, no one's it can say.
     * Empty for a name that is no plant's.
     */
    private Optional<String> plantsMine(String name) {
        Matcher plant = NAMED_PLANT.matcher(name.strip());
        if (!plant.matches() || !MineNames.couldBeMine(plant.group(1))) {
            return Optional.empty();
        }
        String mine = plant.group(1);
        return Optional.of(mines.isKnown(mine) ? mines.clean(mine) : singleMine != null && mines.clean(mine).equals(singleMine) ? singleMine : UNPLACED);
    }

    /** A plant by its name, the subject of a sentence: "Pine Cove Mill", "Bellavista Processing Plant". */
    private static final Pattern NAMED_PLANT = Pattern.compile("(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})\\s+(?:Mill|Plant|Processing\\s+Plant|Concentrator)");
    /** "Hycroft produced", "The Cowal mine processed", "Mungari, in Western Australia, produced": a name that did the producing. */
    // ", with the Mt Magnet project delivering a further 38 981 oz": a clause's own subject, its verb in -ing
    // ("Cam and Motor Mine produced 458kg": one mine's name with "and" in it, when the singular "Mine" follows)
    private static final Pattern SUBJECT = Pattern.compile("(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,3}|\\p{Lu}[\\p{L}'-]+\\s+and\\s+\\p{Lu}[\\p{L}'-]+(?=\\s+Mine\\b))(?:\\s+(?:mine|Mine|operations?|unit|project))?"
            + "(?:,[^,.;]{1,40},)?\\s+(?:produced|milled|processed|poured|treated|delivered|contributed|producing|delivering|contributing|"
            + "produjo|produjeron|proces\u00f3|trat\u00f3|moli\u00f3)(?![\\p{L}])");
    /** "in the fourth quarter", its year unsaid, before the words that lead to a figure (the patterns below). */
    private static final String YEARLESS_QUARTER_OPENING = "(?i)\\b(?:in|during|for)\\s+the\\s+(first|second|third|fourth)\\s+quarter(?!\\s+of)";
    private static final Pattern QUARTER_THEN_WAS = Pattern.compile(YEARLESS_QUARTER_OPENING + "(?:\\s+also)?,?"
            + "\\s+(?:[^.;\\d]{0,60}?\\s)?(?:was|were|reached|totall?ed|amounted\\s+to|levels?:)\\s+$");
    private static final Pattern QUARTER_MEASURE_OF = Pattern.compile("(?i)\\b(first|second|third|fourth)[- ]quarter\\s+(?:gold\\s+|silver\\s+|copper\\s+)?(?:production|output)"
            + "\\s+(?:of|was|totall?ed|reached)\\s+(?:about\\s+|approximately\\s+|nearly\\s+)?$");
    /** "in the fourth quarter, produced": a quarter without its year right before the verb of the figure after it. */
    private static final Pattern QUARTER_THEN_VERB = Pattern.compile(YEARLESS_QUARTER_OPENING + ",?\\s+"
            // ("During the fourth quarter, Dayton produced": the company or the mine by its name)
            + "(?:it\\s+|the\\s+(?:mine|company)\\s+|(?-i:[A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+){0,2})\\s+)?(?:produced|milled|processed|treated|poured)\\s+$");
    /** The rest of a list of metals' masses after a figure, up to the span it ends with: " of zinc and 54,300 metric tons (119.7 million lb) of lead over the ". */
    // (the first figure's metal may be its own already, "4,018,735 oz silver and 38,907 oz gold in 2019", or come before its
    // unit, "4.0 million silver ounces (oz) and 38,907 gold oz in 2019")
    private static final Pattern LISTED_THEN_SPAN = Pattern.compile("(?i)(?:\\s*\\([^()]{0,12}\\d[^()]{0,30}\\)|\\s*\\([^()\\d]{1,12}\\))?(?:\\s*(?:of\\s+)?(?:" + Quantities.METAL_WORD + "))?"
            + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)\\d[\\d,.]*\\s*(?:million\\s*)?(?:(?:" + Quantities.METAL_WORD + ")\\s+)?(?:metric\\s+)?(?:tonnes|tons|t|oz\\.?|ounces|pounds|lbs?\\.?)"
            + "(?:\\s*\\([^()]{0,40}\\))?(?:\\s*(?:of\\s+)?(?:" + Quantities.METAL_WORD + "))?)+"
            + "(?:\\s*\\([^()]{0,50}\\))?\\s+(?:in|during|for|over)\\s+(?:the\\s+)?"); // (an aside after the last: "(7.1 MILLION OZ SILVER EQUIVALENTS) IN 2019")
    /** "Attributable gold production": the company's share, whichever mine gives the metal. */
    private static final Pattern ATTRIBUTABLE = Pattern.compile("(?i)\\battributable\\b");
    /** A span shorter than a year, named before a figure: "Fourth quarter production of", "Q4", "six months", "year to date". */
    private static final Pattern SPAN_WORD = Pattern.compile("(?i)\\b(?:quarter|quarterly|month|months|monthly|half|semester|Q[1-4]|H[12]|[1-4]Q|year[- ]to[- ]date|ytd)\\b");
    /** A figure's aside, then the year it is of: "38,907 OZ GOLD (7.1 MILLION OZ SILVER EQUIVALENTS) IN 2019". */
    private static final Pattern ASIDE_THEN_YEAR = Pattern.compile("(?i)\\s*\\([^()]{0,50}\\)\\s*(?:in|during)\\s+" + YEAR_ITSELF);
    /** A figure listed before another after their verb: "23,283 oz. gold and ", "1,200 tonnes of copper, ". */
    /** The words before a list's figures that end them: "Dayton produced " of "Dayton produced 23,283 oz. gold and ". */
    private static String beforeList(String words) {
        String before = words;
        for (Matcher listed = LISTED_BEFORE.matcher(before); listed.find(); listed = LISTED_BEFORE.matcher(before)) {
            before = before.substring(0, listed.start());
        }
        return before;
    }

    private static final Pattern LISTED_BEFORE = Pattern.compile("(?i)\\d[\\d,.]*\\s*(?:oz\\.?|ounces|tonnes|t|lbs?\\.?|pounds)(?:\\s+(?:of\\s+)?(?:gold|silver|copper|zinc|lead))?"
            + "\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$");
    private static final Pattern COMPARED_WITH_BEFORE = Pattern.compile("(?i)\\b(?:than|from|over|versus|vs\\.?|compared\\s+(?:to|with)|against)\\s+(?:in\\s+|during\\s+)?(?:the\\s+)?$");
    /** "This was comprised of 64.4 million pounds of zinc, ...": the parts of the figure the sentence before gave, of its period. */
    private static final Pattern PARTS_OF_THE_ONE_BEFORE = Pattern.compile("(?i)(?:this|these|it)\\s+(?:was\\s+|were\\s+)?(?:comprised|consisted|included|made\\s+up)\\s+(?:of\\s+)?\\d");
    /** "during the period", "over the period": the period the text spoke of last. */
    private static final Pattern THE_PERIOD = Pattern.compile("(?i)\\b(?:during|in|over|for)\\s+the\\s+(?:same\\s+)?period\\b(?!\\s+(?:of|in|last|a\\s+year))");
    /** The quarter named by its ordinal without its year, in a text of a year: that year's, or ("of last year") the one before. */
    private static ReportingPeriod quarterOfTheYear(String ordinal, boolean lastYear, ReportingPeriod year) {
        return ReportingPeriod.quarter(lastYear ? year.year() - 1 : year.year(), PeriodLabels.ordinal(ordinal));
    }

    /** A rate over a span after a quantity: "ounces per month", "tonnes a year". */
    // ("about 300,000 oz. annually": the unit's point first)
    private static final Pattern PER_SPAN_AFTER = Pattern.compile("(?i)^\\.?\\s*(?:(?:of\\s+)?(?:gold|silver|copper|zinc|lead)\\s+)?(?:per\\s+(?:month|year|annum|week|quarter)|(?:a|an|each)\\s+(?:month|week)"
            + "|every\\s+(?:year|month|week|quarter)|annually|yearly|monthly"
            // ("a 250,000 ounces-a-year producer": a rate; "20,000 oz a year earlier" is a figure compared with)
            + "|-?a[- ]year\\b(?!\\s+(?:earlier|ago|before|prior|previously))"
            // ("operated at a rate of 2,000 tonnes per day, five days a week": a working day's rate on a schedule, no period's average)
            + "|,?\\s*(?:one|two|three|four|five|six|seven|[1-7])\\s+days\\s+(?:a|per|each)\\s+week"
            // ("10.000 onças por trimestre", "2.000 onzas al mes", "mensuales")
            + "|(?:de\\s+(?:oro|plata|ouro|prata|cobre|zinc|zinco|plomo|chumbo)\\s+)?(?:por|al|ao|cada)\\s+(?:m[e\u00ea]s|a\u00f1o|ano|semana|trimestre)|mensua(?:l|is|les)|anua(?:l|is|les))\\b");
    /** A refinery or smelter, in a sentence or a table's section: what it produces is no mine's metal. */
    static final Pattern REFINERY = Pattern.compile("(?i)\\b(?:smelter|refinery|smelting|refining|fundici[o\u00f3]n|refiner[i\u00ed]a|pox|pressure\\s+oxidation)\\b");
    /** What a mine's trouble or success did to a figure: "hurt", "lifted". */
    private static final Pattern CAUSE_VERB = Pattern.compile("(?i)\\b(?:hurt|hit|affected|impacted|reduced|lowered|cut|curbed|dragged|weighed\\s+on|held\\s+back|boosted|lifted|raised|drove|pushed)\\s*$");
    /** The words of a whole's figure after an owner's possessive: "Sandfire's total production", "Kestrel's consolidated output". */
    private static final Pattern WHOLE_OWN = Pattern.compile("(?i)['\u2019]s\\s+(?:total|consolidated|combined|overall|group)\\b");
    /** The words between a production's owner and its figure, within one clause: " of ", " for the quarter was ". */
    private static final Pattern OWN_FIGURE_FOLLOWS = Pattern.compile("[^\\d,;()]{0,40}");
    /** An owner's possessive before what it owns: "Placer's copper production". */
    private static final Pattern OWNER_POSSESSIVE = Pattern.compile("(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})['\u2019]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:production|output)\\b");
    /** A name of two words or more that "has processed" (or produced, milled, treated): the subject of the figures after it. */
    private static final Pattern NAMED_SUBJECT_HAS = Pattern.compile("(?<![\\p{L}])(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){1,6})\\s+(?:has|have|had)\\s+(?:been\\s+)?"
            + "(?:produced|milled|processed|treated)\\b");
    /** "Gruyere ore tonnes processed", "Limon's gold production": a sentence that opens with the name its figures are of. */
    private static final Pattern ATTRIBUTIVE_SUBJECT = Pattern.compile("(?:[Tt]he\\s+)?(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})(?:['\u2019]s)?"
            // ("Kounrad Q2 2018 copper production of 3,677 tonnes": the period between the name and its figure's words)
            + "(?:\\s+(?:[QH][1-4]\\s+)?(?:19|20)\\d{2}|\\s+[QH][1-4])?"
            + "\\s+(?:ore|gold|silver|copper|zinc|lead|mill|plant|processing|production|throughput|head grade|recover(?:y|ies)|tonnes)\\b");
    /** Words that describe the subject before its name: "La empresa chilena Antofagasta Minerals", "Aim-listed copper miner Atalaya". */
    private static final Pattern DESCRIBED = Pattern.compile("(?:\\p{Lu}\\p{Ll}*\\s+)?(?:[\\p{Ll}-]+\\s+){1,5}");
    /** Where a clause of its own begins, just before a subject: ", while", "; and", ", whereas". */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("(?i)(?:[,;]\\s*(?:while|whereas|and|but|with)?|\\b(?:while|whereas))\\s*(?:the\\s+)?$");
    /** Capitalized words that name nothing: units, months, quarters, metals' symbols. */
    private static final Pattern NO_NAME = Pattern.compile("(?:Mt|Moz|Koz|Kt|Mlbs?|Klbs?|TMF|TMS|TM|TPD|Q[1-4]|H[12]|FY\\d*|Au|Ag|Cu|Pb|Zn|AISC\\w*|AIC|US|A|I|Inc|Corp|Ltd|"
            // "It produced 25,000 oz of gold in the quarter": a pronoun stands for a name the sentences before give
            + "(?i:" + MineNames.PRONOUN + ")|"
            + "January|February|March|April|May|June|July|August|September|October|November|December|Company|Group|"
            // a month in Spanish or Portuguese is when, not who: "El mes de Agosto se trató"
            + "Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Se(?:p)?tiembre|Octubre|Noviembre|Diciembre|"
            + "Janeiro|Fevereiro|Mar\u00e7o|Maio|Junho|Julho|Setembro|Outubro|Novembro|Dezembro|"
            // "The miner on Friday reported": a day is when, not who
            + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Gold|Silver|Copper|Lead|Zinc|"
            // a determiner opening the sentence ("The mine produced", "Its mill processed") names no one
            + "The|This|That|These|Those|Its|Our|Their|Each|Both|All|Every|Total|Overall|Combined|"
            // words that say what kind of figure it is, not whose: "Attributable gold production", "Nine-month gold production"
            + "La|El|Los|Las|Lo|En|De|Del|Durante|Para|Por|Se|Su|Sus|Nuestra|Nuestro|Nuestras|Nuestros|Esta|Este|Dicha|Dicho|"
            + "Attributable|Payable|Equity|By-?product|Co-?product|Pro-forma|Proforma|Preliminary|Commercial|Underground|Open|Open-pit|Open-cut|Quarterly|Annual|Record|"
            + "Consolidated|Group|Operating|Recovered|Contained|Year-to-date|"
            // what was produced names no one: "Metal produced in the first quarter", "Mineral processed was", "Doré gold production"
            + "Metals?|Minerals?|Ore|Dor[e\u00e9]|Bullion|(?:One|Two|Three|Six|Nine|Twelve|Half|Full|First|Second|Third|Fourth|Last|Prior|Previous)-"
            + "(?:months?|years?|quarters?|half)|"
            // "The Montreal-based company", "ASX-listed": where a company is, or where it is listed, describes it and names no one
            + "[\\p{Lu}][\\p{L}.]*-(?:based|headquartered|listed))");

    private boolean isIssuer(String name) {
        return issuer.isPresent() && issuer.get().isCalled(name);
    }

    /** Whether a word of the sentence is the issuer's name, or its possessive ("Kestrel's"). */
    boolean namesIssuer(String sentence) {
        Matcher word = CAPITALIZED.matcher(sentence);
        while (word.find()) {
            if (isIssuer(word.group().replaceFirst("['\u2019]s$", ""))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence names someone other than the issuer: a word capitalized within it that is no unit, month or metal. */
    private boolean namesOther(String sentence) {
        // the dateline's city, the issuer's listings ("(TSX: EQX; NYSE: EQX)") and its own full name name no one else
        sentence = TICKERS.matcher(DATELINE.matcher(sentence).replaceFirst("")).replaceAll(" ");
        if (issuer.isPresent()) {
            sentence = sentence.replace(issuer.get().name(), "");
        }
        Matcher word = CAPITALIZED.matcher(sentence);
        while (word.find()) {
            String w = word.group();
            if (word.start() == 0 && (COMMON_FIRST.matcher(w).matches() || !Vocabulary.read(w).isEmpty() || w.matches(".*(ed|ing|ly)"))) {
                continue; // a sentence's first word is capitalized whatever it is
            }
            if (!NO_NAME.matcher(w).matches() && !isIssuer(w)) {
                return true;
            }
        }
        return false;
    }

    /** A parenthesis of stock-exchange listings: "(TSX: EQX; NYSE: EQX)", "(AIM: RMM)". */
    private static final Pattern TICKERS = Pattern.compile("\\([^()]*\\b(?:TSXV?|TSX-V|NYSE|ASX|AIM|LSE|NASDAQ|OTCQX|OTC|JSE|BVL|BMV|FSE|OTCQB)\\b\\s*:[^()]*\\)");
    /** "Lima, 17 de febrero de 2025 – ", "VANCOUVER, Oct. 17, 2017 (GLOBE NEWSWIRE) -- ": where and when, before the sentence. */
    private static final Pattern DATELINE = Pattern.compile("^.{0,100}?\\b(?:19|20)\\d{2}\\b\\s*(?:\\([^)]{0,40}\\)\\s*)?[-\u2013\u2014:]+\\s*");
    private static final Pattern CAPITALIZED = Pattern.compile("(?<=\\s|^)\\p{Lu}[\\p{L}'-]*");
    /** Words that begin sentences and name nothing. */
    private static final Pattern COMMON_FIRST = Pattern.compile("(?i)the|a|an|and|but|so|also|in|at|on|for|during|our|its|this|these|that|record|quarterly|total|"
            + "consolidated|average|overall|actual|attributable|combined|cumulative|estimated|reported|underlying|mill|plant|process|processing|ore|head|metal|production|throughput|recoveries|recovery|grades?|output|year|first|second|"
            + "third|fourth|full|annual|both|all|each|as|with|from|by|after|while|compared|higher|lower|high|low|strong|stronger|weak|weaker|poor|good|better|worse|modest|steady|solid|stable|robust|consistent|healthy|improved|increased|reduced|q[1-4]|h[12]|although|though|however|despite|because|since|whereas|before|"
            // Spanish sentences open with these as often
            + "el|la|los|las|en|de|del|durante|sin|con|por|para|asimismo|adem\u00e1s|adicionalmente|al|este|esta|estos|estas|su|sus|se|y|pese|no|"
            + "cabe|producci\u00f3n|promedio|ley|leyes|recuperaci\u00f3n|mientras|respecto");

    /**
     * The owner of a figure the sentence gives to no mine: the release's only mine; the company, when the text says it
     * runs several mines or names none; else no one, for whether it is a mine's or the company's would be a guess.
     */
    private String ofTheWhole(String sentence) {
        if (singleMine != null) {
            // "from all operations": more than the one mine the text names; so is "consolidated copper production" in a sentence
            // that does not name that mine, unless the text calls it the company's sole operation
            boolean consolidated = !soleMineSaid && CONSOLIDATED.matcher(sentence).find() && mines.namedIn(sentence).isEmpty();
            return ALL_OPERATIONS.matcher(sentence).find() || consolidated ? null : ISSUER_OR_ONLY_MINE;
        }
        if (ONE_FACILITY.matcher(sentence).find() && !WHOLE.matcher(sentence).find()) {
            return UNPLACED; // "recovery at the plant reached 90.1%" in a text of several mines: one mine's plant, which it does not name
        }
        if (severalMines || ofAllTogether(sentence)) {
            return null; // "8.087 onças de ouro nas minas Palito e São Chico": every mine the text names, together
        }
        // a text that names no mine speaks of the company, unless the sentence names someone (a mine the text never calls one);
        // "group production", "consolidated" say so whatever else it names
        if (!mines.namesAny() && (!namesOther(sentence) || WHOLE.matcher(sentence).find())) {
            return null;
        }
        // one that names several mines calls the company's figure "consolidated", or names none of them in the sentence
        // ("Gold production in the June quarter reached 202 254 oz")
        // (a mine named only in a closing clause of cause, "..., as production from Mt Carlton was excluded from the tally", is
        // not the one the figure is of)
        String own = CLOSING_CAUSE.matcher(sentence).replaceFirst("");
        // ("In 2018's second quarter, the mine produced 11,587 oz. gold" in a text of two mines: one mine's, which the sentence does not name)
        boolean ofAll = WHOLE.matcher(sentence).find() || mines.namedIn(own).isEmpty() && !namesOther(own) && !ONE_MINE_SUBJECT.matcher(own).find();
        return mines.namedCount() >= 2 && ofAll ? null : UNPLACED;
    }

    /** "Total gold production of ", "Total production was ": the figure's own words, right before it, call it the total. */
    private static final Pattern TOTAL_OWN_BEFORE = Pattern.compile("(?i)(?:^|[-\u2022\u00b7:;,.]\\s*)total\\s+(?:(?:gold|silver|copper|zinc|lead)\\s+)?(?:production|output)\\s+"
            + "(?:of|was|were|reached|amounted\\s+to|:)\\s*$");

    /** A sentence whose subject is "the mine", after a clause of cause at most: "However, due to falling recoveries ..., the Mine closed the year". */
    private static final Pattern THE_MINE_OPENS = Pattern.compile("(?:[^;.]{0,160}?,\\s+)?(?:[Tt]he|[Tt]his)\\s+[Mm]ine\\s+(?:closed|ended|finished|produced|milled|processed|treated|poured|recovered|achieved|delivered)\\b");
    /** "the mine produced", "this mine milled": one mine the sentence speaks of, without its name. */
    private static final Pattern ONE_MINE_SUBJECT = Pattern.compile("(?i)\\b(?:the|this)\\s+mine\\s+(?:produced|milled|processed|treated|poured|recovered)\\b");
    /** A sentence's closing clause of cause, after its figures: ", as production from Mt Carlton was excluded from the tally". */
    // (not "as planned", "as expected": a manner, whose place after it may be the figure's: "(3.7 g/t ...) with mining, as planned, in
    // the lower grade areas of the Hera orebody")
    private static final Pattern CLOSING_CAUSE = Pattern.compile("(?i),\\s+(?:as(?!\\s+(?:planned|expected|anticipated|budgeted|forecast|scheduled)\\b)|because|since"
            + "|following|after|excluding|due\\s+to)\\s+(?![^,;]*\\d)(?=[^;]*\\b(?:was|were|is|are|had|has|have|necessitated|caused|impacted|affected|hampered|restricted|limited)\\b)[^;]*$"
            // ("3,555 ounces marks a 155% year-over-year increase ..., reflecting the mine's rapid expansion": what the change reflects)
            + "|,\\s+reflecting\\s+(?![^,;]*\\d)[^;]*$"
            // ("6,334 ounces, lower than the anticipated volumes due to low mine production and lower mill feed grade": a cause named
            // in a few words, no figure of its own, closing the sentence)
            + "|\\s+(?:due\\s+to|owing\\s+to|because\\s+of|as\\s+a\\s+result\\s+of)\\s+[^\\d,;]{1,80}$");
}
