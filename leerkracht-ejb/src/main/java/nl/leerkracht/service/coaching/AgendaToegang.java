package nl.leerkracht.service.coaching;

import jakarta.persistence.EntityManager;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.coaching.Bijeenkomst;
import nl.leerkracht.domain.coaching.Cluster;
import nl.leerkracht.service.account.Scope;
import nl.leerkracht.service.platform.AccessDeniedException;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * Which clusters' meetings a user sees: the central team all; an Expertcoach the clusters they
 * guide; the people of a school the cluster of their school. Plain code in the calling service's
 * transaction; the document service uses it too.
 */
public final class AgendaToegang {

    private final EntityManager em;
    private final Account account;
    private List<Long> clusters;

    public AgendaToegang(EntityManager em, Account account) {
        this.em = em;
        this.account = account;
    }

    /** The ids of the clusters whose meetings the user sees; null for all of them. */
    public List<Long> clusterIds() {
        if (account.getRol() == Rol.CENTRAAL_TEAM) {
            return null;
        }
        if (clusters == null) {
            clusters = Scope.clusterIds(em, account);
        }
        return clusters;
    }

    public boolean ziet(Cluster cluster) {
        List<Long> ids = clusterIds();
        return ids == null || ids.contains(cluster.getId());
    }

    /** A meeting the user sees; 404 for an unknown one, 403 for another cluster's. */
    public Bijeenkomst bijeenkomst(long id) {
        Bijeenkomst bijeenkomst = em.find(Bijeenkomst.class, id);
        if (bijeenkomst == null) {
            throw new NotFoundException("No meeting " + id);
        }
        if (!ziet(bijeenkomst.getCluster())) {
            throw new AccessDeniedException(account.getUsername() + " may not see meeting " + id);
        }
        return bijeenkomst;
    }

    /** The central team and the cluster's Expertcoaches record attendance. */
    public boolean magAanwezigheidVastleggen(Bijeenkomst bijeenkomst) {
        return account.getRol() == Rol.CENTRAAL_TEAM
                || account.getRol() == Rol.EXPERTCOACH
                        && clusterIds().contains(bijeenkomst.getCluster().getId());
    }
}
