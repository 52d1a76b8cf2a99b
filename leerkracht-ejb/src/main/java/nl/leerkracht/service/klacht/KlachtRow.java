package nl.leerkracht.service.klacht;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.domain.klacht.KlachtStatus;
import nl.leerkracht.domain.klacht.KlachtUitkomst;
import nl.leerkracht.domain.klacht.Klachttermijn;

/**
 * A complaint in the handler's register: reference, subject, status and clocks. No name or
 * description: the register can be shown and exported without personal data.
 */
public class KlachtRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String referentie;
    private final KlachtOnderwerp onderwerp;
    private final KlachtStatus status;
    private final Instant ontvangenOp;
    private final Instant ontvangstUiterlijk;
    private final Instant ontvangstBevestigdOp;
    private final Instant oplossingUiterlijk;
    private final Instant afgeslotenOp;
    private final KlachtUitkomst uitkomst;
    private final boolean teLaat;
    private final Boolean ontvangstOpTijd;
    private final Boolean oplossingOpTijd;

    KlachtRow(Klacht klacht, Instant nu) {
        this.id = klacht.getId();
        this.referentie = klacht.getReferentie();
        this.onderwerp = klacht.getOnderwerp();
        this.status = klacht.getStatus();
        this.ontvangenOp = klacht.getOntvangenOp();
        this.ontvangstUiterlijk = klacht.getOntvangstUiterlijk();
        this.ontvangstBevestigdOp = klacht.getOntvangstBevestigdOp();
        this.oplossingUiterlijk = klacht.getOplossingUiterlijk();
        this.afgeslotenOp = klacht.getAfgeslotenOp();
        this.uitkomst = klacht.getUitkomst();
        this.teLaat = klacht.isTeLaat(nu);
        this.ontvangstOpTijd = klacht.getOntvangstOpTijd();
        this.oplossingOpTijd = klacht.getOplossingOpTijd();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public long getId() {
        return id;
    }

    public String getReferentie() {
        return referentie;
    }

    public KlachtOnderwerp getOnderwerp() {
        return onderwerp;
    }

    public KlachtStatus getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public int getJaar() {
        return ontvangenOp.atZone(Klachttermijn.ZONE).getYear();
    }

    public Date getOntvangenOp() {
        return date(ontvangenOp);
    }

    public Date getOntvangstUiterlijk() {
        return date(ontvangstUiterlijk);
    }

    public Date getOntvangstBevestigdOp() {
        return date(ontvangstBevestigdOp);
    }

    public Date getOplossingUiterlijk() {
        return date(oplossingUiterlijk);
    }

    public Date getAfgeslotenOp() {
        return date(afgeslotenOp);
    }

    public KlachtUitkomst getUitkomst() {
        return uitkomst;
    }

    /** A deadline has passed while the complaint is open: highlighted in the register. */
    public boolean isTeLaat() {
        return teLaat;
    }

    public Boolean getOntvangstOpTijd() {
        return ontvangstOpTijd;
    }

    public Boolean getOplossingOpTijd() {
        return oplossingOpTijd;
    }
}
