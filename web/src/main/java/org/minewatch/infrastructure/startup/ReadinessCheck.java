package org.minewatch.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the database is migrated and loaded, and while it answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    private ApplicationStartup startup;

    @Resource(lookup = ApplicationStartup.DATA_SOURCE)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!startup.isReady()) {
            return response.down().withData("reason", "database not prepared yet").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? response.up().build() : response.down().withData("reason", "connection not valid").build();
        } catch (SQLException e) {
            return response.down().withData("reason", "database unreachable").build();
        }
    }
}
