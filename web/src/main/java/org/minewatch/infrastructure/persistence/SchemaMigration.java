package org.minewatch.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the current version with the Flyway migrations under {@code db/migration}; the
 * same scripts run on H2 and PostgreSQL. JPA only maps the schema, it never creates it.
 */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // the one type the two databases name differently: long text
                .placeholders(Map.of("text_type", isPostgres(dataSource) ? "text" : "clob"))
                .load()
                .migrate();
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
