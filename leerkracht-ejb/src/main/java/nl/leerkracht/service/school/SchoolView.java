package nl.leerkracht.service.school;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Sector;

/** A school with its locations, teams, cluster and the people who run the programme there. */
public class SchoolView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final Long id;
    private final String brin;
    private final String naam;
    private final Sector sector;
    private final String adres;
    private final String bestuurNaam;
    private final int aantalLeraren;
    private final BigDecimal adviesFte;
    private final List<EenheidRow> vestigingen;
    private final List<EenheidRow> teams;
    private final String clusterNaam;
    private final List<String> expertcoaches;
    private final List<RolhouderRow> schoolteam;
    private final boolean opKaart;

    SchoolView(School school, String clusterNaam, List<String> expertcoaches, List<RolhouderRow> schoolteam) {
        this.id = school.getId();
        this.brin = school.getBrin().getCode();
        this.naam = school.getNaam();
        this.sector = school.getSector();
        this.adres = school.getAdres().toString();
        this.bestuurNaam = school.getBestuur().getNaam();
        this.aantalLeraren = school.getAantalLeraren();
        this.adviesFte = school.getAdviesFte().getFte();
        this.vestigingen = school.getVestigingen().stream()
                .map(v -> new EenheidRow(
                        v.getVestigingscode(), v.getNaam(), v.getAdres().getPlaats()))
                .toList();
        this.teams = school.getTeams().stream()
                .map(t -> new EenheidRow(null, t.getNaam(), t.getAantalLeraren() + ""))
                .toList();
        this.clusterNaam = clusterNaam;
        this.expertcoaches = List.copyOf(expertcoaches);
        this.schoolteam = List.copyOf(schoolteam);
        this.opKaart = school.isOpKaart();
    }

    /** Whether the public map may show the school (once it takes part); the central team decides. */
    public boolean isOpKaart() {
        return opKaart;
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

    public Sector getSector() {
        return sector;
    }

    public String getAdres() {
        return adres;
    }

    public String getBestuurNaam() {
        return bestuurNaam;
    }

    public int getAantalLeraren() {
        return aantalLeraren;
    }

    public BigDecimal getAdviesFte() {
        return adviesFte;
    }

    public List<EenheidRow> getVestigingen() {
        return vestigingen;
    }

    public List<EenheidRow> getTeams() {
        return teams;
    }

    /** Null when the school is in no cluster yet. */
    public String getClusterNaam() {
        return clusterNaam;
    }

    public List<String> getExpertcoaches() {
        return expertcoaches;
    }

    /** The Expertcoaches' names in one line, for display. */
    public String getExpertcoachNamen() {
        return String.join(", ", expertcoaches);
    }

    public List<RolhouderRow> getSchoolteam() {
        return schoolteam;
    }

    /** A location or team: code (locations only), name, and place or number of teachers. */
    public static class EenheidRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String naam;
        private final String toelichting;

        EenheidRow(String code, String naam, String toelichting) {
            this.code = code;
            this.naam = naam;
            this.toelichting = toelichting;
        }

        public String getCode() {
            return code;
        }

        public String getNaam() {
            return naam;
        }

        public String getToelichting() {
            return toelichting;
        }
    }

    /** Someone of the school with a role in the programme. */
    public static class RolhouderRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String naam;
        private final String rol;

        public RolhouderRow(String naam, String rol) {
            this.naam = naam;
            this.rol = rol;
        }

        public String getNaam() {
            return naam;
        }

        public String getRol() {
            return rol;
        }
    }
}
