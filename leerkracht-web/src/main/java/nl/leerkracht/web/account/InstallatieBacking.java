package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import nl.leerkracht.service.account.InstallatieForm;
import nl.leerkracht.service.account.InstallatieService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;

/**
 * {@code /installatie.xhtml}: the one-time link of a new installation, where the first member of the
 * central team creates their account and is logged in. Any other visit gets 404.
 */
@Named("installatie")
@ViewScoped
public class InstallatieBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private InstallatieService installaties;

    @Inject
    private SessionLogin sessionLogin;

    @Inject
    private Messages messages;

    private String sleutel;
    private final InstallatieForm form = new InstallatieForm();

    public void load() {
        if (!installaties.isOpen(sleutel)) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    public void install() throws IOException {
        String gebruikersnaam;
        try {
            gebruikersnaam = installaties.install(sleutel, form);
        } catch (NotFoundException gone) {
            Pages.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (BusinessException refusal) {
            messages.error(refusal);
            return;
        }
        String wachtwoord = form.getWachtwoord();
        form.setWachtwoord(null);
        form.setHerhaling(null);
        sessionLogin.logInAndGoHome(gebruikersnaam, wachtwoord, "installatie.klaar");
    }

    public String getSleutel() {
        return sleutel;
    }

    public void setSleutel(String sleutel) {
        this.sleutel = sleutel;
    }

    public InstallatieForm getForm() {
        return form;
    }
}
