package nl.leerkracht.web.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.leerkracht.domain.account.Rol;

/**
 * The menu: every page a role may use, in menu order. The first entry of a role is its dashboard.
 * web.xml guards the same paths by role; this only decides what a user is offered.
 */
public enum Navigatie {
    CENTRAAL_OVERZICHT("/centraal/index.xhtml", "menu.centraal.overzicht", "pi pi-home", Rol.CENTRAAL_TEAM),
    CENTRAAL_SCHOLEN("/centraal/scholen.xhtml", "menu.centraal.scholen", "pi pi-building", Rol.CENTRAAL_TEAM),
    CENTRAAL_CLUSTERS("/centraal/clusters.xhtml", "menu.centraal.clusters", "pi pi-sitemap", Rol.CENTRAAL_TEAM),
    CENTRAAL_MENSEN("/centraal/mensen.xhtml", "menu.centraal.mensen", "pi pi-users", Rol.CENTRAAL_TEAM),
    CENTRAAL_TARIEVEN("/centraal/tarieven.xhtml", "menu.centraal.tarieven", "pi pi-euro", Rol.CENTRAAL_TEAM),
    CENTRAAL_VAKANTIES("/centraal/vakanties.xhtml", "menu.centraal.vakanties", "pi pi-sun", Rol.CENTRAAL_TEAM),
    KLACHTEN("/klachten/index.xhtml", "menu.klachten", "pi pi-inbox", Rol.DIRECTEUR, Rol.RVT_VOORZITTER),
    EXPERTCOACH("/expertcoach/index.xhtml", "menu.expertcoach", "pi pi-sitemap", Rol.EXPERTCOACH),
    BESTUUR("/bestuur/index.xhtml", "menu.bestuur", "pi pi-briefcase", Rol.BESTUURDER),
    SCHOOL(
            "/school/index.xhtml",
            "menu.school",
            "pi pi-home",
            Rol.SCHOOLLEIDER,
            Rol.SCHOOLCOACH,
            Rol.AANJAGER,
            Rol.LERAAR),
    TRAJECTEN(
            "/traject/index.xhtml",
            "menu.trajecten",
            "pi pi-directions",
            Rol.CENTRAAL_TEAM,
            Rol.EXPERTCOACH,
            Rol.BESTUURDER,
            Rol.SCHOOLLEIDER,
            Rol.SCHOOLCOACH,
            Rol.AANJAGER,
            Rol.LERAAR),
    AGENDA(
            "/agenda/index.xhtml",
            "menu.agenda",
            "pi pi-calendar",
            Rol.CENTRAAL_TEAM,
            Rol.EXPERTCOACH,
            Rol.SCHOOLLEIDER,
            Rol.SCHOOLCOACH,
            Rol.AANJAGER),
    DOCUMENTEN(
            "/documenten/index.xhtml",
            "menu.documenten",
            "pi pi-file-pdf",
            Rol.CENTRAAL_TEAM,
            Rol.EXPERTCOACH,
            Rol.SCHOOLLEIDER,
            Rol.SCHOOLCOACH,
            Rol.AANJAGER),
    INSCHRIJVINGEN(
            "/inschrijving/index.xhtml",
            "menu.inschrijvingen",
            "pi pi-list",
            Rol.CENTRAAL_TEAM,
            Rol.BESTUURDER,
            Rol.SCHOOLLEIDER),
    FACTUREN(
            "/inschrijving/facturen.xhtml",
            "menu.facturen",
            "pi pi-file",
            Rol.CENTRAAL_TEAM,
            Rol.BESTUURDER,
            Rol.SCHOOLLEIDER),
    INSCHRIJVEN("/inschrijving/aanvragen.xhtml", "menu.inschrijven", "pi pi-pencil", Rol.BESTUURDER, Rol.SCHOOLLEIDER),
    DIRECTIETEAM(
            "/inschrijving/directieteam.xhtml", "menu.directieteam", "pi pi-users", Rol.CENTRAAL_TEAM, Rol.BESTUURDER),
    // The public site's menu, for whoever is not logged in.
    PUBLIEK_AANPAK("/publiek/aanpak.xhtml", "menu.publiek.aanpak", "pi pi-th-large"),
    PUBLIEK_DEELNEMEN("/publiek/deelnemen.xhtml", "menu.publiek.deelnemen", "pi pi-euro"),
    PUBLIEK_DIRECTIETEAMS("/publiek/directieteams.xhtml", "menu.publiek.directieteams", "pi pi-users"),
    PUBLIEK_KAART("/scholen-kaart.xhtml", "menu.publiek.kaart", "pi pi-map-marker"),
    PUBLIEK_BIJEENKOMSTEN("/publiek/bijeenkomsten.xhtml", "menu.publiek.bijeenkomsten", "pi pi-calendar"),
    PUBLIEK_INSCHRIJVEN("/inschrijving/aanvragen.xhtml", "menu.publiek.inschrijven", "pi pi-pencil");

    private final String path;
    private final String labelKey;
    private final String icon;
    private final Set<Rol> rollen;

    Navigatie(String path, String labelKey, String icon, Rol first, Rol... rest) {
        this.path = path;
        this.labelKey = labelKey;
        this.icon = icon;
        this.rollen = EnumSet.of(first, rest);
    }

    Navigatie(String path, String labelKey, String icon) {
        this.path = path;
        this.labelKey = labelKey;
        this.icon = icon;
        this.rollen = EnumSet.noneOf(Rol.class);
    }

    public static List<Navigatie> forRol(Rol rol) {
        return Arrays.stream(values()).filter(n -> n.rollen.contains(rol)).toList();
    }

    /** The public site's pages, offered to whoever is not logged in. */
    public static List<Navigatie> publiek() {
        return Arrays.stream(values()).filter(n -> n.rollen.isEmpty()).toList();
    }

    /** The dashboard a role lands on after logging in. */
    public static String homeOf(Rol rol) {
        return forRol(rol).get(0).path;
    }

    public String getPath() {
        return path;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getIcon() {
        return icon;
    }
}
