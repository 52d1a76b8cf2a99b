package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import nl.leerkracht.service.account.EmailLinkService;

/** {@code /email-bevestiging.xhtml}: the link mailed to a new address; a button confirms it. */
@Named("emailBevestiging")
@ViewScoped
public class EmailBevestigingBacking extends EmailLinkBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private EmailLinkService links;

    @Override
    protected Optional<String> open(String sleutel) {
        return links.openBevestiging(sleutel);
    }

    @Override
    protected String gebruik(String sleutel) {
        return links.bevestigEmail(sleutel);
    }

    public void bevestig() {
        doe();
    }

    public boolean isBevestigd() {
        return isGedaan();
    }
}
