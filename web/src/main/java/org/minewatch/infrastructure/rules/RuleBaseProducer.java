package org.minewatch.infrastructure.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.minewatch.rules.AnomalyRules;

/** The rule base, built once per application with the application's class loader (STACK.md trap 5). */
@ApplicationScoped
public class RuleBaseProducer {

    @Produces
    @Singleton
    AnomalyRules anomalyRules() {
        return new AnomalyRules(RuleBaseProducer.class.getClassLoader());
    }
}
