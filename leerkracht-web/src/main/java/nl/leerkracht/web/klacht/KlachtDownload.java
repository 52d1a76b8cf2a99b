package nl.leerkracht.web.klacht;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import nl.leerkracht.domain.shared.Tijdzone;
import nl.leerkracht.service.klacht.Bijlage;
import nl.leerkracht.service.klacht.KlachtBehandeling;
import nl.leerkracht.service.klacht.KlachtRow;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.web.platform.Csv;
import nl.leerkracht.web.platform.Downloads;
import nl.leerkracht.web.platform.Messages;

/**
 * {@code /klachten/bijlage?klacht=…&id=…}: an attachment, always as a download with its safe name
 * and the type found in its content, never inline; {@code /klachten/register.csv}: the register.
 * Both only for the complaint's handler (the service scopes; web.xml guards /klachten/*).
 */
@WebServlet({"/klachten/bijlage", "/klachten/register.csv"})
public class KlachtDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private KlachtBehandeling klachten;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.guard(response);
        try {
            if (request.getServletPath().endsWith(".csv")) {
                register(request, response);
            } else {
                Bijlage bijlage = klachten.bijlage(id(request.getParameter("klacht")), id(request.getParameter("id")));
                Downloads.send(response, bijlage.getMimeType(), bijlage.getBestandsnaam(), bijlage.getInhoud());
            }
        } catch (EJBAccessException | AccessLocalException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (NotFoundException | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static long id(String waarde) {
        return Long.parseLong(String.valueOf(waarde).trim());
    }

    private void register(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale =
                request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                        ? Locale.ENGLISH
                        : Locale.forLanguageTag("nl");
        Csv csv = new Csv(
                "referentie",
                "onderwerp",
                "status",
                "ontvangen",
                "ontvangst uiterlijk",
                "ontvangst bevestigd",
                "oplossing uiterlijk",
                "afgesloten",
                "uitkomst",
                "te laat",
                "ontvangst op tijd",
                "oplossing op tijd");
        List<KlachtRow> regels = klachten.exporteer();
        for (KlachtRow k : regels) {
            csv.rij(
                    Csv.waarde(k.getReferentie()),
                    Csv.tekst(Messages.text(locale, "klacht.onderwerp." + k.getOnderwerp())),
                    Csv.tekst(Messages.text(locale, "klacht.status." + k.getStatus())),
                    Csv.waarde(moment(k.getOntvangenOp())),
                    Csv.waarde(moment(k.getOntvangstUiterlijk())),
                    Csv.waarde(moment(k.getOntvangstBevestigdOp())),
                    Csv.waarde(moment(k.getOplossingUiterlijk())),
                    Csv.waarde(moment(k.getAfgeslotenOp())),
                    Csv.tekst(
                            k.getUitkomst() == null ? "" : Messages.text(locale, "klacht.uitkomst." + k.getUitkomst())),
                    Csv.waarde(k.isTeLaat() ? "ja" : "nee"),
                    Csv.waarde(jaNee(k.getOntvangstOpTijd())),
                    Csv.waarde(jaNee(k.getOplossingOpTijd())));
        }
        Downloads.send(response, "text/csv; charset=UTF-8", "klachtenregister.csv", csv.bytes());
    }

    private static String moment(Date date) {
        if (date == null) {
            return "";
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        format.setTimeZone(TimeZone.getTimeZone(Tijdzone.NEDERLAND));
        return format.format(date);
    }

    private static String jaNee(Boolean waarde) {
        return waarde == null ? "" : waarde ? "ja" : "nee";
    }
}
