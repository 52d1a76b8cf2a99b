package nl.leerkracht.service.traject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.leerkracht.domain.traject.Schoolvakantie;
import nl.leerkracht.service.account.Roles;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;

/** The school holidays the central team keeps, so the rhythm of the instruments skips them. */
@Stateless
@RolesAllowed(Roles.CENTRAAL_TEAM)
public class VakantieService {

    @PersistenceContext
    private EntityManager em;

    /** The holidays, newest first. */
    public List<Vakantie> vakanties() {
        return em.createQuery("SELECT v FROM Schoolvakantie v ORDER BY v.van DESC", Schoolvakantie.class)
                .getResultStream()
                .map(Vakantie::new)
                .toList();
    }

    /** Adds a holiday; one that overlaps another is refused, so no day is entered twice. */
    public void voegToe(String naam, LocalDate van, LocalDate totEnMet) {
        Schoolvakantie vakantie = BusinessException.bijRegel(() -> new Schoolvakantie(naam, van, totEnMet));
        List<String> overlap = em.createQuery(
                        "SELECT v.naam FROM Schoolvakantie v WHERE v.van <= :tot AND v.totEnMet >= :van", String.class)
                .setParameter("van", van)
                .setParameter("tot", totEnMet)
                .getResultList();
        if (!overlap.isEmpty()) {
            throw new BusinessException("vakantie.fout.overlap", "overlaps " + overlap, overlap.get(0));
        }
        em.persist(vakantie);
    }

    public void verwijder(long id) {
        Schoolvakantie vakantie = em.find(Schoolvakantie.class, id);
        if (vakantie == null) {
            throw new NotFoundException("No holiday " + id);
        }
        em.remove(vakantie);
    }

    /** A holiday in the list. */
    public static class Vakantie implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String naam;
        private final LocalDate van;
        private final LocalDate totEnMet;

        Vakantie(Schoolvakantie vakantie) {
            this.id = vakantie.getId();
            this.naam = vakantie.getNaam();
            this.van = vakantie.getVan();
            this.totEnMet = vakantie.getTotEnMet();
        }

        public long getId() {
            return id;
        }

        public String getNaam() {
            return naam;
        }

        public LocalDate getVan() {
            return van;
        }

        public LocalDate getTotEnMet() {
            return totEnMet;
        }
    }
}
