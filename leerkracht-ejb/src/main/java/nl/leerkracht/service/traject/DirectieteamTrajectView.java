package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.leerkracht.domain.inschrijving.DirectieteamLid;
import nl.leerkracht.domain.traject.DirectieteamTraject;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Fasewissel;
import nl.leerkracht.domain.traject.Programma;

/** A directieteam's trajectory: the board, the members, the phase and its history, and whether the caller moves it. */
public class DirectieteamTrajectView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final long id;
    private final String bestuur;
    private final String startjaar;
    private final List<String> leden;
    private final Fase fase;
    private final List<Fase> alleFasen;
    private final Fase volgendeFase;
    private final List<Fase> faseKeuzes;
    private final LocalDate gestartOp;
    private final List<FasewisselRow> stappen;
    private final boolean magFaseWisselen;

    DirectieteamTrajectView(DirectieteamTraject traject, boolean magFaseWisselen) {
        this.id = traject.getId();
        this.bestuur = traject.getBestuur().getNaam();
        this.startjaar = traject.getDirectieteam().getStartjaar().toString();
        this.leden = traject.getDirectieteam().getLeden().stream()
                .map(DirectieteamLid::getNaam)
                .toList();
        this.fase = traject.getFase();
        this.alleFasen = Programma.DIRECTIETEAM.getFasen();
        this.volgendeFase = traject.getVolgendeFase();
        this.faseKeuzes = traject.getFaseKeuzes();
        this.gestartOp = traject.getGestartOp();
        List<FasewisselRow> nieuwsteEerst = new ArrayList<>();
        for (Fasewissel wissel : traject.getFasen()) {
            nieuwsteEerst.add(new FasewisselRow(wissel));
        }
        Collections.reverse(nieuwsteEerst);
        this.stappen = List.copyOf(nieuwsteEerst);
        this.magFaseWisselen = magFaseWisselen;
    }

    public long getId() {
        return id;
    }

    public String getBestuur() {
        return bestuur;
    }

    public String getStartjaar() {
        return startjaar;
    }

    public List<String> getLeden() {
        return leden;
    }

    public String getLedenTekst() {
        return String.join(", ", leden);
    }

    public Fase getFase() {
        return fase;
    }

    public List<Fase> getAlleFasen() {
        return alleFasen;
    }

    public int getFaseIndex() {
        return alleFasen.indexOf(fase);
    }

    public Fase getVolgendeFase() {
        return volgendeFase;
    }

    /** The phases the Expertcoach may choose: the next one first, then the earlier ones. */
    public List<Fase> getFaseKeuzes() {
        return faseKeuzes;
    }

    public LocalDate getGestartOp() {
        return gestartOp;
    }

    public List<FasewisselRow> getStappen() {
        return stappen;
    }

    public boolean isMagFaseWisselen() {
        return magFaseWisselen;
    }

    /** The latest evaluation, for lists and the bestuurder's overview; null before the first step. */
    public String getLaatsteEvaluatie() {
        return stappen.stream()
                .map(FasewisselRow::getEvaluatie)
                .filter(e -> e != null)
                .findFirst()
                .orElse(null);
    }
}
