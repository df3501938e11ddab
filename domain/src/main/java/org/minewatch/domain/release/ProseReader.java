package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;
import org.minewatch.domain.model.period.PeriodKind;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.domain.model.production.Measure;
import org.minewatch.domain.release.Quantities.Kind;
import org.minewatch.domain.release.Quantities.Quantity;

/**
 * Figures stated in sentences and highlights: "milled 41,000 tonnes at an average head grade of 870 g/t silver,
 * with recoveries of 96%", "Silver production decreased 16% to 479,809 ounces (Q2 2017: 569,229 ounces)",
 * "produced 1.9 million ounces of silver and 1,100 ounces of gold". A quantity counts only when the words around
 * it say what it measures (produced, milled, grade, recovery) and nothing says it is something else (sold,
 * equivalent, reserves, capacity, guidance); its period is the one its clause names, the prior quarter or year
 * when the clause says so, else the release's own; its mine is the one the sentence names, else the section's,
 * else the only one the text speaks of, else the company's.
 */
final class ProseReader {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[A-Z\u00c1\u00c9\u00cd\u00d3\u00da(\"\u2022\u00b7-])|\\s*[\u2022\u00b7]\\s+|;\\s+");
    private static final Pattern NOT_PRODUCTION = Pattern.compile("(?i)\\b(reserves?|resources?|drill(ed|ing|holes?)?|intersect\\w*|intercept\\w*|exploration|metres|meters|"
            + "inferred|indicated|measured|probable|proven|capacity|nameplate|design(ed)?|permit\\w*|expan\\w*|feasibility|study|pea|"
            + "cost|costs|aisc|price|prices|revenue|per share|cash|hedg\\w*|stream|royalt\\w*|inventor(y|ies)|stockpiles?|"
            + "equivalent|equivalente|ageq|aueq|geos?|eq\\.?)\\b");
    private static final Pattern SOLD_ONLY = Pattern.compile("(?i)\\b(sold|sales|vendid)\\w*");
    private static final Pattern PRODUCED = Pattern.compile("(?i)\\b(produc\\w*|output|poured|recovered|record)\\b");
    private static final Pattern MILLED = Pattern.compile("(?i)\\b(mill(ed|ing)?|process(ed|ing)?|treat(ed|ing)?|throughput|plant feed|mill feed|ore processed|tratad\\w*|procesad\\w*)\\b");
    private static final Pattern GRADE = Pattern.compile("(?i)\\b(grades?|ley|leyes)\\b");
    private static final Pattern RECOVERY = Pattern.compile("(?i)\\b(recover(y|ies)|recuperaci\\w+)\\b");
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?i)(increase[sd]?|decrease[sd]?|up|down|higher|lower|rise|rose|fell|fall|drop(ped)?|improve[sd]?|declined?|grew|growth|gain(ed)?|reduction|change|by|of)\\s*$");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)(over|more than|nearly|almost|up to|exceed(ing|ed)?|at least|below|under|less than|above|in excess of)\\s*$");
    private static final Pattern COMPARISON = Pattern.compile("(?i)\\b(compared (?:to|with)|versus|vs\\.?|relative to|from|against|up from|down from|than)\\b|\\(");
    private static final Pattern PRIOR_YEAR = Pattern.compile("(?i)\\b(prior[- ]year|previous year|last year|a year (?:earlier|ago|before)|same (?:quarter|period)|year[- ]earlier|year[- ]ago)\\b");
    private static final Pattern PRIOR_QUARTER = Pattern.compile("(?i)\\b(prior quarter|previous quarter|last quarter|preceding quarter|sequential\\w*)\\b");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("(?i)\\b(year[- ]to[- ]date|ytd|first (?:nine|six) months|first half|nine months|six months)\\b");

    private final MineNames mines;
    private final String singleMine;
    private final ReportingPeriod releasePeriod;

    ProseReader(MineNames mines, String singleMine, ReportingPeriod releasePeriod) {
        this.mines = mines;
        this.singleMine = singleMine;
        this.releasePeriod = releasePeriod;
    }

    /** A line's sentences and the clauses of its highlights. */
    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(line)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The figures a sentence states, placed; none if it states none that can be placed. */
    List<ParsedFigure> read(String sentence, int line, String sectionMine) {
        List<ParsedFigure> out = new ArrayList<>();
        if (NOT_PRODUCTION.matcher(sentence).find()) {
            return out;
        }
        if (SOLD_ONLY.matcher(sentence).find() && !PRODUCED.matcher(sentence).find()) {
            return out;
        }
        for (Quantity q : Quantities.find(sentence)) {
            String before = sentence.substring(Math.max(0, q.start() - 25), q.start());
            if (BOUND_BEFORE.matcher(before).find()) {
                continue;
            }
            Optional<Measure> measure = measure(sentence, q);
            if (measure.isEmpty()) {
                continue;
            }
            Metal metal = measure.get().isPerMetal() ? metalOf(sentence, q, measure.get()) : null;
            if (measure.get().isPerMetal() && metal == null) {
                continue;
            }
            ReportingPeriod period = period(sentence, q);
            if (period == null) {
                continue;
            }
            String mine = mine(sentence, q.start(), sectionMine);
            out.add(new ParsedFigure(mine, period, measure.get(), metal, q.figure(), line));
        }
        return out;
    }

    /** What a quantity measures, told by its unit and the words just before it in its clause. */
    private static Optional<Measure> measure(String sentence, Quantity q) {
        String clause = clauseBefore(sentence, q.start());
        String beforeNear = sentence.substring(Math.max(0, q.start() - 12), q.start());
        return switch (q.kind()) {
            case PRECIOUS_MASS, BASE_MASS -> PRODUCED.matcher(clause).find() || PRODUCED.matcher(sentence).find() && !SOLD_ONLY.matcher(clause).find()
                    ? Optional.of(Measure.PRODUCTION) : Optional.empty();
            case ORE_TONNES -> MILLED.matcher(clause + " " + after(sentence, q.end(), 30)).find() && !Pattern.compile("(?i)\\bmined\\b").matcher(clause).find()
                    ? Optional.of(Measure.TONNES_MILLED) : Optional.empty();
            case TPD -> MILLED.matcher(clause).find() || Pattern.compile("(?i)averag").matcher(clause).find() ? Optional.of(Measure.TPD) : Optional.empty();
            case GRADE -> Optional.of(Measure.GRADE);
            case PERCENT -> {
                if (CHANGE_BEFORE.matcher(beforeNear).find() && !RECOVERY.matcher(beforeNear).find()) {
                    yield Optional.empty();
                }
                if (RECOVERY.matcher(clause).find()) {
                    yield Optional.of(Measure.RECOVERY);
                }
                yield GRADE.matcher(clause).find() && q.metal() != null && !q.metal().isPrecious() ? Optional.of(Measure.GRADE) : Optional.empty();
            }
        };
    }

    /** The words of the clause before a place: back to the last comma, semicolon or comparison. */
    private static String clauseBefore(String sentence, int at) {
        String before = sentence.substring(0, at);
        int cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(". "));
        return before.substring(cut + 1);
    }

    private static String after(String sentence, int at, int reach) {
        return sentence.substring(at, Math.min(sentence.length(), at + reach));
    }

    private static Metal metalOf(String sentence, Quantity q, Measure measure) {
        if (q.metal() != null) {
            return q.metal();
        }
        Matcher after = Pattern.compile("^\\s*(?:of\\s+|for\\s+|de\\s+)?(" + Quantities.METAL_WORD + ")\\b", Pattern.CASE_INSENSITIVE)
                .matcher(sentence.substring(q.end()));
        if (after.find()) {
            return Quantities.metal(after.group(1));
        }
        Metal before = Quantities.metalBefore(sentence, q.start(), 60).orElse(null);
        if (before == null) {
            return null;
        }
        // a grade in g/t or a mass in ounces is of a precious metal; pounds and % of a base metal
        boolean precious = q.kind() == Kind.PRECIOUS_MASS || q.kind() == Kind.GRADE;
        boolean base = q.kind() == Kind.BASE_MASS || measure == Measure.GRADE && q.kind() == Kind.PERCENT;
        if (precious && !before.isPrecious() || base && before.isPrecious()) {
            return null;
        }
        return before;
    }

    /** The quantity's period: named in its clause, or the prior quarter or year when the clause says so, else the release's. */
    private ReportingPeriod period(String sentence, Quantity q) {
        int clauseStart = lastComparison(sentence, q.start());
        String clause = sentence.substring(clauseStart, Math.min(sentence.length(), q.end() + 40));
        String own = sentence.substring(clauseStart, q.start());
        List<PeriodLabels.Mention> named = PeriodLabels.mentions(clause).stream().filter(m -> m.period() != null).toList();
        boolean comparison = clauseStart > 0;
        if (!named.isEmpty()) {
            // the period nearest the quantity in its clause
            PeriodLabels.Mention nearest = named.get(0);
            for (PeriodLabels.Mention m : named) {
                if (Math.abs(m.start() + clauseStart - q.start()) < Math.abs(nearest.start() + clauseStart - q.start())) {
                    nearest = m;
                }
            }
            return nearest.period();
        }
        if (releasePeriod == null) {
            return null;
        }
        if (YEAR_TO_DATE.matcher(own).find() && releasePeriod.kind() == PeriodKind.QUARTER) {
            return ReportingPeriod.yearToDate(releasePeriod.year(), releasePeriod.number());
        }
        if (comparison) {
            if (PRIOR_YEAR.matcher(clause).find() && releasePeriod.kind() == PeriodKind.QUARTER) {
                return ReportingPeriod.quarter(releasePeriod.year() - 1, releasePeriod.number());
            }
            if (PRIOR_QUARTER.matcher(clause).find() && releasePeriod.kind() == PeriodKind.QUARTER) {
                return releasePeriod.previousQuarter();
            }
            return null; // compared with a period the sentence does not name: no guess
        }
        if (YEAR_TO_DATE.matcher(sentence.substring(0, q.start())).find()) {
            return null;
        }
        return releasePeriod;
    }

    private static int lastComparison(String sentence, int at) {
        Matcher m = COMPARISON.matcher(sentence.substring(0, at));
        int last = 0;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** The mine a figure is of: the one named before it in the sentence, else the section's, else the only one, else the company. */
    private String mine(String sentence, int at, String sectionMine) {
        String named = null;
        int namedAt = -1;
        for (String candidate : mines.named()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(candidate) + "\\b").matcher(sentence);
            while (m.find()) {
                if (m.start() < at && m.start() > namedAt) {
                    named = candidate;
                    namedAt = m.start();
                }
            }
        }
        if (named != null) {
            return mines.clean(named);
        }
        if (sectionMine != null) {
            return sectionMine;
        }
        return singleMine;
    }
}
