package org.minewatch.domain.release;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minewatch.domain.model.metal.Metal;
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

    private static final Pattern GUIDANCE = Pattern.compile("(?i)\\b(guidance|outlook|forecasts?|forecasted|expects?|expecting|anticipat(e|es|ed|ing)|"
            + "on track|on schedule|on target|on pace|(?:is|are|was|were) expected|expected to|targets?|targeted|targeting|budget(ed)?|plans? to|planned|projected|projections?|"
            + "estimated production|estimates?|revised|revises|withdr[ae]wn?|withdraws|withdrawing|suspend(s|ed)?|will produce|to produce|aims? to|goal|"
            + "proyecci[o\u00f3]n|proyecta|espera|prev[e\u00e9]|estima|meta)\\b");
    private static final Pattern NOT_GUIDANCE = Pattern.compile("(?i)\\b(as expected|than expected|as anticipated|than anticipated|than planned|as planned|"
            + "expected in the mine plan|in line with (?:the )?(?:mine )?plan)\\b");
    private static final Pattern WITHDRAWN = Pattern.compile("(?i)\\b(withdr[ae]wn?|withdraws|withdrawing|suspend(s|ed|ing)?|no longer)\\b");
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:-|\u2013|\u2014|to|and|a|y)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

    private final MineNames mines;
    private final ReportingPeriod releasePeriod;

    GuidanceReader(MineNames mines, ReportingPeriod releasePeriod) {
        this.mines = mines;
        this.releasePeriod = releasePeriod;
    }

    boolean isGuidance(String sentence) {
        String s = NOT_GUIDANCE.matcher(sentence).replaceAll(" ");
        return GUIDANCE.matcher(s).find();
    }

    /** The guidance a sentence states; empty when it states no metal figure and withdraws nothing. */
    List<ParsedGuidance> read(String sentence, int line) {
        List<ParsedGuidance> out = new ArrayList<>();
        Integer year = year(sentence);
        String mine = mine(sentence);
        boolean withdrawn = WITHDRAWN.matcher(sentence).find();
        List<Quantity> quantities = Quantities.find(sentence).stream()
                .filter(q -> q.kind() == Kind.PRECIOUS_MASS || q.kind() == Kind.BASE_MASS).toList();
        if (withdrawn && quantities.isEmpty()) {
            if (year == null) {
                return out;
            }
            Set<Metal> metals = metalsNamed(sentence);
            if (metals.isEmpty()) {
                out.add(new ParsedGuidance(year, mine, null, null, null, true, sentence, line));
            }
            metals.forEach(m -> out.add(new ParsedGuidance(year, mine, m, null, null, true, sentence, line)));
            return out;
        }
        if (year == null) {
            return out;
        }
        for (int i = 0; i < quantities.size(); i++) {
            Quantity q = quantities.get(i);
            Quantity high = q;
            // "6.5 - 7.0 million ounces", "between 7,000 and 7,500 ounces": the first figure of a range takes the second's unit
            if (i + 1 < quantities.size()) {
                Quantity next = quantities.get(i + 1);
                String between = sentence.substring(q.end(), next.start());
                boolean betweenAnd = between.strip().matches("(?i)and|y") && sentence.substring(Math.max(0, q.start() - 12), q.start()).matches("(?is).*\\bbetween\\s*$");
                boolean sameMetal = q.metal() == null || next.metal() == null || q.metal() == next.metal();
                if (sameMetal && (betweenAnd || RANGE_JOIN.matcher(between).matches() && !between.strip().matches("(?i)and|y"))) {
                    high = next;
                }
            }
            Metal metal = q.metal() != null ? q.metal() : high.metal() != null ? high.metal() : metalNear(sentence, high);
            if (metal == null || metal.isPrecious() != (q.kind() == Kind.PRECIOUS_MASS)) {
                continue;
            }
            ReportedFigure low = q.figure();
            if (high != q) {
                i++;
            }
            out.add(new ParsedGuidance(year, mine, metal, low, high.figure(), withdrawn, sentence, line));
        }
        return out;
    }

    private static Metal metalNear(String sentence, Quantity q) {
        Matcher after = Pattern.compile("^\\s*(?:of\\s+|de\\s+)?(" + Quantities.METAL_WORD + ")\\b", Pattern.CASE_INSENSITIVE)
                .matcher(sentence.substring(q.end()));
        if (after.find()) {
            return Quantities.metal(after.group(1));
        }
        return Quantities.metalBefore(sentence, q.start(), 50).orElse(null);
    }

    private Integer year(String sentence) {
        Matcher m = YEAR.matcher(sentence);
        Integer found = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (releasePeriod == null || y >= releasePeriod.year()) {
                found = found == null ? y : found;
            }
        }
        if (found != null) {
            return found;
        }
        return releasePeriod == null ? null : releasePeriod.year();
    }

    private String mine(String sentence) {
        for (String name : mines.named()) {
            if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(sentence).find()) {
                return mines.clean(name);
            }
        }
        return null;
    }

    private static Set<Metal> metalsNamed(String sentence) {
        Set<Metal> metals = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\b(" + Quantities.METAL_WORD + ")\\b", Pattern.CASE_INSENSITIVE).matcher(sentence);
        while (m.find()) {
            Metal metal = Quantities.metal(m.group(1));
            if (metal != null) {
                metals.add(metal);
            }
        }
        return metals;
    }
}
