package org.minewatch.application;

import java.util.Optional;

/**
 * A change refused because what it was based on changed in the meantime: another user, perhaps on another
 * node, changed the same record since it was read, or at the same moment. Nothing of the refused change was
 * stored; reading the record again and deciding again is the way on. The API answers 409, a page says so.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String message) {
        super(message);
    }

    /**
     * The concurrent change behind a failure, if that is what it was: this exception itself, or the
     * persistence provider's optimistic lock failure (a version that moved), which arrives wrapped in the
     * transaction's rollback when it is found at commit.
     */
    public static Optional<ConcurrentChangeException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrentChangeException concurrent) {
                return Optional.of(concurrent);
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return Optional.of(new ConcurrentChangeException("Someone changed this at the same moment; nothing of your change was stored: "
                        + "read it again and retry"));
            }
        }
        return Optional.empty();
    }
}
