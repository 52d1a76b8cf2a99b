package nl.leerkracht.web.centraal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.leerkracht.domain.school.Sector;
import nl.leerkracht.service.platform.BusinessException;
import nl.leerkracht.service.school.BestuurKeuze;
import nl.leerkracht.service.school.BestuurRegisterService;
import nl.leerkracht.service.school.SchoolForm;
import nl.leerkracht.service.school.SchoolRegisterService;
import nl.leerkracht.service.school.SchoolRow;
import nl.leerkracht.web.platform.ColumnFilters;
import nl.leerkracht.web.platform.Csv;
import nl.leerkracht.web.platform.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code /centraal/scholen.xhtml}: the school register for the central team. The table reads one
 * page at a time from the database (filtered and sorted there, so it stays fast with thousands of
 * schools); schools are added and corrected in a dialog; the register is exported as CSV or Excel.
 * The boards ({@link CentraalBesturenBacking}) and the CSV import ({@link SchoolImportBacking}) on
 * the same page have their own beans.
 */
@Named("centraalScholen")
@ViewScoped
public class CentraalScholenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SchoolRegisterService schools;

    @EJB
    private BestuurRegisterService besturenRegister;

    @Inject
    private Messages messages;

    private LazyDataModel<SchoolRow> model;
    private Map<String, String> filters = Map.of();
    private List<BestuurKeuze> besturen;
    private SchoolForm invoer = new SchoolForm();

    @PostConstruct
    void init() {
        model = new ScholenModel();
        besturen = besturenRegister.besturen();
    }

    /** Opens the dialog for a new school; the boards to choose from are read again (one may just have been added). */
    public void nieuw() {
        invoer = new SchoolForm();
        besturen = besturenRegister.besturen();
    }

    /** Opens the dialog with a school's current data. */
    public void bewerk(long id) {
        invoer = schools.getInvoer(id);
        besturen = besturenRegister.besturen();
    }

    /** Saves the dialog; a refusal keeps it open with the reason. */
    public void opslaan() {
        boolean nieuw = invoer.getId() == null;
        try {
            schools.bewaar(invoer);
            messages.info(
                    nieuw ? "school.toegevoegd" : "school.opgeslagen",
                    invoer.getNaam().trim());
        } catch (BusinessException e) {
            messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** All schools matching the table's filters, as CSV. */
    public void exporteerCsv() throws IOException {
        Csv csv = new Csv("brin", "naam", "sector", "bestuur", "plaats", "leraren");
        for (SchoolRow s : schools.zoek(filters, 0, Integer.MAX_VALUE, "naam", true)) {
            csv.rij(
                    Csv.waarde(s.getBrin()),
                    Csv.tekst(s.getNaam()),
                    Csv.waarde(s.getSector().name()),
                    Csv.tekst(s.getBestuurNaam()),
                    Csv.tekst(s.getPlaats()),
                    Csv.getal(s.getAantalLeraren()));
        }
        byte[] bytes = csv.bytes();
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"scholen.csv\"");
        external.setResponseContentLength(bytes.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(bytes);
        }
        faces.responseComplete();
    }

    public LazyDataModel<SchoolRow> getModel() {
        return model;
    }

    public List<BestuurKeuze> getBesturen() {
        return besturen;
    }

    public SchoolForm getInvoer() {
        return invoer;
    }

    public Sector[] getSectoren() {
        return Sector.values();
    }

    /** Reads one page at a time, filtered by the column filters and sorted by the clicked column. */
    private final class ScholenModel extends LazyDataModel<SchoolRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            filters = ColumnFilters.of(filterBy);
            return (int) schools.tel(filters);
        }

        @Override
        public List<SchoolRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            filters = ColumnFilters.of(filterBy);
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return schools.zoek(
                    filters,
                    first,
                    pageSize,
                    sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(SchoolRow regel) {
            return String.valueOf(regel.getId());
        }
    }
}
