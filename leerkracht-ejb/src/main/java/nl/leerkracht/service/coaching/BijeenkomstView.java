package nl.leerkracht.service.coaching;

import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.coaching.Bijeenkomst;

/** One meeting with its participants' attendance and its documents, as the meeting's page shows it. */
public class BijeenkomstView implements Serializable {

    private static final long serialVersionUID = 1L;
    private final BijeenkomstRow bijeenkomst;
    private final List<Deelnemer> deelnemers;
    private final boolean magAanwezigheidVastleggen;
    private final boolean begonnen;

    BijeenkomstView(
            Bijeenkomst bijeenkomst, List<Deelnemer> deelnemers, boolean magAanwezigheidVastleggen, boolean begonnen) {
        this.bijeenkomst = new BijeenkomstRow(bijeenkomst);
        this.deelnemers = List.copyOf(deelnemers);
        this.magAanwezigheidVastleggen = magAanwezigheidVastleggen;
        this.begonnen = begonnen;
    }

    public BijeenkomstRow getBijeenkomst() {
        return bijeenkomst;
    }

    public List<Deelnemer> getDeelnemers() {
        return deelnemers;
    }

    public boolean isMagAanwezigheidVastleggen() {
        return magAanwezigheidVastleggen;
    }

    /** Whether the meeting has begun, so attendance can be recorded. */
    public boolean isBegonnen() {
        return begonnen;
    }

    public long getAantalAanwezig() {
        return deelnemers.stream()
                .filter(d -> Boolean.TRUE.equals(d.getAanwezig()))
                .count();
    }

    /** A participant: a schoolleider, schoolcoach or aanjager of a school of the cluster. */
    public static class Deelnemer implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long accountId;
        private final String naam;
        private final String school;
        private final String rol;
        private final Boolean aanwezig;

        Deelnemer(long accountId, String naam, String school, String rol, Boolean aanwezig) {
            this.accountId = accountId;
            this.naam = naam;
            this.school = school;
            this.rol = rol;
            this.aanwezig = aanwezig;
        }

        public long getAccountId() {
            return accountId;
        }

        public String getNaam() {
            return naam;
        }

        public String getSchool() {
            return school;
        }

        public String getRol() {
            return rol;
        }

        /** Null while not recorded. */
        public Boolean getAanwezig() {
            return aanwezig;
        }
    }
}
