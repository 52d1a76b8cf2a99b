package nl.leerkracht.service.inschrijving;

import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;

/** A school as the enrolment form needs it: which units can enrol, and the advised capacity. */
public class InschrijfbareSchool implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String brin;
    private final String naam;
    private final String plaats;
    private final Sector sector;
    private final int aantalLeraren;
    private final List<InschrijfbareEenheid> vestigingen;
    private final List<InschrijfbareEenheid> teams;

    InschrijfbareSchool(School school) {
        this.id = school.getId();
        this.brin = school.getBrin().getCode();
        this.naam = school.getNaam();
        this.plaats = school.getAdres().getPlaats();
        this.sector = school.getSector();
        this.aantalLeraren = school.getAantalLeraren();
        this.vestigingen = school.getVestigingen().stream()
                .map(v -> new InschrijfbareEenheid(v.getId(), v.getVestigingscode() + " " + v.getNaam(), null))
                .toList();
        this.teams = school.getTeams().stream()
                .map(t -> new InschrijfbareEenheid(t.getId(), t.getNaam(), t.getAantalLeraren()))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getBrin() {
        return brin;
    }

    public String getNaam() {
        return naam;
    }

    public String getPlaats() {
        return plaats;
    }

    public Sector getSector() {
        return sector;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }

    public List<InschrijfbareEenheid> getVestigingen() {
        return vestigingen;
    }

    public List<InschrijfbareEenheid> getTeams() {
        return teams;
    }

    /** The units that can enrol: the vestigingen (VO), the teams (MBO, HBO), or none (PO: the school). */
    public List<InschrijfbareEenheid> getEenheden() {
        return switch (sector.getInschrijfeenheid()) {
            case SCHOOL -> List.of();
            case VESTIGING -> vestigingen;
            case TEAM -> teams;
        };
    }

    /** A vestiging or team that can enrol. */
    public static class InschrijfbareEenheid implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final String naam;
        private final Integer aantalLeraren;

        InschrijfbareEenheid(Long id, String naam, Integer aantalLeraren) {
            this.id = id;
            this.naam = naam;
            this.aantalLeraren = aantalLeraren;
        }

        public Long getId() {
            return id;
        }

        public String getNaam() {
            return naam;
        }

        public Integer getAantalLeraren() {
            return aantalLeraren;
        }
    }
}
