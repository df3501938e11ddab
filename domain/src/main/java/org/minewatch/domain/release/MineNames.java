package org.minewatch.domain.release;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;

/**
 * The mines a release speaks of: those it names ("the Bellekeno mine", "San Jose Mine, Mexico", "Unidad
 * Uchucchacua", a heading "Palmarejo, Mexico") and those already stored that it mentions. A name is cleaned
 * of what says where or what kind it is ("Caylloma, Peru" and "Caylloma Mine" are Caylloma) and spelled as
 * stored when it is a stored mine.
 */
final class MineNames {

    /** The small words that join a name's words ("San José de Gracia", "Lac des Iles"), and never end a name. */
    private static final String JOINING_WORD = "de|del|des|du|la|los|las|el";
    /** What parts a name's words: spaces, and at most one line's end (never a blank line, which ends a paragraph). */
    private static final String WORD_GAP = "(?:[ \\t]+|[ \\t]*\\n[ \\t]*)";
    // (any capital opens a name: "Çöpler", "Kışladağ")
    // "the G-9 mine": a name may end in a number after its hyphen; "Lac des Iles": French joins a name's words too (a joining
    // word whole, not "du" of "Holloway during"; "San" and "Santa" may still open a word)
    private static final String NAME = "(\\p{Lu}(?:[\\p{L}'\u2019.-]+(?:-\\d{1,3})?|-\\d{1,3})(?:[ \\t]+(?:(?:" + JOINING_WORD + ")(?![\\p{L}])|San|Santa|\\p{Lu}[\\p{L}'\u2019.-]+)){0,3})";
    // "the Monty copper/gold mine": the metals it yields, one or two, between its name and "mine" ("the Pan heap leach mine": how it works)
    // ("Cam and Motor Mine": one mine's name with "and" in it, when the singular "Mine" follows)
    private static final Pattern NAMED = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]+[ \\t]+and[ \\t]+\\p{Lu}[\\p{L}'\u2019-]+(?=[ \\t]+Mine\\b)|" + NAME.substring(1) + "\\s+(?:(?:gold|silver|copper|zinc|polymetallic|underground|open[- ]pit|heap[- ]leach)(?:[/-](?:gold|silver|copper|zinc|lead))?\\s+)?(?:[Mm]ine|[Mm]ines|[Oo]peration|[Oo]perations|[Mm]ine [Cc]omplex|[Uu]nit|[Pp]roperty|MINES?|OPERATIONS?|MINE COMPLEX|UNIT|PROPERTY)\\b"
            // "the previously announced Small Mine Plan", "the Life of Mine Plan": a plan's name, no mine's
            + "(?![ \\t]+(?:[Pp]lans?|PLANS?)(?![\\p{L}]))"
            // on one line: "Producción por unidad" over "La producción ..." names no mine "La"
            // "la mina polimetálica Yauricocha": one word of what kind of mine between
            + "|\\b(?:[Uu]nidad(?:[ \\t]+(?:[Mm]inera|[Oo]perativa|[Mm]inero))?|[Mm]inas?(?:[ \\t]+(?:polimet[a\u00e1]lica|aur[i\u00ed]fera|argent[i\u00ed]fera|cupr[i\u00ed]fera|subterr[a\u00e1]nea))?|Proyecto|Operaci[o\u00f3]n)[ \\t]+" + NAME
            // "a mina de Paracatu", "seu complexo minerário de Paracatu": Portuguese names its mine after "de" (Spanish "la mina de
            // Barrick" names its owner)
            + "|\\b(?:(?:[Aa]|[Nn]a|[Dd]a)[ \\t]+mina|[Cc]omplexo[ \\t]+miner[a\u00e1]rio)[ \\t]+(?:de|do|da)[ \\t]+" + NAME);
    private static final Pattern AT_OPENING = Pattern.compile("(?:^|[.!?]\\s+|\\n)\\s*(?:At|En)\\s+(?:the\\s+)?" + NAME + ",\\s+(?:the\\s+|la\\s+|el\\s+)?"
            + "(?:plant|mill|mine|operation|planta|mina|concentrator|concentradora)?\\s*(?:processed|milled|treated|produced|poured|averaged|throughput|se\\s+trataron|se\\s+procesaron|produjo"
            // "At Macraes, the Company began mining the high grade eastern section": where the company mines is a mine
            + "|(?:[Cc]ompany|[Gg]roup)\\s+(?:began|commenced|continued|completed|started)\\s+(?:mining|milling|processing|production))");
    /** The name a possessive stands beside: "Orovalle, " before "Orvana's unit". */
    /** "the", "its", "both", "two": words before a name of several mines that no company's name stands after. */
    // ("the Doyon and Mouska Mines", "its Osprey, Heron and Egret Mines": the names before the last one's, between)
    private static final Pattern OWNER_OR_COUNT_BEFORE = Pattern.compile("\\b(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir|[Bb]oth|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ll]os|[Ll]as)\\s+"
            + "(?:\\p{Lu}[\\p{L}'\u2019.-]*,?\\s+(?:(?:and|&)\\s+)?){0,4}$");
    private static final Pattern APPOSITIVE = Pattern.compile("([A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][\\p{L}.-]+(?:\\s+[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][\\p{L}.-]+){0,2}),\\s*$");
    /** Pronouns, which stand for a name the sentences before give and are none ("It produced 25,000 oz"). */
    static final String PRONOUN = "it|they|we|there|he|she";
    /** A headline's verb or a bullet's participle in title case before a name: "Places Operations", "Advanced Zgounder Mine expansion". */
    private static final String HEADLINE_WORD = "places|reports|provides|announces|achieves|declares|delivers|posts|completes|commences|resumes|suspends|updates|"
            + "confirms|restarts|boosts|advanced|continued|completed|commenced|started|expanded|upgraded|resumed|restarted|improved|increased|achieved|"
            + "accelerated|ongoing|"
            // a heading's gerund: "Establishing Long-Term Mine Infrastructure"
            + "establishing|building|developing|advancing|expanding|improving|increasing|delivering|achieving|maintaining|optimizing|optimising|completing|"
            + "long-term|short-term|near-term|medium-term";
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)^(the|its|" + PRONOUN + "|that|our|this|each|open|underground|pit|gold|silver|copper|zinc|lead|both|all|two|three|four|five|other|first|second|"
                    + "third|fourth|company|company's|total|mining|producing|operating|flagship|existing|main|current|overall|consolidated|combined|"
                    // a sentence's opening word before "mine development", "mine output": a linking word, no mine's name
                    + "meanwhile|elsewhere|furthermore|moreover|likewise|however|also|further|additionally|separately|similarly|notably|importantly|"
                    + "\\p{L}+(?:ally|ately|ively|ously|edly|ingly)|year-to-date|strong|recent|planned|improved|increased|"
                    // an adjective of how an operation ran: "Stable operation of the metals recovery plant"
                    + "stable|steady|solid|safe|smooth|continued|consistent|robust|sustained|successful|reliable|efficient|normal|"
                    // what a mine's figures are reconciled against: "a Positive Reconciliation Against the Geological Model"
                    + "geological|geologic|model|"
                    + "these|those|which|one|"
                    // a figure's multiplier at a line's end over "Mine Operating Earnings": "$21.89 Million" names no mine
                    + "million|millions|billion|billions|thousand|thousands|"
                    // a section of what a release reports besides production: "Safety and Sustainability"
                    + "safety|sustainability|environment|environmental|community|communities|esg|governance|"
                    // a stock exchange: "trading from the TSX to the TSXV"
                    + "tsxv?|tsx-v|nyse|asx|lse|nasdaq|otcqx|otcqb|otc|jse|bvl|bmv|"
                    // (and Spanish ones: "En 2025 su producci\u00f3n alcanz\u00f3 a 41,6 mil toneladas")
                    + "a|an|and|at|in|of|for|from|by|with|on|en|su|sus|durante|desde|para|por|con|este|esta|heap|leach|plant|mill|processing|high|low|record|quarterly|annual|said|per|"
                    + "dump|surface|satellite|cash|costs?|corporate|toll|third-party|summary|executive|highlights?|report|review|overview|production|financial|"
                    + "results|operational|operating|quarter|outlook|guidance|table|notes?|mine|mines|mina|minas|net|gross|average|group|zone|zones|lode|stope|shaft|"
                    // a country's adjective names where mines are, not one of them: "Mexican Operations"
                    + "mexican|peruvian|chilean|argentine|argentinian|bolivian|brazilian|colombian|canadian|american|australian|african|ghanaian|"
                    + "malian|tanzanian|chinese|kazakh|russian|spanish|turkish|swedish|finnish|irish|nevadan|mexicana|mexicanas|peruana|peruanas|"
                    + "zambian|congolese|zimbabwean|panamanian|namibian|botswanan|guatemalan|honduran|nicaraguan|ecuadorian|guyanese|indonesian|"
                    + "philippine|mongolian|serbian|portuguese|ivorian|burkinabe|senegalese|guinean|egyptian|ethiopian|eritrean|kenyan|"
                    // a headline's verb in title case: "Places Operations Temporarily on Hold", "Resumes Operations"
                    + HEADLINE_WORD + ")$");
    private static final Pattern HEADLINE_FIRST = Pattern.compile("(?i)^(?:" + HEADLINE_WORD + ")\\s+(?=\\S)");
    /** Words' initials, in capitals: "AGP" of "Acupan gold project". */
    private static String initials(String[] words) {
        StringBuilder letters = new StringBuilder();
        for (String word : words) {
            letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        }
        return letters.toString();
    }

    /** "Kumtor Gold Company (KGC)": a company called as a mine, and its initials. */
    private static final Pattern OPERATOR_WITH_INITIALS = Pattern.compile("\\b(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)?)\\s+(?:Gold|Mining|Copper|Silver)\\s+(?:Company|Corporation)\\s*\\(([A-Z]{2,5})\\)");
    /** "its namesake mine", "the company's namesake project": a mine called as its company is. */
    private static final Pattern NAMESAKE = Pattern.compile("(?i)\\b(?:its|the\\s+company['\u2019]s|our)\\s+namesake\\s+(?:gold\\s+|copper\\s+|silver\\s+)?(?:mine|project|operation)\\b");
    /** Words that say a company runs several mines: then no figure is given to "the only mine" it names. */
    private static final Pattern SEVERAL = Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|both|several|dos|tres|cuatro|cinco|seis|siete|ocho|"
            // a count of mines, not a figure's last digits: "A$45.2 million" over a heading "Operations" counts nothing
            // ("Both of Mandalay's operations": an owner's possessive among the words between; "our portfolio of high-quality mines")
            // ("Algunas unidades como María, San Felipe y Ocampo": some of its units named)
            // (nor the number of a name: "COVID-19 protocols in our operations")
            + "nueve|diez|varias|algunas|(?<![\\d.,$\\p{L}-])\\d{1,2}(?![\\d.,%]))[ \\t]+(?:[\\p{L}'\u2019-]+[ \\t]+){0,4}"
            + "(?:mines|operations|minas|unidades|operating assets|producing assets)\\b|\\bthe (?:company's )?mines\\b|\\b(?:its|our|whose|sus|nuestras)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:of\\s+(?:[\\p{L}-]+\\s+)?)?(?:mines|minas|unidades)\\b|\\b(?:each|all) of (?:its|our|the) (?:mines|operations)\\b"
            // "operating issues at a number of mines are impacting our results" (not "unlike a number of mines in the region")
            // "Las minas que sobresalieron fueron Asientos (+86 %), San Francisco del Oro (+21 %) y Tayahua": the company's mines compared
            + "|\\blas\\s+minas\\s+que\\b"
            // "Constructed a second mine at Hermes": a mine beside the one it had (not "a second mill", "a second pit")
            + "|\\b(?:a|its|our|the\\s+company['\u2019]s)\\s+(?:second|third|fourth|fifth)\\s+(?:gold\\s+|copper\\s+|silver\\s+)?(?:mine|operation)\\b"
            + "|\\b(?:at|from|across)\\s+a\\s+number\\s+of\\s+(?:its\\s+|our\\s+)?(?:mines|operations)\\b"
            // "from the Zimapan Mine in Mexico and its Bolivian operations": operations beside the mine named
            + "|\\b(?:and|plus)\\s+(?:its|our)\\s+(?:[\\p{L}-]+\\s+){0,2}operations\\b"
            // "On a consolidated basis, the Corporation's Q2 2015 gold production totaled 26,314 ounces" beside the one mine named
            + "|\\bon\\s+a\\s+consolidated\\s+basis\\b[^.;]{0,60}?\\bproduction\\b"
            // "better than expected performance at 13 properties": producing properties counted (not "three exploration properties")
            + "|\\b(?:at|from|across)\\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several)|(?<![\\d.,$])\\d{1,2}(?![\\d.,%]))[ \\t]+(?:(?!explor|prospect|project)[\\p{L}'\u2019-]+[ \\t]+){0,2}"
            + "(?:properties|sites)\\b");
    /** Countries, states and provinces where mines are, as releases name them after a mine. */
    private static final String PLACES = "(?:mexico|m\u00e9xico|peru|per\u00fa|bolivia|chile|argentina|brazil|brasil|colombia|"
            + "guatemala|honduras|nicaragua|ecuador|canada|usa|u\\.s\\.a?\\.?|united states|nevada|alaska|idaho|colorado|montana|arizona|california|utah|"
            + "wyoming|south dakota|yukon|ontario|quebec|qu\u00e9bec|british columbia|b\\.c\\.|nunavut|manitoba|saskatchewan|ghana|burkina faso|mali|"
            + "c[o\u00f4]te d'ivoire|ivory coast|senegal|guinea|egypt|tanzania|kenya|south africa|namibia|australia|western australia|queensland|"
            + "new south wales|nsw|victoria|spain|portugal|sweden|finland|ireland|serbia|turkey|kazakhstan|russia|armenia|china|mongolia|indonesia|"
            + "philippines|papua new guinea|png|fiji|morocco|zambia|drc|eritrea|ethiopia|sudan|zimbabwe|botswana|mauritania|niger|nigeria|liberia|"
            + "sierra leone|congo|uzbekistan|kyrgyzstan|kyrgyz republic|tajikistan|greenland|norway|poland|slovakia|romania|bulgaria|greece|india|"
            + "laos|vietnam|thailand|malaysia|solomon islands|new zealand|panama|dominican republic|suriname|guyana|uruguay|venezuela|durango|zacatecas|chihuahua|sonora|sinaloa|jalisco|oaxaca|"
            + "nayarit|coahuila|hidalgo|puno|arequipa|la libertad|ancash|pasco|jun[i\u00ed]n|lima|potos[i\u00ed]|"
            // Brazil's mining states: "no ativo de Minas Gerais" is a state, not mines called Gerais
            + "minas gerais|goi[a\u00e1]s|bahia|mato grosso|(?-i:Par\u00e1)|amap[a\u00e1]|tocantins)";
    /** A part of a country or state: "Interior Alaska", "Western Australia", "Northern Ontario" name a region, no mine. */
    private static final Pattern REGION = Pattern.compile("(?i)(?:interior|northern|southern|eastern|western|central|north|south|east|west|northwest|northeast|southwest|southeast|upper|lower|greater)\\s+(?:" + PLACES + ")");
    /** "Lincoln County", "Ashanti Region": a country's division, by the word that says so after its name ("the Lincoln County mine" is the county's one mine, named for where it is). */
    private static final Pattern DIVISION = Pattern.compile("(?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,2}(?:County|Province|Prefecture|Oblast|Krai)");
    /** A word that names nothing alone, as the part of "La India" before its country. */
    private static final Pattern ARTICLE_ALONE = Pattern.compile("(?i)la|el|los|las|le|les|the|de|del|san|santa|santo|nueva|nuevo|new|mount|mt\\.?|cerro");
    static final Pattern PLACE = Pattern.compile("(?i),?\\s*(?:\\b(?:in|en)\\s+)?\\b(" + PLACES + ")\\b\\.?\\s*$");
    /** 'Cerro Los Gatos ("CLG") mine': a mine's name with the short name the text then uses. */
    /** A short name in capitals in parentheses, quoted or not: '("CLG")', "(ELG)". The short name is the group. */
    private static final String SHORT = "\\(\\s*[\"'\u201c]?([A-Z][A-Z0-9]{1,5})[\"'\u201d]?\\s*";
    // ('the El Limón Guajes ("ELG") Underground', '... ("ELG") Open Pits': the mine named by one of its ways of mining)
    private static final Pattern NAMED_WITH_ALIAS = Pattern.compile(NAME + "\\s*" + SHORT + "\\)\\s+(?:[Mm]ine|[Oo]peration|[Uu]nit|Underground|Open[- ][Pp]its?|(?:Mine|Mining)\\s+Complex)\\b");
    /** "Acupan Gold Project (AGP)", "the Acupan gold project (AGP)": a mine's name, its kind last, and its initials in parentheses. */
    // (the metal before the kind, as a mine's name gives it: "the Sulphide Expansion Project (SEP)", "the Water Treatment Project
    // (WTP)" and "Kestrel Gold Mining Operation (KGMO)" name works and companies, no mine)
    private static final Pattern NAMED_WITH_INITIALS = Pattern.compile("((?:\\p{Lu}[\\p{L}'\u2019-]+\\s+){1,3}(?i:gold|silver|copper|zinc|polymetallic)\\s+(?i:mine|project|operation|complex))\\s*\\(([A-Z]{2,5})\\)");
    /**
     * "its Cisneros mining operation", "its Morning Star production operations": a mine's name after the owner's word ("Contract
     * mining operations" opening a sentence names none).
     */
    // ("its US production operations", "its USA mining operations": a country's, no mine's)
    private static final Pattern NAMED_MINING_OPERATION = Pattern.compile("\\b(?:the|its|our|their)\\s+(?!(?:US|USA|UK|U\\.S\\.)\\s)" + NAME
            + "\\s+(?:mining|production)\\s+operations?\\b");
    /** "Leonora (Western Australia)", "Simberi (PNG)": a name with its place in parentheses is a mine's. */
    private static final Pattern NAMED_WITH_PLACE = Pattern.compile(NAME + "\\s+\\((?i:" + PLACES + ")\\)");
    // ("Bystrinsky GOK": a Russian mining and processing combine's initials after its name)
    private static final Pattern KIND = Pattern.compile("(?i)\\s+(mine complex|mine site|mines?|operations?|unit|property|complex|project|district|mill|GOK)\\b\\.?$");

    /** "Proyecto Riotinto", "Unidad Uchucchacua": a kind before the name. */
    private static final Pattern KIND_BEFORE = Pattern.compile("(?i)(proyecto|unidad|mina|operaci[o\u00f3]n)\\s+\\p{Lu}");
    /** A bank's, a fund's or a broker's name: "Investec Bank", "Macquarie Capital". */
    private static final Pattern INSTITUTION = Pattern.compile("(?i).*\\b(?:bank|banco|capital|finance|securities|partners|fund|trust|insurance|exchange)$");
    /** A section's title that names where before the mine: "Brazil - Andorinhas"; the name is the group. */
    private static final Pattern PLACE_THEN_NAME = Pattern.compile("(?i)^(?:" + PLACES + ")\\s+[-\u2013\u2014]\\s+(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})$");
    /** A title of a few capitalized words, "and", "&" or "de" between them, nothing else. */
    private static final Pattern BARE_TITLE = Pattern.compile("\\p{Lu}[\\p{L}'-]+(?:\\s+(?:and|&|de|del|la|\\p{Lu}[\\p{L}'-]+)){0,3}");
    /** Titles of a release's sections other than a mine's, and words of a company's name. */
    private static final Pattern SECTION_WORD = Pattern.compile("(?i)\\b(exploration|health|safety|sustainability|environment\\w*|financial|finance|corporate|outlook|"
            + "guidance|development|projects?|operations|operational|costs?|capital|conference|webcast|about|contacts?|qualified|forward|cautionary|"
            + "statements?|appendix|disclaimer|group|consolidated|total|company|mining|minerals|metals|resources|gold|silver|copper|corp|inc|ltd|limited|"
            + "plc|executive|review|people|community|esg|markets?|sales|hedging|liquidity|balance|dividends?|strategy|growth|highlights?|summary|recent|developments?|"
            // a page's placeholder where a picture stood: "IMAGE" on a line of its own above a story's paragraphs
            + "images?|photos?|pictures?|videos?|captions?|advertisements?|"
            // a Spanish release's sections: "Perspectivas", "Destacados", "Producción por unidad", "Consolidado"
            + "perspectivas?|destacad[oa]s?|exploraci[o\u00f3]n|costos?|comentarios?|seguridad|inversi[o\u00f3]n(?:es)?|consolidad[oa]s?|proyectos?|mercados?|precios?|"
            + "cotizaci[o\u00f3]n(?:es)?|notas?|contacto|glosario|medio ambiente|acerca|resumen|producci[o\u00f3]n|resultados|gu[i\u00ed]a|pron[o\u00f3]sticos?|"
            + "unidad|concepto|operaciones|finanzas|hechos|relevantes|aspectos|"
            // a person's office under a signature or over a quote ("President and CEO"): no mine's section
            + "president|vice-president|ceo|cfo|coo|chairman|chairwoman|chair|directors?|officer|secretary|presidente|gerente|vicepresidente)(?![\\p{L}])");

    private final Map<String, String> known = new LinkedHashMap<>();
    private final Map<String, String> named = new LinkedHashMap<>();
    /** What follows a project's name: its metal, if any, and the word project. */
    private static final String PROJECT_KIND = "\\s+(?:(?:gold|silver|copper|zinc|polymetallic|Gold|Silver|Copper|Zinc)\\s+)?(?:[Pp]roject|PROJECT)\\b";

    /** "its Mangazeisky silver project", "the Company's Acupan Gold Project": a project the text calls its own. */
    private static final Pattern OWN_PROJECT = Pattern.compile("\\b(?:[Ii]ts|[Tt]he\\s+[Cc]ompany['\u2019]s|[Oo]ur)\\s+" + NAME + PROJECT_KIND);
    private static final Pattern METAL_PROJECT = Pattern.compile("\\b[Tt]he\\s+" + NAME + "\\s+(?:gold|silver|copper|zinc|polymetallic)\\s+[Pp]roject\\b");
    /** "Apex Mining's Maco Gold Project": a project named with a company's possessive, the issuer's own when it is the issuer's. */
    private static final Pattern POSSESSED_PROJECT = Pattern.compile("(\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,3})['\u2019]s[ \\t]+"
            + NAME.replace("(\\p{Lu}", "(?<project>\\p{Lu}") + PROJECT_KIND);
    /** A sentence that speaks of a project's production, without a word of its being held, sold or idle. */
    private static final Pattern PROJECT_PRODUCING = Pattern.compile("(?i)\\b(?:production|produced|producing|output|poured)\\b");
    /** A project's own sentence saying, after its name, that it produced: "the Norseman gold project ... produced 21,374 ounces". */
    private static final Pattern PROJECT_PRODUCED = Pattern.compile("(?i)\\b(?:produced|poured|milled|processed)\\b");
    private static final Pattern PROJECT_HELD = Pattern.compile("(?i)\\b(?:resources?|reserves?|care\\s+and\\s+maintenance|option|lease|acquir\\w*|sale|sold|divest\\w*|closed)\\b");

    /** The sentence around a place of a text: back to the full stop or line's end before it, on to the one after. */
    private static String ownSentence(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1;
        int stop = text.indexOf(". ", end);
        int newline = text.indexOf('\n', end);
        int to = stop < 0 ? (newline < 0 ? text.length() : newline) : newline < 0 ? stop : Math.min(stop, newline);
        return text.substring(from, to);
    }
    /** Words of a project being studied, permitted or built. */
    private static final Pattern PROJECT_IN_DEVELOPMENT = Pattern.compile("(?i)\\b(?:feasibility|permit\\p{L}*|construction|constructing|study|studies|"
            + "exploration|drilling|environmental|pre-?feasibility|schedule|financing|engineering|expected\\s+to\\s+(?:begin|start|commence))\\b");
    /**
     * Names of properties, and of mills that did a mine's work ("the Lac des Iles mill produced"), which count as mines only in a
     * text that names no mine: a property holds mines, a mill serves them, and either stands for the operation when named alone.
     */
    private final Map<String, String> properties = new LinkedHashMap<>();
    /**
     * "the Lac des Iles mill produced": the mill of a place named, written small, the subject of what a mine's plant does (not
     * "the Black Fox Mill expansion", nor "processed at the Company's New Jersey mill", a place the ore went to). A mill's own
     * name, its "Mill" in capitals ("the Aurbel Mill processed"), may be that of a plant fed by mines unnamed, so it is not taken.
     */
    private static final Pattern MILL_AT_WORK = Pattern.compile("\\b(?:[Tt]he|[Ii]ts|[Oo]ur)\\s+(?:[Cc]ompany['\u2019]s\\s+)?" + NAME
            + "\\s+mill\\s+(?:processed|produced|milled|treated|poured|recovered)\\b");
    /** {@link #named()} and the pattern that finds each in a text, built once the names are all known. */
    private List<String> all;
    private List<Pattern> patterns;
    /** Short names the text gives its mines ("CLG" for Cerro Los Gatos), by key, with the name they stand for. */
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final boolean namesAny;
    private final Optional<ReleaseIssuer> issuer;

    MineNames(Collection<String> knownMines, String text) {
        this(knownMines, text, Optional.empty());
    }

    /** @param issuer the company the text names as its issuer: "Richmont Mines" is it, no mine "Richmont" */
    MineNames(Collection<String> knownMines, String text, Optional<ReleaseIssuer> issuer) {
        this.issuer = issuer;
        knownMines.forEach(m -> known.put(key(m), m));
        Matcher alias = NAMED_WITH_ALIAS.matcher(text);
        while (alias.find()) {
            String name = alias.group(1).replaceFirst("^(?:The|Its|Our|This|At|In|From|Both|And|Of)\\s+", "").strip();
            if (!NOT_A_NAME.matcher(name.split("\\s+")[0]).matches()) {
                named.putIfAbsent(key(name), name);
                aliases.put(key(alias.group(2)), name);
            }
        }
        if (issuer.isPresent() && NAMESAKE.matcher(text).find()) {
            // "at its namesake mine in the northern Goldfields" in a text of Bellevue Gold: the mine that bears the company's name
            String name = IssuerReader.withoutCompanyWords(issuer.get().name());
            if (!name.isEmpty() && !name.equals(issuer.get().name().strip())) {
                named.putIfAbsent(key(name), name);
            }
        }
        Matcher initials = NAMED_WITH_INITIALS.matcher(text);
        while (initials.find()) {
            // "the Acupan gold project (AGP)": a mine's short name made of its words' initials, the kind's word among them
            String[] words = initials.group(1).strip().split("\\s+");
            String letters = initials.group(2);
            if (words.length >= letters.length() && !NOT_A_NAME.matcher(words[words.length - letters.length()]).matches()
                    && (issuer.isEmpty() || !issuer.get().isCalled(words[words.length - letters.length()]))) {
                if (initials(Arrays.copyOfRange(words, words.length - letters.length(), words.length)).equals(letters)) {
                    // the name without its kind and metal: "the Central Murchison gold project" is the mine "Central Murchison"
                    String name = String.join(" ", Arrays.copyOfRange(words, words.length - letters.length(), words.length - 1))
                            .replaceFirst("(?i)\\s+(?:gold|silver|copper|zinc|polymetallic)$", "");
                    named.putIfAbsent(key(clean(name)), clean(name));
                    aliases.put(key(letters), clean(name));
                }
            }
        }
        for (Matcher m : List.of(NAMED.matcher(text), NAMED_WITH_PLACE.matcher(text), NAMED_MINING_OPERATION.matcher(text))) {
            addNamed(text, m);
        }
        addProducedAt(text);
        Matcher atOpening = AT_OPENING.matcher(text);
        while (atOpening.find()) {
            // "At San Cristóbal, the plant processed": a place a sentence opens with, whose figures follow, is a mine
            String name = atOpening.group(1).strip();
            String[] words = name.split("\\s+");
            if (!NOT_A_NAME.matcher(words[0]).matches() && !PeriodLabels.isMonthName(words[0]) && !SECTION_WORD.matcher(name).find()
                    && Vocabulary.read(name).isEmpty() && !PLACE.matcher(name).matches()) {
                named.putIfAbsent(key(clean(name)), clean(name));
            }
        }
        Matcher breakdown = PARENTHESIS.matcher(text);
        while (breakdown.find()) {
            List<String> shares = breakdownAt(text, breakdown.start());
            if (shares.size() >= 2) {
                shares.forEach(n -> named.putIfAbsent(key(clean(n)), clean(n)));
            }
        }
        addProducers(text);
        addOwnProduction(text);
        addOwnedTitles(text);
        addEponymous(text);
        addListedBeside(text);
        Matcher mill = MILL_AT_WORK.matcher(text);
        while (mill.find()) {
            String name = clean(mill.group(1));
            if (!NOT_A_NAME.matcher(name.split("\\s+")[0]).matches() && Vocabulary.read(name).isEmpty()) {
                properties.putIfAbsent(key(name), name);
            }
        }
        // "the Avino property" beside "its San Gonzalo mine": a property holds mines, and is one only when no mine is named
        if (named.isEmpty()) {
            named.putAll(properties);
        }
        boolean minesNamed = !named.isEmpty();
        // "development highlights from its Mangazeisky silver project": the one operation a text that names no mine names as
        // its own project is where what it produced came from; beside a mine named, only a project its own sentence says
        // produced ("The company's Norseman gold project ... produced 21,374 ounces" beside "The company's Scotia underground mine")
        // (and "return the Jaurdi gold project to previous levels of production": a project of a metal, "the" its only owner's word)
        for (Matcher project : List.of(OWN_PROJECT.matcher(text), METAL_PROJECT.matcher(text), POSSESSED_PROJECT.matcher(text))) {
            while (project.find()) {
                if (project.pattern() == POSSESSED_PROJECT && (issuer.isEmpty() || !issuer.get().isCalled(project.group(1)))) {
                    continue; // another company's project, or one the text does not say whose
                }
                String name = clean(project.pattern() == POSSESSED_PROJECT ? project.group("project") : project.group(1));
                // ("advanced permitting at its Harrier copper project", "Our Harrier silver project feasibility study": a project
                // being built or studied, whose the company's production is not)
                String around = text.substring(Math.max(0, project.start() - 150), Math.min(text.length(), project.end() + 150));
                if (issuer.isPresent()) {
                    // ("Metals Exploration said ... normal operations have resumed at its Runruno gold project": the issuer's own name
                    // says nothing of the project's being explored)
                    around = around.replace(issuer.get().name(), "");
                }
                // (a project named by "the" alone only in a sentence of its production: "return the Jaurdi gold project to
                // previous levels of production", not "The Osprey gold project hosts a resource of 900,000 ounces")
                String own = ownSentence(text, project.start(), project.end());
                if (project.pattern() == METAL_PROJECT && (!PROJECT_PRODUCING.matcher(own).find() || PROJECT_HELD.matcher(own).find())) {
                    continue;
                }
                int nameAt = own.indexOf(project.group());
                if (minesNamed && (!PROJECT_PRODUCED.matcher(nameAt < 0 ? own : own.substring(nameAt)).find() || PROJECT_HELD.matcher(own).find())) {
                    continue;
                }
                if (!NOT_A_NAME.matcher(name.split("\\s+")[0]).matches() && Vocabulary.read(name).isEmpty() && !PROJECT_IN_DEVELOPMENT.matcher(around).find()) {
                    named.putIfAbsent(key(name), name);
                }
            }
        }
        // "Cambior (CBJ-T)" beside "the lowest of Cambior's mines" and "Overall, Cambior produced": a name the text gives a ticker
        // is the listed company's, no mine, however else it was found (a company named as its mine is, without a ticker, may be either)
        issuer.ifPresent(i -> named.values().removeIf(n -> ReleaseIssuer.key(n).equals(ReleaseIssuer.key(i.name())) && IssuerReader.namedWithTicker(text, n)));
        Matcher operator = OPERATOR_WITH_INITIALS.matcher(text);
        while (operator.find()) {
            // "Kumtor Gold Company (KGC)" beside "Kumtor produced": the company that runs the mine named as it, its initials the mine's
            String name = operator.group(1).strip();
            String letters = initials(operator.group().substring(0, operator.group().indexOf('(')).strip().split("\\s+"));
            if (named.containsKey(key(name)) && letters.equals(operator.group(2)) && (issuer.isEmpty() || !issuer.get().isCalled(name))) {
                aliases.putIfAbsent(key(operator.group(2)), named.get(key(name)));
            }
        }
        Matcher shortName = SHORT_NAME.matcher(text);
        while (shortName.find()) {
            shortNames.add(shortName.group(1));
        }
        Matcher quoted = QUOTED_SHORT_NAME.matcher(text);
        while (quoted.find()) {
            quotedNames.add(quoted.group(1));
        }
        // "produce copper ... from the tailings of Codelco's 108-year-old El Teniente mine": a mine whose tailings the company treats,
        // named only so, is the source of its feed, no mine of its own
        named.values().removeIf(n -> {
            boolean any = false;
            for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
                any = true;
                if (!TAILINGS_OF_BEFORE.matcher(text.substring(Math.max(0, at - 60), at)).find()) {
                    return false;
                }
            }
            return any;
        });
        // "the Eagle River Underground Mine" beside "Eagle River": one mine, named once with its way of mining
        named.values().removeIf(n -> WAY_OF_MINING_CLOSES.matcher(n).find() && named.containsKey(key(WAY_OF_MINING_CLOSES.matcher(n).replaceFirst(""))));
        // "Black" over "Fox Mine Achieves 2,000 tpd" beside "the Black Fox Mine": a name a narrow page wrapped, its two pieces no mines
        List<String> whole = List.copyOf(named.values());
        named.values().removeIf(piece -> whole.stream().anyMatch(n -> wrappedPieceOf(text, piece, n)));
        String lower = text.toLowerCase(Locale.ROOT);
        namesAny = !named.isEmpty() || knownMines.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
        this.text = text;
        Matcher withMetals = NAMED_WITH_METALS.matcher(text);
        while (withMetals.find()) {
            java.util.Set<Metal> metals = metalsNamed.computeIfAbsent(key(clean(withMetals.group(1))), k -> java.util.EnumSet.noneOf(Metal.class));
            Quantities.METAL_NAME.matcher(withMetals.group(2)).results().forEach(m -> metals.add(Quantities.metal(m.group(1))));
        }
    }

    /** Whether a name is the first or last words of another the text wraps between them, one piece a line ("Black" / "Fox Mine"). */
    private static boolean wrappedPieceOf(String text, String piece, String name) {
        if (name.equals(piece) || !(name.startsWith(piece + " ") || name.endsWith(" " + piece))) {
            return false;
        }
        String first = name.startsWith(piece + " ") ? piece : name.substring(0, name.length() - piece.length()).strip();
        String rest = name.substring(first.length()).strip();
        return Pattern.compile("(?<![\\p{L}'\u2019-])" + Pattern.quote(first) + "[ \\t]*\\n[ \\t]*" + Pattern.quote(rest) + "(?![\\p{L}'\u2019-])").matcher(text).find();
    }

    /** "its Kounrad copper recovery plant", "the Sasa zinc-lead mine": a mine named with the metals it gives. */
    private static final Pattern NAMED_WITH_METALS = Pattern.compile(NAME + "\\s+((?i:gold|silver|copper|zinc|lead)(?:[/-](?i:gold|silver|copper|zinc|lead))*)"
            + "\\s+(?i:(?:[\\p{L}-]+\\s+){0,1}plant|mine|operation|project)\\b");
    /** The metals each mine is named with, by the mine's key. */
    private final Map<String, java.util.Set<Metal>> metalsNamed = new LinkedHashMap<>();
    private final String text;
    /** Each metal's one mine named with it, found once the mines are all known (see {@link #onlyMineNamedWith}). */
    private Map<Metal, String> mineOfMetal;

    /**
     * The one mine the text names with this metal ("Sasa zinc-lead mine" beside "Kounrad copper recovery plant"), when every
     * mine it names, two or more, is named with its metals; else empty.
     */
    Optional<String> onlyMineNamedWith(Metal metal) {
        if (mineOfMetal == null) {
            mineOfMetal = minesOfMetals();
        }
        return Optional.ofNullable(mineOfMetal.get(metal));
    }

    /** Whether the text names the mine with metals ("the Sasa zinc-lead mine"), this one not among them. */
    boolean namedWithOtherMetals(String mine, Metal metal) {
        java.util.Set<Metal> metals = metalsNamed.get(key(clean(mine)));
        return metals != null && !metals.contains(metal);
    }

    private Map<Metal, String> minesOfMetals() {
        // ("Sasa Central Asia", a name run on from "Sasa", is that mine)
        List<String> mines = named.keySet().stream().filter(k -> named.keySet().stream().noneMatch(other -> k.startsWith(other + " "))).toList();
        if (mines.size() < 2 || !mines.stream().allMatch(metalsNamed::containsKey)) {
            return Map.of();
        }
        // ("Gold production included 1,500 ounces from Osprey", the "Osprey silver mine": a mine that gives a metal its name does not
        // say, and the metals the names say are not all there is)
        for (String sentence : java.util.Arrays.stream(NAMED_WITH_METALS.matcher(text).replaceAll(" ").split("\n")).flatMap(line -> ProseReader.sentences(line).stream()).toList()) {
            java.util.Set<Metal> metals = Quantities.metalsNamed(sentence);
            for (String mine : namedIn(sentence)) {
                String owner = mines.stream().filter(k -> k.equals(key(mine)) || key(mine).startsWith(k + " ")).findFirst().orElse(null);
                if (owner != null && !metalsNamed.get(owner).containsAll(metals)) {
                    return Map.of();
                }
            }
        }
        Map<Metal, String> out = new java.util.EnumMap<>(Metal.class);
        for (Metal metal : Metal.values()) {
            List<String> with = mines.stream().filter(k -> metalsNamed.get(k).contains(metal)).toList();
            if (with.size() == 1) {
                out.put(metal, named.get(with.get(0)));
            }
        }
        return out;
    }

    /**
     * A breakdown by mine in parentheses, "(Carosue Dam 49,038oz; Thunderbox 40,170oz)": after a figure it is that figure's
     * by mine; anywhere in a text its names are mines.
     */
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]{5,200})\\)");
    private static final Pattern SHARE = Pattern.compile("\\s*(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})\\s*:?\\s+[\\d,. ]*\\d\\s*(?:k?oz|ounces|kt|t|tonnes|Mlbs?|lbs?)\\b.{0,30}");

    /** The mines of a breakdown that opens at a place of the text, right after a figure; empty when none opens there. */
    static List<String> breakdownAt(String text, int at) {
        int open = at;
        while (open < text.length() && open - at < 3 && Character.isWhitespace(text.charAt(open))) {
            open++;
        }
        Matcher m = PARENTHESIS.matcher(text);
        m.region(open, text.length());
        if (!m.lookingAt()) {
            return List.of();
        }
        List<String> names = new java.util.ArrayList<>();
        for (String part : m.group(1).split("\\s*;\\s*|,\\s+(?=\\p{Lu})")) {
            Matcher share = SHARE.matcher(part);
            if (!share.matches() || !couldName(share.group(1).strip())) {
                return List.of(); // "(Underground 35,000 oz; Open Pit 25,000 oz)", "(January ...)", "(Gold 45,000 oz, Silver ...)": no mines
            }
            names.add(share.group(1).strip());
        }
        return names;
    }

    /** A short name the text gives something, in parentheses after it: 'Minera Valle Central ("MVC")'. */
    private static final Pattern SHORT_NAME = Pattern.compile(SHORT + "[),]");
    private final java.util.Set<String> shortNames = new java.util.HashSet<>();
    /** A name the text gives something in quotes in parentheses after it: "... copper recovery plant in Kazakhstan ('Kounrad')". */
    private static final Pattern QUOTED_SHORT_NAME = Pattern.compile("\\(\\s*[\"'\u2018\u201c](\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)[\"'\u2019\u201d]\\s*\\)");
    private final java.util.Set<String> quotedNames = new java.util.HashSet<>();

    /**
     * Whether a name in capitals ("KGC", "MVC") is one the text gave something, or a mine it knows; a short name the text
     * never defines is of no mine it can tell.
     */
    boolean isDefinedShortName(String name) {
        return shortNames.contains(name.strip()) || isKnown(name);
    }

    /**
     * Whether a heading is an operation's short name the text defined ("- Kounrad" over "o H1 2018 copper production, 6,747 tonnes",
     * after "the Kounrad dump leach, ... copper recovery plant in Kazakhstan ('Kounrad')"); not the issuer's own.
     */
    boolean isDefinedOperation(String label) {
        String name = ReleaseText.withoutBullet(label);
        return quotedNames.contains(name) && TableHeader.isName(name) && couldBeMine(name) && (issuer.isEmpty() || !issuer.get().isNamed(name));
    }

    /** Words of what stands at any mine, or what it yields, which alone name none: "Metallurgical Plant", "Processing Facility". */
    private static final Pattern FACILITY_WORD = Pattern.compile("(?i)(metallurgical|process(?:ing)?|plant|mill|milling|concentrator|facility|facilities|"
            + "circuit|by-?products?|tailings|crusher|flotation|leach|heap|pad|operations?|site|mines?|minas?|planta|unit|unidad|the|and|of)");
    /** An owner's possessive ("Northgate's"): whose the figure is, not the mine it is of. */
    private static final Pattern POSSESSIVE = Pattern.compile(".*['\u2019]s?$");

    /**
     * Whether a name that a figure was given could be a mine's, whichever rule gave it: not an owner's possessive, not
     * only words of a facility.
     */
    static boolean couldBeMine(String name) {
        String[] words = name.strip().split("\\s+");
        return !POSSESSIVE.matcher(words[words.length - 1]).matches() && !java.util.Arrays.stream(words).allMatch(w -> FACILITY_WORD.matcher(w).matches())
                && !DIRECTION_ALONE.matcher(name.strip()).matches();
    }

    /** The words of a direction. */
    private static final String DIRECTIONS = "north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|central";

    /** A direction written small before a place: "northwestern" in "the northwestern Ontario mine complex". */
    private static final Pattern DIRECTION_BEFORE = Pattern.compile("\\b(?:" + DIRECTIONS + "|northeastern|northwestern|southeastern|southwestern)\\s+$");

    /** A direction alone, what is left of a region once its place is taken off ("The Northeast Nevada operations produced"). */
    private static final Pattern DIRECTION_ALONE = Pattern.compile("(?i)(?:" + DIRECTIONS + ")");

    /** Whether a name is a place's or a region's ("Peru", "Minas Gerais", "Interior Alaska"), which no mine is called. */
    static boolean isPlace(String name) {
        return PLACE.matcher(name).matches() || REGION.matcher(name).matches() || DIVISION.matcher(name.strip()).matches();
    }

    /** Whether words could be a mine's name: nothing of a place, a period, a month, a measure, a metal or what a mine is not. */
    static boolean couldName(String name) {
        String[] words = name.split("\\s+");
        return !NOT_A_NAME.matcher(words[0]).matches() && !NOT_A_NAME.matcher(words[words.length - 1]).matches() && !SECTION_WORD.matcher(name).find()
                && !PLACE.matcher(name).lookingAt() && !REGION.matcher(name).matches() && !DIVISION.matcher(name.strip()).matches() && PeriodLabels.mentions(name).isEmpty() && !PeriodLabels.isMonthName(words[0])
                && Vocabulary.read(name).isEmpty() && !words[words.length - 1].matches(JOINING_WORD);
    }

    /** "Annual output at El Lim\u00f3n Guajes (ELG)", "production at Libertad": where the metal came from, by its name. */
    // "production from Regis Resources' Duketon Gold Project": a project that produced is a mine, whoever owns it
    // "Reports Second Quarter Operating Results at Mineral Park": the results a release reports are of the mine they are at
    private static final Pattern PRODUCED_AT = Pattern.compile("\\b(?:[Oo]utput|[Pp]roduction|[Tt]hroughput|[Mm]illing|[Oo]perations|(?:[Oo]perating|[Pp]roduction)\\s+[Rr]esults)\\s+at\\s+(?:the\\s+)?" + NAME
            + "(?:\\s*" + SHORT + "\\))?"
            + "|\\b(?:[Pp]roduction|[Oo]utput)\\s+(?:at|from)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?['\u2019]s?\\s+)?"
            + "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2}?)\\s+(?:(?:Gold|Silver|Copper)\\s+)?(?:Project|Operations?|Mine)\\b"
            // "with the Mt Magnet project delivering a further 38 981 oz": a project that produces is a mine
            + "|\\b(?:the|its|our)\\s+(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})\\s+[Pp]roject\\s+(?:produced|delivered|delivering|producing|poured|contributed|contributing)\\b"
            // "production from La Negra", "the mill at La Negra", "AISC at Karlawinda": where a mill stands and what it costs
            // there name the mine, its kind unsaid (not "production from Stage 2", nor an owner's "from Regis Resources' ...")
            + "|\\b(?:[Mm]ill|[Pp]lant|[Ff]acility|[Cc]oncentrator|AISC|[Pp]roduction|[Oo]utput)\\s+(?:at|from)\\s+(?:the\\s+)?(?:\\d{1,3}%[- ]owned\\s+)?"
            // (a name's words on one line, or wrapped onto the next: "from Juanicipio" over a blank line and a page's "Rhea-AI Impact" is Juanicipio)
            + "(\\p{Lu}[\\p{L}\u2019-]+(?:" + WORD_GAP + "(?:de|del|la|las|los|el|\\p{Lu}[\\p{L}-]+)){0,2})(?![\\p{L}'\u2019-]|\\s*\\d|" + WORD_GAP + "\\p{Lu})");

    private static final Pattern OF_AFTER = Pattern.compile("\\s+of\\s+");
    /** A start still to come, right before "production at": "to begin gold production at", "will commence commercial production at". */
    private static final Pattern PRODUCTION_BEGUN_BEFORE = Pattern.compile("(?i)\\b(?:begin|start|commence|achieve|reach)\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    /** "reports production ... from Orovalle, Spain": a name that production came from, its country after it. */
    private static final Pattern PRODUCTION_FROM_PLACE = Pattern.compile("\\b(?i:production|results)\\b[^.;]{0,160}?\\bfrom\\s+(?:the\\s+|its\\s+)?"
            + "(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2}),\\s+(?i:" + PLACES + ")\\b");

    /** "2,287 ounces produced from Orivesi ore": the ore of a mine, by its name. */
    private static final Pattern FROM_ITS_ORE = Pattern.compile("\\b(?:produced|recovered|poured)\\s+from\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2})\\s+ore\\b");

    private void addProducedAt(String text) {
        for (Matcher from = PRODUCTION_FROM_PLACE.matcher(text); from.find(); ) {
            // "production and exploration updates for the fourth quarter ... from Orovalle, Spain": the mine, then its country
            if (couldName(from.group(1)) && !isPlace(from.group(1)) && (issuer.isEmpty() || !issuer.get().isCalled(from.group(1)))) {
                named.putIfAbsent(key(clean(from.group(1))), clean(from.group(1)));
            }
        }
        for (Matcher ore = FROM_ITS_ORE.matcher(text); ore.find(); ) {
            if (couldName(ore.group(1)) && (issuer.isEmpty() || !issuer.get().isCalled(ore.group(1)))) {
                named.putIfAbsent(key(clean(ore.group(1))), clean(ore.group(1)));
            }
        }
        Matcher m = PRODUCED_AT.matcher(text);
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5)).strip();
            if (m.group(5) != null) {
                name = name.replaceFirst("\\s+(?:Gold|Silver|Copper|Zinc)(?:\\s+(?:Project|Mine|Operations?))?$", ""); // "Dalgaranga Gold Project"
            }
            if (m.group(5) != null && issuer.isPresent() && issuer.get().isCalled(name)) {
                continue; // "production from Red River": the issuer's, not a mine's
            }
            if (!couldName(name)) {
                continue;
            }
            if (PRODUCTION_BEGUN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                continue; // "on track to begin gold production at La India in the fourth quarter of 2026": a mine to be, none of the text's figures'
            }
            // "Production Results at Top End of Guidance": a place in a plan's range, no mine
            Matcher of = OF_AFTER.matcher(text).region(m.end(), text.length());
            if (of.lookingAt() && GuidanceReader.namesPlan(text.substring(of.end(), Math.min(text.length(), of.end() + 40)))) {
                continue;
            }
            String cleaned = clean(name);
            named.putIfAbsent(key(cleaned), cleaned);
            if (m.group(2) != null) {
                aliases.put(key(m.group(2)), cleaned);
            }
        }
    }

    private static final String LISTED_NAME = "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,2}";
    /** "Inmaculada, Pallancata and San Jose", "at Peak and Hera": names listed together. */
    private static final Pattern LISTED = Pattern.compile("(?<![\\p{L}-])" + LISTED_NAME + "(?:(?:\\s*,\\s*" + LISTED_NAME + ")++(?:\\s*,?\\s+(?:and|&|y|e)\\s+" + LISTED_NAME + ")?"
            + "|\\s+(?:and|&|y|e)\\s+" + LISTED_NAME + ")");

    /**
     * Whether a name is the issuer's own, shortened: "Caledonia" of "Caledonia Mining Corporation" (an issuer read as the very
     * name, "Coimolache" from "Coimolache produjo", may be a mine the text reports on, and is left to it).
     */
    private boolean shortNameOfIssuer(String name) {
        return issuer.isPresent() && issuer.get().isCalled(name) && !ReleaseIssuer.key(issuer.get().name()).equals(ReleaseIssuer.key(name));
    }

    /**
     * Names listed with a named mine are its fellow mines ("production from Inmaculada, Pallancata and 51% from San Jose"
     * beside "the Inmaculada Mine"; "higher grades at Peak and Hera" beside "the Hera mine"): so a text that names one mine
     * with "mine" after it and the others bare still speaks of several. Places, sections and common words are no mines.
     */
    private void addListedBeside(String text) {
        if (named.isEmpty()) {
            return;
        }
        Matcher list = LISTED.matcher(text);
        while (list.find()) {
            List<String> items = java.util.Arrays.stream(list.group().split("\\s*,\\s*|\\s+(?:and|&|y|e)\\s+")).map(String::strip).filter(i -> !i.isEmpty()).toList();
            if (items.size() < 2 || items.stream().noneMatch(i -> named.containsKey(key(clean(i))))) {
                continue;
            }
            for (String item : items) {
                // "Orovalle, Orvana's unit": an owner's possessive is no fellow mine; "Caledonia and Blanket Mine": nor the issuer
                if (!named.containsKey(key(clean(item))) && couldTitleMine(item) && !SEVERAL_WORDS.matcher(item).find() && !item.matches(".*['\u2019]s?$")
                        && !shortNameOfIssuer(item)) {
                    named.putIfAbsent(key(clean(item)), clean(item));
                }
            }
        }
    }

    /**
     * "Twangiza and Namoya produced 30,297 ounces of gold and 18,533 ounces of gold, respectively": names that open a sentence
     * and produced a figure are mines, the issuer's name excepted ("Banro produced" is the company).
     */
    // (names on one line, and a quantity produced: "Silvercorp produced 6% more silver" names no mine)
    private static final String PRODUCER = "\\p{Lu}[\\p{L}'\u2019-]+(?:[ \\t]+\\p{Lu}[\\p{L}'\u2019-]+){0,2}";
    // ("Black Fox Commenced Production from Deep Central Zone: Black Fox produced 16,230 ounces": after a bullet's heading too)
    private static final Pattern PRODUCERS = Pattern.compile("(?:^|[.;:!?][ \\t]+|\\n)[ \\t]*(" + PRODUCER + "(?:[ \\t]*,[ \\t]*" + PRODUCER + ")*(?:[ \\t]*,?[ \\t]+and[ \\t]+" + PRODUCER + ")?)"
            + "[ \\t]+produced[ \\t]+(?:a[ \\t]+(?:combined[ \\t]+|total[ \\t]+(?:of[ \\t]+)?)?)?\\d[\\d,.]*(?![\\d,.]*[ \\t]*(?:%|per\\s*cent|percent))");

    private void addProducers(String text) {
        Matcher m = PRODUCERS.matcher(text);
        while (m.find()) {
            for (String item : m.group(1).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+")) {
                String name = item.strip();
                if (!name.isEmpty() && couldName(name) && !NOT_A_NAME.matcher(name).matches() && (issuer.isEmpty() || !issuer.get().isNamed(name))) {
                    named.putIfAbsent(key(clean(name)), clean(name));
                }
            }
        }
    }

    /** "In Ghana, Iduapriem's production was 48,000oz": a name whose production is told, the issuer's excepted. */
    private static final Pattern OWN_PRODUCTION = Pattern.compile("(?<![\\p{L}'\u2019-])(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2})['\u2019]s\\s+"
            + "(?:gold\\s+|silver\\s+|copper\\s+)?(?:production|output)\\s+(?:was|were|of|totall?ed|reached|amounted)\\b");

    private void addOwnProduction(String text) {
        Matcher m = OWN_PRODUCTION.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (couldName(name) && !NOT_A_NAME.matcher(name.split("\\s+")[0]).matches() && !PLACE.matcher(name).lookingAt()
                    && (issuer.isEmpty() || !issuer.get().isNamed(name) && !issuer.get().isCalled(name))) {
                named.putIfAbsent(key(clean(name)), clean(name));
            }
        }
    }

    /**
     * "Coimolache (40.10% owned by Buenaventura)", "Julcani (100% owned by Buenaventura)": a section's title, a name and the
     * share the company owns of it, alone on its line.
     */
    private static final Pattern OWNED_TITLE = Pattern.compile("(?m)^[ \\t]*(\\p{Lu}[\\p{L}'\u2019-]+(?:[ \\t]+\\p{Lu}[\\p{L}'\u2019-]+){0,3})[ \\t]*"
            + "\\([ \\t]*\\d{1,3}(?:[.,]\\d+)?[ \\t]*%[ \\t]*(?:owned|interest|ownership|attributable)\\b[^()\\n]{0,60}\\)[ \\t]*$");

    private void addOwnedTitles(String text) {
        Matcher m = OWNED_TITLE.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (couldName(name) && (issuer.isEmpty() || !issuer.get().isCalled(name))) {
                named.putIfAbsent(key(clean(name)), clean(name));
            }
        }
    }

    /** "from its eponymous mine in British Columbia": the mine bears the company's name. */
    private static final Pattern EPONYMOUS = Pattern.compile("(?i)\\b(?:its|their|the company's)\\s+eponymous\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:mine|operation|project)\\b");

    private void addEponymous(String text) {
        if (issuer.isPresent() && EPONYMOUS.matcher(text).find()) {
            String name = IssuerReader.withoutCompanyWords(issuer.get().name());
            // ("Copper Mountain": a metal in a company's name is part of its mine's, as in "Gold Hill")
            if (name.matches("\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*){0,3}") && !PLACE.matcher(name).lookingAt()) {
                named.putIfAbsent(key(name), name);
            }
        }
    }

    private static final Pattern SEVERAL_WORDS = Pattern.compile("(?i)\\b(the|and|or|of|in|at|for|with|mine|mines|operations?)\\b");

    /** What follows a company's name: "SilverCrest Mines Inc.", "Richmont Mines Limited" are issuers, not mines. */
    private static final Pattern CORPORATE_SUFFIX = Pattern.compile("\\s*,?\\s*(?:Inc|Ltd|Limited|Corp|Corporation|plc|PLC|S\\.\\s?A|SA|NL|N\\.L|Company|Co|Pty|LLC|AB|ASA)\\b");

    /** A company's name by its legal form, before or after it: "PJSC Polyus", "Kestrel Mining Limited" title the issuer, never a mine. */
    private static final Pattern LEGAL_NAME = Pattern.compile("^(?:" + IssuerReader.LEGAL_PREFIX + ")\\s+\\p{Lu}|\\s(?:Inc|Ltd|Limited|Corp|Corporation|plc|PLC)\\.?$");

    /**
     * The words that open a company's name in Spanish right before a name found as a mine's: "Compañía de Minas Buenaventura"
     * (found as "Minas Buenaventura"), "Cía. de Minas ...". ("Sociedad Minera X" is found as X, after these words: not covered.)
     */
    private static final Pattern COMPANY_BEFORE = Pattern.compile("(?i)\\b(?:compa[\u00f1n][\u00edi]a|c[\u00edi]a\\.|sociedad)\\s+(?:de\\s+)?$");

    /**
     * Whether the name found ({@code found}, ending at {@code end}) is only the end of the issuer's whole name, which the text
     * gives there: compared as {@link ReleaseIssuer#key} compares names, so with its legal form or without ("Kestrel & Falcon
     * Mines Limited" written "Kestrel & Falcon Mines").
     */
    private static boolean endsIssuersName(String text, String found, int end, String issuerName) {
        String issuerKey = ReleaseIssuer.key(issuerName);
        String before = ReleaseIssuer.key(text.substring(Math.max(0, end - issuerName.length() - 1), end));
        return issuerKey.length() > ReleaseIssuer.key(found).length() && (before.equals(issuerKey) || before.endsWith(" " + issuerKey));
    }

    private static final Pattern JOB_TITLE = Pattern.compile("\\s+(?:General\\s+)?Manager\\b|\\s+Officer\\b");

    private void addNamed(String text, Matcher m) {
        while (m.find()) {
            if (CORPORATE_SUFFIX.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            if (JOB_TITLE.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "former Mt Carlton gold mine General Manager Richard Hay", "Chief Operations Officer": a person's post, no mine
            }
            if (issuer.isPresent() && ReleaseIssuer.key(m.group()).equals(ReleaseIssuer.key(issuer.get().name()))) {
                continue; // "Richmont Mines has recorded": the issuer's whole name without its legal form, no mine
            }
            if (m.group().endsWith(" Mines") && !OWNER_OR_COUNT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) {
                continue; // "Now-defunct Royal Oak Mines originally commissioned Kemess": a company, as "the Doyon and Mouska Mines" are not
            }
            if (COMPANY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                continue; // "La Compañía de Minas Buenaventura": a company's name in Spanish, no mine "Buenaventura"
            }
            if (issuer.isPresent() && endsIssuersName(text, m.group(), m.end(), issuer.get().name())) {
                continue; // "Simmer & Jack Mines (Simmers) fell 27%": the end of the issuer's name, no mine "Jack"
            }
            int nameGroup = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            String name = m.group(nameGroup).strip();
            // "operations in Nevada. The Isabella Pearl gold mine", "U.S.A. The Isabella Pearl": a full stop after a word (no
            // abbreviation's, "Mt."), or before "The", ends the sentence before, whose words are no part of the name
            name = name.replaceFirst("^.*(?:\\p{L}{3}\\.\\s+|\\.\\s+(?=(?:The|Its|Our|This)\\s))(?=\\p{Lu})", "");
            name = name.replaceFirst("^(?:The|Its|Our|This|At|In|From|Both|And|Of)\\s+", "");
            if (issuer.isPresent() && m.group(1) != null) {
                // "Caledonia and Blanket Mine remain on track": the issuer and its mine, not one mine of both names
                String[] both = name.split("\\s+and\\s+", 2);
                if (both.length == 2 && shortNameOfIssuer(both[0])) {
                    name = both[1];
                }
            }
            if (INSTITUTION.matcher(name).matches()) {
                continue; // "a debt facility with Investec Bank (Australia)": a lender, named with its country as a mine may be
            }
            int nameAt = m.start(nameGroup);
            boolean directionBefore = DIRECTION_BEFORE.matcher(text.substring(Math.max(0, nameAt - 16), nameAt)).find();
            if (PLACE.matcher(m.group().strip()).matches() || REGION.matcher(name).matches() || DIVISION.matcher(name).matches()
                    || directionBefore && PLACE.matcher(name).matches()) {
                // ("the northwestern Ontario mine complex": a region, the direction written small before its place)
                // ("the Lincoln County mine": a county's, named elsewhere by its own name)
                continue; // "no ativo de Minas Gerais" (a state), "the Interior Alaska mine" (a region): a place, not the mine's name
            }
            if (m.groupCount() >= 3 && m.group(3) != null && (isPlace(name) || issuer.isPresent() && issuer.get().isCalled(name))) {
                continue; // "en mina de Perú", "el valor de la mina de Goldcorp en Cerro Negro": where the mine is, or whose, not its name
            }
            // "Silvercorp's SGX mine": the owner before the mine's name
            name = name.replaceFirst("^.*['\u2019][sS]\\s+(?=\\S)", ""); // "SILVERMEX'S LA GUITARRA MINE" too
            // "View Resources' Bronzewing mine": a company's plural possessive ("the Miners' Rest mine" keeps its name)
            name = name.replaceFirst("^.*\\b(?:Resources|Mines|Minerals|Metals|Holdings|Goldfields|Industries|Explorations?)['\u2019]\\s+(?=\\S)", "");
            if (name.matches(".*['\u2019]s$")) {
                // "Orvana's unit" names the owner; the mine is the name it stands beside: "Orovalle, Orvana's unit in Spain"
                Matcher appositive = APPOSITIVE.matcher(text.substring(Math.max(0, m.start() - 60), m.start()));
                if (!appositive.find()) {
                    continue;
                }
                name = appositive.group(1);
            }
            if (m.group().matches("(?s).*\\s(?:[Mm]ine|[Oo]perations?)$")) {
                if (issuer.isPresent() && ReleaseIssuer.key(name).equals(ReleaseIssuer.key(issuer.get().name()))) {
                    continue; // "Superior Gold operations": the issuer's, no mine "Superior"
                }
                // "Pilar Gold Mine", "the Plutonic Gold operations" are Pilar and Plutonic ("Fortuna Silver Mines" a company)
                name = withoutMetal(name);
            }
            String kind = m.group().substring(m.group().lastIndexOf(' ') + 1);
            if (kind.matches("MINES?|OPERATIONS?|COMPLEX|UNIT|PROPERTY") && !name.equals(name.toUpperCase(Locale.ROOT))) {
                continue; // "HERA OPERATIONS" is a heading's mine, "Australian OPERATIONS" nothing; "the CLG mine" is CLG
            }
            name = HEADLINE_FIRST.matcher(name).replaceFirst(""); // "Advanced Zgounder Mine expansion": the name after the participle
            String[] words = name.split("\\s+");
            if (m.group(1) == null) {
                // "Proyecto Riotinto Operating Highlights": the name runs on into a heading's words, which are not the name's
                int keep = words.length;
                while (keep > 1 && NOT_A_NAME.matcher(words[keep - 1]).matches()) {
                    keep--;
                }
                words = java.util.Arrays.copyOf(words, keep);
                name = String.join(" ", words);
            }
            int length = words.length;
            while (length > 1 && words[length - 1].matches(JOINING_WORD)) {
                length--; // "Unidad Minera Los Andes la producción": the article of the words after the name is no part of it
            }
            if (length < words.length) {
                words = java.util.Arrays.copyOf(words, length);
                name = String.join(" ", words);
            }
            // "Gold Hill", "Silver Peak": a metal opening a name of capitalized words none of which measures anything
            boolean metalOpensName = words.length >= 2 && words[0].matches("Gold|Silver|Copper|Zinc|Lead|Mina|Minas") && Character.isUpperCase(words[1].charAt(0))
                    && !NOT_A_NAME.matcher(words[1]).matches() && Vocabulary.read(words[1]).isEmpty();
            // "Cooke Underground Operation", "Randfontein Surface Operation": a name's way of mining closing it, in capitals as the name's
            boolean wayOfMiningCloses = words.length >= 2 && WAY_OF_MINING_CLOSES.matcher(name).find() && !NOT_A_NAME.matcher(words[words.length - 2]).matches();
            // "the Moose River Consolidated Gold Mine": "Consolidated" closing a name of two words or more before it is the name's
            boolean consolidatedCloses = words.length >= 3 && words[words.length - 1].equals("Consolidated") && !NOT_A_NAME.matcher(words[words.length - 2]).matches();
            if (NOT_A_NAME.matcher(words[0]).matches() && !metalOpensName || NOT_A_NAME.matcher(words[words.length - 1]).matches() && !wayOfMiningCloses && !consolidatedCloses
                    || words[words.length - 1].matches(JOINING_WORD)) {
                continue;
            }
            // "June underground mine production", "Milled Tonnes Ounces Produced Mine" (a table's heading run into a page): a
            // month, or the words of measures, are no mine's name
            if (PeriodLabels.isMonthName(words[0]) || Vocabulary.read(name).metric().isPresent()
                    || java.util.Arrays.stream(words).filter(w -> !Vocabulary.read(w).isEmpty()).count() >= 2) {
                continue;
            }
            String cleaned = clean(name);
            if (m.group().matches("(?s).*\\s[Pp]roperty$")) {
                properties.putIfAbsent(key(cleaned), cleaned);
            } else {
                named.putIfAbsent(key(cleaned), cleaned);
            }
        }
    }

    /** How many mines the text itself names. */
    int namedCount() {
        return named.size();
    }

    /** Whether the text names a mine at all, one of its own or a stored one: if not, what it says is produced is the company's. */
    boolean namesAny() {
        return namesAny;
    }

    /** What a site's word may stand before without naming the site: "the mine plan", "Zone II Mine Plan Approval", "the life of mine". */
    private static final String NOT_THE_SITE_ITSELF = "(?![ \\t]+(?i:plan|life|site|sites|development)s?\\b)";

    /**
     * A place of work named in any way, whether or not its name is taken for a mine's: "Xyz mine", "the Abc gold project",
     * "Def Mill", "mina Ghi", "production at Jkl".
     */
    private static final Pattern SITE_MENTION = Pattern.compile("(\\p{Lu}[\\p{L}'\u2019-]+)[ \\t]+(?:(?i:gold|silver|copper|zinc|nickel|underground|open[- ]pit)[ \\t]+)?"
            + "(?:[Mm]ines?|MINES?|[Oo]perations?|OPERATIONS?|[Pp]rojects?|PROJECTS?|[Pp]lant|[Mm]ill|[Dd]eposits?|[Cc]omplex|[Pp]it|[Uu]nit|[Mm]ine[ \\t]+[Ss]ite)\\b" + NOT_THE_SITE_ITSELF
            + "|\\b(?i:mina|minas|unidad|proyecto|mine|operations?)\\b" + NOT_THE_SITE_ITSELF + "[ \\t]+(?:de[ \\t]+)?\\p{Lu}\\p{Ll}"
            + "|\\b(?:at|from)[ \\t]+(?:the[ \\t]+|its[ \\t]+)?(\\p{Lu}\\p{Ll}[\\p{L}-]+)"
            // ("Operations at the mine continue to be amongst the safest": one mine, its name unsaid)
            + "|\\b(?i:the|this|our|its)[ \\t]+(?i:mine|mill|operation|project|plant|pit)\\b" + NOT_THE_SITE_ITSELF);

    private Boolean mentionsSite; // read once a text, when a table first asks

    /** Whether the text names a place of work at all, the issuer's own name and the words that are no name's aside. */
    boolean mentionsSite() {
        if (mentionsSite == null) {
            mentionsSite = findsSite();
        }
        return mentionsSite;
    }

    private boolean findsSite() {
        Matcher m = SITE_MENTION.matcher(text);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            if (word != null && (!couldName(word) || issuer.isPresent() && issuer.get().isCalled(word))) {
                continue; // "Company operations", "the Group's operations", "at December 31", "Brazil operations"
            }
            return true;
        }
        return false;
    }

    /**
     * "production at Mineral Ridge. While continuing to cycle": a full stop after a word ends the name's sentence, and the next
     * sentence's first word is no part of the name.
     */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("(?<=\\p{L}{3})\\.\\s+\\p{Lu}.*$");

    /** "Caylloma, Peru", "San Jose Mine, Mexico", "Guanajuato Mine Complex (GMC)": the mine's name, as stored if stored. */
    String clean(String cell) {
        String name = cell.replaceAll("\\(.*?\\)", " ").replaceAll("[*\u00b9\u00b2\u00b3]|\\[\\d\\]", " ").replaceAll("\\s+", " ").strip();
        name = NEXT_SENTENCE.matcher(name).replaceFirst("");
        String placeCut = PLACE.matcher(name).replaceFirst("").strip();
        // ("La India", "Nueva Victoria": a place's name after a word that names nothing alone is the mine's whole name)
        name = ARTICLE_ALONE.matcher(placeCut).matches() ? name : placeCut;
        int comma = name.indexOf(',');
        if (comma > 0) {
            name = name.substring(0, comma).strip();
        }
        Matcher placeFirst = PLACE_THEN_NAME.matcher(name);
        if (placeFirst.matches()) {
            name = placeFirst.group(1); // "Brazil - Andorinhas": where, then the name
        }
        // "Mnogovershinnoye (MNV) - Khabarovsk Region": a dash between spaces parts the name from where it is
        name = name.replaceFirst("\\s+[-\u2013\u2014]\\s+.*$", "");
        name = KIND.matcher(name).replaceFirst("").strip();
        name = name.replaceFirst("(?<=\\p{L}{3})\\.$", ""); // the sentence's full stop, not an abbreviation's ("Mt.")
        name = name.replaceFirst("(?<=\\p{Ll}{3})\\d$", ""); // a footnote's mark glued to a word's end: "Alluvial operations2"
        name = name.replaceFirst("\\s*:$", ""); // a heading's colon ("Fair Bride:" over its bullets)
        // a headline's title case: "Produces 451,681 Oz Ag At Zgounder In Q3 2022" names Zgounder, its preposition no part of it
        name = name.replaceFirst("\\s+(?:In|At|For|Of|On|From|To|During|With|By)$", "");
        name = withoutMetal(name);
        name = name.replaceFirst("(?i)^(unidad\\s+(?:minera|operativa|minero)|unidad|mina|proyecto|operaci[o\u00f3]n|the)\\s+", "");
        // "its Zimbabwe-based Freda Rebecca mine", "the Canadian-owned Heron mine", "MATABELELAND South-based Blanket Mine": where it
        // is or who owns it, in a word or three, no part of its name
        name = name.replaceFirst("^(?:\\p{L}+\\s+){0,2}\\p{L}+-(?:based|owned|listed|operated|headquartered)\\s+(?=\\p{L})", "");
        // "SILVERMEX'S LA GUITARRA MINE", a heading's: the owner's possessive before the name, whichever rule found it
        if (!known.containsKey(key(name))) {
            name = name.replaceFirst("^\\p{L}[\\p{L}-]*['\u2019][sS]\\s+(?=\\p{L})", ""); // a stored "Eagle's Nest" keeps its name
        }
        if (name.isEmpty()) {
            return cell.strip();
        }
        name = titleCased(name);
        if (aliases.containsKey(key(name))) {
            name = aliases.get(key(name));
        }
        return Optional.ofNullable(known.get(key(name))).orElse(name);
    }

    /**
     * "HERA", "SAN JOSE DE GRACIA": a name a heading prints in capitals, spelled as the text's sentences spell it. A short
     * name of one word ("CLG", "MVC") is an acronym and stays as it is.
     */
    private static String titleCased(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT)) || name.chars().noneMatch(Character::isLetter) || !name.contains(" ") && name.length() <= 3) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split(" ")) {
            boolean joining = word.matches("de|del|la|los|las|el|y|and|of");
            // a name's first word is capitalized even when it is an article: "LA GUITARRA" is La Guitarra
            out.append(out.length() == 0 ? "" : " ").append(joining && out.length() > 0 || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** "Pilar Gold", "Cerro Silver": the metal says what the mine yields, the name is before it. */
    private static String withoutMetal(String name) {
        // "Phu Kham Copper-Gold": the metals it yields, one or several, are no part of the name
        String without = METALS_AFTER.matcher(name).replaceFirst("");
        return without.isBlank() ? name : without;
    }

    /** Whether a line on its own is the title of a mine's section: a mine stored or named, or a name with its place. */
    boolean isTitle(String label) {
        String l = label.strip();
        // "CASPOSO, Argentina (Troy 100% through Troy Resources Argentina Ltd)": an aside in parentheses is no part of the title's length
        int length = ProseReader.CLOSED_ASIDE.matcher(l).replaceAll("").strip().length();
        if (l.isEmpty() || length > 60 || l.endsWith(":") && length > 40 || !Character.isUpperCase(l.codePointAt(0)) || LEGAL_NAME.matcher(l).find()) {
            return false;
        }
        String name = clean(l);
        if (name.isEmpty() || !Vocabulary.read(name).isEmpty() || PeriodLabels.parse(l).isPresent()) {
            return false;
        }
        // "SilverCrest Mines (CVE:SVL)(OTCQX:STVZF)" heading a story: the issuer with its tickers, no mine's section
        String beforeAside = l.replaceFirst("\\s*[(\\[].*$", "");
        if (issuer.isPresent() && issuer.get().isNamed(beforeAside) && IssuerReader.namedWithTicker(l, beforeAside)) {
            return false;
        }
        if (known.containsKey(key(name)) || named.containsKey(key(name))) {
            return true;
        }
        boolean withPlace = PLACE.matcher(l.replaceAll("\\(.*?\\)", "").strip()).find() && l.contains(",") || PLACE_THEN_NAME.matcher(l).matches();
        boolean withKind = KIND.matcher(l.replaceAll("\\(.*?\\)", "").replaceFirst("(?i),.*$", "").strip()).find()
                || KIND_BEFORE.matcher(l).lookingAt();
        // "Days of Operation" is a row's label, not a mine's name
        return (withPlace || withKind) && TableHeader.isName(name) && name.split("\\s+").length <= 4
                && !name.matches("(?i).*\\b(of|the|for|per|to|in|at|by|from|with)\\b.*") && !NOT_A_NAME.matcher(name.split("\\s+")[0]).matches();
    }

    /**
     * Whether a line is a section's title in a text that names no mine otherwise, and so names them by their sections'
     * titles ("Bozshakol", "East Region and Bozymchak" above their bullets): a few capitalized words, none of a
     * section of another kind (exploration, outlook) or of a company's name.
     */
    boolean isBareTitle(String label) {
        String l = label.strip();
        return !namesAny && BARE_TITLE.matcher(l).matches() && TableHeader.isName(l) && !SECTION_WORD.matcher(l).find() && !PLACE.matcher(l).lookingAt()
                && !LEGAL_NAME.matcher(l).find();
    }

    /**
     * Whether a row of its own inside a table could title a mine's rows ("PEAK", "HERA", "DARGUES" over their ore processed
     * and gold produced): a few capitalized words, none of a section of another kind, a place or what a mine is not.
     */
    static boolean couldTitleMine(String label) {
        String l = ReleaseText.FOOTNOTE_MARKS.matcher(label.strip()).replaceFirst(""); // "Jerritt Canyon(1)": a footnote's mark is no part of the name
        return BARE_TITLE.matcher(l).matches() && TableHeader.isName(l) && !SECTION_WORD.matcher(l).find() && !PLACE.matcher(l).lookingAt()
                && java.util.Arrays.stream(l.split("\\s+")).noneMatch(w -> NOT_A_NAME.matcher(w).matches()) && Vocabulary.read(l).isEmpty();
    }

    /**
     * Whether a row of its own could title a block of a table when other blocks of the same form stand beside it: a
     * capitalized first word, the rest in any case ("Fresh tailings", "Cauquenes tailings"), nothing of a measure,
     * a section of another kind or a place.
     */
    static boolean couldTitleBlock(String label) {
        String l = label.strip();
        // "Heap leach", "Carbon in leach", "Open pit": ways of working ore, whose figures are the mine's, no units of their own
        return TableHeader.isName(l) && !SECTION_WORD.matcher(l).find() && !PLACE.matcher(l).lookingAt() && !l.matches(".*[.:;]$")
                && java.util.Arrays.stream(l.split("\\s+")).noneMatch(w -> NOT_A_NAME.matcher(w).matches() || PROCESS_WORD.matcher(w).matches());
    }

    /** The tailings of a mine, its name after them: "from the tailings of Codelco's 108-year-old", "from fresh and old tailings of". */
    private static final Pattern TAILINGS_OF_BEFORE = Pattern.compile("(?i)\\btailings\\s+(?:dams?\\s+)?(?:of|from)\\s+(?:the\\s+)?(?:[^\\s.;]+\\s+){0,4}$");
    /** A way of mining closing a mine's name, in the name's capitals: "Cooke Underground", "Randfontein Surface". */
    private static final Pattern WAY_OF_MINING_CLOSES = Pattern.compile("\\s+(?:Underground|Surface)$");
    private static final Pattern PROCESS_WORD = Pattern.compile("(?i)leach|cil|cip|oxides?|sulphides?|sulfides?|flotation");

    /** Whether a name is one the text or the database knows as a mine. */
    boolean isKnown(String name) {
        String k = key(clean(name));
        return known.containsKey(k) || named.containsKey(k);
    }

    /** Whether the text says the company has several mines ("its two Mexican mines", "the mines produced"). */
    static boolean speaksOfSeveral(String text) {
        return SEVERAL.matcher(text).find();
    }

    /**
     * The mine a release is about when it speaks of one only: stored mines it mentions and mines it names, together,
     * must come to exactly one, and the text must not speak of its mines in the plural ("its two
     * Mexican mines", "the mines produced").
     */
    Optional<String> single(String text) {
        if (speaksOfSeveral(text)) {
            return Optional.empty();
        }
        Map<String, String> spokenOf = new LinkedHashMap<>(named);
        String lower = text.toLowerCase(Locale.ROOT);
        known.forEach((k, v) -> {
            if (lower.contains(v.toLowerCase(Locale.ROOT))) {
                spokenOf.putIfAbsent(k, v);
            }
        });
        // "the Ming Mine" and "the Ming Copper-Gold Mine": one mine, once named with its metals
        java.util.Set<String> mines = new java.util.LinkedHashSet<>();
        spokenOf.values().forEach(name -> mines.add(key(METALS_AFTER.matcher(name).replaceFirst(""))));
        return mines.size() == 1 ? Optional.of(clean(shortest(spokenOf.values()))) : Optional.empty();
    }

    /** The metals a mine's full name may end with: "Ming Copper-Gold", "Dalgaranga Gold". */
    // ("Wetar Copper-Pyrite": a metal joined to a mineral it comes with)
    // ("its Tuvatu Alkaline Gold project": the kind of deposit before its metal is no part of the name either)
    private static final Pattern METALS_AFTER = Pattern.compile("(?:\\s+(?:Alkaline|Porphyry|Epithermal|Orogenic|Skarn))?"
            + "(?:\\s+(?:Gold|Silver|Copper|Zinc|Lead|Polymetallic)(?:[-/](?:Gold|Silver|Copper|Zinc|Lead|Pyrite|Nickel|Cobalt|Molybdenum))*)+$");

    private static String shortest(Collection<String> names) {
        return names.stream().min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    }

    /** The mines the text names and the stored mines, as they are spelled. */
    List<String> named() {
        if (all == null) {
            Map<String, String> both = new LinkedHashMap<>(named);
            known.forEach(both::putIfAbsent);
            all = List.copyOf(both.values());
            // as spelled, or in a heading's capitals
            patterns = all.stream().map(n -> Pattern.compile("\\b(?:" + Pattern.quote(n) + "|" + Pattern.quote(n.toUpperCase(Locale.ROOT)) + ")\\b")).toList();
        }
        return all;
    }

    /** Where a text names a mine: the mine as it is spelled, and where its name begins. */
    record Mention(String mine, int at) {
    }

    /** Every place a text names one of {@link #named()}, mine by mine in that order, each mine's places in the text's order. */
    List<Mention> mentionsIn(String text) {
        List<String> mines = named();
        List<Mention> out = new java.util.ArrayList<>();
        for (int k = 0; k < mines.size(); k++) {
            String name = mines.get(k);
            if (!text.contains(name) && !text.contains(name.toUpperCase(Locale.ROOT))) {
                continue; // most sentences name few of a text's mines: a plain search first spares the pattern
            }
            Matcher m = patterns.get(k).matcher(text);
            while (m.find()) {
                out.add(new Mention(mines.get(k), m.start()));
            }
        }
        // a name within a longer one the text names is that one: "Motor" within "Cam and Motor"
        out.removeIf(inner -> out.stream().anyMatch(outer -> outer != inner && outer.mine().length() > inner.mine().length()
                && outer.at() <= inner.at() && outer.at() + outer.mine().length() >= inner.at() + inner.mine().length()));
        return out;
    }

    /** The mines a text names, cleaned, each once. */
    List<String> namedIn(String text) {
        return mentionsIn(text).stream().map(m -> clean(m.mine())).distinct().toList();
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    static String key(String name) {
        return NOT_ALPHANUMERIC.matcher(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
