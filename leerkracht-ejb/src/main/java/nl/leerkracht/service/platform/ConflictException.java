package nl.leerkracht.service.platform;

/**
 * A refusal because what is asked for exists already: the same enrolment for the same year, a
 * second bordsessie on one day. The API answers it with 409 Conflict, other refusals with 400.
 */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, String detail, Object... args) {
        super(messageKey, detail, args);
    }
}
