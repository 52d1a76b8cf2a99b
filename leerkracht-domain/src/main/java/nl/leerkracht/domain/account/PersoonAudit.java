package nl.leerkracht.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a person's audit trail: who changed their account or access, what, and when. Shown on
 * the person's page to the central team.
 */
@Entity
@Table(name = "persoon_audit")
public class PersoonAudit {

    public static final int DETAIL_LENGTH = 200;
    private static final String WORDT = " → ";

    /** What happened to the account. */
    public enum PersoonActie {
        UITGENODIGD,
        OPNIEUW_UITGENODIGD,
        UITNODIGING_AANVAARD,
        WACHTWOORD_HERSTELD,
        WACHTWOORD_GEWIJZIGD,
        NAAM_GEWIJZIGD,
        EMAIL_GEWIJZIGD,
        EMAIL_WIJZIGING_GEANNULEERD,
        SESSIES_BEEINDIGD,
        SESSIE_BEEINDIGD,
        GEDEACTIVEERD,
        GEHERACTIVEERD,
        ROL_TOEGEVOEGD,
        ROL_BEEINDIGD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actie", length = 30, nullable = false, updatable = false)
    private PersoonActie actie;

    /** The name of whoever did it: a member of the central team, or the person themself. */
    @Column(name = "door", length = Account.NAAM_LENGTH, nullable = false, updatable = false)
    private String door;

    @Column(name = "op", nullable = false, updatable = false)
    private Instant op;

    @Column(name = "detail", length = DETAIL_LENGTH, updatable = false)
    private String detail;

    protected PersoonAudit() {
        // for JPA
    }

    public PersoonAudit(Account account, PersoonActie actie, String door, Instant op, String detail) {
        this.accountId = Objects.requireNonNull(account.getId(), "a stored account");
        this.actie = Objects.requireNonNull(actie, "actie");
        this.door = Objects.requireNonNull(door, "door");
        this.op = Objects.requireNonNull(op, "op");
        this.detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    /** The line for a confirmed new e-mail address; it keeps the old one, whose mails stay the person's. */
    public static PersoonAudit emailGewijzigd(Account account, String oud, Instant op) {
        return new PersoonAudit(
                account, PersoonActie.EMAIL_GEWIJZIGD, account.getNaam(), op, oud + WORDT + account.getEmail());
    }

    /** For a changed e-mail address, the address the person had before. */
    public Optional<String> getVorigEmail() {
        return actie == PersoonActie.EMAIL_GEWIJZIGD && detail != null && detail.contains(WORDT)
                ? Optional.of(detail.substring(0, detail.indexOf(WORDT)))
                : Optional.empty();
    }

    public Long getAccountId() {
        return accountId;
    }

    public PersoonActie getActie() {
        return actie;
    }

    public String getDoor() {
        return door;
    }

    public Instant getOp() {
        return op;
    }

    public String getDetail() {
        return detail;
    }
}
