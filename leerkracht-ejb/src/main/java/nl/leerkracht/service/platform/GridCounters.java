package nl.leerkracht.service.platform;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Counters in Payara's data grid (JCache on Hazelcast), so the nodes of a cluster count together.
 * Keys and values are plain strings and longs, which every node reads without the application's
 * classes; an increment is a compare-and-set, so two nodes never lose a count. The cache is
 * bounded by Hazelcast's default eviction for JCache (10,000 entries, least recently used first):
 * a flood from many addresses makes it forget old counters, never run out of memory.
 */
final class GridCounters implements Counters {

    private static final Logger LOG = Logger.getLogger(GridCounters.class.getName());
    private static final String NAME = "leerkracht-rate-limits";
    private static final int ATTEMPTS = 50;

    private final Cache<String, Long> cache;

    private GridCounters(Cache<String, Long> cache) {
        this.cache = cache;
    }

    /** The grid's counters, when Payara offers its cache manager; empty otherwise. */
    static Optional<Counters> find(long keepSeconds) {
        try {
            if (!(new InitialContext().lookup("payara/CacheManager") instanceof CacheManager manager)) {
                return Optional.empty();
            }
            Cache<String, Long> cache = manager.getCache(NAME, String.class, Long.class);
            if (cache == null) {
                try {
                    cache = manager.createCache(
                            NAME,
                            new MutableConfiguration<String, Long>()
                                    .setTypes(String.class, Long.class)
                                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(
                                            new Duration(TimeUnit.SECONDS, keepSeconds))));
                } catch (CacheException createdByAnotherNode) {
                    cache = manager.getCache(NAME, String.class, Long.class);
                }
            }
            return Optional.ofNullable(cache).map(GridCounters::new);
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            LOG.log(Level.INFO, "No data grid for the rate limits; each node counts for itself", noGrid);
            return Optional.empty();
        }
    }

    @Override
    public long increment(String key) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Long now = cache.get(key);
            if (now == null ? cache.putIfAbsent(key, 1L) : cache.replace(key, now, now + 1)) {
                return now == null ? 1 : now + 1;
            }
        }
        // Fifty clashes in a row: this key is being hammered, which is reason enough to say no.
        return Long.MAX_VALUE;
    }

    @Override
    public long get(String key) {
        Long now = cache.get(key);
        return now == null ? 0 : now;
    }

    @Override
    public void remove(String key) {
        cache.remove(key);
    }
}
