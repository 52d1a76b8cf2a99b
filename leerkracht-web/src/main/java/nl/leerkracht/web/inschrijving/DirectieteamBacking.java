package nl.leerkracht.web.inschrijving;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.leerkracht.domain.inschrijving.DirectieteamFunctie;
import nl.leerkracht.domain.inschrijving.DirectieteamPrijs;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.inschrijving.DirectieteamRow;
import nl.leerkracht.service.inschrijving.DirectieteamService;
import nl.leerkracht.service.inschrijving.OfferteService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Messages;

/**
 * {@code /inschrijving/directieteam.xhtml}: a bestuurder enrols the board's directieteam, sees the
 * price before confirming, and follows the requests; the central team sets the price formula and
 * approves or rejects.
 */
@Named("directieteam")
@ViewScoped
public class DirectieteamBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int START_LEDEN = 3;

    @EJB
    private DirectieteamService service;

    @EJB
    private OfferteService offertes;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private List<DirectieteamRow> lijst;
    private List<Schooljaar> startjaren;
    private List<DirectieteamFunctie> functies = List.of();
    private Schooljaar startjaar;
    private final List<DirectieteamService.DirectielidForm> leden = new ArrayList<>();
    private Integer werksessies = 4;
    private BigDecimal[] prijs;
    private Long gekozen;
    private String reden;
    private BigDecimal basis;
    private BigDecimal perLid;
    private BigDecimal perWerksessie;
    private BigDecimal voorbeeld;

    @PostConstruct
    void init() {
        lijst = service.lijst();
        startjaren = offertes.openStartjaren();
        startjaar = startjaren.isEmpty() ? null : startjaren.get(0);
        if (isBestuurder()) {
            functies = service.functies();
            for (int i = 0; i < START_LEDEN; i++) {
                leden.add(new DirectieteamService.DirectielidForm());
            }
        } else {
            BigDecimal[] formule = service.getFormule();
            basis = formule[0];
            perLid = formule[1];
            perWerksessie = formule[2];
            voorbeeld = service.bereken(6, 4)[1];
        }
    }

    public boolean isBestuurder() {
        return activeUser.hasRole("BESTUURDER");
    }

    public void lidErbij() {
        if (leden.size() < DirectieteamPrijs.MAX_LEDEN) {
            leden.add(new DirectieteamService.DirectielidForm());
        }
    }

    public void lidWeg(DirectieteamService.DirectielidForm lid) {
        if (leden.size() > 1) {
            leden.remove(lid);
        }
        prijs = null;
    }

    /** The members actually filled in. */
    private long aantalLeden() {
        return leden.stream()
                .filter(l -> (l.getNaam() != null && !l.getNaam().isBlank()) || l.getFunctie() != null)
                .count();
    }

    /** Computes the price for the members and sessions entered; opens the confirmation when it can. */
    public void berekenPrijs() {
        prijs = null;
        try {
            prijs = service.bereken((int) aantalLeden(), werksessies == null ? 0 : werksessies);
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The bestuurder confirms at the price shown. */
    public void bevestig() {
        try {
            service.aanvragen(startjaar, leden, werksessies);
            messages.info("directieteam.ontvangen", startjaar);
            lijst = service.lijst();
            leden.clear();
            for (int i = 0; i < START_LEDEN; i++) {
                leden.add(new DirectieteamService.DirectielidForm());
            }
            prijs = null;
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void keurGoed(long id) {
        try {
            service.keurGoed(id);
            messages.info("inschrijving.goedgekeurd");
        } catch (BusinessException e) {
            messages.error(e);
        }
        lijst = service.lijst();
    }

    public void kies(long id) {
        gekozen = id;
        reden = null;
    }

    public void wijsAf() {
        try {
            service.wijsAf(gekozen, reden);
            messages.info("directieteam.afgewezen");
            lijst = service.lijst();
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void bewaarFormule() {
        try {
            service.wijzigFormule(basis, perLid, perWerksessie);
            voorbeeld = service.bereken(6, 4)[1];
            messages.info("directieteam.formule.opgeslagen");
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The formula's price for a team of 6 with 4 work sessions, as an example next to the formula. */
    public BigDecimal getVoorbeeld() {
        return voorbeeld;
    }

    public List<DirectieteamRow> getLijst() {
        return lijst;
    }

    public List<Schooljaar> getStartjaren() {
        return startjaren;
    }

    public List<DirectieteamFunctie> getFuncties() {
        return functies;
    }

    public Schooljaar getStartjaar() {
        return startjaar;
    }

    public void setStartjaar(Schooljaar startjaar) {
        this.startjaar = startjaar;
    }

    public List<DirectieteamService.DirectielidForm> getLeden() {
        return leden;
    }

    public Integer getWerksessies() {
        return werksessies;
    }

    public void setWerksessies(Integer werksessies) {
        this.werksessies = werksessies;
    }

    public BigDecimal[] getPrijs() {
        return prijs;
    }

    public int getMaxLeden() {
        return DirectieteamPrijs.MAX_LEDEN;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }

    public BigDecimal getBasis() {
        return basis;
    }

    public void setBasis(BigDecimal basis) {
        this.basis = basis;
    }

    public BigDecimal getPerLid() {
        return perLid;
    }

    public void setPerLid(BigDecimal perLid) {
        this.perLid = perLid;
    }

    public BigDecimal getPerWerksessie() {
        return perWerksessie;
    }

    public void setPerWerksessie(BigDecimal perWerksessie) {
        this.perWerksessie = perWerksessie;
    }
}
