package org.minewatch.application;

/**
 * What was asked for does not exist, or not for this caller: a mine a manager is not assigned is reported
 * exactly like a mine that does not exist, so that its existence is not disclosed.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
