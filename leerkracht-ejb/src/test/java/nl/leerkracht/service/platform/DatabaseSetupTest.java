package nl.leerkracht.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import nl.leerkracht.service.platform.LeerkrachtDataSource.Vendor;
import org.junit.jupiter.api.Test;

class DatabaseSetupTest {

    @Test
    void demoDataGoesIntoTheEmbeddedDatabaseByDefault() {
        assertTrue(DatabaseSetup.shouldLoadDemoData("auto", Vendor.H2));
        assertTrue(DatabaseSetup.shouldLoadDemoData(null, Vendor.H2));
    }

    @Test
    void demoDataNeverGoesIntoMySqlUnlessAskedFor() {
        assertFalse(DatabaseSetup.shouldLoadDemoData("auto", Vendor.MYSQL));
        assertFalse(DatabaseSetup.shouldLoadDemoData("", Vendor.MYSQL));
        assertTrue(DatabaseSetup.shouldLoadDemoData("TRUE", Vendor.MYSQL));
    }

    @Test
    void demoDataCanBeSwitchedOffForTheEmbeddedDatabase() {
        assertFalse(DatabaseSetup.shouldLoadDemoData("false", Vendor.H2));
    }

    @Test
    void theUrlDecidesTheVendor() throws SQLException {
        assertEquals(Vendor.MYSQL, LeerkrachtDataSource.vendorOf("jdbc:mysql://db:3306/leerkracht"));
        assertEquals(Vendor.H2, LeerkrachtDataSource.vendorOf(DatabaseSetup.DEFAULT_URL));
    }

    @Test
    void anUnsupportedUrlIsRefusedWithAnExplanation() {
        SQLException refused = assertThrows(
                SQLException.class, () -> LeerkrachtDataSource.vendorOf("jdbc:postgresql://db/leerkracht"));
        assertTrue(refused.getMessage().contains("jdbc:mysql://"), refused.getMessage());
    }
}
