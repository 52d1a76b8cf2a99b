package nl.leerkracht.service.traject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.traject.DirectieteamTraject;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * The directieteam trajectories (domain.md §4) within the caller's scope: the central team sees all,
 * a bestuurder the board's, an Expertcoach those of boards with a school in their clusters; the
 * Expertcoach moves one through its phases.
 */
@Stateless
public class DirectieteamTrajectService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountService accounts;

    @EJB
    private Scope scope;

    @Inject
    private Clock clock;

    /**
     * The directieteam trajectories the caller may see: the central team all, a bestuurder the
     * board's, an Expertcoach those of boards with a school in their clusters (the coaches who guide
     * the board's schools guide its directieteam too).
     */
    @RolesAllowed({
        Roles.CENTRAAL_TEAM,
        Roles.EXPERTCOACH,
        Roles.BESTUURDER,
        Roles.SCHOOLLEIDER,
        Roles.SCHOOLCOACH,
        Roles.AANJAGER,
        Roles.LERAAR
    })
    public List<DirectieteamTrajectView> directieteams() {
        Scope.Voorwaarde inScope = scope.bestuurFilter("b");
        if (inScope.isNiets()) {
            return List.of();
        }
        TypedQuery<DirectieteamTraject> query = inScope.bind(em.createQuery(
                "SELECT d FROM DirectieteamTraject d" + " JOIN FETCH d.bestuur b JOIN FETCH d.directieteam WHERE "
                        + inScope.jpql() + " ORDER BY b.naam",
                DirectieteamTraject.class));
        boolean coach = accounts.getCaller().getRol() == Rol.EXPERTCOACH;
        // The members and the phase history of every directieteam in a query each, not one per row.
        return query.setHint("eclipselink.batch", "d.fasen")
                .setHint("eclipselink.batch", "d.directieteam.leden")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream()
                .map(d -> new DirectieteamTrajectView(d, coach))
                .toList();
    }

    /** One directieteam trajectory, if the caller may see it (403 otherwise, also by id). */
    @RolesAllowed({Roles.CENTRAAL_TEAM, Roles.EXPERTCOACH, Roles.BESTUURDER})
    public DirectieteamTrajectView directieteam(long id) {
        DirectieteamTraject traject = directieteamInScope(id, LockModeType.NONE);
        return new DirectieteamTrajectView(traject, accounts.getCaller().getRol() == Rol.EXPERTCOACH);
    }

    /** The Expertcoach moves a directieteam's trajectory on, or back with a reason, with an evaluation. */
    @RolesAllowed(Roles.EXPERTCOACH)
    public void wisselDirectieteamFase(long id, Fase naar, String evaluatie, String reden) {
        DirectieteamTraject traject = directieteamInScope(id, LockModeType.PESSIMISTIC_WRITE);
        BusinessException.bijRegel(() ->
                traject.wisselFase(naar, evaluatie, reden, accounts.getCaller().getNaam(), Instant.now(clock)));
    }

    private DirectieteamTraject directieteamInScope(long id, LockModeType lock) {
        DirectieteamTraject traject = em.find(DirectieteamTraject.class, id, lock);
        if (traject == null) {
            throw new NotFoundException("No directieteam trajectory " + id);
        }
        if (!scope.permitsBestuur(traject.getBestuur())) {
            throw new AccessDeniedException(
                    accounts.getCaller().getUsername() + " may not see directieteam trajectory " + id);
        }
        return traject;
    }
}
