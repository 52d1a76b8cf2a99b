package nl.leerkracht.domain.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.shared.Regelfout;

/**
 * A person of the school as the team board refers to them: a goal's or action's owner, someone at
 * a bordsessie, a lesson visit's visitor or visited. It names the person (their account) and keeps
 * the name as it was when entered, so a history reads the same after they leave. Boards from
 * before people were kept may hold a name that fits nobody (migration V19): then only the name.
 * Two teachers with the same name are two people; a renamed teacher stays one.
 */
@Embeddable
public class Teamlid implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The person; {@code null} only for a name from before people were kept that fits nobody. */
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "naam", length = Doel.EIGENAAR_LENGTH, nullable = false)
    private String naam;

    protected Teamlid() {
        // for JPA
    }

    private Teamlid(Long accountId, String naam) {
        this.accountId = accountId;
        this.naam = naam;
    }

    /**
     * A person of the trajectory's team who can work on its board ({@link Traject#isVanHetTeam}):
     * for a school, a schoolleider, schoolcoach, aanjager or teacher of that school; for a
     * directieteam, a bestuurder of the board or a schoolleider of one of its schools; either way
     * one who accepted their invitation and has not left.
     *
     * @param fout the message key when nobody is chosen
     * @throws Regelfout when nobody is chosen ({@code fout}) or the person is not of this team
     *         ({@code teambord.fout.geenTeamlid}, for a directieteam {@code teambord.fout.geenDirectielid})
     */
    public static Teamlid van(Traject traject, Account persoon, String fout) {
        if (persoon == null) {
            throw new Regelfout(fout, "nobody chosen");
        }
        if (!isVanHetTeam(traject, persoon)) {
            throw new Regelfout(
                    traject.isDirectieteam() ? "teambord.fout.geenDirectielid" : "teambord.fout.geenTeamlid",
                    persoon.getUsername() + " is not of the team of trajectory " + traject.getId());
        }
        return new Teamlid(persoon.getId(), persoon.getNaam());
    }

    /** Whether the person may be chosen on this trajectory's board. */
    public static boolean isVanHetTeam(Traject traject, Account persoon) {
        return persoon.getStatus() == AccountStatus.ACTIEF
                && persoon.getLidmaatschappen().stream().anyMatch(traject::isVanHetTeam);
    }

    /** The person's account id, or {@code null} for an old name that fits nobody. */
    public Long getAccountId() {
        return accountId;
    }

    /** The name as it was entered. */
    public String getNaam() {
        return naam;
    }

    /** Whether this is the same person: by account, or, for old names that fit nobody, by name. */
    public boolean isZelfde(Teamlid ander) {
        return accountId != null
                ? accountId.equals(ander.accountId)
                : ander.accountId == null && naam.toLowerCase(Locale.ROOT).equals(ander.naam.toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof Teamlid that
                        && Objects.equals(accountId, that.accountId)
                        && Objects.equals(naam, that.naam);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, naam);
    }

    @Override
    public String toString() {
        return naam + (accountId == null ? "" : " (" + accountId + ")");
    }
}
