package nl.leerkracht.domain.account;

/**
 * The roles of domain.md §1. Each role's bereik (reach) says which link an account of it must have: school
 * roles belong to a school, a bestuurder to a bestuur, an Expertcoach to clusters.
 */
public enum Rol {
    CENTRAAL_TEAM(Bereik.FOUNDATION),
    DIRECTEUR(Bereik.FOUNDATION),
    RVT_VOORZITTER(Bereik.FOUNDATION),
    EXPERTCOACH(Bereik.CLUSTERS),
    BESTUURDER(Bereik.BESTUUR),
    SCHOOLLEIDER(Bereik.SCHOOL),
    SCHOOLCOACH(Bereik.SCHOOL),
    AANJAGER(Bereik.SCHOOL),
    LERAAR(Bereik.SCHOOL);

    /** Role names as used in {@code @RolesAllowed} and web.xml; constants so annotations can use them. */
    public static final String CENTRAAL_TEAM_NAME = "CENTRAAL_TEAM";

    public static final String DIRECTEUR_NAME = "DIRECTEUR";
    public static final String RVT_VOORZITTER_NAME = "RVT_VOORZITTER";
    public static final String EXPERTCOACH_NAME = "EXPERTCOACH";
    public static final String BESTUURDER_NAME = "BESTUURDER";
    public static final String SCHOOLLEIDER_NAME = "SCHOOLLEIDER";
    public static final String SCHOOLCOACH_NAME = "SCHOOLCOACH";
    public static final String AANJAGER_NAME = "AANJAGER";
    public static final String LERAAR_NAME = "LERAAR";

    private final Bereik bereik;

    Rol(Bereik bereik) {
        this.bereik = bereik;
    }

    public Bereik getBereik() {
        return bereik;
    }

    /** What part of the data an account of a role is limited to. */
    public enum Bereik {
        /** Foundation staff; which foundation data depends on the role (complaints, back office). */
        FOUNDATION,
        /** The schools of the clusters the Expertcoach guides. */
        CLUSTERS,
        /** The schools of one board. */
        BESTUUR,
        /** One school. */
        SCHOOL
    }
}
