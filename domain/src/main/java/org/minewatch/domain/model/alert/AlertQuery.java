package org.minewatch.domain.model.alert;

import java.util.Set;
import org.minewatch.domain.model.mine.Mine;

/**
 * Which alerts a list holds, for the database to select: each filter null for any. {@code onlyMines}, when not
 * null, keeps the alerts of those mines alone (what a mine manager may see: no company alert, no other mine's);
 * {@code ids}, when not null, keeps those alerts alone.
 */
public record AlertQuery(AlertStatus status, Mine mine, String period, String rule, String severity, Set<Mine> onlyMines, Set<Long> ids) {

    public AlertQuery {
        onlyMines = onlyMines == null ? null : Set.copyOf(onlyMines);
        ids = ids == null ? null : Set.copyOf(ids);
    }

    /** Every alert. */
    public static AlertQuery all() {
        return new AlertQuery(null, null, null, null, null, null, null);
    }

    /** The same alerts, among those of these mines alone (null: no limit). */
    public AlertQuery onlyMines(Set<Mine> mines) {
        return new AlertQuery(status, mine, period, rule, severity, mines, ids);
    }

    /** The same alerts, among these alone. */
    public AlertQuery among(Set<Long> alertIds) {
        return new AlertQuery(status, mine, period, rule, severity, onlyMines, alertIds);
    }

    /** Whether it cannot hold any alert (no mine, or no id, to choose from), so that nothing need be asked. */
    public boolean selectsNothing() {
        return onlyMines != null && onlyMines.isEmpty() || ids != null && ids.isEmpty();
    }
}
