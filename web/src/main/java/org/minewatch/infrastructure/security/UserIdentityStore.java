package org.minewatch.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.minewatch.domain.model.user.Role;
import org.minewatch.domain.model.user.UserAccount;
import org.minewatch.domain.model.user.UserAccountRepository;

/**
 * Checks a username and password against the stored accounts; the caller's groups are its roles. Every
 * refusal costs one full password check, whether the name is unknown, disabled or given a wrong password, so
 * that the time of the answer does not tell which names have accounts.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    @Inject
    private UserAccountRepository users;

    @Inject
    private VerifiedPasswords verifiedPasswords;

    @Inject
    private PasswordHasher hasher;

    @Override
    @Transactional
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Optional<UserAccount> user = users.findByUsername(login.getCaller());
        if (user.isEmpty()) {
            hasher.verifyForNoAccount(login.getPasswordAsString());
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean matches = verifiedPasswords.verify(user.get().username(), login.getPasswordAsString(), user.get().passwordHash());
        if (!matches || !user.get().isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> groups = user.get().roles().stream().map(Role::name).collect(Collectors.toSet());
        return new CredentialValidationResult(user.get().username(), groups);
    }
}
