package nl.leerkracht.web.inschrijving;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.inschrijving.FactuurRow;
import nl.leerkracht.service.inschrijving.FactuurService;
import nl.leerkracht.service.inschrijving.InschrijvingOverzichtService;
import nl.leerkracht.service.inschrijving.Werkvoorraad;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.PrimeFaces;

/**
 * {@code /inschrijving/facturen.xhtml}: the invoices of a school year, as PDF and as a CSV export for
 * bookkeeping. The central team makes all of a year's invoices at once: the page asks for them in
 * small batches, each invoice in its own transaction, and shows a progress bar meanwhile; a
 * second run finds nothing left to do.
 */
@Named("facturen")
@ViewScoped
public class FacturenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BATCH = 10;

    @EJB
    private FactuurService service;

    @EJB
    private InschrijvingOverzichtService inschrijvingen;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private List<Schooljaar> schooljaren;
    private Schooljaar schooljaar;
    private List<FactuurRow> lijst;
    private Deque<Werkvoorraad.Item> teDoen = new ArrayDeque<>();
    private int totaal;
    private int gemaakt;
    private int geweigerd;

    @PostConstruct
    void init() {
        schooljaren = inschrijvingen.bekendeStartjaren();
        lijst = service.zoek(schooljaar);
    }

    public void toon() {
        lijst = service.zoek(schooljaar);
    }

    /** Takes stock of what is left to invoice for the chosen year and starts the batches. */
    public void start() {
        if (schooljaar == null || !activeUser.hasRole("CENTRAAL_TEAM")) {
            messages.error("factuur.kiesSchooljaar");
            return;
        }
        Werkvoorraad werk = service.teFactureren(schooljaar);
        teDoen = new ArrayDeque<>(werk.getItems());
        totaal = teDoen.size();
        gemaakt = 0;
        geweigerd = 0;
        if (werk.getWachtOpVervolg() > 0) {
            messages.info("factuur.wachtOpVervolg", werk.getWachtOpVervolg());
        }
        if (totaal == 0) {
            messages.info("factuur.nietsTeDoen", schooljaar);
        }
        PrimeFaces.current().ajax().addCallbackParam("klaar", totaal == 0);
    }

    /** Makes the next few invoices; the page calls again until it is told the work is done. */
    public void volgende() {
        for (int i = 0; i < BATCH && !teDoen.isEmpty(); i++) {
            Werkvoorraad.Item item = teDoen.poll();
            try {
                service.factureer(item.getInschrijvingId(), item.getProgrammajaar());
                gemaakt++;
            } catch (BusinessException e) {
                geweigerd++;
            }
        }
        boolean klaar = teDoen.isEmpty();
        if (klaar) {
            messages.info("factuur.klaar", gemaakt, schooljaar);
            if (geweigerd > 0) {
                messages.error("factuur.geweigerd", geweigerd);
            }
            lijst = service.zoek(schooljaar);
        }
        PrimeFaces.current().ajax().addCallbackParam("klaar", klaar);
    }

    public int getVoortgang() {
        return totaal == 0 ? 0 : (gemaakt + geweigerd) * 100 / totaal;
    }

    public int getTotaal() {
        return totaal;
    }

    public int getGemaakt() {
        return gemaakt;
    }

    public List<Schooljaar> getSchooljaren() {
        return schooljaren;
    }

    public Schooljaar getSchooljaar() {
        return schooljaar;
    }

    public void setSchooljaar(Schooljaar schooljaar) {
        this.schooljaar = schooljaar;
    }

    public List<FactuurRow> getLijst() {
        return lijst;
    }
}
