package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * People and access as the central team and the invitees meet them: invitations for a role, the
 * invitee's own password, and links that work once. Run by {@link PlatformIT}; each test invites
 * people with e-mail addresses of its own, so it passes twice on one database.
 */
interface MensenScenarios {

    String NIEUW_WACHTWOORD = "vier woorden als wachtwoord";
    String VALLEI = "Stichting Primair Onderwijs De Vallei (41234)";

    String base();

    Browser browser();

    @Test
    default void theCentralTeamInvitesABestuurderWhoChoosesAPasswordAndSeesOnlyTheBoardsSchools() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "bea." + tag + "@devallei.example.nl";
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/mensen.xhtml");
        assertEquals("Mensen", browser.title());
        browser.screenshot("mensen-centraal");

        // Every mistake answered in Dutch, and nothing stored.
        openInvitation(browser);
        invite(browser, "<script>alert(1)</script>", email, "Bestuurder", VALLEI);
        browser.waitForText("Een naam mag geen < of > bevatten.");
        invite(browser, "Bea Bestuur", "bestuurder@bestuur.example.nl", "Bestuurder", VALLEI);
        browser.waitForText("Er is al een account met dit e-mailadres.");
        invite(browser, "Bea Bestuur", email, "Bestuurder", null);
        browser.waitForText("Kies het bestuur van deze bestuurder.");
        browser.screenshot("mensen-uitnodiging-geweigerd");
        // Past the browser: a board that does not exist, and 1 MB as a name.
        String answer = new String(browser.submit("uitnodigingForm", "uitnodigingForm:verstuur", Map.of(
                "uitnodigingForm:naam", "Bea Bestuur", "uitnodigingForm:email", email, "uitnodigingForm:rol_input", "BESTUURDER",
                "uitnodigingForm:bestuur_input", "987654321")).body(), StandardCharsets.UTF_8);
        assertTrue(answer.contains("Bestuur: kies een van de mogelijkheden."), "a forged board id is refused");
        answer = new String(browser.submit("uitnodigingForm", "uitnodigingForm:verstuur", Map.of(
                "uitnodigingForm:naam", "Bea Bestuur", "uitnodigingForm:email", email, "uitnodigingForm:rol_input", "KONING")).body(),
                StandardCharsets.UTF_8);
        assertTrue(answer.contains("Rol: kies een van de mogelijkheden."), "a forged role is refused");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM account WHERE email = ?", email), "nothing stored");

        browser.open("centraal/mensen.xhtml");
        openInvitation(browser);
        invite(browser, "Bea Bestuur", email, "Bestuurder", VALLEI);
        browser.waitForText("Bea Bestuur is uitgenodigd (gebruikersnaam bea." + tag + ")");
        filterByName(browser, tag);
        assertTrue(browser.textOf("[id='mensenForm:mensen']").contains("Uitgenodigd"));
        browser.screenshot("mensen-uitgenodigd");
        browser.phoneScreenshot("mensen-telefoon");
        browser.logout();

        Mailbox.Mail mail = Mailbox.waitFor(email, "Uitnodiging");
        assertTrue(mail.tekst().contains("als bestuurder bij Stichting Primair Onderwijs De Vallei"), mail.tekst());
        String link = link(mail.tekst());
        browser.open(link);
        assertEquals("Welkom bij het leerKRACHT-platform", browser.title());
        assertTrue(browser.text().contains("gebruikersnaam bea." + tag), "the page names the user name");
        browser.screenshot("uitnodiging");
        assertEquals(0, browser.phoneScreenshot("uitnodiging-telefoon"), "the invitation page fits a phone");
        accept(browser, "elf tekens!", "elf tekens!");
        browser.waitForText("Je wachtwoord is te kort");
        accept(browser, NIEUW_WACHTWOORD, NIEUW_WACHTWOORD + " niet");
        browser.waitForText("De twee wachtwoorden zijn niet gelijk.");
        accept(browser, NIEUW_WACHTWOORD, NIEUW_WACHTWOORD);
        browser.waitForText("Welkom! Je wachtwoord is opgeslagen en je bent ingelogd.");
        assertEquals("bestuur/index.xhtml", browser.path());
        browser.screenshot("uitnodiging-aanvaard");
        assertEquals(403, browser.status("centraal/mensen.xhtml"), "a bestuurder does not manage people");

        HttpResponse<String> scholen = Api.as(base(), "bea." + tag).withPassword(NIEUW_WACHTWOORD).get("api/scholen");
        assertEquals(200, scholen.statusCode());
        assertTrue(scholen.body().contains("OBS De Regenboog"), "a school of the board");
        assertFalse(scholen.body().contains("OBS De Piramide"), "no school of another board");
        browser.logout();

        browser.open(link);
        assertEquals("Deze uitnodiging werkt niet (meer)", browser.title(), "a used link");
        browser.login(email, NIEUW_WACHTWOORD);
        assertEquals("bestuur/index.xhtml", browser.path(), "logs in with the e-mail address too");
    }

    @Test
    default void anInvitationSentAgainOrExpiredOrWithdrawnNoLongerWorks() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "lotte." + tag + "@regenboog.example.nl";
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/mensen.xhtml");
        openInvitation(browser);
        invite(browser, "Lotte Leraar " + tag, email, "Leraar", null);
        browser.waitForText("Vul de BRIN-code in van de school waar deze persoon werkt.");
        browser.replace("uitnodigingForm:brin", "99ZZ");
        browser.click("[id='uitnodigingForm:verstuur']");
        browser.waitForText("Er is geen school met deze BRIN-code.");
        browser.replace("uitnodigingForm:brin", "04ab");
        browser.click("[id='uitnodigingForm:verstuur']");
        browser.waitForText("is uitgenodigd");
        String eerste = link(Mailbox.waitFor(email, "Uitnodiging").tekst());

        filterByName(browser, tag);
        browser.click("[data-opnieuw='" + email + "']");
        browser.waitForText("De uitnodiging van Lotte Leraar " + tag + " is opnieuw verstuurd");
        String tweede = link(Mailbox.waitFor(email, "Uitnodiging", mail -> !mail.tekst().contains(eerste)).tekst());
        browser.logout();

        browser.open(eerste);
        assertEquals("Deze uitnodiging werkt niet (meer)", browser.title(), "the earlier link stops working");
        long account = TestDatabase.number("SELECT id FROM account WHERE email = ?", email);
        assertEquals(1, TestDatabase.update("UPDATE toegangslink SET geldig_tot = aangemaakt_op WHERE account_id = ?"
                + " AND gebruikt_op IS NULL", account));
        browser.open(tweede);
        assertEquals("Deze uitnodiging werkt niet (meer)", browser.title(), "an expired link");
        browser.screenshot("uitnodiging-ongeldig");

        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/mensen.xhtml");
        filterByName(browser, tag);
        browser.click("[data-intrekken='" + email + "']");
        browser.waitUntilVisible("mensenForm:ja");
        browser.click("[id='mensenForm:ja']");
        browser.waitForText("De uitnodiging van Lotte Leraar " + tag + " is ingetrokken.");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM account WHERE email = ?", email));
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM toegangslink WHERE account_id = ?", account));
    }

    private static void openInvitation(Browser browser) {
        browser.click("[id='mensenForm:nodigUit']");
        browser.waitUntilVisible("uitnodigingForm:naam");
    }

    /** Fills the invitation dialog and sends it; a null board chooses none. */
    private static void invite(Browser browser, String naam, String email, String rol, String bestuur) {
        browser.replace("uitnodigingForm:naam", naam);
        browser.replace("uitnodigingForm:email", email);
        browser.choose("uitnodigingForm:rol", rol);
        if ("Bestuurder".equals(rol)) {
            browser.waitUntilVisible("uitnodigingForm:bestuur");
            browser.choose("uitnodigingForm:bestuur", bestuur == null ? "Kies\u2026" : bestuur);
        } else if (!"Leraar".equals(rol)) {
            throw new IllegalArgumentException(rol);
        } else {
            browser.waitUntilVisible("uitnodigingForm:brin");
        }
        browser.click("[id='uitnodigingForm:verstuur']");
    }

    private static void accept(Browser browser, String wachtwoord, String herhaling) {
        browser.replace("uitnodigingForm:wachtwoord", wachtwoord);
        browser.replace("uitnodigingForm:herhaling", herhaling);
        browser.clickAndWait("uitnodigingForm:bewaar");
    }

    private static void filterByName(Browser browser, String text) {
        browser.replace("mensenForm:mensen:naam:filter", text);
        browser.waitForCount("[id='mensenForm:mensen_data'] > tr", 1);
        browser.waitFor("[id='mensenForm:mensen_data'] > tr[data-ri]");
    }

    private static String link(String tekst) {
        Matcher matcher = Pattern.compile("https?://\\S+/(uitnodiging\\.xhtml\\?sleutel=[A-Za-z0-9_-]+)").matcher(tekst);
        assertTrue(matcher.find(), "a link in " + tekst);
        return matcher.group(1);
    }
}
