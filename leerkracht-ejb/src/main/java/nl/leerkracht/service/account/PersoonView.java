package nl.leerkracht.service.account;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.leerkracht.domain.account.PersoonAudit;
import nl.leerkracht.domain.shared.Tijdzone;

/** A person's page for the central team: who they are, and their audit trail, newest first. */
public class PersoonView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final PersoonRow persoon;
    private final boolean zelf;
    private final List<PersoonRow> rollen;
    private final List<PersoonAuditRow> audit;

    PersoonView(PersoonRow persoon, List<PersoonRow> rollen, boolean zelf, List<PersoonAudit> audit) {
        this.persoon = persoon;
        this.rollen = List.copyOf(rollen);
        this.zelf = zelf;
        this.audit = audit.stream().map(PersoonAuditRow::new).toList();
    }

    /** A row per role the person has, with its school or board; the first one given first. */
    public List<PersoonRow> getRollen() {
        return rollen;
    }

    public PersoonRow getPersoon() {
        return persoon;
    }

    /** Whether this is the caller's own account, which they cannot deactivate. */
    public boolean isZelf() {
        return zelf;
    }

    public List<PersoonAuditRow> getAudit() {
        return audit;
    }

    /** One line of the audit trail, as the page shows it. */
    public static class PersoonAuditRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String moment;
        private final String actie;
        private final String door;
        private final String detail;

        PersoonAuditRow(PersoonAudit audit) {
            this.moment = MOMENT.format(audit.getOp().atZone(Tijdzone.NEDERLAND));
            this.actie = audit.getActie().name();
            this.door = audit.getDoor();
            this.detail = audit.getDetail();
        }

        /** d-M-yyyy HH:mm, Dutch time. */
        public String getMoment() {
            return moment;
        }

        public String getActie() {
            return actie;
        }

        public String getDoor() {
            return door;
        }

        public String getDetail() {
            return detail;
        }
    }
}
