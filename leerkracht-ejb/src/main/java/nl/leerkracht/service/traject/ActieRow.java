package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.Actie;

/** An action on the board. */
public class ActieRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String omschrijving;
    private final String eigenaar;
    private final LocalDate deadline;
    private final LocalDate afgerondOp;
    private final boolean teLaat;

    ActieRow(Actie actie, Teamleden teamleden, LocalDate vandaag) {
        this.id = actie.getId();
        this.omschrijving = actie.getOmschrijving();
        this.eigenaar = teamleden.naam(actie.getEigenaar());
        this.deadline = actie.getDeadline();
        this.afgerondOp = actie.getAfgerondOp();
        this.teLaat = actie.isTeLaat(vandaag);
    }

    public long getId() {
        return id;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getEigenaar() {
        return eigenaar;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getAfgerondOp() {
        return afgerondOp;
    }

    public boolean isOpen() {
        return afgerondOp == null;
    }

    public boolean isTeLaat() {
        return teLaat;
    }
}
