package nl.leerkracht.domain.certificaat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

class CertificaatTest {

    private static final Instant OP = Instant.parse("2027-06-15T10:00:00Z");

    private final School school = new School(
            BrinCode.of("04AB"),
            "OBS De Regenboog",
            Sector.PO,
            new Bestuur("41234", "Stichting De Vallei", Sector.PO),
            new Adres("Schoolstraat", "1", "3511 AB", "Utrecht", null, null),
            20);
    private final Account anais = Account.ofSchool(
            "anais", "Anaïs Çelik", "anais@school.example.nl", nl.leerkracht.domain.account.Rol.LERAAR, school, "x");

    private Certificaat bewijs() {
        return Certificaat.eerderUitgereikt(
                CertificaatSoort.BEWIJS_VAN_DEELNAME,
                anais,
                school,
                new Schooljaar(2026),
                Verificatiecode.nieuw(),
                "Carla Centraal",
                OP);
    }

    @Test
    void anIssuedCertificateKeepsTheNameAndSchoolAsPrinted() {
        Certificaat bewijs = bewijs();
        anais.wijzigNaam("Anaïs Çelik-de Vries");
        assertEquals("Anaïs Çelik", bewijs.getNaam());
        assertEquals("OBS De Regenboog", bewijs.getSchoolNaam());
        assertEquals(40, bewijs.getSoort().getRegisteruren());
        assertFalse(bewijs.isIngetrokken());
    }

    @Test
    void revokingNeedsAReasonAndHappensOnce() {
        Certificaat bewijs = bewijs();
        assertEquals(
                "certificaat.fout.reden",
                assertThrows(Regelfout.class, () -> bewijs.trekIn("  ", "Carla Centraal", OP))
                        .getCode());
        assertEquals(
                "certificaat.fout.redenMarkup",
                assertThrows(Regelfout.class, () -> bewijs.trekIn("<b>fout</b>", "Carla Centraal", OP))
                        .getCode());
        assertEquals(
                "certificaat.fout.reden",
                assertThrows(Regelfout.class, () -> bewijs.trekIn("x".repeat(501), "Carla Centraal", OP))
                        .getCode());
        assertFalse(bewijs.isIngetrokken(), "a refused revocation changes nothing");

        bewijs.trekIn("Uitgereikt aan de verkeerde persoon", "Carla Centraal", OP);
        assertTrue(bewijs.isIngetrokken());
        assertEquals("Uitgereikt aan de verkeerde persoon", bewijs.getIntrekreden());
        assertEquals(
                "certificaat.fout.ingetrokken",
                assertThrows(Regelfout.class, () -> bewijs.trekIn("nogmaals", "Carla Centraal", OP))
                        .getCode());
    }

    @Test
    void aRevokedCertificateIsIssuedAgainWithANewCodeAndTheNameAsItIsNow() {
        Certificaat bewijs = bewijs();
        assertEquals(
                "certificaat.fout.nietIngetrokken",
                assertThrows(
                                Regelfout.class,
                                () -> bewijs.opnieuwUitreiken(Verificatiecode.nieuw(), "Carla Centraal", OP))
                        .getCode(),
                "a standing certificate is not issued twice");

        bewijs.trekIn("Naam verkeerd gespeld", "Carla Centraal", OP);
        anais.wijzigNaam("Anaïs Çelik-de Vries");
        Certificaat nieuw = bewijs.opnieuwUitreiken(Verificatiecode.nieuw(), "Carla Centraal", OP.plusSeconds(60));
        assertEquals("Anaïs Çelik-de Vries", nieuw.getNaam());
        assertEquals(bewijs.getSoort(), nieuw.getSoort());
        assertEquals(bewijs.getSchooljaar(), nieuw.getSchooljaar());
        assertNotEquals(bewijs.getCode(), nieuw.getCode());
        assertSame(bewijs, nieuw.getVervangt());
        assertFalse(nieuw.isIngetrokken());
        assertTrue(bewijs.isIngetrokken(), "the revoked one stays revoked");
    }
}
