package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessieTest {

    private static final Instant NU = Instant.parse("2026-12-02T09:00:00Z");

    private final Account account =
            Account.ofFoundation("carla", "Carla Centraal", "carla@leerkracht.nl", Rol.CENTRAAL_TEAM, "x");

    @Test
    void aSessionNamesTheKindOfBrowserNotItsWholeHeader() {
        assertEquals(
                "Chrome op Windows",
                Sessie.apparaat(
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"));
        assertEquals(
                "Edge op Windows",
                Sessie.apparaat(
                        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0"));
        assertEquals(
                "Safari op iOS",
                Sessie.apparaat(
                        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"));
        assertEquals(
                "Firefox op Linux",
                Sessie.apparaat("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"));
        assertEquals(
                "Chrome op Android",
                Sessie.apparaat(
                        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"));
        assertEquals("Onbekende browser", Sessie.apparaat(null));
        assertEquals("Onbekende browser", Sessie.apparaat("curl/8.5.0"));
    }

    @Test
    void aSessionUnusedForThirtyMinutesIsOverAndLastUseIsWrittenAtMostEveryFiveMinutes() {
        Sessie sessie = Sessie.begin(account, NU, "Firefox/133.0", " 192.0.2.7 ");
        assertEquals("192.0.2.7", sessie.getAdres());
        assertTrue(sessie.isOpen(NU.plusSeconds(34 * 60)), "last use may lag five minutes behind the HTTP session");
        assertFalse(sessie.isOpen(NU.plusSeconds(35 * 60)));
        assertFalse(Sessie.moetBijwerken(sessie.getLaatstGezien(), NU.plusSeconds(4 * 60 + 59)));
        assertTrue(Sessie.moetBijwerken(sessie.getLaatstGezien(), NU.plusSeconds(5 * 60)));
        sessie.zie(NU.plusSeconds(20 * 60));
        assertTrue(sessie.isOpen(NU.plusSeconds(50 * 60)));
        sessie.beeindig(NU.plusSeconds(21 * 60));
        sessie.beeindig(NU.plusSeconds(22 * 60));
        assertEquals(NU.plusSeconds(21 * 60), sessie.getBeeindigd(), "the first end counts");
        assertFalse(sessie.isOpen(NU.plusSeconds(21 * 60)));
    }
}
