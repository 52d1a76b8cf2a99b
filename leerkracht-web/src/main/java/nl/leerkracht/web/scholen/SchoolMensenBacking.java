package nl.leerkracht.web.scholen;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.leerkracht.domain.account.Personenlijst;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.service.account.LijstVerslag;
import nl.leerkracht.service.account.SchoolMensen;
import nl.leerkracht.service.account.SchoolMensenService;
import nl.leerkracht.service.account.SchoolUitnodigingService;
import nl.leerkracht.service.account.UitnodigingForm;
import nl.leerkracht.service.certificaat.CertificaatService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.web.platform.Messages;
import nl.leerkracht.web.platform.Pages;
import org.primefaces.PrimeFaces;

/**
 * {@code /scholen/mensen.xhtml?id=…}: the people of one school. Who may manage them invites one
 * person or a pasted list, sends an invitation again, and marks leavers; an Expertcoach reads.
 */
@Named("schoolMensen")
@ViewScoped
public class SchoolMensenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchoolMensenService service;

    @EJB
    private SchoolUitnodigingService uitnodigen;

    @Inject
    private Messages messages;

    @EJB
    private CertificaatService certificaten;

    private String id;
    private long schoolId;
    private SchoolMensen mensen;
    private UitnodigingForm form = new UitnodigingForm();
    private String lijst;
    private Rol lijstRol = Rol.LERAAR;
    private List<Personenlijst.Fout> fouten = List.of();
    private List<BewijzenVanJaar> bewijzen;

    /** f:viewAction: a malformed or unknown id answers 404, a school outside the caller's scope 403. */
    public void load() {
        if (mensen != null) {
            return;
        }
        try {
            schoolId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            Pages.sendError(404);
            return;
        }
        mensen = Pages.load(() -> service.lijst(schoolId));
    }

    public void nieuw() {
        form = new UitnodigingForm();
        form.setRol(mensen.getRollen().get(0));
    }

    public void nodigUit() {
        try {
            uitnodigen.nodigUit(schoolId, form);
            messages.info("schoolmensen.uitgenodigd", form.getNaam());
            mensen = service.lijst(schoolId);
            PrimeFaces.current().ajax().addCallbackParam("klaar", true);
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void nieuweLijst() {
        lijst = null;
        lijstRol = mensen.getRollen().contains(Rol.LERAAR)
                ? Rol.LERAAR
                : mensen.getRollen().get(0);
        fouten = List.of();
    }

    public void voegLijstToe() {
        try {
            LijstVerslag verslag = uitnodigen.voegLijstToe(schoolId, lijst, lijstRol);
            fouten = verslag.getFouten();
            if (fouten.isEmpty()) {
                messages.info("schoolmensen.lijst.klaar", verslag.getUitgenodigd());
                lijst = null;
                mensen = service.lijst(schoolId);
                PrimeFaces.current().ajax().addCallbackParam("klaar", true);
            } else {
                messages.error("schoolmensen.lijst.fouten", fouten.size());
            }
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void stuurOpnieuw(SchoolMensen.SchoolPersoonRow persoon) {
        try {
            service.stuurOpnieuw(schoolId, persoon.getId());
            messages.info("mensen.opnieuwVerstuurd", persoon.getNaam());
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void vertrek(SchoolMensen.SchoolPersoonRow persoon) {
        try {
            messages.info(
                    switch (service.vertrek(schoolId, persoon.getId())) {
                        case ROL_BEEINDIGD -> "schoolmensen.rolBeeindigd";
                        case GEDEACTIVEERD -> "persoon.gedeactiveerd";
                        case INGETROKKEN -> "mensen.ingetrokken";
                    },
                    persoon.getNaam());
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
        mensen = service.lijst(schoolId);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SchoolMensen getMensen() {
        return mensen;
    }

    public UitnodigingForm getForm() {
        return form;
    }

    public String getLijst() {
        return lijst;
    }

    public void setLijst(String lijst) {
        this.lijst = lijst;
    }

    public Rol getLijstRol() {
        return lijstRol;
    }

    public void setLijstRol(Rol lijstRol) {
        this.lijstRol = lijstRol;
    }

    /** The wrong lines of the last pasted list; nothing of it was stored. */
    public List<Personenlijst.Fout> getFouten() {
        return fouten;
    }

    /**
     * The school's standing proofs of participation per school year, newest first, each year one ZIP
     * to download; only for those who may have them (the schoolleider, bestuurder and central team).
     */
    public List<BewijzenVanJaar> getBewijzen() {
        if (bewijzen == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            boolean mag = mensen != null
                    && (external.isUserInRole(Rol.SCHOOLLEIDER.name())
                            || external.isUserInRole(Rol.BESTUURDER.name())
                            || external.isUserInRole(Rol.CENTRAAL_TEAM.name()));
            bewijzen = !mag
                    ? List.of()
                    : certificaten.bewijzenPerJaar(schoolId).entrySet().stream()
                            .map(e -> new BewijzenVanJaar(e.getKey().toString(), e.getValue()))
                            .toList();
        }
        return bewijzen;
    }

    /** How many proofs a school holds for one school year. */
    public static final class BewijzenVanJaar implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String schooljaar;
        private final long aantal;

        BewijzenVanJaar(String schooljaar, long aantal) {
            this.schooljaar = schooljaar;
            this.aantal = aantal;
        }

        public String getSchooljaar() {
            return schooljaar;
        }

        public long getAantal() {
            return aantal;
        }
    }
}
