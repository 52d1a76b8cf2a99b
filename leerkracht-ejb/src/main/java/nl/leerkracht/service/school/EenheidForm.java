package nl.leerkracht.service.school;

import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;

/**
 * A location (VO) or team (MBO/HBO) of a school as the central team edits it; id null for a new
 * one. A location has a number and an address, a team a number of teachers.
 */
public class EenheidForm extends AdresForm {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Integer vestigingsnummer;
    private String code;
    private String naam;
    private Integer aantalLeraren;

    public EenheidForm() {}

    static EenheidForm van(Vestiging vestiging) {
        EenheidForm invoer = new EenheidForm();
        invoer.id = vestiging.getId();
        invoer.vestigingsnummer = vestiging.getVestigingsnummer();
        invoer.code = vestiging.getVestigingscode();
        invoer.naam = vestiging.getNaam();
        invoer.vulAdres(vestiging.getAdres());
        return invoer;
    }

    static EenheidForm van(Team team) {
        EenheidForm invoer = new EenheidForm();
        invoer.id = team.getId();
        invoer.naam = team.getNaam();
        invoer.aantalLeraren = team.getAantalLeraren();
        return invoer;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVestigingsnummer() {
        return vestigingsnummer;
    }

    public void setVestigingsnummer(Integer vestigingsnummer) {
        this.vestigingsnummer = vestigingsnummer;
    }

    public String getCode() {
        return code;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public Integer getAantalLeraren() {
        return aantalLeraren;
    }

    public void setAantalLeraren(Integer aantalLeraren) {
        this.aantalLeraren = aantalLeraren;
    }
}
