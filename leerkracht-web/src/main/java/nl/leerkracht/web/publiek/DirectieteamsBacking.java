package nl.leerkracht.web.publiek;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.leerkracht.service.inschrijving.KostenView;
import nl.leerkracht.service.inschrijving.TariefService;

/** {@code /publiek/directieteams.xhtml}: the programme for directieteams and its price range. */
@Named("directieteams")
@RequestScoped
public class DirectieteamsBacking {

    @EJB
    private TariefService tarieven;

    private KostenView kosten;

    @PostConstruct
    void load() {
        kosten = tarieven.kosten();
    }

    public KostenView getKosten() {
        return kosten;
    }
}
