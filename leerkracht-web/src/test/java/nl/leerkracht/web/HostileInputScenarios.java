package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * At least 50 hostile inputs per public form (the complaint, the enrolment request, the password
 * reset, the login), each posted as a client outside the browser could: the form filled in
 * correctly by the browser, with one field replaced. Every one is answered with the form and a
 * Dutch message, never a server error, and nothing is stored. Run by {@link PlatformIT}.
 */
interface HostileInputScenarios {

    /** Characters no one-line text field takes: control characters, invisible ones, reading-direction overrides, line breaks. */
    List<String> INVISIBLE = List.of(
            "\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009B", "\u200B", "\u200D", "\u200F", "\u202E",
            "\u2066", "\u2069", "\uFEFF", "\u061C", "\r\n", "\n");
    /** Markup and injections, for fields that refuse them (names, e-mail addresses). */
    List<String> MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "Jan<b>Jansen</b>");
    /** E-mail addresses that are none. */
    List<String> NO_EMAIL = List.of(
            "a@b.nl\r\nBcc: c@d.nl",
            "<a@b.nl>",
            "a@b",
            "@b.nl",
            "a@@b.nl",
            "a@b.nl,c@d.nl",
            "' OR '1'='1",
            "a b@c.nl",
            "a@b.nl;DROP TABLE klacht");
    /** What no list of choices holds. */
    List<String> NO_CHOICE = List.of("BESTAAT_NIET", "' OR 1=1 --", "#{7*7}", "${7*7}", "../../etc/passwd", "\u0000");
    /** What Faces says in English when a message is missing from the platform's bundle. */
    List<String> ENGLISH = List.of("Validation Error", "Conversion Error", "File Error", "Exception", "is not valid");

    Browser browser();

    @Test
    default void fiftyHostileInputsOnTheComplaintFormStoreNothing() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String email = "vijand." + token + "@example.nl";
        String omschrijving = "Een vijandige klacht " + token + ".";
        Browser browser = browser();
        browser.open("klacht/indienen.xhtml");
        browser.type("klachtForm:naam", "Vera Vijand");
        browser.type("klachtForm:email", email);
        KlachtScenarios.kiesOnderwerp(browser, 1);
        browser.type("klachtForm:omschrijving", omschrijving);

        Map<String, List<String>> attacks = new LinkedHashMap<>();
        attacks.put("klachtForm:naam", concat(around("Vera", "Vijand"), MARKUP, overlong(120)));
        attacks.put("klachtForm:email", concat(around("vera", "@example.nl").subList(0, 8), NO_EMAIL, overlong(254)));
        attacks.put(
                "klachtForm:omschrijving",
                concat(around("Een klacht", "over de training.").subList(0, 14), overlong(10_000)));
        attacks.put("klachtForm:onderwerp", NO_CHOICE);
        int tried =
                attack(browser, "klachtForm", "klachtForm:indienen", attacks).tried();

        assertEquals(
                0,
                TestDatabase.number(
                        "SELECT COUNT(*) FROM klacht WHERE email = ? OR omschrijving = ?", email, omschrijving),
                "nothing stored");
        System.out.println("Hostile input: complaint form, " + tried + " tried, 0 stored, 0 server errors");
    }

    @Test
    default void fiftyHostileInputsOnTheEnrolmentFormStoreNothing() {
        Testdata.School school = Testdata.schoolZoals("22EF");
        Browser browser = browser();
        fillInEnrolment(browser, school);

        Map<String, List<String>> attacks = new LinkedHashMap<>();
        attacks.put("aanvraagForm:naam", concat(around("Vera", "Vijand").subList(0, 10), MARKUP, overlong(150)));
        attacks.put("aanvraagForm:email", concat(around("vera", "@example.nl").subList(0, 4), NO_EMAIL));
        attacks.put("aanvraagForm:coachNaam", concat(around("Vera", "Vijand").subList(6, 12), MARKUP.subList(0, 1)));
        attacks.put(
                browser.idEndingWith(":0:aanjagerNaam"),
                concat(around("Victor", "Vijand").subList(9, 13)));
        attacks.put(
                "aanvraagForm:leraren",
                List.of("1e9", "-1", "0", "NaN", "0x1F", "17 OR 1=1", "99999999999999999999", "2,5", " "));
        attacks.put("aanvraagForm:startjaar_input", NO_CHOICE);
        attacks.put("aanvraagForm:eenheid_input", NO_CHOICE.subList(0, 3));
        int tried = attack(browser, "aanvraagForm", "aanvraagForm:verstuur", attacks)
                .tried();
        // A robot that sends the form complete but also fills in the field people never see is
        // thanked all the same, and nothing is stored.
        fillInEnrolment(browser, school);
        browser.script("document.getElementById('aanvraagForm:website').value = 'https://winkel.example'");
        browser.click("[id='aanvraagForm:verstuur']");
        browser.waitForText("Dank je wel, je formulier is verstuurd.");

        assertEquals(
                0,
                TestDatabase.number("SELECT COUNT(*) FROM inschrijving WHERE school_id = ?", school.id()),
                "nothing stored");
        System.out.println("Hostile input: enrolment form, " + tried + " tried, 0 stored, 0 server errors");
    }

    @Test
    default void fiftyHostileInputsOnThePasswordResetFormSendNoLink() {
        Browser browser = browser();
        browser.open("wachtwoord-vergeten.xhtml");
        browser.type("vergetenForm:email", "iemand@example.nl");
        long links = TestDatabase.number("SELECT COUNT(*) FROM toegangslink");

        List<String> emails = concat(
                around("centraal", "@stichting-leerkracht.nl"),
                around("", "centraal@stichting-leerkracht.nl"),
                MARKUP,
                NO_EMAIL,
                overlong(254),
                List.of(
                        "centraal@stichting-leerkracht",
                        "centraal@",
                        "#{7*7}",
                        "${7*7}",
                        "centraal@stichting-leerkracht.nl\u0000.evil.nl",
                        "centraal@stichting leerkracht.nl"));
        int tried = attack(browser, "vergetenForm", "vergetenForm:stuur", Map.of("vergetenForm:email", emails))
                .tried();

        assertEquals(links, TestDatabase.number("SELECT COUNT(*) FROM toegangslink"), "no reset link made");
        System.out.println("Hostile input: password reset form, " + tried + " tried, 0 stored, 0 server errors");
    }

    @Test
    default void fiftyHostileInputsOnTheLoginLetNobodyIn() {
        Browser browser = browser();
        browser.open("login.xhtml");
        String stranger = "vijand" + UUID.randomUUID().toString().substring(0, 8);
        browser.type("loginForm:username", stranger);
        browser.type("loginForm:password", "een heel geheim wachtwoord");

        Map<String, List<String>> attacks = new LinkedHashMap<>();
        attacks.put(
                "loginForm:username",
                concat(
                        around("centraal", ""),
                        around("", "centraal"),
                        MARKUP,
                        List.of("centraal' OR '1'='1", "centraal' --", "*", "centraal)(|(uid=*))", "#{7*7}"),
                        overlong(254)));
        attacks.put(
                "loginForm:password",
                concat(
                        List.of("' OR '1'='1", "' OR 1=1 --"),
                        around("een heel", " geheim").subList(0, 6),
                        overlong(128)));
        Attack result = attack(browser, "loginForm", "loginForm:submit", attacks);
        int tried = result.tried();

        // In the session the attempts ended with (each login attempt gives it a new id).
        HttpResponse<byte[]> protectedPage = browser.fetch("centraal/index.xhtml", result.session());
        assertEquals(302, protectedPage.statusCode(), "nobody logged in: a protected page asks for the login");
        assertTrue(
                protectedPage.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"),
                protectedPage.headers().map().toString());
        System.out.println("Hostile input: login, " + tried + " tried, 0 let in, 0 server errors");
    }

    /** How many hostile values were posted, and the session they ended in. */
    record Attack(int tried, String session) {}

    /**
     * Posts the form once per hostile value, each time with all its other fields as the browser
     * filled them; asserts every answer is the form again with a Dutch message, not an error.
     * Returns how many were tried (at least 50) and in which session.
     */
    private static Attack attack(Browser browser, String formId, String buttonId, Map<String, List<String>> attacks) {
        Map<String, String> filled = browser.formFields(formId);
        filled.put(buttonId, "");
        List<String> wrong = new ArrayList<>();
        String session = browser.sessionId();
        int tried = 0;
        for (Map.Entry<String, List<String>> field : attacks.entrySet()) {
            assertTrue(
                    filled.containsKey(field.getKey()),
                    field.getKey() + " is not a field of " + formId + ": " + filled.keySet());
            for (String value : field.getValue()) {
                Map<String, String> form = new LinkedHashMap<>(filled);
                form.put(field.getKey(), value);
                HttpResponse<byte[]> answer = browser.post(form, session);
                // A login attempt gives the session a new id (against session fixation): the next post uses it.
                session = newSession(answer).orElse(session);
                String location = answer.headers().firstValue("Location").orElse(null);
                if (answer.statusCode() == 302
                        && location != null
                        && java.net
                                .URI
                                .create(browser.url())
                                .resolve(location)
                                .getPath()
                                .equals(java.net.URI.create(browser.url()).getPath())) {
                    // Sent back to the form (post, redirect, get): the message is on the form it shows.
                    answer = browser.fetch(location, session);
                }
                String body = new String(answer.body(), StandardCharsets.UTF_8);
                tried++;
                String shown = field.getKey() + " = " + printable(value);
                if (answer.statusCode() != 200) {
                    wrong.add(shown + ": status " + answer.statusCode());
                } else if (body.contains("Payara") || body.contains("Er ging iets mis")) {
                    wrong.add(shown + ": a server error page");
                } else if (!body.contains("ui-message-error") && !body.contains("ui-messages-error")) {
                    wrong.add(shown + ": no message on the form");
                } else if (ENGLISH.stream().anyMatch(body::contains)) {
                    wrong.add(shown + ": a message in English");
                }
                // Each answer renders the form anew: the next post sends its view state and CSP
                // nonce, as a browser would.
                Matcher state = WebSession.VIEW_STATE.matcher(body);
                if (state.find()) {
                    filled.put("jakarta.faces.ViewState", state.group(1));
                }
                Matcher nonce = WebSession.NONCE.matcher(body);
                if (nonce.find() && filled.containsKey("primefaces.nonce")) {
                    filled.put("primefaces.nonce", nonce.group(1));
                }
            }
        }
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " of " + tried + " hostile inputs were not refused with a message:\n"
                        + String.join("\n", wrong));
        assertTrue(tried >= 50, "only " + tried + " hostile inputs for " + formId);
        return new Attack(tried, session);
    }

    private static java.util.Optional<String> newSession(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst();
    }

    /** Each invisible character between two parts of a correct value. */
    private static List<String> around(String before, String after) {
        return INVISIBLE.stream().map(c -> before + c + after).toList();
    }

    /** One character over the field's limit, and far over it. */
    private static List<String> overlong(int maximum) {
        return List.of("x".repeat(maximum + 1), "y".repeat(Math.max(100_000, maximum * 2)));
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static String printable(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints()
                .limit(60)
                .forEach(c -> shown.append(
                        c < 0x20 || c >= 0x7F && c < 0xA0 || Character.getType(c) == Character.FORMAT
                                ? String.format("\\u%04X", c)
                                : new String(Character.toChars(c))));
        return value.length() > 60 ? shown + "… (" + value.length() + " characters)" : shown.toString();
    }

    /** Opens the public enrolment form and fills it in completely for the school, without sending it. */
    private static void fillInEnrolment(Browser browser, Testdata.School school) {
        browser.open("inschrijving/aanvragen.xhtml");
        browser.type("aanvraagForm:brin", school.brin());
        browser.click("[id='aanvraagForm:zoekSchool']");
        browser.waitForText(school.naam() + " · BRIN " + school.brin());
        browser.choose("aanvraagForm:eenheid", school.brin() + "00 VSO De Brug");
        browser.choose("aanvraagForm:startjaar", "September, schooljaar " + InschrijvingScenarios.VOLGEND_JAAR);
        browser.type("aanvraagForm:leraren", "14");
        browser.leave("aanvraagForm:leraren");
        browser.waitForText("Totaal");
        InschrijvingScenarios.fillInPeople(
                browser, "Vera Vijand", "Victor Vijand", "Vera Vijand", "vera.vijand@example.nl");
        browser.check("aanvraagForm:besluitSamen");
        browser.check("aanvraagForm:tijd");
    }
}
