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

    public BusinessException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
