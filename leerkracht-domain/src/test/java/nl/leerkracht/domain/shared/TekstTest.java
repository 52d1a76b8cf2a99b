package nl.leerkracht.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TekstTest {

    @Test
    void ordinaryDutchNamesAndTextsAreVisible() {
        for (String tekst :
                new String[] {"Zoë van 't Hoff-Ünal", "Åsa Ørsted", "Ψ 𝔸 名字", "€ 1.250,00 – 50%", "“Juf” Ine 👩‍🏫"}) {
            assertFalse(Tekst.heeftOnzichtbareTekens(tekst.replace("\u200D", ""), false), tekst);
        }
    }

    @Test
    void aRightToLeftOverrideZeroWidthOrControlCharacterIsRefused() {
        for (String tekst : new String[] {
            "Sam\u202Etnuh",
            "Jan\u200BJansen",
            "a\u0000b",
            "\u2066x\u2069",
            "\uFEFFnaam",
            "a\u0007b",
            "x\u200Fy",
            "a\u0085b"
        }) {
            assertTrue(
                    Tekst.heeftOnzichtbareTekens(tekst, true),
                    tekst.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void aLoneHalfOfASurrogatePairIsRefusedAndAWholePairIsFine() {
        assertTrue(Tekst.heeftOnzichtbareTekens("a\uD83Db", false));
        assertTrue(Tekst.heeftOnzichtbareTekens("a\uDC69", false));
        assertFalse(Tekst.heeftOnzichtbareTekens("a\uD83D\uDC69", false));
    }

    @Test
    void lineBreaksAndTabsOnlyInATextOfSeveralLines() {
        assertTrue(Tekst.heeftOnzichtbareTekens("Jan\nJansen", false));
        assertTrue(Tekst.heeftOnzichtbareTekens("Jan\rJansen", false));
        assertFalse(Tekst.heeftOnzichtbareTekens("Eerste regel.\r\n\tTweede regel.", true));
    }

    @Test
    void theNameAndStoryRulesRefuseInvisibleCharactersWithOneCode() {
        Regelfout naam =
                assertThrows(Regelfout.class, () -> Tekst.verplicht("Sam\u202Etnuh", 100, "x.naam", "x.markup"));
        assertEquals(Tekst.ONZICHTBAAR, naam.getCode());
        Regelfout verhaal =
                assertThrows(Regelfout.class, () -> Tekst.verhaal("Goed\u200B verhaal", 1000, "x.tekst", "x.markup"));
        assertEquals(Tekst.ONZICHTBAAR, verhaal.getCode());
        assertEquals(
                "Eerste regel.\nTweede regel.",
                Tekst.verhaal(" Eerste regel.\nTweede regel. ", 1000, "x.tekst", "x.markup"));
    }

    @Test
    void onlyAnAddressIsAnAddress() {
        assertTrue(Tekst.isEmail(" jan@school.nl "));
        for (String no : java.util.List.of(
                "jan@school",
                "@school.nl",
                "jan@@school.nl",
                "<jan@school.nl>",
                "jan school@x.nl",
                "a@b.nl,c@d.nl",
                "a@b.nl\r\nBcc: c@d.nl",
                "x".repeat(250) + "@b.nl")) {
            assertFalse(Tekst.isEmail(no), no);
        }
        assertFalse(Tekst.isEmail(null));
    }

    @Test
    void anEmailAddressWithAnInvisibleCharacterIsNoAddress() {
        Regelfout fout = assertThrows(Regelfout.class, () -> Tekst.email("jan\u200B@school.nl", "x.email"));
        assertEquals("x.email", fout.getCode());
    }
}
