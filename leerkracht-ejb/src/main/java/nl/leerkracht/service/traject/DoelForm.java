package nl.leerkracht.service.traject;

import java.io.Serializable;
import java.time.LocalDate;

/** A goal as the board's form enters it; the domain checks it. */
public class DoelForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private String omschrijving;
    /** The person's account id, chosen from the people of the school. */
    private Long eigenaar;

    private String streefwaarde;
    private LocalDate deadline;

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

    public String getStreefwaarde() {
        return streefwaarde;
    }

    public void setStreefwaarde(String streefwaarde) {
        this.streefwaarde = streefwaarde;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
