package org.minewatch.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.minewatch.infrastructure.monitoring.LogEvent;
import org.minewatch.infrastructure.persistence.DatabaseSettings;

/**
 * Ready once the database is migrated and loaded, and while it answers. Whether it answers is logged when a probe
 * finds it changed (not at every probe): {@code event=database.unreachable}, then {@code event=database.reachable}.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    private ApplicationStartup startup;

    @Resource(lookup = ApplicationStartup.DATA_SOURCE)
    private DataSource dataSource;

    private static final Logger LOG = Logger.getLogger(ReadinessCheck.class.getName());
    private final AtomicBoolean reachable = new AtomicBoolean(true);

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        if (!startup.isReady()) {
            return response.down().withData("reason", "database not prepared yet").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                changed(true, null);
                return response.up().build();
            }
            changed(false, "connection not valid");
            return response.down().withData("reason", "connection not valid").build();
        } catch (SQLException e) {
            changed(false, e.getClass().getSimpleName() + ": " + e.getMessage());
            return response.down().withData("reason", "database unreachable").build();
        }
    }

    private void changed(boolean nowReachable, String cause) {
        if (reachable.compareAndSet(!nowReachable, nowReachable)) {
            String url = DatabaseSettings.fromEnvironment().describe();
            if (nowReachable) {
                LOG.info(LogEvent.of("database.reachable").with("url", url).toString());
            } else {
                LOG.warning(LogEvent.of("database.unreachable").with("url", url).with("cause", cause).toString());
            }
        }
    }
}
