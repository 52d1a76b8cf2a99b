package nl.leerkracht.web.traject;

import static nl.leerkracht.web.platform.PdfOpmaak.GEWOON;
import static nl.leerkracht.web.platform.PdfOpmaak.KLEIN;
import static nl.leerkracht.web.platform.PdfOpmaak.KOP;
import static nl.leerkracht.web.platform.PdfOpmaak.TITEL;
import static nl.leerkracht.web.platform.PdfOpmaak.VET;
import static nl.leerkracht.web.platform.PdfOpmaak.cel;
import static nl.leerkracht.web.platform.PdfOpmaak.kopcel;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.leerkracht.service.inschrijving.DirectieteamRow;
import nl.leerkracht.service.traject.TrajectRow;
import nl.leerkracht.web.platform.Messages;

/**
 * The bestuurder's overview as a PDF: per school, vestiging or team its phase, rhythm, goals reached,
 * open actions and the Expertcoach's latest evaluation, and the directieteam's programme: the
 * improvement culture from board to classroom, as the inspectorate asks to see it.
 */
final class TrajectOverzichtPdf {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);

    private TrajectOverzichtPdf() {}

    static byte[] render(
            String bestuur,
            List<TrajectRow> trajecten,
            List<DirectieteamRow> directieteams,
            List<TrajectRow> directieteamTrajecten,
            LocalDate vandaag) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(tekst("overzicht.titel") + " " + bestuur);
            document.addAuthor("Stichting leerKRACHT");
            document.open();
            document.add(new Paragraph("Stichting leerKRACHT", VET));
            document.add(new Paragraph(tekst("overzicht.titel"), TITEL));
            document.add(new Paragraph(bestuur + " · " + tekst("overzicht.stand", DAG.format(vandaag)), GEWOON));
            document.add(new Paragraph(" "));

            document.add(new Paragraph(tekst("overzicht.trajecten"), KOP));
            if (trajecten.isEmpty()) {
                document.add(new Paragraph(tekst("ritme.geen"), GEWOON));
            } else {
                PdfPTable tabel = new PdfPTable(new float[] {3.2f, 1.6f, 1.3f, 1.3f, 1.3f, 1.1f, 1.1f, 4.5f});
                tabel.setWidthPercentage(100);
                tabel.setHeaderRows(1);
                for (String kop : List.of(
                        "ritme.team",
                        "traject.fase",
                        "ritme.bordsessies",
                        "ritme.bezocht",
                        "ritme.stem",
                        "overzicht.doelen",
                        "traject.openActies",
                        "overzicht.evaluatie")) {
                    kopcel(tabel, tekst(kop));
                }
                for (TrajectRow t : trajecten) {
                    String naam = t.getEenheidNaam().equals(t.getSchoolNaam())
                            ? t.getSchoolNaam()
                            : t.getSchoolNaam() + " · " + t.getEenheidNaam();
                    tabel.addCell(cel(
                            naam
                                    + (t.getRitme().isOpSchema()
                                            ? ""
                                            : " (" + tekst("ritme.achter").toLowerCase(NL) + ")"),
                            Element.ALIGN_LEFT));
                    tabel.addCell(cel(tekst("fase." + t.getFase()), Element.ALIGN_LEFT));
                    tabel.addCell(cel(
                            t.getRitme().getBordsessieweken() + " / "
                                    + t.getRitme().getWeken(),
                            Element.ALIGN_CENTER));
                    tabel.addCell(cel(
                            t.getRitme().getBezochteLeraren() + " / "
                                    + t.getRitme().getLeraren(),
                            Element.ALIGN_CENTER));
                    tabel.addCell(cel(
                            t.getRitme().getStemrondes() + " / " + t.getRitme().getVerwachteStemrondes(),
                            Element.ALIGN_CENTER));
                    tabel.addCell(cel(t.getDoelenBehaald() + " / " + t.getDoelen(), Element.ALIGN_CENTER));
                    tabel.addCell(cel(String.valueOf(t.getOpenActies()), Element.ALIGN_CENTER));
                    tabel.addCell(cel(t.getLaatsteEvaluatie(), Element.ALIGN_LEFT));
                }
                document.add(tabel);
            }
            document.add(new Paragraph(tekst("ritme.uitleg"), KLEIN));
            document.add(new Paragraph(" "));

            document.add(new Paragraph(tekst("label.directieteam"), KOP));
            if (directieteams.isEmpty()) {
                document.add(new Paragraph(tekst("overzicht.geenDirectieteam"), GEWOON));
            }
            for (DirectieteamRow d : directieteams) {
                document.add(new Paragraph(
                        tekst(
                                "overzicht.directieteam",
                                d.getStartjaar(),
                                d.getAantalLeden(),
                                d.getWerksessies(),
                                tekst("status." + d.getStatus())),
                        GEWOON));
            }
            for (TrajectRow d : directieteamTrajecten) {
                document.add(new Paragraph(
                        tekst("overzicht.directieteamFase", d.getStartjaar(), tekst("fase." + d.getFase())), VET));
                if (d.getLaatsteEvaluatie() != null) {
                    document.add(new Paragraph(tekst("overzicht.evaluatie") + ": " + d.getLaatsteEvaluatie(), GEWOON));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The overview of " + bestuur + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static String tekst(String key, Object... args) {
        return Messages.text(NL, key, args);
    }
}
