package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.school.SchoolRegel;
import nl.leerkracht.service.school.SchoolService;

/** {@code /centraal/scholen.xhtml}: the school register, filterable and sortable. */
@Named("centraalScholen")
@ViewScoped
public class CentraalScholenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchoolService schools;

    private List<SchoolRegel> scholen;
    private List<SchoolRegel> gefilterd;

    @PostConstruct
    void load() {
        scholen = schools.findSchoolsInScope();
    }

    public List<SchoolRegel> getScholen() {
        return scholen;
    }

    public List<SchoolRegel> getGefilterd() {
        return gefilterd;
    }

    public void setGefilterd(List<SchoolRegel> gefilterd) {
        this.gefilterd = gefilterd;
    }

    public Sector[] getSectoren() {
        return Sector.values();
    }
}
