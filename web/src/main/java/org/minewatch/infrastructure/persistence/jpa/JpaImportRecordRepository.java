package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.imports.ImportRecord;
import org.minewatch.domain.model.imports.ImportRecordRepository;

@ApplicationScoped
public class JpaImportRecordRepository implements ImportRecordRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaImportRecordRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaImportRecordRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ImportRecord> find(long id) {
        return Optional.ofNullable(entityManager.find(ImportRecord.class, id));
    }

    @Override
    public List<ImportRecord> findAll() {
        return entityManager.createQuery("select i from ImportRecord i order by i.importedAt desc, i.id desc", ImportRecord.class).getResultList();
    }

    @Override
    public void store(ImportRecord record) {
        entityManager.persist(record);
    }
}
