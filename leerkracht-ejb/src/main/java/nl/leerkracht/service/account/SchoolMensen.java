package nl.leerkracht.service.account;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.Lidmaatschap;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.Kernteamlid;
import nl.leerkracht.domain.school.AdviesFte;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.service.platform.Keuze;

/** The people of one school, as the school's page shows them, and what the caller may do with them. */
public class SchoolMensen implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long schoolId;
    private final String schoolNaam;
    private final List<Rol> rollen;
    private final List<Keuze> teams;
    private final List<SchoolPersoonRow> mensen;
    private final List<Kernlid> kernteam;
    private final BigDecimal kernteamFte;
    private final BigDecimal adviesFte;

    SchoolMensen(
            School school,
            List<Rol> rollen,
            List<Team> teams,
            List<SchoolPersoonRow> mensen,
            Inschrijving inschrijving,
            Map<String, AccountStatus> opPlatform) {
        this.schoolId = school.getId();
        this.schoolNaam = school.getNaam();
        this.rollen = List.copyOf(rollen);
        this.teams = teams.stream().map(t -> new Keuze(t.getId(), t.getNaam())).toList();
        this.mensen = List.copyOf(mensen);
        this.kernteam = inschrijving == null
                ? List.of()
                : inschrijving.getKernteam().stream()
                        .map(k -> new Kernlid(
                                k,
                                k.getEmail() == null
                                        ? null
                                        : opPlatform.get(k.getRol().name() + " "
                                                + k.getEmail().toLowerCase(java.util.Locale.ROOT))))
                        .toList();
        this.kernteamFte = inschrijving == null
                ? null
                : inschrijving.getKernteam().stream().map(Kernteamlid::getFte).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.adviesFte = inschrijving == null
                ? null
                : AdviesFte.forTeachers(inschrijving.getAantalLeraren()).getFte();
    }

    /** The schoolcoach and aanjagers as agreed at enrolment (the newest approved or running one); empty without. */
    public List<Kernlid> getKernteam() {
        return kernteam;
    }

    /** The kernteam's fte together. */
    public BigDecimal getKernteamFte() {
        return kernteamFte;
    }

    /** The advised fte for schoolcoach and aanjagers at the enrolment's number of teachers. */
    public BigDecimal getAdviesFte() {
        return adviesFte;
    }

    /** A member of the kernteam as named at enrolment, and whether they are on the platform in that role here. */
    public static class Kernlid implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String naam;
        private final String rol;
        private final BigDecimal fte;
        private final String email;
        private final AccountStatus opPlatform;

        Kernlid(Kernteamlid lid, AccountStatus opPlatform) {
            this.naam = lid.getNaam();
            this.rol = lid.getRol().name();
            this.fte = lid.getFte();
            this.email = lid.getEmail();
            this.opPlatform = opPlatform;
        }

        public String getNaam() {
            return naam;
        }

        public String getRol() {
            return rol;
        }

        public BigDecimal getFte() {
            return fte;
        }

        public String getEmail() {
            return email;
        }

        /** The message key of whether they are on the platform in this role here: active, invited, or not yet. */
        public String getPlatformKey() {
            return opPlatform == AccountStatus.ACTIEF
                    ? "label.ja"
                    : opPlatform != null
                            ? "accountstatus." + opPlatform.name()
                            : email == null
                                    ? "schoolmensen.kernteam.geenEmail"
                                    : "schoolmensen.kernteam.nietUitgenodigd";
        }
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getSchoolNaam() {
        return schoolNaam;
    }

    /** The roles the caller may invite here; empty for who only reads (an Expertcoach). */
    public List<Rol> getRollen() {
        return rollen;
    }

    public boolean isBeheer() {
        return !rollen.isEmpty();
    }

    /** The school's teams (MBO, HBO); empty where the school does not work in teams. */
    public List<Keuze> getTeams() {
        return teams;
    }

    public List<SchoolPersoonRow> getMensen() {
        return mensen;
    }

    /** One person of the school. */
    public static class SchoolPersoonRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String naam;
        private final String email;
        private final Rol rol;
        private final String team;
        private final boolean lerarenregister;
        private final AccountStatus status;
        private final boolean beheerbaar;
        private final boolean elders;

        SchoolPersoonRow(Lidmaatschap lidmaatschap, boolean beheerbaar, boolean elders) {
            this.elders = elders;
            Account account = lidmaatschap.getAccount();
            this.id = account.getId();
            this.naam = account.getNaam();
            this.email = account.getEmail();
            this.rol = lidmaatschap.getRol();
            this.team = lidmaatschap.getTeam() == null
                    ? null
                    : lidmaatschap.getTeam().getNaam();
            this.lerarenregister = account.isLerarenregister();
            this.status = account.getStatus();
            this.beheerbaar = beheerbaar;
        }

        public long getId() {
            return id;
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

        public String getTeam() {
            return team;
        }

        public boolean isLerarenregister() {
            return lerarenregister;
        }

        public String getStatus() {
            return status.name();
        }

        public boolean isUitgenodigd() {
            return status == AccountStatus.UITGENODIGD;
        }

        /** The message key of marking this person as a leaver: leaving this school, deactivation, or withdrawal. */
        public String getVertrekKey() {
            return elders
                    ? "schoolmensen.vertrekElders"
                    : isUitgenodigd() ? "mensen.intrekken" : "schoolmensen.vertrek";
        }

        /** The message key of what marking this person as a leaver means for them. */
        public String getVertrekUitlegKey() {
            return elders
                    ? "schoolmensen.vertrekElders.uitleg"
                    : isUitgenodigd() ? "schoolmensen.intrekken.uitleg" : "persoon.deactiveer.uitleg";
        }

        /** Whether the person has a role elsewhere too, which they keep when they leave this school. */
        public boolean isElders() {
            return elders;
        }

        /** Whether the caller may mark this person as a leaver (or withdraw their invitation). */
        public boolean isBeheerbaar() {
            return beheerbaar && status != AccountStatus.GEDEACTIVEERD;
        }
    }
}
