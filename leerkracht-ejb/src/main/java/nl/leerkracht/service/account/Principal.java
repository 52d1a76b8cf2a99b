package nl.leerkracht.service.account;

import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Lidmaatschap;

/**
 * The name a logged-in person goes by in the container: the user name while they work in their
 * first membership, {@code username#id} in another one ({@code sanne#12}). The services read the
 * chosen membership from it ({@link AccountService#getCaller()}); the session keeps it with the
 * membership's role as the only group, so {@code @RolesAllowed} and the scope follow the same choice.
 * A user name never holds '#'.
 */
public final class Principal {

    private static final char SCHEIDING = '#';

    private Principal() {}

    /** The name for working in this membership of the account. */
    public static String of(Account account, Lidmaatschap lidmaatschap) {
        return lidmaatschap == account.getLidmaatschappen().get(0)
                ? account.getUsername()
                : account.getUsername() + SCHEIDING + lidmaatschap.getId();
    }

    /** The user name in a principal's name. */
    public static String username(String principal) {
        int scheiding = principal.indexOf(SCHEIDING);
        return scheiding < 0 ? principal : principal.substring(0, scheiding);
    }

    /** The chosen membership in a principal's name; null for the first. */
    public static Long lidmaatschapId(String principal) {
        int scheiding = principal.indexOf(SCHEIDING);
        if (scheiding < 0) {
            return null;
        }
        try {
            return Long.valueOf(principal.substring(scheiding + 1));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
