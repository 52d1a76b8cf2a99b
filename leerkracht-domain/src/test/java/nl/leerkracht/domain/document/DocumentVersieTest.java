package nl.leerkracht.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.leerkracht.domain.shared.Bestandstype;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.traject.Fase;
import org.junit.jupiter.api.Test;

class DocumentVersieTest {

    static final byte[] PDF = "%PDF-1.7\n% sessie\n".getBytes(StandardCharsets.US_ASCII);
    static final long MB25 = 25L * 1024 * 1024;

    private static String code(Runnable actie) {
        return assertThrows(Regelfout.class, actie::run).getCode();
    }

    @Test
    void eachUploadIsTheNextVersionAndTheNewestIsOffered() {
        Sessiedocument document =
                new Sessiedocument("Werkblad feedback", Fase.TRAININGSFASE, Instrument.LESBEZOEK, null, null);
        DocumentVersie een = new DocumentVersie(document, "werkblad.pdf", PDF, MB25, "Carla", Instant.EPOCH);
        DocumentVersie twee = new DocumentVersie(document, "werkblad v2.pdf", PDF, MB25, "Carla", Instant.EPOCH);
        assertEquals(1, een.getVersie());
        assertEquals(2, twee.getVersie());
        assertEquals(2, document.getLaatsteVersie());
        assertEquals(Bestandstype.PDF, twee.getBestandstype());
    }

    @Test
    void aRenamedProgramAnHtmlPageAnEmptyOrOversizedFileIsRefusedAndNoVersionIsUsed() {
        Sessiedocument document = new Sessiedocument("Werkblad", null, null, null, null);
        assertEquals(
                "bestand.fout.type",
                code(() -> new DocumentVersie(
                        document, "werkblad.pdf", new byte[] {'M', 'Z', 0, 0}, MB25, "C", Instant.EPOCH)));
        assertEquals(
                "bestand.fout.type",
                code(() -> new DocumentVersie(
                        document,
                        "les.html",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                        MB25,
                        "C",
                        Instant.EPOCH)));
        assertEquals(
                "bestand.fout.leeg",
                code(() -> new DocumentVersie(document, "leeg.pdf", new byte[0], MB25, "C", Instant.EPOCH)));
        assertEquals(
                "bestand.fout.groot",
                code(() -> new DocumentVersie(document, "groot.pdf", PDF, PDF.length - 1, "C", Instant.EPOCH)));
        assertEquals(0, document.getLaatsteVersie(), "a refused upload uses no version number");
    }
}
