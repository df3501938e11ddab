package org.minewatch.infrastructure.persistence;

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
                .load()
                .migrate();
    }
}
