package nl.leerkracht.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
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
                .placeholders(Map.of(
                        "tableOptions",
                        vendor == LeerkrachtDataSource.Vendor.MYSQL ? MYSQL_TABLE_OPTIONS : "",
                        // Changing a column's type or nullability: MySQL has no ALTER COLUMN for it, H2 no MODIFY.
                        "modifyColumn",
                        vendor == LeerkrachtDataSource.Vendor.MYSQL ? "MODIFY" : "ALTER COLUMN"))
                .load()
                .migrate();
        LOG.info(() -> "Database " + vendor + " at schema version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
        if (result.migrations.stream().anyMatch(m -> "19".equals(m.version))) {
            meldOngekoppeldeNamen();
        }
        tarieven.seedIfEmpty();
        if (shouldLoadDemoData(demoData, vendor)) {
            demo.loadIfEmpty();
        }
        installatie.createLinkIfNeeded();
    }

    /**
     * Names on team boards from before people were kept that migration V19 could not map to one
     * person of the school (nobody, or more than one, has that name): listed in the log when the
     * migration runs (at most 10,000 entries read), so the central team knows which boards to look at.
     */
    private void meldOngekoppeldeNamen() {
        String sql = "SELECT 'doel', traject_id, eigenaar FROM traject_doel WHERE eigenaar_id IS NULL"
                + " UNION ALL SELECT 'actie', traject_id, eigenaar FROM traject_actie WHERE eigenaar_id IS NULL"
                + " UNION ALL SELECT 'lesbezoek (bezoeker)', traject_id, bezoeker FROM lesbezoek WHERE bezoeker_id IS NULL"
                + " UNION ALL SELECT 'lesbezoek (bezochte)', traject_id, bezochte FROM lesbezoek WHERE bezochte_id IS NULL"
                + " UNION ALL SELECT 'bordsessie', b.traject_id, a.naam FROM bordsessie_aanwezige a"
                + " JOIN bordsessie b ON b.id = a.bordsessie_id WHERE a.account_id IS NULL";
        Map<String, Integer> aantallen = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setMaxRows(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    aantallen.merge(
                            "trajectory " + rows.getLong(2) + ", " + rows.getString(1) + ": \"" + rows.getString(3)
                                    + "\"",
                            1,
                            Integer::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the team boards: " + e.getMessage(), e);
        }
        if (!aantallen.isEmpty()) {
            LOG.warning(() -> aantallen.size() + " names on team boards fit no single person of their school; V19 kept"
                    + " them as typed, and the board shows them so:\n  "
                    + String.join(
                            "\n  ",
                            aantallen.entrySet().stream()
                                    .limit(200)
                                    .map(e -> e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + " times)" : ""))
                                    .toList())
                    + (aantallen.size() > 200 ? "\n  ..." : ""));
        }
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
