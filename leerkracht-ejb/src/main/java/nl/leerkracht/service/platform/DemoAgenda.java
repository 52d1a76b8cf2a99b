package nl.leerkracht.service.platform;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.leerkracht.domain.coaching.Bijeenkomst;
import nl.leerkracht.domain.coaching.BijeenkomstType;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.domain.document.DocumentVersie;
import nl.leerkracht.domain.document.Instrument;
import nl.leerkracht.domain.document.Sessiedocument;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.traject.Fase;

/**
 * The demo Clusteragenda and session documents: meetings of three clusters, one of them today (so
 * attendance can be recorded), and documents for every school, for a training and for each sector.
 */
final class DemoAgenda {

    private final EntityManager em;
    private final Clock clock;
    private final DemoRegister register;

    DemoAgenda(EntityManager em, Clock clock, DemoRegister register) {
        this.em = em;
        this.clock = clock;
        this.register = register;
    }

    /**
     * Meetings on the Clusteragenda of three clusters, one of them today (so attendance can be
     * recorded), and session documents: one for every school, two for a training, and one for each
     * of the VO, MBO and HBO teams at work in the Cluster Utrecht Stad.
     */
    void agenda() {
        LocalDate vandaag = LocalDate.now(clock);
        Cluster eemland = register.cluster("Cluster Amersfoort-Eemland");
        Bijeenkomst feedback = new Bijeenkomst(
                eemland,
                BijeenkomstType.TRAINING_FEEDBACK,
                "Training feedback geven",
                vandaag,
                LocalTime.of(15, 30),
                LocalTime.of(17, 30),
                "OBS De Regenboog, Leusderweg 120, Amersfoort",
                vandaag);
        em.persist(feedback);
        em.persist(new Bijeenkomst(
                eemland,
                BijeenkomstType.TRAINING_DOELEN,
                "Training doelen stellen",
                vandaag.plusWeeks(3),
                LocalTime.of(15, 30),
                LocalTime.of(17, 30),
                "CBS Het Kompas, Kapelweg 8, Amersfoort",
                vandaag));
        em.persist(new Bijeenkomst(
                eemland,
                BijeenkomstType.FORUM,
                "Forum schoolcoaches",
                vandaag.plusWeeks(6),
                LocalTime.of(16, 0),
                LocalTime.of(18, 0),
                "Stichting leerKRACHT, Atoomweg 99, Utrecht",
                vandaag));
        em.persist(new Bijeenkomst(
                register.cluster("Cluster Rijnmond"),
                BijeenkomstType.WERKSESSIE,
                "Werksessie teambord",
                vandaag.plusWeeks(2),
                LocalTime.of(15, 0),
                LocalTime.of(17, 0),
                "OBS De Kameleon, Slinge 301, Rotterdam",
                vandaag));
        Cluster utrecht = register.cluster("Cluster Utrecht Stad");
        Bijeenkomst doelen = new Bijeenkomst(
                utrecht,
                BijeenkomstType.TRAINING_DOELEN,
                "Training doelen stellen",
                vandaag.plusWeeks(1),
                LocalTime.of(15, 30),
                LocalTime.of(17, 30),
                "Stedelijk Lyceum Kanaalweg, Kanaalweg 35, Utrecht",
                vandaag);
        em.persist(doelen);
        em.persist(new Bijeenkomst(
                utrecht,
                BijeenkomstType.FORUM,
                "Forum schoolcoaches mbo en hbo",
                vandaag.plusWeeks(5),
                LocalTime.of(16, 0),
                LocalTime.of(18, 0),
                "Stichting leerKRACHT, Atoomweg 99, Utrecht",
                vandaag));
        document(
                "Werkblad leerdoelen in de les",
                Fase.STARTFASE,
                Instrument.LESBEZOEK,
                Sector.VO,
                doelen,
                "werkblad-leerdoelen-vo.pdf");
        document("Teambord in de praktijkopleiding", null, Instrument.BORDSESSIE, Sector.MBO, "teambord-mbo.pdf");
        document("Samen lesontwerpen op de pabo", null, Instrument.LESONTWERP, Sector.HBO, "lesontwerp-pabo.pdf");
        document("Handleiding teambord", null, Instrument.BORDSESSIE, null, "handleiding-teambord.pdf");
        document(
                "Werkblad feedbackkaart",
                Fase.STARTFASE,
                Instrument.LESBEZOEK,
                Sector.PO,
                feedback,
                "werkblad-feedbackkaart.pdf");
        document(
                "Presentatie training feedback",
                null,
                Instrument.LESBEZOEK,
                null,
                feedback,
                "presentatie-feedback.pdf");
    }

    private void document(String titel, Fase fase, Instrument instrument, Sector sector, String bestandsnaam) {
        document(titel, fase, instrument, sector, null, bestandsnaam);
    }

    private void document(
            String titel,
            Fase fase,
            Instrument instrument,
            Sector sector,
            Bijeenkomst bijeenkomst,
            String bestandsnaam) {
        Sessiedocument document = new Sessiedocument(titel, fase, instrument, sector, bijeenkomst);
        em.persist(document);
        em.persist(new DocumentVersie(
                document, bestandsnaam, pdf(titel), Long.MAX_VALUE, "Carla Centraal", clock.instant()));
    }

    /** A one-page PDF with a title, small but valid, so the demo documents open in a reader. */
    static byte[] pdf(String titel) {
        String tekst = titel.replace("\\", "").replace("(", "").replace(")", "");
        String stream = "BT /F1 24 Tf 72 720 Td (" + tekst + ") Tj ET";
        List<String> objecten = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> posities = new java.util.ArrayList<>();
        for (int i = 0; i < objecten.size(); i++) {
            posities.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objecten.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objecten.size() + 1).append("\n0000000000 65535 f \n");
        posities.forEach(p -> pdf.append(String.format("%010d 00000 n ", p)).append('\n'));
        pdf.append("trailer\n<< /Size ")
                .append(objecten.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
