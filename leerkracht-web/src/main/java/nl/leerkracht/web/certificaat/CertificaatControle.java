package nl.leerkracht.web.certificaat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import nl.leerkracht.domain.certificaat.Verificatiecode;
import nl.leerkracht.service.certificaat.CertificaatService;
import nl.leerkracht.service.certificaat.VerificatieView;
import nl.leerkracht.service.platform.RateLimits.Limit;
import nl.leerkracht.web.platform.RateLimiter;

/**
 * The public check of a certificate's code, for the page and the API alike: an unknown code counts
 * against the sender, and after 20 in ten minutes the sender is refused unseen for a while, so codes
 * cannot be enumerated. Text that cannot be a code (wrong length or characters) is answered as
 * unknown without a lookup and does not count.
 */
@ApplicationScoped
public class CertificaatControle {

    /** What a check found. */
    public static final class Antwoord {
        private final VerificatieView certificaat;
        private final Duration wacht;

        private Antwoord(VerificatieView certificaat, Duration wacht) {
            this.certificaat = certificaat;
            this.wacht = wacht;
        }

        /** The certificate with the code, if there is one. */
        public Optional<VerificatieView> getCertificaat() {
            return Optional.ofNullable(certificaat);
        }

        /** Whether the sender checked too many unknown codes and was not answered. */
        public boolean isTeVaak() {
            return wacht != null;
        }

        /** How long the sender has to wait, when refused. */
        public Duration getWacht() {
            return wacht;
        }
    }

    @EJB
    private CertificaatService certificaten;

    @Inject
    private RateLimiter rateLimiter;

    public Antwoord controleer(String tekst) {
        if (rateLimiter.isOver(Limit.VERIFICATION)) {
            return new Antwoord(null, rateLimiter.waitFor(Limit.VERIFICATION));
        }
        Optional<Verificatiecode> code = Verificatiecode.lees(tekst);
        if (code.isEmpty()) {
            // No certificate can have it and nothing is looked up: it does not count as a guess.
            return new Antwoord(null, null);
        }
        Optional<VerificatieView> gevonden = certificaten.controleer(code.get());
        if (gevonden.isEmpty()) {
            rateLimiter.count(Limit.VERIFICATION);
        }
        return new Antwoord(gevonden.orElse(null), null);
    }
}
