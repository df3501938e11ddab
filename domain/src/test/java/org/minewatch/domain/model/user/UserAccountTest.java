package org.minewatch.domain.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minewatch.domain.model.SeedRelease;

class UserAccountTest {

    private final SeedRelease seed = new SeedRelease();

    @Test
    void a_mine_manager_sees_only_assigned_mines_and_no_company_figures() {
        UserAccount manager = new UserAccount("manager.caylloma", "hash", Set.of(Role.MINE_MANAGER));
        manager.assign(seed.caylloma);
        assertThat(manager.maySee(seed.caylloma)).isTrue();
        assertThat(manager.maySee(seed.sanJose)).isFalse();
        assertThat(manager.maySeeCompanyFigures()).isFalse();
    }

    @Test
    void executives_and_admins_see_everything() {
        for (Role role : EnumSet.of(Role.EXECUTIVE, Role.ADMIN)) {
            UserAccount user = new UserAccount("someone", "hash", Set.of(role));
            assertThat(user.maySee(seed.caylloma)).isTrue();
            assertThat(user.maySee(seed.sanJose)).isTrue();
            assertThat(user.maySeeCompanyFigures()).isTrue();
        }
    }

    @Test
    void a_user_needs_a_plain_name_and_a_role() {
        assertThatThrownBy(() -> new UserAccount("a b", "hash", Set.of(Role.ADMIN))).hasMessageContaining("username");
        assertThatThrownBy(() -> new UserAccount("ab", "hash", Set.of())).hasMessageContaining("at least one role");
    }

    @Test
    void roles_and_mines_are_replaced_and_an_account_is_disabled_and_enabled_again() {
        UserAccount user = new UserAccount("someone", "hash", Set.of(Role.MINE_MANAGER));
        user.assign(seed.caylloma);
        user.changeRoles(EnumSet.of(Role.EXECUTIVE, Role.MINE_MANAGER));
        user.assignOnly(Set.of(seed.sanJose));
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.MINE_MANAGER);
        assertThat(user.hasRole(Role.EXECUTIVE)).isTrue();
        assertThat(user.assignedMines()).containsExactly(seed.sanJose);
        user.disable();
        assertThat(user.isEnabled()).isFalse();
        user.enable();
        assertThat(user.isEnabled()).isTrue();
        assertThatThrownBy(() -> user.changeRoles(Set.of())).hasMessageContaining("at least one role");
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.EXECUTIVE, Role.MINE_MANAGER);
    }
}
