package nl.leerkracht.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An error is shown once (issue 14). A page whose fields carry their own messages says so with
 * {@code fieldMessages}, and the list at the top then shows only the form's messages: so on such a
 * page every field must have its message, or its error would be shown nowhere; and a page with
 * field messages that does not say so would show each error twice.
 */
class FieldMessagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern FIELD = Pattern.compile(
            "<p:(inputText|inputTextarea|password|inputNumber|inputMask|selectOneMenu|selectOneRadio"
                    + "|selectBooleanCheckbox|selectManyCheckbox|selectCheckboxMenu|datePicker|autoComplete)\\b[^>]*?\\sid=\"([^\"]+)\"",
            Pattern.DOTALL);
    private static final Pattern MESSAGE = Pattern.compile("<p:message\\b[^>]*?\\sfor=\"([^\"]+)\"", Pattern.DOTALL);
    /** A field through the tag file that shows its own message (WEB-INF/tags/field.xhtml). */
    private static final Pattern FIELD_TAG_MESSAGE =
            Pattern.compile("<lk:field\\b[^>]*?\\sinput=\"([^\"]+)\"[^>]*?\\smessage=\"true\"", Pattern.DOTALL);

    private static List<Path> pages() {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml"))
                    .filter(f -> !f.startsWith(WEBAPP.resolve("WEB-INF")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> all(Pattern pattern, String text, int group) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(group));
        }
        return found;
    }

    @Test
    void onAPageWithFieldMessagesEveryFieldHasOneAndTheListShowsOnlyTheFormsOwn() {
        List<String> wrong = new ArrayList<>();
        int withFieldMessages = 0;
        for (Path page : pages()) {
            String text = read(page);
            boolean says = text.contains("<ui:param name=\"fieldMessages\" value=\"true\"/>");
            Set<String> messages = all(MESSAGE, text, 1);
            messages.addAll(all(FIELD_TAG_MESSAGE, text, 1));
            if (says) {
                withFieldMessages++;
                Set<String> without = all(FIELD, text, 2);
                without.removeAll(messages);
                if (!without.isEmpty()) {
                    wrong.add(WEBAPP.relativize(page) + ": fields without a message of their own " + without);
                }
            } else if (!messages.isEmpty() && text.contains("template=\"/WEB-INF/templates/layout.xhtml\"")) {
                wrong.add(WEBAPP.relativize(page) + ": field messages " + messages
                        + " would show again in the list at the top; set the ui:param fieldMessages");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(withFieldMessages >= 7, "the pages with field messages were found: " + withFieldMessages);
    }
}
