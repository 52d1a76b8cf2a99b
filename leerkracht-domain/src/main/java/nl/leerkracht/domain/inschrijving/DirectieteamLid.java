package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import nl.leerkracht.domain.shared.Regelfout;

/** A member of a directieteam: name and function. */
@Embeddable
public class DirectieteamLid {

    public static final int NAAM_LENGTH = 120;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "functie", length = 30, nullable = false)
    private DirectieteamFunctie functie;

    protected DirectieteamLid() {
        // for JPA
    }

    /**
     * @throws Regelfout for a missing, too long or marked-up name, or no function
     */
    public DirectieteamLid(String naam, DirectieteamFunctie functie) {
        if (naam == null || naam.isBlank() || naam.trim().length() > NAAM_LENGTH) {
            throw new Regelfout("directieteam.fout.naam", "name: " + naam);
        }
        Kernteamlid.refuseMarkup(naam);
        if (functie == null) {
            throw new Regelfout("directieteam.fout.functie", "no function for " + naam);
        }
        this.naam = naam.trim();
        this.functie = Objects.requireNonNull(functie);
    }

    public String getNaam() {
        return naam;
    }

    public DirectieteamFunctie getFunctie() {
        return functie;
    }
}
