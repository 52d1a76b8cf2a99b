package nl.leerkracht.service.inschrijving;

import jakarta.json.bind.adapter.JsonbAdapter;
import nl.leerkracht.domain.inschrijving.Aanvrager;

/**
 * The applicant's function in the REST API's JSON, by its name ({@code SCHOOLLEIDER}). A name that
 * is no function reads as none, so the service answers it as it answers a missing one, with the
 * Dutch message that names the choices ({@code inschrijving.fout.functie}), as {@link SchooljaarJson}
 * does for a school year.
 */
public class AanvragerFunctieJson implements JsonbAdapter<Aanvrager.Functie, String> {

    @Override
    public String adaptToJson(Aanvrager.Functie functie) {
        return functie == null ? null : functie.name();
    }

    @Override
    public Aanvrager.Functie adaptFromJson(String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return Aanvrager.Functie.valueOf(tekst.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
