package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import nl.leerkracht.service.account.EmailLinkService;

/**
 * {@code /email-annuleren.xhtml}: the link mailed to the old address when someone asks to change
 * it. A button cancels the change; then every session of the account has ended and the page asks
 * for a new password.
 */
@Named("emailAnnuleren")
@ViewScoped
public class EmailAnnulerenBacking extends EmailLinkBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private EmailLinkService links;

    @Override
    protected Optional<String> open(String sleutel) {
        return links.openAnnulering(sleutel);
    }

    @Override
    protected String gebruik(String sleutel) {
        return links.annuleerEmailWijziging(sleutel);
    }

    public void annuleer() {
        doe();
    }

    public boolean isGeannuleerd() {
        return isGedaan();
    }
}
