package nl.leerkracht.web.inschrijving;

import static nl.leerkracht.web.platform.PdfOpmaak.GEWOON;
import static nl.leerkracht.web.platform.PdfOpmaak.KLEIN;
import static nl.leerkracht.web.platform.PdfOpmaak.TITEL;
import static nl.leerkracht.web.platform.PdfOpmaak.VET;
import static nl.leerkracht.web.platform.PdfOpmaak.cel;
import static nl.leerkracht.web.platform.PdfOpmaak.kopcel;
import static nl.leerkracht.web.platform.PdfOpmaak.rij;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.leerkracht.service.inschrijving.FactuurRow;
import nl.leerkracht.web.platform.Messages;

/** An invoice or credit invoice as a PDF (OpenPDF), in Dutch: the form the schools receive it in. */
final class FactuurPdf {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private FactuurPdf() {}

    static byte[] render(FactuurRow factuur) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(tekst("factuur.soort." + factuur.getSoort()) + " " + factuur.getNummer());
            document.addAuthor("Stichting leerKRACHT");
            document.open();
            document.add(new Paragraph("Stichting leerKRACHT", VET));
            document.add(new Paragraph(
                    "Atoomweg 99, 3542 AA Utrecht · info@stichting-leerkracht.nl · 085 - 401 57 94", KLEIN));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(tekst("factuur.soort." + factuur.getSoort()), TITEL));
            document.add(new Paragraph(" "));

            PdfPTable kop = new PdfPTable(new float[] {1, 2});
            kop.setWidthPercentage(100);
            rij(kop, tekst("factuur.nummer"), factuur.getNummer());
            rij(
                    kop,
                    tekst("factuur.datum"),
                    DateTimeFormatter.ofPattern("d MMMM yyyy", NL).format(factuur.getDatum()));
            rij(kop, tekst("factuur.aan"), factuur.getBestuur());
            rij(kop, "", factuur.getDebiteur() + " (" + tekst("label.brin") + " " + factuur.getBrin() + ")");
            rij(kop, "", factuur.getAdres());
            rij(kop, tekst("inschrijving.eenheid"), factuur.getEenheid());
            if (factuur.isCredit()) {
                rij(kop, tekst("factuur.crediteert"), factuur.getCrediteertNummer());
                rij(kop, tekst("factuur.crediteren.reden"), factuur.getReden());
            }
            document.add(kop);
            document.add(new Paragraph(" "));

            PdfPTable regels = new PdfPTable(new float[] {4, 1.2f, 1.6f, 1.8f});
            regels.setWidthPercentage(100);
            kopcel(regels, tekst("factuur.omschrijving"));
            kopcel(regels, tekst("label.leraren"));
            kopcel(regels, tekst("offerte.perLeraar"));
            kopcel(regels, tekst("offerte.bedrag"));
            regels.addCell(cel(
                    tekst("factuur.regel", factuur.getProgrammajaar(), factuur.getSchooljaar()), Element.ALIGN_LEFT));
            regels.addCell(cel(String.valueOf(factuur.getFactureerbareLeraren()), Element.ALIGN_RIGHT));
            regels.addCell(cel(euro(factuur.getTariefPerLeraar()), Element.ALIGN_RIGHT));
            regels.addCell(cel(euro(factuur.getBedrag()), Element.ALIGN_RIGHT));
            PdfPCell totaalLabel = new PdfPCell(new Phrase(tekst("factuur.totaal"), VET));
            totaalLabel.setColspan(3);
            totaalLabel.setHorizontalAlignment(Element.ALIGN_RIGHT);
            regels.addCell(totaalLabel);
            PdfPCell totaal = new PdfPCell(new Phrase(euro(factuur.getBedrag()), VET));
            totaal.setHorizontalAlignment(Element.ALIGN_RIGHT);
            regels.addCell(totaal);
            document.add(regels);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(
                    tekst(factuur.isCredit() ? "factuur.voet.credit" : "factuur.voet", factuur.getNummer()), GEWOON));
            document.add(new Paragraph(tekst("factuur.btw"), KLEIN));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Invoice " + factuur.getNummer() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static String tekst(String key, Object... args) {
        return Messages.text(NL, key, args);
    }

    static String euro(BigDecimal bedrag) {
        return NumberFormat.getCurrencyInstance(NL).format(bedrag);
    }
}
