package nl.leerkracht.service.school;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import nl.leerkracht.domain.inschrijving.InschrijvingStatus;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.NotFoundException;

/**
 * The public map of participating schools (domain.md §7): the schools with a running or completed
 * trajectory that the central team has not hidden, and that have coordinates.
 */
@Stateless
public class KaartService {

    private static final Logger LOG = Logger.getLogger(KaartService.class.getName());

    /** A school takes part once its trajectory runs, and stays on the map once it is completed. */
    static final List<InschrijvingStatus> DEELNEMEND = List.of(InschrijvingStatus.ACTIEF, InschrijvingStatus.AFGEROND);

    @PersistenceContext
    private EntityManager em;

    /** The schools on the map, by name; one query, whatever their number. */
    @PermitAll
    public List<KaartRow> deelnemers() {
        return em.createQuery(
                        "SELECT NEW nl.leerkracht.service.school.KaartRow(s.id, s.naam, s.adres.plaats,"
                                + " s.adres.postcode, s.sector, s.adres.latitude, s.adres.longitude)"
                                + " FROM School s WHERE s.opKaart = TRUE"
                                + " AND s.adres.latitude IS NOT NULL AND s.adres.longitude IS NOT NULL"
                                + " AND EXISTS (SELECT i.id FROM Inschrijving i WHERE i.school = s AND i.status IN :deelnemend)"
                                + " ORDER BY s.naam, s.id",
                        KaartRow.class)
                .setParameter("deelnemend", DEELNEMEND)
                .getResultList();
    }

    /** How many schools take part now or completed their trajectory, hidden from the map or not. */
    @PermitAll
    public long aantalDeelnemers() {
        return em.createQuery(
                        "SELECT COUNT(DISTINCT i.school) FROM Inschrijving i WHERE i.status IN :deelnemend", Long.class)
                .setParameter("deelnemend", DEELNEMEND)
                .getSingleResult();
    }

    /** Shows a school on the public map or hides it there (central team). */
    @RolesAllowed(Roles.CENTRAAL_TEAM)
    public void zetOpKaart(long schoolId, boolean zichtbaar) {
        School school = em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        if (school == null) {
            throw new NotFoundException("No school " + schoolId);
        }
        if (zichtbaar) {
            school.toonOpKaart();
        } else {
            school.verbergOpKaart();
        }
        LOG.info(() -> "School " + school.getBrin() + (zichtbaar ? " shown on" : " hidden from") + " the public map");
    }
}
