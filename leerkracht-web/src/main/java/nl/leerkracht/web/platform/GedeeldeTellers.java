package nl.leerkracht.web.platform;

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
 * classes; an increment is a compare-and-set, so two nodes never lose a count.
 */
final class GedeeldeTellers implements Tellers {

    private static final Logger LOG = Logger.getLogger(GedeeldeTellers.class.getName());
    private static final String NAAM = "leerkracht-verzoeklimiet";
    private static final int POGINGEN = 50;

    private final Cache<String, Long> cache;

    private GedeeldeTellers(Cache<String, Long> cache) {
        this.cache = cache;
    }

    /** The grid's counters, when Payara offers its cache manager; empty otherwise. */
    static Optional<Tellers> zoek(long bewaarSeconden) {
        try {
            if (!(new InitialContext().lookup("payara/CacheManager") instanceof CacheManager manager)) {
                return Optional.empty();
            }
            Cache<String, Long> cache = manager.getCache(NAAM, String.class, Long.class);
            if (cache == null) {
                try {
                    cache = manager.createCache(NAAM, new MutableConfiguration<String, Long>()
                            .setTypes(String.class, Long.class)
                            .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, bewaarSeconden))));
                } catch (CacheException madeByAnotherNode) {
                    cache = manager.getCache(NAAM, String.class, Long.class);
                }
            }
            return Optional.ofNullable(cache).map(GedeeldeTellers::new);
        } catch (NamingException | RuntimeException | LinkageError noGrid) {
            LOG.log(Level.INFO, "No data grid for the request limits; each node counts for itself", noGrid);
            return Optional.empty();
        }
    }

    @Override
    public long verhoog(String sleutel) {
        for (int poging = 0; poging < POGINGEN; poging++) {
            Long nu = cache.get(sleutel);
            if (nu == null ? cache.putIfAbsent(sleutel, 1L) : cache.replace(sleutel, nu, nu + 1)) {
                return nu == null ? 1 : nu + 1;
            }
        }
        // Fifty clashes in a row: this key is being hammered, which is reason enough to say no.
        return Long.MAX_VALUE;
    }

    @Override
    public long lees(String sleutel) {
        Long nu = cache.get(sleutel);
        return nu == null ? 0 : nu;
    }
}
