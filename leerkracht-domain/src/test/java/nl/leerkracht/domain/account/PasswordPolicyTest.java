package nl.leerkracht.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.leerkracht.domain.shared.Regelfout;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static String code(String password) {
        return assertThrows(Regelfout.class, () -> PasswordPolicy.check(password))
                .getCode();
    }

    @Test
    void refusesElevenCharactersAndAcceptsTwelve() {
        assertEquals("wachtwoord.fout.kort", code("kaasschaaf1"));
        assertEquals("kaasschaaf12", PasswordPolicy.check("kaasschaaf12"));
    }

    @Test
    void refusesNoPasswordAsTooShort() {
        assertEquals("wachtwoord.fout.kort", code(null));
        assertEquals("wachtwoord.fout.kort", code(""));
    }

    @Test
    void accepts128CharactersAndRefuses129() {
        assertEquals(128, PasswordPolicy.check("ab".repeat(64)).length());
        assertEquals("wachtwoord.fout.lang", code("ab".repeat(64) + "c"));
    }

    @Test
    void countsCharactersNotJavaCharsSoEmojiCountOnce() {
        String elevenEmoji = "🍎".repeat(11);
        assertEquals(22, elevenEmoji.length());
        assertEquals("wachtwoord.fout.kort", code(elevenEmoji));
        assertEquals("🍎".repeat(12), PasswordPolicy.check("🍎".repeat(12)));
    }

    @Test
    void allowsSpacesUnicodeAndNoCompositionRules() {
        assertEquals("  één  twee  ", PasswordPolicy.check("  één  twee  "));
        assertEquals("alleen kleine letters", PasswordPolicy.check("alleen kleine letters"));
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertEquals("wachtwoord.fout.veelgebruikt", code("1qaz2wsx3edc"));
        assertEquals("wachtwoord.fout.veelgebruikt", code("QWERTY123456"));
        assertEquals("wachtwoord.fout.veelgebruikt", code("welkom123456"));
    }

    @Test
    void aNewPasswordMustBeTypedTheSameTwice() {
        assertEquals(
                "lang genoeg wachtwoord", PasswordPolicy.check("lang genoeg wachtwoord", "lang genoeg wachtwoord"));
        Regelfout fout = assertThrows(
                Regelfout.class, () -> PasswordPolicy.check("lang genoeg wachtwoord", "lang genoeg wachtwoorD"));
        assertEquals("wachtwoord.fout.herhaling", fout.getCode());
        assertEquals(
                "wachtwoord.fout.kort",
                assertThrows(Regelfout.class, () -> PasswordPolicy.check("kort", "kort"))
                        .getCode());
    }
}
