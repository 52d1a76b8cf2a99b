package nl.leerkracht.service.school;

import static nl.leerkracht.service.platform.BusinessException.bijRegel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import nl.leerkracht.domain.school.Bestuur;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Constraints;
import nl.leerkracht.service.platform.NotFoundException;

/** The boards in the register: to choose from, listed with their schools, added and corrected. */
@Stateless
public class BestuurRegisterService {

    @PersistenceContext
    private EntityManager em;

    /** The boards, by name, to choose from. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<BestuurKeuze> besturen() {
        return em.createQuery(
                        "SELECT NEW nl.leerkracht.service.school.BestuurKeuze(b.id, b.bestuursnummer, b.naam)"
                                + " FROM Bestuur b ORDER BY b.naam",
                        BestuurKeuze.class)
                .getResultList();
    }

    /** Every board with its sector and number of schools, by name. */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public List<BestuurKeuze> besturenOverzicht() {
        return em.createQuery(
                        "SELECT NEW nl.leerkracht.service.school.BestuurKeuze(b.id, b.bestuursnummer, b.naam,"
                                + " b.sector, COUNT(s)) FROM Bestuur b LEFT JOIN School s ON s.bestuur = b"
                                + " GROUP BY b.id, b.bestuursnummer, b.naam, b.sector ORDER BY b.naam",
                        BestuurKeuze.class)
                .getResultList();
    }

    /**
     * Adds a board (id null) or corrects one's name and sector; a bestuursnummer belongs to one board.
     *
     * @return the board's id
     */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public long bewaarBestuur(Long id, String nummer, String naam, Sector sector) {
        try {
            return bijRegel(() -> {
                Bestuur bestuur;
                if (id == null) {
                    bestuur = Bestuur.nieuw(nummer, naam, sector);
                    boolean bestaat = !em.createQuery(
                                    "SELECT b.id FROM Bestuur b WHERE b.bestuursnummer = :nummer", Long.class)
                            .setParameter("nummer", bestuur.getBestuursnummer())
                            .getResultList()
                            .isEmpty();
                    if (bestaat) {
                        throw new BusinessException(
                                "bestuur.fout.bestaat", "number taken", bestuur.getBestuursnummer());
                    }
                    em.persist(bestuur);
                } else {
                    bestuur = em.find(Bestuur.class, id, LockModeType.OPTIMISTIC);
                    if (bestuur == null) {
                        throw new NotFoundException("No board " + id);
                    }
                    bestuur.wijzig(naam, sector);
                }
                em.flush();
                return bestuur.getId();
            });
        } catch (PersistenceException e) {
            if (Constraints.isViolation(e)) {
                throw new BusinessException(
                        "bestuur.fout.bestaat", e.getMessage(), nummer == null ? "" : nummer.trim());
            }
            throw e;
        }
    }
}
