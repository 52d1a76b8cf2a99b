package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import nl.leerkracht.domain.shared.Regelfout;

/**
 * Someone who runs the programme in school: the schoolcoach or an aanjager, with the time the
 * school gives them (fte). Together they get 0.2–0.6 fte, depending on the school's size (domain.md §3).
 */
@Embeddable
public class Kernteamlid {

    public static final int NAAM_LENGTH = 120;
    public static final BigDecimal MAXIMUM_FTE = BigDecimal.ONE;

    @Column(name = "naam", length = NAAM_LENGTH, nullable = false)
    private String naam;

    @Enumerated(EnumType.STRING)
    @Column(name = "rol", length = 20, nullable = false)
    private Kernteamrol rol;

    @Column(name = "fte", precision = 3, scale = 2, nullable = false)
    private BigDecimal fte;

    /** Where the invitation goes when the trajectory starts; optional (the school can invite them later). */
    @Column(name = "email", length = nl.leerkracht.domain.shared.Tekst.EMAIL_LENGTH)
    private String email;

    protected Kernteamlid() {
        // for JPA
    }

    /**
     * @throws Regelfout for a missing or too long name, or an fte that is not more than 0 and at most 1
     */
    public Kernteamlid(String naam, Kernteamrol rol, BigDecimal fte) {
        this(naam, rol, fte, null);
    }

    /**
     * @param email where the invitation goes when the trajectory starts; blank for none
     * @throws Regelfout as {@link #Kernteamlid(String, Kernteamrol, BigDecimal)}, and
     *         {@code inschrijving.fout.kernteamEmail} for an address that is not one
     */
    public Kernteamlid(String naam, Kernteamrol rol, BigDecimal fte, String email) {
        if (naam == null || naam.isBlank() || naam.trim().length() > NAAM_LENGTH) {
            throw new Regelfout("inschrijving.fout.kernteamNaam", "name of " + rol + ": " + naam);
        }
        refuseMarkup(naam);
        if (fte == null
                || fte.signum() <= 0
                || fte.compareTo(MAXIMUM_FTE) > 0
                || fte.stripTrailingZeros().scale() > 2) {
            throw new Regelfout("inschrijving.fout.fte", "fte of " + naam + ": " + fte);
        }
        this.naam = naam.trim();
        this.rol = Objects.requireNonNull(rol, "rol");
        this.fte = fte.setScale(2);
        this.email = email == null || email.isBlank()
                ? null
                : nl.leerkracht.domain.shared.Tekst.email(email, "inschrijving.fout.kernteamEmail")
                        .toLowerCase(java.util.Locale.ROOT);
    }

    /** No person's name holds angle brackets; text with them is markup, not a name. */
    static void refuseMarkup(String naam) {
        nl.leerkracht.domain.shared.Tekst.geenMarkup(naam, "inschrijving.fout.tekens");
    }

    public String getNaam() {
        return naam;
    }

    public Kernteamrol getRol() {
        return rol;
    }

    public BigDecimal getFte() {
        return fte;
    }

    /** The address for the invitation at the trajectory's start, or {@code null}. */
    public String getEmail() {
        return email;
    }

    /** The two roles of the school's own programme team. */
    public enum Kernteamrol {
        SCHOOLCOACH,
        AANJAGER
    }
}
