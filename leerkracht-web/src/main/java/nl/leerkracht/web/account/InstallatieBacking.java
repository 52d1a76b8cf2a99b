package nl.leerkracht.web.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
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
    private SecurityContext securityContext;

    @Inject
    private ActiveUser activeUser;

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
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                withParams().credential(new UsernamePasswordCredential(gebruikersnaam, new Password(form.getWachtwoord()))));
        form.setWachtwoord(null);
        form.setHerhaling(null);
        if (status == AuthenticationStatus.SUCCESS) {
            activeUser.reset();
            external.getFlash().setKeepMessages(true);
            messages.info("installatie.klaar");
            external.redirect(external.getRequestContextPath() + activeUser.getHomePath());
        } else {
            external.redirect(external.getRequestContextPath() + LoginMechanism.LOGIN_PAGE);
        }
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
