package org.minewatch.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connection factory behind the application's data source ({@code java:app/jdbc/minewatch}): it reads
 * {@link DatabaseSettings} and opens connections with the driver the URL names, H2 (the server's copy) or
 * PostgreSQL (in the WAR). Payara pools its connections. A class of our own because the embedded URL is
 * derived from {@code MINEWATCH_DATA_DIR}, which a placeholder in an annotation cannot express.
 */
public class MineWatchDataSource implements DataSource {

    private final DatabaseSettings settings = DatabaseSettings.fromEnvironment();
    private final Driver driver = driverFor(settings.url());
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
