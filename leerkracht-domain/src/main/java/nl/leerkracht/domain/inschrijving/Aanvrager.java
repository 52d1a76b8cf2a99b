package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import nl.leerkracht.domain.shared.Regelfout;
import nl.leerkracht.domain.shared.Tekst;

/**
 * Who asked for the enrolment: a schoolleider or bestuurder, with name and e-mail address so the
 * central team can reach them; the account too when they were logged in.
 */
@Embeddable
public class Aanvrager {

    public static final int NAAM_LENGTH = 120;
    public static final int EMAIL_LENGTH = 254;

    @Column(name = "aanvrager_naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Column(name = "aanvrager_email", length = EMAIL_LENGTH, nullable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "aanvrager_functie", length = 20, nullable = false)
    private Functie functie;

    @Column(name = "aanvrager_account", length = 60)
    private String account;

    protected Aanvrager() {
        // for JPA
    }

    /**
     * @param account the user name when logged in; null for the public form
     * @throws Regelfout for a missing name or an invalid e-mail address
     */
    public Aanvrager(String naam, String email, Functie functie, String account) {
        if (naam == null || naam.isBlank() || naam.trim().length() > NAAM_LENGTH) {
            throw new Regelfout("inschrijving.fout.aanvragerNaam", "name: " + naam);
        }
        Kernteamlid.refuseMarkup(naam);
        this.naam = naam.trim();
        this.email = Tekst.email(email, "inschrijving.fout.email");
        this.functie = Objects.requireNonNull(functie, "functie");
        this.account = account;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public Functie getFunctie() {
        return functie;
    }

    public String getAccount() {
        return account;
    }

    /** Who may ask for an enrolment (domain.md §4: the school decides, its leadership or board asks). */
    public enum Functie {
        SCHOOLLEIDER,
        BESTUURDER
    }
}
