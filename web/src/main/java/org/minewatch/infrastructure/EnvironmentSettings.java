package org.minewatch.infrastructure;

import java.util.Optional;

/**
 * MineWatch's settings, one way for all of them: an environment variable ({@code MINEWATCH_DB_URL}) or the
 * same name as a system property in lower case with dots ({@code -Dminewatch.db.url}), which wins. Read from
 * the process rather than MicroProfile Config because some are needed before the application's CDI
 * container exists (the data source, STACK.md traps 1 and 2; the session cookie, while the web module starts).
 */
public final class EnvironmentSettings {

    private EnvironmentSettings() {
    }

    /** The setting's value, trimmed; empty when it is unset or blank. */
    public static Optional<String> value(String name) {
        String property = System.getProperty(name.toLowerCase().replace('_', '.'));
        String value = property != null ? property : System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * A setting that counts something (seconds, log lines): a whole number, 0 or more; empty when it is unset. Any other
     * value stops the start with a message naming the setting and what it counts, rather than running on a guess.
     */
    public static Optional<Long> wholeNumber(String name, String ofWhat) {
        return value(name).map(v -> {
            try {
                long n = Long.parseLong(v);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalStateException(name + " must be a whole number of " + ofWhat + " (0 or more), not '" + v + "'");
        });
    }
}
