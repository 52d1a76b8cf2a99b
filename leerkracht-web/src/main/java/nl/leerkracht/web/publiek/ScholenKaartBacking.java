package nl.leerkracht.web.publiek;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.domain.school.Sector;

/**
 * {@code /scholen-kaart.xhtml}: the map of participating schools. The page only carries the
 * settings; its script reads the schools from {@code /api/scholen/kaart}.
 */
@Named("scholenKaart")
@RequestScoped
public class ScholenKaartBacking {

    @Inject
    private Kaartinstellingen instellingen;

    /** The tiles' address on this site as Leaflet wants it, or empty for a map without background. */
    public String getTegels() {
        return instellingen.getTegels().isEmpty()
                ? ""
                : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/kaart/tegels/{z}/{x}/{y}.png";
    }

    public String getBronvermelding() {
        return instellingen.getBronvermelding();
    }

    public String getBronvermeldingUrl() {
        return instellingen.getBronvermeldingUrl();
    }

    public List<Sector> getSectoren() {
        return List.of(Sector.values());
    }
}
