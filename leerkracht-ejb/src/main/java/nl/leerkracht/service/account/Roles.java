package nl.leerkracht.service.account;

import nl.leerkracht.domain.account.Rol;

/** Role groups for {@code @RolesAllowed}, so each service says in one word whom it serves. */
public final class Roles {

    public static final String CENTRAAL_TEAM = Rol.CENTRAAL_TEAM_NAME;
    public static final String DIRECTEUR = Rol.DIRECTEUR_NAME;
    public static final String RVT_VOORZITTER = Rol.RVT_VOORZITTER_NAME;
    public static final String EXPERTCOACH = Rol.EXPERTCOACH_NAME;
    public static final String BESTUURDER = Rol.BESTUURDER_NAME;
    public static final String SCHOOLLEIDER = Rol.SCHOOLLEIDER_NAME;
    public static final String SCHOOLCOACH = Rol.SCHOOLCOACH_NAME;
    public static final String AANJAGER = Rol.AANJAGER_NAME;
    public static final String LERAAR = Rol.LERAAR_NAME;

    private Roles() {}
}
