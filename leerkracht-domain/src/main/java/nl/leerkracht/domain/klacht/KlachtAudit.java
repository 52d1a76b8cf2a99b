package nl.leerkracht.domain.klacht;

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

/**
 * One line of a complaint's audit trail: who read or changed it, and when. Holds no personal data
 * of the complainant, so it is kept after the retention purge.
 */
@Entity
@Table(name = "klacht_audit")
public class KlachtAudit {

    /** What was done with the complaint. */
    public enum KlachtActie {
        INGEDIEND,
        GELEZEN,
        GEVOLGD,
        BIJLAGE_GEOPEND,
        EMAIL_KLAGER,
        NOTITIE,
        TERMIJN_AFGESPROKEN,
        AFGESLOTEN,
        GEEXPORTEERD,
        GEWAARSCHUWD,
        GEANONIMISEERD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "klacht_id", nullable = false, updatable = false)
    private Long klachtId;

    @Enumerated(EnumType.STRING)
    @Column(name = "actie", length = 30, nullable = false, updatable = false)
    private KlachtActie actie;

    @Column(name = "door", length = 120, nullable = false, updatable = false)
    private String door;

    @Column(name = "op", nullable = false, updatable = false)
    private Instant op;

    @Column(name = "detail", length = 200, updatable = false)
    private String detail;

    protected KlachtAudit() {
        // for JPA
    }

    public KlachtAudit(Long klachtId, KlachtActie actie, String door, Instant op, String detail) {
        this.klachtId = Objects.requireNonNull(klachtId, "klachtId");
        this.actie = Objects.requireNonNull(actie, "actie");
        this.door = Objects.requireNonNull(door, "door");
        this.op = Objects.requireNonNull(op, "op");
        this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
    }

    public KlachtActie getActie() {
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
