package nl.leerkracht.service.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import nl.leerkracht.domain.account.Account;
import nl.leerkracht.domain.account.Toegangslink;

/** Finds a personal link by the key someone brings; only the key's hash is stored, so that is looked up. */
final class Toegangslinks {

    /** Longer than any key the platform hands out: anything longer is not looked up at all. */
    private static final int MAX_KEY_LENGTH = 100;

    private Toegangslinks() {}

    static Optional<Toegangslink> find(
            EntityManager em, String sleutel, Toegangslink.Doeleinde doel, LockModeType lock) {
        if (sleutel == null || sleutel.isBlank() || sleutel.length() > MAX_KEY_LENGTH) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT t FROM Toegangslink t WHERE t.sleutelHash = :hash AND t.doel = :doel",
                        Toegangslink.class)
                .setParameter("hash", Toegangslink.hash(sleutel))
                .setParameter("doel", doel)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    /** The account's unused links for this purpose stop working (they are deleted). */
    static void vervalOngebruikte(EntityManager em, long accountId, Toegangslink.Doeleinde doel) {
        em.createQuery(
                        "DELETE FROM Toegangslink t WHERE t.accountId = :account AND t.doel = :doel AND t.gebruiktOp IS NULL")
                .setParameter("account", accountId)
                .setParameter("doel", doel)
                .executeUpdate();
    }

    /** Whether another account than {@code behalve} has this e-mail address. */
    static boolean emailInGebruik(EntityManager em, String adres, Account behalve) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.email = :email AND a.id <> :id", Long.class)
                        .setParameter("email", adres)
                        .setParameter("id", behalve.getId())
                        .getSingleResult()
                > 0;
    }
}
