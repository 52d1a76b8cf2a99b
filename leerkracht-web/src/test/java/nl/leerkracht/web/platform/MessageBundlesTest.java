package nl.leerkracht.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The UI's texts: the same keys in Dutch and English, each a valid message format, in one voice. */
class MessageBundlesTest {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    /** The formal "u" or "uw" as a word: the platform says "je". */
    private static final Pattern FORMAL = Pattern.compile("(?<![\\p{L}\\\\])[Uu]w?(?!\\p{L})");
    /** A plural patched on with brackets, where a choice format says it properly. */
    private static final Pattern BRACKET_PLURAL = Pattern.compile("\\p{L}\\((s|en|'s)\\)");

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/nl/leerkracht/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() {
        assertEquals(
                new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_en.properties").stringPropertyNames()));
    }

    /** A key given twice shows the last text everywhere: a page's heading would take another page's words. */
    @Test
    void noKeyIsGivenTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            List<String> twice = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/nl/leerkracht/web/i18n/" + name)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    int is = line.indexOf('=');
                    if (is > 0
                            && !line.startsWith("#")
                            && !line.startsWith(" ")
                            && !seen.add(line.substring(0, is).trim())) {
                        twice.add(line.substring(0, is).trim());
                    }
                }
            }
            assertTrue(twice.isEmpty(), name + " gives these keys twice: " + twice);
        }
    }

    @Test
    void everyTextIsAValidMessageFormat() {
        List<String> broken = new ArrayList<>();
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = bundle(name);
            for (String key : texts.stringPropertyNames()) {
                try {
                    new MessageFormat(texts.getProperty(key), NL);
                } catch (IllegalArgumentException e) {
                    broken.add(name + " " + key + ": " + e.getMessage());
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void theDutchTextsSayJeAndCountProperly() {
        Properties texts = bundle("messages.properties");
        List<String> wrong = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (FORMAL.matcher(text).find() || BRACKET_PLURAL.matcher(text).find()) {
                wrong.add(key + "=" + text);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void countsAreWordedForNoneOneAndMany() {
        Properties texts = bundle("messages.properties");
        MessageFormat klachten = new MessageFormat(texts.getProperty("klachten.samenvatting"), NL);
        assertEquals("Nog geen klachten.", klachten.format(new Object[] {0, 0, 0}));
        assertEquals("1 klacht: 1 open, 0 met een verstreken termijn.", klachten.format(new Object[] {1, 1, 0}));
        assertEquals(
                "1.200 klachten: 3 open, 2 met een verstreken termijn.", klachten.format(new Object[] {1200, 3, 2}));
        MessageFormat telling = new MessageFormat(texts.getProperty("bordsessie.telling"), NL);
        assertEquals("1 doel besproken, geen acties afgerond, 2 nieuw", telling.format(new Object[] {1, 0, 2}));
        MessageFormat coach = new MessageFormat(texts.getProperty("expertcoach.samenvatting"), NL);
        assertEquals("Je begeleidt 1 cluster met samen 12 scholen.", coach.format(new Object[] {1, 12}));
    }
}
