package nl.leerkracht.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.service.account.AccountService;
import nl.leerkracht.service.account.Profiel;
import nl.leerkracht.web.platform.Navigatie;

/** The logged-in user for the views: name, role, home page, and logout. */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    private Profiel profiel;
    private Long gekozenRol;

    public boolean isLoggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    /** The profile, loaded once per session; null when nobody is logged in. */
    public Profiel getProfiel() {
        if (profiel == null && isLoggedIn()) {
            profiel = accounts.getProfiel();
        }
        return profiel;
    }

    public boolean hasRole(String rol) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(rol);
    }

    /** The role of the logged-in user, taken from the container's view of the caller. */
    public Optional<Rol> getRol() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return Arrays.stream(Rol.values())
                .filter(r -> external.isUserInRole(r.name()))
                .findFirst();
    }

    /** The dashboard of the logged-in user's role, relative to the context root. */
    public String getHomePath() {
        return getRol().map(Navigatie::homeOf).orElse("/index.xhtml");
    }

    void reset() {
        profiel = null;
    }

    /** The person's memberships to switch between; empty for someone with one. */
    public List<Profiel.Rolkeuze> getRolkeuzes() {
        Profiel huidig = getProfiel();
        return huidig == null || !huidig.isMeerdereRollen() ? List.of() : huidig.getRollen();
    }

    /** The membership the person works in now. */
    public Long getGekozenRol() {
        return getRolkeuzes().stream()
                .filter(Profiel.Rolkeuze::isActief)
                .map(Profiel.Rolkeuze::getId)
                .findFirst()
                .orElse(null);
    }

    public void setGekozenRol(Long gekozenRol) {
        this.gekozenRol = gekozenRol;
    }

    /**
     * Switches to the chosen membership and opens its home page. Only one of the person's own
     * memberships, as the service lists them for the caller, can be chosen.
     */
    public void wissel() throws IOException {
        Profiel.Rolkeuze keuze = getRolkeuzes().stream()
                .filter(k -> Long.valueOf(k.getId()).equals(gekozenRol))
                .findFirst()
                .orElse(null);
        if (keuze == null || keuze.isActief()) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        LoginMechanism.wissel(
                (HttpServletRequest) external.getRequest(),
                keuze.getPrincipal(),
                keuze.getRol().name());
        reset();
        external.redirect(external.getRequestContextPath() + Navigatie.homeOf(keuze.getRol()));
    }

    /** Ends the session entirely and returns to the public home page. */
    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + "/index.xhtml?uitgelogd=true");
    }
}
