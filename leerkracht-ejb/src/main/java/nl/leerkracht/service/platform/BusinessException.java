package nl.leerkracht.service.platform;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. The message key names a text in the web module's resource bundle, so
 * the user sees a clear Dutch (or English) message; the transaction is rolled back, nothing is half saved.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final Object[] args;

    /**
     * @param args values for the message's placeholders ({0}, {1}, …), in the order the text uses them
     */
    public BusinessException(String messageKey, String detail, Object... args) {
        super(detail);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args.clone();
    }

    /**
     * Applies a domain rule: what it returns, or its refusal ({@code Regelfout}) as a business
     * exception with the same message key, so the transaction rolls back and the user reads why.
     *
     * @param args values for the message's placeholders, when the text names more than the rule knows
     */
    public static <T> T bijRegel(java.util.function.Supplier<T> regel, Object... args) {
        try {
            return regel.get();
        } catch (nl.leerkracht.domain.shared.Regelfout fout) {
            throw new BusinessException(fout.getCode(), fout.getMessage(), args);
        }
    }

    /** As {@link #bijRegel(java.util.function.Supplier, Object...)}, for a rule that changes state and returns nothing. */
    public static void bijRegel(Runnable regel, Object... args) {
        bijRegel(
                () -> {
                    regel.run();
                    return null;
                },
                args);
    }
}
