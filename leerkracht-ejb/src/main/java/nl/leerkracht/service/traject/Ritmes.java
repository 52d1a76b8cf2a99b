package nl.leerkracht.service.traject;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkracht.domain.shared.Schooljaar;
import nl.leerkracht.domain.traject.Ritme;
import nl.leerkracht.domain.traject.Schoolvakantie;
import nl.leerkracht.domain.traject.Traject;

/**
 * Reads what a trajectory's rhythm ({@link Ritme}) is made of, for a list of trajectories or one.
 * Plain code in the calling service's transaction.
 */
final class Ritmes {

    private final EntityManager em;
    private final Clock clock;

    Ritmes(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The rhythm of each trajectory, from the days of its sessions, visits and rounds, in four
     * queries whatever the number of trajectories; a directieteam's from its bordsessies alone.
     */
    Map<Long, Ritme> van(List<Traject> trajecten) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate vanaf = vandaag.minusWeeks(30);
        Map<Long, List<LocalDate>> sessies = dagen(
                "SELECT b.traject.id, b.datum FROM Bordsessie b WHERE b.traject IN :t" + " AND b.datum >= :vanaf",
                trajecten,
                vanaf);
        Map<Long, List<Ritme.Bezoek>> bezoeken = new HashMap<>();
        em.createQuery(
                        "SELECT l.traject.id, l.datum, l.bezochte.accountId, l.bezochte.naam FROM Lesbezoek l WHERE l.traject IN :t"
                                + " AND l.status = nl.leerkracht.domain.traject.LesbezoekStatus.GEHOUDEN AND l.datum >= :vanaf",
                        Object[].class)
                .setParameter("t", trajecten)
                .setParameter("vanaf", Ritme.termijnStart(vandaag))
                .getResultList()
                .forEach(r -> bezoeken.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add(new Ritme.Bezoek(
                                (LocalDate) r[1],
                                r[2] != null
                                        ? "#" + r[2]
                                        : ((String) r[3]).trim().toLowerCase(Locale.ROOT))));
        Map<Long, List<LocalDate>> rondes = dagen(
                "SELECT s.traject.id, s.datum FROM StemVanDeLeerling s WHERE s.traject IN :t"
                        + " AND s.datum >= :vanaf",
                trajecten,
                Schooljaar.of(vandaag).getEersteDag());
        List<Schoolvakantie> vakanties = em.createQuery(
                        "SELECT v FROM Schoolvakantie v WHERE v.totEnMet >= :vanaf", Schoolvakantie.class)
                .setParameter("vanaf", vanaf)
                .getResultList();
        Map<Long, Ritme> ritmes = new HashMap<>();
        for (Traject t : trajecten) {
            List<LocalDate> bordsessies = sessies.getOrDefault(t.getId(), List.of());
            ritmes.put(
                    t.getId(),
                    t.isDirectieteam()
                            ? Ritme.vanBordsessies(bordsessies, t.getGestartOp(), vandaag, vakanties)
                            : Ritme.van(
                                    bordsessies,
                                    bezoeken.getOrDefault(t.getId(), List.of()),
                                    rondes.getOrDefault(t.getId(), List.of()),
                                    t.getInschrijving().getAantalLeraren(),
                                    t.getGestartOp(),
                                    vandaag,
                                    vakanties));
        }
        return ritmes;
    }

    private Map<Long, List<LocalDate>> dagen(String jpql, List<Traject> trajecten, LocalDate vanaf) {
        Map<Long, List<LocalDate>> dagen = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("t", trajecten)
                .setParameter("vanaf", vanaf)
                .getResultList()
                .forEach(r -> dagen.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add((LocalDate) r[1]));
        return dagen;
    }
}
