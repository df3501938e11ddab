package org.minewatch.application;

import java.util.List;
import java.util.Optional;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.model.user.UserAccountRepository;

/** Accounts in a list the test holds, for services tested without a database. */
public final class InMemoryUserAccounts implements UserAccountRepository {

    private final List<UserAccount> users;

    public InMemoryUserAccounts(List<UserAccount> users) {
        this.users = users;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return users.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<UserAccount> findAll() {
        return List.copyOf(users);
    }

    @Override
    public List<UserAccount> findAllForUpdate() {
        return findAll();
    }

    @Override
    public long count() {
        return users.size();
    }

    @Override
    public void store(UserAccount user) {
        users.add(user);
    }
}
