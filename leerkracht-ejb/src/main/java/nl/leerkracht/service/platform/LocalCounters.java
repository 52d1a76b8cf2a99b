package nl.leerkracht.service.platform;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Counters in this node's memory, for when there is no data grid (Payara Micro with
 * {@code --nohazelcast}) or it fails. Expired counters are swept at most once a minute; a flood of
 * addresses beyond {@value #MAXIMUM} live counters empties the map rather than the memory.
 */
final class LocalCounters implements Counters {

    private static final Logger LOG = Logger.getLogger(LocalCounters.class.getName());
    private static final int MAXIMUM = 100_000;
    private static final long SWEEP_INTERVAL_MILLIS = 60_000;

    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long keepMillis;
    private final AtomicLong nextSweep = new AtomicLong();

    LocalCounters(Clock clock, long keepMillis) {
        this.clock = clock;
        this.keepMillis = keepMillis;
    }

    @Override
    public long increment(String key) {
        long now = clock.millis();
        sweep(now);
        Counter counter =
                counters.compute(key, (k, old) -> old == null || old.until < now ? new Counter(now + keepMillis) : old);
        return counter.count.incrementAndGet();
    }

    @Override
    public long get(String key) {
        Counter counter = counters.get(key);
        return counter == null || counter.until < clock.millis() ? 0 : counter.count.get();
    }

    @Override
    public void remove(String key) {
        counters.remove(key);
    }

    private void sweep(long now) {
        long due = nextSweep.get();
        if (now < due || !nextSweep.compareAndSet(due, now + SWEEP_INTERVAL_MILLIS)) {
            return;
        }
        counters.values().removeIf(counter -> counter.until < now);
        if (counters.size() > MAXIMUM) {
            LOG.warning(() -> counters.size() + " live request counters: forgotten, to keep the memory");
            counters.clear();
        }
    }

    /** Live counters, for tests. */
    int size() {
        return counters.size();
    }

    private static final class Counter {
        private final long until;
        private final AtomicLong count = new AtomicLong();

        private Counter(long until) {
            this.until = until;
        }
    }
}
