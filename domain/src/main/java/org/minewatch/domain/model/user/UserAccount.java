package org.minewatch.domain.model.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.minewatch.domain.model.mine.Mine;

/**
 * A person who signs in: their roles, the mines assigned to them (for a mine manager) and their password
 * hash (never the password). Decides what its holder may read, so that every service asks the same place.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "user_mine", joinColumns = @JoinColumn(name = "user_id"), inverseJoinColumns = @JoinColumn(name = "mine_id"))
    private Set<Mine> assignedMines = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    /** Moves with every change, so that an edit based on an earlier state can be refused (two administrators at once). */
    @Version
    private long version;

    /**
     * When the account last changed. A column of the account's own row, set by every change, so that a change
     * of roles or mines alone (rows of other tables) moves the version too.
     */
    @Column(name = "changed_at")
    private Instant changedAt;

    /** The longest user name an account may have: a sign-in with a longer name is refused before it is looked up. */
    public static final int MAX_USERNAME_LENGTH = 100;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, Set<Role> roles) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1," + MAX_USERNAME_LENGTH + "}")) {
            throw new IllegalArgumentException("A username is 1 to 100 letters, digits and . _ @ -, not '" + username + "'");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("User " + username + " needs at least one role");
        }
        this.username = username;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.roles = EnumSet.copyOf(roles);
    }

    public void assign(Mine mine) {
        assignedMines.add(Objects.requireNonNull(mine, "mine"));
        changed();
    }

    public void unassign(Mine mine) {
        assignedMines.remove(mine);
        changed();
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        changed();
    }

    /**
     * Replaces the roles: the set is changed in place, so that the persistence provider sees the change of
     * the collection it tracks.
     */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("User " + username + " needs at least one role");
        }
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
        changed();
    }

    /** Assigns exactly these mines: those not among them are unassigned. */
    public void assignOnly(Collection<Mine> mines) {
        mines.forEach(m -> Objects.requireNonNull(m, "mine"));
        assignedMines.retainAll(mines);
        assignedMines.addAll(mines);
        changed();
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void disable() {
        this.enabled = false;
        changed();
    }

    public void enable() {
        this.enabled = true;
        changed();
    }

    /** Admins and executives see every mine; a mine manager only those assigned. */
    public boolean maySee(Mine mine) {
        return seesAllMines() || assignedMines.contains(mine);
    }

    /** Consolidated, company-level figures are for admins and executives, never for a mine manager alone. */
    public boolean maySeeCompanyFigures() {
        return seesAllMines();
    }

    /**
     * {@link #maySee(Mine)} and {@link #maySeeCompanyFigures()} as a query can ask them: nothing (no limit) for whoever
     * sees every mine and the company figures, else the mines this account may see, alone.
     */
    public Optional<Set<Mine>> onlyMines() {
        return seesAllMines() ? Optional.empty() : Optional.of(assignedMines());
    }

    private boolean seesAllMines() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.EXECUTIVE);
    }

    private void changed() {
        changedAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Set<Mine> assignedMines() {
        return Collections.unmodifiableSet(assignedMines);
    }

    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof UserAccount u && username.equals(u.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
