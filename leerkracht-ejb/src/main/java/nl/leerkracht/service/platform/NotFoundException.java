package nl.leerkracht.service.platform;

import jakarta.ejb.ApplicationException;

/** What the caller asked for does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super("error.notFound", detail);
    }
}
