package nl.leerkracht.service.platform;

import jakarta.ejb.ApplicationException;

/** The caller asked for data outside their scope (another school, board or cluster). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String detail) {
        super("error.accessDenied", detail);
    }
}
