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
 * Who may do what with a trajectory: everyone who may see its school reads it; the Expertcoaches of
 * its cluster change its phase; the people of its school keep its board. Plain code in the calling
 * service's transaction, so it is not an EJB business method anyone could call.
 */
final class TrajectToegang {

    private final EntityManager em;
    private final Account caller;
    private Set<Long> clusterSchoolIds;

    TrajectToegang(EntityManager em, Account caller) {
        this.em = em;
        this.caller = caller;
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
        if (!SchoolAccess.of(caller, clusterSchoolIds()).permits(traject.getSchool())) {
            throw new AccessDeniedException(caller.getUsername() + " may not see trajectory " + id);
        }
        return traject;
    }

    /** The trajectory, locked, if the caller is an Expertcoach of its school's cluster. */
    Traject voorFasewissel(long id) {
        Traject traject = lees(id, LockModeType.PESSIMISTIC_WRITE);
        if (!magFaseWisselen(traject)) {
            throw new AccessDeniedException(caller.getUsername() + " may not change the phase of trajectory " + id);
        }
        return traject;
    }

    /** The trajectory, if the caller works in its school and so keeps its board. */
    Traject voorBord(long id) {
        Traject traject = lees(id);
        if (!magBordBijwerken(traject)) {
            throw new AccessDeniedException(caller.getUsername() + " may not change the board of trajectory " + id);
        }
        return traject;
    }

    boolean magFaseWisselen(Traject traject) {
        return caller.getRol() == Rol.EXPERTCOACH
                && clusterSchoolIds().contains(traject.getSchool().getId());
    }

    boolean magBordBijwerken(Traject traject) {
        return caller.getRol().getBereik() == Rol.Bereik.SCHOOL
                && traject.getSchool().equals(caller.getSchool());
    }

    private Set<Long> clusterSchoolIds() {
        if (clusterSchoolIds == null) {
            clusterSchoolIds = Scope.clusterSchoolIds(em, caller);
        }
        return clusterSchoolIds;
    }
}
