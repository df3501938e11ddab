package org.minewatch.domain.model.alert;

/** Where an alert stands: raised, seen by someone who said why, or no longer true. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
