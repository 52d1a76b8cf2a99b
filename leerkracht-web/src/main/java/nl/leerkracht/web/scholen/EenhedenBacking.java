package nl.leerkracht.web.scholen;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.NotFoundException;
import nl.leerkracht.service.school.EenheidForm;
import nl.leerkracht.service.school.EenheidService;
import nl.leerkracht.service.school.SchoolForm;
import nl.leerkracht.service.school.SchoolRegisterService;
import nl.leerkracht.web.account.ActiveUser;
import nl.leerkracht.web.platform.Messages;

/**
 * On {@code /scholen/school.xhtml}, for the central team: the school's locations (VO) or teams
 * (MBO/HBO), added and corrected in a dialog.
 */
@Named("eenheden")
@ViewScoped
public class EenhedenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchoolRegisterService register;

    @EJB
    private EenheidService eenheden;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    private Long schoolId;
    private Sector sector;
    private List<EenheidForm> lijst = List.of();
    private EenheidForm invoer = new EenheidForm();

    @PostConstruct
    void init() {
        if (!activeUser.hasRole("CENTRAAL_TEAM")) {
            return;
        }
        try {
            long id = Long.parseLong(String.valueOf(FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestParameterMap()
                            .get("id"))
                    .trim());
            SchoolForm school = register.getInvoer(id);
            if (school.getSector() != Sector.PO) {
                schoolId = id;
                sector = school.getSector();
                lijst = eenheden.eenheden(id);
            }
        } catch (NumberFormatException | NotFoundException e) {
            schoolId = null;
        }
    }

    /** Whether this user manages this school's units here. */
    public boolean isBeheerbaar() {
        return schoolId != null;
    }

    public boolean isVestigingen() {
        return sector == Sector.VO;
    }

    public void nieuw() {
        invoer = new EenheidForm();
    }

    public void bewerk(EenheidForm eenheid) {
        invoer = eenheid;
    }

    public void opslaan() {
        boolean nieuw = invoer.getId() == null;
        try {
            if (isVestigingen()) {
                eenheden.bewaarVestiging(schoolId, invoer);
            } else {
                eenheden.bewaarTeam(schoolId, invoer);
            }
            messages.info(
                    nieuw ? "eenheid.toegevoegd" : "eenheid.opgeslagen",
                    invoer.getNaam().trim());
            lijst = eenheden.eenheden(schoolId);
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
            lijst = eenheden.eenheden(schoolId);
        }
    }

    public List<EenheidForm> getLijst() {
        return lijst;
    }

    public EenheidForm getInvoer() {
        return invoer;
    }

    public Sector getSector() {
        return sector;
    }
}
