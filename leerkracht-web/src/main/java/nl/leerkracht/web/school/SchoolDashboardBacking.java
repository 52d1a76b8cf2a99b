package nl.leerkracht.web.school;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Programma;
import nl.leerkracht.service.school.SchoolService;
import nl.leerkracht.service.school.SchoolView;

/** {@code /school/index.xhtml}: the user's own school, in the terms of its sector. */
@Named("schoolDashboard")
@RequestScoped
public class SchoolDashboardBacking {

    @EJB
    private SchoolService schools;

    private SchoolView school;

    @PostConstruct
    void load() {
        school = schools.getEigenSchool();
    }

    public SchoolView getSchool() {
        return school;
    }

    public List<Fase> getFasen() {
        return Programma.SCHOOL.getFasen();
    }
}
