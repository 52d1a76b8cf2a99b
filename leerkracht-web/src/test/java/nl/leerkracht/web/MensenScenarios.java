package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        browser.waitForText("Deze persoon heeft deze rol hier al.");
        invite(browser, "Bea Bestuur", email, "Bestuurder", null);
        browser.waitForText("Kies het bestuur van deze bestuurder.");
        browser.screenshot("mensen-uitnodiging-geweigerd");
        // Past the browser: a board that does not exist, and 1 MB as a name.
        String answer = new String(
                browser.submit(
                                "uitnodigingForm",
                                "uitnodigingForm:verstuur",
                                Map.of(
                                        "uitnodigingForm:naam",
                                        "Bea Bestuur",
                                        "uitnodigingForm:email",
                                        email,
                                        "uitnodigingForm:rol_input",
                                        "BESTUURDER",
                                        "uitnodigingForm:bestuur_input",
                                        "987654321"))
                        .body(),
                StandardCharsets.UTF_8);
        assertTrue(answer.contains("Bestuur: kies een van de mogelijkheden."), "a forged board id is refused");
        answer = new String(
                browser.submit(
                                "uitnodigingForm",
                                "uitnodigingForm:verstuur",
                                Map.of(
                                        "uitnodigingForm:naam",
                                        "Bea Bestuur",
                                        "uitnodigingForm:email",
                                        email,
                                        "uitnodigingForm:rol_input",
                                        "KONING"))
                        .body(),
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

        HttpResponse<String> scholen =
                Api.as(base(), "bea." + tag).withPassword(NIEUW_WACHTWOORD).get("api/scholen");
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
        String tweede =
                link(Mailbox.waitFor(email, "Uitnodiging", mail -> !mail.tekst().contains(eerste))
                        .tekst());
        browser.logout();

        browser.open(eerste);
        assertEquals("Deze uitnodiging werkt niet (meer)", browser.title(), "the earlier link stops working");
        long account = TestDatabase.number("SELECT id FROM account WHERE email = ?", email);
        assertEquals(
                1,
                TestDatabase.update(
                        "UPDATE toegangslink SET geldig_tot = aangemaakt_op WHERE account_id = ?"
                                + " AND gebruikt_op IS NULL",
                        account));
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

    @Test
    default void aForgottenPasswordIsResetByMailOnlyForAKnownAddressOnceAndEndsOtherSessions() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Browser browser = browser();
        String email = activeTeacher(browser, "Vera Vergeet " + tag, "vera." + tag + "@regenboog.example.nl");
        String home = browser.path();
        String oudeSessie = browser.sessionId();
        assertEquals(200, browser.status(home, oudeSessie));

        // Another device: the login page leads to "Wachtwoord vergeten?".
        browser.forgetSession();
        browser.open("login.xhtml");
        browser.click("[id='vergeten']");
        browser.waitUntilVisible("vergetenForm:email");
        assertEquals("Wachtwoord vergeten", browser.title());
        browser.screenshot("wachtwoord-vergeten");
        askReset(browser, email.toUpperCase(java.util.Locale.ROOT));
        String antwoord = browser.textOf("#verstuurd");
        assertTrue(antwoord.startsWith("Als dit e-mailadres bij een account hoort"), antwoord);
        browser.screenshot("wachtwoord-vergeten-verstuurd");
        String onbekend = "niemand." + tag + "@nergens.example.nl";
        askReset(browser, onbekend);
        assertEquals(antwoord, browser.textOf("#verstuurd"), "an unknown address gets the same answer");
        String eerste = resetLink(Mailbox.waitFor(email, "nieuw wachtwoord").tekst());
        for (int i = 0; i < 3; i++) {
            askReset(browser, email);
            assertEquals(antwoord, browser.textOf("#verstuurd"));
        }
        Mailbox.waitFor(
                email,
                "nieuw wachtwoord",
                mail -> Mailbox.to(email, "nieuw wachtwoord").size() >= 3);
        Mailbox.sleep(java.time.Duration.ofSeconds(4));
        assertEquals(3, Mailbox.to(email, "nieuw wachtwoord").size(), "at most three links an hour");
        assertTrue(Mailbox.to(onbekend, "").isEmpty(), "no mail to an unknown address");

        String laatste = resetLink(Mailbox.to(email, "nieuw wachtwoord").stream()
                .map(Mailbox.Mail::tekst)
                .filter(tekst -> !tekst.contains(eerste))
                .reduce((a, b) -> b)
                .orElseThrow());
        browser.open(laatste);
        assertEquals("Kies een nieuw wachtwoord", browser.title());
        assertTrue(browser.text().contains("Hallo Vera Vergeet " + tag), browser.text());
        assertEquals(0, browser.phoneScreenshot("wachtwoord-herstel-telefoon"), "the reset page fits a phone");
        reset(browser, "welkom123456", "welkom123456");
        browser.waitForText("Dit wachtwoord wordt veel gebruikt");
        reset(browser, "een ander nieuw wachtwoord", "een ander nieuw wachtwoord");
        browser.waitForText("Je nieuwe wachtwoord is opgeslagen en je bent ingelogd.");
        assertEquals(home, browser.path());
        assertEquals(302, browser.status(home, oudeSessie), "the session on the other device has ended");
        assertEquals(200, browser.status(home), "the new session goes on");
        browser.logout();

        browser.open(laatste);
        assertEquals("Deze link werkt niet (meer)", browser.title(), "a used link");
        browser.screenshot("wachtwoord-herstel-ongeldig");
        browser.open(eerste);
        assertEquals("Deze link werkt niet (meer)", browser.title(), "an older link of the same person");
        browser.login(email, NIEUW_WACHTWOORD);
        assertEquals("login.xhtml", browser.path(), "the old password is gone");
        browser.login(email, "een ander nieuw wachtwoord");
        assertEquals(home, browser.path());
    }

    @Test
    default void aDeactivatedTeacherIsOutAtTheNextRequestAndComesBackWhenReactivated() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String naam = "Daan Vertrek " + tag;
        Browser browser = browser();
        String email = activeTeacher(browser, naam, "daan." + tag + "@regenboog.example.nl");
        String home = browser.path();
        String leraarSessie = browser.sessionId();

        browser.forgetSession();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/mensen.xhtml");
        filterByName(browser, tag);
        browser.click("[id='mensenForm:mensen_data'] a");
        browser.waitFor("#gegevens");
        assertEquals(naam, browser.title());
        String audit = browser.textOf("[id='persoonForm:audit']");
        assertTrue(audit.contains("Uitgenodigd: leraar, OBS De Regenboog"), audit);
        assertTrue(audit.contains("Uitnodiging aanvaard, wachtwoord gekozen"), audit);
        assertTrue(audit.contains("Carla Centraal"), "who invited: " + audit);
        browser.screenshot("persoon-centraal");
        String persoon = browser.path() + "?id=" + TestDatabase.number("SELECT id FROM account WHERE email = ?", email);

        browser.click("[id='persoonForm:deactiveer']");
        browser.waitUntilVisible("persoonForm:ja");
        browser.click("[id='persoonForm:ja']");
        browser.waitForText(naam + " is gedeactiveerd en overal uitgelogd.");
        assertEquals("Gedeactiveerd", browser.textOf("#status"));
        assertEquals(302, browser.status(home, leraarSessie), "the teacher's open session ends at the next request");
        assertTrue(browser.textOf("[id='persoonForm:audit']").contains("Gedeactiveerd"));
        browser.screenshot("persoon-gedeactiveerd");
        assertEquals(0, browser.phoneScreenshot("persoon-telefoon"), "the person's page fits a phone");

        // Not one's own account; a malformed or unknown id is not found.
        long eigen = TestDatabase.number("SELECT id FROM account WHERE username = ?", "centraal");
        browser.open("centraal/persoon.xhtml?id=" + eigen);
        assertEquals("Carla Centraal", browser.title());
        assertFalse(browser.has("[id='persoonForm:deactiveer']"), "no button to deactivate oneself");
        assertEquals(404, browser.status("centraal/persoon.xhtml?id=abc"));
        assertEquals(404, browser.status("centraal/persoon.xhtml?id=987654321987"));

        browser.open(persoon);
        browser.click("[id='persoonForm:heractiveer']");
        browser.waitForText(naam + " kan weer inloggen.");
        assertEquals("Actief", browser.textOf("#status"));
        assertTrue(browser.textOf("[id='persoonForm:audit']").contains("Weer geactiveerd"));
        browser.logout();

        assertEquals(302, browser.status(home, leraarSessie), "the old session stays ended");
        browser.login(email, NIEUW_WACHTWOORD);
        assertEquals(home, browser.path(), "back in with the same password");
        assertEquals(403, browser.status(persoon), "a teacher does not see people's pages");
    }

    @Test
    default void aPersonKeepsTheirOwnDetailsPasswordAndEmailAndDownloadsTheirData() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Browser browser = browser();
        String email = activeTeacher(browser, "Mira Mijn " + tag, "mira." + tag + "@regenboog.example.nl");
        String home = browser.path();
        String andereSessie = browser.sessionId();
        browser.forgetSession();
        browser.login(email, NIEUW_WACHTWOORD);

        browser.click("[id='mijnGegevens']");
        browser.waitUntilVisible("naamForm:naam");
        assertEquals("Mijn gegevens", browser.title());
        assertEquals("Leraar, OBS De Regenboog", browser.textOf("#rollen"));
        browser.screenshot("mijn-gegevens");
        assertEquals(0, browser.phoneScreenshot("mijn-gegevens-telefoon"), "my details fit a phone");

        browser.replace("naamForm:naam", "<b>Mira</b>");
        browser.clickAndWait("naamForm:bewaar");
        browser.waitForText("Een naam mag geen < of > bevatten.");
        browser.replace("naamForm:naam", "Mira de Mijn " + tag);
        browser.clickAndWait("naamForm:bewaar");
        browser.waitForText("Je naam is opgeslagen.");
        assertTrue(browser.textOf("#ingelogdAls").contains("Mira de Mijn " + tag), "the header follows");

        changePassword(browser, "niet mijn wachtwoord", "een gloednieuw wachtwoord");
        browser.waitForText("Je huidige wachtwoord klopt niet.");
        changePassword(browser, NIEUW_WACHTWOORD, "te kort");
        browser.waitForText("Je wachtwoord is te kort");
        assertEquals(200, browser.status(home, andereSessie), "nothing changed yet");
        changePassword(browser, NIEUW_WACHTWOORD, "een gloednieuw wachtwoord");
        browser.waitForText("Je nieuwe wachtwoord is opgeslagen.");
        assertEquals(302, browser.status(home, andereSessie), "the other session has ended");
        assertEquals(200, browser.status(home), "this session goes on");
        String gewijzigd = Mailbox.waitFor(email, "wachtwoord is gewijzigd").tekst();
        assertTrue(gewijzigd.contains("Was jij dit niet?") && gewijzigd.contains("Wachtwoord vergeten?"), gewijzigd);
        assertFalse(gewijzigd.contains("{"), gewijzigd);

        String nieuwAdres = "mira.nieuw." + tag + "@example.nl";
        changeEmail(browser, nieuwAdres, NIEUW_WACHTWOORD);
        browser.waitForText("Je huidige wachtwoord klopt niet.");
        assertTrue(Mailbox.to(nieuwAdres, "").isEmpty(), "no link without the current password");
        changeEmail(browser, email, "een gloednieuw wachtwoord");
        browser.waitForText("Dit is al je e-mailadres.");
        changeEmail(browser, "bestuurder@bestuur.example.nl", "een gloednieuw wachtwoord");
        browser.waitForText("Er is al een account met dit e-mailadres.");
        changeEmail(browser, nieuwAdres.toUpperCase(java.util.Locale.ROOT), "een gloednieuw wachtwoord");
        browser.waitForText("We hebben een mail met een bevestigingslink gestuurd naar " + nieuwAdres);
        assertTrue(browser.textOf("#wachtendEmail").contains(nieuwAdres));
        assertTrue(browser.textOf("#huidigEmail").contains(email), "the old address holds until confirmed");
        assertTrue(
                Mailbox.waitFor(email, "e-mailadres wordt gewijzigd").tekst().contains(nieuwAdres),
                "the old mailbox is told");
        Matcher matcher = Pattern.compile("https?://\\S+/(email-bevestiging\\.xhtml\\?sleutel=[A-Za-z0-9_-]+)")
                .matcher(Mailbox.waitFor(nieuwAdres, "bevestig je nieuwe e-mailadres")
                        .tekst());
        assertTrue(matcher.find());
        String bevestiging = matcher.group(1);
        browser.logout();

        browser.open(bevestiging);
        assertEquals("Bevestig je nieuwe e-mailadres", browser.title());
        browser.clickAndWait("bevestigForm:bevestig");
        assertEquals(
                "Je e-mailadres is nu " + nieuwAdres + ". Je kunt er ook mee inloggen.", browser.textOf("#bevestigd"));
        browser.open(bevestiging);
        assertEquals("Deze link werkt niet (meer)", browser.title(), "a confirmation link works once");
        browser.login(nieuwAdres, "een gloednieuw wachtwoord");
        assertEquals(home, browser.path());

        HttpResponse<byte[]> download = browser.download("mijn/persoonsgegevens.json");
        assertEquals(200, download.statusCode());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        String json = new String(download.body(), StandardCharsets.UTF_8);
        assertTrue(
                Pattern.compile("\"email\"\\s*:\\s*\"" + Pattern.quote(nieuwAdres) + "\"")
                        .matcher(json)
                        .find(),
                json);
        assertTrue(
                Pattern.compile("\"naam\"\\s*:\\s*\"Mira de Mijn " + tag + "\"")
                        .matcher(json)
                        .find(),
                json);
        for (String actie :
                List.of("UITNODIGING_AANVAARD", "NAAM_GEWIJZIGD", "WACHTWOORD_GEWIJZIGD", "EMAIL_GEWIJZIGD")) {
            assertTrue(json.contains(actie), actie + " in " + json);
        }
        assertTrue(json.contains("Uitnodiging voor het leerKRACHT-platform"), "the mails sent to the person: " + json);
        browser.logout();
        assertEquals(302, browser.status("mijn/persoonsgegevens.json"), "only for the logged-in person");
    }

    @Test
    default void aPersonSeesWhereTheyAreLoggedInAndLogsOutAnotherSession() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Browser browser = browser();
        String email = activeTeacher(browser, "Sem Sessie " + tag, "sem." + tag + "@regenboog.example.nl");
        String home = browser.path();
        String opSchool = browser.sessionId();
        browser.forgetSession();
        browser.login(email, NIEUW_WACHTWOORD);
        browser.click("[id='mijnGegevens']");
        browser.waitUntilVisible("naamForm:naam");
        String sessies = browser.textOf("[id='sessiesForm:sessies']");
        assertTrue(sessies.contains("Deze sessie"), sessies);
        assertTrue(sessies.contains("Chrome op Linux"), "the kind of browser, not its whole User-Agent: " + sessies);
        assertEquals(
                2,
                browser.count("[id='sessiesForm:sessies'] tbody tr"),
                "the session at school and this one: " + sessies);
        assertEquals(1, browser.count("[data-sessie]"), "only the other session can be logged out here");
        browser.screenshot("mijn-sessies");

        browser.click("[data-sessie]");
        browser.waitForText("Die sessie is beëindigd");
        assertEquals(302, browser.status(home, opSchool), "whoever was logged in at school is out");
        assertEquals(200, browser.status(home), "this session goes on");
        assertEquals(1, browser.count("[id='sessiesForm:sessies'] tbody tr"));
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM persoon_audit p JOIN account a ON a.id = p.account_id"
                                + " WHERE a.email = ? AND p.actie = 'SESSIE_BEEINDIGD'",
                        email),
                "in the audit trail");

        browser.logout();
        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM account_sessie s JOIN account a ON a.id = s.account_id"
                                + " WHERE a.email = ? AND s.beeindigd IS NULL",
                        email),
                "logging out ends the session too");
    }

    @Test
    default void aChangeOfAddressIsCancelledFromTheOldMailboxAndEveryoneIsLoggedOut() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Browser browser = browser();
        String email = activeTeacher(browser, "Olga Oud " + tag, "olga." + tag + "@regenboog.example.nl");
        String home = browser.path();
        String indringer = "indringer." + tag + "@example.nl";
        browser.click("[id='mijnGegevens']");
        browser.waitUntilVisible("naamForm:naam");
        changeEmail(browser, indringer, NIEUW_WACHTWOORD);
        browser.waitForText("We hebben een mail met een bevestigingslink gestuurd naar " + indringer);
        String sessie = browser.sessionId();
        browser.forgetSession();

        Matcher annuleer = Pattern.compile("https?://\\S+/(email-annuleren\\.xhtml\\?sleutel=[A-Za-z0-9_-]+)")
                .matcher(Mailbox.waitFor(email, "e-mailadres wordt gewijzigd").tekst());
        assertTrue(annuleer.find(), "the old mailbox gets a cancel link");
        Matcher bevestig = Pattern.compile("https?://\\S+/(email-bevestiging\\.xhtml\\?sleutel=[A-Za-z0-9_-]+)")
                .matcher(Mailbox.waitFor(indringer, "bevestig je nieuwe e-mailadres")
                        .tekst());
        assertTrue(bevestig.find());
        browser.open(annuleer.group(1));
        assertEquals("Wijziging van je e-mailadres annuleren", browser.title());
        assertTrue(browser.textOf("#vraag").contains(indringer), browser.textOf("#vraag"));
        browser.screenshot("email-annuleren");
        browser.clickAndWait("annuleerForm:annuleer");
        assertTrue(browser.textOf("#geannuleerd").contains("is geannuleerd"), browser.textOf("#geannuleerd"));
        assertTrue(browser.has("[id='nieuwWachtwoord']"), "it leads to choosing a new password");
        assertEquals(302, browser.status(home, sessie), "whoever was logged in is out");
        assertEquals(
                email,
                TestDatabase.string("SELECT email FROM account WHERE naam = ?", "Olga Oud " + tag),
                "the address stays");
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM persoon_audit p JOIN account a ON a.id = p.account_id"
                                + " WHERE a.email = ? AND p.actie = 'EMAIL_WIJZIGING_GEANNULEERD'",
                        email));

        browser.open(bevestig.group(1));
        assertEquals(
                "Deze link werkt niet (meer)", browser.title(), "the new mailbox can no longer take over the account");
        browser.open(annuleer.group(1));
        assertEquals("Deze link werkt niet (meer)", browser.title(), "a cancel link works once");
        browser.login(email, NIEUW_WACHTWOORD);
        assertEquals(home, browser.path(), "the owner logs in with the old address");
        browser.logout();
    }

    private static void changeEmail(Browser browser, String adres, String wachtwoord) {
        browser.replace("emailForm:email", adres);
        browser.replace("emailForm:emailWachtwoord", wachtwoord);
        browser.clickAndWait("emailForm:wijzig");
    }

    private static void changePassword(Browser browser, String huidig, String nieuw) {
        browser.replace("wachtwoordForm:huidig", huidig);
        browser.replace("wachtwoordForm:nieuw", nieuw);
        browser.replace("wachtwoordForm:herhaling", nieuw);
        browser.clickAndWait("wachtwoordForm:wijzig");
    }

    @Test
    default void aSchoolleiderAddsTwentyTeachersFromAPastedListAndMarksLeavers() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // A person of another school who is added below, as an earlier run may have left them.
        TestDatabase.update(
                "DELETE FROM lidmaatschap WHERE school_id = ? AND account_id = (SELECT id FROM account"
                        + " WHERE email = 'schoolcoach.piramide@school.example.nl')",
                TestDatabase.schoolId("04AB"));
        Browser browser = browser();
        browser.login("schoolleider", InschrijvingScenarios.PASSWORD);
        browser.click("[id='mensenVanDeSchool']");
        browser.waitFor("[id='mensenForm:mensen']");
        assertEquals("Mensen van OBS De Regenboog", browser.title());
        String pagina =
                browser.path() + "?id=" + TestDatabase.number("SELECT id FROM school WHERE brin_code = ?", "04AB");

        StringBuilder lijst = new StringBuilder("naam;e-mail;team\n");
        for (int i = 1; i <= 20; i++) {
            lijst.append("Leraar ")
                    .append(i)
                    .append(' ')
                    .append(tag)
                    .append(';')
                    .append(i == 7 ? "leraar7-zonder-apenstaartje" : adres(i, tag))
                    .append('\n');
        }
        lijst.append("Lotte Leraar;leraar@school.example.nl\n");
        browser.click("[id='mensenForm:lijst']");
        browser.waitUntilVisible("lijstForm:tekst");
        browser.replace("lijstForm:tekst", lijst.toString());
        browser.click("[id='lijstForm:voegToe']");
        browser.waitForText("Er is niemand uitgenodigd: 2 regels moeten eerst verbeterd worden.");
        String fouten = browser.textOf("#fouten");
        assertTrue(fouten.contains("Regel 8: Vul een geldig e-mailadres in."), "the header is line 1: " + fouten);
        assertTrue(fouten.contains("Regel 22: Deze persoon staat al met deze rol bij deze school."), fouten);
        assertTrue(fouten.contains("leraar7-zonder-apenstaartje"), fouten);
        browser.screenshot("school-mensen-lijst-fout");
        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM account WHERE email LIKE ?", "%." + tag + "@regenboog.example.nl"),
                "nothing stored");

        // Corrected; someone of another school on the list gets the same answer, and a mail of their own.
        browser.replace(
                "lijstForm:tekst",
                lijst.toString()
                        .replace("leraar7-zonder-apenstaartje", adres(7, tag))
                        .replace(
                                "Lotte Leraar;leraar@school.example.nl",
                                "Jeroen Visser;schoolcoach.piramide@school.example.nl"));
        // The named errors made the dialog taller: its button may be below the fold.
        browser.show("[id='lijstForm:voegToe']");
        browser.click("[id='lijstForm:voegToe']");
        browser.waitForText("21 mensen zijn uitgenodigd");
        String erbij = Mailbox.waitFor("schoolcoach.piramide@school.example.nl", "je hebt er een rol bij")
                .tekst();
        assertTrue(
                erbij.contains(
                        "Sanne Schoolleider heeft je op het leerKRACHT-platform toegevoegd als leraar bij OBS De Regenboog"),
                erbij);
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM account WHERE email = ?", "schoolcoach.piramide@school.example.nl"),
                "the other school's person keeps their one account");
        assertEquals(
                2,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM lidmaatschap l JOIN account a ON a.id = l.account_id"
                                + " WHERE a.email = ?",
                        "schoolcoach.piramide@school.example.nl"),
                "and has a role at each school");
        assertEquals(
                20,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM account a JOIN lidmaatschap l ON l.account_id = a.id JOIN school s"
                                + " ON l.school_id = s.id WHERE a.email LIKE ? AND s.brin_code = '04AB' AND l.rol = 'LERAAR' AND a.status = 'UITGENODIGD'",
                        "%." + tag + "@regenboog.example.nl"));
        browser.screenshot("school-mensen");
        assertEquals(0, browser.phoneScreenshot("school-mensen-telefoon"), "the school's people fit a phone");

        // Past the browser: a role the schoolleider may not give, and a role that does not exist.
        for (String rol : List.of("SCHOOLLEIDER", "CENTRAAL_TEAM", "KONING")) {
            String antwoord = new String(
                    browser.submit(
                                    "uitnodigingForm",
                                    "uitnodigingForm:verstuur",
                                    Map.of(
                                            "uitnodigingForm:naam",
                                            "Sluiper",
                                            "uitnodigingForm:email",
                                            "sluiper." + tag + "@regenboog.example.nl",
                                            "uitnodigingForm:rol_input",
                                            rol))
                            .body(),
                    StandardCharsets.UTF_8);
            assertTrue(antwoord.contains("Rol: kies een van de mogelijkheden."), rol + " is refused");
        }
        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM account WHERE email = ?", "sluiper." + tag + "@regenboog.example.nl"));

        // A teacher on the list accepts; one leaves before accepting, one after.
        Mailbox.Mail mail = Mailbox.waitFor(adres(3, tag), "Uitnodiging");
        assertTrue(mail.tekst().contains("Sanne Schoolleider nodigt je uit"), mail.tekst());
        browser.logout();
        browser.open(link(mail.tekst()));
        accept(browser, NIEUW_WACHTWOORD, NIEUW_WACHTWOORD);
        browser.waitForText("Welkom! Je wachtwoord is opgeslagen en je bent ingelogd.");
        String leraarSessie = browser.sessionId();
        String leraarHome = browser.path();
        assertEquals(403, browser.status(pagina), "a teacher does not manage the school's people");
        // The new teacher is one of the team on the school's board: at the bordsessie and as a lesson-visit choice.
        String bord = "traject/traject.xhtml?id="
                + TestDatabase.number(
                        "SELECT t.id FROM traject t JOIN school s ON s.id = t.school_id WHERE s.brin_code = ?", "04AB");
        browser.open(bord);
        assertTrue(teamOnBoard(browser).contains("Leraar 3 " + tag), teamOnBoard(browser));
        assertFalse(
                teamOnBoard(browser).contains("Leraar 5 " + tag), "an invitation not yet accepted is no choice yet");
        browser.forgetSession();

        browser.login("schoolleider", InschrijvingScenarios.PASSWORD);
        browser.open(pagina);
        leaves(browser, adres(3, tag));
        browser.waitForText("Leraar 3 " + tag + " is gedeactiveerd en overal uitgelogd.");
        assertEquals(302, browser.status(leraarHome, leraarSessie), "the leaver is out at once");
        browser.open(bord);
        assertFalse(teamOnBoard(browser).contains("Leraar 3 " + tag), "a leaver is no longer a choice on the board");
        assertTrue(teamOnBoard(browser).contains("Lotte Leraar"), teamOnBoard(browser));
        browser.open(pagina);
        leaves(browser, adres(4, tag));
        browser.waitForText("De uitnodiging van Leraar 4 " + tag + " is ingetrokken.");
        assertEquals(0, TestDatabase.number("SELECT COUNT(*) FROM account WHERE email = ?", adres(4, tag)));
        // Someone who also works at another school leaves this one: only the role here ends.
        leaves(browser, "schoolcoach.piramide@school.example.nl");
        browser.waitForText("Jeroen Visser werkt niet meer bij deze school");
        assertEquals(
                "ACTIEF",
                TestDatabase.string(
                        "SELECT status FROM account WHERE email = ?", "schoolcoach.piramide@school.example.nl"),
                "still at work at De Piramide");
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM lidmaatschap l JOIN account a ON a.id = l.account_id"
                                + " WHERE a.email = ?",
                        "schoolcoach.piramide@school.example.nl"));
        filterPeople(browser, "Schoolleider");
        assertFalse(browser.has("[data-vertrek='schoolleider@school.example.nl']"), "not oneself");
        filterPeople(browser, "Coen Coach");
        assertTrue(
                browser.has("[data-vertrek='schoolcoach@school.example.nl']"),
                "the schoolcoach, who is in the kernteam");

        // Another school, also by id: refused.
        long piramide = TestDatabase.number("SELECT id FROM school WHERE brin_code = ?", "11LM");
        assertEquals(403, browser.status("scholen/mensen.xhtml?id=" + piramide));
        assertEquals(404, browser.status("scholen/mensen.xhtml?id=x"));
        browser.logout();

        // The school's Expertcoach reads along.
        browser.login("expertcoach", InschrijvingScenarios.PASSWORD);
        browser.open(pagina);
        assertTrue(browser.textOf("[id='mensenForm:mensen']").contains("Leraar 5 " + tag));
        assertFalse(browser.has("[id='mensenForm:nodigUit']"), "an Expertcoach does not invite");
        assertFalse(browser.has("[data-vertrek]"), "nor marks leavers");
    }

    /** Whom the board offers: the bordsessie's attendance and the lesson visit's choices, each name once per list. */
    private static String teamOnBoard(Browser browser) {
        browser.click("a[href*='bezoekTab']");
        browser.waitUntilVisible("tabs:planForm:plan");
        Object aanwezigen = browser.script("return document.getElementById('sessieForm:aanwezigen').textContent");
        Object bezochte =
                browser.script("return Array.from(document.getElementById('tabs:planForm:bezochte_input').options)"
                        + ".map(o => o.text).join('|')");
        assertTrue(String.valueOf(bezochte).contains("Lotte Leraar"), "the lesson visit offers the team: " + bezochte);
        return aanwezigen + " / " + bezochte;
    }

    private static String adres(int nummer, String tag) {
        return "leraar" + nummer + "." + tag + "@regenboog.example.nl";
    }

    private static void filterPeople(Browser browser, String text) {
        browser.filter("mensenForm:mensen:naam:filter", text);
        browser.waitForRowsContaining("mensenForm:mensen", text);
    }

    private static void leaves(Browser browser, String email) {
        filterPeople(browser, email);
        browser.click("[data-vertrek='" + email + "']");
        browser.waitUntilVisible("mensenForm:ja");
        browser.click("[id='mensenForm:ja']");
    }

    @Test
    default void anEnrolmentIsConfirmedByMailAndItsApprovalBringsTheQuoteAndInvitesTheRequester() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long school = TestDatabase.schoolId("15UV");
        // This scenario's own school: an earlier run's request (never invoiced, it was stopped) goes first.
        verwijderTrajecten(school);
        TestDatabase.update(
                "DELETE FROM lidmaatschap WHERE school_id = ? AND account_id = (SELECT id FROM account"
                        + " WHERE email = 'schoolcoach.lyceum@school.example.nl')",
                school);
        for (String tabel : List.of("inschrijving_kernteam", "inschrijving_historie")) {
            TestDatabase.update(
                    "DELETE FROM " + tabel + " WHERE inschrijving_id IN (SELECT id FROM inschrijving"
                            + " WHERE school_id = ? AND id NOT IN (SELECT inschrijving_id FROM factuur))",
                    school);
        }
        TestDatabase.update(
                "DELETE FROM inschrijving WHERE school_id = ? AND id NOT IN (SELECT inschrijving_id FROM factuur)",
                school);
        // The requester is invited only while the school has no schoolleider: an earlier run's one leaves.
        TestDatabase.update(
                "UPDATE account SET status = 'GEDEACTIVEERD' WHERE id IN (SELECT account_id FROM lidmaatschap"
                        + " WHERE school_id = ? AND rol = 'SCHOOLLEIDER')",
                school);
        String email = "hanna." + tag + "@horizon.example.nl";
        Api centraal = Api.as(base(), "centraal");
        String coach = "coen." + tag + "@horizon.example.nl";
        HttpResponse<String> created = centraal.post(
                "api/inschrijvingen",
                Api.aanvraag(school, null, null, InschrijvingScenarios.VOLGEND_JAAR, 19)
                        .replace("Carla Centraal", "Hanna Horizon")
                        .replace("carla@stichting-leerkracht.nl", email)
                        .replace(
                                "\"schoolcoachFte\":0.2",
                                "\"schoolcoachFte\":0.2,\"schoolcoachEmail\":\""
                                        + coach.toUpperCase(java.util.Locale.ROOT) + "\"")
                        .replace("\"fte\":0.1}", "\"fte\":0.1,\"email\":\"schoolcoach.lyceum@school.example.nl\"}"));
        assertEquals(201, created.statusCode(), created.body());
        String id = Api.field(created.body(), "id");

        Mailbox.Mail ontvangen = Mailbox.waitFor(email, "we hebben je aanvraag ontvangen (aanvraag " + id + ")");
        assertTrue(
                ontvangen
                        .tekst()
                        .contains("OBS De Horizon, startjaar " + InschrijvingScenarios.VOLGEND_JAAR
                                + ", voor 19 leraren"),
                ontvangen.tekst());
        assertTrue(Mailbox.to(email, "Uitnodiging").isEmpty(), "no account before approval");

        assertEquals(
                200,
                centraal.post("api/inschrijvingen/" + id + "/goedkeuring", "").statusCode());
        String goedgekeurd =
                Mailbox.waitFor(email, "je aanvraag is goedgekeurd").tekst();
        assertTrue(goedgekeurd.contains("programmajaar 1: 19 leraren ×"), goedgekeurd);
        assertTrue(goedgekeurd.contains("programmajaar 2: bedrag in overleg"), "PO's follow-up: " + goedgekeurd);
        assertTrue(goedgekeurd.contains("Je krijgt een aparte mail met een persoonlijke link"), goedgekeurd);
        Mailbox.Mail uitnodiging = Mailbox.waitFor(email, "Uitnodiging");
        assertTrue(uitnodiging.tekst().contains("als schoolleider bij OBS De Horizon"), uitnodiging.tekst());

        Browser browser = browser();
        browser.open(link(uitnodiging.tekst()));
        accept(browser, NIEUW_WACHTWOORD, NIEUW_WACHTWOORD);
        browser.waitForText("Welkom! Je wachtwoord is opgeslagen en je bent ingelogd.");
        assertTrue(
                browser.text().contains("OBS De Horizon"), "the schoolleider lands on their school: " + browser.text());
        browser.click("[id='mensenVanDeSchool']");
        browser.waitFor("[id='mensenForm:nodigUit']");
        assertEquals("Mensen van OBS De Horizon", browser.title(), "and can invite the teachers");
        browser.logout();

        // September has come (the start year moved to this one): the trajectory starts and the kernteam
        // named at enrolment is invited; an address with an account elsewhere gets only a notice.
        TestDatabase.update(
                "UPDATE inschrijving SET startjaar = ? WHERE id = ?",
                Jaren.huidig().startJaar(),
                Long.parseLong(id));
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("inschrijving/inschrijving.xhtml?id=" + id);
        assertTrue(browser.textOf("[id='detail']").contains(coach), "the kernteam's addresses are on the request");
        browser.click("[id='acties:activeren']");
        browser.waitForText("Het traject is gestart.");
        Mailbox.Mail kernteam = Mailbox.waitFor(coach, "Uitnodiging");
        assertTrue(kernteam.tekst().contains("Stichting leerKRACHT nodigt je uit"), kernteam.tekst());
        assertTrue(kernteam.tekst().contains("als schoolcoach bij OBS De Horizon"), kernteam.tekst());
        assertEquals(
                "UITGENODIGD",
                TestDatabase.string(
                        "SELECT a.status FROM account a JOIN lidmaatschap l ON l.account_id = a.id"
                                + " WHERE a.email = ? AND l.rol = 'SCHOOLCOACH' AND l.school_id = ?",
                        coach,
                        school));
        String erbij = Mailbox.waitFor("schoolcoach.lyceum@school.example.nl", "je hebt er een rol bij")
                .tekst();
        assertTrue(
                erbij.contains(
                        "Stichting leerKRACHT heeft je op het leerKRACHT-platform toegevoegd als aanjager bij OBS De Horizon"),
                erbij);
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM account WHERE email = ?", "schoolcoach.lyceum@school.example.nl"));
        assertEquals(
                1,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM lidmaatschap l JOIN account a ON a.id = l.account_id"
                                + " WHERE a.email = ? AND l.school_id = ? AND l.rol = 'AANJAGER'",
                        "schoolcoach.lyceum@school.example.nl",
                        school),
                "the Lyceum's schoolcoach is also an aanjager of De Horizon now");
        // The school's people page shows the kernteam as agreed, with where each of them stands.
        browser.open("scholen/mensen.xhtml?id=" + school);
        String kernteamTekst = browser.textOf("#kernteam");
        assertTrue(
                kernteamTekst.contains("Coen Coach") && kernteamTekst.contains("Uitgenodigd"),
                "invited: " + kernteamTekst);
        assertTrue(
                kernteamTekst.contains("Anna Aanjager") && kernteamTekst.contains("Ja"),
                "active already: " + kernteamTekst);
        assertTrue(kernteamTekst.contains("Samen 0,3 fte"), kernteamTekst);
        browser.show("#kernteam");
        browser.screenshot("school-mensen-kernteam");

        // Stopped, so that no invoice run picks this request up.
        browser.open("inschrijving/inschrijving.xhtml?id=" + id);
        browser.click("[id='acties:stoppen']");
        browser.waitUntilVisible("stopForm:reden");
        browser.type("stopForm:reden", "Einde van de test.");
        browser.click("[id='stopForm:bevestigStoppen']");
        browser.waitForText("Het traject is gestopt.");
        verwijderTrajecten(school);
    }

    /** The trajectories of the school's test requests (never invoiced) go, so no list shows them. */
    private static void verwijderTrajecten(long school) {
        String trajecten =
                "SELECT id FROM traject WHERE school_id = ? AND inschrijving_id NOT IN (SELECT inschrijving_id FROM factuur)";
        TestDatabase.update("DELETE FROM traject_fasewissel WHERE traject_id IN (" + trajecten + ")", school);
        TestDatabase.update("DELETE FROM traject WHERE id IN (SELECT id FROM (" + trajecten + ") t)", school);
    }

    /**
     * The central team invites a teacher of OBS De Regenboog, who accepts with {@link #NIEUW_WACHTWOORD}.
     * The browser ends logged in as the teacher.
     *
     * @return the teacher's e-mail address
     */
    private static String activeTeacher(Browser browser, String naam, String email) {
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/mensen.xhtml");
        openInvitation(browser);
        browser.replace("uitnodigingForm:naam", naam);
        browser.replace("uitnodigingForm:email", email);
        browser.choose("uitnodigingForm:rol", "Leraar");
        browser.waitUntilVisible("uitnodigingForm:brin");
        browser.replace("uitnodigingForm:brin", "04AB");
        browser.click("[id='uitnodigingForm:verstuur']");
        browser.waitForText("is uitgenodigd");
        browser.logout();
        browser.open(link(Mailbox.waitFor(email, "Uitnodiging").tekst()));
        accept(browser, NIEUW_WACHTWOORD, NIEUW_WACHTWOORD);
        browser.waitForText("Welkom! Je wachtwoord is opgeslagen en je bent ingelogd.");
        return email;
    }

    @Test
    default void aFloodOfResetRequestsFromOneComputerIsStoppedAndOthersGoOn() {
        String onbekend = "niemand." + UUID.randomUUID().toString().substring(0, 8) + "@nergens.example.nl";
        Browser browser = browser();
        for (int i = 1; i <= 10; i++) {
            askReset(browser, onbekend);
        }
        browser.open("wachtwoord-vergeten.xhtml");
        browser.replace("vergetenForm:email", onbekend);
        browser.clickAndWait("vergetenForm:stuur");
        assertEquals(
                List.of(
                        "Dit formulier is de laatste minuten al vaak verstuurd. Probeer het over een paar minuten opnieuw."),
                browser.messages());
        assertFalse(browser.has("#verstuurd"));
        browser.screenshot("wachtwoord-vergeten-te-vaak");

        try (Browser ander = new Browser(base())) {
            askReset(ander, onbekend);
            assertTrue(
                    ander.textOf("#verstuurd").startsWith("Als dit e-mailadres bij een account hoort"),
                    "another computer is not held up");
        }
    }

    private static void askReset(Browser browser, String email) {
        browser.open("wachtwoord-vergeten.xhtml");
        browser.replace("vergetenForm:email", email);
        browser.clickAndWait("vergetenForm:stuur");
        browser.waitFor("#verstuurd");
    }

    private static void reset(Browser browser, String wachtwoord, String herhaling) {
        browser.replace("herstelForm:wachtwoord", wachtwoord);
        browser.replace("herstelForm:herhaling", herhaling);
        browser.clickAndWait("herstelForm:bewaar");
    }

    private static String resetLink(String tekst) {
        Matcher matcher = Pattern.compile("https?://\\S+/(wachtwoord-herstel\\.xhtml\\?sleutel=[A-Za-z0-9_-]+)")
                .matcher(tekst);
        assertTrue(matcher.find(), "a link in " + tekst);
        return matcher.group(1);
    }

    private static void openInvitation(Browser browser) {
        browser.click("[id='mensenForm:nodigUit']");
        browser.waitUntilVisible("uitnodigingForm:naam");
    }

    /** Fills the invitation dialog and sends it; a null board chooses none. */
    @Test
    default void aSchoolleiderOfTwoSchoolsSwitchesAndSeesEachSchoolsDataOnly() {
        long regenboog = TestDatabase.schoolId("04AB");
        long kameleon = TestDatabase.schoolId("13QR");
        String sanne = "schoolleider@school.example.nl";
        // This scenario's own start: a second role an earlier run left goes first.
        TestDatabase.update(
                "DELETE FROM lidmaatschap WHERE school_id = ? AND account_id = (SELECT id FROM account"
                        + " WHERE email = ?)",
                kameleon,
                sanne);
        long trajectRegenboog =
                TestDatabase.number("SELECT id FROM traject WHERE school_id = ? ORDER BY id LIMIT 1", regenboog);
        long trajectKameleon =
                TestDatabase.number("SELECT id FROM traject WHERE school_id = ? ORDER BY id LIMIT 1", kameleon);

        // The central team gives Sanne, schoolleider of De Regenboog, De Kameleon as well.
        Browser browser = browser();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/mensen.xhtml");
        openInvitation(browser);
        browser.replace("uitnodigingForm:naam", "Sanne Schoolleider");
        browser.replace("uitnodigingForm:email", sanne);
        browser.choose("uitnodigingForm:rol", "Schoolleider");
        browser.waitUntilVisible("uitnodigingForm:brin");
        browser.replace("uitnodigingForm:brin", "13QR");
        browser.click("[id='uitnodigingForm:verstuur']");
        browser.waitForText(
                "Sanne Schoolleider had al een account (gebruikersnaam schoolleider) en heeft deze rol erbij gekregen");
        assertTrue(Mailbox.waitFor(sanne, "je hebt er een rol bij")
                .tekst()
                .contains("als schoolleider bij OBS De Kameleon"));
        browser.logout();

        // She logs in once and works at De Regenboog, her first school.
        browser.login("schoolleider", InschrijvingScenarios.PASSWORD);
        String home = browser.path();
        assertTrue(browser.text().contains("OBS De Regenboog"), browser.text());
        assertEquals(200, browser.status("traject/traject.xhtml?id=" + trajectRegenboog));
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + trajectKameleon));
        assertEquals(403, browser.status("scholen/mensen.xhtml?id=" + kameleon));
        browser.screenshot("rolkeuze");

        // She switches in the header: the same pages now show De Kameleon, and De Regenboog is closed.
        browser.chooseAndWait("rolForm:rol", "Schoolleider \u2013 OBS De Kameleon");
        assertEquals(home, browser.path(), "the dashboard of the chosen role");
        assertTrue(browser.textOf("main").contains("OBS De Kameleon"), browser.textOf("main"));
        assertEquals(200, browser.status("traject/traject.xhtml?id=" + trajectKameleon));
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + trajectRegenboog));
        assertEquals(200, browser.status("scholen/mensen.xhtml?id=" + kameleon));
        assertEquals(403, browser.status("scholen/mensen.xhtml?id=" + regenboog));
        browser.open("mijn/gegevens.xhtml");
        String rollen = browser.textOf("#rollen");
        assertTrue(
                rollen.contains("Schoolleider, OBS De Regenboog") && rollen.contains("Schoolleider, OBS De Kameleon"),
                rollen);
        browser.phoneScreenshot("rolkeuze-telefoon");

        // And back.
        browser.chooseAndWait("rolForm:rol", "Schoolleider \u2013 OBS De Regenboog");
        assertTrue(browser.textOf("main").contains("OBS De Regenboog"), browser.textOf("main"));
        assertEquals(200, browser.status("traject/traject.xhtml?id=" + trajectRegenboog));
        assertEquals(403, browser.status("traject/traject.xhtml?id=" + trajectKameleon));

        // At De Kameleon again, her role there is ended by the central team: that session is out at
        // its next request, and she logs in again at De Regenboog.
        browser.chooseAndWait("rolForm:rol", "Schoolleider \u2013 OBS De Kameleon");
        String sessie = browser.sessionId();
        browser.forgetSession();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("scholen/mensen.xhtml?id=" + kameleon);
        // She is the only one there: no filter (whose delayed answer could redraw the page after the action).
        browser.click("[data-vertrek='" + sanne + "']");
        browser.waitUntilVisible("mensenForm:ja");
        browser.click("[id='mensenForm:ja']");
        browser.waitForText("Sanne Schoolleider werkt niet meer bij deze school");
        assertEquals(302, browser.status(home, sessie), "a session in the ended role is out");
        browser.logout();
        browser.login("schoolleider", InschrijvingScenarios.PASSWORD);
        assertTrue(browser.text().contains("OBS De Regenboog"), browser.text());
        assertFalse(browser.has("[id='rolForm:rol']"), "one role left: nothing to switch");
    }

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
        browser.filter("mensenForm:mensen:naam:filter", text);
        browser.waitForCount("[id='mensenForm:mensen_data'] > tr", 1);
        browser.waitFor("[id='mensenForm:mensen_data'] > tr[data-ri]");
    }

    private static String link(String tekst) {
        Matcher matcher = Pattern.compile("https?://\\S+/(uitnodiging\\.xhtml\\?sleutel=[A-Za-z0-9_-]+)")
                .matcher(tekst);
        assertTrue(matcher.find(), "a link in " + tekst);
        return matcher.group(1);
    }
}
