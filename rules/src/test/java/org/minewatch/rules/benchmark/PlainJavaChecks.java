package org.minewatch.rules.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minewatch.rules.Finding;
import org.minewatch.rules.Findings;
import org.minewatch.rules.Thresholds;
import org.minewatch.rules.fact.DesignFact;
import org.minewatch.rules.fact.DesignRecoveryFact;
import org.minewatch.rules.fact.MetalResultFact;
import org.minewatch.rules.fact.OreProcessedFact;

/**
 * The benchmark's yardstick: three of the rules (recovery below design, throughput below design outside a
 * ramp-up, decline against the prior year) as plain Java loops over hash maps, producing the same findings.
 * Simpler than the rules in one way: the generated portfolio has one design version per mine, so designs
 * are looked up by mine alone.
 */
final class PlainJavaChecks {

    private PlainJavaChecks() {
    }

    static List<Finding> run(GeneratedPortfolio p) {
        Thresholds t = p.thresholds;
        List<Finding> findings = new ArrayList<>();
        Map<String, DesignRecoveryFact> designRecovery = new HashMap<>();
        for (DesignRecoveryFact d : p.designRecoveries) {
            designRecovery.put(d.getMineId() + "|" + d.getMetal(), d);
        }
        Map<String, MetalResultFact> lines = new HashMap<>();
        for (MetalResultFact r : p.metalResults) {
            lines.put(r.getMineId() + "|" + r.getPeriod() + "|" + r.getMetal(), r);
        }
        for (MetalResultFact r : p.metalResults) {
            DesignRecoveryFact d = designRecovery.get(r.getMineId() + "|" + r.getMetal());
            if (d != null && r.getRecovery() != null && r.getRecovery() < d.getRecovery() - t.getRecoveryTolerancePoints()) {
                findings.add(Findings.recoveryBelowDesign(r, d, t));
            }
            MetalResultFact before = lines.get(r.getMineId() + "|" + r.getSameQuarterPriorYear() + "|" + r.getMetal());
            if (before != null && before.getProduction() != null && before.getProduction() > 0 && r.getProduction() != null
                    && r.getProduction() < before.getProduction() * (1 - t.getDeclineYoyShare())) {
                findings.add(Findings.decline(Findings.DECLINE_YOY, r, r.getMetal(), r.getProductionUnit(), r.getProduction(),
                        r.getSameQuarterPriorYear(), before.getProduction(), t.getDeclineYoyShare()));
            }
        }
        Map<Long, DesignFact> designs = new HashMap<>();
        for (DesignFact d : p.designs) {
            designs.put(d.getMineId(), d);
        }
        for (OreProcessedFact o : p.ores) {
            DesignFact d = designs.get(o.getMineId());
            if (d != null && d.getThroughputTpd() != null && o.getTpd() != null && o.getTpd() < d.getThroughputTpd() * t.getThroughputMinimumShare()
                    && (d.getCommercialStartMonthIndex() == 0 || d.monthOfCommercialProduction(o.getEndMonthIndex()) > t.getRampUpMonths())) {
                findings.add(Findings.throughputBelowDesign(o, d, t));
            }
        }
        return findings;
    }
}
