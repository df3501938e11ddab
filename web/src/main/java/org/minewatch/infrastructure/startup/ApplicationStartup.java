package org.minewatch.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.minewatch.application.AlertService;
import org.minewatch.application.ThresholdService;
import org.minewatch.application.setup.DemoData;
import org.minewatch.application.setup.InitialAdmin;
import org.minewatch.infrastructure.EnvironmentSettings;
import org.minewatch.infrastructure.monitoring.LogEvent;
import org.minewatch.infrastructure.persistence.DatabaseSettings;
import org.minewatch.infrastructure.persistence.SchemaMigration;

/**
 * Prepares the database when the application is deployed (the data source has waited for it to answer if it
 * was not up yet, see {@link org.minewatch.infrastructure.persistence.MineWatchDataSource}): migrates the schema, then
 * loads the demo data into an empty embedded database (or a configured one that asks for it), or creates the
 * first administrator on a configured one. Readiness
 * ({@code /health/ready}) waits for it. Not transactional itself: Flyway manages its own transactions.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
// the class builds its connections from DatabaseSettings (STACK.md traps 1-3)
@DataSourceDefinition(
        name = ApplicationStartup.DATA_SOURCE,
        className = "org.minewatch.infrastructure.persistence.MineWatchDataSource",
        minPoolSize = 2,
        maxPoolSize = 20,
        // A pooled connection is checked with Connection.isValid, a round trip, before it is handed out (meta-data
        // validation never reaches PostgreSQL, so connections cut by a database restart were handed out broken);
        // one failed check drops the whole pool, which a restart has invalidated as a whole. At most once in 2 s a
        // connection: the pool loads the validation class through the web application's class loader, under its lock,
        // at every check, and a page takes several transactions, so with 16 sessions the threads waited on that lock
        // 8.6 s in 40 s (issue 14). A connection checked in the last 2 s may be handed out unchecked: after a restart
        // of the database, requests can fail for 2 s longer, until the first check drops the pool.
        properties = {"fish.payara.is-connection-validation-required=true", "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=2", "fish.payara.fail-all-connections=true"})
public class ApplicationStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/minewatch";
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private DemoData demoData;

    @Inject
    private InitialAdmin initialAdmin;

    @Inject
    private ThresholdService thresholds;

    @Inject
    private AlertService alerts;

    private volatile boolean ready;

    // said again on the callback itself: a singleton's @PostConstruct does not take the class's attribute from
    // every container, and inside one surrounding transaction readiness would say UP before the data was committed
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void prepareDatabase() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        LogEvent database = LogEvent.of("startup.database").with("database", settings.embeddedDefault() ? "embedded" : "configured")
                .with("url", settings.describe()).with("user", settings.user());
        LOG.info((settings.embeddedDefault() ? database.with("hint", "set " + DatabaseSettings.URL + " for PostgreSQL") : database).toString());
        MigrateResult migration;
        try {
            migration = SchemaMigration.migrate(dataSource);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, LogEvent.of("startup.migration-failed")
                    .with("message", "MineWatch cannot start: the database could not be migrated")
                    .with("url", settings.describe()).with("cause", rootMessage(e)).toString());
            throw e;
        }
        LOG.info(LogEvent.of("startup.schema").with("version", migration.targetSchemaVersion).with("migrationsApplied", migration.migrationsExecuted)
                .toString());
        if (settings.demoData()) {
            if (demoData.databaseIsEmpty()) {
                if (!settings.embeddedDefault()) {
                    LOG.warning(LogEvent.of("startup.demo-data.configured-database").with("url", settings.describe())
                            .with("message", DatabaseSettings.DEMO_DATA + "=true: loading the demo data and the demo users, whose password is"
                                    + " public. Never on a production database").toString());
                }
                demoData.load();
            }
        } else {
            initialAdmin.ensureExists(EnvironmentSettings.value(InitialAdmin.PASSWORD_VARIABLE).orElse(null));
        }
        thresholds.storeMissingDefaults();
        // alerts follow the data: the demo data, or changes made while this node was down
        alerts.evaluate();
        ready = true;
        LOG.info(LogEvent.of("startup.ready").with("database", settings.embeddedDefault() ? "embedded" : "configured").toString());
    }

    public boolean isReady() {
        return ready;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
