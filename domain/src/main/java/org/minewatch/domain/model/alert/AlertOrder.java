package org.minewatch.domain.model.alert;

import java.util.Objects;

/**
 * One key of an alert list's order, as the inbox's sortable columns give it. A list is in the order of its keys and
 * then newest first (last change first; of alerts changed at the same moment, the first raised first), so that
 * pages read one after the other neither repeat nor skip an alert.
 */
public record AlertOrder(Key key, boolean ascending) {

    public enum Key {
        /** The severity's name (CRITICAL, INFO, WARNING). */
        SEVERITY,
        /** The mine's name, or the company's for a company alert, whatever its case. */
        SUBJECT,
        /** The period's code (2011-Q3). */
        PERIOD,
        /** The metal's symbol, none before any. */
        METAL,
        /** The status's name (ACKNOWLEDGED, OPEN, RESOLVED). */
        STATUS
    }

    public AlertOrder {
        Objects.requireNonNull(key, "key");
    }
}
