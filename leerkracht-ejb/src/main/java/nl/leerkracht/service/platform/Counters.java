package nl.leerkracht.service.platform;

/** Counters by key that forget themselves after an hour: the store behind {@link RateLimits}. */
interface Counters {

    /** Adds one and returns the new count. */
    long increment(String key);

    /** The count, 0 when there is none (any more). */
    long get(String key);

    /** Forgets the count. */
    void remove(String key);
}
