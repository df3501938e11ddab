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

    private static final String WORD = "[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][\\p{L}&'\u2019.-]*";
    private static final String NAME = "(" + WORD + "(?:\\s+(?:&|and|de|del|la|y|" + WORD + "))*)";
    private static final String EXCHANGES = "NYSE American|NYSE MKT|NYSE Amex|NYSE|TSX-V|TSXV|TSX Venture|TSX|AMEX|NASDAQ|Nasdaq|ASX|LSE|AIM|BVL|OTCQX|OTCQB|OTC|"
            + "FRA|FSE|JSE|BMV|LON|Lima Stock Exchange|Frankfurt|NYSE Arca";
    private static final Pattern TICKER = Pattern.compile("\\b(" + EXCHANGES + ")\\s*:\\s*([A-Z][A-Z0-9.]{0,6})\\b");
    private static final Pattern BEFORE_TICKER = Pattern.compile(NAME + "\\s*[,(\\[]+\\s*(?:\"[^\"]{0,30}\"\\s*(?:or|and)?\\s*)?(?:" + EXCHANGES + ")\\s*:");
    private static final Pattern BEFORE_COMPANY = Pattern.compile(NAME + "\\s*\\(\\s*(?:the\\s+)?\"?(?:Company|Corporation|Group)\"?");
    private static final Pattern BEFORE_VERB = Pattern.compile(NAME + "\\s+(?:\\([^)]{0,60}\\)\\s*)?(?:is pleased to|announces|announced|reports|reported|today|has|"
            + "provides|released|anuncia|informa|reporta)\\b");
    private static final Pattern SUFFIX = Pattern.compile("(?i)\\b(inc\\.?|incorporated|corp\\.?|corporation|ltd\\.?|limited|plc|s\\.a\\.a\\.?|s\\.a\\.?|"
            + "s\\.a\\.b\\.? de c\\.v\\.?|co\\.|company|mining|mines|minerals|resources|metals|gold|silver|n\\.v\\.|ag|se)$");
    private static final Pattern LEADING = Pattern.compile("^(?:(?:[A-Z]{2,}[,.]?\\s+)+-+\\s*|(?:Vancouver|Toronto|Denver|Lima|Perth|London|Coeur d'Alene|"
            + "Sydney|Mexico City|Reno|Brisbane|Melbourne|Montreal|Halifax|Johannesburg|Madrid|Santiago|Boise|Greenwood Village|Chicago)\\b[^.]*?[-\u2013\u2014:]\\s*)");
    private static final Pattern NOT_ISSUER_WORD = Pattern.compile("(?i)^(the|a|an|this|for|in|on|at|news|press|release|production|results|first|second|third|fourth|"
            + "quarter|highlights|operating|reports|announces|vancouver|toronto|denver|lima|perth|london|january|february|march|april|may|june|july|"
            + "august|september|october|november|december|globe|newswire|marketwire|business|wire|canada|newsfile|accesswire|prnewswire|date)$");

    private IssuerReader() {
    }

    static Optional<ReleaseIssuer> read(String text) {
        String opening = text.length() > 3000 ? text.substring(0, 3000) : text;
        List<String> tickers = tickers(opening);
        List<Candidate> candidates = new ArrayList<>();
        collect(BEFORE_TICKER, opening, 3, candidates);
        collect(BEFORE_COMPANY, opening, 2, candidates);
        collect(BEFORE_VERB, opening, 1, candidates);
        return candidates.stream()
                .max((a, b) -> a.score() != b.score() ? Integer.compare(a.score(), b.score()) : Integer.compare(b.at(), a.at()))
                .map(c -> new ReleaseIssuer(c.name(), tickers, lineOf(text, c.at())));
    }

    private record Candidate(String name, int at, int score) {
    }

    private static void collect(Pattern pattern, String text, int weight, List<Candidate> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String name = clean(m.group(1));
            if (name == null) {
                continue;
            }
            int score = weight * 10 + (SUFFIX.matcher(name).find() ? 5 : 0) - Math.min(9, m.start() / 400);
            out.add(new Candidate(name, m.start(1), score));
        }
    }

    /** A name as it stands, with the dateline and newswire before it cut off; null if nothing of a company's name is left. */
    private static String clean(String raw) {
        String name = raw.strip();
        Matcher lead = LEADING.matcher(name);
        if (lead.find()) {
            name = name.substring(lead.end()).strip();
        }
        String[] words = name.split("\\s+");
        int first = 0;
        while (first < words.length && NOT_ISSUER_WORD.matcher(words[first].replaceAll("[,.:]+$", "")).matches()) {
            first++;
        }
        if (first >= words.length) {
            return null;
        }
        name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length)).replaceAll("[,]+$", "").strip();
        if (name.length() < 3 || name.split("\\s+").length > 7 || name.equals(name.toUpperCase()) && name.length() > 25) {
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
        return List.copyOf(tickers);
    }

    private static int lineOf(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
