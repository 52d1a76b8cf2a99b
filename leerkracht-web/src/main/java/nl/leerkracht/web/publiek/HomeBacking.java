package nl.leerkracht.web.publiek;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.service.publiek.InformatiebijeenkomstRow;
import nl.leerkracht.service.publiek.InformatiebijeenkomstService;
import nl.leerkracht.service.school.KaartService;

/** {@code /index.xhtml}: the home page, with the number of participating schools and the next meetings, read live. */
@Named("home")
@RequestScoped
public class HomeBacking {

    private static final int KOMENDE = 3;

    @EJB
    private KaartService kaart;

    @EJB
    private InformatiebijeenkomstService bijeenkomsten;

    private long deelnemers;
    private List<InformatiebijeenkomstRow> komende;

    @PostConstruct
    void load() {
        deelnemers = kaart.aantalDeelnemers();
        List<InformatiebijeenkomstRow> alle = bijeenkomsten.komende();
        komende = alle.subList(0, Math.min(KOMENDE, alle.size()));
    }

    public long getDeelnemers() {
        return deelnemers;
    }

    public List<InformatiebijeenkomstRow> getKomende() {
        return komende;
    }
}
