package org.minewatch.application.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minewatch.application.InMemoryUserAccounts;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.infrastructure.security.PasswordHasher;

/**
 * The first administrator of a configured database: made from MINEWATCH_ADMIN_PASSWORD or not at all, so
 * that no account with a default password ever exists outside the embedded default's demo users.
 */
class InitialAdminTest {

    private final List<UserAccount> users = new ArrayList<>();
    private final PasswordHasher hasher = new PasswordHasher();
    private final InitialAdmin initialAdmin = new InitialAdmin(new InMemoryUserAccounts(users), hasher);

    @Test
    void without_a_configured_password_there_is_no_account_at_all() {
        assertThat(initialAdmin.ensureExists(null)).isFalse();
        assertThat(initialAdmin.ensureExists("   ")).isFalse();
        assertThat(users).isEmpty();
    }

    @Test
    void with_one_the_first_admin_has_that_password_only() {
        assertThat(initialAdmin.ensureExists("chosen-at-install")).isTrue();
        assertThat(users).singleElement().satisfies(admin -> {
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.roles()).containsExactly(Role.ADMIN);
            assertThat(hasher.verify("chosen-at-install", admin.passwordHash())).isTrue();
            assertThat(hasher.verify("minewatch", admin.passwordHash())).isFalse();
        });
    }

    @Test
    void a_later_start_leaves_an_existing_admin_alone() {
        initialAdmin.ensureExists("chosen-at-install");
        assertThat(initialAdmin.ensureExists("another")).isFalse();
        assertThat(users).hasSize(1);
        assertThat(hasher.verify("chosen-at-install", users.get(0).passwordHash())).isTrue();
    }
}
