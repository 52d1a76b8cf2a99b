package nl.leerkracht.service.klacht;

import java.io.Serializable;
import nl.leerkracht.domain.klacht.KlachtOnderwerp;

/** The anonymous yearly counts per subject: received, closed, and handled within the terms. */
public class Jaartelling implements Serializable {

    private static final long serialVersionUID = 1L;
    private final int jaar;
    private final KlachtOnderwerp onderwerp;
    private int ontvangen;
    private int afgesloten;
    private int ontvangstOpTijd;
    private int oplossingOpTijd;

    Jaartelling(int jaar, KlachtOnderwerp onderwerp) {
        this.jaar = jaar;
        this.onderwerp = onderwerp;
    }

    void tel(Boolean ontvangstTijdig, Boolean oplossingTijdig) {
        ontvangen++;
        if (Boolean.TRUE.equals(ontvangstTijdig)) {
            ontvangstOpTijd++;
        }
        if (oplossingTijdig != null) {
            afgesloten++;
            if (oplossingTijdig) {
                oplossingOpTijd++;
            }
        }
    }

    public int getJaar() {
        return jaar;
    }

    public KlachtOnderwerp getOnderwerp() {
        return onderwerp;
    }

    public int getOntvangen() {
        return ontvangen;
    }

    public int getAfgesloten() {
        return afgesloten;
    }

    public int getOntvangstOpTijd() {
        return ontvangstOpTijd;
    }

    public int getOplossingOpTijd() {
        return oplossingOpTijd;
    }
}
