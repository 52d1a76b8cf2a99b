package nl.leerkracht.web.publiek;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.domain.publiek.AanmeldRol;
import nl.leerkracht.domain.publiek.AanmeldingStatus;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.RateLimits.Limit;
import nl.leerkracht.service.publiek.AanmeldForm;
import nl.leerkracht.service.publiek.InformatiebijeenkomstRow;
import nl.leerkracht.service.publiek.InformatiebijeenkomstService;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Honeypot;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;
import nl.leerkracht.web.platform.RateLimiter;

/**
 * {@code /publiek/aanmelden.xhtml?id=…}: registering for an information meeting, without an
 * account. A form whose hidden field was filled in (a robot) is thanked and stored nowhere.
 */
@Named("aanmelden")
@ViewScoped
public class AanmeldenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InformatiebijeenkomstService service;

    @Inject
    private Messages messages;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private Honeypot honeypot;

    @Inject
    private ActiveUser activeUser;

    private String id;
    private InformatiebijeenkomstRow bijeenkomst;
    private final AanmeldForm invoer = new AanmeldForm();

    private AanmeldingStatus resultaat;

    /** f:viewAction: a bad or unknown id is a 404. */
    public void load() {
        if (bijeenkomst != null) {
            return;
        }
        long bijeenkomstId;
        try {
            bijeenkomstId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        bijeenkomst = Pages.load(() -> service.get(bijeenkomstId));
        if (activeUser.isLoggedIn() && invoer.getNaam() == null) {
            invoer.setNaam(activeUser.getProfiel().getNaam());
            invoer.setEmail(activeUser.getProfiel().getEmail());
        }
    }

    public void verstuur() {
        if (honeypot.gevuld("meeting registration")) {
            resultaat = AanmeldingStatus.AANGEMELD;
            return;
        }
        if (!rateLimiter.allows(Limit.MEETING_REGISTRATION)) {
            messages.error("limiet.fout");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            resultaat = service.meldAan(bijeenkomst.getId(), invoer);
        } catch (BusinessException refusal) {
            messages.error(refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public AanmeldRol[] getRollen() {
        return AanmeldRol.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InformatiebijeenkomstRow getBijeenkomst() {
        return bijeenkomst;
    }

    public AanmeldForm getInvoer() {
        return invoer;
    }

    public AanmeldingStatus getResultaat() {
        return resultaat;
    }
}
