package org.minewatch.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.minewatch.infrastructure.monitoring.LogEvent;
import javax.sql.DataSource;

/**
 * The connection factory behind the application's data source ({@code java:app/jdbc/minewatch}): it reads
 * {@link DatabaseSettings} and opens connections with the driver the URL names, H2 (the server's copy) or
 * PostgreSQL (in the WAR). Payara pools its connections. A class of our own because the embedded URL is
 * derived from {@code MINEWATCH_DATA_DIR}, which a placeholder in an annotation cannot express.
 *
 * <p>A node and its database are often started together, and the database may come up second. Until the
 * database has answered once, a refused connection is retried every few seconds, saying what is wrong, for up
 * to {@code MINEWATCH_DB_WAIT_SECONDS}: the deployment (whose first step, the persistence unit, connects) waits
 * for the database instead of failing with a stack of errors. After that a refusal is an outage, reported at
 * once to the caller (the API answers 503) so that no request hangs.
 */
public class MineWatchDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(MineWatchDataSource.class.getName());
    private static final Duration START_RETRY = Duration.ofSeconds(5);

    private final DatabaseSettings settings = DatabaseSettings.fromEnvironment();
    private final Driver driver = driverFor(settings.url());
    private final AtomicBoolean answeredOnce = new AtomicBoolean();
    private int loginTimeout;

    private static Driver driverFor(String url) {
        String driverClass;
        if (url.startsWith("jdbc:postgresql:")) {
            driverClass = "org.postgresql.Driver";
        } else if (url.startsWith("jdbc:h2:")) {
            driverClass = "org.h2.Driver";
        } else {
            throw new IllegalStateException(DatabaseSettings.URL + " must be a PostgreSQL (jdbc:postgresql:) or H2 (jdbc:h2:) URL, not "
                    + url.replaceAll("\\?.*", ""));
        }
        try {
            return (Driver) Class.forName(driverClass, true, MineWatchDataSource.class.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JDBC driver " + driverClass + " is not available", e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(settings.user(), settings.password());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        if (answeredOnce.get()) {
            return connect(username, password);
        }
        Instant deadline = Instant.now().plus(settings.startWait());
        for (int attempt = 1;; attempt++) {
            try {
                Connection connection = connect(username, password);
                if (answeredOnce.compareAndSet(false, true) && attempt > 1) {
                    LOG.info(LogEvent.of("startup.database.answers").with("message", "The database answers now").with("url", settings.describe())
                            .with("attempt", attempt).toString());
                }
                return connection;
            } catch (SQLException e) {
                if (!DatabaseUnavailable.isCauseOf(e)) {
                    throw e;
                }
                LogEvent event = LogEvent.of("startup.database.unreachable").with("url", settings.describe()).with("cause", e.getMessage())
                        .with("attempt", attempt);
                if (!Instant.now().isBefore(deadline)) {
                    LOG.severe(event.with("message", "MineWatch cannot start: the database cannot be reached; gave up after "
                            + settings.startWait().toSeconds() + " s (" + DatabaseSettings.START_WAIT + "). Check that it runs, and check "
                            + DatabaseSettings.URL + ", " + DatabaseSettings.USER + " and " + DatabaseSettings.PASSWORD).toString());
                    throw e;
                }
                LOG.warning(event.with("message", "The database cannot be reached yet. Retrying in " + START_RETRY.toSeconds()
                        + " s, for up to " + settings.startWait().toSeconds() + " s (" + DatabaseSettings.START_WAIT + ")").toString());
                try {
                    Thread.sleep(START_RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private Connection connect(String username, String password) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = driver.connect(settings.url(), properties);
        if (connection == null) {
            throw new SQLException("No driver accepts " + settings.describe());
        }
        return connection;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through the server's logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
