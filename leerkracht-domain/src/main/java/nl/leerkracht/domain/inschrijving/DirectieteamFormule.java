package nl.leerkracht.domain.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.leerkracht.domain.shared.Bedrag;

/** The central team's price formula for the directieteam programme, kept as one row. */
@Entity
@Table(name = "directieteam_formule")
public class DirectieteamFormule {

    /** The id of the one row. */
    public static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "basis", precision = 10, scale = 2, nullable = false)
    private Bedrag basis;

    @Column(name = "per_lid", precision = 10, scale = 2, nullable = false)
    private Bedrag perLid;

    @Column(name = "per_werksessie", precision = 10, scale = 2, nullable = false)
    private Bedrag perWerksessie;

    protected DirectieteamFormule() {
        // for JPA
    }

    public DirectieteamPrijs getPrijs() {
        return new DirectieteamPrijs(basis, perLid, perWerksessie);
    }

    /** Sets a new formula; it applies to requests from now on, never to existing ones. */
    public void wijzig(DirectieteamPrijs prijs) {
        this.basis = prijs.getBasis();
        this.perLid = prijs.getPerLid();
        this.perWerksessie = prijs.getPerWerksessie();
    }
}
