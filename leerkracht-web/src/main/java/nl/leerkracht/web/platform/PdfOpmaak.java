package nl.leerkracht.web.platform;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** The house style of the platform's PDFs (OpenPDF): fonts, colour and the cells of their tables. */
public final class PdfOpmaak {

    public static final Color KLEUR = new Color(0x1f, 0x4e, 0x79);
    public static final Font TITEL = new Font(Font.HELVETICA, 18, Font.BOLD, KLEUR);
    public static final Font KOP = new Font(Font.HELVETICA, 13, Font.BOLD, KLEUR);
    public static final Font VET = new Font(Font.HELVETICA, 10, Font.BOLD);
    public static final Font GEWOON = new Font(Font.HELVETICA, 10);
    public static final Font KLEIN = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private PdfOpmaak() {}

    /** A label and its value, without borders. */
    public static void rij(PdfPTable tabel, String label, String waarde) {
        PdfPCell links = new PdfPCell(new Phrase(label, VET));
        links.setBorder(PdfPCell.NO_BORDER);
        PdfPCell rechts = new PdfPCell(new Phrase(waarde == null ? "" : waarde, GEWOON));
        rechts.setBorder(PdfPCell.NO_BORDER);
        tabel.addCell(links);
        tabel.addCell(rechts);
    }

    /** A header cell: white on the house colour. */
    public static void kopcel(PdfPTable tabel, String tekst) {
        PdfPCell cel = new PdfPCell(new Phrase(tekst, new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE)));
        cel.setBackgroundColor(KLEUR);
        cel.setPadding(5);
        tabel.addCell(cel);
    }

    public static PdfPCell cel(String tekst, int uitlijning) {
        PdfPCell cel = new PdfPCell(new Phrase(tekst == null ? "" : tekst, GEWOON));
        cel.setHorizontalAlignment(uitlijning);
        cel.setPadding(5);
        return cel;
    }
}
