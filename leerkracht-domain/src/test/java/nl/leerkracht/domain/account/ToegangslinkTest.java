package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import nl.leerkracht.domain.account.Toegangslink.Doeleinde;
import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class ToegangslinkTest {

    private final Instant nu = Instant.parse("2027-09-01T08:00:00Z");

    @Test
    void anInstallationLinkIsValidUntilJustBefore24Hours() {
        Toegangslink link = Toegangslink.maak(Doeleinde.INSTALLATIE, null, nu).link();
        assertTrue(link.isGeldig(nu.plus(Duration.ofHours(24)).minusNanos(1000)));
        assertFalse(link.isGeldig(nu.plus(Duration.ofHours(24))));
    }

    @Test
    void anInvitationLastsFourteenDaysAndAResetOneHour() {
        assertEquals(
                nu.plus(Duration.ofDays(14)),
                Toegangslink.maak(Doeleinde.UITNODIGING, 7L, nu).link().getGeldigTot());
        assertEquals(
                nu.plus(Duration.ofHours(1)),
                Toegangslink.maak(Doeleinde.WACHTWOORD_HERSTEL, 7L, nu).link().getGeldigTot());
    }

    @Test
    void worksOnceOnly() {
        Toegangslink link = Toegangslink.maak(Doeleinde.INSTALLATIE, null, nu).link();
        link.gebruik(nu.plusSeconds(60));
        assertFalse(link.isGeldig(nu.plusSeconds(61)));
        Regelfout fout = assertThrows(Regelfout.class, () -> link.gebruik(nu.plusSeconds(62)));
        assertEquals("toegangslink.fout.ongeldig", fout.getCode());
    }

    @Test
    void cannotBeUsedOnceExpired() {
        Toegangslink link =
                Toegangslink.maak(Doeleinde.WACHTWOORD_HERSTEL, 7L, nu).link();
        assertThrows(Regelfout.class, () -> link.gebruik(nu.plus(Duration.ofHours(1))));
    }

    @Test
    void storesOnlyTheHashOfItsKey() {
        Toegangslink.Uitgifte uitgifte = Toegangslink.maak(Doeleinde.INSTALLATIE, null, nu);
        assertEquals(Toegangslink.hash(uitgifte.sleutel()), uitgifte.link().getSleutelHash());
        assertNotEquals(uitgifte.sleutel(), uitgifte.link().getSleutelHash());
        assertEquals(64, uitgifte.link().getSleutelHash().length());
        assertEquals(43, uitgifte.sleutel().length(), "256 random bits, base64url");
    }

    @Test
    void givesEveryLinkItsOwnKey() {
        assertNotEquals(
                Toegangslink.maak(Doeleinde.INSTALLATIE, null, nu).sleutel(),
                Toegangslink.maak(Doeleinde.INSTALLATIE, null, nu).sleutel());
    }

    @Test
    void anInvitationOrResetNeedsAnAccount() {
        assertThrows(IllegalArgumentException.class, () -> Toegangslink.maak(Doeleinde.UITNODIGING, null, nu));
    }
}
