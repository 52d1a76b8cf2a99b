package nl.leerkracht.service.klacht;

import java.time.Instant;
import java.util.List;
import nl.leerkracht.domain.klacht.Handelingsoort;
import nl.leerkracht.domain.klacht.Klacht;

/**
 * What the complainant sees through the private link: the register line of their complaint, the
 * agreed term and the messages sent to them, never the handler's notes.
 */
public class KlachtVolgen extends KlachtRow {

    private static final long serialVersionUID = 1L;
    private final String termijnReden;
    private final List<KlachtView.HandelingRow> berichten;

    KlachtVolgen(Klacht klacht, Instant nu) {
        super(klacht, nu);
        this.termijnReden = klacht.getTermijnReden();
        this.berichten = klacht.getHandelingen().stream()
                .filter(h -> h.getSoort() != Handelingsoort.NOTITIE)
                .map(KlachtView.HandelingRow::new)
                .toList();
    }

    public String getTermijnReden() {
        return termijnReden;
    }

    public List<KlachtView.HandelingRow> getBerichten() {
        return berichten;
    }
}
