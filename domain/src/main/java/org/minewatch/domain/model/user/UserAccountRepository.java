package org.minewatch.domain.model.user;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAll();

    long count();

    void store(UserAccount user);
}
