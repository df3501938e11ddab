package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company a release is of, from its opening: the name that stands before its tickers ("Fortuna Silver
 * Mines Inc. (NYSE: FSM)"), before "(the Company)", or before "announces", "reports", "is pleased to"; names
 * with a company's suffix (Inc., Corp., Ltd., plc, S.A.A., Mining, Resources) are preferred.
 */
final class IssuerReader {

    // a capital, then letters; a digit inside a word ("B2Gold") but not ending it
    // ("K92 Mining": a name's word may end in digits, never a quarter's or a half's "Q2", "H1", "FY23"; "5E Advanced Materials"
    // may open with them and one capital, never "3Q" nor a rate's "3Mtpa"; "i-80 Gold" with a small letter and its number)
    private static final String WORD = "(?:(?!(?:Q|H|FY|F)\\d)[A-Z]\\p{L}{0,3}\\d{1,3}(?![\\p{L}\\d])|(?<![\\p{L}\\d.,])(?![1-4][QqHhTt]\\b)\\d{1,2}\\p{Lu}(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d-])\\p{Ll}-\\d{1,3}(?![\\p{L}\\d])|[A-Z\\u00c1\\u00c9\\u00cd\\u00d3\\u00da\\u00d1](?:[\\p{L}&'\\u2019.-]|\\d+(?=\\p{L}))*)";
    // a name stands on one line: the page's header above the opening is no part of it ("Australian Mining" over "Newcrest Mining has")
    // ("i-80 Gold Corp. and revenue": a joining word is a name's only with a word of the name after it)
    private static final String NAME = "(" + WORD + "(?:(?:[ \\t]+|[ \\t]*\\n[ \\t]*(?=(?:Inc|Corp|Ltd|Limited|PLC|Plc|S\\.A)\\b))(?:(?:(?:&|and|de|del|la|y)[ \\t]+)+" + WORD + "|plc\\b|d['\u2019]" + WORD + "|" + WORD + "))*)";
    private static final String EXCHANGES = "NYSE American|NYSE MKT|NYSE-MKT|NYSE Amex|NYSE|TSX-V|TSXV|TSX Venture|TSX|AMEX|NASDAQ|Nasdaq|ASX|LSE|AIM|BVL|OTCQX|OTCQB|OTC|"
            + "FRA|FSE|JSE|BMV|LON|Lima Stock Exchange|Frankfurt|NYSE Arca|CVE|CSE";
    private static final Pattern TICKER = Pattern.compile("\\b(" + EXCHANGES + ")\\s*:\\s*([A-Z][A-Z0-9.]{0,6})\\b");
    /** A ticker written symbol first, in a bracketed list after a name: "[LIO-TSXV, LOMLF-OTCQX, LLO-ASX]". */
    private static final Pattern SYMBOL_FIRST = Pattern.compile("(?<=[\\[(,]\\s{0,2})([A-Z][A-Z0-9.]{0,6})-(" + EXCHANGES + ")(?=\\s*[,\\])])");
    /** A newspaper's ticker after a name, the symbol and its exchange's letter: "(GLG-T)", "(CRU-T, CRUGF-O)". */
    private static final String PAPERS_TICKER = "\\s*\\(\\s*[A-Z][A-Z0-9.]{0,6}-(?:T|V|N|Q|O|A|X|L|ASX|AIM)\\s*[,)]";
    /** "Glamis Gold (GLG-T)", "Crew Gold (CRU-T, CRUGF-O)", "Breakwater Resources' (BWR-T)": a name before a newspaper's ticker. */
    private static final Pattern BEFORE_PAPERS_TICKER = Pattern.compile(NAME + "(?:['\u2019]s?)?" + PAPERS_TICKER);
    private static final Pattern BEFORE_SYMBOL_FIRST = Pattern.compile(NAME + "\\s*[\\[(]\\s*[A-Z][A-Z0-9.]{0,6}-(?:" + EXCHANGES + ")\\s*[,\\])]");
    // ("Gatos Silver (NYSE, TSX: GATO)": the exchanges listed before the one symbol)
    private static final Pattern BEFORE_TICKER = Pattern.compile(NAME + "\\s*[,(\\[]+\\s*(?:\"[^\"]{0,30}\"\\s*(?:or|and)?\\s*)?(?:(?:" + EXCHANGES + ")\\s*(?:,|/|&|and)\\s*)*(?:" + EXCHANGES + ")\\s*:");
    private static final Pattern BEFORE_COMPANY = Pattern.compile(NAME + "\\s*\\(\\s*(?:the\\s+)?\"?(?:Company|Corporation|Group)\"?");
    // "Aura Minerals Inc. ("Aura Minerals" or the "Company")"; not a mine's short name ("Cerro Los Gatos ("CLG") mine")
    private static final Pattern BEFORE_ALIAS = Pattern.compile(NAME + "\\s*\\(\\s*\"[^\"]{1,40}\"\\s*(?:,|or|and|\\))(?!\\s*(?:mine|project|operation|property|unit)\\b)");
    private static final Pattern LEGAL_NAME = Pattern.compile(NAME + "(,\\s*(?:Inc|Ltd|LLC)\\.?)?");
    /** Legal forms written before a company's name, as Russian and Kazakh companies write them ("PJSC Polyus"), and Indonesian ones ("PT Archi Indonesia Tbk"). */
    static final String LEGAL_PREFIX = "PJSC|OJSC|CJSC|JSC|PAO|OAO|PT";
    private static final Pattern LEGAL_PREFIX_NAME = Pattern.compile("\\b(?:" + LEGAL_PREFIX + ")[ \\t]+\\p{Lu}[\\p{L}-]+(?:[ \\t]+\\p{Lu}[\\p{L}-]+){0,2}");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile("\\s(Inc\\.?|Corp\\.?|Corporation|Ltd\\.?|Limited|PLC|Plc|plc|S\\.A\\.A\\.?|S\\.A\\.?|N\\.V\\.|Tbk\\.?)$");
    // ("PAO News Story", a share-price widget's: a page's word after a legal form is no company's name)
    private static final Pattern NOT_A_COMPANY = Pattern.compile("(?i)^(?:company|corporation|group|the company|gold|silver|copper|zinc|lead|mining|minerals|metals|"
            + "resources|precious metals|base metals|metal)$|^(?:mr|ms|mrs|dr|sr|sra)\\.?\\s|\\s(?:mine|project|operations?|plant|mill|concentrator|smelter|refinery|summary|update|overview|highlights|review|news|story|announcement)$"
            // a report's or a period's word opening a line ("Monthly operating update", "Interim report", "Third-quarter output")
            + "|^(?:monthly|interim|quarterly|annual|all|year-to-date|ytd|first-half|half-year|full-year|nine-month|six-month|record|strong|higher|lower|"
            // a table's or a heading's word alone ("Consolidated", "Attributable", "Output", "Forecast"), no company
            + "consolidated|attributable|output|forecast|commercial|size|updated|limited|government|"
            + "(?:first|second|third|fourth)-quarter|preliminary|operating|production|update|corp\\.?|inc\\.?|ltd\\.?"
            // a sentence's first word in Spanish ("Además, produjo"), no company
            + "|adem\u00e1s|asimismo|adicionalmente|igualmente|finalmente|sin embargo)$"
            // "Australian Securities Exchange Code: TBR": the exchange's label of a ticker
            + "|\\b(?:stock|securities)\\s+exchange\\b|\\bexchange\\s+code\\b");
    /** A headline's subject: "Teranga produces 211,823 oz", "Allied Nevada Defers ...", "First Majestic production hits record". */
    // (a headline's verb in title case too: "Santacruz Silver Produces 4,644,013 Silver Equivalent Ounces")
    // ("First Quantum copper production up to 116kt": the metal between the name and its production)
    private static final Pattern HEADLINE_SUBJECT = Pattern.compile(NAME + "(?:'s)?\\s+(?:(?:gold|silver|copper|zinc|lead|metal)\\s+(?=production|output))?(?:produces|produced|produjo|defers|posts|beats|boosts|lifts|raises|achieves|cuts|"
            + "delivers|sees|says|said|expects|production|output|producci\u00f3n|Produces|Produced|Posts|Boosts|Lifts|Raises|Achieves|Delivers)\\b|(?m)^" + NAME + "\\s*:\\s");
    /** "all of Cambior's operations", "Cambior's Quebec mines": the owner of mines, a company (ranked below a company's own headline: "Akyem's operations" may be a mine's). */
    private static final Pattern OWNER_OF_MINES = Pattern.compile(NAME + "['\u2019]s\\s+(?:\\p{Lu}\\p{L}+\\s+)?(?:operations|mines)\\b");
    /** "Regis Resources' Duketon Gold Project": a company's name in a possessive before what it owns. */
    private static final Pattern POSSESSIVE = Pattern.compile(NAME + "['\u2019]s?\\s+(?=\\p{Lu})");
    /** "la minera canadiense Rio Alto Mining dijo": a company by its kind, a nationality perhaps between. */
    private static final Pattern SPANISH_COMPANY = Pattern.compile("(?:empresa|compa\u00f1\u00eda|minera)\\s+(?:\\p{Ll}+(?:ense|ana|ano|ena|eno|ina|ino|esa|\u00e9s)\\s+)?" + NAME);
    /** "Russian gold miner Nordgold reduced", "Aim-listed copper miner Atalaya Mining produced": a company by what it is. */
    private static final Pattern MINER = Pattern.compile("\\b(?:miner|producer|mining company)\\s+" + NAME);
    /** "OZ Minerals Third Quarter 2018 Results": a report titled by its company. */
    private static final Pattern REPORT_TITLE = Pattern.compile(NAME + "\\s+(?:First|Second|Third|Fourth|1st|2nd|3rd|4th)\\s+Quarter\\s+(?:19|20)\\d{2}\\s+"
            + "(?:Results|Report|Production|Operating)\\b");
    // ("Alacer Gold, which operates the Çöpler gold mine, in Turkey, produced": a clause that says what it is, between)
    // ("BRIO GOLD INC., a subsidiary of Yamana Gold Inc. (USA) (NYSE:AUY), announced": an aside of whose it is, between commas)
    private static final Pattern BEFORE_VERB = Pattern.compile(NAME + "(?:,\\s+which\\s+[^.;]{0,80}?,|\\.?,\\s+(?:a|an)\\s+(?:wholly[- ]owned\\s+|majority[- ]owned\\s+)?(?:subsidiary|unit|division|affiliate)\\s+of\\s+(?:[^.;]|\\.(?!\\s+\\p{Lu}))"
            + "{0,80}?,)?\\s+(?:\\([^)]{0,60}\\)\\s*)?"
            + "(?:(?:on|this|last)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week)\\s+)?(?:is pleased to|announces|announced|reports|reported|today|has|"
            // a headline's verb: "Northgate Minerals Reports Record Gold Production"
            + "Announces|Reports|"
            + "provides|released|delivered|produced|achieved|recorded|posted|anuncia|informa|reporta|anunci\u00f3|inform\u00f3|report\u00f3|cerr\u00f3|registr\u00f3|alcanz\u00f3|obtuvo|produjo|revel\u00f3|"
            // "Anglo American dio a conocer el informe de producción": made known, published
            + "dio\\s+a\\s+conocer|da\\s+a\\s+conocer|public\u00f3|present\u00f3|"
            // Portuguese: "A Serabi registrou a produção", "a Ero informou"
            + "registrou|informou|anunciou|divulgou|produziu)(?![\\p{L}])"
            // "..., Trend reports.": a news agency that tells the story, at the end of its sentence, issues nothing
            + "(?!\\s*\\.)");
    private static final Pattern SUFFIX = Pattern.compile("(?i)\\b(inc\\.?|incorporated|corp\\.?|corporation|ltd\\.?|limited|plc|s\\.a\\.a\\.?|s\\.a\\.?|"
            + "s\\.a\\.b\\.? de c\\.v\\.?|co\\.|company|compa\u00f1\u00eda minera|mining|mines|minerals|resources|metals|gold|silver|n\\.v\\.|ag|se|tbk\\.?)$");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:[A-Z]{2,}[,.]?\\s+)+-+\\s*|(?:Vancouver|Toronto|Denver|Lima|Perth|London|Coeur d'Alene|"
            + "Sydney|Mexico City|Reno|Brisbane|Melbourne|Montreal|Halifax|Johannesburg|Madrid|Santiago|Boise|Greenwood Village|Chicago)\\b[^.]*?[-\u2013\u2014:]\\s*)");
    private static final Pattern NOT_ISSUER_WORD = Pattern.compile("(?i)^(the|a|an|this|for|in|on|at|of|and|by|news|press|release|production|results|total|"
            + "quarter|highlights|operating|reports|announces|article|link|print|comments?|rating|follow|send|share|email|menu|home|published|category|"
            + "insights|related|document|documents|logo-loader|rns|number|quarterly|report|am|pm|et|est|edt|gmt|utc|vancouver|toronto|denver|lima|perth|london|january|february|march|april|may|june|july|"
            + "august|september|october|november|december|globe|newswire|marketwire|business|wire|canada|newsfile|accesswire|prnewswire|date|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
            // a clause's opening word before the name: "When Revett Minerals (RVM-T, RVM-X) restarted the Troy mine"
            + "when|while|after|although|though|since|because|once|until|whereas|"
            // a picture's caption on a page ("Image: ..."), no company
            // a page's credit line ("Fonte: Redação MM", "Source: Reuters") names who wrote it, not the issuer
            + "fonte|fuente|source|sources|autor|author|"
            + "image|photo|photograph|picture|caption|credit|video|[a-z]|\\p{L}+-(?:listed|based|headquartered|focused))$");

    /** A person's title before a name: "CEO Wade Dawe", "President John Smith", "Mr Smith". */
    private static final Pattern PERSON_TITLE = Pattern.compile("(?i)CEO|CFO|COO|chairman|chairwoman|chair|president|chief|director|manager|mr|mrs|ms|dr|executive"
            // "She says": a person, whoever
            + "|she|he|they|we|it|i|you");

    /** Words before a company's name that make it another than the issuer: its owner, partner, buyer or seller. */
    private static final Pattern RELATED_BEFORE = Pattern.compile("(?i)\\b(?:shareholders?|parent(?:\\s+company)?|owners?|partners?|owned\\s+by|subsidiary\\s+of|"
            + "acquired\\s+by|agreement\\s+with|accionista|matriz)\\b[^.;]{0,15}$");
    /** "operator Barrick Gold's (TSX:ABX)": the operator of the issuer's mine, named with its own ticker, is not the issuer. */
    private static final Pattern OPERATOR_BEFORE = Pattern.compile("(?i)\\boperator\\s+(?:of\\s+[^.;]{0,30}?,?\\s*)?$");
    private static final Pattern THING_BEFORE = Pattern.compile("\\b(?:the|of|at|from)\\s+$");
    private static final Pattern HEADLINE_VERB = Pattern.compile("(?:\\s+(?:Announces|Reports|Releases|Provides|Posts|Delivers|Achieves|Declares|Confirms|Updates|Produces))+$");
    private static final Pattern SENTENCE_END = Pattern.compile("\\b(\\p{L}+)\\.\\s+(?=\\p{Lu})");

    private IssuerReader() {
    }

    /** A company's name without the words that say what it is: "Copper Mountain Mining Corp." is Copper Mountain. */
    static String withoutCompanyWords(String name) {
        String rest = name.strip();
        for (Matcher m = SUFFIX.matcher(rest); m.find(); m = SUFFIX.matcher(rest)) {
            rest = rest.substring(0, m.start()).replaceAll("[\\s,]+$", "");
        }
        return rest;
    }

    /** Whether the text gives this name a ticker right after it, a listed company's: "Cambior (CBJ-T)", "Gatos Silver (NYSE: GATO)". */
    static boolean namedWithTicker(String text, String name) {
        return Pattern.compile(Pattern.quote(name) + "(?:['\u2019]s?)?(?:" + PAPERS_TICKER + "|\\s*[,(\\[]+\\s*(?:" + EXCHANGES + ")\\s*:)").matcher(text).find();
    }

    static Optional<ReleaseIssuer> read(String text) {
        // ("2023 /PRNewswire/ - Avino" over "Silver & Gold Mines Ltd. (TSX: ASM)": a name a dateline's dash opens, wrapped onto the
        // next line, is one; a space for the line's end, so that every place in the text stays where it was)
        String opening = WRAPPED_AFTER_DASH.matcher((text.length() > 3000 ? text.substring(0, 3000) : text).replace('\u201c', '"').replace('\u201d', '"'))
                .replaceAll("$1 ");
        List<String> tickers = tickers(opening);
        List<Candidate> candidates = new ArrayList<>();
        collect(BEFORE_TICKER, opening, 3, candidates);
        collect(BEFORE_SYMBOL_FIRST, opening, 3, candidates);
        collect(BEFORE_PAPERS_TICKER, opening, 3, candidates);
        // 'the Vammala Production Centre ("Vammala")': a short name given to a thing without a company's word in it ranks
        // below a company's legal name
        List<Candidate> aliased = new ArrayList<>();
        collect(BEFORE_ALIAS, opening, 3, aliased);
        aliased.forEach(c -> candidates.add(SUFFIX.matcher(c.name()).find() ? c : new Candidate(c.name(), c.at(), c.score() - 12)));
        collect(BEFORE_COMPANY, opening, 2, candidates);
        Matcher legal = LEGAL_NAME.matcher(opening);
        while (legal.find()) {
            // a name with a company's legal form ("Gatos Silver, Inc.", "KAZ Minerals PLC") is a company's, wherever it stands
            // "Pretium Resources Inc. May 2 reported": the name ends at its legal form, whatever capitalized word follows it
            String name = clean((legal.group(1) + (legal.group(2) == null ? "" : legal.group(2)))
                    .replaceFirst("^(.*?\\s(?:Inc|Corp|Ltd|Limited|Corporation|PLC|Plc|plc)\\.?)\\s+\\p{Lu}.*$", "$1"));
            // "controlling shareholder, China National Gold Group Corporation": a company the issuer stands in a relation to
            if (name != null && LEGAL_SUFFIX.matcher(" " + name).find()) {
                legalCandidate(opening, name, legal.start(), legal.start(1)).ifPresent(candidates::add);
            }
        }
        Matcher prefixed = LEGAL_PREFIX_NAME.matcher(opening);
        while (prefixed.find()) {
            // "PJSC Polyus", "OJSC Buryatzoloto": the legal form before the name, as Russian and Kazakh companies write it
            String name = clean(prefixed.group());
            if (name != null) {
                legalCandidate(opening, name, prefixed.start(), prefixed.start()).ifPresent(candidates::add);
            }
        }
        collect(BEFORE_VERB, opening, 1, candidates);
        collect(HEADLINE_SUBJECT, opening, 1, candidates);
        collect(SPANISH_COMPANY, opening, 2, candidates);
        collect(MINER, opening, 2, candidates);
        collect(REPORT_TITLE, opening, 2, candidates);
        Matcher possessive = POSSESSIVE.matcher(opening);
        while (possessive.find()) {
            String name = clean(possessive.group(1));
            if (name != null && SUFFIX.matcher(name).find()) {
                candidates.add(new Candidate(name, possessive.start(1), 10 - Math.min(9, possessive.start() / 400)));
            }
        }
        Matcher owner = OWNER_OF_MINES.matcher(opening);
        while (owner.find()) {
            // "all of Cambior's operations", "Cambior's Quebec mines": whose mines they are, above a mine's "Doyon produced"
            String name = clean(owner.group(1));
            if (name != null) {
                candidates.add(new Candidate(name, owner.start(1), 12 - Math.min(9, owner.start() / 400)));
            }
        }
        // 'a Lost Time Injury ("LTI") free quarter': a term the text shortens to its initials, no company's name
        candidates.removeIf(c -> !SUFFIX.matcher(c.name()).find() && isAcronymOf(c.name(), opening.substring(Math.min(opening.length(), c.at() + c.name().length()))));
        // "Coolgardie Operations produced", "Chatree mine": a name the text gives a mine or an operation is not the company's
        candidates.removeIf(c -> !LEGAL_SUFFIX.matcher(" " + c.name()).find()
                && Pattern.compile("\\b" + Pattern.quote(c.name()) + "\\s+(?:(?:gold|copper|silver)\\s+)?(?:[Mm]ine|[Oo]perations?|[Pp]roject)\\b").matcher(text).find());
        return candidates.stream()
                .max((a, b) -> a.score() != b.score() ? Integer.compare(a.score(), b.score()) : Integer.compare(b.at(), a.at()))
                .map(c -> new ReleaseIssuer(c.name(), tickers, lineOf(text, c.at())));
    }

    /**
     * A name with a company's legal form, ranked above names without one (and the nearer the opening, the higher), unless
     * the words before it relate it to the issuer ("controlling shareholder, China National Gold Group Corporation").
     */
    private static Optional<Candidate> legalCandidate(String opening, String name, int start, int nameAt) {
        boolean related = RELATED_BEFORE.matcher(opening.substring(Math.max(0, start - 40), start)).find();
        return related ? Optional.empty() : Optional.of(new Candidate(name, nameAt, 20 + 5 - Math.min(9, start / 400)));
    }

    private record Candidate(String name, int at, int score) {
    }

    private static final Pattern ACRONYM_AFTER = Pattern.compile("\\s*\\(\\s*\"([A-Z]{2,8})\"\\s*\\)");

    private static final Pattern WRAPPED_AFTER_DASH = Pattern.compile("((?:^|\\s)[-\u2013\u2014]\\s+\\p{Lu}[\\p{L}'&.-]*)\\n(?=\\p{Lu})");

    private static boolean isAcronymOf(String name, String after) {
        Matcher acronym = ACRONYM_AFTER.matcher(after);
        if (!acronym.lookingAt()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            initials.append(word.charAt(0));
        }
        // ('per Silver Ounce Sold ("AISCSOS")': the last words of a longer term the initials shorten, no company either)
        return acronym.group(1).endsWith(initials.toString());
    }

    private static void collect(Pattern pattern, String text, int weight, List<Candidate> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            String name = clean(m.group(group));
            if (name == null) {
                continue;
            }
            if (OPERATOR_BEFORE.matcher(text.substring(Math.max(0, m.start(group) - 40), m.start(group))).find()) {
                continue; // "by operator Barrick Gold's (TSX:ABX) decision": another company, whatever its ticker
            }
            if (weight == 1 && (THING_BEFORE.matcher(text.substring(Math.max(0, m.start(group) - 8), m.start(group))).find() || m.group(group).startsWith("The "))) {
                continue; // "King of the Hills production", "the Mount delivered": a thing the text names, no company's subject
            }
            int score = weight * 10 + (SUFFIX.matcher(name).find() ? 5 : 0) - Math.min(9, m.start() / 400);
            out.add(new Candidate(name, m.start(group), score));
        }
    }

    /** A headline's period right after the name: "Avocet FY", "Kestrel Q3 2019". */
    private static final Pattern PERIOD_AFTER = Pattern.compile("\\s+(?:FY|H[12]|Q[1-4]|1H|2H|9M|YTD)(?:\\s*['’]?\\d{2,4})?$");

    /** A name as it stands, with the dateline and newswire before it cut off; null if nothing of a company's name is left. */
    private static String clean(String raw) {
        String name = raw.strip();
        Matcher lead = LEADING.matcher(name);
        if (lead.find()) {
            name = name.substring(lead.end()).strip();
        }
        // "Guangdong Province. SILVERCORP Metals": a sentence's end before the name; "Inc." or "S.A." is no end
        Matcher end = SENTENCE_END.matcher(name);
        int cut = -1;
        while (end.find()) {
            if (!end.group(1).matches("Inc|Corp|Ltd|Co|Mt|St|Jr|Sr|[A-Z]") && end.group(1).length() >= 3) {
                cut = end.end();
            }
        }
        if (cut > 0) {
            name = name.substring(cut).strip();
        }
        // "PRECIOUS METALS Excellon": a heading in capitals before a name that is not
        name = name.replaceFirst("^[A-Z]{2,}\\s+(?:[A-Z]{2,}\\s+)+(?=[A-Z][a-z])(?!(?:Inc|Corp|Ltd|Limited|Plc|Corporation)\\b)", "");
        // "Canadian-owned Guyana Goldfield Inc.", "Toronto-based DESERT SUN MINING", "Western Australia-focused Intermin": who owns
        // it or where it is, no part of its name
        // ("TSX- and ASX-listed Copper Mountain Mining": two places, the first's word cut short; "Sask.-based": a place abbreviated)
        // ("Reno-based i-80 Gold Corp.": a name may open with a small letter and its number, as WORD allows)
        name = name.replaceFirst("^(?:(?:\\p{L}+-\\s+(?:and|or|&)\\s+)?(?:\\p{L}+\\s+)?\\p{L}+\\.?-)?(?:based|owned|listed|headquartered|focused)\\s+(?=\\p{Lu}|\\p{Ll}-\\d)", "");
        // "Canada's Banro Corporation": the country it is of, no part of its name
        name = name.replaceFirst("^\\p{Lu}\\p{Ll}+['\u2019]s\\s+(?=\\p{Lu})", "");
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_ISSUER_WORD.matcher(words[first].replaceAll("[,.:]+$", "")).matches()) {
            first++;
        }
        if (first >= words.length || PERSON_TITLE.matcher(words[first].replaceAll("[,.:]+$", "")).matches()) {
            return null; // "CEO Sean Roosen said", "She says": a person, not the company
        }
        // ("Breakwater Resources' (BWR-T)", "Westgold's": a possessive is no part of the name)
        // "Calidus Managing Director Dave Reeves", "Goldrich President and CEO William Schara": the company whose officer speaks
        name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length))
                .replaceFirst("\\s+(?:Managing\\s+Director|President|CEO|Chief\\s+Executive|(?:Executive\\s+)?Chairman)\\b.*$", "");
        name = name.replaceAll("(?:['\u2019]s)?[,'\u2019]*$", "").strip();
        // "Turquoise Hill Announces Second Quarter 2015 Production": a headline's verb is no part of the name before it
        name = HEADLINE_VERB.matcher(name).replaceFirst("").strip();
        // "Avocet FY gold output dips to 74 755 oz": a headline's period after the name is no part of it
        name = PERIOD_AFTER.matcher(name).replaceFirst("").strip();
        // "British Columbia produced": a place; "2.5Mtpa": a rate
        if (name.isEmpty() || MineNames.PLACE.matcher(name).matches() || name.matches("(?i)[mk]?tpa|tpd|mtpa|ktpa")) {
            return null;
        }
        if (NOT_A_COMPANY.matcher(name).find() || name.matches("[A-Z]{1,5}")) {
            return null;
        }
        String[] half = name.split("\\s+");
        if (half.length % 2 == 0 && String.join(" ", java.util.Arrays.copyOfRange(half, 0, half.length / 2))
                .equals(String.join(" ", java.util.Arrays.copyOfRange(half, half.length / 2, half.length)))) {
            name = String.join(" ", java.util.Arrays.copyOfRange(half, 0, half.length / 2)); // "KAZ Minerals PLC KAZ Minerals PLC": a heading said twice
        }
        // a long name in capitals is a headline, unless it ends in a company's legal form ("GREAT PANTHER SILVER LIMITED")
        boolean headline = name.equals(name.toUpperCase()) && name.length() > 25 && !LEGAL_SUFFIX.matcher(" " + name.replace("LIMITED", "Limited")).find();
        if (name.length() < 3 || name.split("\\s+").length > 7 || headline) {
            return null;
        }
        return name;
    }

    private static List<String> tickers(String text) {
        Set<String> tickers = new LinkedHashSet<>();
        Matcher m = TICKER.matcher(text);
        while (m.find()) {
            tickers.add(m.group(1) + ": " + m.group(2));
        }
        Matcher symbolFirst = SYMBOL_FIRST.matcher(text);
        while (symbolFirst.find()) {
            tickers.add(symbolFirst.group(2) + ": " + symbolFirst.group(1));
        }
        return List.copyOf(tickers);
    }

    private static int lineOf(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
