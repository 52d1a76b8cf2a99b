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
public class KlachtView extends KlachtRow {

    private static final long serialVersionUID = 1L;
    private final String naam;
    private final String email;
    private final String omschrijving;
    private final String termijnReden;
    private final List<HandelingRow> stappen;
    private final List<BijlageRow> bijlagen;
    private final List<KlachtAuditRow> audit;

    KlachtView(Klacht klacht, Instant nu, List<BijlageRow> bijlagen, List<KlachtAudit> audit) {
        super(klacht, nu);
        this.naam = klacht.getNaam();
        this.email = klacht.getEmail();
        this.omschrijving = klacht.getOmschrijving();
        this.termijnReden = klacht.getTermijnReden();
        this.stappen = klacht.getHandelingen().stream().map(HandelingRow::new).toList();
        this.bijlagen = List.copyOf(bijlagen);
        this.audit = audit.stream().map(KlachtAuditRow::new).toList();
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

    public List<HandelingRow> getStappen() {
        return stappen;
    }

    public List<BijlageRow> getBijlagen() {
        return bijlagen;
    }

    public List<KlachtAuditRow> getAudit() {
        return audit;
    }

    /** One step of the file. */
    public static class HandelingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Handelingsoort soort;
        private final String tekst;
        private final String door;
        private final Instant op;

        HandelingRow(Handeling handeling) {
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
    public static class BijlageRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String bestandsnaam;
        private final long grootte;

        public BijlageRow(long id, String bestandsnaam, long grootte) {
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
    public static class KlachtAuditRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final KlachtAudit.KlachtActie actie;
        private final String door;
        private final Instant op;
        private final String detail;

        KlachtAuditRow(KlachtAudit audit) {
            this.actie = audit.getActie();
            this.door = audit.getDoor();
            this.op = audit.getOp();
            this.detail = audit.getDetail();
        }

        public KlachtAudit.KlachtActie getActie() {
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
