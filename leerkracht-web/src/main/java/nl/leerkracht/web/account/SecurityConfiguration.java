package nl.leerkracht.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import nl.leerkracht.domain.account.Rol;

/** The roles the application knows; the login itself is {@link LoginMechanism}. */
@DeclareRoles({
    Rol.CENTRAAL_TEAM_NAME,
    Rol.DIRECTEUR_NAME,
    Rol.RVT_VOORZITTER_NAME,
    Rol.EXPERTCOACH_NAME,
    Rol.BESTUURDER_NAME,
    Rol.SCHOOLLEIDER_NAME,
    Rol.SCHOOLCOACH_NAME,
    Rol.AANJAGER_NAME,
    Rol.LERAAR_NAME
})
@ApplicationScoped
public class SecurityConfiguration {}
