package nl.leerkracht.domain.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.leerkracht.domain.account.Account;

/**
 * A user's subscription to their meeting dates as an iCalendar feed: a secret link, of which only
 * the SHA-256 is stored. Making a new link revokes the old one; revoking removes it.
 */
@Entity
@Table(name = "agenda_abonnement")
public class AgendaAbonnement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true, updatable = false)
    private Account account;

    @Column(name = "sleutel_hash", length = 64, nullable = false, unique = true)
    private String sleutelHash;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    protected AgendaAbonnement() {
        // for JPA
    }

    public AgendaAbonnement(Account account, String sleutelHash, Instant op) {
        this.account = Objects.requireNonNull(account, "account");
        vernieuw(sleutelHash, op);
    }

    /** A new secret: the old link stops working at once. */
    public void vernieuw(String nieuweHash, Instant op) {
        this.sleutelHash = Objects.requireNonNull(nieuweHash, "sleutelHash");
        this.aangemaaktOp = Objects.requireNonNull(op, "op");
    }

    public Account getAccount() {
        return account;
    }

    public String getSleutelHash() {
        return sleutelHash;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }
}
