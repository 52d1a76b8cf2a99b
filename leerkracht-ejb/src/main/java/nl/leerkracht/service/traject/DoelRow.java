package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;
import nl.leerkracht.domain.traject.Doel;
import nl.leerkracht.domain.traject.DoelStatus;

/** A goal on the board. */
public class DoelRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String omschrijving;
    private final String eigenaar;
    private final String streefwaarde;
    private final LocalDate deadline;
    private final DoelStatus status;

    DoelRow(Doel doel, Teamleden teamleden) {
        this.id = doel.getId();
        this.omschrijving = doel.getOmschrijving();
        this.eigenaar = teamleden.naam(doel.getEigenaar());
        this.streefwaarde = doel.getStreefwaarde();
        this.deadline = doel.getDeadline();
        this.status = doel.getStatus();
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

    public String getStreefwaarde() {
        return streefwaarde;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public DoelStatus getStatus() {
        return status;
    }
}
