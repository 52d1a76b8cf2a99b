package nl.leerkracht.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An e-mail in the outbox. It is written in the same transaction as the change it reports, so
 * nothing is mailed about a change that was rolled back; a job sends it and marks it sent, once.
 */
@Entity
@Table(name = "mail_bericht")
public class MailBericht {

    public static final int MAXIMUM_POGINGEN = 10;
    private static final int ONDERWERP_LENGTH = 200;
    private static final int FOUT_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "aan", length = Tekst.EMAIL_LENGTH, nullable = false)
    private String aan;

    @Column(name = "onderwerp", length = ONDERWERP_LENGTH, nullable = false)
    private String onderwerp;

    @Column(name = "tekst", length = 100_000, nullable = false)
    private String tekst;

    /** The complaint it is about, so the retention purge deletes it with the complaint's data. */
    @Column(name = "klacht_id")
    private Long klachtId;

    /** Where the recipient unsubscribes in one click, for a mail to a subscriber (RFC 2369, 8058). */
    @Column(name = "afmelden_url", length = 500)
    private String afmeldenUrl;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "verzonden_op")
    private Instant verzondenOp;

    @Column(name = "pogingen", nullable = false)
    private int pogingen;

    @Column(name = "laatste_fout", length = FOUT_LENGTH)
    private String laatsteFout;

    protected MailBericht() {
        // for JPA
    }

    public MailBericht(String aan, String onderwerp, String tekst, Long klachtId, Instant op) {
        this.aan = Objects.requireNonNull(aan, "aan");
        this.onderwerp = onderwerp.length() > ONDERWERP_LENGTH ? onderwerp.substring(0, ONDERWERP_LENGTH) : onderwerp;
        this.tekst = Objects.requireNonNull(tekst, "tekst");
        this.klachtId = klachtId;
        this.aangemaaktOp = Objects.requireNonNull(op, "op");
    }

    /** A mail to a subscriber, with where they unsubscribe in one click. */
    public static MailBericht aanAbonnee(String aan, String onderwerp, String tekst, String afmeldenUrl, Instant op) {
        MailBericht bericht = new MailBericht(aan, onderwerp, tekst, null, op);
        bericht.afmeldenUrl = Objects.requireNonNull(afmeldenUrl, "afmeldenUrl");
        return bericht;
    }

    public String getAfmeldenUrl() {
        return afmeldenUrl;
    }

    public boolean isTeVerzenden() {
        return verzondenOp == null && pogingen < MAXIMUM_POGINGEN;
    }

    public void verzonden(Instant op) {
        verzondenOp = op;
        pogingen++;
        laatsteFout = null;
    }

    public void mislukt(String fout) {
        pogingen++;
        laatsteFout = fout == null ? null : fout.substring(0, Math.min(fout.length(), FOUT_LENGTH));
    }

    public Long getId() {
        return id;
    }

    public String getAan() {
        return aan;
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public String getTekst() {
        return tekst;
    }

    public Instant getAangemaaktOp() {
        return aangemaaktOp;
    }

    public Instant getVerzondenOp() {
        return verzondenOp;
    }
}
