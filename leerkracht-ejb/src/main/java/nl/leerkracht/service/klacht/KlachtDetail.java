package nl.leerkracht.service.klacht;

import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.leerkracht.domain.klacht.Handeling;
import nl.leerkracht.domain.klacht.Handelingsoort;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtAudit;

/** A complaint's file as its handler sees it: the complaint, its steps, attachments and audit trail. */
public class KlachtDetail extends KlachtRegel {

    private static final long serialVersionUID = 1L;
    private final String naam;
    private final String email;
    private final String omschrijving;
    private final String termijnReden;
    private final List<Stap> stappen;
    private final List<BijlageRegel> bijlagen;
    private final List<AuditRegel> audit;

    KlachtDetail(Klacht klacht, Instant nu, List<BijlageRegel> bijlagen, List<KlachtAudit> audit) {
        super(klacht, nu);
        this.naam = klacht.getNaam();
        this.email = klacht.getEmail();
        this.omschrijving = klacht.getOmschrijving();
        this.termijnReden = klacht.getTermijnReden();
        this.stappen = klacht.getHandelingen().stream().map(Stap::new).toList();
        this.bijlagen = List.copyOf(bijlagen);
        this.audit = audit.stream().map(AuditRegel::new).toList();
    }

    public String getNaam() {
        return naam;
    }

    public String getEmail() {
        return email;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getTermijnReden() {
        return termijnReden;
    }

    public List<Stap> getStappen() {
        return stappen;
    }

    public List<BijlageRegel> getBijlagen() {
        return bijlagen;
    }

    public List<AuditRegel> getAudit() {
        return audit;
    }

    /** One step of the file. */
    public static class Stap implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Handelingsoort soort;
        private final String tekst;
        private final String door;
        private final Instant op;

        Stap(Handeling handeling) {
            this.soort = handeling.getSoort();
            this.tekst = handeling.getTekst();
            this.door = handeling.getDoor();
            this.op = handeling.getOp();
        }

        public Handelingsoort getSoort() {
            return soort;
        }

        public String getTekst() {
            return tekst;
        }

        public String getDoor() {
            return door;
        }

        public Date getOp() {
            return date(op);
        }
    }

    /** An attachment's name, kind and size, without its content. */
    public static class BijlageRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String bestandsnaam;
        private final long grootte;

        public BijlageRegel(long id, String bestandsnaam, long grootte) {
            this.id = id;
            this.bestandsnaam = bestandsnaam;
            this.grootte = grootte;
        }

        public long getId() {
            return id;
        }

        public String getBestandsnaam() {
            return bestandsnaam;
        }

        public long getGrootte() {
            return grootte;
        }

        /** The size as people read it: bytes below a kilobyte, then kB, then MB with one decimal. */
        public String getGrootteTekst() {
            if (grootte < 1024) {
                return grootte + " bytes";
            }
            if (grootte < 1024 * 1024) {
                return (grootte + 512) / 1024 + " kB";
            }
            return String.format(java.util.Locale.forLanguageTag("nl"), "%.1f MB", grootte / (1024.0 * 1024));
        }
    }

    /** One line of the audit trail. */
    public static class AuditRegel implements Serializable {
        private static final long serialVersionUID = 1L;
        private final KlachtAudit.Actie actie;
        private final String door;
        private final Instant op;
        private final String detail;

        AuditRegel(KlachtAudit audit) {
            this.actie = audit.getActie();
            this.door = audit.getDoor();
            this.op = audit.getOp();
            this.detail = audit.getDetail();
        }

        public KlachtAudit.Actie getActie() {
            return actie;
        }

        public String getDoor() {
            return door;
        }

        public Date getOp() {
            return date(op);
        }

        public String getDetail() {
            return detail;
        }
    }
}
