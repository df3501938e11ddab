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
}
