package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.school.BestuurKeuze;
import nl.leerkracht.service.school.BestuurRegisterService;
import nl.leerkracht.web.platform.Messages;

/**
 * The boards on {@code /centraal/scholen.xhtml}: listed with their number of schools, added and
 * corrected in a dialog (a board's number stays once given).
 */
@Named("centraalBesturen")
@ViewScoped
public class CentraalBesturenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BestuurRegisterService besturenRegister;

    @Inject
    private Messages messages;

    private List<BestuurKeuze> besturenOverzicht;
    private Long bestuurId;
    private String bestuursnummer;
    private String bestuurNaam;
    private Sector bestuurSector;

    @PostConstruct
    void init() {
        besturenOverzicht = besturenRegister.besturenOverzicht();
    }

    /** Opens the board dialog empty. */
    public void nieuwBestuur() {
        bestuurId = null;
        bestuursnummer = null;
        bestuurNaam = null;
        bestuurSector = null;
    }

    /** Opens the board dialog with a board's data; its number stays. */
    public void bewerkBestuur(BestuurKeuze bestuur) {
        bestuurId = bestuur.getId();
        bestuursnummer = bestuur.getBestuursnummer();
        bestuurNaam = bestuur.getNaam();
        bestuurSector = bestuur.getSector();
    }

    public void opslaanBestuur() {
        try {
            besturenRegister.bewaarBestuur(bestuurId, bestuursnummer, bestuurNaam, bestuurSector);
            messages.info(bestuurId == null ? "bestuur.toegevoegd" : "bestuur.opgeslagen", bestuurNaam.trim());
            besturenOverzicht = besturenRegister.besturenOverzicht();
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<BestuurKeuze> getBesturenOverzicht() {
        return besturenOverzicht;
    }

    public Long getBestuurId() {
        return bestuurId;
    }

    public String getBestuursnummer() {
        return bestuursnummer;
    }

    public void setBestuursnummer(String bestuursnummer) {
        this.bestuursnummer = bestuursnummer;
    }

    public String getBestuurNaam() {
        return bestuurNaam;
    }

    public void setBestuurNaam(String bestuurNaam) {
        this.bestuurNaam = bestuurNaam;
    }

    public Sector getBestuurSector() {
        return bestuurSector;
    }

    public void setBestuurSector(Sector bestuurSector) {
        this.bestuurSector = bestuurSector;
    }

    public Sector[] getSectoren() {
        return Sector.values();
    }
}
