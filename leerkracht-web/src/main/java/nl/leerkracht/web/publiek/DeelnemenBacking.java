package nl.leerkracht.web.publiek;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.domain.school.AdviesFte;
import nl.leerkracht.service.inschrijving.KostenView;
import nl.leerkracht.service.inschrijving.TariefService;

/** {@code /publiek/deelnemen.xhtml}: time, capacity, costs and how to enrol, for anyone. */
@Named("deelnemen")
@RequestScoped
public class DeelnemenBacking {

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

    public List<AdviesFte> getAdviezen() {
        return List.of(AdviesFte.values());
    }
}
