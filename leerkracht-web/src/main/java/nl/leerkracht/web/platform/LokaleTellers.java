package nl.leerkracht.web.platform;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters in this node's memory, for when there is no data grid (Payara Micro with
 * {@code --nohazelcast}) or it fails. Expired counters are swept when the map grows.
 */
final class LokaleTellers implements Tellers {

    private static final int SWEEP_FROM = 10_000;

    private final ConcurrentMap<String, Teller> tellers = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long bewaarMillis;

    LokaleTellers(Clock clock, long bewaarMillis) {
        this.clock = clock;
        this.bewaarMillis = bewaarMillis;
    }

    @Override
    public long verhoog(String sleutel) {
        long nu = clock.millis();
        if (tellers.size() >= SWEEP_FROM) {
            tellers.values().removeIf(teller -> teller.tot < nu);
        }
        Teller teller = tellers.compute(sleutel, (key, oud) -> oud == null || oud.tot < nu ? new Teller(nu + bewaarMillis) : oud);
        return teller.aantal.incrementAndGet();
    }

    @Override
    public long lees(String sleutel) {
        Teller teller = tellers.get(sleutel);
        return teller == null || teller.tot < clock.millis() ? 0 : teller.aantal.get();
    }

    private static final class Teller {
        private final long tot;
        private final AtomicLong aantal = new AtomicLong();

        private Teller(long tot) {
            this.tot = tot;
        }
    }
}
