package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.MijnGegevensService;
import nl.leerkracht.service.account.Profiel;
import nl.leerkracht.service.account.SessieRow;
import nl.leerkracht.service.certificaat.CertificaatRow;
import nl.leerkracht.service.certificaat.CertificaatService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.web.platform.Messages;

/**
 * {@code /mijn/gegevens.xhtml}: one's own account. Name, e-mail address (confirmed from the new
 * mailbox), password (asks the current one), logging out everywhere else, and one's personal data.
 */
@Named("mijnGegevens")
@ViewScoped
public class MijnGegevensBacking implements Serializable {

    @Inject
    private Clock clock;

    private static final long serialVersionUID = 1L;

    @EJB
    private MijnGegevensService mijn;

    @EJB
    private AccountService accounts;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private Profiel profiel;
    private String wachtendEmail;
    private String naam;
    private String email;
    private String emailWachtwoord;
    private String huidig;
    private String nieuw;
    private String herhaling;
    private List<SessieRow> sessies;
    private boolean lerarenregister;
    private List<CertificaatRow> certificaten;

    @EJB
    private CertificaatService certificaatService;

    public void load() {
        if (profiel == null) {
            lees();
            naam = profiel.getNaam();
            lerarenregister = mijn.isLerarenregister();
        }
    }

    private void lees() {
        profiel = accounts.getProfiel();
        wachtendEmail = mijn.wachtendEmail().orElse(null);
        sessies = mijn.sessies(huidigeSessie());
        certificaten = certificaatService.mijn();
    }

    /** This page's own session; 0 (no session) for a caller without one, which matches no row. */
    private static long huidigeSessie() {
        return LoginMechanism.sessieId(request().getSession(false)).orElse(0L);
    }

    public void bewaarRegister() {
        messages.gelukt(
                () -> mijn.wijzigLerarenregister(lerarenregister),
                lerarenregister ? "mijn.register.ja" : "mijn.register.nee");
    }

    public boolean isLerarenregister() {
        return lerarenregister;
    }

    public void setLerarenregister(boolean lerarenregister) {
        this.lerarenregister = lerarenregister;
    }

    public List<CertificaatRow> getCertificaten() {
        return certificaten;
    }

    public void bewaarNaam() {
        try {
            mijn.wijzigNaam(naam);
            activeUser.reset();
            lees();
            naam = profiel.getNaam();
            messages.info("mijn.naam.bewaard");
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void wijzigEmail() {
        try {
            if (mijn.vraagEmailWijziging(email, emailWachtwoord)) {
                lees();
                messages.info("mijn.email.verstuurd", wachtendEmail);
                email = null;
            } else {
                messages.error("wachtwoord.fout.huidig");
            }
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        emailWachtwoord = null;
    }

    public void wijzigWachtwoord() {
        try {
            if (mijn.wijzigWachtwoord(huidig, nieuw, herhaling)) {
                LoginMechanism.renewSession(request(), clock.instant());
                messages.info("mijn.wachtwoord.bewaard");
            } else {
                messages.error("wachtwoord.fout.huidig");
            }
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        huidig = null;
        nieuw = null;
        herhaling = null;
    }

    public void logUitElders() {
        mijn.beeindigAndereSessies(huidigeSessie());
        LoginMechanism.renewSession(request(), clock.instant());
        messages.info("mijn.sessies.beeindigd");
        sessies = mijn.sessies(huidigeSessie());
    }

    /** Ends one other session: whoever is logged in there is out at their next request. */
    public void beeindig(long sessieId) {
        try {
            mijn.beeindigSessie(sessieId, huidigeSessie());
            messages.info("mijn.sessies.eenBeeindigd");
        } catch (NotFoundException gone) {
            messages.info("mijn.sessies.eenBeeindigd");
        }
        sessies = mijn.sessies(huidigeSessie());
    }

    public List<SessieRow> getSessies() {
        return sessies;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public Profiel getProfiel() {
        return profiel;
    }

    /** A new address waiting for confirmation; null when none. */
    public String getWachtendEmail() {
        return wachtendEmail;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getEmailWachtwoord() {
        return emailWachtwoord;
    }

    public void setEmailWachtwoord(String emailWachtwoord) {
        this.emailWachtwoord = emailWachtwoord;
    }

    public String getHuidig() {
        return huidig;
    }

    public void setHuidig(String huidig) {
        this.huidig = huidig;
    }

    public String getNieuw() {
        return nieuw;
    }

    public void setNieuw(String nieuw) {
        this.nieuw = nieuw;
    }

    public String getHerhaling() {
        return herhaling;
    }

    public void setHerhaling(String herhaling) {
        this.herhaling = herhaling;
    }
}
