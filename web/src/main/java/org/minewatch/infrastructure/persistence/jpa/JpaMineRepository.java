package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.mine.MineRepository;

@ApplicationScoped
public class JpaMineRepository implements MineRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaMineRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaMineRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Mine> find(long id) {
        return Optional.ofNullable(entityManager.find(Mine.class, id));
    }

    @Override
    public List<Mine> findByName(String name) {
        return entityManager.createQuery("select m from Mine m where lower(m.name) = lower(:name) order by m.id", Mine.class)
                .setParameter("name", name.trim()).getResultList();
    }

    @Override
    public List<Mine> findAll() {
        // the commodities of every mine in one more query, not one per mine (the inbox's mine filter lists them all)
        return entityManager.createQuery("select m from Mine m order by m.company.name, m.name", Mine.class)
                .setHint("eclipselink.batch", "m.commodities").setHint("eclipselink.batch.type", "IN").getResultList();
    }

    @Override
    public void store(Mine mine) {
        entityManager.persist(mine);
    }
}
