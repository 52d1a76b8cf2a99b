package nl.leerkracht.web.platform;

/** Looks through an exception's chain of causes. */
public final class Causes {

    private Causes() {}

    /** The first exception of the given kind in the chain, starting with the error itself; null when there is none. */
    public static <T extends Throwable> T find(Throwable error, Class<T> kind) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return kind.cast(cause);
            }
        }
        return null;
    }
}
