package nl.leerkracht.web.inschrijving;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import nl.leerkracht.service.inschrijving.FactuurService;
import nl.leerkracht.service.inschrijving.InschrijvingOverzichtService;
import nl.leerkracht.service.inschrijving.InschrijvingService;
import nl.leerkracht.service.inschrijving.InschrijvingView;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;

/**
 * {@code /inschrijving/inschrijving.xhtml?id=…}: one enrolment with its quote, history and invoices;
 * the central team decides on it here. Outside the user's scope: 403; unknown: 404.
 */
@Named("inschrijvingPagina")
@ViewScoped
public class InschrijvingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InschrijvingService inschrijvingen;

    @EJB
    private InschrijvingOverzichtService overzicht;

    @EJB
    private FactuurService facturen;

    @Inject
    private Messages messages;

    private String id;
    private long inschrijvingId;
    private InschrijvingView detail;
    private String reden;
    private BigDecimal vervolgbedrag;
    private Long factuurId;

    /** f:viewAction: a malformed id is a 404, like an unknown one. */
    public void load() {
        if (detail != null) {
            return;
        }
        try {
            inschrijvingId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        detail = Pages.load(() -> overzicht.getDetail(inschrijvingId));
    }

    private void reload() {
        detail = overzicht.getDetail(inschrijvingId);
    }

    public void keurGoed() {
        uitvoeren(() -> inschrijvingen.keurGoed(inschrijvingId), "inschrijving.goedgekeurd");
    }

    public void activeer() {
        uitvoeren(() -> inschrijvingen.activeer(inschrijvingId), "inschrijving.geactiveerd");
    }

    public void rondAf() {
        uitvoeren(() -> inschrijvingen.rondAf(inschrijvingId), "inschrijving.afgerond");
    }

    public void wijsAf() {
        uitvoeren(() -> inschrijvingen.wijsAf(inschrijvingId, reden), "inschrijving.afgewezen");
    }

    public void stop() {
        uitvoeren(() -> inschrijvingen.stop(inschrijvingId, reden), "inschrijving.gestopt");
    }

    public void spreekVervolgAf() {
        uitvoeren(
                () -> inschrijvingen.spreekVervolgAf(inschrijvingId, vervolgbedrag), "inschrijving.vervolgVastgelegd");
    }

    public void factureer(int programmajaar) {
        try {
            String nummer = facturen.factureer(inschrijvingId, programmajaar);
            messages.info("factuur.gemaakt", nummer);
            reload();
        } catch (BusinessException e) {
            messages.error(e);
        }
    }

    public void kiesFactuur(Long factuur) {
        factuurId = factuur;
        reden = null;
    }

    public void crediteer() {
        try {
            String nummer = facturen.crediteer(factuurId, reden);
            messages.info("factuur.gecrediteerd", nummer);
            reload();
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Runs a decision; a refusal keeps the dialog open with the reason. */
    private void uitvoeren(Runnable besluit, String bevestiging) {
        try {
            besluit.run();
            messages.info(bevestiging);
            reden = null;
            reload();
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void nieuweReden() {
        reden = null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InschrijvingView getDetail() {
        return detail;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }

    public BigDecimal getVervolgbedrag() {
        return vervolgbedrag;
    }

    public void setVervolgbedrag(BigDecimal vervolgbedrag) {
        this.vervolgbedrag = vervolgbedrag;
    }
}
