package nl.leerkracht.domain.certificaat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.certificaat.Bewijsronde.Bijzonderheid;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

class BewijsrondeTest {

    private static final Schooljaar JAAR = new Schooljaar(2026);

    @Test
    void theRunForASchoolYearOpensOnTheFirstOfJuneAtItsEnd() {
        assertEquals(LocalDate.of(2027, 6, 1), Bewijsronde.eersteUitreikdag(JAAR));
        Regelfout teVroeg =
                assertThrows(Regelfout.class, () -> Bewijsronde.magUitreiken(JAAR, LocalDate.of(2027, 5, 31)));
        assertEquals("certificaat.fout.teVroeg", teVroeg.getCode());
        assertDoesNotThrow(() -> Bewijsronde.magUitreiken(JAAR, LocalDate.of(2027, 6, 1)));
        assertDoesNotThrow(() -> Bewijsronde.magUitreiken(JAAR, LocalDate.of(2028, 3, 1)), "a late run is fine");
    }

    @Test
    void aTeacherWhoWasThereAllYearIsIncluded() {
        assertEquals(Bijzonderheid.GEEN, Bewijsronde.beoordeel(AccountStatus.ACTIEF, LocalDate.of(2026, 8, 20), JAAR));
        assertEquals(
                Bijzonderheid.GEEN, Bewijsronde.beoordeel(AccountStatus.ACTIEF, null, JAAR), "unknown: from the start");
        assertEquals(
                Bijzonderheid.GEEN,
                Bewijsronde.beoordeel(AccountStatus.UITGENODIGD, LocalDate.of(2026, 12, 31), JAAR),
                "joined in the first half, never logged in: took part all the same");
        assertTrue(Bewijsronde.standaardMee(Bijzonderheid.GEEN));
    }

    @Test
    void aLateJoinerAndALeaverAreListedWithTheirReasonAndLeftOutUnlessChosen() {
        assertEquals(
                Bijzonderheid.LAAT_BEGONNEN,
                Bewijsronde.beoordeel(AccountStatus.ACTIEF, LocalDate.of(2027, 1, 1), JAAR));
        assertEquals(
                Bijzonderheid.VERTROKKEN,
                Bewijsronde.beoordeel(AccountStatus.GEDEACTIVEERD, LocalDate.of(2026, 8, 20), JAAR));
        assertEquals(
                Bijzonderheid.VERTROKKEN,
                Bewijsronde.beoordeel(AccountStatus.GEDEACTIVEERD, LocalDate.of(2027, 3, 1), JAAR),
                "who left counts as a leaver, however late they came");
        assertFalse(Bewijsronde.standaardMee(Bijzonderheid.LAAT_BEGONNEN));
        assertFalse(Bewijsronde.standaardMee(Bijzonderheid.VERTROKKEN));
    }
}
