package org.minewatch.infrastructure.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh, empty database for one test class, reached through the application's own data source class and
 * schema migrations: an H2 database in memory, or a new database on the PostgreSQL server of the machine
 * ({@code minewatch.test.postgres.url}, 127.0.0.1:5432 by default), dropped at the end.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { H2, POSTGRESQL }

    private static final String POSTGRES_ADMIN_URL = System.getProperty("minewatch.test.postgres.url",
            "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

    private final Kind kind;
    private final String databaseName = "minewatch_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String url;
    private final DataSource dataSource;
    private EntityManagerFactory entityManagerFactory;

    public TestDatabase(Kind kind) throws SQLException {
        this.kind = kind;
        if (kind == Kind.H2) {
            url = "jdbc:h2:mem:" + databaseName + ";DB_CLOSE_DELAY=-1";
        } else {
            adminExecute("create database " + databaseName);
            url = POSTGRES_ADMIN_URL.replaceFirst("/postgres(\\?|$)", "/" + databaseName + "$1");
        }
        dataSource = withSetting(DatabaseSettings.URL, url, MineWatchDataSource::new);
    }

    /** The application's data source class, built while the URL setting names this database. */
    private static <T> T withSetting(String name, String value, java.util.function.Supplier<T> build) {
        String property = name.toLowerCase().replace('_', '.');
        String previous = System.setProperty(property, value);
        try {
            return build.get();
        } finally {
            if (previous == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, previous);
            }
        }
    }

    /** The JDBC URL of this database, with the user in its query for PostgreSQL: what MINEWATCH_DB_URL takes. */
    public String url() {
        return url;
    }

    public Kind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The application's persistence unit, outside the server: local transactions on this database. */
    public EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            entityManagerFactory = Persistence.createEntityManagerFactory("minewatch", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.nonJtaDataSource", dataSource,
                    // one connection an entity manager holds for its life, as the server's pool lends one a transaction: without it
                    // each read opened a new PostgreSQL connection (about 11 ms apiece, 1,029 of them in AlertQueriesTest alone)
                    "eclipselink.jdbc.exclusive-connection.mode", "Always",
                    "eclipselink.logging.level", "WARNING"));
        }
        return entityManagerFactory;
    }

    private static void adminExecute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(POSTGRES_ADMIN_URL); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        if (kind == Kind.POSTGRESQL) {
            adminExecute("drop database if exists " + databaseName + " with (force)");
        } else {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
        }
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
