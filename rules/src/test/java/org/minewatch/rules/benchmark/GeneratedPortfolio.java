package org.minewatch.rules.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.minewatch.domain.model.period.ReportingPeriod;
import org.minewatch.rules.Thresholds;
import org.minewatch.rules.fact.DesignFact;
import org.minewatch.rules.fact.DesignRecoveryFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.OreProcessedFact;
import org.minewatch.rules.fact.Subject;

/**
 * A made-up portfolio for the benchmark: mines x quarters x metals of plausible figures (seeded, so every
 * run judges the same). Each mine has a design throughput and recoveries and a head grade of its own; most
 * quarters run near them, and about one in twenty falls short in throughput, recovery or grade, so that
 * the rules find a few per cent of the lines, as in a real portfolio.
 */
final class GeneratedPortfolio {

    static final String[] METALS = {"AG", "AU", "PB", "ZN"};
    /** Every mine's design, in force from before the first quarter. */
    private static final LocalDate SINCE = LocalDate.of(1999, 1, 1);

    final List<Object> facts = new ArrayList<>();
    final List<MetalResultFact> metalResults = new ArrayList<>();
    final List<OreProcessedFact> ores = new ArrayList<>();
    final List<DesignFact> designs = new ArrayList<>();
    final List<DesignRecoveryFact> designRecoveries = new ArrayList<>();
    final Thresholds thresholds = Thresholds.defaults();

    GeneratedPortfolio(int mines, int quarters) {
        Random random = new Random(42);
        facts.add(thresholds);
        for (int m = 1; m <= mines; m++) {
            double designTpd = 500 + random.nextInt(3000);
            double[] designRecovery = {85 + random.nextInt(8), 80 + random.nextInt(12), 88 + random.nextInt(6), 85 + random.nextInt(8)};
            double[] mineGrade = {50 + random.nextInt(300), 0.3 + random.nextDouble() * 3, 1 + random.nextDouble() * 4, 1 + random.nextDouble() * 6};
            add(new DesignFact(m, "Mine " + m, SINCE, null, designTpd, false, null), designs);
            for (int k = 0; k < METALS.length; k++) {
                add(new DesignRecoveryFact(m, METALS[k], designRecovery[k], false, SINCE, null), designRecoveries);
            }
            for (int i = 0; i < quarters; i++) {
                Subject subject = subject(m, i);
                boolean badQuarter = random.nextInt(20) == 0;
                double tpd = designTpd * (badQuarter ? 0.7 + random.nextDouble() * 0.15 : 0.93 + random.nextDouble() * 0.1);
                double tonnes = Math.round(tpd * 90);
                OreProcessedFact ore = new OreProcessedFact(subject, tonnes, 0.5, (double) Math.round(tpd));
                add(ore, ores);
                for (int k = 0; k < METALS.length; k++) {
                    boolean badLine = random.nextInt(20) == 0;
                    double grade = mineGrade[k] * (badLine ? 0.7 : 0.97 + random.nextDouble() * 0.06);
                    double recovery = Math.round(designRecovery[k] - (badLine ? 4 + random.nextInt(6) : random.nextDouble() * 1.5));
                    double production = Math.round(tonnes * grade * recovery);
                    add(new MetalResultFact(subject, METALS[k], k < 2 ? "g/t" : "%", k < 2 ? "oz" : "lb", tonnes, grade, recovery, production, 0.5,
                            null, null, null), metalResults);
                }
            }
        }
    }

    private <T> void add(T fact, List<T> list) {
        list.add(fact);
        facts.add(fact);
    }

    static Subject subject(int mine, int quarterIndex) {
        return Subject.of((long) mine, "Mine " + mine, 1, "Company", ReportingPeriod.quarter(2000 + quarterIndex / 4, quarterIndex % 4 + 1));
    }

    /** The same line with its production scaled: a restated figure. */
    static MetalResultFact restated(MetalResultFact r, double factor) {
        return new MetalResultFact(r.subject(), r.getMetal(), r.getGradeUnit(), r.getProductionUnit(), r.getTonnes(), r.getGrade(), r.getRecovery(),
                r.getProduction() * factor, r.getProductionHalfWidth(), r.getBalanceComputed(), r.getBalanceLowest(), r.getBalanceHighest());
    }
}
