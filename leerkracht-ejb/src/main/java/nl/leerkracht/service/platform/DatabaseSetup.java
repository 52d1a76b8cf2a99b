package nl.leerkracht.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.leerkracht.service.account.InstallatieService;
import nl.leerkracht.service.inschrijving.TariefService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's datasource and brings its schema up to date with Flyway before anything
 * else runs; then gives an empty tariff table its standard tariffs and loads the demo data where
 * configured; on a database without a central-team account it makes the one-time installation
 * link ({@link InstallatieService}). URL, user and password come from
 * MicroProfile Config ({@code LEERKRACHT_DB_URL} etc.), defaulting to an embedded H2 file database.
 * Connection validation is on so the pool recovers after a database restart.
 */
@DataSourceDefinition(
        name = DatabaseSetup.DATASOURCE,
        className = "nl.leerkracht.service.platform.LeerkrachtDataSource",
        url = "${MPCONFIG=leerkracht.db.url:" + DatabaseSetup.DEFAULT_URL + "}",
        user = "${MPCONFIG=leerkracht.db.user:leerkracht}",
        password = "${MPCONFIG=leerkracht.db.password:leerkracht}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.validate-atmost-once-period-in-seconds=10"
        })
@Singleton
@Startup
@PermitAll
public class DatabaseSetup {

    public static final String DATASOURCE = "java:app/jdbc/leerkracht";
    /** The embedded default: an H2 file below the working directory, so `java -jar` just runs. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./leerkracht-data/leerkracht;MODE=LEGACY";
    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());
    private static final String MYSQL_TABLE_OPTIONS =
            "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "leerkracht.demo-data", defaultValue = "auto")
    private String demoData;

    @EJB
    private DemoData demo;

    @EJB
    private TariefService tarieven;

    @EJB
    private InstallatieService installatie;

    /** Flyway commits its own work, so it must not run inside a container transaction. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        LeerkrachtDataSource.Vendor vendor = vendor();
        MigrateResult result = Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("tableOptions", vendor == LeerkrachtDataSource.Vendor.MYSQL ? MYSQL_TABLE_OPTIONS : ""))
                .load()
                .migrate();
        LOG.info(() -> "Database " + vendor + " at schema version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        tarieven.seedIfEmpty();
        if (shouldLoadDemoData(demoData, vendor)) {
            demo.loadIfEmpty();
        }
        installatie.createLinkIfNeeded();
    }

    /**
     * Demo data goes into the embedded database by default, into MySQL only when asked for
     * explicitly: never silently into production.
     */
    static boolean shouldLoadDemoData(String setting, LeerkrachtDataSource.Vendor vendor) {
        return switch (setting == null ? "auto" : setting.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> vendor == LeerkrachtDataSource.Vendor.H2;
        };
    }

    private LeerkrachtDataSource.Vendor vendor() {
        try (Connection connection = dataSource.getConnection()) {
            return LeerkrachtDataSource.vendorOf(connection.getMetaData().getURL());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
