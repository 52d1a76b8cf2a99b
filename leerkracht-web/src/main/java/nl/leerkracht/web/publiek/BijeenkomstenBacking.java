package nl.leerkracht.web.publiek;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.service.publiek.InformatiebijeenkomstRow;
import nl.leerkracht.service.publiek.InformatiebijeenkomstService;

/** {@code /publiek/bijeenkomsten.xhtml}: the coming information meetings, with the places left. */
@Named("bijeenkomsten")
@RequestScoped
public class BijeenkomstenBacking {

    @EJB
    private InformatiebijeenkomstService service;

    private List<InformatiebijeenkomstRow> komende;

    @PostConstruct
    void load() {
        komende = service.komende();
    }

    public List<InformatiebijeenkomstRow> getKomende() {
        return komende;
    }
}
