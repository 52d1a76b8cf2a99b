package nl.leerkracht.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, with the page actions the tests
 * share: log in, read the menu, take a screenshot, ask for a page's HTTP status as this user.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Where files the browser downloads (exports) end up. */
    static final Path DOWNLOADS = Path.of(System.getProperty("leerkracht.screenshots", "target/screenshots"))
            .resolveSibling("downloads");

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final ChromeDriver driver;
    private final String base;
    /**
     * Each browser is a computer of its own: it comes through the proxy the app trusts on the
     * loopback address (LEERKRACHT_TRUSTED_PROXIES) with an address of its own, so what is limited
     * per client (password guessing, public forms) counts per scenario, as it would per person.
     */
    private final String client =
            "10." + RANDOM.nextInt(256) + "." + RANDOM.nextInt(256) + "." + (1 + RANDOM.nextInt(254));
    // HTTP/1.1: the default HTTP/2 upgrade on plain http stalls Payara on a large form post.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * A browser on this machine. It reaches the app on the loopback address, whatever address
     * Arquillian reports: the app trusts X-Forwarded-For from there only.
     */
    Browser(String base) {
        String loopback = base.replaceFirst("//[^/:]+", "//127.0.0.1");
        this.base = loopback.endsWith("/") ? loopback : loopback + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--lang=nl");
        // Downloads land in DOWNLOADS without asking.
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        DOWNLOADS.toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        // The console (script errors, failed requests) is kept, to tell why a wait was in vain.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand(
                "Network.setExtraHTTPHeaders",
                java.util.Map.of("headers", java.util.Map.of("X-Forwarded-For", client)));
        // Every page records what its Content Security Policy blocked, in the tab's session storage,
        // which lasts across the pages of one site: see cspViolations().
        driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                java.util.Map.of(
                        "source",
                        "document.addEventListener('securitypolicyviolation', function (e) {"
                                + " try { var v = JSON.parse(sessionStorage.getItem('lk-csp') || '[]');"
                                + " v.push(location.pathname + ': ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')"
                                + " + (e.sample ? ' (' + e.sample + ')' : ''));"
                                + " sessionStorage.setItem('lk-csp', JSON.stringify(v)); } catch (ignored) { } });"));
    }

    /**
     * What the Content Security Policy blocked on the pages this browser showed of the app since
     * it opened (or since the last call); empty when the current page is not the app's.
     */
    List<String> cspViolations() {
        try {
            Object recorded = driver.executeScript("var v = sessionStorage.getItem('lk-csp') || '[]';"
                    + " sessionStorage.removeItem('lk-csp'); return JSON.parse(v);");
            List<String> violations = new ArrayList<>();
            if (recorded instanceof List<?> list) {
                list.forEach(item -> violations.add(String.valueOf(item)));
            }
            return violations;
        } catch (org.openqa.selenium.WebDriverException notTheApp) {
            return List.of();
        }
    }

    /** The app's address as this browser uses it. */
    String base() {
        return base;
    }

    /** The address this browser's requests come from, as the app sees it. */
    String client() {
        return client;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Opens a page of another site, e.g. one an attacker made. */
    void openElsewhere(String url) {
        driver.get(url);
    }

    /** The address the browser shows now. */
    String url() {
        return driver.getCurrentUrl();
    }

    /** Logs in through the login page, as a person would. */
    void login(String username, String password) {
        open("login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        clickAndWait("loginForm:submit");
    }

    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    void clickAndWait(String id) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(old));
    }

    /** Follows the link matching the CSS selector and waits until its page has replaced this one. */
    void follow(String css) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(css)).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(old));
    }

    /** Whether the page an element belonged to has been replaced. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            // Chromium sometimes reports a node of a page being replaced this way instead of as stale.
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Replaces a field's content as a user would: select all, then type (works for formatted inputs too). */
    void replace(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /**
     * Types into a data table's column filter and waits until the table has answered a filter
     * request for exactly that text. A filter sends its request a moment after the last keystroke
     * (its filterDelay): until then no request is queued, so waiting for ajax alone could pass
     * before it, and the late answer would then redraw the table under the next click.
     */
    void filter(String id, String text) {
        driver.executeScript("window.lkFiltered = [];"
                + " if (!window.lkFilterWatch) { window.lkFilterWatch = true;"
                + " jQuery(document).on('pfAjaxComplete', function (e, xhr, settings) {"
                + " const data = settings && settings.data;"
                + " if (window.lkFiltered && (typeof data === 'string' || data instanceof FormData)) {"
                + " window.lkFiltered.push(new URLSearchParams(data)); } }); }");
        replace(id, text);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> Boolean.TRUE.equals(driver.executeScript(
                            "return window.lkFiltered.some(p => p.get(arguments[0]) === arguments[1]"
                                    + " && Array.from(p.keys()).some(k => k.endsWith('_filtering')));",
                            id,
                            text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the filter " + id + " never asked for \"" + text + "\" on " + path(), e);
        }
        waitForAjax();
    }

    /** Picks an option of a PrimeFaces selectOneMenu by its label, as a user would: open, then click. */
    void choose(String id, String label) {
        // PrimeFaces closes an open list when the page scrolls. So the menu goes to the middle of the
        // window first, and the click waits until the browser has handled that scroll (two frames).
        WebElement menu = driver.findElement(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", menu);
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)));");
        menu.click();
        By option = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(option).isDisplayed());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("choose-" + id.replace(':', '-'));
            List<WebElement> panels = driver.findElements(By.cssSelector("[id='" + id + "_panel']"));
            throw new AssertionError(
                    "no option '" + label + "' in " + id + ": "
                            + (panels.isEmpty() ? "no panel" : panels.get(0).getAttribute("outerHTML")),
                    e);
        }
        // The list opens with a transition: a click while it still moves lands beside the option.
        driver.executeAsyncScript(
                "const panel = arguments[0], done = arguments[arguments.length - 1];"
                        + " const settle = () => { const running = panel.getAnimations({subtree: true});"
                        + "   if (running.length === 0) { requestAnimationFrame(() => done()); return; }"
                        + "   Promise.allSettled(running.map(a => a.finished)).then(() => requestAnimationFrame(settle)); };"
                        + " settle();",
                driver.findElement(By.cssSelector("[id='" + id + "_panel']")));
        driver.findElement(option).click();
        // The list closes with an animation; the next menu is usable once it has, and the choice shows.
        try {
            new WebDriverWait(driver, Duration.ofSeconds(2))
                    .until(d -> d.findElements(By.cssSelector("[id='" + id + "_panel']")).stream()
                            .noneMatch(WebElement::isDisplayed));
        } catch (org.openqa.selenium.TimeoutException | StaleElementReferenceException stillOpen) {
            // A menu whose choice re-renders the form may leave its list to the update; the label tells.
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> label.equals(d.findElement(By.id(id + "_label")).getText()));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("choose-" + id.replace(':', '-'));
            throw new AssertionError(
                    "chose '" + label + "' in " + id + " but it shows '"
                            + driver.findElement(By.id(id + "_label")).getText() + "'",
                    e);
        }
    }

    /** How many elements match a CSS selector. */
    int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    /** The full id of the first element whose id ends with the suffix (components inside a repeat). */
    String idEndingWith(String suffix) {
        return driver.findElement(By.cssSelector("[id$='" + suffix + "']")).getAttribute("id");
    }

    /** Ticks a PrimeFaces checkbox. */
    void check(String id) {
        driver.findElement(By.cssSelector("[id='" + id + "'] .ui-chkbox-box")).click();
    }

    /** Types into the first field whose id ends with the suffix (fields inside a repeat). */
    void typeInto(String idSuffix, String text) {
        WebElement field = driver.findElement(By.cssSelector("[id$='" + idSuffix + "']"));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
    }

    /** Sends a Tab from the field, so its change event fires. */
    void leave(String id) {
        driver.findElement(By.id(id)).sendKeys(Keys.TAB);
    }

    /** The current value of an input field. */
    String value(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** Chooses a file for a file input, as a user picking it in the file dialog. */
    void upload(String inputId, Path file) {
        // An upload widget an earlier answer is still replacing is found again, as a person would see it anew.
        for (int attempt = 1; ; attempt++) {
            try {
                driver.findElement(By.id(inputId))
                        .sendKeys(file.toAbsolutePath().toString());
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 5) {
                    throw replaced;
                }
                waitForAjax();
            }
        }
    }

    /** Scrolls an element into the middle of the window, e.g. before a screenshot. */
    void show(String css) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", driver.findElement(By.cssSelector(css)));
    }

    /** Runs a script in the page, as a hostile user could from the browser's console. */
    Object script(String javascript, Object... args) {
        return driver.executeScript(javascript, args);
    }

    /** The visible text of one element. */
    String textOf(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    /**
     * Waits until PrimeFaces has no ajax request queued or running (an upload's answer included),
     * and nothing on the page is being animated: an upload's finished file fades out and then goes,
     * moving what lies below it, so a click just then could land beside its button.
     */
    void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(
                        d -> Boolean.TRUE.equals(
                                driver.executeScript(
                                        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                                                + " && (!window.jQuery || jQuery.active === 0 && jQuery(':animated').length === 0));")));
    }

    /** Picks an option of a menu whose choice opens another page, and waits until that page is there. */
    void chooseAndWait(String id, String label) {
        WebElement old = driver.findElement(By.tagName("html"));
        choose(id, label);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> isGone(old));
        waitFor("main");
    }

    /** Waits until the page shows the text, e.g. after an ajax request. */
    void waitForText(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        try {
                            return text().contains(text);
                        } catch (WebDriverException e) {
                            // A page being replaced while its text is read: Chromium may report its node
                            // this way instead of as stale (see isGone); the next look reads the new page.
                            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                                return false;
                            }
                            throw e;
                        }
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + Math.abs(text.hashCode()));
            throw new AssertionError(
                    "waited in vain for \"" + text + "\" on " + path() + ", which shows:\n" + text()
                            + "\nThe browser's console said:\n" + console(),
                    e);
        }
    }

    /** Waits until the element is shown, also when an ajax update replaces it meanwhile. */
    void waitUntilVisible(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id(id)).isDisplayed());
        // A dialog is visible before the ajax call that opened it has finished and before it has
        // settled in its place: a click just then can land on the overlay beside its button.
        waitForAjax();
        // A dialog moves the focus into itself 50 ms after it shows (a text area then fits its
        // height): a click whose press comes before that and whose release after may miss. A dialog
        // with nothing to focus keeps it outside: then two seconds pass and the click goes ahead.
        try {
            new WebDriverWait(driver, Duration.ofSeconds(2))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> Boolean.TRUE.equals(driver.executeScript(
                            "const el = document.getElementById(arguments[0]);"
                                    + " const dialog = el && el.closest('.ui-dialog');"
                                    + " return !dialog || dialog.contains(document.activeElement);",
                            id)));
        } catch (org.openqa.selenium.TimeoutException nothingToFocus) {
            // as said: the dialog has settled by now
        }
    }

    /** Waits until an element matching the CSS selector is on the page, e.g. one a script draws. */
    void waitFor(String css) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + Math.abs(css.hashCode()));
            throw new AssertionError("waited in vain for " + css + " on " + path(), e);
        }
    }

    /** Waits until a table shows rows, each of which contains the text (after a filter, say). */
    void waitForRowsContaining(String tableId, String text) {
        String css = "[id='" + tableId + "_data'] > tr[data-ri]";
        String wanted = text.toLowerCase(java.util.Locale.ROOT);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                try {
                    List<WebElement> rows = d.findElements(By.cssSelector(css));
                    return !rows.isEmpty()
                            && rows.stream()
                                    .allMatch(row -> row.getText()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .contains(wanted));
                } catch (StaleElementReferenceException replaced) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + Math.abs(css.hashCode()));
            throw new AssertionError(
                    "waited in vain for rows with \"" + text + "\" in " + tableId + ", which shows:\n" + text(), e);
        }
    }

    /** Waits until exactly this many elements match the CSS selector, e.g. rows after an ajax add or remove. */
    void waitForCount(String css, int count) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector(css)).size() == count);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + Math.abs(css.hashCode()));
            throw new AssertionError(
                    "waited in vain for " + count + " × " + css + " on " + path() + ", which shows:\n" + text(), e);
        }
    }

    /** Waits until the keyboard focus is on the element matching the CSS selector, e.g. the button that opened a closed dialog. */
    void waitUntilFocused(String css) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> Boolean.TRUE.equals(driver.executeScript(
                            "return document.activeElement !== null && document.activeElement.matches(arguments[0]);",
                            css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "the focus is not on " + css + " but on "
                            + driver.executeScript(
                                    "var e = document.activeElement; return e ? e.outerHTML.substring(0, 200) : 'nothing';")
                            + "\nconsole:\n" + console(),
                    e);
        }
    }

    /** Presses Escape where the focus is, as a keyboard user closes a dialog. */
    void pressEscape() {
        press(Keys.ESCAPE);
    }

    /** Waits a moment, for what the page does by itself over time (a smooth scroll). */
    void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Presses keys where the focus is, as a keyboard user does. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** Waits until the element is hidden or gone, e.g. a dialog closing after a save. */
    void waitUntilHidden(String id) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.id(id)).stream().noneMatch(WebElement::isDisplayed));
    }

    void logout() {
        clickAndWait("logoutForm:logout");
    }

    /** The path of the current page below the application root, e.g. {@code centraal/index.xhtml}. */
    String path() {
        String url = driver.getCurrentUrl();
        String path = url.startsWith(base) ? url.substring(base.length()) : url;
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    String title() {
        return driver.findElement(By.cssSelector("h1.lk-title")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** What the page's scripts and the browser wrote to the console since the last call. */
    String console() {
        try {
            return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(entry -> entry.getLevel() + " " + entry.getMessage())
                    .collect(java.util.stream.Collectors.joining("\n"));
        } catch (org.openqa.selenium.WebDriverException unavailable) {
            return "(not available: " + unavailable.getClass().getSimpleName() + ")";
        }
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    List<String> menu() {
        return driver.findElements(By.cssSelector(".lk-menu .ui-menuitem-text")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> messages() {
        return driver.findElements(By.cssSelector(".ui-messages-error-summary, .ui-message-error-detail")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String sessionId() {
        Cookie cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /**
     * Forgets this browser's session, as if it were another browser: the session itself stays open
     * on the server, for {@link #status(String, String)}.
     */
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** The HTTP status of a page when requested with this browser's session. */
    int status(String path) {
        return status(path, sessionId());
    }

    /** The headers of the answer to a GET, with the given session or none. */
    java.net.http.HttpHeaders headers(String path, String session) {
        return get(path, session).headers();
    }

    /** The HTTP status of a page when requested with the given session (none for null). */
    int status(String path, String session) {
        return get(path, session).statusCode();
    }

    private HttpResponse<Void> get(String path, String session) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Forwarded-For", client);
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download (PDF, CSV) requested with this browser's session. */
    HttpResponse<byte[]> download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", client);
        String session = sessionId();
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the browser has saved a download of that name, and returns its bytes. */
    byte[] waitForDownload(String name) {
        Path file = DOWNLOADS.resolve(name);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> Files.isRegularFile(file) && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
        } catch (org.openqa.selenium.TimeoutException e) {
            try (var files = Files.list(DOWNLOADS)) {
                throw new AssertionError("no download " + name + "; the folder holds " + files.toList(), e);
            } catch (IOException listing) {
                throw new UncheckedIOException(listing);
            }
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a non-ajax button of a form on the current page answers, posted with this browser's
     * session and the page's view state: for exports whose file type headless Chromium holds back
     * for a download check it cannot make without internet.
     */
    HttpResponse<byte[]> submit(String formId, String buttonId) {
        return submit(formId, buttonId, java.util.Map.of());
    }

    /** Posts the form with these field values as a client outside the browser could, bypassing its checks. */
    HttpResponse<byte[]> submit(String formId, String buttonId, java.util.Map<String, String> fields) {
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put(formId, formId);
        form.put(buttonId, "");
        form.put(
                "jakarta.faces.ViewState",
                driver.findElement(By.cssSelector("[id='" + formId + "'] input[name='jakarta.faces.ViewState']"))
                        .getAttribute("value"));
        // PrimeFaces puts the page's CSP nonce into every form; a browser sends it along.
        for (WebElement nonce :
                driver.findElements(By.cssSelector("[id='" + formId + "'] input[name='primefaces.nonce']"))) {
            form.put("primefaces.nonce", nonce.getAttribute("value"));
        }
        form.putAll(fields);
        return post(form);
    }

    /**
     * The fields of a form on the current page as the browser would send them now (its
     * {@code FormData}: typed text, chosen options, ticked boxes, the view state and CSP nonce), for
     * {@link #post} with some of them changed.
     */
    java.util.Map<String, String> formFields(String formId) {
        Object pairs = driver.executeScript(
                "return Array.from(new FormData(document.getElementById(arguments[0])))"
                        + ".filter(function (e) { return typeof e[1] === 'string'; });",
                formId);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (pairs instanceof List<?> list) {
            for (Object pair : list) {
                List<?> entry = (List<?>) pair;
                fields.putIfAbsent(String.valueOf(entry.get(0)), String.valueOf(entry.get(1)));
            }
        }
        return fields;
    }

    /** The page at an address (absolute, or below the app) in that session, from this browser's address, without following redirects. */
    HttpResponse<byte[]> fetch(String address, String session) {
        URI uri = URI.create(driver.getCurrentUrl()).resolve(address);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", client)
                .header("Cookie", "JSESSIONID=" + session)
                .GET()
                .build();
        return send(request);
    }

    /** Posts exactly these fields to the current page, with this browser's session and address. */
    HttpResponse<byte[]> post(java.util.Map<String, String> fields) {
        return post(fields, sessionId());
    }

    /** Posts exactly these fields to the current page in that session (a login gives it a new id), from this browser's address. */
    HttpResponse<byte[]> post(java.util.Map<String, String> fields, String session) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&")
                .append(encode(name))
                .append('=')
                .append(encode(value)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(driver.getCurrentUrl()))
                .timeout(Duration.ofSeconds(60))
                .header("X-Forwarded-For", client)
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        return send(request);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Removes an earlier download of that name. */
    static void forget(String name) {
        try {
            Files.deleteIfExists(DOWNLOADS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's addresses the current page links to, below the application root, in page order. */
    List<String> links() {
        Object hrefs = driver.executeScript(
                "return Array.from(document.querySelectorAll('a[href]'), function (a) { return a.href; });");
        List<String> links = new ArrayList<>();
        if (hrefs instanceof List<?> list) {
            for (Object href : list) {
                String link = String.valueOf(href);
                if (link.startsWith(base)) {
                    links.add(link.substring(base.length()));
                }
            }
        }
        return links;
    }

    /**
     * What axe-core finds against WCAG 2.0 and 2.1, levels A and AA, on the page as it is now: one
     * line per element, naming the page, who looked, the rule and the element.
     */
    List<String> accessibilityViolations(String who) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> found = new ArrayList<>();
        if (results.isErrored()) {
            found.add(path() + " (" + who + "): axe-core could not finish: " + results.getErrorMessage());
        }
        for (com.deque.html.axecore.results.Rule rule : results.getViolations()) {
            for (com.deque.html.axecore.results.CheckedNode node : rule.getNodes()) {
                found.add(path() + " (" + who + "): " + rule.getId() + " (" + rule.getImpact() + ") at "
                        + node.getTarget() + ": " + node.getHtml().replaceAll("\\s+", " ")
                        + " | " + String.valueOf(node.getFailureSummary()).replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    /** Saves a screenshot under target/screenshots for a person to look at. */
    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("leerkracht.screenshots", "target/screenshots"));
            Files.createDirectories(dir.resolve(name).getParent());
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screenshot at phone width (390 px), then back to the desktop window.
     *
     * @return how many pixels the page is wider than the phone's screen: 0 when nothing scrolls sideways
     */
    long phoneScreenshot(String name) {
        return onPhone(() -> {
            screenshot(name);
            return overflow();
        });
    }

    /** Looks at the page at phone width (390 px), then goes back to the desktop window. */
    <T> T onPhone(java.util.function.Supplier<T> look) {
        return atWidth(390, 844, look);
    }

    /** Looks at the page in a window of that size (a phone, a tablet), then goes back to the desktop window. */
    <T> T atWidth(int width, int height, java.util.function.Supplier<T> look) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5))
                    .until(d -> ((Number) driver.executeScript("return window.innerWidth")).longValue() <= width);
            return look.get();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /**
     * How many pixels the page is wider than the window's room for it (without a scroll bar): 0
     * when nothing scrolls sideways.
     */
    long overflow() {
        return ((Number) driver.executeScript("return Math.max(0, document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth)"))
                .longValue();
    }

    /**
     * Closes the browser, and fails when the Content Security Policy blocked anything on the pages
     * it showed that no one asked about ({@link #cspViolations()}): every browser of every scenario
     * is checked, a second one too.
     */
    @Override
    public void close() {
        List<String> blocked;
        try {
            // A violation is reported a moment after the browser blocked: let the page finish.
            driver.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 100);");
            blocked = cspViolations();
        } catch (org.openqa.selenium.WebDriverException gone) {
            blocked = List.of();
        } finally {
            driver.quit();
        }
        assertEquals(List.of(), blocked, "the Content Security Policy blocked something");
    }
}
