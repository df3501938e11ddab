package org.minewatch.application.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.model.user.UserAccountRepository;
import org.minewatch.infrastructure.monitoring.LogEvent;
import org.minewatch.infrastructure.security.PasswordHasher;

/**
 * On a configured database there are no demo users: the first administrator, {@code admin}, is created on
 * the first start with the password of {@code MINEWATCH_ADMIN_PASSWORD}. Later starts leave it alone, so a
 * changed password is not reset.
 */
@ApplicationScoped
public class InitialAdmin {

    public static final String USERNAME = "admin";
    public static final String PASSWORD_VARIABLE = "MINEWATCH_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    private UserAccountRepository users;
    private PasswordHasher passwordHasher;

    protected InitialAdmin() {
        // for CDI
    }

    @Inject
    public InitialAdmin(UserAccountRepository users, PasswordHasher passwordHasher) {
        this.users = users;
        this.passwordHasher = passwordHasher;
    }

    /** Creates {@code admin} if it does not exist; returns whether it did. */
    @Transactional
    public boolean ensureExists(String password) {
        if (users.findByUsername(USERNAME).isPresent()) {
            return false;
        }
        if (password == null || password.isBlank()) {
            LOG.warning(LogEvent.of("startup.no-admin").with("user", USERNAME)
                    .with("message", PASSWORD_VARIABLE + " is not set: nobody can sign in until it is set and the application restarted").toString());
            return false;
        }
        users.store(new UserAccount(USERNAME, passwordHasher.hash(password), EnumSet.of(Role.ADMIN)));
        LOG.info(LogEvent.of("startup.admin-created").with("user", USERNAME).with("credentialFrom", PASSWORD_VARIABLE).toString());
        return true;
    }
}
