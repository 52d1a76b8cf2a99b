package nl.leerkracht.web.certificaat;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.leerkracht.domain.certificaat.CertificaatSoort;
import nl.leerkracht.domain.shared.Bestandstype;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.certificaat.CertificaatRow;
import nl.leerkracht.service.certificaat.CertificaatService;
import nl.leerkracht.service.inschrijving.Startjaren;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.platform.PublicUrl;
import nl.leerkracht.web.platform.Csv;
import nl.leerkracht.web.platform.Downloads;

/**
 * {@code /certificaat/certificaat.pdf?id=…}: one certificate as PDF, for its holder, the central
 * team, and a schoolleider or bestuurder of its school; 403 for anyone else, downloaded, never shown
 * inline. {@code /centraal/certificaten.csv?schooljaar=…&soort=…}: the central team's register of a
 * school year for the registers' administrations (semicolon-separated, UTF-8 with BOM).
 * {@code /certificaat/bewijzen.zip?school=…&schooljaar=…}: the standing proofs of participation of
 * a school's teachers for one school year as one ZIP of PDFs, for the schoolleider, the school's
 * bestuurder and the central team.
 */
@WebServlet({"/certificaat/certificaat.pdf", "/certificaat/bewijzen.zip", "/centraal/certificaten.csv"})
public class CertificaatDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The public page that checks a code, below the public URL. */
    static final String CONTROLEREN = "/certificaat/controleren.xhtml";

    @EJB
    private CertificaatService certificaten;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.guard(response);
        if (request.getServletPath().endsWith(".csv")) {
            csv(request, response);
            return;
        }
        if (request.getServletPath().endsWith(".zip")) {
            zip(request, response);
            return;
        }
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).trim());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CertificaatRow certificaat;
        try {
            certificaat = certificaten.get(id);
        } catch (AccessDeniedException | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf = CertificaatPdf.render(certificaat, verificatieUrl(certificaat.getCode()));
        String bestand = certificaat.getSoort().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + certificaat.getSchooljaar() + "-" + certificaat.getCode() + ".pdf";
        Downloads.send(response, "application/pdf", bestand, pdf);
    }

    private void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Schooljaar jaar;
        CertificaatSoort soort;
        try {
            jaar = Startjaren.parse(request.getParameter("schooljaar"), clock);
            String s = request.getParameter("soort");
            soort = s == null || s.isBlank() ? null : CertificaatSoort.valueOf(s.trim());
        } catch (BusinessException | IllegalArgumentException refusal) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        List<CertificaatRow> rijen;
        try {
            rijen = certificaten.register(jaar, soort);
        } catch (EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Csv csv = new Csv(
                "verificatiecode",
                "soort",
                "registeruren",
                "naam",
                "e-mailadres",
                "school",
                "brin",
                "sector",
                "schooljaar",
                "uitgegeven op",
                "ingetrokken op");
        for (CertificaatRow c : rijen) {
            csv.rij(
                    Csv.waarde(c.getCode()),
                    Csv.waarde(c.getSoort().name().toLowerCase(Locale.ROOT)),
                    Csv.getal(c.getRegisteruren()),
                    Csv.tekst(c.getNaam()),
                    Csv.tekst(c.getEmail()),
                    Csv.tekst(c.getSchoolNaam()),
                    Csv.waarde(c.getBrin()),
                    Csv.waarde(c.getSector().name()),
                    Csv.waarde(c.getSchooljaar()),
                    Csv.waarde(c.getUitgegevenOp().toString()),
                    Csv.waarde(c.isIngetrokken() ? c.getIngetrokkenOp().toString() : ""));
        }
        Downloads.send(
                response,
                "text/csv; charset=UTF-8",
                "certificaten-" + jaar
                        + (soort == null ? "" : "-" + soort.name().toLowerCase(Locale.ROOT)) + ".csv",
                csv.bytes());
    }

    private void zip(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long schoolId;
        Schooljaar jaar;
        try {
            schoolId = Long.parseLong(
                    String.valueOf(request.getParameter("school")).trim());
            jaar = Schooljaar.parse(
                    String.valueOf(request.getParameter("schooljaar")).trim());
        } catch (RuntimeException malformed) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<CertificaatRow> bewijzen;
        try {
            bewijzen = certificaten.bewijzenVanSchool(schoolId, jaar);
        } catch (AccessDeniedException | EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (bewijzen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ByteArrayOutputStream inhoud = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(inhoud, StandardCharsets.UTF_8)) {
            for (CertificaatRow bewijs : bewijzen) {
                zip.putNextEntry(
                        new ZipEntry(Bestandstype.veiligeNaam(bewijs.getCode() + " " + bewijs.getNaam() + ".pdf")));
                zip.write(CertificaatPdf.render(bewijs, verificatieUrl(bewijs.getCode())));
                zip.closeEntry();
            }
        }
        CertificaatRow eerste = bewijzen.get(0);
        Downloads.send(
                response,
                "application/zip",
                Bestandstype.veiligeNaam("bewijzen-van-deelname " + eerste.getBrin() + " " + jaar + ".zip")
                        .replace(' ', '-'),
                inhoud.toByteArray());
    }

    private String verificatieUrl(String code) {
        return publicUrl.of(CONTROLEREN + "?code=" + code);
    }
}
