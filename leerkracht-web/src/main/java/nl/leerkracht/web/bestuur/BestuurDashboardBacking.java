package nl.leerkracht.web.bestuur;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.leerkracht.service.school.BestuurView;
import nl.leerkracht.service.school.SchoolService;

/** {@code /bestuur/index.xhtml}: the board's schools and the make-up of its directieteam. */
@Named("bestuurDashboard")
@RequestScoped
public class BestuurDashboardBacking {

    @EJB
    private SchoolService schools;

    private BestuurView bestuur;

    @PostConstruct
    void load() {
        bestuur = schools.getEigenBestuur();
    }

    public BestuurView getBestuur() {
        return bestuur;
    }
}
