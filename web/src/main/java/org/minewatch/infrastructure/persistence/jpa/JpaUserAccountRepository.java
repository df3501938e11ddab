package org.minewatch.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.model.user.UserAccountRepository;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "minewatch")
    private EntityManager entityManager;

    protected JpaUserAccountRepository() {
        // for CDI
    }

    /** Outside the server, with an entity manager of the caller's. */
    public JpaUserAccountRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        // the account and its roles in one statement: the roles every request checks come with the account or not at all
        return entityManager.createQuery("select distinct u from UserAccount u left join fetch u.roles where u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> findAll() {
        return entityManager.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public List<UserAccount> findAllForUpdate() {
        return entityManager.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public void store(UserAccount user) {
        entityManager.persist(user);
    }
}
