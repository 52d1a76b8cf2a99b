package nl.leerkracht.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.certificaat.Certificaat;
import nl.leerkracht.domain.certificaat.CertificaatSoort;
import nl.leerkracht.domain.certificaat.Verificatiecode;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.shared.Tijdzone;

/**
 * A realistic demo data set: boards, twenty schools over PO/VO/MBO/HBO with locations and teams,
 * clusters with Expertcoaches, running trajectories with their team boards in every sector, a
 * directieteam, meetings, session documents, complaints in each state, and a demo user for every
 * role (README lists the logins). Loaded once into an empty database, never when it holds data.
 */
@Stateless
@PermitAll // called at start-up by DatabaseSetup, when there is no caller
public class DemoData {

    /** The password of every demo account; README.md says so. */
    public static final String PASSWORD = "leerkracht-demo";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Last school year's accreditation of De Regenboog's demo team, as the foundation issued it
     * before this platform: the demo leraar's proof of participation and the demo schoolleider's
     * Schoolleidersregister certificate, so a new user can download and verify one at once.
     */
    private void certificaten(DemoRegister register) {
        Account lotte = register.account("leraar");
        lotte.setLerarenregister(true);
        Schooljaar vorig = new Schooljaar(Schooljaar.of(LocalDate.now(clock)).startJaar() - 1);
        Instant uitgereikt = vorig.getLaatsteDag()
                .minusDays(20)
                .atTime(10, 0)
                .atZone(Tijdzone.NEDERLAND)
                .toInstant();
        School regenboog = register.school("04AB");
        em.persist(Certificaat.eerderUitgereikt(
                CertificaatSoort.BEWIJS_VAN_DEELNAME,
                lotte,
                regenboog,
                vorig,
                Verificatiecode.nieuw(),
                "Centraal Team",
                uitgereikt));
        em.persist(Certificaat.eerderUitgereikt(
                CertificaatSoort.PERSOONLIJK_LEIDERSCHAP,
                register.account("schoolleider"),
                regenboog,
                vorig,
                Verificatiecode.nieuw(),
                "Centraal Team",
                uitgereikt));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadIfEmpty() {
        if (em.createQuery("SELECT COUNT(b) FROM Bestuur b", Long.class).getSingleResult() > 0) {
            return;
        }
        DemoRegister register = new DemoRegister(em);
        register.laad();
        new DemoTrajecten(em, clock, register).laad();
        new DemoDirectieteam(em, clock, register).laad();
        new DemoAgenda(em, clock, register).agenda();
        new DemoKlachten(em, clock).klachten();
        certificaten(register);
        LOG.info(() -> "Demo data loaded: " + register.samenvatting());
    }
}
