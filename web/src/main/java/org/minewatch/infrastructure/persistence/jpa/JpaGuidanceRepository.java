package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.guidance.Guidance;
import org.minewatch.domain.model.guidance.GuidanceRepository;

@ApplicationScoped
public class JpaGuidanceRepository implements GuidanceRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaGuidanceRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaGuidanceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Guidance> findByYear(Company company, int year) {
        return entityManager.createQuery(
                "select g from Guidance g where g.company = :company and g.year = :year order by g.metal, g.announcedOn", Guidance.class)
                .setParameter("company", company).setParameter("year", year).getResultList();
    }

    @Override
    public List<Guidance> findAll(Company company) {
        return entityManager.createQuery("select g from Guidance g where g.company = :company order by g.year, g.metal, g.announcedOn", Guidance.class)
                .setParameter("company", company).getResultList();
    }

    @Override
    public void store(Guidance guidance) {
        entityManager.persist(guidance);
    }
}
