package nl.leerkracht.domain.shared;

/**
 * A rule of the foundation refused an action. The code names the rule, so the service layer can
 * answer with the matching message in the user's language; the text explains it to a developer.
 */
public class Regelfout extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String code;

    public Regelfout(String code, String detail) {
        super(detail);
        this.code = code;
    }

    /** The message key of the rule, e.g. {@code inschrijving.fout.eenheid}. */
    public String getCode() {
        return code;
    }
}
