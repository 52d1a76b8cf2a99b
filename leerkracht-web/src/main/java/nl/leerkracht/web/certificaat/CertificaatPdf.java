package nl.leerkracht.web.certificaat;

import static nl.leerkracht.web.platform.PdfOpmaak.KLEUR;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import nl.leerkracht.service.certificaat.CertificaatRow;
import nl.leerkracht.web.platform.Messages;

/**
 * A certificate or proof of participation as a PDF (OpenPDF), in Dutch, in the foundation's layout:
 * whose it is, what for, the school and school year, the date of issue and a signature line, and at
 * the foot its verification code with a QR code of the public page that checks it.
 */
final class CertificaatPdf {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    /*
     * Embedded TrueType fonts with Unicode encoding: the standard Helvetica of a PDF knows only
     * Cp1252, which would drop the letters of names such as Şahin, Łukasz or Yıldız.
     */
    private static final BaseFont SANS = lettertype("LiberationSans-Regular");
    private static final BaseFont SANS_VET = lettertype("LiberationSans-Bold");
    private static final BaseFont MONO_VET = lettertype("LiberationMono-Bold");
    private static final Font MERK = new Font(SANS_VET, 14, Font.NORMAL, KLEUR);
    private static final Font KOP = new Font(SANS_VET, 28, Font.NORMAL, KLEUR);
    private static final Font NAAM = new Font(SANS_VET, 24);
    private static final Font TEKST = new Font(SANS, 13);
    private static final Font VET = new Font(SANS_VET, 13);
    private static final Font KLEIN = new Font(SANS, 8, Font.NORMAL, Color.DARK_GRAY);
    private static final Font CODE = new Font(MONO_VET, 13);
    /** The QR code's side, in points (4 cm). */
    private static final float QR = 113;

    private CertificaatPdf() {}

    /**
     * @param verificatieUrl the public page that checks this certificate's code
     */
    static byte[] render(CertificaatRow c, String verificatieUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 64, 64, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(tekst("certificaat.soort." + c.getSoort()) + " " + c.getNaam());
            document.addAuthor("Stichting leerKRACHT");
            document.addSubject(tekst("certificaat.pdf.onderwerp", c.getCode()));
            document.open();
            kader(writer.getDirectContent());
            document.add(midden(new Paragraph("Stichting leerKRACHT", MERK)));
            document.add(midden(new Paragraph(tekst("certificaat.pdf.motto"), KLEIN)));
            ruimte(document, 40);
            document.add(midden(new Paragraph(tekst("certificaat.pdf.titel." + c.getSoort()), KOP)));
            ruimte(document, 30);
            document.add(midden(new Paragraph(tekst("certificaat.pdf.aan"), TEKST)));
            ruimte(document, 8);
            document.add(midden(new Paragraph(c.getNaam(), NAAM)));
            ruimte(document, 8);
            document.add(midden(new Paragraph(c.getSchoolNaam(), VET)));
            ruimte(document, 24);
            Paragraph wat = midden(new Paragraph(
                    tekst("certificaat.pdf.tekst." + c.getSoort(), c.getSchooljaar(), c.getRegisteruren()), TEKST));
            wat.setLeading(19);
            document.add(wat);
            ruimte(document, 30);
            document.add(midden(new Paragraph(
                    tekst(
                            "certificaat.pdf.datum",
                            DateTimeFormatter.ofPattern("d MMMM yyyy", NL).format(c.getUitgegevenOp())),
                    TEKST)));
            ruimte(document, 50);
            document.add(midden(new Paragraph("______________________________", TEKST)));
            document.add(midden(new Paragraph(tekst("certificaat.pdf.handtekening"), KLEIN)));

            PdfContentByte canvas = writer.getDirectContent();
            float links = document.left();
            float onder = document.bottom() + 6;
            qr(canvas, verificatieUrl, links, onder);
            // Beside the QR code, within the margin: the URL can be longer than the line.
            ColumnText naast = new ColumnText(canvas);
            naast.setSimpleColumn(links + QR + 14, onder, document.right(), onder + QR);
            naast.addElement(new Paragraph(tekst("certificaat.pdf.verificatie"), KLEIN));
            Paragraph code = new Paragraph(c.getCode(), CODE);
            code.setSpacingBefore(6);
            code.setSpacingAfter(6);
            naast.addElement(code);
            naast.addElement(new Paragraph(verificatieUrl, KLEIN));
            naast.go();
            if (c.isIngetrokken()) {
                document.add(midden(new Paragraph(
                        tekst("certificaat.pdf.ingetrokken"), new Font(SANS_VET, 16, Font.NORMAL, Color.RED))));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Certificate " + c.getId() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    /** A thin frame in the house colour around the page. */
    private static void kader(PdfContentByte canvas) {
        canvas.saveState();
        canvas.setColorStroke(KLEUR);
        canvas.setLineWidth(3);
        canvas.rectangle(28, 28, PageSize.A4.getWidth() - 56, PageSize.A4.getHeight() - 56);
        canvas.stroke();
        canvas.restoreState();
    }

    /** The QR code of the URL, drawn as squares (sharp at any zoom), with its bottom-left corner here. */
    private static void qr(PdfContentByte canvas, String url, float x, float y) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("No QR code for " + url, e);
        }
        float module = QR / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int rij = 0; rij < matrix.getHeight(); rij++) {
            for (int kolom = 0; kolom < matrix.getWidth(); kolom++) {
                if (matrix.get(kolom, rij)) {
                    canvas.rectangle(x + kolom * module, y + QR - (rij + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /** One of the Liberation fonts of openpdf-fonts-extra, embedded (as a subset) in every PDF. */
    private static BaseFont lettertype(String naam) {
        try {
            return BaseFont.createFont("liberation/" + naam + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("Font " + naam + " is missing from the classpath", e);
        }
    }

    private static Paragraph midden(Paragraph paragraaf) {
        paragraaf.setAlignment(Element.ALIGN_CENTER);
        return paragraaf;
    }

    private static void ruimte(Document document, float punten) {
        Paragraph leeg = new Paragraph(" ", TEKST);
        leeg.setLeading(punten);
        document.add(leeg);
    }

    private static String tekst(String key, Object... args) {
        return Messages.text(NL, key, args);
    }
}
