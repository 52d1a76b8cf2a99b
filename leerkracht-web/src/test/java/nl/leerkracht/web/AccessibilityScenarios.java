package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerkracht.web.AccessScenarios.Role;
import nl.leerkracht.web.AccessScenarios.Rule;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * WCAG 2.1 AA on every page of every role (issue 14): axe-core looks at each page that the access
 * rules ({@link AccessScenarios#rules()}) let a role open, not logged in and as each demo user, and
 * at the first record of each detail page that role's pages link to. Any violation fails the build,
 * named with the page, the rule and the element. Each page must also fit a phone (390 px) and a
 * tablet (768 px) without scrolling sideways; a phone screenshot of each is kept under
 * target/screenshots/telefoon. Run by {@link PlatformIT}.
 */
interface AccessibilityScenarios {

    Browser browser();

    /** The pages that show one record, opened through a link on a page that lists them. */
    List<String> DETAIL_PAGES = List.of(
            "scholen/school.xhtml",
            "scholen/mensen.xhtml",
            "traject/traject.xhtml",
            "agenda/bijeenkomst.xhtml",
            "inschrijving/inschrijving.xhtml",
            "klachten/klacht.xhtml",
            "centraal/persoon.xhtml");

    /** The pages a role (null: not logged in) opens without an id: those its rule answers with 200. */
    private static List<String> pagesFor(Role role) {
        List<String> pages = new ArrayList<>();
        for (Map.Entry<String, Rule> entry : AccessScenarios.rules().entrySet()) {
            String address = entry.getKey();
            Rule rule = entry.getValue();
            boolean allowed = role == null ? rule.open() : rule.allows(role);
            if (address.endsWith(".xhtml") && allowed && rule.answer() == 200) {
                // Logged in, the login page sends you on; the public site is the same for everyone.
                if (role == null || !rule.open() || address.equals("index.xhtml")) {
                    pages.add(address);
                }
            }
        }
        return pages;
    }

    @Test
    default void everyPageOfEveryRoleMeetsWcag21AAAndFitsAPhoneAndATablet() {
        Browser browser = browser();
        List<String> violations = new ArrayList<>();
        List<String> tooWide = new ArrayList<>();
        int checked = 0;
        List<Role> roles = new ArrayList<>();
        roles.add(null);
        roles.addAll(List.of(Role.values()));
        for (Role role : roles) {
            if (role != null) {
                browser.forgetSession();
                browser.login(role.demoUser, InschrijvingScenarios.PASSWORD);
            }
            String who = role == null ? "not logged in" : role.demoUser;
            // The detail pages this visitor has a record of yet: the first link to each is followed.
            Set<String> opened = new HashSet<>();
            List<String> pages = new ArrayList<>(pagesFor(role));
            int listed = pages.size();
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                browser.open(page);
                violations.addAll(browser.accessibilityViolations(who));
                checked++;
                String shot = (who + "-" + page).replaceAll("[^A-Za-z0-9.-]+", "_");
                long phone = browser.phoneScreenshot("telefoon/" + shot);
                long tablet = browser.atWidth(768, 1024, browser::overflow);
                if (phone > 0 || tablet > 0) {
                    tooWide.add(page + " (" + who + "): " + phone + " px wider than a phone (390 px), " + tablet
                            + " px wider than a tablet (768 px)");
                }
                if (i < listed) {
                    for (String link : browser.links()) {
                        for (String detail : DETAIL_PAGES) {
                            if (link.startsWith(detail + "?") && opened.add(detail)) {
                                pages.add(link);
                            }
                        }
                    }
                }
            }
        }
        System.out.println("Accessibility: axe-core (WCAG 2.1 AA) checked " + checked + " pages of " + roles.size()
                + " visitors; " + violations.size() + " violations");
        assertTrue(
                violations.isEmpty(),
                "axe-core found " + violations.size() + " WCAG 2.1 AA violations:\n" + String.join("\n", violations));
        assertTrue(
                tooWide.isEmpty(),
                tooWide.size() + " of " + checked + " pages scroll sideways:\n" + String.join("\n", tooWide));
    }

    /**
     * A table wider than its place scrolls sideways (a long e-mail address, a narrow window); a
     * keyboard user must be able to reach and scroll it, and a screen reader to name it. The walk above
     * met one only when another scenario's data made a table too wide, so here one is made too narrow.
     */
    @Test
    default void aTableTooWideForItsPlaceTakesTheFocusAndScrollsByKeyboard() {
        Browser browser = browser();
        browser.forgetSession();
        browser.login("centraal", InschrijvingScenarios.PASSWORD);
        browser.open("centraal/scholen.xhtml");
        String region = "[id$='besturen'] > .ui-datatable-tablewrapper";
        browser.waitFor(region);
        assertEquals(
                null,
                browser.script("return document.querySelector(arguments[0]).getAttribute('tabindex')", region),
                "a table that fits is no tab stop of its own");

        browser.script(
                "document.querySelector(arguments[0]).style.maxWidth = '12rem';"
                        + " window.dispatchEvent(new Event('resize'));",
                region);
        browser.waitFor(region + "[tabindex='0'][role='region']");
        assertEquals(
                "Besturen",
                browser.script("return document.querySelector(arguments[0]).getAttribute('aria-label')", region),
                "the region is named by the heading above its table");
        assertEquals(List.of(), browser.accessibilityViolations("centraal"));

        // By keyboard: the tab stop before it, then Tab into the region and the arrow key scrolls it.
        browser.script(
                "var stops = Array.from(document.querySelectorAll('a[href], button, input, select, textarea, [tabindex=\"0\"]'))"
                        + ".filter(function (e) { return e.offsetParent !== null && !e.disabled; });"
                        + " var region = document.querySelector(arguments[0]);"
                        + " stops[stops.indexOf(region) - 1].focus();",
                region);
        browser.press(Keys.TAB);
        browser.waitUntilFocused(region);
        browser.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        double scrolled = 0;
        for (int wait = 0; wait < 20 && scrolled == 0; wait++) {
            browser.pause(Duration.ofMillis(100)); // the browser may scroll smoothly
            scrolled = ((Number) browser.script("return document.querySelector(arguments[0]).scrollLeft", region))
                    .doubleValue();
        }
        assertTrue(
                scrolled > 0,
                "the arrow keys scroll the table sideways: "
                        + browser.script(
                                "var r = document.querySelector(arguments[0]); return r.scrollWidth + ' > ' + r.clientWidth"
                                        + " + ' (focus on ' + document.activeElement.outerHTML.substring(0, 80) + ')'",
                                region));

        browser.script(
                "document.querySelector(arguments[0]).style.maxWidth = '';"
                        + " window.dispatchEvent(new Event('resize'));",
                region);
        browser.waitFor(region + ":not([tabindex])");
    }
}
