package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.minewatch.domain.model.settings.ThresholdSetting;
import org.minewatch.domain.model.settings.ThresholdSettingRepository;

@ApplicationScoped
public class JpaThresholdSettingRepository implements ThresholdSettingRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaThresholdSettingRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaThresholdSettingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<ThresholdSetting> findAll() {
        return entityManager.createQuery("select t from ThresholdSetting t order by t.key", ThresholdSetting.class).getResultList();
    }

    @Override
    public void store(ThresholdSetting setting) {
        entityManager.persist(setting);
    }
}
