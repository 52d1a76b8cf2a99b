package nl.leerkracht.web.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import nl.leerkracht.domain.account.Rol;

/**
 * Form login through the Faces page {@code /login.xhtml}: a protected page redirects there and,
 * after logging in, back. Credentials are checked by {@link DatabaseIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Rol.CENTRAAL_TEAM_NAME, Rol.DIRECTEUR_NAME, Rol.RVT_VOORZITTER_NAME, Rol.EXPERTCOACH_NAME,
    Rol.BESTUURDER_NAME, Rol.SCHOOLLEIDER_NAME, Rol.SCHOOLCOACH_NAME, Rol.AANJAGER_NAME, Rol.LERAAR_NAME})
@ApplicationScoped
public class SecurityConfiguration {
}
