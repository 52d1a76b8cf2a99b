package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.Sector;

/** A directieteam enrolment as lists show it. */
public class DirectieteamRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A member: name and function. */
    public static class DirectielidRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String naam;
        private final String functie;

        DirectielidRow(String naam, String functie) {
            this.naam = naam;
            this.functie = functie;
        }

        public String getNaam() {
            return naam;
        }

        public String getFunctie() {
            return functie;
        }
    }

    private final Long id;
    private final String bestuur;
    private final Sector sector;
    private final String startjaar;
    private final List<DirectielidRow> leden;
    private final int werksessies;
    private final BigDecimal prijs;
    private final InschrijvingStatus status;
    private final String aangevraagdDoor;
    private final String reden;

    DirectieteamRow(DirectieteamInschrijving inschrijving) {
        this.id = inschrijving.getId();
        this.bestuur = inschrijving.getBestuur().getNaam();
        this.sector = inschrijving.getSector();
        this.startjaar = inschrijving.getStartjaar().toString();
        this.leden = inschrijving.getLeden().stream()
                .map(l -> new DirectielidRow(l.getNaam(), l.getFunctie().name()))
                .toList();
        this.werksessies = inschrijving.getWerksessies();
        this.prijs = inschrijving.getPrijs().getWaarde();
        this.status = inschrijving.getStatus();
        this.aangevraagdDoor = inschrijving.getAangevraagdDoor();
        this.reden = inschrijving.getHistorie().stream()
                .map(s -> s.getReden())
                .filter(r -> r != null)
                .reduce((a, b) -> b)
                .orElse(null);
    }

    public Long getId() {
        return id;
    }

    public String getBestuur() {
        return bestuur;
    }

    public Sector getSector() {
        return sector;
    }

    public String getStartjaar() {
        return startjaar;
    }

    public List<DirectielidRow> getLeden() {
        return leden;
    }

    public int getAantalLeden() {
        return leden.size();
    }

    public int getWerksessies() {
        return werksessies;
    }

    public BigDecimal getPrijs() {
        return prijs;
    }

    public InschrijvingStatus getStatus() {
        return status;
    }

    public boolean isAangevraagd() {
        return status == InschrijvingStatus.AANGEVRAAGD;
    }

    public String getAangevraagdDoor() {
        return aangevraagdDoor;
    }

    /** The reason of the last rejection, if any. */
    public String getReden() {
        return reden;
    }
}
