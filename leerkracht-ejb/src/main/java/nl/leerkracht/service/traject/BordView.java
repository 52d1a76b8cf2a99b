package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.traject.Actie;
import nl.leerkracht.domain.traject.Bordsessie;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.DoelStatus;
import nl.leerkracht.domain.traject.Succes;
import nl.leerkracht.domain.traject.Traject;

/**
 * The team board tab of a trajectory: the ambition, the goals, the actions, the latest successes
 * and the recent bordsessies, each under the current name of the person it names.
 */
public class BordView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String ambitie;
    private final List<DoelRow> doelen;
    private final List<ActieRow> acties;
    private final List<SuccesRow> successen;
    private final List<BordsessieRow> bordsessies;

    BordView(
            Traject traject,
            List<Doel> doelen,
            List<Actie> acties,
            List<Succes> successen,
            List<Bordsessie> sessies,
            Teamleden teamleden,
            LocalDate vandaag) {
        this.ambitie = traject.getAmbitie();
        this.doelen = doelen.stream().map(d -> new DoelRow(d, teamleden)).toList();
        this.acties =
                acties.stream().map(a -> new ActieRow(a, teamleden, vandaag)).toList();
        this.successen = successen.stream().map(SuccesRow::new).toList();
        this.bordsessies =
                sessies.stream().map(b -> new BordsessieRow(b, teamleden)).toList();
    }

    public String getAmbitie() {
        return ambitie;
    }

    public List<DoelRow> getDoelen() {
        return doelen;
    }

    /** The goals still running: a bordsessie ticks those it discussed, a student round may serve one. */
    public List<DoelRow> getLopendeDoelen() {
        return doelen.stream().filter(d -> d.getStatus() == DoelStatus.LOOPT).toList();
    }

    public List<ActieRow> getActies() {
        return acties;
    }

    public List<ActieRow> getOpenActies() {
        return acties.stream().filter(ActieRow::isOpen).toList();
    }

    public List<SuccesRow> getSuccessen() {
        return successen;
    }

    /** The latest bordsessies, newest first. */
    public List<BordsessieRow> getBordsessies() {
        return bordsessies;
    }
}
