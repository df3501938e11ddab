package org.minewatch.domain.model.user;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    /**
     * Every account, locked until the caller's transaction ends: changes to accounts that must leave an
     * enabled administrator (disabling one, taking the role away) are made one after the other, so two
     * administrators cannot disable each other at the same moment.
     */
    List<UserAccount> findAllForUpdate();

    long count();

    void store(UserAccount user);
}
