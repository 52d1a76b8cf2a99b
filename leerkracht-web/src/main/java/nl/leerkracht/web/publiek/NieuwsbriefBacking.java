package nl.leerkracht.web.publiek;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.RateLimits.Limit;
import nl.leerkracht.service.publiek.NieuwsbriefService;
import nl.leerkracht.web.platform.Honeypot;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.RateLimiter;

/**
 * {@code /publiek/nieuwsbrief.xhtml}: subscribing to the newsletter. The answer is the same for
 * every address that the rules take, known or not: look in your mailbox.
 */
@Named("nieuwsbrief")
@ViewScoped
public class NieuwsbriefBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private NieuwsbriefService service;

    @Inject
    private Messages messages;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private Honeypot honeypot;

    private String email;
    private String naam;
    private boolean verstuurd;

    public void aanmelden() {
        if (honeypot.gevuld("newsletter")) {
            verstuurd = true;
            return;
        }
        if (!rateLimiter.allows(Limit.NEWSLETTER)) {
            messages.error("limiet.fout");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            try {
                service.aanmelden(email, naam);
            } catch (EJBException sameAddressAtOnce) {
                // Someone subscribed the same address at the same moment (its unique key or its
                // version said so): once more, and the address is then known.
                service.aanmelden(email, naam);
            }
            verstuurd = true;
        } catch (BusinessException refusal) {
            messages.error(refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public boolean isVerstuurd() {
        return verstuurd;
    }
}
