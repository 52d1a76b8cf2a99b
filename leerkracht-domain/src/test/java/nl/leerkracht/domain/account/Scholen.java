package nl.leerkracht.domain.account;

import java.lang.reflect.Field;
import nl.leerkracht.domain.school.Adres;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.BrinCode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;

/** PO schools for the account tests, each with the id the database would give it. */
final class Scholen {

    private static final Adres ADRES = new Adres("Schoolstraat", "1", "3511 AB", "Utrecht", null, null);

    private Scholen() {}

    static School school(String brin, Bestuur bestuur, long id) {
        School school = new School(BrinCode.of(brin), "School " + brin, Sector.PO, bestuur, ADRES, 20);
        zetId(School.class, school, id);
        return school;
    }

    static void zetId(Class<?> type, Object object, long id) {
        try {
            Field field = type.getDeclaredField("id");
            field.setAccessible(true);
            field.set(object, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
