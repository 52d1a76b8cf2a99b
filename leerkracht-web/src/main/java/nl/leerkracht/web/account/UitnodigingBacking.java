package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.leerkracht.service.account.UitnodigingService;
import nl.leerkracht.service.account.UitnodigingView;

/**
 * {@code /uitnodiging.xhtml}: the invitee's personal link. They choose a password and are logged
 * in; a used, expired or withdrawn link gets a page that says so and what to do.
 */
@Named("uitnodiging")
@ViewScoped
public class UitnodigingBacking extends WachtwoordKiezenBacking {

    private static final long serialVersionUID = 1L;

    @EJB
    private UitnodigingService uitnodigingen;

    private UitnodigingView uitnodiging;

    @Override
    public void load() {
        uitnodiging = uitnodigingen.open(getSleutel()).orElse(null);
    }

    @Override
    protected String kies(String sleutel, String wachtwoord, String herhaling) {
        return uitnodigingen.accept(sleutel, wachtwoord, herhaling);
    }

    @Override
    protected void linkWerktNiet() {
        uitnodiging = null;
    }

    @Override
    protected String klaarMelding() {
        return "uitnodiging.klaar";
    }

    /** The invitation the link opens; null when it does not work (any more). */
    public UitnodigingView getUitnodiging() {
        return uitnodiging;
    }
}
