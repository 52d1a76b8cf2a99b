package nl.leerkracht.web.klacht;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.leerkracht.domain.klacht.KlachtBijlage;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.shared.Bestandstype;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.service.klacht.Indiening;
import nl.leerkracht.service.klacht.KlachtForm;
import nl.leerkracht.service.klacht.KlachtService;
import nl.leerkracht.service.klacht.Upload;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.RateLimits.Limit;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Honeypot;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.RateLimiter;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code /klacht/indienen.xhtml}: the public complaint form, prefilled for a logged-in user.
 * Attachments are collected as they are chosen and checked again, with the complaint, when it is sent.
 */
@Named("klachtIndienen")
@ViewScoped
public class KlachtIndienenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private KlachtService klachten;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    @Inject
    private RateLimiter rateLimiter;

    @Inject
    private Honeypot honeypot;

    private final KlachtForm invoer = new KlachtForm();
    private final List<Upload> bijlagen = new ArrayList<>();
    private Indiening ontvangen;
    private boolean genegeerd;

    @PostConstruct
    void init() {
        if (activeUser.isLoggedIn()) {
            invoer.setNaam(activeUser.getProfiel().getNaam());
            invoer.setEmail(activeUser.getProfiel().getEmail());
        }
    }

    /**
     * One chosen file: refused at once when there are already five, it is too large, empty, or not
     * an accepted kind. The service checks every file again when the complaint is sent.
     */
    public void upload(FileUploadEvent event) {
        String naam = Bestandstype.veiligeNaam(event.getFile().getFileName());
        if (bijlagen.size() >= KlachtBijlage.MAXIMUM_AANTAL) {
            messages.error("klacht.fout.bijlagen", KlachtBijlage.MAXIMUM_AANTAL);
        } else if (event.getFile().getSize() > klachten.getMaximumBestandMb() * 1024 * 1024) {
            messages.error("bestand.fout.groot", naam, klachten.getMaximumBestandMb());
        } else {
            try {
                Bestandstype.herken(
                        event.getFile().getFileName(), event.getFile().getContent());
                bijlagen.add(new Upload(
                        event.getFile().getFileName(), event.getFile().getContent()));
            } catch (Regelfout fout) {
                messages.error(fout.getCode(), naam, klachten.getMaximumBestandMb());
            }
        }
    }

    public void verwijder(Upload bijlage) {
        bijlagen.remove(bijlage);
    }

    public void indienen() {
        if (honeypot.gevuld("complaint")) {
            genegeerd = true;
            return;
        }
        if (!rateLimiter.allows(Limit.COMPLAINT)) {
            messages.error("limiet.fout");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            ontvangen = klachten.indienen(invoer, List.copyOf(bijlagen));
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public KlachtOnderwerp[] getOnderwerpen() {
        return KlachtOnderwerp.values();
    }

    public KlachtForm getInvoer() {
        return invoer;
    }

    public List<Upload> getBijlagen() {
        return bijlagen;
    }

    public long getMaximumMb() {
        return klachten.getMaximumBestandMb();
    }

    public Indiening getOntvangen() {
        return ontvangen;
    }

    /** Whether the form came from a robot (see Honeypot): thanked, stored nowhere. */
    public boolean isGenegeerd() {
        return genegeerd;
    }
}
