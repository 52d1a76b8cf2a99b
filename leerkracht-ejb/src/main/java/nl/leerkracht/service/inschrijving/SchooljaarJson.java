package nl.leerkracht.service.inschrijving;

import jakarta.json.bind.adapter.JsonbAdapter;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * A school year in the REST API's JSON, as text such as {@code 2027-2028}. Text that is no school
 * year reads as none, so the service answers it as it answers a missing one, with the Dutch message
 * that names an example ({@code inschrijving.fout.startjaar}).
 */
public class SchooljaarJson implements JsonbAdapter<Schooljaar, String> {

    @Override
    public String adaptToJson(Schooljaar jaar) {
        return jaar == null ? null : jaar.toString();
    }

    @Override
    public Schooljaar adaptFromJson(String tekst) {
        try {
            return tekst == null ? null : Schooljaar.parse(tekst);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
