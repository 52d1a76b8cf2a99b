package nl.leerkracht.web.publiek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the map's background tiles come from and whom the map credits for them. The tiles reach
 * visitors through this site ({@link KaartTegels}), so their addresses are not handed to the tile
 * server and the page's Content Security Policy stays "this site only".
 */
@ApplicationScoped
public class Kaartinstellingen {

    static final String OPENSTREETMAP = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /** {z}/{x}/{y} template of the tile server; "none" turns the background off. */
    @Inject
    @ConfigProperty(name = "leerkracht.kaart.tegels", defaultValue = OPENSTREETMAP)
    private String tegels;

    @Inject
    @ConfigProperty(name = "leerkracht.kaart.bronvermelding", defaultValue = "© OpenStreetMap-bijdragers")
    private String bronvermelding;

    @Inject
    @ConfigProperty(
            name = "leerkracht.kaart.bronvermelding-url",
            defaultValue = "https://www.openstreetmap.org/copyright")
    private Optional<String> bronvermeldingUrl;

    /** The tile server's template, or empty when the map has no background. */
    public Optional<String> getTegels() {
        return tegels.isBlank() || "none".equalsIgnoreCase(tegels.trim())
                ? Optional.empty()
                : Optional.of(tegels.trim());
    }

    public String getBronvermelding() {
        return bronvermelding;
    }

    public String getBronvermeldingUrl() {
        return bronvermeldingUrl.orElse("");
    }
}
