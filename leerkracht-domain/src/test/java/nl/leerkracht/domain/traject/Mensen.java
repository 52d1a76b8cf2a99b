package nl.leerkracht.domain.traject;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.school.School;

/** People of a school for the board's tests, each with an id of their own as the database gives. */
final class Mensen {

    private static final AtomicLong IDS = new AtomicLong(1000);

    private Mensen() {}

    /** An active teacher of the trajectory's school. */
    static Account van(Traject traject, String naam) {
        return met(traject.getSchool(), naam, Rol.LERAAR);
    }

    static Account met(School school, String naam, Rol rol) {
        long id = IDS.incrementAndGet();
        Account account = Account.ofSchool(
                naam.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + id,
                naam,
                "p" + id + "@school.nl",
                rol,
                school,
                "x");
        try {
            Field field = Account.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return account;
    }
}
