package org.minewatch.domain.model.guidance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Picks, among the versions of one guidance, the one in force on a date. */
public final class GuidanceHistory {

    private GuidanceHistory() {
    }

    /**
     * The latest version announced on or before the date; empty if none was announced yet or the latest
     * was a withdrawal.
     */
    public static Optional<Guidance> inForce(Collection<Guidance> versions, LocalDate asOf) {
        return versions.stream()
                .filter(g -> !g.announcedOn().isAfter(asOf))
                .max(Comparator.comparing(Guidance::announcedOn))
                .filter(g -> !g.isWithdrawn());
    }
}
