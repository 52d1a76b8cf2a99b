package nl.leerkracht.domain.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file people may upload (attachments, session documents): PDF, Office formats and
 * images. The kind is recognised from the content, not the name or the browser's word for it; the
 * name's extension must fit the content, so a renamed program or an HTML page is refused.
 */
public enum Bestandstype {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    /** The older binary Office formats share one container; the extension tells which. */
    OFFICE_97("application/octet-stream", "doc", "xls", "ppt");

    private static final int MAX_ZIP_ENTRIES = 2000;
    private static final int NAAM_LENGTH = 120;

    private final String mimeType;
    private final List<String> extensies;

    Bestandstype(String mimeType, String... extensies) {
        this.mimeType = mimeType;
        this.extensies = List.of(extensies);
    }

    /** The content type the file is served with, whatever the uploader's browser said. */
    public String getMimeType() {
        return mimeType;
    }

    /**
     * Recognises an uploaded file.
     *
     * @throws Regelfout {@code bestand.fout.leeg} for an empty file, {@code bestand.fout.type} for
     *         content that is not one of the accepted kinds, {@code bestand.fout.extensie} when the
     *         name's extension does not fit the content
     */
    public static Bestandstype herken(String bestandsnaam, byte[] inhoud) {
        if (inhoud == null || inhoud.length == 0) {
            throw new Regelfout("bestand.fout.leeg", "empty file " + bestandsnaam);
        }
        Bestandstype type = vanInhoud(inhoud);
        if (type == null) {
            throw new Regelfout("bestand.fout.type", "unknown content in " + bestandsnaam);
        }
        if (!type.extensies.contains(extensie(bestandsnaam))) {
            throw new Regelfout("bestand.fout.extensie", bestandsnaam + " holds " + type);
        }
        return type;
    }

    /**
     * A name safe to store and to send in a Content-Disposition header: no path, only letters,
     * digits, spaces, dots, dashes and underscores, at most 120 characters, extension kept.
     */
    public static String veiligeNaam(String bestandsnaam) {
        String naam = bestandsnaam == null ? "" : bestandsnaam;
        naam = naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1);
        naam = java.text.Normalizer.normalize(naam, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        naam = naam.replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("^[. ]+", "").trim();
        if (naam.isEmpty()) {
            naam = "bestand";
        }
        if (naam.length() > NAAM_LENGTH) {
            String ext = extensie(naam);
            naam = naam.substring(0, NAAM_LENGTH - ext.length() - 1) + "." + ext;
        }
        return naam;
    }

    private static String extensie(String naam) {
        int punt = naam == null ? -1 : naam.lastIndexOf('.');
        return punt < 0 ? "" : naam.substring(punt + 1).toLowerCase(Locale.ROOT);
    }

    private static Bestandstype vanInhoud(byte[] b) {
        if (begintMet(b, '%', 'P', 'D', 'F', '-')) {
            return PDF;
        }
        if (begintMet(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (begintMet(b, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (begintMet(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OFFICE_97;
        }
        if (begintMet(b, 'P', 'K', 3, 4)) {
            return ooxml(b);
        }
        return null;
    }

    /** An Office Open XML file is a ZIP with a content-types part and its application's folder. */
    private static Bestandstype ooxml(byte[] b) {
        boolean contentTypes = false;
        Bestandstype type = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String naam = entry.getName();
                contentTypes |= naam.equals("[Content_Types].xml");
                if (naam.startsWith("word/")) {
                    type = DOCX;
                } else if (naam.startsWith("xl/")) {
                    type = XLSX;
                } else if (naam.startsWith("ppt/")) {
                    type = PPTX;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return contentTypes ? type : null;
    }

    private static boolean begintMet(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(b, prefix.length), toBytes(prefix));
    }

    private static byte[] toBytes(int... waarden) {
        byte[] bytes = new byte[waarden.length];
        for (int i = 0; i < waarden.length; i++) {
            bytes[i] = (byte) waarden[i];
        }
        return bytes;
    }
}
