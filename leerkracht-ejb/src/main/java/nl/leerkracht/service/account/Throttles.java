package nl.leerkracht.service.account;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import nl.leerkracht.domain.account.LoginThrottle;

/** The stored counters that slow down guessing of passwords, by key. */
final class Throttles {

    private Throttles() {
    }

    static Optional<LoginThrottle> find(EntityManager em, String key, LockModeType lock) {
        return em.createQuery("SELECT t FROM LoginThrottle t WHERE t.key = :key", LoginThrottle.class)
                .setParameter("key", key)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    static boolean isWaiting(EntityManager em, String key, Instant now) {
        return find(em, key, LockModeType.NONE).filter(t -> t.isWaiting(now)).isPresent();
    }

    /** Counts a failure; after {@code free} failures the key must wait before its next attempt. */
    static void fail(EntityManager em, String key, int free, Instant now) {
        LoginThrottle throttle = find(em, key, LockModeType.PESSIMISTIC_WRITE).orElseGet(() -> {
            LoginThrottle created = new LoginThrottle(key, now);
            em.persist(created);
            return created;
        });
        throttle.fail(now, free);
    }
}
