package nl.leerkracht.domain.certificaat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.leerkracht.domain.certificaat.Aanwezigheid.Opkomst;
import nl.leerkracht.domain.shared.Schooljaar;
import org.junit.jupiter.api.Test;

class SchoolleidersregisterTest {

    private static final Schooljaar START = new Schooljaar(2026);

    @Test
    void yearOneCertifiesPersonalLeadershipAndYearsOneAndTwoLeadingChange() {
        assertEquals(Optional.of(CertificaatSoort.PERSOONLIJK_LEIDERSCHAP), Schoolleidersregister.thema(START, START));
        assertEquals(
                Optional.of(CertificaatSoort.LEIDINGGEVEN_AAN_VERANDERING),
                Schoolleidersregister.thema(START, START.volgende()));
        assertEquals(
                Optional.empty(),
                Schoolleidersregister.thema(START, START.volgende().volgende()));
        assertEquals(Optional.empty(), Schoolleidersregister.thema(START, new Schooljaar(2025)), "before the start");
    }

    @Test
    void theOptInClosesWhenTheTrajectoryStarts() {
        assertEquals(LocalDate.of(2026, 9, 1), Schoolleidersregister.laatsteAanmelddag(START));
    }

    @Test
    void theThresholdIsMetExactlyAtItsPercentageAndNotJustBelow() {
        assertFalse(Aanwezigheid.van(799, 1000).voldoet(80), "79.9%");
        assertTrue(Aanwezigheid.van(800, 1000).voldoet(80), "80%");
        assertTrue(Aanwezigheid.van(9, 9).voldoet(80), "100%");
        assertTrue(Aanwezigheid.van(4, 5).voldoet(80), "4 of 5");
        assertFalse(Aanwezigheid.van(6, 9).voldoet(80), "6 of 9");
        assertEquals(67, Aanwezigheid.van(6, 9).getPercentage());
        assertTrue(Aanwezigheid.van(6, 9).voldoet(60), "another threshold, configured");
        assertFalse(Aanwezigheid.van(0, 0).voldoet(0), "no meeting held: nothing to certify");
        assertEquals(Aanwezigheid.STANDAARD_DREMPEL, 80);
    }

    @Test
    void aMeetingCancelledForEveryoneIsNotCounted() {
        List<Opkomst> jaar = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            jaar.add(new Opkomst(12, i < 6)); // attended 6 of the 8 held
        }
        jaar.add(new Opkomst(0, false)); // cancelled: nobody there
        Aanwezigheid aanwezigheid = Aanwezigheid.van(jaar);
        assertEquals(8, aanwezigheid.getGehouden());
        assertEquals(6, aanwezigheid.getBijgewoond());
        assertEquals(75, aanwezigheid.getPercentage());
        assertFalse(aanwezigheid.voldoet(80));
        jaar.add(new Opkomst(10, true));
        jaar.add(new Opkomst(10, true));
        assertTrue(Aanwezigheid.van(jaar).voldoet(80), "8 of 10 held");
    }
}
