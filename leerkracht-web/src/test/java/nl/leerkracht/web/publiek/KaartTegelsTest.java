package nl.leerkracht.web.publiek;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KaartTegelsTest {

    @Test
    void tilesOverTheNetherlandsAreFetchedAndThoseOfElsewhereNot() {
        // At zoom 12: Utrecht is tile 2106/1351, Groningen 2122/1330, Vlissingen 2088/1363, Paris 2074/1409, Berlin
        // 2200/1343.
        assertTrue(KaartTegels.inNederland(12, 2106, 1351), "Utrecht");
        assertTrue(KaartTegels.inNederland(12, 2122, 1330), "Groningen");
        assertTrue(KaartTegels.inNederland(12, 2088, 1363), "Vlissingen");
        assertFalse(KaartTegels.inNederland(12, 2074, 1409), "Paris");
        assertFalse(KaartTegels.inNederland(12, 2200, 1343), "Berlin");
    }
}
