package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.time.Instant;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.domain.shared.Schooljaar;

/** One enrolment as a row in a list. */
public class InschrijvingRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String brin;
    private final String schoolNaam;
    private final String eenheidNaam;
    private final Sector sector;
    private final String startjaar;
    private final int aantalLeraren;
    private final InschrijvingStatus status;
    private final String aanvrager;
    private final Instant aangevraagdOp;

    /** Built by a JPQL constructor expression. */
    public InschrijvingRow(
            Long id,
            String brin,
            String schoolNaam,
            String eenheidNaam,
            Sector sector,
            Schooljaar startjaar,
            int aantalLeraren,
            InschrijvingStatus status,
            String aanvrager,
            Instant aangevraagdOp) {
        this.id = id;
        this.brin = brin;
        this.schoolNaam = schoolNaam;
        this.eenheidNaam = eenheidNaam;
        this.sector = sector;
        this.startjaar = startjaar.toString();
        this.aantalLeraren = aantalLeraren;
        this.status = status;
        this.aanvrager = aanvrager;
        this.aangevraagdOp = aangevraagdOp;
    }

    public Long getId() {
        return id;
    }

    public String getBrin() {
        return brin;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    /** The school, vestiging or team that enrolled. */
    public String getEenheidNaam() {
        return eenheidNaam;
    }

    public Sector getSector() {
        return sector;
    }

    public String getStartjaar() {
        return startjaar;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }

    public InschrijvingStatus getStatus() {
        return status;
    }

    public String getAanvrager() {
        return aanvrager;
    }

    public Instant getAangevraagdOp() {
        return aangevraagdOp;
    }

    public java.util.Date getAangevraagdOpDatum() {
        return aangevraagdOp == null ? null : java.util.Date.from(aangevraagdOp);
    }
}
