package nl.leerkracht.service.traject;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.certificaat.SchoolleidersregisterAanmelding;
import nl.leerkracht.domain.inschrijving.DirectieteamInschrijving;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Uitnodigingen;

/**
 * Where a trajectory begins (domain.md §3): a school's, vestiging's or team's on 1 September of its
 * start year, once its enrolment is approved (started by the nightly {@link TrajectStart}); a
 * directieteam's as soon as the central team approves its enrolment.
 */
@Stateless
public class TrajectOpening {

    private static final String PLATFORM = "leerKRACHT platform";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Uitnodigingen uitnodigingen;

    @Inject
    private Clock clock;

    /**
     * The approved enrolments whose trajectory start has come, for {@link TrajectStart}: it starts
     * each with {@link #start} in a transaction of its own, so one that fails does not hold back the
     * others.
     */
    @PermitAll
    public List<Long> klaarVoorStart() {
        LocalDate vandaag = LocalDate.now(clock);
        return em.createQuery(
                        "SELECT i FROM Inschrijving i WHERE i.status = :status AND i.startjaar <= :huidig",
                        Inschrijving.class)
                .setParameter("status", InschrijvingStatus.GOEDGEKEURD)
                .setParameter("huidig", Schooljaar.of(vandaag))
                .getResultStream()
                .filter(i -> !vandaag.isBefore(i.getStartjaar().getTrajectStart()))
                .map(Inschrijving::getId)
                .toList();
    }

    /**
     * Starts the trajectory of one approved enrolment whose start has come, and invites the
     * kernteam named at enrolment. Returns false when there was nothing to start (another node or
     * an earlier run did it).
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean start(long inschrijvingId) {
        LocalDate vandaag = LocalDate.now(clock);
        Inschrijving inschrijving = em.find(Inschrijving.class, inschrijvingId, LockModeType.PESSIMISTIC_WRITE);
        if (inschrijving == null
                || inschrijving.getStatus() != InschrijvingStatus.GOEDGEKEURD
                || vandaag.isBefore(inschrijving.getStartjaar().getTrajectStart())) {
            return false;
        }
        open(inschrijving, PLATFORM);
        return true;
    }

    /**
     * Starts an approved enrolment's trajectory on the central team's word, in the transaction of
     * that decision; the nightly job does it for every enrolment whose start has come.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void startNu(Inschrijving inschrijving, String door) {
        bijRegel(() -> open(inschrijving, door));
    }

    /** Opens an approved directieteam's trajectory in its Startfase, in the approval's transaction. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void startDirectieteam(DirectieteamInschrijving directieteam, String door) {
        bijRegel(() -> em.persist(Traject.startDirectieteam(directieteam, door, Instant.now(clock))));
    }

    private void open(Inschrijving inschrijving, String door) {
        LocalDate vandaag = LocalDate.now(clock);
        inschrijving.activeer(door, Instant.now(clock), vandaag);
        Traject traject = Traject.start(inschrijving, vandaag, door, Instant.now(clock));
        em.persist(traject);
        uitnodigingen.nodigKernteamUit(inschrijving);
        meldAanvragerAan(inschrijving, traject);
    }

    /**
     * The Schoolleidersregister tick at enrolment (domain.md §5) becomes the applicant's opt-in, when
     * the applicant is a schoolleider of the school: from then on it is theirs to withdraw on the
     * trajectory's page until the start, like one made there.
     */
    private void meldAanvragerAan(Inschrijving inschrijving, Traject traject) {
        String username = inschrijving.getAanvrager().getAccount();
        if (!inschrijving.isSchoolleidersregister() || username == null) {
            return;
        }
        em
                .createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultList()
                .stream()
                .filter(a -> a.getLidmaatschappen().stream()
                        .anyMatch(l -> l.getRol() == Rol.SCHOOLLEIDER && l.isBij(inschrijving.getSchool())))
                .findFirst()
                .ifPresent(a -> em.persist(new SchoolleidersregisterAanmelding(traject, a, Instant.now(clock))));
    }
}
