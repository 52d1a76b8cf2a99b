package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.Bordsessie;

/** A logged bordsessie. */
public class BordsessieRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final LocalDate datum;
    private final String aanwezigen;
    private final int doelenBesproken;
    private final int actiesAfgerond;
    private final int actiesNieuw;
    private final String notitie;
    private final String door;

    BordsessieRow(Bordsessie sessie, Teamleden teamleden) {
        this.datum = sessie.getDatum();
        this.aanwezigen = String.join(
                ", ", sessie.getAanwezigen().stream().map(teamleden::naam).toList());
        this.doelenBesproken = sessie.getBesprokenDoelen().size();
        this.actiesAfgerond = sessie.getActiesAfgerond();
        this.actiesNieuw = sessie.getActiesNieuw();
        this.notitie = sessie.getNotitie();
        this.door = sessie.getDoor();
    }

    public LocalDate getDatum() {
        return datum;
    }

    public String getAanwezigen() {
        return aanwezigen;
    }

    public int getDoelenBesproken() {
        return doelenBesproken;
    }

    public int getActiesAfgerond() {
        return actiesAfgerond;
    }

    public int getActiesNieuw() {
        return actiesNieuw;
    }

    public String getNotitie() {
        return notitie;
    }

    public String getDoor() {
        return door;
    }
}
