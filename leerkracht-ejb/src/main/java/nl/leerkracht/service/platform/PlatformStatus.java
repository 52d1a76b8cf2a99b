package nl.leerkracht.service.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether the database answers and holds the migrated schema; used by the readiness check, which
 * has no logged-in caller.
 */
@Stateless
@PermitAll
public class PlatformStatus {

    @Resource(lookup = DatabaseSetup.DATASOURCE)
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean isDatabaseUp() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            return statement.executeQuery("SELECT COUNT(*) FROM account").next();
        } catch (SQLException e) {
            return false;
        }
    }
}
