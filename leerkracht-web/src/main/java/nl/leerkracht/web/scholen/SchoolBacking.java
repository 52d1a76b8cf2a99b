package nl.leerkracht.web.scholen;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkracht.domain.traject.Fase;
import nl.leerkracht.domain.traject.Programma;
import nl.leerkracht.service.school.KaartService;
import nl.leerkracht.service.school.SchoolService;
import nl.leerkracht.service.school.SchoolView;
import nl.leerkracht.web.platform.Pages;

/** {@code /scholen/school.xhtml?id=…}: one school, if the user may see it (403 otherwise). */
@Named("schoolPagina")
@RequestScoped
public class SchoolBacking {

    @EJB
    private SchoolService schools;

    @EJB
    private KaartService kaart;

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

    /**
     * The central team shows the school on the public map or hides it there (the button says which,
     * so a second click changes nothing), and sees the page again.
     */
    public String zetOpKaart() {
        load();
        if (school == null) {
            return null;
        }
        boolean zichtbaar = Boolean.parseBoolean(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("zichtbaar"));
        kaart.zetOpKaart(school.getId(), zichtbaar);
        return "/scholen/school?faces-redirect=true&id=" + school.getId();
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
