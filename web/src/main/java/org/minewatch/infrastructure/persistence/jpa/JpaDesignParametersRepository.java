package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.minewatch.domain.model.design.DesignParameters;
import org.minewatch.domain.model.design.DesignParametersRepository;
import org.minewatch.domain.model.mine.Mine;

@ApplicationScoped
public class JpaDesignParametersRepository implements DesignParametersRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaDesignParametersRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaDesignParametersRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<DesignParameters> findByMine(Mine mine) {
        return entityManager.createQuery("select d from DesignParameters d where d.mine = :mine order by d.effectiveFrom", DesignParameters.class)
                .setParameter("mine", mine).getResultList();
    }

    @Override
    public List<DesignParameters> findAll() {
        return entityManager.createQuery("select d from DesignParameters d order by d.mine.id, d.effectiveFrom", DesignParameters.class).getResultList();
    }

    @Override
    public void store(DesignParameters designParameters) {
        entityManager.persist(designParameters);
    }
}
