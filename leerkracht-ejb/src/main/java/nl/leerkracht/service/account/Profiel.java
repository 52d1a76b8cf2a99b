package nl.leerkracht.service.account;

import java.io.Serializable;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.school.Sector;

/** The logged-in user as the screens show them: name, role, and their school or board. */
public class Profiel implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String username;
    private final String naam;
    private final String email;
    private final Rol rol;
    private final String schoolNaam;
    private final String bestuurNaam;
    private final Sector sector;

    Profiel(Account account) {
        this.username = account.getUsername();
        this.naam = account.getNaam();
        this.email = account.getEmail();
        this.rol = account.getRol();
        this.schoolNaam = account.getSchool() == null ? null : account.getSchool().getNaam();
        this.bestuurNaam = account.getBestuur() == null ? null : account.getBestuur().getNaam();
        this.sector = account.getSchool() != null ? account.getSchool().getSector()
                : account.getBestuur() != null ? account.getBestuur().getSector() : null;
    }

    public String getUsername() {
        return username;
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public Rol getRol() {
        return rol;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    public String getBestuurNaam() {
        return bestuurNaam;
    }

    /** The sector of the user's school or board; null for foundation staff. */
    public Sector getSector() {
        return sector;
    }
}
