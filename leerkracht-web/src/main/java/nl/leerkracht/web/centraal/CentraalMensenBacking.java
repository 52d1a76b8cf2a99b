package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.account.AccountStatus;
import nl.leerkracht.domain.account.Rol;
import nl.leerkracht.service.account.MensenLijstService;
import nl.leerkracht.service.account.MensenService;
import nl.leerkracht.service.account.PersoonRow;
import nl.leerkracht.service.account.UitnodigingForm;
import nl.leerkracht.service.coaching.AgendaService;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.platform.Keuze;
import nl.leerkracht.service.school.BestuurKeuze;
import nl.leerkracht.service.school.BestuurRegisterService;
import nl.leerkracht.web.platform.ColumnFilters;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** {@code /centraal/mensen.xhtml}: everyone with an account, and invitations for any role. */
@Named("centraalMensen")
@ViewScoped
public class CentraalMensenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MensenService mensen;

    @EJB
    private MensenLijstService lijst;

    @EJB
    private BestuurRegisterService besturenRegister;

    @EJB
    private AgendaService agenda;

    @Inject
    private Messages messages;

    private final LazyDataModel<PersoonRow> model = new MensenModel();
    private UitnodigingForm form = new UitnodigingForm();
    private List<BestuurKeuze> besturen;
    private List<Keuze> clusters;

    @PostConstruct
    void init() {
        besturen = besturenRegister.besturen();
        clusters = agenda.clusters();
    }

    public void nieuw() {
        form = new UitnodigingForm();
    }

    public void invite() {
        try {
            MensenService.Uitnodiging uitnodiging = mensen.invite(form);
            messages.info(
                    uitnodiging.nieuw() ? "mensen.uitgenodigd" : "mensen.rolToegevoegd",
                    form.getNaam(),
                    uitnodiging.gebruikersnaam());
            form = new UitnodigingForm();
            PrimeFaces.current().ajax().addCallbackParam("uitgenodigd", true);
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void resend(PersoonRow persoon) {
        try {
            mensen.resend(persoon.getId());
            messages.info("mensen.opnieuwVerstuurd", persoon.getNaam());
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public void withdraw(PersoonRow persoon) {
        try {
            mensen.withdraw(persoon.getId());
            messages.info("mensen.ingetrokken", persoon.getNaam());
        } catch (BusinessException refusal) {
            messages.error(refusal);
        }
    }

    public LazyDataModel<PersoonRow> getModel() {
        return model;
    }

    public UitnodigingForm getForm() {
        return form;
    }

    public Rol[] getRollen() {
        return Rol.values();
    }

    public AccountStatus[] getStatussen() {
        return AccountStatus.values();
    }

    public boolean isSchoolRol() {
        return form.getRol() != null && form.getRol().getBereik() == Rol.Bereik.SCHOOL;
    }

    public boolean isBestuurder() {
        return form.getRol() == Rol.BESTUURDER;
    }

    public boolean isExpertcoach() {
        return form.getRol() == Rol.EXPERTCOACH;
    }

    public List<BestuurKeuze> getBesturen() {
        return besturen;
    }

    public List<Keuze> getClusters() {
        return clusters;
    }

    /** Reads one page at a time, filtered by the column filters and sorted by the clicked column. */
    private final class MensenModel extends LazyDataModel<PersoonRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) lijst.tel(ColumnFilters.of(filterBy));
        }

        @Override
        public List<PersoonRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return lijst.zoek(
                    ColumnFilters.of(filterBy),
                    first,
                    pageSize,
                    sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(PersoonRow persoon) {
            return String.valueOf(persoon.getId());
        }
    }
}
