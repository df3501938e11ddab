package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertRepository;
import org.minewatch.domain.model.alert.AlertStatus;
import org.minewatch.domain.model.mine.Mine;

@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaAlertRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaAlertRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Alert> find(long id) {
        return Optional.ofNullable(entityManager.find(Alert.class, id));
    }

    @Override
    public List<Alert> findAll() {
        return withHistory(entityManager.createQuery("select a from Alert a order by a.raisedAt, a.id", Alert.class)).getResultList();
    }

    @Override
    public List<Alert> findByMine(Mine mine) {
        return withHistory(entityManager.createQuery("select a from Alert a where a.mine = :mine order by a.raisedAt, a.id", Alert.class))
                .setParameter("mine", mine).getResultList();
    }

    /** The histories of all the alerts read in one more query, not one query per alert. */
    private static TypedQuery<Alert> withHistory(TypedQuery<Alert> query) {
        return query.setHint("eclipselink.batch", "a.history").setHint("eclipselink.batch.type", "IN");
    }

    @Override
    public Map<Long, Map<String, Long>> countUnresolvedByMine() {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        entityManager.createQuery("select a.mine.id, a.severity, count(a) from Alert a where a.mine is not null and a.status <> :resolved"
                        + " group by a.mine.id, a.severity", Object[].class)
                .setParameter("resolved", AlertStatus.RESOLVED).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((String) row[1], (Long) row[2]));
        return counts;
    }

    @Override
    public Map<String, Long> countBySeverity(AlertStatus status) {
        Map<String, Long> counts = new HashMap<>();
        entityManager.createQuery("select a.severity, count(a) from Alert a where a.status = :status group by a.severity", Object[].class)
                .setParameter("status", status).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void store(Alert alert) {
        entityManager.persist(alert);
    }
}
