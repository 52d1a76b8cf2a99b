package nl.leerkracht.web.bestuur;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.service.certificaat.CertificaatRow;
import nl.leerkracht.service.certificaat.CertificaatService;
import nl.leerkracht.service.school.BestuurView;
import nl.leerkracht.service.school.SchoolService;

/**
 * {@code /bestuur/index.xhtml}: the board's schools, the make-up of its directieteam and the
 * Schoolleidersregister certificates of its schoolleiders.
 */
@Named("bestuurDashboard")
@RequestScoped
public class BestuurDashboardBacking {

    @EJB
    private SchoolService schools;

    @EJB
    private CertificaatService certificaten;

    private BestuurView bestuur;
    private List<CertificaatRow> schoolleidersregister;

    @PostConstruct
    void load() {
        bestuur = schools.getEigenBestuur();
        schoolleidersregister = certificaten.vanBestuur();
    }

    /** The Schoolleidersregister certificates of the board's schoolleiders. */
    public List<CertificaatRow> getSchoolleidersregister() {
        return schoolleidersregister;
    }

    public BestuurView getBestuur() {
        return bestuur;
    }
}
