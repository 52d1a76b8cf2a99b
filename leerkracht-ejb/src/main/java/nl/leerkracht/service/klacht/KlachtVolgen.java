package nl.leerkracht.service.klacht;

import java.time.Instant;
import java.util.List;
import nl.leerkracht.domain.klacht.Handelingsoort;
import nl.leerkracht.domain.klacht.Klacht;

/**
 * What the complainant sees through the private link: the register line of their complaint, the
 * agreed term and the messages sent to them, never the handler's notes.
 */
public class KlachtVolgen extends KlachtRegel {

    private static final long serialVersionUID = 1L;
    private final String termijnReden;
    private final List<KlachtDetail.Stap> berichten;

    KlachtVolgen(Klacht klacht, Instant nu) {
        super(klacht, nu);
        this.termijnReden = klacht.getTermijnReden();
        this.berichten = klacht.getHandelingen().stream()
                .filter(h -> h.getSoort() != Handelingsoort.NOTITIE)
                .map(KlachtDetail.Stap::new)
                .toList();
    }

    public String getTermijnReden() {
        return termijnReden;
    }

    public List<KlachtDetail.Stap> getBerichten() {
        return berichten;
    }
}
