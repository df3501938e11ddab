package org.minewatch.infrastructure.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.minewatch.infrastructure.EnvironmentSettings;

/**
 * Which database MineWatch uses, from the environment (or the same names as system properties, which win):
 * {@code MINEWATCH_DB_URL}, {@code MINEWATCH_DB_USER}, {@code MINEWATCH_DB_PASSWORD} for a configured
 * database; without a URL, the embedded default: an H2 database on disk in {@code MINEWATCH_DATA_DIR}
 * (default {@code ./data}), which survives restarts and gets the demo data.
 *
 * <p>{@code MINEWATCH_DEMO_DATA=true} loads the demo data and its users into an empty configured database
 * too: for a demonstration on PostgreSQL and for the integration suite run there, never for production.
 * {@code MINEWATCH_DB_WAIT_SECONDS} (default 120) is how long a start waits for a database that does not
 * answer yet, as when the node and its database are started together.
 *
 * <p>Read through {@link EnvironmentSettings} because the data source is built by the server before the
 * application's CDI container exists (STACK.md traps 1 and 2).
 */
public record DatabaseSettings(String url, String user, String password, boolean embeddedDefault, Path dataDirectory, boolean demoData,
        Duration startWait) {

    public static final String URL = "MINEWATCH_DB_URL";
    public static final String USER = "MINEWATCH_DB_USER";
    public static final String PASSWORD = "MINEWATCH_DB_PASSWORD";
    public static final String DATA_DIR = "MINEWATCH_DATA_DIR";
    public static final String DEMO_DATA = "MINEWATCH_DEMO_DATA";
    public static final String START_WAIT = "MINEWATCH_DB_WAIT_SECONDS";

    public static DatabaseSettings fromEnvironment() {
        Path dataDirectory = Path.of(EnvironmentSettings.value(DATA_DIR).orElse("data")).toAbsolutePath().normalize();
        Duration startWait = Duration.ofSeconds(EnvironmentSettings.wholeNumber(START_WAIT, "seconds").orElse(120L));
        Optional<String> url = EnvironmentSettings.value(URL);
        if (url.isPresent()) {
            boolean demoData = EnvironmentSettings.value(DEMO_DATA).map(Boolean::parseBoolean).orElse(false);
            return new DatabaseSettings(url.get(), EnvironmentSettings.value(USER).orElse(null), EnvironmentSettings.value(PASSWORD).orElse(null),
                    false, dataDirectory, demoData, startWait);
        }
        // DB_CLOSE_ON_EXIT=FALSE: the server, not a JVM shutdown hook, closes the pool and so the database
        // LOCK_TIMEOUT: an evaluation waits for another to finish (a row lock) rather than failing after 1 s
        String embedded = "jdbc:h2:file:" + dataDirectory.resolve("minewatch") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000";
        return new DatabaseSettings(embedded, "sa", "", true, dataDirectory, true, startWait);
    }

    /** The URL without credentials that may sit in its query, for messages and logs. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
