package nl.leerkracht.service.traject;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.school.School;
import nl.leerkracht.domain.traject.Teamlid;
import nl.leerkracht.service.platform.Keuze;

/**
 * The people of a school as the team board shows them: everyone's current name (so a renamed
 * teacher reads under their new name everywhere, and a leaver's name stays in the history), and
 * the people who can be chosen now. One query per board.
 */
final class Teamleden {

    private final Map<Long, String> namen = new HashMap<>();
    private final List<Keuze> keuzes = new ArrayList<>();

    private Teamleden() {}

    static Teamleden van(EntityManager em, School school) {
        Teamleden teamleden = new Teamleden();
        em.createQuery(
                        "SELECT DISTINCT a.id, a.naam, a.status FROM Lidmaatschap l JOIN l.account a"
                                + " WHERE l.school = :school AND l.rol IN :rollen"
                                + " ORDER BY a.naam, a.id",
                        Object[].class)
                .setParameter("school", school)
                .setParameter("rollen", TrajectService.SCHOOLROLLEN)
                .getResultList()
                .forEach(r -> {
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
