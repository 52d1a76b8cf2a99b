package nl.leerkracht.web.certificaat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkracht.service.certificaat.VerificatieView;

/**
 * {@code /certificaat/controleren.xhtml?code=…}: anyone checks a certificate's verification code,
 * typed in or opened from the certificate's QR code; the answer names whose certificate it is, what
 * for and when, or says the code is unknown.
 */
@Named("certificaatControleren")
@RequestScoped
public class CertificaatControlerenBacking {

    @Inject
    private CertificaatControle controle;

    private String code;
    private VerificatieView certificaat;
    private boolean onbekend;
    private boolean teVaak;

    /** f:viewAction: checks the code of the address, if there is one. */
    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        CertificaatControle.Antwoord uitkomst = controle.controleer(code);
        teVaak = uitkomst.isTeVaak();
        certificaat = uitkomst.getCertificaat().orElse(null);
        onbekend = !teVaak && certificaat == null;
    }

    /** The form's button: the check gets an address of its own, so it can be bookmarked or shared. */
    public String controleer() {
        return "/certificaat/controleren?faces-redirect=true&includeViewParams=true";
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public VerificatieView getCertificaat() {
        return certificaat;
    }

    public boolean isOnbekend() {
        return onbekend;
    }

    public boolean isTeVaak() {
        return teVaak;
    }
}
