package nl.leerkracht.service.account;

import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Lidmaatschap;
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
    private final List<Rolkeuze> rollen;

    /** A membership to switch to in the header (a class, not a record: Faces EL reads getters). */
    public static final class Rolkeuze implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String principal;
        private final Rol rol;
        private final String plek;
        private final boolean actief;

        /**
         * @param principal the name the person goes by while working in it
         * @param plek the school's or board's name; null for foundation roles and Expertcoaches
         * @param actief whether the person works in it now
         */
        Rolkeuze(long id, String principal, Rol rol, String plek, boolean actief) {
            this.id = id;
            this.principal = principal;
            this.rol = rol;
            this.plek = plek;
            this.actief = actief;
        }

        public long getId() {
            return id;
        }

        public String getPrincipal() {
            return principal;
        }

        public Rol getRol() {
            return rol;
        }

        public String getPlek() {
            return plek;
        }

        public boolean isActief() {
            return actief;
        }
    }

    /** The name of the place of a membership, for a person to tell two of theirs apart. */
    static String plek(Lidmaatschap lidmaatschap) {
        return lidmaatschap.getSchool() != null
                ? lidmaatschap.getSchool().getNaam()
                : lidmaatschap.getBestuur() != null ? lidmaatschap.getBestuur().getNaam() : null;
    }

    Profiel(Account account) {
        this.username = account.getUsername();
        this.naam = account.getNaam();
        this.email = account.getEmail();
        this.rol = account.getRol();
        this.schoolNaam =
                account.getSchool() == null ? null : account.getSchool().getNaam();
        this.rollen = account.getLidmaatschappen().stream()
                .map(l -> new Rolkeuze(
                        l.getId(), Principal.of(account, l), l.getRol(), plek(l), l == account.getLidmaatschap()))
                .toList();
        this.bestuurNaam =
                account.getBestuur() == null ? null : account.getBestuur().getNaam();
        this.sector = account.getSchool() != null
                ? account.getSchool().getSector()
                : account.getBestuur() != null ? account.getBestuur().getSector() : null;
    }

    /** Whether the person has more than one membership, so the header offers to switch. */
    public boolean isMeerdereRollen() {
        return rollen.size() > 1;
    }

    /** All the person's memberships, the first one given first, the one they work in now marked. */
    public List<Rolkeuze> getRollen() {
        return rollen;
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
