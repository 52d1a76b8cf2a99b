package nl.leerkracht.service.account;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.shared.Tijdzone;

/** One person in the central team's list of people. */
public class PersoonRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");
    private final Long id;
    private final String naam;
    private final String email;
    private final String gebruikersnaam;
    private final Rol rol;
    private final AccountStatus status;
    private final String school;
    private final String bestuur;
    private final String laatsteLoginTekst;

    public PersoonRow(
            Long id,
            String naam,
            String email,
            String gebruikersnaam,
            Rol rol,
            AccountStatus status,
            String school,
            String bestuur,
            Instant laatsteLogin) {
        this.id = id;
        this.naam = naam;
        this.email = email;
        this.gebruikersnaam = gebruikersnaam;
        this.rol = rol;
        this.status = status;
        this.school = school;
        this.bestuur = bestuur;
        this.laatsteLoginTekst = laatsteLogin == null ? "" : MOMENT.format(laatsteLogin.atZone(Tijdzone.NEDERLAND));
    }

    public Long getId() {
        return id;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public Rol getRol() {
        return rol;
    }

    /** The status as the list shows and filters it. */
    public String getWeergaveStatus() {
        return status.name();
    }

    public boolean isUitgenodigd() {
        return status == AccountStatus.UITGENODIGD;
    }

    /** The school or board the person belongs to, if any. */
    public String getPlek() {
        return school != null ? school : bestuur;
    }

    /** The last login as d-M-yyyy HH:mm, Dutch time; empty for never. */
    public String getLaatsteLoginTekst() {
        return laatsteLoginTekst;
    }
}
