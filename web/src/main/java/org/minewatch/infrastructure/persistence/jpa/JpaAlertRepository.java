package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.alert.Alert;
import org.minewatch.domain.model.alert.AlertRepository;

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
        return entityManager.createQuery("select a from Alert a order by a.raisedAt, a.id", Alert.class).getResultList();
    }

    @Override
    public void store(Alert alert) {
        entityManager.persist(alert);
    }
}
