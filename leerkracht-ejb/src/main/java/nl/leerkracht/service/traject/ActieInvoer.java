package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;

/** An action as a form enters it (on the board, or new in a bordsessie); the domain checks it. */
public class ActieInvoer implements Serializable {

    private static final long serialVersionUID = 1L;
    private String omschrijving;
    private String eigenaar;
    private LocalDate deadline;

    /** Whether nothing was typed: a blank line in the bordsessie form is no new action. */
    public boolean isLeeg() {
        return (omschrijving == null || omschrijving.isBlank()) && (eigenaar == null || eigenaar.isBlank()) && deadline == null;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String getEigenaar() {
        return eigenaar;
    }

    public void setEigenaar(String eigenaar) {
        this.eigenaar = eigenaar;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
