package org.minewatch.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.model.user.UserAccountRepository;

/**
 * The account of whoever made the current request: what the application services consult before they read,
 * so that a mine manager sees only their mines however a page or a REST call asks.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private UserAccountRepository users;

    private UserAccount account;

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

    /** Nobody is signed in, or the account is gone. */
    public static class NotSignedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NotSignedInException() {
            super("Not signed in");
        }
    }
}
