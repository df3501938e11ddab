package org.minewatch.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.List;
import org.minewatch.domain.model.mine.Mine;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.model.user.UserAccountRepository;

/**
 * The account of whoever made the current request: what the application services consult before they read,
 * so that a mine manager sees only their mines however a page or a REST call asks. Both the account and the mines it
 * may see are read once per request: a page asks several services for them.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserAccountRepository users;

    private UserAccount account;
    private List<Mine> visibleMines;

    /** @throws NotSignedInException when nobody (or an account since removed or disabled) is signed in */
    public UserAccount account() {
        if (account == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new NotSignedInException();
            }
            account = users.findByUsername(principal.getName())
                    .filter(UserAccount::isEnabled)
                    .orElseThrow(NotSignedInException::new);
        }
        return account;
    }

    /**
     * The mines the account may see, by company and name, read at the first asking in the request: the guidance page
     * asked for them three times (its ranking, its alert counts, its companies' production), each a read of every mine,
     * about a quarter of its time on 200 mines (issue 14). A request that adds a mine and then lists the mines would not
     * see it; none does (mines are added by imports and administration, which list none).
     *
     * @param every every mine stored, by company and name ({@link ProductionService} keeps them per data version)
     */
    public List<Mine> visibleMines(java.util.function.Supplier<List<Mine>> every) {
        if (visibleMines == null) {
            UserAccount caller = account();
            visibleMines = every.get().stream().filter(caller::maySee).toList();
        }
        return visibleMines;
    }

    /** Nobody is signed in, or the account is gone. */
    public static class NotSignedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotSignedInException() {
            super("Not signed in");
        }
    }
}
