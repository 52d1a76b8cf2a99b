package nl.leerkracht.domain.klacht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class KlachtTest {

    private static final Instant MAANDAG =
            LocalDateTime.parse("2026-11-23T10:00").atZone(Klachttermijn.ZONE).toInstant();

    private static Klacht klacht() {
        return Klacht.ontvang(
                "K-TEST",
                "hash",
                "Anna de Vries",
                "anna@example.nl",
                KlachtOnderwerp.PROGRAMMA,
                "De training van 12 november ging niet door.",
                MAANDAG);
    }

    private static String code(Runnable action) {
        return assertThrows(Regelfout.class, action::run).getCode();
    }

    @Test
    void complaintsAboutTheDirectorGoToTheChairAndTheRestToTheDirector() {
        assertEquals(Rol.DIRECTEUR, KlachtOnderwerp.MEDEWERKER.getBehandelaar());
        assertEquals(Rol.DIRECTEUR, KlachtOnderwerp.PROGRAMMA.getBehandelaar());
        assertEquals(Rol.RVT_VOORZITTER, KlachtOnderwerp.DIRECTEUR.getBehandelaar());
        assertEquals(List.of(KlachtOnderwerp.DIRECTEUR), KlachtOnderwerp.behandeldDoor(Rol.RVT_VOORZITTER));
        assertEquals(List.of(), KlachtOnderwerp.behandeldDoor(Rol.CENTRAAL_TEAM));
    }

    @Test
    void anAnonymousComplaintIsRefused() {
        assertEquals(
                "klacht.fout.anoniem",
                code(() -> Klacht.ontvang("K", "h", " ", null, KlachtOnderwerp.PROGRAMMA, "tekst", MAANDAG)));
        assertEquals(
                "klacht.fout.naam",
                code(() -> Klacht.ontvang("K", "h", "", "a@b.nl", KlachtOnderwerp.PROGRAMMA, "tekst", MAANDAG)));
        assertEquals(
                "klacht.fout.email",
                code(() -> Klacht.ontvang("K", "h", "Anna", "anna", KlachtOnderwerp.PROGRAMMA, "tekst", MAANDAG)));
    }

    @Test
    void markupAndOverlongTextAreRefused() {
        assertEquals(
                "klacht.fout.markup",
                code(() -> Klacht.ontvang(
                        "K",
                        "h",
                        "Anna",
                        "a@b.nl",
                        KlachtOnderwerp.PROGRAMMA,
                        "Zie <script>alert(1)</script>",
                        MAANDAG)));
        assertEquals(
                "klacht.fout.omschrijving",
                code(() -> Klacht.ontvang(
                        "K",
                        "h",
                        "Anna",
                        "a@b.nl",
                        KlachtOnderwerp.PROGRAMMA,
                        "x".repeat(Klacht.TEKST_LENGTH + 1),
                        MAANDAG)));
        assertEquals(
                "klacht.fout.onderwerp",
                code(() -> Klacht.ontvang("K", "h", "Anna", "a@b.nl", null, "tekst", MAANDAG)));
        Klacht ok = Klacht.ontvang(
                "K", "h", "Anna", "a@b.nl", KlachtOnderwerp.PROGRAMMA, "Cijfer < 6 en > 4 is geen markup", MAANDAG);
        assertEquals("Cijfer < 6 en > 4 is geen markup", ok.getOmschrijving());
    }

    @Test
    void theClocksStartAtReceipt() {
        Klacht klacht = klacht();
        assertEquals(KlachtStatus.ONTVANGEN, klacht.getStatus());
        assertEquals(MAANDAG.plus(Duration.ofHours(48)), klacht.getOntvangstUiterlijk());
        assertEquals(MAANDAG.plus(Duration.ofDays(28)), klacht.getOplossingUiterlijk());
    }

    @Test
    void anEmailToTheComplainantAcknowledgesButANoteDoesNot() {
        Klacht klacht = klacht();
        klacht.noteer("Gebeld met de trainer", "Directeur", MAANDAG.plusSeconds(60));
        assertNull(klacht.getOntvangstBevestigdOp());
        assertEquals(KlachtStatus.ONTVANGEN, klacht.getStatus());
        klacht.mailKlager("Wij hebben uw klacht ontvangen.", "Directeur", MAANDAG.plusSeconds(120));
        assertEquals(MAANDAG.plusSeconds(120), klacht.getOntvangstBevestigdOp());
        assertEquals(KlachtStatus.IN_BEHANDELING, klacht.getStatus());
        assertTrue(klacht.getOntvangstOpTijd());
        klacht.mailKlager("Tweede bericht", "Directeur", MAANDAG.plusSeconds(180));
        assertEquals(MAANDAG.plusSeconds(120), klacht.getOntvangstBevestigdOp(), "only the first e-mail acknowledges");
    }

    @Test
    void anAcknowledgementAfterTheFortyEightHoursIsLate() {
        Klacht klacht = klacht();
        klacht.mailKlager("Excuses voor de late reactie.", "Directeur", MAANDAG.plus(Duration.ofHours(49)));
        assertFalse(klacht.getOntvangstOpTijd());
    }

    @Test
    void warningsComeBeforeEachDeadlineAndEscalationsAfter() {
        Klacht klacht = klacht();
        assertEquals(List.of(), klacht.herinneringen(MAANDAG.plus(Duration.ofHours(35))));
        assertEquals(
                List.of(Herinnering.ONTVANGST_WAARSCHUWING), klacht.herinneringen(MAANDAG.plus(Duration.ofHours(36))));
        assertEquals(
                List.of(Herinnering.ONTVANGST_ESCALATIE), klacht.herinneringen(MAANDAG.plus(Duration.ofHours(48))));
        assertEquals(
                List.of(Herinnering.ONTVANGST_ESCALATIE, Herinnering.OPLOSSING_WAARSCHUWING),
                klacht.herinneringen(MAANDAG.plus(Duration.ofDays(25))));
        klacht.mailKlager("Ontvangen.", "Directeur", MAANDAG.plus(Duration.ofDays(25)));
        assertEquals(List.of(Herinnering.OPLOSSING_ESCALATIE), klacht.herinneringen(MAANDAG.plus(Duration.ofDays(28))));
        assertTrue(klacht.isTeLaat(MAANDAG.plus(Duration.ofDays(28)).plusSeconds(1)));
    }

    @Test
    void anAgreedTermMovesTheSolutionDeadlineAndKeepsTheReason() {
        Klacht klacht = klacht();
        klacht.spreekTermijnAf(
                LocalDate.of(2027, 1, 31), "Klager is tot half januari op reis", "Directeur", MAANDAG.plusSeconds(60));
        assertEquals(
                java.time.LocalDateTime.parse("2027-01-31T23:59:59")
                        .atZone(Klachttermijn.ZONE)
                        .toInstant(),
                klacht.getOplossingUiterlijk(),
                "due at the end of the agreed day");
        assertEquals("Klager is tot half januari op reis", klacht.getTermijnReden());
        assertEquals(
                "31-1-2027: Klager is tot half januari op reis",
                klacht.getHandelingen().get(1).getTekst());
        assertEquals(
                List.of(),
                klacht.herinneringen(MAANDAG.plus(Duration.ofDays(28)).plus(Duration.ofHours(1))).stream()
                        .filter(h -> h.name().startsWith("OPLOSSING"))
                        .toList());
    }

    @Test
    void anAgreedTermNeedsAFutureDayWithinAYearAndAReason() {
        Klacht klacht = klacht();
        Instant nu = MAANDAG.plusSeconds(60);
        assertEquals(
                "klacht.fout.termijn",
                code(() -> klacht.spreekTermijnAf(LocalDate.of(2026, 11, 23), "reden", "D", nu)));
        assertEquals(
                "klacht.fout.termijn",
                code(() -> klacht.spreekTermijnAf(LocalDate.of(2027, 11, 24), "reden", "D", nu)));
        assertEquals("klacht.fout.termijn", code(() -> klacht.spreekTermijnAf(null, "reden", "D", nu)));
        assertEquals(
                "klacht.fout.termijnReden", code(() -> klacht.spreekTermijnAf(LocalDate.of(2027, 1, 5), " ", "D", nu)));
        assertEquals(MAANDAG.plus(Duration.ofDays(28)), klacht.getOplossingUiterlijk(), "nothing changed");
    }

    @Test
    void aClosedComplaintIsReadOnly() {
        Klacht klacht = klacht();
        assertEquals("klacht.fout.uitkomst", code(() -> klacht.sluit(null, "toelichting", "D", MAANDAG)));
        klacht.sluit(
                KlachtUitkomst.NIET_OPGELOST,
                "Geen overeenstemming; klager wijst op de rechter.",
                "D",
                MAANDAG.plus(Duration.ofDays(30)));
        assertEquals(KlachtStatus.AFGESLOTEN, klacht.getStatus());
        assertFalse(klacht.getOplossingOpTijd());
        assertEquals(List.of(), klacht.herinneringen(MAANDAG.plus(Duration.ofDays(40))));
        assertEquals(
                "klacht.fout.gesloten", code(() -> klacht.noteer("nog iets", "D", MAANDAG.plus(Duration.ofDays(31)))));
        assertEquals(
                "klacht.fout.gesloten",
                code(() -> klacht.mailKlager("nog iets", "D", MAANDAG.plus(Duration.ofDays(31)))));
    }

    @Test
    void personalDataGoOnlyAfterTheRetentionPeriod() {
        Klacht klacht = klacht();
        Instant gesloten = MAANDAG.plus(Duration.ofDays(10));
        klacht.sluit(KlachtUitkomst.OPGELOST, "Nieuwe training ingepland.", "D", gesloten);
        Period twee = Period.ofYears(2);
        Instant bijna =
                gesloten.atZone(Klachttermijn.ZONE).plus(twee).toInstant().minusSeconds(1);
        assertFalse(klacht.isBewaartermijnVerstreken(twee, bijna));
        assertEquals("klacht.fout.bewaartermijn", code(() -> klacht.anonimiseer(twee, bijna)));
        klacht.anonimiseer(twee, bijna.plusSeconds(1));
        assertEquals(KlachtStatus.GEANONIMISEERD, klacht.getStatus());
        assertNull(klacht.getNaam());
        assertNull(klacht.getEmail());
        assertNull(klacht.getOmschrijving());
        assertTrue(klacht.getHandelingen().stream().allMatch(h -> h.getTekst() == null));
        assertEquals(KlachtUitkomst.OPGELOST, klacht.getUitkomst(), "the anonymous facts remain");
        assertTrue(klacht.getOplossingOpTijd());
    }

    @Test
    void anOpenComplaintIsNeverPurged() {
        assertFalse(klacht().isBewaartermijnVerstreken(Period.ofYears(1), MAANDAG.plus(Duration.ofDays(3650))));
    }
}
