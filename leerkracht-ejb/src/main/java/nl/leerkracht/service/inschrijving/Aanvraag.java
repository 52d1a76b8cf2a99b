package nl.leerkracht.service.inschrijving;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.shared.Schooljaar;

/**
 * What the enrolment form (or the REST API) submits. The service checks every field again: the form
 * is a convenience, not the guard.
 */
public class Aanvraag implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long schoolId;
    private Long vestigingId;
    private Long teamId;

    @JsonbTypeAdapter(SchooljaarJson.class)
    private Schooljaar startjaar;

    private Integer aantalLeraren;
    private String aanvragerNaam;
    private String aanvragerEmail;

    @JsonbTypeAdapter(AanvragerFunctieJson.class)
    private Aanvrager.Functie aanvragerFunctie;

    private String schoolcoachNaam;
    private BigDecimal schoolcoachFte;
    private String schoolcoachEmail;
    private List<AanjagerForm> aanjagers = new ArrayList<>(List.of(new AanjagerForm()));
    private boolean besluitSamen;
    private boolean tijdIngeroosterd;
    private boolean schoolleidersregister;

    public Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(Long schoolId) {
        this.schoolId = schoolId;
    }

    public Long getVestigingId() {
        return vestigingId;
    }

    public void setVestigingId(Long vestigingId) {
        this.vestigingId = vestigingId;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    /** The start year as written, {@code 2027-2028}. */
    public Schooljaar getStartjaar() {
        return startjaar;
    }

    public void setStartjaar(Schooljaar startjaar) {
        this.startjaar = startjaar;
    }

    public Integer getAantalLeraren() {
        return aantalLeraren;
    }

    public void setAantalLeraren(Integer aantalLeraren) {
        this.aantalLeraren = aantalLeraren;
    }

    public String getAanvragerNaam() {
        return aanvragerNaam;
    }

    public void setAanvragerNaam(String aanvragerNaam) {
        this.aanvragerNaam = aanvragerNaam;
    }

    public String getAanvragerEmail() {
        return aanvragerEmail;
    }

    public void setAanvragerEmail(String aanvragerEmail) {
        this.aanvragerEmail = aanvragerEmail;
    }

    /** {@code SCHOOLLEIDER} or {@code BESTUURDER}. */
    public Aanvrager.Functie getAanvragerFunctie() {
        return aanvragerFunctie;
    }

    public void setAanvragerFunctie(Aanvrager.Functie aanvragerFunctie) {
        this.aanvragerFunctie = aanvragerFunctie;
    }

    public String getSchoolcoachNaam() {
        return schoolcoachNaam;
    }

    public void setSchoolcoachNaam(String schoolcoachNaam) {
        this.schoolcoachNaam = schoolcoachNaam;
    }

    public BigDecimal getSchoolcoachFte() {
        return schoolcoachFte;
    }

    public void setSchoolcoachFte(BigDecimal schoolcoachFte) {
        this.schoolcoachFte = schoolcoachFte;
    }

    /** Optional: the schoolcoach is invited to the platform when the trajectory starts. */
    public String getSchoolcoachEmail() {
        return schoolcoachEmail;
    }

    public void setSchoolcoachEmail(String schoolcoachEmail) {
        this.schoolcoachEmail = schoolcoachEmail;
    }

    public List<AanjagerForm> getAanjagers() {
        return aanjagers;
    }

    public void setAanjagers(List<AanjagerForm> aanjagers) {
        this.aanjagers = aanjagers == null ? new ArrayList<>() : aanjagers;
    }

    public boolean isBesluitSamen() {
        return besluitSamen;
    }

    public void setBesluitSamen(boolean besluitSamen) {
        this.besluitSamen = besluitSamen;
    }

    public boolean isTijdIngeroosterd() {
        return tijdIngeroosterd;
    }

    public void setTijdIngeroosterd(boolean tijdIngeroosterd) {
        this.tijdIngeroosterd = tijdIngeroosterd;
    }

    public boolean isSchoolleidersregister() {
        return schoolleidersregister;
    }

    public void setSchoolleidersregister(boolean schoolleidersregister) {
        this.schoolleidersregister = schoolleidersregister;
    }

    /** An aanjager with name and fte. */
    public static class AanjagerForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String naam;
        private BigDecimal fte;
        private String email;

        public AanjagerForm() {}

        public AanjagerForm(String naam, BigDecimal fte) {
            this.naam = naam;
            this.fte = fte;
        }

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
        }

        public BigDecimal getFte() {
            return fte;
        }

        public void setFte(BigDecimal fte) {
            this.fte = fte;
        }

        /** Optional: the aanjager is invited to the platform when the trajectory starts. */
        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }
}
