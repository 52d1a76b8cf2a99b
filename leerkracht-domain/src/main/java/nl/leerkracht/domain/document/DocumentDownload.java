package nl.leerkracht.domain.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** Who downloaded which version of a session document, and when. */
@Entity
@Table(name = "document_download")
public class DocumentDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "versie_id", nullable = false, updatable = false)
    private Long versieId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "op", nullable = false, updatable = false)
    private Instant op;

    protected DocumentDownload() {
        // for JPA
    }

    public DocumentDownload(Long versieId, Long accountId, Instant op) {
        this.versieId = Objects.requireNonNull(versieId, "versieId");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.op = Objects.requireNonNull(op, "op");
    }
}
