package org.minewatch.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.minewatch.application.AdministrationService;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;

/**
 * Users and mine assignments (administrators): every account with its roles, mines and state; create one,
 * change its roles and mines, disable or enable it, give it a new password.
 */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AdministrationService administration;

    // read from the database, so not carried in the session when it moves to another node: read again there
    private transient List<UserAccount> users;
    private transient List<Mine> mines;

    private String newUsername;
    private String newPassword;
    private List<String> newRoles = new ArrayList<>(List.of(Role.MINE_MANAGER.name()));
    private List<String> newMines = new ArrayList<>();

    private String selected;
    /** The selected account's version when its dialog opened: a save based on it is refused if it moved since. */
    private long selectedVersion;
    private List<String> editRoles = new ArrayList<>();
    private List<String> editMines = new ArrayList<>();
    private String resetPassword;

    @PostConstruct
    void load() {
        mines = administration.mines();
        reload();
    }

    private void reload() {
        users = administration.users();
    }

    public void create() {
        try {
            administration.createUser(newUsername, newPassword, roles(newRoles), mineIds(newMines));
            Messages.info("users.created", newUsername.strip());
            newUsername = null;
            newPassword = null;
            newRoles = new ArrayList<>(List.of(Role.MINE_MANAGER.name()));
            newMines = new ArrayList<>();
            reload();
        } catch (IllegalArgumentException e) {
            Messages.refused(e);
        }
    }

    /** Opens a user's roles and mines, or their new password, in a dialog. */
    public void select(String username) {
        selected = username;
        UserAccount user = getUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        selectedVersion = user.version();
        editRoles = user.roles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
        editMines = user.assignedMines().stream().map(m -> String.valueOf(m.id())).collect(Collectors.toCollection(ArrayList::new));
        resetPassword = null;
    }

    public void saveAccess() {
        try {
            administration.changeAccess(selected, selectedVersion, roles(editRoles), mineIds(editMines));
            Messages.info("users.accessChanged", selected);
            reload();
        } catch (IllegalArgumentException e) {
            Messages.refused(e);
        } catch (RuntimeException e) {
            Messages.refusedIfConcurrent(e);
            reload();
        }
    }

    public void resetPassword() {
        try {
            administration.resetPassword(selected, resetPassword);
            Messages.info("users.passwordReset", selected);
            resetPassword = null;
        } catch (IllegalArgumentException e) {
            Messages.refused(e);
        }
    }

    public void enable(String username) {
        setEnabled(username, true);
    }

    public void disable(String username) {
        setEnabled(username, false);
    }

    private void setEnabled(String username, boolean enabled) {
        try {
            administration.setEnabled(username, enabled);
            Messages.info(enabled ? "users.enabled" : "users.disabled", username);
        } catch (IllegalArgumentException e) {
            Messages.refused(e);
        }
        reload();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    private static List<Long> mineIds(List<String> ids) {
        return ids.stream().map(Long::valueOf).toList();
    }

    /** The user's mines by name, in alphabetical order. */
    public String mineNames(UserAccount user) {
        return user.assignedMines().stream().map(Mine::name).sorted().collect(Collectors.joining(", "));
    }

    public List<String> roleNames(UserAccount user) {
        return user.roles().stream().map(Role::name).sorted().toList();
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public List<UserAccount> getUsers() {
        if (users == null) {
            reload();
        }
        return users;
    }

    public List<Mine> getMines() {
        if (mines == null) {
            mines = administration.mines();
        }
        return mines;
    }

    public int getMinimumPasswordLength() {
        return AdministrationService.MINIMUM_PASSWORD_LENGTH;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public List<String> getNewMines() {
        return newMines;
    }

    public void setNewMines(List<String> newMines) {
        this.newMines = newMines;
    }

    public String getSelected() {
        return selected;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> editRoles) {
        this.editRoles = editRoles;
    }

    public List<String> getEditMines() {
        return editMines;
    }

    public void setEditMines(List<String> editMines) {
        this.editMines = editMines;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
