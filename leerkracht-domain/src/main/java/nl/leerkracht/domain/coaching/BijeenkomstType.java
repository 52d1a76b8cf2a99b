package nl.leerkracht.domain.coaching;

/** The kinds of meeting on a Clusteragenda (domain.md §3). */
public enum BijeenkomstType {
    /** Training in giving feedback. */
    TRAINING_FEEDBACK,
    /** Training in setting goals. */
    TRAINING_DOELEN,
    /** Another training by the foundation. */
    TRAINING,
    WERKSESSIE,
    FORUM
}
