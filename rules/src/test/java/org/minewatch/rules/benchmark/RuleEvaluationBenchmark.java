package org.minewatch.rules.benchmark;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.minewatch.rules.AnomalyRules;
import org.minewatch.rules.Finding;
import org.minewatch.rules.fact.MetalResultFact;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the rules take over a portfolio of 200 mines x 40 quarters x 4 metals (about 48,000 facts): a
 * full evaluation (new session, insert everything, fire), an incremental one (one figure of one
 * mine-quarter restated in a warm session, fire), and the same three checks as plain Java loops. Run on
 * demand (README, "Figures"), never in CI.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RuleEvaluationBenchmark {

    @Param({"200"})
    int mines;

    @Param({"40"})
    int quarters;

    private AnomalyRules rules;
    private GeneratedPortfolio portfolio;
    private KieSession warm;
    private FactHandle restatedHandle;
    private MetalResultFact original;
    private MetalResultFact lowered;
    private boolean toggle;

    @Setup(Level.Trial)
    public void setUp() {
        rules = new AnomalyRules();
        portfolio = new GeneratedPortfolio(mines, quarters);
        // the same findings both ways, for the three rules the plain loop does
        List<Finding> plain = PlainJavaChecks.run(portfolio);
        List<Finding> drools = rules.evaluate(portfolio.facts).stream()
                .filter(f -> f.getRule().equals("recovery-below-design") || f.getRule().equals("decline-yoy")
                        || f.getRule().equals("throughput-below-design"))
                .toList();
        if (plain.isEmpty() || !new HashSet<>(plain).equals(new HashSet<>(drools))) {
            throw new IllegalStateException("Drools and the plain loop disagree: " + drools.size() + " against " + plain.size() + " findings");
        }
        System.out.println("facts: " + portfolio.facts.size() + ", findings of the three rules: " + plain.size());

        warm = rules.newSession();
        original = portfolio.metalResults.get(portfolio.metalResults.size() / 2);
        lowered = GeneratedPortfolio.restated(original, 0.5);
        for (Object fact : portfolio.facts) {
            FactHandle handle = warm.insert(fact);
            if (fact == original) {
                restatedHandle = handle;
            }
        }
        warm.fireAllRules();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        warm.dispose();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int fullEvaluation() {
        return rules.evaluate(portfolio.facts).size();
    }

    /** One mine-quarter's production restated (halved, then back), in a session that holds everything. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int incrementalRestatement() {
        toggle = !toggle;
        warm.update(restatedHandle, toggle ? lowered : original);
        return warm.fireAllRules();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int plainJavaThreeChecks() {
        return PlainJavaChecks.run(portfolio).size();
    }
}
