package nl.leerkracht.service.inschrijving;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.inschrijving.Aanvrager;
import nl.leerkracht.domain.inschrijving.Inschrijfperiode;
import nl.leerkracht.domain.inschrijving.Inschrijving;
import nl.leerkracht.domain.inschrijving.Kernteamlid;
import nl.leerkracht.domain.inschrijving.Tarief;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.school.Team;
import nl.leerkracht.domain.school.Vestiging;
import nl.leerkracht.domain.shared.Bedrag;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.ConflictException;
import nl.leerkracht.service.platform.Constraints;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.traject.TrajectOpening;

/**
 * Enrolments from request to end (domain.md §4): the request itself (public form, schoolleider,
 * bestuurder or central team) and the central team's decisions. The form's quote is
 * {@link OfferteService}'s, the lists are {@link InschrijvingOverzichtService}'s, and the trajectory
 * that follows opens in {@code service.traject.TrajectOpening}.
 */
@Stateless
public class InschrijvingService {

    private static final Logger LOG = Logger.getLogger(InschrijvingService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private InschrijvingMails mails;

    @EJB
    private TrajectOpening opening;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    /**
     * Records an enrolment request. A logged-in schoolleider enrols their own school and a bestuurder
     * one of the board's schools, under their own name; the public form asks name and e-mail.
     *
     * @return the id of the new enrolment
     * @throws BusinessException with the rule that refused it: closed start year, a second request
     *     for the same unit and year, a missing confirmation, …
     */
    @PermitAll
    public long submit(Aanvraag aanvraag) {
        Schooljaar startjaar = Startjaren.verplicht(aanvraag.getStartjaar(), clock);
        LocalDate vandaag = LocalDate.now(clock);
        Inschrijfperiode periode = Startjaren.periode(em, startjaar);
        if (!periode.isOpen(vandaag)) {
            String volgende = Startjaren.open(em, vandaag).stream()
                    .findFirst()
                    .orElse(startjaar.volgende())
                    .toString();
            throw new BusinessException(
                    "inschrijving.fout.gesloten",
                    "closed for " + startjaar,
                    startjaar.toString(),
                    periode.getSluitingsdatum(),
                    volgende);
        }
        if (aanvraag.getSchoolId() == null) {
            throw new BusinessException("inschrijving.fout.school", "no school");
        }
        School school = em.find(School.class, aanvraag.getSchoolId());
        if (school == null) {
            throw new BusinessException("inschrijving.fout.school", "no school " + aanvraag.getSchoolId());
        }
        Aanvrager aanvrager = aanvrager(aanvraag, school);
        if (aanvraag.getAantalLeraren() == null) {
            throw new BusinessException("inschrijving.fout.leraren", "no number of teachers");
        }
        Tarief tarief = Startjaren.tarief(em, school.getSector(), startjaar);
        try {
            return bijRegel(() -> {
                Vestiging vestiging =
                        aanvraag.getVestigingId() == null ? null : em.find(Vestiging.class, aanvraag.getVestigingId());
                Team team = aanvraag.getTeamId() == null ? null : em.find(Team.class, aanvraag.getTeamId());
                Inschrijving inschrijving = Inschrijving.aanvragen(
                        school,
                        vestiging,
                        team,
                        tarief,
                        aanvraag.getAantalLeraren(),
                        aanvrager,
                        kernteam(aanvraag),
                        new Inschrijving.Bevestiging(
                                aanvraag.isBesluitSamen(),
                                aanvraag.isTijdIngeroosterd(),
                                aanvraag.isSchoolleidersregister()),
                        Instant.now(clock));
                refuseSecond(inschrijving);
                em.persist(inschrijving);
                em.flush();
                mails.ontvangen(inschrijving);
                LOG.info(() -> "Enrolment " + inschrijving.getId() + " requested for " + inschrijving.getEenheidNaam()
                        + " " + inschrijving.getStartjaar());
                return inschrijving.getId();
            });
        } catch (PersistenceException raced) {
            if (!Constraints.isViolation(raced)) {
                throw raced;
            }
            // Another request for the same unit and year was stored in the meantime: the unique key said no.
            throw new ConflictException(
                    "inschrijving.fout.dubbel", raced.getMessage(), school.getNaam(), startjaar.toString());
        }
    }

    private void refuseSecond(Inschrijving inschrijving) {
        boolean bestaat = !em.createQuery("SELECT i.id FROM Inschrijving i WHERE i.uniekSleutel = :sleutel", Long.class)
                .setParameter("sleutel", inschrijving.getUniekSleutel())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (bestaat) {
            throw new ConflictException(
                    "inschrijving.fout.dubbel",
                    "second request " + inschrijving.getUniekSleutel(),
                    inschrijving.getEenheidNaam(),
                    inschrijving.getStartjaar().toString());
        }
    }

    private Aanvrager aanvrager(Aanvraag aanvraag, School school) {
        return bijRegel(() -> {
            if (session.isCallerInRole(Roles.SCHOOLLEIDER) || session.isCallerInRole(Roles.BESTUURDER)) {
                Account caller = accounts.getCaller();
                boolean eigen = caller.getRol() == Rol.SCHOOLLEIDER
                        ? school.equals(caller.getSchool())
                        : school.getBestuur().equals(caller.getBestuur());
                if (!eigen) {
                    throw new AccessDeniedException(caller.getUsername() + " may not enrol school " + school.getId());
                }
                Aanvrager.Functie functie = caller.getRol() == Rol.SCHOOLLEIDER
                        ? Aanvrager.Functie.SCHOOLLEIDER
                        : Aanvrager.Functie.BESTUURDER;
                return new Aanvrager(caller.getNaam(), caller.getEmail(), functie, caller.getUsername());
            }
            Aanvrager.Functie functie = aanvraag.getAanvragerFunctie();
            if (functie == null) {
                throw new BusinessException("inschrijving.fout.functie", "no function");
            }
            String account = session.isCallerInRole(Roles.CENTRAAL_TEAM)
                    ? accounts.getCaller().getUsername()
                    : null;
            return new Aanvrager(aanvraag.getAanvragerNaam(), aanvraag.getAanvragerEmail(), functie, account);
        });
    }

    private static List<Kernteamlid> kernteam(Aanvraag aanvraag) {
        List<Kernteamlid> kernteam = new ArrayList<>();
        if (aanvraag.getSchoolcoachNaam() != null || aanvraag.getSchoolcoachFte() != null) {
            kernteam.add(new Kernteamlid(
                    aanvraag.getSchoolcoachNaam(),
                    Kernteamlid.Kernteamrol.SCHOOLCOACH,
                    aanvraag.getSchoolcoachFte(),
                    aanvraag.getSchoolcoachEmail()));
        }
        for (Aanvraag.AanjagerForm lid : aanvraag.getAanjagers()) {
            boolean leeg = (lid.getNaam() == null || lid.getNaam().isBlank())
                    && lid.getFte() == null
                    && (lid.getEmail() == null || lid.getEmail().isBlank());
            if (!leeg) {
                kernteam.add(
                        new Kernteamlid(lid.getNaam(), Kernteamlid.Kernteamrol.AANJAGER, lid.getFte(), lid.getEmail()));
            }
        }
        return kernteam;
    }

    // --- the central team's decisions ------------------------------------------------------------

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void keurGoed(long id) {
        apply(id, i -> {
            i.keurGoed(door(), Instant.now(clock));
            mails.goedgekeurd(i);
        });
    }

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void wijsAf(long id, String reden) {
        apply(id, i -> i.wijsAf(door(), Instant.now(clock), reden));
    }

    /**
     * Starts the trajectory: from 1 September of the start year; a daily job does it too. The
     * kernteam named at enrolment is invited to the platform then.
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void activeer(long id) {
        apply(id, i -> opening.startNu(i, door()));
    }

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void rondAf(long id) {
        apply(id, i -> i.rondAf(door(), Instant.now(clock)));
    }

    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void stop(long id, String reden) {
        apply(id, i -> i.stop(door(), Instant.now(clock), reden));
    }

    /** Records PO's follow-up, agreed with the school at the end of year 1, per teacher. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void spreekVervolgAf(long id, BigDecimal perLeraar) {
        if (perLeraar == null || perLeraar.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("inschrijving.fout.vervolgBedrag", "amount " + perLeraar);
        }
        apply(id, i -> i.spreekVervolgAf(Bedrag.of(perLeraar)));
    }

    private void apply(long id, java.util.function.Consumer<Inschrijving> change) {
        Inschrijving inschrijving = em.find(Inschrijving.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (inschrijving == null) {
            throw new NotFoundException("No enrolment " + id);
        }
        bijRegel(() -> {
            change.accept(inschrijving);
        });
    }

    private String door() {
        return accounts.getCaller().getNaam();
    }
}
