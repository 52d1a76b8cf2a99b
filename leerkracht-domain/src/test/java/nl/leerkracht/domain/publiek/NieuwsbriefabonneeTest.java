package nl.leerkracht.domain.publiek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class NieuwsbriefabonneeTest {

    private static final Instant NU = Instant.parse("2027-03-01T09:00:00Z");

    private static Nieuwsbriefabonnee nieuw() {
        return new Nieuwsbriefabonnee(" Fatima@School.NL ", "Fatima el Amrani", "hash-1", "afmeld-1", NU);
    }

    @Test
    void aNewSubscriptionWaitsForItsConfirmationAndKeepsTheAddressInLowerCase() {
        Nieuwsbriefabonnee abonnee = nieuw();
        assertEquals(NieuwsbriefStatus.WACHT_OP_BEVESTIGING, abonnee.getStatus());
        assertEquals("fatima@school.nl", abonnee.getEmail());
        assertFalse(abonnee.isBevestigd());
    }

    @Test
    void theLinkConfirmsOnceWithinAWeekAndNotAfter() {
        Nieuwsbriefabonnee abonnee = nieuw();
        Instant bijnaEenWeek = NU.plus(Nieuwsbriefabonnee.BEVESTIGEN_BINNEN).minusSeconds(1);
        assertTrue(abonnee.bevestig(bijnaEenWeek));
        assertTrue(abonnee.isBevestigd());
        assertEquals(bijnaEenWeek, abonnee.getBevestigdOp());
        assertFalse(abonnee.bevestig(bijnaEenWeek), "a second click confirms nothing more");

        Nieuwsbriefabonnee laat = nieuw();
        Instant precies = NU.plus(Nieuwsbriefabonnee.BEVESTIGEN_BINNEN);
        assertTrue(laat.isVerlopen(precies));
        assertFalse(laat.bevestig(precies), "a week old, the link no longer confirms");
        assertFalse(laat.isBevestigd());
    }

    @Test
    void subscribingAgainMailsTheOwnerAtMostOncePerPauseAndNeverChangesAConfirmedOne() {
        Nieuwsbriefabonnee abonnee = nieuw();
        assertEquals(Nieuwsbriefabonnee.Mail.GEEN, abonnee.opnieuw("hash-2", NU.plus(Duration.ofMinutes(9))));
        Instant later = NU.plus(Nieuwsbriefabonnee.MAIL_PAUZE);
        assertEquals(Nieuwsbriefabonnee.Mail.BEVESTIGEN, abonnee.opnieuw("hash-2", later));
        // The week starts over with the new link.
        assertTrue(abonnee.bevestig(
                later.plus(Nieuwsbriefabonnee.BEVESTIGEN_BINNEN).minusSeconds(1)));

        Instant daarna = later.plus(Duration.ofDays(8));
        assertEquals(Nieuwsbriefabonnee.Mail.AL_INGESCHREVEN, abonnee.opnieuw("hash-3", daarna));
        assertTrue(abonnee.isBevestigd(), "still confirmed");
        assertEquals(Nieuwsbriefabonnee.Mail.GEEN, abonnee.opnieuw("hash-4", daarna.plusSeconds(60)));
    }

    @Test
    void badInputIsRefusedWithTheRulesMessage() {
        assertEquals(
                "nieuwsbrief.fout.email",
                assertThrows(Regelfout.class, () -> new Nieuwsbriefabonnee("geen-adres", null, "h", "a", NU))
                        .getCode());
        assertEquals(
                "nieuwsbrief.fout.html",
                assertThrows(Regelfout.class, () -> new Nieuwsbriefabonnee("a@b.nl", "<b>x</b>", "h", "a", NU))
                        .getCode());
        assertEquals(
                "nieuwsbrief.fout.naam",
                assertThrows(Regelfout.class, () -> new Nieuwsbriefabonnee("a@b.nl", "x".repeat(151), "h", "a", NU))
                        .getCode());
        assertNull(new Nieuwsbriefabonnee("a@b.nl", "  ", "h", "a", NU).getNaam(), "the name may stay empty");
    }
}
