package nl.leerkracht.web.platform;

/** Counters by key that forget themselves after a few hours: the store behind {@link Verzoeklimiet}. */
interface Tellers {

    /** Adds one and returns the new count. */
    long verhoog(String sleutel);

    /** The count, 0 when there is none (any more). */
    long lees(String sleutel);
}
