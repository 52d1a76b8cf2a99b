package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;

/** An action as a form enters it (on the board, or new in a bordsessie); the domain checks it. */
public class ActieForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String omschrijving;
    /** The person's account id, chosen from the people of the school. */
    private Long eigenaar;

    private LocalDate deadline;

    /** Whether nothing was typed: a blank line in the bordsessie form is no new action. */
    public boolean isLeeg() {
        return (omschrijving == null || omschrijving.isBlank()) && eigenaar == null && deadline == null;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public Long getEigenaar() {
        return eigenaar;
    }

    public void setEigenaar(Long eigenaar) {
        this.eigenaar = eigenaar;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
