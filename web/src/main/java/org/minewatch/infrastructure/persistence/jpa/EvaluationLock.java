package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Serializes evaluations, and the imports that end with one, across nodes: the caller's transaction locks the
 * single row of {@code evaluation_lock} until it commits, so two nodes never reconcile findings with alerts,
 * nor compare and store the same figures, at once.
 *
 * <p>Every change to what the rules judge takes this lock in its own transaction (it ends with an evaluation), so
 * the lock's row also keeps the data's version: raised with each such transaction and committed with it. Any node
 * that reads the same version sees the same data; one that reads another knows what it derived before is stale.
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
        entityManager.createNativeQuery("update evaluation_lock set last_evaluated_at = ?, data_version = data_version + 1 where id = 1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    /** Whether the whole portfolio was judged on this day (a change may then be judged in its scope); call holding the lock. */
    public boolean fullyEvaluatedOn(LocalDate day) {
        Object last = entityManager.createNativeQuery("select full_evaluation_day from evaluation_lock where id = 1").getSingleResult();
        return last != null && toLocalDate(last).equals(day);
    }

    /** Records that the whole portfolio was judged on this day; call holding the lock. */
    public void fullyEvaluated(LocalDate day) {
        entityManager.createNativeQuery("update evaluation_lock set full_evaluation_day = ? where id = 1").setParameter(1, Date.valueOf(day))
                .executeUpdate();
    }

    private static LocalDate toLocalDate(Object value) {
        // the JDBC drivers hand a date column back as java.sql.Date or, newer ones, as LocalDate
        return value instanceof Date date ? date.toLocalDate() : value instanceof LocalDate day ? day : LocalDate.parse(value.toString());
    }

    /** The version of the data as committed (or as this transaction changed it): one row read by its key, no lock. */
    public long dataVersion() {
        return ((Number) entityManager.createNativeQuery("select data_version from evaluation_lock where id = 1").getSingleResult()).longValue();
    }
}
