package nl.leerkracht.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class BestandstypeTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String code(String naam, byte[] inhoud) {
        return assertThrows(Regelfout.class, () -> Bestandstype.herken(naam, inhoud))
                .getCode();
    }

    @Test
    void recognisesPdfImagesAndOfficeFilesByTheirContent() throws IOException {
        assertEquals(
                Bestandstype.PDF,
                Bestandstype.herken("brief.PDF", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(
                Bestandstype.PNG,
                Bestandstype.herken("foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(
                Bestandstype.JPEG,
                Bestandstype.herken("foto.jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(
                Bestandstype.DOCX,
                Bestandstype.herken("verslag.docx", zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(
                Bestandstype.XLSX, Bestandstype.herken("lijst.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    @Test
    void refusesARenamedProgramAnHtmlPageAndAnEmptyFile() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0};
        assertEquals("bestand.fout.type", code("rapport.pdf", exe));
        assertEquals(
                "bestand.fout.type",
                code("brief.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("bestand.fout.leeg", code("leeg.pdf", new byte[0]));
    }

    @Test
    void refusesANameThatDoesNotFitTheContent() throws IOException {
        assertEquals("bestand.fout.extensie", code("pagina.html", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("bestand.fout.extensie", code("lijst.docx", zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    @Test
    void aZipThatIsNotAnOfficeFileIsRefused() throws IOException {
        assertEquals("bestand.fout.type", code("archief.docx", zip("readme.txt", "word/x.xml")));
    }

    @Test
    void safeNamesHaveNoPathQuotesOrControlCharacters() {
        assertEquals("passwd.pdf", Bestandstype.veiligeNaam("../../etc/passwd.pdf"));
        assertEquals("Verslag_Ede_.pdf", Bestandstype.veiligeNaam("C:\\Users\\x\\Verslag\"Ede\".pdf"));
        assertEquals("Cafe overleg.pdf", Bestandstype.veiligeNaam("Café overleg.pdf"));
        assertEquals("bestand", Bestandstype.veiligeNaam("..."));
        assertEquals(120, Bestandstype.veiligeNaam("a".repeat(300) + ".pdf").length());
    }
}
