package nl.leerkracht.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Period;
import nl.leerkracht.domain.account.Sessie;
import nl.leerkracht.service.klacht.KlachtTermijnen;

/**
 * The privacy statement's figures, from what the platform does: how long a closed complaint and a
 * login session are kept. So the statement stays true when the retention is configured otherwise.
 */
@Named("privacy")
@RequestScoped
public class PrivacyBacking {

    @EJB
    private KlachtTermijnen klachtTermijnen;

    @Inject
    private Messages messages;

    /** The complaints' retention after closing, in words: "2 jaar", "18 maanden". */
    public String getKlachtBewaartermijn() {
        return termijn(klachtTermijnen.bewaartermijn());
    }

    /** How long a session is kept after it was last used, in days. */
    public long getSessieDagen() {
        return Sessie.BEWAREN.toDays();
    }

    private String termijn(Period period) {
        long months = period.toTotalMonths();
        return months % 12 == 0
                ? messages.text("privacy.termijn.jaren", months / 12)
                : messages.text("privacy.termijn.maanden", months);
    }
}
