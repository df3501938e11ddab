package org.minewatch.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;

/**
 * The rule base, built once (about a second) from the executable model compiled at build time; sessions
 * are cheap. {@link #evaluate} is the whole cycle: a new session, the facts, fire, the findings.
 */
public final class AnomalyRules {

    private final KieBase kieBase;

    public AnomalyRules() {
        this(AnomalyRules.class.getClassLoader());
    }

    /** With the class loader that sees the rules module (in a WAR, the application's). */
    public AnomalyRules(ClassLoader classLoader) {
        this.kieBase = KieServices.get().getKieClasspathContainer(classLoader).getKieBase("anomalies");
    }

    /** A session with nothing in it, for callers that keep one and restate facts in it. */
    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    public List<Finding> evaluate(Collection<?> facts) {
        KieSession session = newSession();
        try {
            facts.forEach(session::insert);
            session.fireAllRules();
            return findings(session);
        } finally {
            session.dispose();
        }
    }

    /**
     * The findings a session holds now, one per rule and subject (the first, when two rules of the same id
     * found the same thing), in a stable order: rule, subject, period, metal.
     */
    public static List<Finding> findings(KieSession session) {
        Map<String, Finding> byKey = new TreeMap<>();
        for (Object o : session.getObjects(o -> o instanceof Finding)) {
            Finding finding = (Finding) o;
            byKey.putIfAbsent(finding.key(), finding);
        }
        return List.copyOf(byKey.values());
    }
}
