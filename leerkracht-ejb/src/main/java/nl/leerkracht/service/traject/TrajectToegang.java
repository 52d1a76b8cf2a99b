package nl.leerkracht.service.traject;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Set;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.account.SchoolAccess;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Who may do what with a trajectory. A school's: everyone who may see the school reads it, the
 * Expertcoaches of its cluster change its phase, the people of the school keep its board. A
 * directieteam's: the central team, the Expertcoaches of the board's schools (who change its phase)
 * and the directieteam's members, the board's bestuurders and the schoolleiders of its schools
 * (who keep its board). Plain code in the calling service's transaction, so it is not an EJB
 * business method anyone could call.
 */
final class TrajectToegang {

    private final EntityManager em;
    private final Account caller;
    private final Scope scope;
    private Set<Long> clusterSchoolIds;

    TrajectToegang(EntityManager em, Account caller, Scope scope) {
        this.em = em;
        this.caller = caller;
        this.scope = scope;
    }

    /** The trajectory, if the caller may see it. */
    Traject lees(long id) {
        return lees(id, LockModeType.NONE);
    }

    Traject lees(long id, LockModeType lock) {
        Traject traject = em.find(Traject.class, id, lock);
        if (traject == null) {
            throw new NotFoundException("No trajectory " + id);
        }
        boolean magZien = traject.isDirectieteam()
                ? scope.permitsDirectieteam(traject.getBestuur())
                : SchoolAccess.of(caller, clusterSchoolIds()).permits(traject.getSchool());
        if (!magZien) {
            throw new AccessDeniedException(caller.getUsername() + " may not see trajectory " + id);
        }
        return traject;
    }

    /** The trajectory, locked, if the caller is an Expertcoach who guides it. */
    Traject voorFasewissel(long id) {
        Traject traject = lees(id, LockModeType.PESSIMISTIC_WRITE);
        if (!magFaseWisselen(traject)) {
            throw new AccessDeniedException(caller.getUsername() + " may not change the phase of trajectory " + id);
        }
        return traject;
    }

    /** The trajectory, if the caller is of its team and so keeps its board. */
    Traject voorBord(long id) {
        Traject traject = lees(id);
        if (!magBordBijwerken(traject)) {
            throw new AccessDeniedException(caller.getUsername() + " may not change the board of trajectory " + id);
        }
        return traject;
    }

    /** For a trajectory the caller may read: whether they are an Expertcoach who guides it. */
    boolean magFaseWisselen(Traject traject) {
        return caller.getRol() == Rol.EXPERTCOACH
                && (traject.isDirectieteam()
                        || clusterSchoolIds().contains(traject.getSchool().getId()));
    }

    /** Whether the caller works in the role that makes them one of the trajectory's team. */
    boolean magBordBijwerken(Traject traject) {
        return traject.isVanHetTeam(caller.getLidmaatschap());
    }

    private Set<Long> clusterSchoolIds() {
        if (clusterSchoolIds == null) {
            clusterSchoolIds = Scope.clusterSchoolIds(em, caller);
        }
        return clusterSchoolIds;
    }
}
