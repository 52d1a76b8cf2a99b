package nl.leerkracht.service.klacht;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.klacht.Klacht;
import nl.leerkracht.domain.klacht.KlachtAudit;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;
import nl.leerkracht.service.platform.PublicUrl;

/**
 * What the complaint service and the complaint job both do to a complaint's file: write the audit
 * trail, find the handlers, link to the register. Plain code in the caller's transaction, so it is
 * not an EJB business method anyone could call.
 */
final class Dossier {

    private final EntityManager em;
    private final PublicUrl publiekeUrl;

    private final Clock clock;

    Dossier(EntityManager em, PublicUrl publiekeUrl, Clock clock) {
        this.clock = clock;
        this.em = em;
        this.publiekeUrl = publiekeUrl;
    }

    void audit(Klacht klacht, KlachtAudit.KlachtActie actie, String door, String detail) {
        em.persist(new KlachtAudit(klacht.getId(), actie, door, clock.instant(), detail));
    }

    /** The accounts that handle complaints about a subject. */
    List<Account> behandelaars(KlachtOnderwerp onderwerp) {
        return em.createQuery(
                        "SELECT DISTINCT a FROM Lidmaatschap l JOIN l.account a WHERE l.rol = :rol", Account.class)
                .setParameter("rol", onderwerp.getBehandelaar())
                .getResultList();
    }

    String registerLink(Klacht klacht) {
        return publiekeUrl.of("/klachten/klacht.xhtml?id=" + klacht.getId());
    }
}
