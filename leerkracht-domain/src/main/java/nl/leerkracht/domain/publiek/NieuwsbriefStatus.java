package nl.leerkracht.domain.publiek;

/** Where a newsletter subscription stands: only a confirmed address receives the newsletter. */
public enum NieuwsbriefStatus {
    /** Subscribed on the site; the confirmation mail is out and not yet clicked. */
    WACHT_OP_BEVESTIGING,
    /** Confirmed from the mail: on the list the central team exports. */
    BEVESTIGD
}
