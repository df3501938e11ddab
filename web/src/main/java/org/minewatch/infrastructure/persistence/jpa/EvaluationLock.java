package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Serializes evaluations, and the imports that end with one, across nodes: the caller's transaction locks the
 * single row of {@code evaluation_lock} until it commits, so two nodes never reconcile findings with alerts,
 * nor compare and store the same figures, at once.
 */
@ApplicationScoped
public class EvaluationLock {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected EvaluationLock() {
        // for CDI
    }

    public EvaluationLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Blocks until this transaction holds the lock; must run inside a transaction. */
    public void acquire(Instant now) {
        entityManager.createNativeQuery("select id from evaluation_lock where id = 1 for update").getResultList();
        entityManager.createNativeQuery("update evaluation_lock set last_evaluated_at = ? where id = 1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }
}
