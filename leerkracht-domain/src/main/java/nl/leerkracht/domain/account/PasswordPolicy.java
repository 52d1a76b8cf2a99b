package nl.leerkracht.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.leerkracht.domain.shared.Regelfout;

/**
 * The rule for a new password (OWASP ASVS 4.0.3 §2.1): at least {@value #MIN_LENGTH} and at most
 * {@value #MAX_LENGTH} characters, spaces and any Unicode allowed, no composition rules, and not on
 * the list of common passwords the platform ships ({@code veelgebruikte-wachtwoorden.txt}).
 * Characters are counted as code points, so an emoji counts as one.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "veelgebruikte-wachtwoorden.txt";

    private PasswordPolicy() {}

    /**
     * @return the password, unchanged (no trimming: a space is a character like any other)
     * @throws Regelfout {@code wachtwoord.fout.kort}, {@code wachtwoord.fout.lang} or
     *         {@code wachtwoord.fout.veelgebruikt}
     */
    public static String check(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new Regelfout("wachtwoord.fout.kort", "a password of " + length + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new Regelfout("wachtwoord.fout.lang", "a password of " + length + " characters");
        }
        if (isCommon(password)) {
            throw new Regelfout("wachtwoord.fout.veelgebruikt", "a common password");
        }
        return password;
    }

    /**
     * A new password as typed twice on a form.
     *
     * @return the password, unchanged
     * @throws Regelfout the rules of {@link #check(String)}, or {@code wachtwoord.fout.herhaling}
     *         when the repetition differs
     */
    public static String check(String password, String repetition) {
        String checked = check(password);
        if (!checked.equals(repetition)) {
            throw new Regelfout("wachtwoord.fout.herhaling", "the passwords differ");
        }
        return checked;
    }

    /** Whether the password is on the shipped list, regardless of case. */
    public static boolean isCommon(String password) {
        return Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Loaded once, on first use. */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(LIST);
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the domain module");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> passwords = new HashSet<>(40_000);
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
