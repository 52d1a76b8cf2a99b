package nl.leerkracht.service.traject;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.domain.traject.Teamlid;
import nl.leerkracht.domain.traject.Traject;
import nl.leerkracht.service.platform.Keuze;

/**
 * The people of a trajectory's team ({@link Traject#isVanHetTeam}) as the team board shows them: everyone's current name (so a renamed
 * teacher reads under their new name everywhere, and a leaver's name stays in the history), and
 * the people who can be chosen now. One query per board.
 */
final class Teamleden {

    private final Map<Long, String> namen = new HashMap<>();
    private final List<Keuze> keuzes = new ArrayList<>();

    private Teamleden() {}

    static Teamleden van(EntityManager em, Traject traject) {
        Teamleden teamleden = new Teamleden();
        TypedQuery<Object[]> query = traject.isDirectieteam()
                ? em.createQuery(
                                "SELECT DISTINCT a.id, a.naam, a.status FROM Lidmaatschap l JOIN l.account a"
                                        + " LEFT JOIN l.school s WHERE (l.rol = :bestuurder AND l.bestuur = :bestuur)"
                                        + " OR (l.rol = :schoolleider AND s.bestuur = :bestuur)"
                                        + " ORDER BY a.naam, a.id",
                                Object[].class)
                        .setParameter("bestuurder", Rol.BESTUURDER)
                        .setParameter("schoolleider", Rol.SCHOOLLEIDER)
                        .setParameter("bestuur", traject.getBestuur())
                : em.createQuery(
                                "SELECT DISTINCT a.id, a.naam, a.status FROM Lidmaatschap l JOIN l.account a"
                                        + " WHERE l.school = :school AND l.rol IN :rollen"
                                        + " ORDER BY a.naam, a.id",
                                Object[].class)
                        .setParameter("school", traject.getSchool())
                        .setParameter("rollen", TrajectService.SCHOOLROLLEN);
        query.getResultList().forEach(r -> {
            teamleden.namen.put((Long) r[0], (String) r[1]);
            if (r[2] == AccountStatus.ACTIEF) {
                teamleden.keuzes.add(new Keuze((Long) r[0], (String) r[1]));
            }
        });
        return teamleden;
    }

    /** The person's current name; a name from before people were kept as it was entered. */
    String naam(Teamlid teamlid) {
        return teamlid.getAccountId() == null
                ? teamlid.getNaam()
                : namen.getOrDefault(teamlid.getAccountId(), teamlid.getNaam());
    }

    List<Keuze> keuzes() {
        return List.copyOf(keuzes);
    }
}
