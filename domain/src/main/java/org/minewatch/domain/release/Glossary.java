package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of production in the other languages releases are written or wire-translated in (German, French, Italian,
 * Swedish, Indonesian), put into the English the readers know: "Anrikad malm (ton)" is "ore processed (tonnes)", "2.600
 * Unzen Gold" is "2.600 ounces gold", "au cours du troisième trimestre de 2023" is "in the third quarter of 2023". Only the
 * words of quantities, measures, metals, periods and the verbs of producing, selling and planning are put into English:
 * the rest, names above all, stays as written, and no line is added or taken away, so that a figure's line is still its
 * line in the text. English, Spanish and Portuguese, which the readers read as they are, are left alone.
 *
 * <p>A text is taken to be in one of these languages when its own small words (articles, conjunctions, prepositions) and
 * words of production ("Unzen", "kvartalet") are many and outnumber the English small words twice: a story in English
 * quoting a German name is not translated. Figures stated in its sentences are not read: put into English word by word, a
 * sentence does not say surely which mine and period they are of ({@link ReleaseParser} says so in a warning).
 */
final class Glossary {

    enum Language { GERMAN, FRENCH, ITALIAN, SWEDISH, INDONESIAN }

    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)\\b(?:the|and|of|with|for|was|were|from|to|at|by|which)\\b");
    /** Spanish and Portuguese, read as they are: a text of theirs is not translated from a language that shares some small words. */
    private static final Pattern IBERIAN_WORDS = Pattern.compile("(?i)\\b(?:el|los|las|del|y|que|por|una|se|al|um|uma|os|as|do|da|dos|das|n[ao]s?|pela|pelo|e|em|foi|com)\\b");
    private static final Map<Language, Pattern> OWN_WORDS = Map.of(
            Language.GERMAN, Pattern.compile("(?i)\\b(?:der|die|das|und|mit|f\u00fcr|wurde|wurden|von|im|bei|einer|eines|auf|ist|sich|nach|zum|zur|dem|den|einem|unzen|quartals?|tonnen|erz)\\b"),
            Language.FRENCH, Pattern.compile("(?i)\\b(?:(?:les|et|une|est|pour|avec|au|aux|sur|dans|\u00e9t\u00e9|ses|cette|qui|du|trimestres?|onces|teneurs?|minerai)\\b|[dl]['\u2019](?=\\p{L}))"),
            Language.ITALIAN, Pattern.compile("(?i)\\b(?:il|della|delle|degli|dello|che|\u00e8|sono|nel|nella|ha|dei|gli|un['\u2019]|l['\u2019]azienda|anche|tonnellate|produzione|trimestre)\\b"),
            Language.SWEDISH, Pattern.compile("(?i)\\b(?:och|f\u00f6r|med|till|av|som|\u00e4r|uppgick|fr\u00e5n|efter|vilket|har|vid|det|den|kvartalet|rapporterar|malm|guld|produktionen)\\b"),
            Language.INDONESIAN, Pattern.compile("(?i)\\b(?:yang|dan|dengan|untuk|dari|pada|ini|sebesar|tersebut|adalah|akan|juga|tahun|emas|produksi|kuartal|triwulan)\\b"));
    /** Fewer own words than this: too little text to tell its language by. */
    private static final int ENOUGH_WORDS = 6;

    private static final Map<Language, List<Term>> TERMS = Map.of(
            Language.GERMAN, german(), Language.FRENCH, french(), Language.ITALIAN, italian(),
            Language.SWEDISH, swedish(), Language.INDONESIAN, indonesian());

    private Glossary() {
    }

    /** The language of the text, when it is one of ours and not English. */
    static Optional<Language> languageOf(String text) {
        int english = count(ENGLISH_WORDS, text);
        Language best = null;
        int most = 0;
        for (Language language : Language.values()) {
            int own = count(OWN_WORDS.get(language), text);
            if (own > most) {
                most = own;
                best = language;
            }
        }
        return most >= ENOUGH_WORDS && most > 2 * english && most > count(IBERIAN_WORDS, text) ? Optional.of(best) : Optional.empty();
    }

    /** The text with its words of production in English, or the text as it is when it is in none of the glossary's languages. */
    static String toEnglish(String text) {
        return toEnglish(text, languageOf(text));
    }

    /** The text, in the language {@link #languageOf} found, with its words of production in English (as it is for none). */
    static String toEnglish(String text, Optional<Language> language) {
        if (language.isEmpty()) {
            return text;
        }
        // every German noun is capitalised: a capital there says nothing of a name
        boolean namesCapitalised = language.get() != Language.GERMAN;
        String out = text;
        for (Term term : TERMS.get(language.get())) {
            out = term.apply(out, namesCapitalised);
        }
        return out;
    }

    private static int count(Pattern words, String text) {
        Matcher m = words.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * A word or phrase and its English. The English is written in lower case, and capitalised where the word opens a line or a
     * sentence (German capitalises every noun: "Unzen" inside a sentence is "ounces", not a name).
     */
    private record Term(Pattern pattern, String english) {

        static Term of(String regex, String english) {
            return new Term(Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}])"), english);
        }

        String apply(String text, boolean namesCapitalised) {
            Matcher m = pattern.matcher(text);
            StringBuilder out = new StringBuilder(text.length() + 64);
            while (m.find()) {
                if (namesCapitalised && partOfName(text, m)) {
                    continue;
                }
                String english = m.groupCount() > 0 ? expand(m) : this.english;
                m.appendReplacement(out, Matcher.quoteReplacement(opensSentence(text, m.start()) ? capitalised(english) : english));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** "$1" in the English stands for the first group as written ("(\d{1,2})\. Dezember" to "$1 December"). */
        private String expand(Matcher m) {
            String english = this.english;
            for (int g = m.groupCount(); g >= 1; g--) {
                english = english.replace("$" + g, m.group(g) == null ? "" : m.group(g));
            }
            return english;
        }

        /** "PT Aneka Tambang Tbk", "Guyane Fran\u00e7aise": a capital inside a sentence, before another, is a name's (not "Minerai trait\u00e9"). */
        private static boolean partOfName(String text, Matcher m) {
            if (!Character.isUpperCase(text.charAt(m.start())) || opensSentence(text, m.start())) {
                return false;
            }
            int next = m.end();
            while (next < text.length() && text.charAt(next) == ' ') {
                next++;
            }
            return next > m.end() && next < text.length() && Character.isUpperCase(text.charAt(next));
        }

        private static boolean opensSentence(String text, int at) {
            int i = at - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u201e' || text.charAt(i) == '"')) {
                i--;
            }
            return i < 0 || text.charAt(i) == '\n' || ".!?:\u2022-".indexOf(text.charAt(i)) >= 0;
        }

        private static String capitalised(String english) {
            return english.isEmpty() || !Character.isLetter(english.charAt(0)) ? english
                    : english.substring(0, 1).toUpperCase(Locale.ROOT) + english.substring(1);
        }
    }

    private static List<Term> terms(String[][] pairs) {
        List<Term> terms = new ArrayList<>();
        for (String[] pair : pairs) {
            terms.add(Term.of(pair[0], pair[1]));
        }
        return List.copyOf(terms);
    }

    // Phrases before their words ("Gold im Konzentrat" before "Gold"), and each language's ordinals and months, so that its
    // periods read as the English ones do ("im vierten Quartal 2008": "in the fourth quarter 2008").
    private static List<Term> german() {
        return terms(new String[][] {
            {"(\\d{1,2})\\.\\s*(januar|februar|m\u00e4rz|april|mai|juni|juli|august|september|oktober|november|dezember)", "$1 $2"},
            {"(m\u00e4rz|juni|september|dezember)quartal", "$1 quarter"},
            {"januar", "January"}, {"februar", "February"}, {"m\u00e4rz", "March"}, {"mai", "May"}, {"juni", "June"}, {"juli", "July"},
            {"oktober", "October"}, {"dezember", "December"},
            {"im ersten quartal", "in the first quarter"}, {"im zweiten quartal", "in the second quarter"},
            {"im dritten quartal", "in the third quarter"}, {"im vierten quartal", "in the fourth quarter"},
            {"erste[nrs]?", "first"}, {"zweite[nrs]?", "second"}, {"dritte[nrs]?", "third"}, {"vierte[nrs]?", "fourth"},
            {"quartals?", "quarter"}, {"halbjahr(?:es)?", "half year"}, {"gesch\u00e4ftsjahr(?:es)?", "fiscal year"}, {"monats?", "month"},
            {"gold(?:haupt)?gehalte?n?s?", "gold grade"}, {"silber(?:haupt)?gehalte?n?s?", "silver grade"},
            {"kupfer(?:haupt)?gehalte?n?s?", "copper grade"}, {"(?:erz|haupt)?gehalte?n?s?", "grade"},
            {"goldausbeuten?", "gold recovery"}, {"silberausbeuten?", "silver recovery"},
            {"ausbeuten?|ausbringung(?:srate)?|gewinnungsrate|wiedergewinnung(?:srate)?", "recovery"},
            {"goldproduktion", "gold production"}, {"silberproduktion", "silver production"}, {"kupferproduktion", "copper production"},
            {"zinkproduktion", "zinc production"}, {"bleiproduktion", "lead production"},
            {"produktionsergebnisse", "production results"}, {"produktion", "production"},
            {"produzierte[n]?|produziert", "produced"}, {"gewonnen|gewann", "produced"}, {"gegossen", "poured"},
            {"im konzentrat|in konzentraten", "in concentrate"}, {"konzentrate?n?", "concentrate"},
            {"silber", "silver"}, {"kupfer", "copper"}, {"zink", "zinc"}, {"blei", "lead"}, {"golde", "gold"},
            {"unzen", "ounces"}, {"tonnen", "tonnes"}, {"gramm pro tonne", "g/t"}, {"pro tag", "per day"},
            {"durchsatz", "throughput"}, {"verarbeitet(?:e|en)?|aufbereitet(?:e|en)?", "processed"}, {"gemahlen(?:e|en)?", "milled"},
            {"erz", "ore"}, {"abgebaut(?:e|en)?|abbau", "mined"},
            {"bleibt unver\u00e4ndert|bleiben unver\u00e4ndert", "remains unchanged"}, {"unver\u00e4ndert", "unchanged"},
            {"laugung\\p{L}*", "heap leach"}, {"h\u00f6her als", "higher than"}, {"niedriger als", "lower than"},
            {"verkauft(?:e|en)?|verkauf|verkaufs", "sold"}, {"prognose|ziel|geplante|erwartet", "guidance"},
            {"durchschnittlich(?:e|en)?|im durchschnitt", "average"}, {"verglichen mit|gegen\u00fcber", "compared with"},
            {"meldete", "reported"}, {"berichtet", "reports"}, {"\u00e4quivalent", "equivalent"},
            {"die mine|der mine", "the mine"}, {"mine", "mine"}, {"projekt(?:s|es)?", "project"}, {"unternehmen(?:s)?", "company"},
            {"lag bei|lagen bei|betrug(?:en)?|belief sich auf|beliefen sich auf|lag", "was"}, {"lagen", "were"},
            {"erh\u00f6hte? sich|stieg(?:en)?", "rose"}, {"sank(?:en)?|fiel(?:en)?", "fell"}, {"auf", "to"}, {"wurden|wurde", "were"},
            {"im", "in the"}, {"in der|in den|in dem", "in the"}, {"der|die|das|den|dem|des", "the"}, {"und", "and"}, {"f\u00fcr", "for"},
            {"von", "of"}, {"mit", "with"}, {"bei", "at"}, {"aus", "from"}, {"zum|zur", "to the"}, {"bis", "to"}, {"jahr(?:es)?", "year"},
            {"vor einem jahr|im vorjahr", "a year earlier"}, {"gramm", "grams"}, {"tage", "days"}, {"zwischen", "between"},
        });
    }

    private static List<Term> french() {
        return terms(new String[][] {
            {"janvier", "January"}, {"f\u00e9vrier", "February"}, {"mars", "March"}, {"avril", "April"}, {"mai", "May"}, {"juin", "June"},
            {"juillet", "July"}, {"ao\u00fbt", "August"}, {"septembre", "September"}, {"octobre", "October"}, {"novembre", "November"},
            {"d\u00e9cembre", "December"},
            // "la mine d'or et d'argent de Tahuehueto", "la mine de cuivre-zinc de Campo Morado": the Tahuehueto mine
            {"(?:la |sa |une )?mine (?:(?:d['\u2019](?:or|argent)|de (?:cuivre-zinc|cuivre|zinc|plomb)|et)\\s+)*de ((?-i:\\p{Lu})[\\p{L}-]+(?: (?-i:\\p{Lu})[\\p{L}-]+)?)", "the $1 mine"},
            {"(?:son |l['\u2019]|une )?usine de traitement (?:d['\u2019]|de )?", "the processing plant "},
            {"premier|premi\u00e8re", "first"}, {"deuxi\u00e8me|second|seconde", "second"}, {"troisi\u00e8me", "third"}, {"quatri\u00e8me", "fourth"},
            {"trimestres?", "quarter"}, {"semestres?", "half year"}, {"exercice", "fiscal year"}, {"mois", "month"},
            {"au cours du|au cours de la|pendant le|pour le", "in the"},
            {"onces troy|onces", "ounces"}, {"tonnes m\u00e9triques", "metric tonnes"},
            {"d['\u2019]\u00e9quivalent or", "of gold equivalent"}, {"\u00e9quivalent", "equivalent"},
            {"d['\u2019]or", "of gold"}, {"l['\u2019]or", "the gold"}, {"d['\u2019]argent", "of silver"}, {"l['\u2019]argent", "the silver"},
            {"de cuivre", "of copper"}, {"de zinc", "of zinc"}, {"de plomb", "of lead"}, {"or produit", "gold produced"},
            {"argent", "silver"}, {"cuivre", "copper"}, {"plomb", "lead"},
            {"teneurs? moyennes?", "average grade"}, {"teneurs?|titrages?", "grade"}, {"taux de r\u00e9cup\u00e9ration|r\u00e9cup\u00e9rations?", "recovery"},
            {"minerai", "ore"}, {"trait\u00e9(?:e|es|s)?|a trait\u00e9|ont trait\u00e9", "processed"}, {"traitement", "processing"},
            {"usin\u00e9(?:e|es|s)?|broy\u00e9(?:e|es|s)?", "milled"}, {"extrait(?:e|es|s)?", "mined"},
            {"a produit|ont produit|produit(?:e|es|s)?", "produced"},
            {"vendu(?:e|es|s)?|ventes?", "sold"}, {"pr\u00e9visions?|perspectives?|pr\u00e9voit|objectif", "guidance"},
            {"comparativement \u00e0|par rapport \u00e0|contre", "compared with"}, {"par jour", "per day"},
            {"a communiqu\u00e9|a annonc\u00e9|annonce", "reported"}, {"concentr\u00e9s?", "concentrate"},
            {"la soci\u00e9t\u00e9|l['\u2019]entreprise", "the company"}, {"m\u00eame", "same"}, {"environ", "approximately"},
            {"soit|compos\u00e9e?s? de", "consisting of"}, {"ses|son|sa", "its"}, {"pr\u00e9c\u00e9dent", "previous"}, {"l['\u2019]usine", "the plant"}, {"usine", "plant"},
            {"la mine", "the mine"}, {"(?:a \u00e9t\u00e9|ont \u00e9t\u00e9|est de|s['\u2019]est \u00e9tablie? \u00e0|a atteint)", "was"},
            {"le|la|les", "the"}, {"et", "and"}, {"pour", "for"}, {"avec", "with"}, {"du|des|de la|de l['\u2019]|de|d['\u2019]", "of"},
            {"en", "in"}, {"dans", "in"}, {"\u00e0", "at"}, {"sur", "on"}, {"ann\u00e9e", "year"}, {"grammes", "grams"},
        });
    }

    private static List<Term> italian() {
        return terms(new String[][] {
            {"gennaio", "January"}, {"febbraio", "February"}, {"marzo", "March"}, {"aprile", "April"}, {"maggio", "May"}, {"giugno", "June"},
            {"luglio", "July"}, {"agosto", "August"}, {"settembre", "September"}, {"ottobre", "October"}, {"novembre", "November"},
            {"dicembre", "December"},
            {"primo", "first"}, {"secondo", "second"}, {"terzo", "third"}, {"quarto", "fourth"},
            {"trimestre del|trimestre", "quarter"}, {"semestre", "half year"},
            {"once", "ounces"}, {"tonnellate", "tonnes"}, {"grammi per tonnellata", "g/t"}, {"al giorno|per giorno", "per day"},
            {"lavorazione", "processing"}, {"recupero medio", "average recovery"}, {"sulla|sul|sui", "on the"},
            {"d['\u2019]oro", "of gold"}, {"d['\u2019]argento", "of silver"}, {"argento", "silver"}, {"rame", "copper"}, {"piombo", "lead"},
            {"grado medio|tenore medio", "average grade"}, {"grado|tenore", "grade"}, {"recupero", "recovery"},
            {"minerale", "ore"}, {"trattat[oaie]|lavorat[oaie]|macinat[oaie]", "processed"},
            {"ha prodotto|hanno prodotto|prodott[oaie]", "produced"}, {"produzione", "production"},
            {"vendut[oaie]|vendite", "sold"}, {"previsioni|obiettivo", "guidance"}, {"ha riferito|ha riportato", "reported"},
            {"l['\u2019]azienda|la societ\u00e0", "the company"}, {"il|lo|la|i|gli|le|l['\u2019]", "the"}, {"e", "and"}, {"per", "for"},
            {"con", "with"}, {"del|della|dei|delle|degli|di|d['\u2019]", "of"}, {"nel|nella", "in the"}, {"in", "in"}, {"a", "at"},
        });
    }

    private static List<Term> swedish() {
        return terms(new String[][] {
            {"produktionsprognos(?:en)?|prognos(?:en)?|bed\u00f6md produktion", "guidance"},
            {"kvartal (\\d)", "Q$1"}, {"differens", "change"}, {"vilket motsvarar", "or"}, {"uppgick till", "was"}, {"uppgick", "amounted"},
            {"till", "to"}, {"(\\p{L}+)gruvan", "$1 mine"}, {"hittills under \u00e5ret", "so far this year"}, {"\u00f6verskrider", "exceeds"},
            {"\u00f6kat|\u00f6kas|h\u00f6js", "raised"}, {"revideras", "revised"},
            {"januari", "January"}, {"februari", "February"}, {"mars", "March"}, {"maj", "May"}, {"juni", "June"}, {"juli", "July"},
            {"augusti", "August"}, {"oktober", "October"},
            {"f\u00f6rsta halv\u00e5ret", "H1"}, {"okt", "Oct"}, {"hel\u00e5r(?:et)?", "full year"}, {"rullande 12 m\u00e5n", "rolling twelve months"},
            {"f\u00f6rsta", "first"}, {"andra", "second"}, {"tredje", "third"}, {"fj\u00e4rde", "fourth"},
            {"kvartal(?:et)?", "quarter"}, {"halv\u00e5r(?:et)?", "half year"}, {"m\u00e5nad(?:en)?", "month"},
            {"anrikad malm", "ore processed"}, {"bruten malm", "ore mined"}, {"malm", "ore"},
            {"ing\u00e5ende guldhalt", "gold head grade"}, {"guldhalt", "gold grade"}, {"halt", "grade"},
            {"guldutbyte(?: i verket)?", "gold recovery"}, {"processutbytet|utbyte", "recovery"},
            {"guldproduktion(?:en)?", "gold production"}, {"produktion(?:en)?", "production"}, {"producerade?s?", "produced"},
            {"under", "during"}, {"tr\\.\\s*oz", "oz"}, {"gram per ton", "g/t"}, {"ton", "tonnes"}, {"kilo", "kg"},
            {"guld", "gold"}, {"koppar", "copper"}, {"zink", "zinc"}, {"bly", "lead"},
            {"s\u00e5ld|f\u00f6rs\u00e4ljning", "sold"},
            {"rapporterar", "reports"}, {"meddelar", "reports"},
            {"och", "and"}, {"f\u00f6r", "for"}, {"med", "with"}, {"av", "of"}, {"vid", "at"}, {"i", "in"}, {"det|den", "the"},
        });
    }

    private static List<Term> indonesian() {
        return terms(new String[][] {
            {"(kuartal|triwulan) (?:pertama|i)\\b", "first quarter"}, {"(kuartal|triwulan) (?:kedua|dua|ii)\\b", "second quarter"},
            {"(kuartal|triwulan) (?:ketiga|tiga|iii)\\b", "third quarter"}, {"(kuartal|triwulan) (?:keempat|empat|iv)\\b", "fourth quarter"},
            {"semester (?:pertama|i)\\b", "first half"}, {"semester (?:kedua|ii)\\b", "second half"},
            {"januari", "January"}, {"februari", "February"}, {"maret", "March"}, {"mei", "May"}, {"juni", "June"}, {"juli", "July"},
            {"agustus", "August"}, {"oktober", "October"}, {"desember", "December"},
            {"tahun", "year"}, {"troy ons|ons|ounce", "ounces"}, {"ribu", "thousand"}, {"juta", "million"},
            {"emas", "gold"}, {"perak", "silver"}, {"tembaga", "copper"}, {"timbal", "lead"}, {"seng", "zinc"},
            {"memproduksi|diproduksi|menghasilkan", "produced"}, {"produksi", "production"},
            {"bijih", "ore"}, {"diolah|pengolahan", "processed"}, {"kadar", "grade"}, {"perolehan", "recovery"},
            {"penjualan|dijual", "sold"}, {"optimistis(?: dapat)?", "expects to"}, {"ons troi", "ounces"}, {"target|menargetkan|proyeksi", "guidance"}, {"melaporkan", "reports"},
            {"sebesar|mencapai", "of"}, {"dan", "and"}, {"dengan", "with"}, {"untuk", "for"}, {"dari", "from"},
            {"pada|di|sepanjang", "in"}, {"dibandingkan", "compared with"},
        });
    }
}
