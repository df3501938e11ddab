package org.minewatch.application;

/** The caller is signed in but their role does not allow this (an executive changing thresholds, say). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
