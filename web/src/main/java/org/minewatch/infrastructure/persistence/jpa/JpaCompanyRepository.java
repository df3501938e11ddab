package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.company.Company;
import org.minewatch.domain.model.company.CompanyRepository;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaCompanyRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaCompanyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Company> findByName(String name) {
        return entityManager.createQuery("select c from Company c where c.name = :name", Company.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    @Override
    public List<Company> findAll() {
        return entityManager.createQuery("select c from Company c order by c.name", Company.class).getResultList();
    }

    @Override
    public void store(Company company) {
        entityManager.persist(company);
    }
}
