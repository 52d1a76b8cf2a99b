package nl.leerkracht.service.inschrijving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nl.leerkracht.domain.inschrijving.Aanvrager;
import org.junit.jupiter.api.Test;

class AanvragerFunctieJsonTest {

    private final AanvragerFunctieJson json = new AanvragerFunctieJson();

    @Test
    void aFunctionIsReadAndWrittenByItsName() {
        assertEquals(Aanvrager.Functie.BESTUURDER, json.adaptFromJson(" BESTUURDER "));
        assertEquals("SCHOOLLEIDER", json.adaptToJson(Aanvrager.Functie.SCHOOLLEIDER));
    }

    @Test
    void aNameThatIsNoFunctionReadsAsNoneSoTheServiceAnswersItInDutch() {
        assertNull(json.adaptFromJson("DIRECTEUR"));
        assertNull(json.adaptFromJson(""));
        assertNull(json.adaptFromJson(null));
    }
}
