package nl.leerkracht.web.scholen;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Programma;
import nl.leerkracht.service.school.SchoolService;
import nl.leerkracht.service.school.SchoolView;
import nl.leerkracht.web.platform.Pages;

/** {@code /scholen/school.xhtml?id=…}: one school, if the user may see it (403 otherwise). */
@Named("schoolPagina")
@RequestScoped
public class SchoolBacking {

    @EJB
    private SchoolService schools;

    private String id;
    private SchoolView school;

    /** f:viewAction: before rendering, so a refusal can still become a 403 page; a bad id is a 404. */
    public void load() {
        long schoolId;
        try {
            schoolId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        school = Pages.load(() -> schools.getSchool(schoolId));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SchoolView getSchool() {
        return school;
    }

    public List<Fase> getFasen() {
        return school == null ? List.of() : Programma.SCHOOL.getFasen();
    }
}
